"""Messages of the reading budget, the strategy's limits, id checks and a damaged store (issue 13).

Keys are "error.<key>" for the key each Message gives in the library.
"""

TEXT: dict[str, dict[str, str]] = {
    # The reading budget: what one file may cost.
    "error.readers.read_too_long": {
        "en": "reading the workbook took more than {limit} seconds of processor time, the most Goalpost spends on "
        "one file; it was stopped. Export a shorter period or fewer columns, or save it as CSV",
        "nb": "lesingen av Excel-filen brukte mer enn {limit} sekunder prosessortid, det meste Goalpost bruker på én "
        "fil, så den ble stoppet. Eksporter en kortere periode eller færre kolonner, eller lagre den som CSV",
        "sv": "läsningen av Excel-filen tog mer än {limit} sekunder processortid, det mesta Goalpost lägger på en "
        "fil, så den stoppades. Exportera en kortare period eller färre kolumner, eller spara den som CSV",
        "da": "læsningen af Excel-filen brugte mere end {limit} sekunders processortid, det meste Goalpost bruger på "
        "én fil, så den blev stoppet. Eksporter en kortere periode eller færre kolonner, eller gem den som CSV",
    },
    "error.readers.in_sheet": {
        "en": " (sheet “{sheet}”)",
        "nb": " (arket «{sheet}»)",
        "sv": " (bladet ”{sheet}”)",
        "da": " (arket »{sheet}«)",
    },
    "error.readers.too_many_cells": {
        "en": "the workbook{where} holds more than {limit} cells (rows × columns, blank cells included), the most "
        "Goalpost reads from one workbook; export a shorter period or fewer columns, or save it as CSV",
        "nb": "Excel-filen{where} har mer enn {limit} celler (rader × kolonner, tomme celler medregnet), det meste "
        "Goalpost leser fra én Excel-fil; eksporter en kortere periode eller færre kolonner, eller lagre den som CSV",
        "sv": "Excel-filen{where} har fler än {limit} celler (rader × kolumner, tomma celler medräknade), det mesta "
        "Goalpost läser från en Excel-fil; exportera en kortare period eller färre kolumner, eller spara den som "
        "CSV",
        "da": "Excel-filen{where} har mere end {limit} celler (rækker × kolonner, tomme celler medregnet), det meste "
        "Goalpost læser fra én Excel-fil; eksporter en kortere periode eller færre kolonner, eller gem den som CSV",
    },
    "error.readers.damaged_xls": {
        "en": "the workbook is damaged or not a .xls file; open it in Excel and save it again as .xlsx",
        "nb": "Excel-filen er skadet eller ikke en .xls-fil; åpne den i Excel og lagre den på nytt som .xlsx",
        "sv": "Excel-filen är skadad eller ingen .xls-fil; öppna den i Excel och spara den igen som .xlsx",
        "da": "Excel-filen er beskadiget eller ikke en .xls-fil; åbn den i Excel, og gem den igen som .xlsx",
    },
    "error.readers.workbook_parts": {
        "en": "the workbook holds {count} parts, more than the {limit} Goalpost reads (it looks like a zip bomb); it "
        "was refused. Save the sheet again from Excel, or export it as CSV",
        "nb": "Excel-filen har {count} deler, flere enn de {limit} Goalpost leser (den ser ut som en zip-bombe), så "
        "den ble avvist. Lagre arket på nytt fra Excel, eller eksporter det som CSV",
        "sv": "Excel-filen har {count} delar, fler än de {limit} som Goalpost läser (den ser ut som en zip-bomb), så "
        "den avvisades. Spara bladet igen från Excel, eller exportera det som CSV",
        "da": "Excel-filen har {count} dele, flere end de {limit}, Goalpost læser (den ligner en zip-bombe), så den "
        "blev afvist. Gem arket igen fra Excel, eller eksporter det som CSV",
    },
    "error.readers.workbook_expands": {
        "en": "the workbook would expand to {size} MB, more than the {limit} MB Goalpost reads from one workbook; "
        "it was refused. Export a shorter period or fewer columns, or save it as CSV",
        "nb": "Excel-filen ville pakket seg ut til {size} MB, mer enn de {limit} MB Goalpost leser fra én Excel-fil, "
        "så den ble avvist. Eksporter en kortere periode eller færre kolonner, eller lagre den som CSV",
        "sv": "Excel-filen skulle packas upp till {size} MB, mer än de {limit} MB som Goalpost läser från en "
        "Excel-fil, så den avvisades. Exportera en kortare period eller färre kolumner, eller spara den som CSV",
        "da": "Excel-filen ville pakke sig ud til {size} MB, mere end de {limit} MB, Goalpost læser fra én "
        "Excel-fil, så den blev afvist. Eksporter en kortere periode eller færre kolonner, eller gem den som CSV",
    },
    "error.readers.zip_ratio": {
        "en": "a part of the workbook would expand more than {limit} times its packed size, which no real workbook "
        "does (it looks like a zip bomb); it was refused. Save the sheet again from Excel, or export it as CSV",
        "nb": "en del av Excel-filen ville pakket seg ut til mer enn {limit} ganger sin pakkede størrelse, noe ingen "
        "ekte Excel-fil gjør (den ser ut som en zip-bombe), så den ble avvist. Lagre arket på nytt fra Excel, "
        "eller eksporter det som CSV",
        "sv": "en del av Excel-filen skulle packas upp till mer än {limit} gånger sin packade storlek, vilket ingen "
        "riktig Excel-fil gör (den ser ut som en zip-bomb), så den avvisades. Spara bladet igen från Excel, eller "
        "exportera det som CSV",
        "da": "en del af Excel-filen ville pakke sig ud til mere end {limit} gange sin pakkede størrelse, hvilket "
        "ingen rigtig Excel-fil gør (den ligner en zip-bombe), så den blev afvist. Gem arket igen fra Excel, "
        "eller eksporter det som CSV",
    },
    "error.readers.workbook_elements": {
        "en": "the workbook holds more than {limit} XML elements in its sheets or in its shared texts and styles, "
        "the most Goalpost reads from one workbook; it was refused. Export a shorter period or fewer columns, or "
        "save it as CSV",
        "nb": "Excel-filen har mer enn {limit} XML-elementer i arkene eller i de delte tekstene og stilene, det "
        "meste Goalpost leser fra én Excel-fil, så den ble avvist. Eksporter en kortere periode eller færre "
        "kolonner, eller lagre den som CSV",
        "sv": "Excel-filen har fler än {limit} XML-element i bladen eller i de delade texterna och formaten, det "
        "mesta Goalpost läser från en Excel-fil, så den avvisades. Exportera en kortare period eller färre "
        "kolumner, eller spara den som CSV",
        "da": "Excel-filen har mere end {limit} XML-elementer i arkene eller i de delte tekster og typografier, det "
        "meste Goalpost læser fra én Excel-fil, så den blev afvist. Eksporter en kortere periode eller færre "
        "kolonner, eller gem den som CSV",
    },
    # Ids and encodings: no two names that only look the same.
    "error.readers.too_many_series": {
        "en": "the file holds {count} different series (channel, audience and metric), more than the {limit} "
        "Goalpost stores from one upload; check that the channel and audience columns hold a few names each, not "
        "one per row",
        "nb": "filen har {count} ulike serier (kanal, målgruppe og måltall), flere enn de {limit} Goalpost lagrer fra "
        "én opplasting; sjekk at kanal- og målgruppekolonnene har noen få navn hver, ikke ett per rad",
        "sv": "filen har {count} olika serier (kanal, målgrupp och mått), fler än de {limit} som Goalpost sparar från "
        "en uppladdning; kontrollera att kanal- och målgruppskolumnerna har några få namn var, inte ett per rad",
        "da": "filen har {count} forskellige serier (kanal, målgruppe og måltal), flere end de {limit}, Goalpost "
        "gemmer fra én upload; tjek, at kanal- og målgruppekolonnerne har nogle få navne hver, ikke ét pr. række",
    },
    "error.readers.mojibake_id": {
        "en": "the {field} “{value}” looks like text saved in one encoding and read in another (“Ã¸” for “ø”); "
        "correct it, or in Excel choose “Save as… CSV UTF-8” and upload that file",
        "nb": "{field} «{value}» ser ut som tekst lagret i én tegnkoding og lest i en annen («Ã¸» for «ø»); rett "
        "den, eller velg «Lagre som … CSV UTF-8» i Excel og last opp den filen",
        "sv": "{field} ”{value}” ser ut som text sparad i en teckenkodning och läst i en annan (”Ã¸” för ”ø”); rätta "
        "den, eller välj ”Spara som … CSV UTF-8” i Excel och ladda upp den filen",
        "da": "{field} »{value}« ligner tekst gemt i én tegnkodning og læst i en anden (»Ã¸« for »ø«); ret den, "
        "eller vælg »Gem som … CSV UTF-8« i Excel, og upload den fil",
    },
    "error.readers.invisible_in_id": {
        "en": "the {field} “{value}” holds an invisible or control character ({character}), so it would look like "
        "another name but be stored as a different one; delete the name and type it again",
        "nb": "{field} «{value}» inneholder et usynlig tegn eller kontrolltegn ({character}), så det ville sett ut "
        "som et annet navn, men blitt lagret som et eget; slett navnet og skriv det inn på nytt",
        "sv": "{field} ”{value}” innehåller ett osynligt tecken eller styrtecken ({character}), så det skulle se ut "
        "som ett annat namn men sparas som ett eget; radera namnet och skriv in det igen",
        "da": "{field} »{value}« indeholder et usynligt tegn eller kontroltegn ({character}), så det ville ligne et "
        "andet navn, men blive gemt som et andet; slet navnet, og skriv det igen",
    },
    "error.readers.mixed_encoding": {
        "en": "the file mixes two text encodings (UTF-8 and Windows-1252), so names such as “føl” would be read as "
        "two different names; in Excel choose “Save as… CSV UTF-8”, or re-save it in one encoding, and upload "
        "that file",
        "nb": "filen blander to tegnkodinger (UTF-8 og Windows-1252), så navn som «føl» ville blitt lest som to "
        "ulike navn; velg «Lagre som … CSV UTF-8» i Excel, eller lagre den på nytt i én tegnkoding, og last opp "
        "den filen",
        "sv": "filen blandar två teckenkodningar (UTF-8 och Windows-1252), så namn som ”føl” skulle läsas som två "
        "olika namn; välj ”Spara som … CSV UTF-8” i Excel, eller spara den igen i en teckenkodning, och ladda "
        "upp den filen",
        "da": "filen blander to tegnkodninger (UTF-8 og Windows-1252), så navne som »føl« ville blive læst som to "
        "forskellige navne; vælg »Gem som … CSV UTF-8« i Excel, eller gem den igen i én tegnkodning, og upload "
        "den fil",
    },
    "error.readers.id_channel": {"en": "channel", "nb": "kanalen", "sv": "kanalen", "da": "kanalen"},
    "error.readers.id_audience": {
        "en": "audience",
        "nb": "målgruppen",
        "sv": "målgruppen",
        "da": "målgruppen",
    },
    "error.readers.id_metric": {"en": "metric", "nb": "måltallet", "sv": "måttet", "da": "måltallet"},
    # A damaged store, backups.
    "error.store.damaged_refused": {
        "en": "The store “{store}” is damaged (SQLite reports: {problem}), so Goalpost neither shows nor saves its "
        "data: numbers read from it may be wrong, and a change would spread the damage. Nothing was changed. Put "
        "the last good backup in its place with “python cli.py restore BACKUP-FILE” (the damaged store is kept "
        "beside it), then upload again what came after that backup.",
        "nb": "Lageret «{store}» er skadet (SQLite melder: {problem}), så Goalpost verken viser eller lagrer dataene "
        "i det: tall lest fra det kan være feil, og en endring ville spredd skaden. Ingenting ble endret. Legg "
        "den siste gode sikkerhetskopien på plass med «python cli.py restore SIKKERHETSKOPI» (det skadde lageret "
        "beholdes ved siden av), og last så opp på nytt det som kom etter den sikkerhetskopien.",
        "sv": "Lagret ”{store}” är skadat (SQLite rapporterar: {problem}), så Goalpost varken visar eller sparar "
        "data i det: siffror lästa från det kan vara fel, och en ändring skulle sprida skadan. Inget ändrades. "
        "Lägg tillbaka den senaste goda säkerhetskopian med ”python cli.py restore SÄKERHETSKOPIA” (det skadade "
        "lagret behålls bredvid), och ladda sedan upp igen det som kom efter den säkerhetskopian.",
        "da": "Lageret »{store}« er beskadiget (SQLite melder: {problem}), så Goalpost hverken viser eller gemmer "
        "data i det: tal læst fra det kan være forkerte, og en ændring ville sprede skaden. Intet blev ændret. "
        "Læg den seneste gode sikkerhedskopi på plads med »python cli.py restore SIKKERHEDSKOPI« (det beskadigede "
        "lager bevares ved siden af), og upload så igen det, der kom efter den sikkerhedskopi.",
    },
    "error.store.backup_needs_sqlite": {
        "en": "Goalpost backs up and restores SQLite stores only; back up a server database with its own tools (for "
        "PostgreSQL: pg_dump).",
        "nb": "Goalpost tar sikkerhetskopi av og gjenoppretter bare SQLite-lagre; ta sikkerhetskopi av en "
        "serverdatabase med dens egne verktøy (for PostgreSQL: pg_dump).",
        "sv": "Goalpost säkerhetskopierar och återställer bara SQLite-lager; säkerhetskopiera en serverdatabas med "
        "dess egna verktyg (för PostgreSQL: pg_dump).",
        "da": "Goalpost tager kun sikkerhedskopi af og gendanner SQLite-lagre; tag sikkerhedskopi af en "
        "serverdatabase med dens egne værktøjer (for PostgreSQL: pg_dump).",
    },
    "error.store.backup_missing": {
        "en": "There is no file “{path}”. Check the name.",
        "nb": "Det finnes ingen fil «{path}». Sjekk navnet.",
        "sv": "Det finns ingen fil ”{path}”. Kontrollera namnet.",
        "da": "Der er ingen fil »{path}«. Tjek navnet.",
    },
    "error.store.backup_exists": {
        "en": "“{path}” already exists; Goalpost never overwrites a backup. Choose a new name, for example with the "
        "date in it.",
        "nb": "«{path}» finnes allerede; Goalpost skriver aldri over en sikkerhetskopi. Velg et nytt navn, for "
        "eksempel med datoen i.",
        "sv": "”{path}” finns redan; Goalpost skriver aldrig över en säkerhetskopia. Välj ett nytt namn, till "
        "exempel med datumet i.",
        "da": "»{path}« findes allerede; Goalpost overskriver aldrig en sikkerhedskopi. Vælg et nyt navn, for "
        "eksempel med datoen i.",
    },
    "error.store.backup_not_written": {
        "en": "The backup “{path}” could not be written ({reason}). Nothing was changed.",
        "nb": "Sikkerhetskopien «{path}» kunne ikke skrives ({reason}). Ingenting ble endret.",
        "sv": "Säkerhetskopian ”{path}” kunde inte skrivas ({reason}). Inget ändrades.",
        "da": "Sikkerhedskopien »{path}« kunne ikke skrives ({reason}). Intet blev ændret.",
    },
    "error.store.backup_of_damaged": {
        "en": "The store “{path}” is damaged (SQLite reports: {problem}), so a backup of it would be damaged too; "
        "none was written. Keep your last good backup and put it in place with “python cli.py restore "
        "BACKUP-FILE”.",
        "nb": "Lageret «{path}» er skadet (SQLite melder: {problem}), så en sikkerhetskopi av det ville også vært "
        "skadet; ingen ble skrevet. Ta vare på den siste gode sikkerhetskopien og legg den på plass med «python "
        "cli.py restore SIKKERHETSKOPI».",
        "sv": "Lagret ”{path}” är skadat (SQLite rapporterar: {problem}), så en säkerhetskopia av det skulle också "
        "vara skadad; ingen skrevs. Behåll den senaste goda säkerhetskopian och lägg tillbaka den med ”python "
        "cli.py restore SÄKERHETSKOPIA”.",
        "da": "Lageret »{path}« er beskadiget (SQLite melder: {problem}), så en sikkerhedskopi af det ville også "
        "være beskadiget; ingen blev skrevet. Behold den seneste gode sikkerhedskopi, og læg den på plads med "
        "»python cli.py restore SIKKERHEDSKOPI«.",
    },
    "error.store.restore_failed": {
        "en": "The backup could not be put in place of “{path}” ({reason}). The store before the restore is kept as "
        "“{kept}”.",
        "nb": "Sikkerhetskopien kunne ikke legges på plass av «{path}» ({reason}). Lageret fra før gjenopprettingen "
        "er tatt vare på som «{kept}».",
        "sv": "Säkerhetskopian kunde inte läggas på plats för ”{path}” ({reason}). Lagret från före återställningen "
        "finns kvar som ”{kept}”.",
        "da": "Sikkerhedskopien kunne ikke lægges på plads af »{path}« ({reason}). Lageret fra før gendannelsen er "
        "bevaret som »{kept}«.",
    },
    "error.store.backup_unsound": {
        "en": "“{path}” is not a sound Goalpost store (SQLite reports: {problem}); it was not used. Choose another "
        "backup.",
        "nb": "«{path}» er ikke et feilfritt Goalpost-lager (SQLite melder: {problem}), så det ble ikke brukt. Velg "
        "en annen sikkerhetskopi.",
        "sv": "”{path}” är inte ett felfritt Goalpost-lager (SQLite rapporterar: {problem}), så det användes inte. "
        "Välj en annan säkerhetskopia.",
        "da": "»{path}« er ikke et fejlfrit Goalpost-lager (SQLite melder: {problem}), så det blev ikke brugt. Vælg "
        "en anden sikkerhedskopi.",
    },
    # Values that overflow.
    "error.ingest.month_overflow": {
        "en": "the {metric} values of {channel} ({audience}) in {month} add up to more than Goalpost can hold "
        "(about 1.8 × 10^308), so the month would have no value; check that month's numbers",
        "nb": "{metric}-verdiene for {channel} ({audience}) i {month} blir til sammen mer enn Goalpost kan lagre "
        "(omtrent 1,8 × 10^308), så måneden ville ikke fått noen verdi; sjekk tallene for den måneden",
        "sv": "{metric}-värdena för {channel} ({audience}) i {month} blir tillsammans mer än Goalpost kan spara "
        "(ungefär 1,8 × 10^308), så månaden skulle inte få något värde; kontrollera siffrorna för den månaden",
        "da": "{metric}-værdierne for {channel} ({audience}) i {month} bliver tilsammen mere, end Goalpost kan gemme "
        "(omkring 1,8 × 10^308), så måneden ville ikke få nogen værdi; tjek tallene for den måned",
    },
    "error.readers.day_overflow": {
        "en": "the {metric} values of {day} add up to more than Goalpost can hold (about 1.8 × 10^308); check that "
        "day's numbers",
        "nb": "{metric}-verdiene for {day} blir til sammen mer enn Goalpost kan lagre (omtrent 1,8 × 10^308); sjekk "
        "tallene for den dagen",
        "sv": "{metric}-värdena för {day} blir tillsammans mer än Goalpost kan spara (ungefär 1,8 × 10^308); "
        "kontrollera siffrorna för den dagen",
        "da": "{metric}-værdierne for {day} bliver tilsammen mere, end Goalpost kan gemme (omkring 1,8 × 10^308); "
        "tjek tallene for den dag",
    },
    # The strategy file's limits, ids and dates.
    "error.strategy.invisible_in_id": {
        "en": "“{value}” holds an invisible or control character ({character}), so it would look like another id but "
        "be a different one. Delete it and type it again.",
        "nb": "«{value}» inneholder et usynlig tegn eller kontrolltegn ({character}), så den ville sett ut som en "
        "annen id, men vært en annen. Slett den og skriv den inn på nytt.",
        "sv": "”{value}” innehåller ett osynligt tecken eller styrtecken ({character}), så det skulle se ut som ett "
        "annat id men vara ett annat. Radera det och skriv in det igen.",
        "da": "»{value}« indeholder et usynligt tegn eller kontroltegn ({character}), så det ville ligne et andet id, "
        "men være et andet. Slet det, og skriv det igen.",
    },
    "error.strategy.yaml_too_deep": {
        "en": "lists or groups nested more than {limit} levels deep, more than a strategy file may have (a strategy "
        "needs four); check the indentation and the brackets",
        "nb": "lister eller grupper nøstet mer enn {limit} nivåer dypt, mer enn en strategifil kan ha (en strategi "
        "trenger fire); sjekk innrykkene og klammene",
        "sv": "listor eller grupper nästlade mer än {limit} nivåer djupt, mer än en strategifil får ha (en strategi "
        "behöver fyra); kontrollera indragen och hakparenteserna",
        "da": "lister eller grupper indlejret mere end {limit} niveauer dybt, mere end en strategifil må have (en "
        "strategi behøver fire); tjek indrykningen og parenteserne",
    },
    "error.strategy.too_large": {
        "en": "The strategy file is {size} kB, more than the {limit} kB Goalpost reads. A strategy of {goals} goals "
        "fits in far less: check that this is the strategy file.",
        "nb": "Strategifilen er på {size} kB, mer enn de {limit} kB Goalpost leser. En strategi med {goals} mål får "
        "plass i langt mindre: sjekk at dette er strategifilen.",
        "sv": "Strategifilen är {size} kB, mer än de {limit} kB som Goalpost läser. En strategi med {goals} mål "
        "ryms i mycket mindre: kontrollera att det här är strategifilen.",
        "da": "Strategifilen fylder {size} kB, mere end de {limit} kB, Goalpost læser. En strategi med {goals} mål "
        "fylder langt mindre: tjek, at dette er strategifilen.",
    },
    "error.strategy.too_many_items": {
        "en": "“{section}” lists {count} items, more than the {limit} Goalpost reads. Keep the strategy to what the "
        "team works on; split it by team if it is really this large.",
        "nb": "«{section}» har {count} punkter, flere enn de {limit} Goalpost leser. Hold strategien til det teamet "
        "jobber med; del den opp per team hvis den virkelig er så stor.",
        "sv": "”{section}” har {count} poster, fler än de {limit} som Goalpost läser. Håll strategin till det "
        "teamet arbetar med; dela upp den per team om den verkligen är så stor.",
        "da": "»{section}« har {count} punkter, flere end de {limit}, Goalpost læser. Hold strategien til det, "
        "teamet arbejder med; del den op pr. team, hvis den virkelig er så stor.",
    },
    "error.strategy.start_too_early": {
        "en": "{where}: the start {start} is before {earliest}, the earliest start Goalpost accepts; it is probably "
        "a typing mistake. Write the year in full, like 2025-01-01.",
        "nb": "{where}: starten {start} er før {earliest}, den tidligste starten Goalpost godtar; det er trolig en "
        "skrivefeil. Skriv året helt ut, som 2025-01-01.",
        "sv": "{where}: starten {start} är före {earliest}, den tidigaste start Goalpost godtar; det är troligen "
        "ett skrivfel. Skriv året fullt ut, som 2025-01-01.",
        "da": "{where}: starten {start} er før {earliest}, den tidligste start, Goalpost godtager; det er sikkert en "
        "tastefejl. Skriv året helt ud, som 2025-01-01.",
    },
    "error.strategy.deadline_too_late": {
        "en": "{where}: the deadline {deadline} is more than {years} years ahead (after {latest}); it is probably a "
        "typing mistake. Write the year the goal should be reached, like 2026-12-31.",
        "nb": "{where}: fristen {deadline} er mer enn {years} år fram i tid (etter {latest}); det er trolig en "
        "skrivefeil. Skriv året målet skal nås, som 2026-12-31.",
        "sv": "{where}: slutdatumet {deadline} är mer än {years} år framåt (efter {latest}); det är troligen ett "
        "skrivfel. Skriv året då målet ska nås, som 2026-12-31.",
        "da": "{where}: fristen {deadline} er mere end {years} år ude i fremtiden (efter {latest}); det er sikkert en "
        "tastefejl. Skriv det år, målet skal nås, som 2026-12-31.",
    },
    "error.readers.too_many_csv_cells": {
        "en": "the file holds about {rows} rows of {columns} columns, more than the {limit} cells (rows × columns) "
        "Goalpost reads from one file; export a shorter period or fewer columns",
        "nb": "filen har omtrent {rows} rader med {columns} kolonner, mer enn de {limit} cellene (rader × kolonner) "
        "Goalpost leser fra én fil; eksporter en kortere periode eller færre kolonner",
        "sv": "filen har ungefär {rows} rader med {columns} kolumner, fler än de {limit} celler (rader × kolumner) "
        "som Goalpost läser från en fil; exportera en kortare period eller färre kolumner",
        "da": "filen har omkring {rows} rækker med {columns} kolonner, flere end de {limit} celler (rækker × "
        "kolonner), Goalpost læser fra én fil; eksporter en kortere periode eller færre kolonner",
    },
}
