"""Messages of the reading budget, the strategy's limits, id checks and a damaged store (issue 13).

Keys are "error.<key>" for the key each Message gives in the library.
"""

TEXT: dict[str, dict[str, str]] = {
    # The reading budget: what one file may cost.
    "error.readers.read_too_long": {
        "en": "reading the workbook took longer than {limit} seconds, the most Goalpost spends on one file; it was "
        "stopped. Export a shorter period or fewer columns, or save it as CSV",
        "nb": "lesingen av Excel-filen tok lenger tid enn {limit} sekunder, det meste Goalpost bruker på én fil, så "
        "den ble stoppet. Eksporter en kortere periode eller færre kolonner, eller lagre den som CSV",
        "sv": "läsningen av Excel-filen tog längre tid än {limit} sekunder, det mesta Goalpost lägger på en fil, så "
        "den stoppades. Exportera en kortare period eller färre kolumner, eller spara den som CSV",
        "da": "læsningen af Excel-filen tog længere tid end {limit} sekunder, det meste Goalpost bruger på én fil, "
        "så den blev stoppet. Eksporter en kortere periode eller færre kolonner, eller gem den som CSV",
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
}
