"""Messages from reading and storing files (connectors/readers/, ingest, the store's upload side).

Keys are "error.<key>" for the key each Message gives in the library: "readers.*" while a file is read,
"ingest.*" while its values are checked and stored. Most readers messages follow the frame “file”, row,
column (errors.py), so they start in lower case.
"""

TEXT: dict[str, dict[str, str]] = {
    # Quoting names inside a message: each name in the reader's quotation marks.
    # What the file is: refusals before anything is read.
    "error.readers.empty_file": {
        "en": "the file is empty; export it again from the platform",
        "nb": "filen er tom; eksporter den på nytt fra plattformen",
        "sv": "filen är tom; exportera den igen från plattformen",
        "da": "filen er tom; eksporter den igen fra platformen",
    },
    "error.readers.file_too_large": {
        "en": "the file is {size} MB, more than the {limit} MB Goalpost accepts; export a shorter period or fewer "
        "columns",
        "nb": "filen er på {size} MB, mer enn de {limit} MB Goalpost tar imot; eksporter en kortere periode eller "
        "færre kolonner",
        "sv": "filen är {size} MB, mer än de {limit} MB som Goalpost tar emot; exportera en kortare period eller "
        "färre kolumner",
        "da": "filen fylder {size} MB, mere end de {limit} MB, Goalpost tager imod; eksporter en kortere periode "
        "eller færre kolonner",
    },
    "error.readers.not_a_table": {
        "en": "this is {kind}, not a table; upload the CSV or Excel export instead",
        "nb": "dette er {kind}, ikke en tabell; last opp CSV- eller Excel-eksporten i stedet",
        "sv": "det här är {kind}, inte en tabell; ladda upp CSV- eller Excel-exporten i stället",
        "da": "dette er {kind}, ikke en tabel; upload CSV- eller Excel-eksporten i stedet",
    },
    "error.readers.kind_png": {
        "en": "a PNG image",
        "nb": "et PNG-bilde",
        "sv": "en PNG-bild",
        "da": "et PNG-billede",
    },
    "error.readers.kind_jpeg": {
        "en": "a JPEG image",
        "nb": "et JPEG-bilde",
        "sv": "en JPEG-bild",
        "da": "et JPEG-billede",
    },
    "error.readers.kind_gif": {
        "en": "a GIF image",
        "nb": "et GIF-bilde",
        "sv": "en GIF-bild",
        "da": "et GIF-billede",
    },
    "error.readers.kind_pdf": {
        "en": "a PDF document",
        "nb": "et PDF-dokument",
        "sv": "ett PDF-dokument",
        "da": "et PDF-dokument",
    },
    "error.readers.kind_elf": {
        "en": "a program (ELF executable)",
        "nb": "et program (ELF-kjørbar fil)",
        "sv": "ett program (ELF-körbar fil)",
        "da": "et program (ELF-eksekverbar fil)",
    },
    "error.readers.kind_windows_program": {
        "en": "a Windows program",
        "nb": "et Windows-program",
        "sv": "ett Windows-program",
        "da": "et Windows-program",
    },
    "error.readers.kind_gzip": {
        "en": "a gzip archive",
        "nb": "et gzip-arkiv",
        "sv": "ett gzip-arkiv",
        "da": "et gzip-arkiv",
    },
    "error.readers.kind_7zip": {
        "en": "a 7-Zip archive",
        "nb": "et 7-Zip-arkiv",
        "sv": "ett 7-Zip-arkiv",
        "da": "et 7-Zip-arkiv",
    },
    "error.readers.kind_rar": {
        "en": "a RAR archive",
        "nb": "et RAR-arkiv",
        "sv": "ett RAR-arkiv",
        "da": "et RAR-arkiv",
    },
    "error.readers.kind_program": {
        "en": "a program",
        "nb": "et program",
        "sv": "ett program",
        "da": "et program",
    },
    "error.readers.kind_media": {
        "en": "a media file",
        "nb": "en mediefil",
        "sv": "en mediefil",
        "da": "en mediefil",
    },
    "error.readers.kind_audio": {
        "en": "an audio file",
        "nb": "en lydfil",
        "sv": "en ljudfil",
        "da": "en lydfil",
    },
    "error.readers.kind_database": {
        "en": "a database file",
        "nb": "en databasefil",
        "sv": "en databasfil",
        "da": "en databasefil",
    },
    "error.readers.fake_xlsx": {
        "en": "the name says Excel workbook but the content is not one; open it in Excel and save it again as .xlsx",
        "nb": "navnet sier Excel-fil, men innholdet er ikke det; åpne den i Excel og lagre den på nytt som .xlsx",
        "sv": "namnet säger Excel-fil, men innehållet är inte det; öppna den i Excel och spara den igen som .xlsx",
        "da": "navnet siger Excel-fil, men indholdet er ikke en; åbn den i Excel, og gem den igen som .xlsx",
    },
    "error.readers.damaged_xlsx": {
        "en": "the workbook is damaged (not a readable .xlsx); open it in Excel and save it again",
        "nb": "Excel-filen er skadet (ikke en lesbar .xlsx); åpne den i Excel og lagre den på nytt",
        "sv": "Excel-filen är skadad (ingen läsbar .xlsx); öppna den i Excel och spara den igen",
        "da": "Excel-filen er beskadiget (ikke en læsbar .xlsx); åbn den i Excel, og gem den igen",
    },
    "error.readers.zip_not_workbook": {
        "en": "this is a zip archive, not an Excel workbook{hint}; unzip it and upload the CSV files inside",
        "nb": "dette er et zip-arkiv, ikke en Excel-fil{hint}; pakk det ut og last opp CSV-filene som ligger i det",
        "sv": "det här är ett zip-arkiv, inte en Excel-fil{hint}; packa upp det och ladda upp CSV-filerna som finns "
        "i det",
        "da": "dette er et zip-arkiv, ikke en Excel-fil{hint}; pak det ud, og upload de CSV-filer, der ligger i det",
    },
    "error.readers.zip_holds": {
        "en": " (it holds {files})",
        "nb": " (det inneholder {files})",
        "sv": " (det innehåller {files})",
        "da": " (det indeholder {files})",
    },
    "error.readers.workbook_dtd": {
        "en": "the workbook contains an XML document type declaration (DTD), which Excel never writes and which "
        "can be used to attack a server; it was refused. Save the sheet again from Excel",
        "nb": "Excel-filen inneholder en XML-dokumenttypedeklarasjon (DTD), som Excel aldri skriver, og som kan "
        "brukes til å angripe en server, så den ble avvist. Lagre arket på nytt fra Excel",
        "sv": "Excel-filen innehåller en XML-dokumenttypsdeklaration (DTD), som Excel aldrig skriver och som kan "
        "användas för att angripa en server, så den avvisades. Spara bladet igen från Excel",
        "da": "Excel-filen indeholder en XML-dokumenttypeerklæring (DTD), som Excel aldrig skriver, og som kan "
        "bruges til at angribe en server, så den blev afvist. Gem arket igen fra Excel",
    },
    "error.readers.workbook_no_table": {
        "en": "the workbook has no sheet with a table in it",
        "nb": "Excel-filen har ikke noe ark med en tabell",
        "sv": "Excel-filen har inget blad med en tabell",
        "da": "Excel-filen har intet ark med en tabel",
    },
    # Text files: encoding, separators, rows.
    "error.readers.bad_utf16": {
        "en": "the file says it is UTF-16 text but parts of it are not; export it again",
        "nb": "filen sier at den er UTF-16-tekst, men deler av den er det ikke; eksporter den på nytt",
        "sv": "filen säger att den är UTF-16-text, men delar av den är det inte; exportera den igen",
        "da": "filen siger, at den er UTF-16-tekst, men dele af den er det ikke; eksporter den igen",
    },
    "error.readers.binary_text": {
        "en": "this is not a text table (it contains binary data); upload the CSV or Excel export instead",
        "nb": "dette er ikke en teksttabell (filen inneholder binære data); last opp CSV- eller Excel-eksporten i "
        "stedet",
        "sv": "det här är ingen texttabell (filen innehåller binära data); ladda upp CSV- eller Excel-exporten i "
        "stället",
        "da": "dette er ikke en teksttabel (filen indeholder binære data); upload CSV- eller Excel-eksporten i "
        "stedet",
    },
    "error.readers.unknown_encoding": {
        "en": "the text encoding is unknown (neither UTF-8 nor Windows-1252); in Excel choose “Save as… CSV UTF-8” "
        "and upload that file",
        "nb": "tegnkodingen er ukjent (verken UTF-8 eller Windows-1252); velg «Lagre som … CSV UTF-8» i Excel og "
        "last opp den filen",
        "sv": "teckenkodningen är okänd (varken UTF-8 eller Windows-1252); välj ”Spara som … CSV UTF-8” i Excel och "
        "ladda upp den filen",
        "da": "tegnkodningen er ukendt (hverken UTF-8 eller Windows-1252); vælg »Gem som … CSV UTF-8« i Excel, og "
        "upload den fil",
    },
    "error.readers.single_column": {
        "en": "no table found: the file has a single column. Export it again as a table with one column per value "
        "(a date column and at least one number column)",
        "nb": "fant ingen tabell: filen har bare én kolonne. Eksporter den på nytt som en tabell med én kolonne per "
        "verdi (en datokolonne og minst én tallkolonne)",
        "sv": "ingen tabell hittades: filen har bara en kolumn. Exportera den igen som en tabell med en kolumn per "
        "värde (en datumkolumn och minst en sifferkolumn)",
        "da": "ingen tabel fundet: filen har kun én kolonne. Eksporter den igen som en tabel med én kolonne pr. "
        "værdi (en datokolonne og mindst én talkolonne)",
    },
    "error.readers.unclosed_quote": {
        "en": "the rows cannot be split into columns (a quote is probably not closed); open the file in a "
        "spreadsheet, check it and save it again",
        "nb": "radene kan ikke deles opp i kolonner (et anførselstegn er trolig ikke lukket); åpne filen i et "
        "regneark, sjekk den og lagre den på nytt",
        "sv": "raderna går inte att dela upp i kolumner (ett citattecken är troligen inte stängt); öppna filen i "
        "ett kalkylprogram, kontrollera den och spara den igen",
        "da": "rækkerne kan ikke deles op i kolonner (et anførselstegn er sandsynligvis ikke lukket); åbn filen i "
        "et regneark, tjek den, og gem den igen",
    },
    "error.readers.ragged_rows": {
        "en": "rows have very different numbers of fields; export the file again",
        "nb": "radene har svært ulikt antall felt; eksporter filen på nytt",
        "sv": "raderna har väldigt olika antal fält; exportera filen igen",
        "da": "rækkerne har meget forskelligt antal felter; eksporter filen igen",
    },
    "error.readers.row_too_long": {
        "en": "this row has more values than the header has columns ({width}); a separator is probably inside a "
        "value that is not in quotes. Fix the row or export the file again",
        "nb": "denne raden har flere verdier enn overskriftsraden har kolonner ({width}); trolig står et "
        "skilletegn inne i en verdi uten anførselstegn. Rett raden eller eksporter filen på nytt",
        "sv": "den här raden har fler värden än rubrikraden har kolumner ({width}); troligen står ett "
        "avgränsningstecken inne i ett värde utan citattecken. Rätta raden eller exportera filen igen",
        "da": "denne række har flere værdier, end overskriftsrækken har kolonner ({width}); sandsynligvis står et "
        "skilletegn inde i en værdi uden anførselstegn. Ret rækken, eller eksporter filen igen",
    },
    "error.readers.row_too_short": {
        "en": "this row has {length} values but the header has {width} columns, so the values would land in the "
        "wrong columns; fix the row or export the file again",
        "nb": "denne raden har {length} verdier, men overskriftsraden har {width} kolonner, så verdiene ville havnet "
        "i feil kolonner; rett raden eller eksporter filen på nytt",
        "sv": "den här raden har {length} värden, men rubrikraden har {width} kolumner, så värdena skulle hamna i "
        "fel kolumner; rätta raden eller exportera filen igen",
        "da": "denne række har {length} værdier, men overskriftsrækken har {width} kolonner, så værdierne ville "
        "havne i de forkerte kolonner; ret rækken, eller eksporter filen igen",
    },
    "error.readers.packed_row_unpacked": {
        "en": "most rows were packed into one cell (Excel does this when a file is opened with the wrong separator) "
        "but this row was not, so the file cannot be repaired with certainty; upload the original export instead",
        "nb": "de fleste radene var pakket inn i én celle (Excel gjør det når en fil åpnes med feil skilletegn), "
        "men ikke denne raden, så filen kan ikke repareres med sikkerhet; last opp den opprinnelige eksporten i "
        "stedet",
        "sv": "de flesta raderna var packade i en enda cell (Excel gör så när en fil öppnas med fel "
        "avgränsningstecken), men inte den här raden, så filen kan inte repareras med säkerhet; ladda upp den "
        "ursprungliga exporten i stället",
        "da": "de fleste rækker var pakket ind i én celle (Excel gør det, når en fil åbnes med det forkerte "
        "skilletegn), men ikke denne række, så filen kan ikke repareres med sikkerhed; upload den oprindelige "
        "eksport i stedet",
    },
    "error.readers.packed_row_width": {
        "en": "each row was packed into one cell (Excel does this when a file is opened with the wrong separator) "
        "and this row splits into {count} values instead of {width}, so it cannot be repaired with certainty; "
        "upload the original export instead",
        "nb": "hver rad var pakket inn i én celle (Excel gjør det når en fil åpnes med feil skilletegn), og denne "
        "raden deles i {count} verdier i stedet for {width}, så den kan ikke repareres med sikkerhet; last opp den "
        "opprinnelige eksporten i stedet",
        "sv": "varje rad var packad i en enda cell (Excel gör så när en fil öppnas med fel avgränsningstecken), och "
        "den här raden delas i {count} värden i stället för {width}, så den kan inte repareras med säkerhet; ladda "
        "upp den ursprungliga exporten i stället",
        "da": "hver række var pakket ind i én celle (Excel gør det, når en fil åbnes med det forkerte skilletegn), "
        "og denne række deles i {count} værdier i stedet for {width}, så den kan ikke repareres med sikkerhed; "
        "upload den oprindelige eksport i stedet",
    },
    "error.readers.no_table": {
        "en": "the file holds no table",
        "nb": "filen inneholder ingen tabell",
        "sv": "filen innehåller ingen tabell",
        "da": "filen indeholder ingen tabel",
    },
    # Dates.
    "error.readers.date_no_year": {
        "en": "the dates have no year (“{text}”); put the year in the file name (for example “overview_2025.csv”) "
        "or choose the year when uploading",
        "nb": "datoene mangler årstall («{text}»); skriv året i filnavnet (for eksempel «overview_2025.csv») eller "
        "velg året når du laster opp",
        "sv": "datumen saknar årtal (”{text}”); skriv året i filnamnet (till exempel ”overview_2025.csv”) eller "
        "välj året när du laddar upp",
        "da": "datoerne mangler årstal (»{text}«); skriv året i filnavnet (for eksempel »overview_2025.csv«), eller "
        "vælg året, når du uploader",
    },
    "error.readers.date_mixed_order": {
        "en": "the dates mix day-first and month-first order (for example “{text}”); write all dates the same way, "
        "best as 2025-01-31",
        "nb": "datoene blander dag først og måned først (for eksempel «{text}»); skriv alle datoene på samme måte, "
        "helst som 2025-01-31",
        "sv": "datumen blandar dag först och månad först (till exempel ”{text}”); skriv alla datum på samma sätt, "
        "helst som 2025-01-31",
        "da": "datoerne blander dag først og måned først (for eksempel »{text}«); skriv alle datoer på samme måde, "
        "helst som 2025-01-31",
    },
    "error.readers.date_unreadable": {
        "en": "“{text}” is not a date Goalpost can read; write dates like 2025-01-31",
        "nb": "«{text}» er ikke en dato Goalpost kan lese; skriv datoer som 2025-01-31",
        "sv": "”{text}” är inget datum som Goalpost kan läsa; skriv datum som 2025-01-31",
        "da": "»{text}« er ikke en dato, Goalpost kan læse; skriv datoer som 2025-01-31",
    },
    "error.readers.date_future_year": {
        "en": "“{text}” is in the future; check the date",
        "nb": "«{text}» ligger fram i tid; sjekk datoen",
        "sv": "”{text}” ligger i framtiden; kontrollera datumet",
        "da": "»{text}« ligger ude i fremtiden; tjek datoen",
    },
    "error.readers.date_future": {
        "en": "“{text}” is in the future; check the date (or the computer's clock)",
        "nb": "«{text}» ligger fram i tid; sjekk datoen (eller klokken på datamaskinen)",
        "sv": "”{text}” ligger i framtiden; kontrollera datumet (eller datorns klocka)",
        "da": "»{text}« ligger ude i fremtiden; tjek datoen (eller computerens ur)",
    },
    "error.readers.date_too_early": {
        "en": "“{text}” is before {year}; check the year",
        "nb": "«{text}» er før {year}; sjekk årstallet",
        "sv": "”{text}” är före {year}; kontrollera årtalet",
        "da": "»{text}« er før {year}; tjek årstallet",
    },
    "error.readers.date_not_real": {
        "en": "“{text}” is not a real date (no such day in the calendar); check it",
        "nb": "«{text}» er ikke en ekte dato (dagen finnes ikke i kalenderen); sjekk den",
        "sv": "”{text}” är inget riktigt datum (dagen finns inte i kalendern); kontrollera det",
        "da": "»{text}« er ikke en rigtig dato (dagen findes ikke i kalenderen); tjek den",
    },
    "error.readers.date_outside_period": {
        "en": "“{text}” is outside the period the file says it covers ({start} to {end}); check that this is the "
        "right file",
        "nb": "«{text}» ligger utenfor perioden filen sier at den dekker ({start} til {end}); sjekk at dette er "
        "riktig fil",
        "sv": "”{text}” ligger utanför perioden som filen säger att den täcker ({start} till {end}); kontrollera att "
        "det är rätt fil",
        "da": "»{text}« ligger uden for den periode, filen siger, at den dækker ({start} til {end}); tjek, at det "
        "er den rigtige fil",
    },
    "error.readers.values_without_date": {
        "en": "this row has values but no date; fill in the date or delete the row",
        "nb": "denne raden har verdier, men ingen dato; fyll inn datoen eller slett raden",
        "sv": "den här raden har värden men inget datum; fyll i datumet eller ta bort raden",
        "da": "denne række har værdier, men ingen dato; udfyld datoen, eller slet rækken",
    },
    # Numbers and durations.
    "error.readers.number_shortened": {
        "en": "“{text}” is a shortened number; write it out in full (for example 1200 instead of 1.2k)",
        "nb": "«{text}» er et forkortet tall; skriv det helt ut (for eksempel 1200 i stedet for 1.2k)",
        "sv": "”{text}” är ett förkortat tal; skriv ut det helt (till exempel 1200 i stället för 1.2k)",
        "da": "»{text}« er et forkortet tal; skriv det helt ud (for eksempel 1200 i stedet for 1.2k)",
    },
    "error.readers.number_currency": {
        "en": "“{text}” carries a currency sign; keep only the number",
        "nb": "«{text}» har et valutategn; behold bare tallet",
        "sv": "”{text}” har ett valutatecken; behåll bara talet",
        "da": "»{text}« har et valutategn; behold kun tallet",
    },
    "error.readers.number_excel_date": {
        "en": "“{text}” looks like a number that Excel turned into a date; take the value from the original export "
        "or type the number again",
        "nb": "«{text}» ser ut som et tall Excel har gjort om til en dato; hent verdien fra den opprinnelige "
        "eksporten eller skriv inn tallet på nytt",
        "sv": "”{text}” ser ut som ett tal som Excel har gjort om till ett datum; hämta värdet från den "
        "ursprungliga exporten eller skriv in talet igen",
        "da": "»{text}« ligner et tal, som Excel har lavet om til en dato; hent værdien fra den oprindelige eksport, "
        "eller skriv tallet igen",
    },
    "error.readers.number_not_finite": {
        "en": "“{text}” is not a real number; leave the cell empty when there is no value",
        "nb": "«{text}» er ikke et ekte tall; la cellen stå tom når det ikke finnes noen verdi",
        "sv": "”{text}” är inget riktigt tal; lämna cellen tom när det inte finns något värde",
        "da": "»{text}« er ikke et rigtigt tal; lad cellen stå tom, når der ikke er nogen værdi",
    },
    "error.readers.number_not_number": {
        "en": "“{text}” is not a number; this column must hold numbers only (leave a cell empty when there is none)",
        "nb": "«{text}» er ikke et tall; denne kolonnen kan bare inneholde tall (la cellen stå tom når det ikke "
        "finnes noe)",
        "sv": "”{text}” är inget tal; den här kolumnen får bara innehålla tal (lämna cellen tom när det inte finns "
        "något)",
        "da": "»{text}« er ikke et tal; denne kolonne må kun indeholde tal (lad cellen stå tom, når der ikke er "
        "noget)",
    },
    "error.readers.number_mixed_decimals": {
        "en": "mixes decimal commas and decimal points (“{comma}” and “{dot}”); use one style in the whole column",
        "nb": "blander desimalkomma og desimalpunktum («{comma}» og «{dot}»); bruk samme skrivemåte i hele kolonnen",
        "sv": "blandar decimalkomma och decimalpunkt (”{comma}” och ”{dot}”); använd samma skrivsätt i hela "
        "kolumnen",
        "da": "blander decimalkomma og decimalpunktum (»{comma}« og »{dot}«); brug samme skrivemåde i hele "
        "kolonnen",
    },
    "error.readers.number_mixed_percent": {
        "en": "some values have a % sign (“{marked}”) and others do not (“{plain}”); write every value the same way "
        "(12% or 12)",
        "nb": "noen verdier har prosenttegn («{marked}») og andre ikke («{plain}»); skriv alle verdiene på samme "
        "måte (12% eller 12)",
        "sv": "vissa värden har procenttecken (”{marked}”) och andra inte (”{plain}”); skriv alla värden på samma "
        "sätt (12% eller 12)",
        "da": "nogle værdier har procenttegn (»{marked}«) og andre ikke (»{plain}«); skriv alle værdier på samme "
        "måde (12% eller 12)",
    },
    "error.readers.number_too_large": {
        "en": "“{text}” is too large or not a real number; check the value",
        "nb": "«{text}» er for stort eller ikke et ekte tall; sjekk verdien",
        "sv": "”{text}” är för stort eller inget riktigt tal; kontrollera värdet",
        "da": "»{text}« er for stort eller ikke et rigtigt tal; tjek værdien",
    },
    "error.readers.not_a_duration": {
        "en": "“{text}” is not a duration; write it as hours:minutes:seconds (for example 1:30:00)",
        "nb": "«{text}» er ikke en varighet; skriv den som timer:minutter:sekunder (for eksempel 1:30:00)",
        "sv": "”{text}” är ingen varaktighet; skriv den som timmar:minuter:sekunder (till exempel 1:30:00)",
        "da": "»{text}« er ikke en varighed; skriv den som timer:minutter:sekunder (for eksempel 1:30:00)",
    },
    "error.readers.negative_value": {
        "en": "{value} {metric} is impossible (it cannot be negative); check the value",
        "nb": "{value} {metric} er umulig (det kan ikke være negativt); sjekk verdien",
        "sv": "{value} {metric} är omöjligt (det kan inte vara negativt); kontrollera värdet",
        "da": "{value} {metric} er umuligt (det kan ikke være negativt); tjek værdien",
    },
    # Columns and layouts.
    "error.readers.duplicate_column_differs": {
        "en": "two columns are headed “{column}” and hold different values; delete or rename one so Goalpost knows "
        "which to read",
        "nb": "to kolonner heter «{column}» og har ulike verdier; slett eller gi nytt navn til den ene, så Goalpost "
        "vet hvilken den skal lese",
        "sv": "två kolumner heter ”{column}” och har olika värden; ta bort eller byt namn på den ena, så att "
        "Goalpost vet vilken den ska läsa",
        "da": "to kolonner hedder »{column}« og har forskellige værdier; slet eller omdøb den ene, så Goalpost ved, "
        "hvilken den skal læse",
    },
    "error.readers.tidy_columns_missing": {
        "en": "the tidy layout needs the columns date, channel, metric and value (audience is optional)",
        "nb": "det ryddige oppsettet trenger kolonnene date, channel, metric og value (audience er valgfri)",
        "sv": "den städade layouten behöver kolumnerna date, channel, metric och value (audience är valfri)",
        "da": "det ryddelige layout kræver kolonnerne date, channel, metric og value (audience er valgfri)",
    },
    "error.readers.value_without_metric": {
        "en": "this row has a value but no metric; fill in the metric or delete the row",
        "nb": "denne raden har en verdi, men ikke noe nøkkeltall; fyll inn nøkkeltallet eller slett raden",
        "sv": "den här raden har ett värde men inget nyckeltal; fyll i nyckeltalet eller ta bort raden",
        "da": "denne række har en værdi, men intet nøgletal; udfyld nøgletallet, eller slet rækken",
    },
    "error.readers.tracker_columns_missing": {
        "en": "the tracker layout needs a date column and at least one metric column",
        "nb": "regnearkoppsettet trenger en datokolonne og minst én kolonne med et nøkkeltall",
        "sv": "kalkylarkslayouten behöver en datumkolumn och minst en kolumn med ett nyckeltal",
        "da": "regnearkslayoutet kræver en datokolonne og mindst én kolonne med et nøgletal",
    },
    "error.readers.mapping_does_not_fit": {
        "en": "the saved column mapping does not fit this file; it lacks the column(s) {columns}. Map the columns "
        "again",
        "nb": "det lagrede kolonneoppsettet passer ikke til denne filen; den mangler kolonnen(e) {columns}. Sett "
        "opp kolonnene på nytt",
        "sv": "den sparade kolumnkopplingen passar inte den här filen; den saknar kolumnen/kolumnerna {columns}. "
        "Koppla kolumnerna igen",
        "da": "den gemte kolonneopsætning passer ikke til denne fil; den mangler kolonnen/kolonnerne {columns}. "
        "Sæt kolonnerne op igen",
    },
    "error.readers.needs_mapping": {
        "en": "Goalpost does not recognise this layout. Say which column holds the date, which the channel (if any) "
        "and which metric each number column holds; the mapping is kept for next month's file of the same shape",
        "nb": "Goalpost kjenner ikke igjen dette oppsettet. Si hvilken kolonne som har datoen, hvilken som har "
        "kanalen (hvis noen), og hvilket nøkkeltall hver tallkolonne har; oppsettet lagres til neste måneds fil med "
        "samme form",
        "sv": "Goalpost känner inte igen den här layouten. Ange vilken kolumn som har datumet, vilken som har "
        "kanalen (om någon) och vilket nyckeltal varje sifferkolumn har; kopplingen sparas till nästa månads fil "
        "med samma form",
        "da": "Goalpost genkender ikke dette layout. Angiv, hvilken kolonne der har datoen, hvilken der har kanalen "
        "(hvis nogen), og hvilket nøgletal hver talkolonne har; opsætningen gemmes til næste måneds fil med samme "
        "form",
    },
    "error.readers.meta_metric_unknown": {
        "en": "the title line “{title}” does not say which metric this file holds; rename the file after the metric "
        "(for example “Follows.csv”) or use the column mapping",
        "nb": "tittellinjen «{title}» sier ikke hvilket nøkkeltall filen inneholder; gi filen navn etter "
        "nøkkeltallet (for eksempel «Follows.csv») eller bruk kolonneoppsettet",
        "sv": "rubrikraden ”{title}” säger inte vilket nyckeltal filen innehåller; döp om filen efter nyckeltalet "
        "(till exempel ”Follows.csv”) eller använd kolumnkopplingen",
        "da": "titellinjen »{title}« siger ikke, hvilket nøgletal filen indeholder; omdøb filen efter nøgletallet "
        "(for eksempel »Follows.csv«), eller brug kolonneopsætningen",
    },
    "error.readers.unknown_preset": {
        "en": "there is no preset called “{preset}”; known presets: {names}",
        "nb": "det finnes ingen forhåndsinnstilling som heter «{preset}»; kjente forhåndsinnstillinger: {names}",
        "sv": "det finns ingen förinställning som heter ”{preset}”; kända förinställningar: {names}",
        "da": "der findes ingen forudindstilling, der hedder »{preset}«; kendte forudindstillinger: {names}",
    },
    "error.readers.preset_does_not_fit": {
        "en": "this file does not look like a {preset}{detail}; choose another preset or map the columns",
        "nb": "denne filen ser ikke ut som {preset}{detail}; velg en annen forhåndsinnstilling eller sett opp "
        "kolonnene selv",
        "sv": "den här filen ser inte ut som {preset}{detail}; välj en annan förinställning eller koppla "
        "kolumnerna själv",
        "da": "denne fil ligner ikke {preset}{detail}; vælg en anden forudindstilling, eller sæt kolonnerne op selv",
    },
    "error.readers.preset_missing": {
        "en": " (missing: {columns})",
        "nb": " (mangler: {columns})",
        "sv": " (saknas: {columns})",
        "da": " (mangler: {columns})",
    },
    "error.readers.header_only": {
        "en": "the file has a header but no data rows; export it again for a period with data",
        "nb": "filen har en overskriftsrad, men ingen rader med data; eksporter den på nytt for en periode med data",
        "sv": "filen har en rubrikrad men inga rader med data; exportera den igen för en period med data",
        "da": "filen har en overskriftsrække, men ingen rækker med data; eksporter den igen for en periode med data",
    },
    "error.readers.no_numbers": {
        "en": "no numbers were found in the columns Goalpost reads ({columns}); check that the export covers a "
        "period with data",
        "nb": "fant ingen tall i kolonnene Goalpost leser ({columns}); sjekk at eksporten dekker en periode med data",
        "sv": "inga tal hittades i kolumnerna som Goalpost läser ({columns}); kontrollera att exporten täcker en "
        "period med data",
        "da": "der blev ikke fundet nogen tal i de kolonner, Goalpost læser ({columns}); tjek, at eksporten dækker "
        "en periode med data",
    },
    "error.readers.channel_unknown": {
        "en": "the file does not say which channel it belongs to; choose the channel (for example facebook or "
        "linkedin) when uploading",
        "nb": "filen sier ikke hvilken kanal den hører til; velg kanal (for eksempel facebook eller linkedin) når du "
        "laster opp",
        "sv": "filen säger inte vilken kanal den hör till; välj kanal (till exempel facebook eller linkedin) när du "
        "laddar upp",
        "da": "filen siger ikke, hvilken kanal den hører til; vælg kanalen (for eksempel facebook eller linkedin), "
        "når du uploader",
    },
    "error.readers.conflicting_rows": {
        "en": "row {row} repeats the date, channel, audience and metric of row {first} with a different value; "
        "delete the wrong row",
        "nb": "rad {row} gjentar dato, kanal, målgruppe og nøkkeltall fra rad {first}, men med en annen verdi; slett "
        "den raden som er feil",
        "sv": "rad {row} upprepar datum, kanal, målgrupp och nyckeltal från rad {first}, men med ett annat värde; "
        "ta bort den rad som är fel",
        "da": "række {row} gentager dato, kanal, målgruppe og nøgletal fra række {first}, men med en anden værdi; "
        "slet den række, der er forkert",
    },
    # Notes shown with a file that was read: what Goalpost repaired or assumed.
    "error.readers.note_windows_1252": {
        "en": "The file was saved by Excel as Windows-1252 text; read with that encoding.",
        "nb": "Filen var lagret av Excel som Windows-1252-tekst og ble lest med den tegnkodingen.",
        "sv": "Filen var sparad av Excel som Windows-1252-text och lästes med den teckenkodningen.",
        "da": "Filen var gemt af Excel som Windows-1252-tekst og blev læst med den tegnkodning.",
    },
    "error.readers.note_packed_rows_split": {
        "en": "Every row had been packed into one cell (by Excel); the rows were split again.",
        "nb": "Hver rad var pakket inn i én celle (av Excel); radene ble delt opp igjen.",
        "sv": "Varje rad hade packats i en enda cell (av Excel); raderna delades upp igen.",
        "da": "Hver række var pakket ind i én celle (af Excel); rækkerne blev delt op igen.",
    },
    "error.readers.note_dates_month_first": {
        "en": "Dates could be read either way; read month first (MM/DD/YYYY).",
        "nb": "Datoene kunne leses på begge måter; de ble lest med måned først (MM/DD/ÅÅÅÅ).",
        "sv": "Datumen kunde läsas på båda sätten; de lästes med månad först (MM/DD/ÅÅÅÅ).",
        "da": "Datoerne kunne læses på begge måder; de blev læst med måned først (MM/DD/ÅÅÅÅ).",
    },
    "error.readers.note_dates_day_first": {
        "en": "Dates could be read either way; read day first (DD-MM-YYYY).",
        "nb": "Datoene kunne leses på begge måter; de ble lest med dag først (DD-MM-ÅÅÅÅ).",
        "sv": "Datumen kunde läsas på båda sätten; de lästes med dag först (DD-MM-ÅÅÅÅ).",
        "da": "Datoerne kunne læses på begge måder; de blev læst med dag først (DD-MM-ÅÅÅÅ).",
    },
    "error.readers.note_dates_no_year": {
        "en": "The dates have no year; read them as {years}.",
        "nb": "Datoene mangler årstall; de ble lest som {years}.",
        "sv": "Datumen saknar årtal; de lästes som {years}.",
        "da": "Datoerne mangler årstal; de blev læst som {years}.",
    },
    "error.readers.note_duplicate_column": {
        "en": "The column “{column}” appears twice with the same values; it was read once.",
        "nb": "Kolonnen «{column}» finnes to ganger med de samme verdiene; den ble lest én gang.",
        "sv": "Kolumnen ”{column}” finns två gånger med samma värden; den lästes en gång.",
        "da": "Kolonnen »{column}« findes to gange med de samme værdier; den blev læst én gang.",
    },
    "error.readers.note_totals_dropped": {
        "en": "Totals row dropped (row {rows}); Goalpost adds up the days itself.",
        "nb": "Summeringsraden ble hoppet over (rad {rows}); Goalpost legger sammen dagene selv.",
        "sv": "Summaraden hoppades över (rad {rows}); Goalpost summerar dagarna själv.",
        "da": "Sumrækken blev sprunget over (række {rows}); Goalpost lægger selv dagene sammen.",
    },
    "error.readers.note_column_as_metric": {
        "en": "The column “{column}” was read as the metric “{metric}”.",
        "nb": "Kolonnen «{column}» ble lest som nøkkeltallet «{metric}».",
        "sv": "Kolumnen ”{column}” lästes som nyckeltalet ”{metric}”.",
        "da": "Kolonnen »{column}« blev læst som nøgletallet »{metric}«.",
    },
    "error.readers.note_text_columns_skipped": {
        "en": "Columns not read (they hold text, not numbers): {columns}.",
        "nb": "Kolonner som ikke ble lest (de inneholder tekst, ikke tall): {columns}.",
        "sv": "Kolumner som inte lästes (de innehåller text, inte tal): {columns}.",
        "da": "Kolonner, der ikke blev læst (de indeholder tekst, ikke tal): {columns}.",
    },
    "error.readers.note_other_channel": {
        "en": "The file looks like a {found} export; stored under “{chosen}” as chosen.",
        "nb": "Filen ser ut som en eksport fra {found}; lagret under «{chosen}» slik du valgte.",
        "sv": "Filen ser ut som en export från {found}; sparad under ”{chosen}” som du valde.",
        "da": "Filen ligner en eksport fra {found}; gemt under »{chosen}«, som du valgte.",
    },
    "error.readers.note_items_added_up": {
        "en": "Values of the same day were added up (one row per post, video or ticket).",
        "nb": "Verdier fra samme dag ble lagt sammen (én rad per innlegg, video eller sak).",
        "sv": "Värden från samma dag lades ihop (en rad per inlägg, video eller ärende).",
        "da": "Værdier fra samme dag blev lagt sammen (én række pr. opslag, video eller sag).",
    },
    "error.readers.note_repeats_read_once": {
        "en": "Rows repeated with the same value were read once.",
        "nb": "Rader som gjentas med samme verdi, ble lest én gang.",
        "sv": "Rader som upprepas med samma värde lästes en gång.",
        "da": "Rækker, der gentages med samme værdi, blev læst én gang.",
    },
    "error.readers.note_post_lifetime": {
        "en": "Post values are lifetime totals, counted on the day each post was published.",
        "nb": "Tallene for innlegg er totaler for hele levetiden, regnet på dagen hvert innlegg ble publisert.",
        "sv": "Siffrorna för inlägg är totaler för hela livslängden, räknade på dagen då varje inlägg publicerades.",
        "da": "Tallene for opslag er totaler for hele levetiden, talt på den dag, hvert opslag blev udgivet.",
    },
    "error.readers.note_post_day": {
        "en": "Post values are counted on the day each post was published.",
        "nb": "Tallene for innlegg regnes på dagen hvert innlegg ble publisert.",
        "sv": "Siffrorna för inlägg räknas på dagen då varje inlägg publicerades.",
        "da": "Tallene for opslag tælles på den dag, hvert opslag blev udgivet.",
    },
    "error.readers.note_video_day": {
        "en": "Values per video are counted on the day the video was published.",
        "nb": "Tallene per video regnes på dagen videoen ble publisert.",
        "sv": "Siffrorna per video räknas på dagen då videon publicerades.",
        "da": "Tallene pr. video tælles på den dag, videoen blev udgivet.",
    },
    "error.readers.note_meta_follows": {
        "en": "Follows are new follows per day: stored as follower gains, not as a follower total.",
        "nb": "Følginger er nye følgere per dag: lagret som nye følgere, ikke som totalt antall følgere.",
        "sv": "Följningar är nya följare per dag: sparade som nya följare, inte som totalt antal följare.",
        "da": "Følg er nye følgere pr. dag: gemt som nye følgere, ikke som det samlede antal følgere.",
    },
    "error.readers.note_linkedin_followers": {
        "en": "LinkedIn's “Total followers” column counts new followers per day: stored as follower gains, not as a "
        "follower total.",
        "nb": "LinkedIns kolonne «Total followers» teller nye følgere per dag: lagret som nye følgere, ikke som "
        "totalt antall følgere.",
        "sv": "LinkedIns kolumn ”Total followers” räknar nya följare per dag: sparade som nya följare, inte som "
        "totalt antal följare.",
        "da": "LinkedIns kolonne »Total followers« tæller nye følgere pr. dag: gemt som nye følgere, ikke som det "
        "samlede antal følgere.",
    },
    "error.readers.note_linkedin_clicks": {
        "en": "LinkedIn's clicks count clicks on the post, the page name and the logo: stored as clicks, not link "
        "clicks.",
        "nb": "LinkedIns klikk teller klikk på innlegget, sidenavnet og logoen: lagret som klikk, ikke som "
        "lenkeklikk.",
        "sv": "LinkedIns klick räknar klick på inlägget, sidnamnet och logotypen: sparade som klick, inte som "
        "länkklick.",
        "da": "LinkedIns klik tæller klik på opslaget, sidenavnet og logoet: gemt som klik, ikke som linkklik.",
    },
    "error.readers.note_x_follows": {
        "en": "X exports new follows and unfollows, not the follower total: stored as gains and losses.",
        "nb": "X eksporterer nye følgere og avfølginger, ikke totalt antall følgere: lagret som nye og tapte "
        "følgere.",
        "sv": "X exporterar nya följare och avföljningar, inte totalt antal följare: sparade som nya och förlorade "
        "följare.",
        "da": "X eksporterer nye følgere og frafald, ikke det samlede antal følgere: gemt som nye og mistede "
        "følgere.",
    },
    "error.readers.note_youtube_subscribers": {
        "en": "Subscribers are the net change per day (it can be negative): stored as follower gains.",
        "nb": "Abonnenter er nettoendringen per dag (den kan være negativ): lagret som nye følgere.",
        "sv": "Prenumeranter är nettoförändringen per dag (den kan vara negativ): sparade som nya följare.",
        "da": "Abonnenter er nettoændringen pr. dag (den kan være negativ): gemt som nye følgere.",
    },
    "error.readers.note_ticket_median": {
        "en": "Support time is kept per ticket (by the day it was created); the month value is the median.",
        "nb": "Svartiden lagres per sak (på dagen saken ble opprettet); månedens verdi er medianen.",
        "sv": "Svarstiden sparas per ärende (på dagen då ärendet skapades); månadens värde är medianen.",
        "da": "Svartiden gemmes pr. sag (på den dag, sagen blev oprettet); månedens værdi er medianen.",
    },
    "error.readers.note_conversation_median": {
        "en": "Support time is kept per conversation (by the day it started); the month value is the median.",
        "nb": "Svartiden lagres per samtale (på dagen samtalen startet); månedens verdi er medianen.",
        "sv": "Svarstiden sparas per konversation (på dagen då konversationen började); månadens värde är "
        "medianen.",
        "da": "Svartiden gemmes pr. samtale (på den dag, samtalen begyndte); månedens værdi er medianen.",
    },
    # Storing: the values read from a file checked before they are written.
    "error.ingest.columns_missing": {
        "en": "the values read from it lack {columns}. Nothing was stored; report this file to whoever runs "
        "Goalpost.",
        "nb": "verdiene som ble lest fra den, mangler {columns}. Ingenting ble lagret; meld fra om denne filen til "
        "den som drifter Goalpost.",
        "sv": "värdena som lästes från den saknar {columns}. Inget sparades; rapportera den här filen till den som "
        "sköter Goalpost.",
        "da": "værdierne, der blev læst fra den, mangler {columns}. Intet blev gemt; meld denne fil til den, der "
        "driver Goalpost.",
    },
    "error.ingest.no_values": {
        "en": "it holds no values to store. Check that it is the right file and that its number columns are filled "
        "in.",
        "nb": "den inneholder ingen verdier å lagre. Sjekk at det er riktig fil, og at tallkolonnene er fylt ut.",
        "sv": "den innehåller inga värden att spara. Kontrollera att det är rätt fil och att sifferkolumnerna är "
        "ifyllda.",
        "da": "den indeholder ingen værdier at gemme. Tjek, at det er den rigtige fil, og at talkolonnerne er "
        "udfyldt.",
    },
    "error.ingest.bad_value": {
        "en": "the value for {metric} on {channel} dated {date} {problem}. Correct that row and upload again.",
        "nb": "verdien for {metric} på {channel} med dato {date} {problem}. Rett den raden og last opp på nytt.",
        "sv": "värdet för {metric} på {channel} med datum {date} {problem}. Rätta den raden och ladda upp igen.",
        "da": "værdien for {metric} på {channel} med dato {date} {problem}. Ret den række, og upload igen.",
    },
    "error.ingest.not_finite": {
        "en": "is not a finite number",
        "nb": "er ikke et gyldig tall",
        "sv": "är inget giltigt tal",
        "da": "er ikke et gyldigt tal",
    },
    "error.ingest.no_date": {
        "en": "has no date",
        "nb": "mangler dato",
        "sv": "saknar datum",
        "da": "mangler dato",
    },
    "error.ingest.date_unstorable": {
        "en": "has a date outside the years {first}–{last}",
        "nb": "har en dato utenfor årene {first}–{last}",
        "sv": "har ett datum utanför åren {first}–{last}",
        "da": "har en dato uden for årene {first}–{last}",
    },
    "error.ingest.no_channel": {
        "en": "some values have no channel. Say which channel the file is for and upload again.",
        "nb": "noen verdier mangler kanal. Si hvilken kanal filen gjelder, og last opp på nytt.",
        "sv": "vissa värden saknar kanal. Ange vilken kanal filen gäller och ladda upp igen.",
        "da": "nogle værdier mangler kanal. Angiv, hvilken kanal filen gælder, og upload igen.",
    },
    "error.ingest.no_metric": {
        "en": "some values have no metric. Say which metric the file is for and upload again.",
        "nb": "noen verdier mangler nøkkeltall. Si hvilket nøkkeltall filen gjelder, og last opp på nytt.",
        "sv": "vissa värden saknar nyckeltal. Ange vilket nyckeltal filen gäller och ladda upp igen.",
        "da": "nogle værdier mangler nøgletal. Angiv, hvilket nøgletal filen gælder, og upload igen.",
    },
    "error.ingest.mapping_needs_name": {
        "en": "A saved column mapping needs a name. Give it one and save again.",
        "nb": "Et lagret kolonneoppsett må ha et navn. Gi det et navn og lagre på nytt.",
        "sv": "En sparad kolumnkoppling behöver ett namn. Ge den ett namn och spara igen.",
        "da": "En gemt kolonneopsætning skal have et navn. Giv den et navn, og gem igen.",
    },
    "error.ingest.mapping_unsaveable": {
        "en": "The column mapping “{name}” cannot be saved: it holds {problem}.",
        "nb": "Kolonneoppsettet «{name}» kan ikke lagres: det inneholder {problem}.",
        "sv": "Kolumnkopplingen ”{name}” kan inte sparas: den innehåller {problem}.",
        "da": "Kolonneopsætningen »{name}« kan ikke gemmes: den indeholder {problem}.",
    },
    # Ingesting files from disk (cli.py ingest).
    "error.ingest.no_such_file": {
        "en": "There is no file at “{path}”. Check the path.",
        "nb": "Det finnes ingen fil på «{path}». Sjekk stien.",
        "sv": "Det finns ingen fil på ”{path}”. Kontrollera sökvägen.",
        "da": "Der findes ingen fil på »{path}«. Tjek stien.",
    },
    "error.ingest.path_is_folder": {
        "en": "“{path}” is a folder. Name the files inside it.",
        "nb": "«{path}» er en mappe. Oppgi filene som ligger i den.",
        "sv": "”{path}” är en mapp. Ange filerna som finns i den.",
        "da": "»{path}« er en mappe. Angiv de filer, der ligger i den.",
    },
    "error.ingest.map_on_dashboard": {
        "en": "“{file}”: {detail}. Map its columns once on the dashboard's Data page; after that `cli.py ingest` "
        "applies the saved mapping to every file of the same shape.",
        "nb": "«{file}»: {detail}. Sett opp kolonnene én gang på Data-siden i dashbordet; etter det bruker "
        "`cli.py ingest` det lagrede oppsettet på alle filer med samme form.",
        "sv": "”{file}”: {detail}. Koppla kolumnerna en gång på sidan Data i instrumentpanelen; därefter använder "
        "`cli.py ingest` den sparade kopplingen för alla filer med samma form.",
        "da": "»{file}«: {detail}. Sæt kolonnerne op én gang på siden Data i dashboardet; derefter bruger "
        "`cli.py ingest` den gemte opsætning på alle filer med samme form.",
    },
}
