"""The store's messages (connectors/store/store*.py, upload_*.py, strategy_versions.py): busy, read-only, full, undo.

Keys are "error.store.<name>" for the Message key "store.<name>"; "en" is the template written at the call.
Numbers arrive already written out ("1,234"), and the store's name, file names and user names as given.
"""

TEXT = {
    # Reaching the store
    "error.store.busy": {
        "en": "The store is busy: someone else is saving data right now. Try again in a minute. Nothing was changed.",
        "nb": "Lageret er opptatt: noen andre lagrer data akkurat nå. Prøv igjen om et minutt. Ingenting ble endret.",
        "sv": "Lagret är upptaget: någon annan sparar data just nu. Försök igen om en minut. Inget ändrades.",
        "da": "Lageret er optaget: en anden gemmer data lige nu. Prøv igen om et minut. Intet blev ændret.",
    },
    "error.store.location_empty": {
        "en": "The store location is empty. Give a file path or a database URL.",
        "nb": "Plasseringen til lageret er tom. Oppgi en filsti eller en database-URL.",
        "sv": "Platsen för lagret är tom. Ange en sökväg till en fil eller en databas-URL.",
        "da": "Placeringen af lageret er tom. Angiv en filsti eller en database-URL.",
    },
    "error.store.location_unreadable": {
        "en": "The store location looks like a database URL but cannot be read. "
        "Write it like sqlite:///data/goalpost.sqlite3 or postgresql+psycopg://user@host/goalpost.",
        "nb": "Plasseringen til lageret ser ut som en database-URL, men kan ikke leses. "
        "Skriv den slik: sqlite:///data/goalpost.sqlite3 eller postgresql+psycopg://user@host/goalpost.",
        "sv": "Platsen för lagret ser ut som en databas-URL men kan inte läsas. "
        "Skriv den så här: sqlite:///data/goalpost.sqlite3 eller postgresql+psycopg://user@host/goalpost.",
        "da": "Placeringen af lageret ligner en database-URL, men kan ikke læses. "
        "Skriv den sådan her: sqlite:///data/goalpost.sqlite3 eller postgresql+psycopg://user@host/goalpost.",
    },
    "error.store.folder_not_created": {
        "en": "The folder {folder} for the store cannot be created ({reason}). "
        "Choose another place with --store or the GOALPOST_STORE setting.",
        "nb": "Mappen {folder} til lageret kan ikke opprettes ({reason}). "
        "Velg et annet sted med --store eller innstillingen GOALPOST_STORE.",
        "sv": "Mappen {folder} för lagret kan inte skapas ({reason}). "
        "Välj en annan plats med --store eller inställningen GOALPOST_STORE.",
        "da": "Mappen {folder} til lageret kan ikke oprettes ({reason}). "
        "Vælg et andet sted med --store eller indstillingen GOALPOST_STORE.",
    },
    "error.store.driver_missing": {
        "en": "Goalpost cannot reach a {backend} database: its driver is not installed "
        "({reason}). Install the driver or use a SQLite file.",
        "nb": "Goalpost får ikke kontakt med en {backend}-database: driveren til den er ikke installert "
        "({reason}). Installer driveren, eller bruk en SQLite-fil.",
        "sv": "Goalpost når inte en {backend}-databas: drivrutinen för den är inte installerad "
        "({reason}). Installera drivrutinen eller använd en SQLite-fil.",
        "da": "Goalpost kan ikke få forbindelse til en {backend}-database: driveren til den er ikke installeret "
        "({reason}). Installér driveren, eller brug en SQLite-fil.",
    },
    "error.store.read_only": {
        "en": "The store “{store}” is read-only, so nothing can be saved. Ask whoever runs Goalpost to make the "
        "file and its folder writable. Nothing was changed.",
        "nb": "Lageret «{store}» er skrivebeskyttet, så ingenting kan lagres. Be den som drifter Goalpost, om å "
        "gi skrivetilgang til filen og mappen den ligger i. Ingenting ble endret.",
        "sv": "Lagret ”{store}” är skrivskyddat, så inget kan sparas. Be den som sköter Goalpost att ge "
        "skrivrätt till filen och mappen den ligger i. Inget ändrades.",
        "da": "Lageret »{store}« er skrivebeskyttet, så intet kan gemmes. Bed den, der driver Goalpost, om at "
        "give skriveadgang til filen og mappen, den ligger i. Intet blev ændret.",
    },
    "error.store.disk_full": {
        "en": "The disk holding the store “{store}” is full. Free some space and try again. Nothing was changed.",
        "nb": "Disken der lageret «{store}» ligger, er full. Frigjør litt plass og prøv igjen. Ingenting ble endret.",
        "sv": "Disken där lagret ”{store}” ligger är full. Frigör lite utrymme och försök igen. Inget ändrades.",
        "da": "Disken, hvor lageret »{store}« ligger, er fuld. Frigør noget plads, og prøv igen. Intet blev ændret.",
    },
    "error.store.cannot_open": {
        "en": "The store “{store}” cannot be opened: the file or its folder may be read-only. Ask whoever runs "
        "Goalpost to let it read and write both. Nothing was changed.",
        "nb": "Lageret «{store}» kan ikke åpnes: filen eller mappen den ligger i, kan være skrivebeskyttet. Be den "
        "som drifter Goalpost, om å gi lese- og skrivetilgang til begge. Ingenting ble endret.",
        "sv": "Lagret ”{store}” kan inte öppnas: filen eller mappen den ligger i kan vara skrivskyddad. Be den som "
        "sköter Goalpost att ge läs- och skrivrätt till båda. Inget ändrades.",
        "da": "Lageret »{store}« kan ikke åbnes: filen eller mappen, den ligger i, er måske skrivebeskyttet. Bed "
        "den, der driver Goalpost, om at give læse- og skriveadgang til begge. Intet blev ændret.",
    },
    "error.store.damaged": {
        "en": "The store “{store}” is damaged or is not a Goalpost store. Restore it from a backup, or point "
        "Goalpost at another store with --store or GOALPOST_STORE.",
        "nb": "Lageret «{store}» er skadet eller er ikke et Goalpost-lager. Gjenopprett det fra en "
        "sikkerhetskopi, eller pek Goalpost til et annet lager med --store eller GOALPOST_STORE.",
        "sv": "Lagret ”{store}” är skadat eller är inte ett Goalpost-lager. Återställ det från en "
        "säkerhetskopia, eller peka Goalpost mot ett annat lager med --store eller GOALPOST_STORE.",
        "da": "Lageret »{store}« er beskadiget eller er ikke et Goalpost-lager. Gendan det fra en "
        "sikkerhedskopi, eller peg Goalpost hen på et andet lager med --store eller GOALPOST_STORE.",
    },
    "error.store.failed": {
        "en": "The store “{store}” could not be read or written ({reason}). Nothing was changed.",
        "nb": "Lageret «{store}» kunne ikke leses eller skrives til ({reason}). Ingenting ble endret.",
        "sv": "Det gick inte att läsa från eller skriva till lagret ”{store}” ({reason}). Inget ändrades.",
        "da": "Lageret »{store}« kunne ikke læses eller skrives ({reason}). Intet blev ændret.",
    },
    "error.store.unreachable": {
        "en": "The database server of the store “{store}” cannot be reached right now. Nothing was changed. "
        "Try again in a minute; if it lasts, ask whoever runs Goalpost whether the database server is running.",
        "nb": "Databaseserveren til lageret «{store}» kan ikke nås akkurat nå. Ingenting ble endret. "
        "Prøv igjen om et minutt; hvis det varer, spør den som drifter Goalpost om databaseserveren kjører.",
        "sv": "Databasservern för lagret ”{store}” går inte att nå just nu. Inget ändrades. "
        "Försök igen om en minut; om det fortsätter, fråga den som driver Goalpost om databasservern är igång.",
        "da": "Databaseserveren for lageret »{store}« kan ikke nås lige nu. Intet blev ændret. "
        "Prøv igen om et minut; hvis det varer ved, så spørg den, der driver Goalpost, om databaseserveren kører.",
    },
    "error.store.newer_schema": {
        "en": "The store “{store}” was written by a newer Goalpost. Update Goalpost to use it.",
        "nb": "Lageret «{store}» ble skrevet av en nyere versjon av Goalpost. Oppdater Goalpost for å bruke det.",
        "sv": "Lagret ”{store}” skrevs av en nyare version av Goalpost. Uppdatera Goalpost för att använda det.",
        "da": "Lageret »{store}« blev skrevet af en nyere version af Goalpost. Opdatér Goalpost for at bruge det.",
    },
    # Moving a whole store to another database (cli.py store copy)
    "error.store.copy_same_store": {
        "en": "The store “{store}” cannot be copied onto itself. Give another store to copy to.",
        "nb": "Lageret «{store}» kan ikke kopieres til seg selv. Oppgi et annet lager å kopiere til.",
        "sv": "Lagret ”{store}” kan inte kopieras till sig självt. Ange ett annat lager att kopiera till.",
        "da": "Lageret »{store}« kan ikke kopieres til sig selv. Angiv et andet lager at kopiere til.",
    },
    "error.store.copy_target_not_empty": {
        "en": "The store “{store}” already holds data (in {tables}), so nothing was copied into it. "
        "Copy into a new, empty database or file.",
        "nb": "Lageret «{store}» inneholder allerede data (i {tables}), så ingenting ble kopiert inn. "
        "Kopier til en ny, tom database eller fil.",
        "sv": "Lagret ”{store}” innehåller redan data (i {tables}), så inget kopierades dit. "
        "Kopiera till en ny, tom databas eller fil.",
        "da": "Lageret »{store}« indeholder allerede data (i {tables}), så intet blev kopieret ind. "
        "Kopiér til en ny, tom database eller fil.",
    },
    "error.store.copy_mismatch": {
        "en": "The copy into “{store}” did not hold the same number of rows as the original ({tables}), so "
        "it was undone and nothing was kept. Make sure nothing else writes to the target, then try again.",
        "nb": "Kopien i «{store}» hadde ikke like mange rader som originalen ({tables}), så den ble angret og "
        "ingenting ble beholdt. Sørg for at ingenting annet skriver til målet, og prøv igjen.",
        "sv": "Kopian i ”{store}” hade inte lika många rader som originalet ({tables}), så den ångrades och "
        "inget behölls. Se till att inget annat skriver till målet och försök igen.",
        "da": "Kopien i »{store}« havde ikke lige så mange rækker som originalen ({tables}), så den blev "
        "fortrudt, og intet blev beholdt. Sørg for, at intet andet skriver til målet, og prøv igen.",
    },
    # Numbers that do not exist
    "error.store.no_such_upload": {
        "en": "There is no upload #{id}. See the list of uploads for the numbers.",
        "nb": "Det finnes ingen opplasting nr. {id}. Se listen over opplastinger for å finne numrene.",
        "sv": "Det finns ingen uppladdning nr {id}. Se listan över uppladdningar för att hitta numren.",
        "da": "Der findes ingen upload nr. {id}. Se listen over uploads for at finde numrene.",
    },
    "error.store.no_strategy_version": {
        "en": "There is no saved strategy version {version}. See the list of versions for the numbers.",
        "nb": "Det finnes ingen lagret strategiversjon {version}. Se listen over versjoner for å finne numrene.",
        "sv": "Det finns ingen sparad strategiversion {version}. Se listan över versioner för att hitta numren.",
        "da": "Der findes ingen gemt strategiversion {version}. Se listen over versioner for at finde numrene.",
    },
    # One upload, named in other messages
    "error.store.upload": {
        "en": "upload #{id} (“{file}”, {at} UTC)",
        "nb": "opplasting nr. {id} («{file}», {at} UTC)",
        "sv": "uppladdning nr {id} (”{file}”, {at} UTC)",
        "da": "upload nr. {id} (»{file}«, {at} UTC)",
    },
    "error.store.upload_by": {
        "en": "upload #{id} (“{file}”, {at} UTC by {by})",
        "nb": "opplasting nr. {id} («{file}», {at} UTC av {by})",
        "sv": "uppladdning nr {id} (”{file}”, {at} UTC av {by})",
        "da": "upload nr. {id} (»{file}«, {at} UTC af {by})",
    },
    "error.store.upload_start": {
        "en": "Upload #{id} (“{file}”, {at} UTC)",
        "nb": "Opplasting nr. {id} («{file}», {at} UTC)",
        "sv": "Uppladdning nr {id} (”{file}”, {at} UTC)",
        "da": "Upload nr. {id} (»{file}«, {at} UTC)",
    },
    "error.store.upload_by_start": {
        "en": "Upload #{id} (“{file}”, {at} UTC by {by})",
        "nb": "Opplasting nr. {id} («{file}», {at} UTC av {by})",
        "sv": "Uppladdning nr {id} (”{file}”, {at} UTC av {by})",
        "da": "Upload nr. {id} (»{file}«, {at} UTC af {by})",
    },
    # Storing an upload
    "error.store.stored": {
        "en": "Stored “{file}” as upload #{id}: {values} of {metrics} for {channel}, {start} to {end}.",
        "nb": "Lagret «{file}» som opplasting nr. {id}: {values} av {metrics} for {channel}, {start} til {end}.",
        "sv": "Sparade ”{file}” som uppladdning nr {id}: {values} av {metrics} för {channel}, {start} till {end}.",
        "da": "Gemte »{file}« som upload nr. {id}: {values} af {metrics} for {channel}, {start} til {end}.",
    },
    "error.store.value_count_one": {
        "en": "{count} value",
        "nb": "{count} verdi",
        "sv": "{count} värde",
        "da": "{count} værdi",
    },
    "error.store.value_count": {
        "en": "{count} values",
        "nb": "{count} verdier",
        "sv": "{count} värden",
        "da": "{count} værdier",
    },
    "error.store.restated_one": {
        "en": "It changes {count} value that was already stored: the new values now count and the earlier "
        "ones stay in the upload history. Undo upload #{id} to go back.",
        "nb": "Den endrer {count} verdi som allerede var lagret: de nye verdiene gjelder nå, og de tidligere "
        "ligger fortsatt i opplastingshistorikken. Angre opplasting nr. {id} for å gå tilbake.",
        "sv": "Den ändrar {count} värde som redan fanns sparat: de nya värdena gäller nu, och de tidigare "
        "finns kvar i uppladdningshistoriken. Ångra uppladdning nr {id} för att gå tillbaka.",
        "da": "Den ændrer {count} værdi, som allerede var gemt: de nye værdier gælder nu, og de tidligere "
        "ligger stadig i uploadhistorikken. Fortryd upload nr. {id} for at gå tilbage.",
    },
    "error.store.restated": {
        "en": "It changes {count} values that were already stored: the new values now count and the earlier "
        "ones stay in the upload history. Undo upload #{id} to go back.",
        "nb": "Den endrer {count} verdier som allerede var lagret: de nye verdiene gjelder nå, og de tidligere "
        "ligger fortsatt i opplastingshistorikken. Angre opplasting nr. {id} for å gå tilbake.",
        "sv": "Den ändrar {count} värden som redan fanns sparade: de nya värdena gäller nu, och de tidigare "
        "finns kvar i uppladdningshistoriken. Ångra uppladdning nr {id} för att gå tillbaka.",
        "da": "Den ændrer {count} værdier, som allerede var gemt: de nye værdier gælder nu, og de tidligere "
        "ligger stadig i uploadhistorikken. Fortryd upload nr. {id} for at gå tilbage.",
    },
    "error.store.restated_listed": {
        "en": "It changes {count} values that were already stored: the new values now count and the earlier "
        "ones stay in the upload history. The first {listed} are listed. Undo upload #{id} to go back.",
        "nb": "Den endrer {count} verdier som allerede var lagret: de nye verdiene gjelder nå, og de tidligere "
        "ligger fortsatt i opplastingshistorikken. De første {listed} vises i listen. Angre opplasting nr. {id} "
        "for å gå tilbake.",
        "sv": "Den ändrar {count} värden som redan fanns sparade: de nya värdena gäller nu, och de tidigare "
        "finns kvar i uppladdningshistoriken. De första {listed} visas i listan. Ångra uppladdning nr {id} för "
        "att gå tillbaka.",
        "da": "Den ændrer {count} værdier, som allerede var gemt: de nye værdier gælder nu, og de tidligere "
        "ligger stadig i uploadhistorikken. De første {listed} vises i listen. Fortryd upload nr. {id} for at "
        "gå tilbage.",
    },
    "error.store.unchanged_one": {
        "en": "{count} value was already stored with the same numbers.",
        "nb": "{count} verdi var allerede lagret med de samme tallene.",
        "sv": "{count} värde fanns redan sparat med samma siffror.",
        "da": "{count} værdi var allerede gemt med de samme tal.",
    },
    "error.store.unchanged": {
        "en": "{count} values were already stored with the same numbers.",
        "nb": "{count} verdier var allerede lagret med de samme tallene.",
        "sv": "{count} värden fanns redan sparade med samma siffror.",
        "da": "{count} værdier var allerede gemt med de samme tal.",
    },
    "error.store.duplicate": {
        "en": "“{file}” is already stored: it is exactly the same file as {upload}. Nothing was changed.",
        "nb": "«{file}» er allerede lagret: det er nøyaktig samme fil som {upload}. Ingenting ble endret.",
        "sv": "”{file}” finns redan sparad: det är exakt samma fil som {upload}. Inget ändrades.",
        "da": "»{file}« er allerede gemt: det er præcis den samme fil som {upload}. Intet blev ændret.",
    },
    # Undoing and restoring an upload
    "error.store.already_undone": {
        "en": "{upload} was already undone. Nothing was changed.",
        "nb": "{upload} var allerede angret. Ingenting ble endret.",
        "sv": "{upload} var redan ångrad. Inget ändrades.",
        "da": "{upload} var allerede fortrudt. Intet blev ændret.",
    },
    "error.store.already_active": {
        "en": "{upload} already counts. Nothing was changed.",
        "nb": "{upload} gjelder allerede. Ingenting ble endret.",
        "sv": "{upload} gäller redan. Inget ändrades.",
        "da": "{upload} gælder allerede. Intet blev ændret.",
    },
    "error.store.no_such_batch": {
        "en": "There is no batch “{batch}”. See the list of uploads for the batches.",
        "nb": "Det finnes ingen bunke «{batch}». Se listen over opplastinger for bunkene.",
        "sv": "Det finns ingen omgång ”{batch}”. Se listan över uppladdningar för omgångarna.",
        "da": "Der er ingen portion »{batch}«. Se listen over uploads for portionerne.",
    },
    "error.store.batch_already_undone": {
        "en": "The {count} uploads of this batch were already undone. Nothing was changed.",
        "nb": "De {count} opplastingene i denne bunken var allerede angret. Ingenting ble endret.",
        "sv": "De {count} uppladdningarna i den här omgången var redan ångrade. Inget ändrades.",
        "da": "De {count} uploads i denne portion var allerede fortrudt. Intet blev ændret.",
    },
    "error.store.batch_undone": {
        "en": "Undid {count} uploads ({ids}): {back} earlier values count again and {gone} values are gone.",
        "nb": "Angret {count} opplastinger ({ids}): {back} tidligere verdier gjelder igjen, og {gone} verdier er borte.",
        "sv": "Ångrade {count} uppladdningar ({ids}): {back} tidigare värden gäller igen och {gone} värden är borta.",
        "da": "Fortrød {count} uploads ({ids}): {back} tidligere værdier gælder igen, og {gone} værdier er væk.",
    },
    "error.store.undone": {
        "en": "Undid {upload}: {back} and {gone} (no earlier upload had them).",
        "nb": "Angret {upload}: {back}, og {gone} (ingen tidligere opplasting hadde dem).",
        "sv": "Ångrade {upload}: {back} och {gone} (ingen tidigare uppladdning hade dem).",
        "da": "Fortrød {upload}: {back}, og {gone} (ingen tidligere upload havde dem).",
    },
    "error.store.undo_back_one": {
        "en": "{count} earlier value counts again",
        "nb": "{count} tidligere verdi gjelder igjen",
        "sv": "{count} tidigare värde gäller igen",
        "da": "{count} tidligere værdi gælder igen",
    },
    "error.store.undo_back": {
        "en": "{count} earlier values count again",
        "nb": "{count} tidligere verdier gjelder igjen",
        "sv": "{count} tidigare värden gäller igen",
        "da": "{count} tidligere værdier gælder igen",
    },
    "error.store.undo_gone_one": {
        "en": "{count} value is gone",
        "nb": "{count} verdi er borte",
        "sv": "{count} värde är borta",
        "da": "{count} værdi er væk",
    },
    "error.store.undo_gone": {
        "en": "{count} values are gone",
        "nb": "{count} verdier er borte",
        "sv": "{count} värden är borta",
        "da": "{count} værdier er væk",
    },
    "error.store.undo_kept_later": {
        "en": "{count} of its values had been changed by later uploads; those keep the later numbers.",
        "nb": "{count} av verdiene var endret av senere opplastinger; de beholder tallene fra de senere opplastingene.",
        "sv": "{count} av värdena hade ändrats av senare uppladdningar; de behåller siffrorna från de senare "
        "uppladdningarna.",
        "da": "{count} af værdierne var blevet ændret af senere uploads; de beholder tallene fra de senere uploads.",
    },
    "error.store.restored_one": {
        "en": "Restored {upload}: {count} of its values counts again.",
        "nb": "Gjenopprettet {upload}: {count} av verdiene gjelder igjen.",
        "sv": "Återställde {upload}: {count} av värdena gäller igen.",
        "da": "Gendannede {upload}: {count} af værdierne gælder igen.",
    },
    "error.store.restored": {
        "en": "Restored {upload}: {count} of its values count again.",
        "nb": "Gjenopprettet {upload}: {count} av verdiene gjelder igjen.",
        "sv": "Återställde {upload}: {count} av värdena gäller igen.",
        "da": "Gendannede {upload}: {count} af værdierne gælder igen.",
    },
    "error.store.restored_later_one": {
        "en": "{count} value keeps the numbers of later uploads.",
        "nb": "{count} verdi beholder tallene fra senere opplastinger.",
        "sv": "{count} värde behåller siffrorna från senare uppladdningar.",
        "da": "{count} værdi beholder tallene fra senere uploads.",
    },
    "error.store.restored_later": {
        "en": "{count} values keep the numbers of later uploads.",
        "nb": "{count} verdier beholder tallene fra senere opplastinger.",
        "sv": "{count} värden behåller siffrorna från senare uppladdningar.",
        "da": "{count} værdier beholder tallene fra senere uploads.",
    },
}
