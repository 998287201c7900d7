"""Texts of the Google Sheets connector's messages (connectors/sheets/): access, links, tabs, syncs.

Keys are "error.sheets.<name>" for the Messages the connector raises or returns with key "sheets.<name>".
"""

TEXT: dict[str, dict[str, str]] = {
    "error.sheets.advice_share_with_account": {
        "en": "share the sheet with {account} as Viewer (Share → Add people)",
        "nb": "del regnearket med {account} som leser (Del → Legg til personer)",
        "sv": "dela arket med {account} som läsare (Dela → Lägg till personer)",
        "da": "del regnearket med {account} som læser (Del → Tilføj personer)",
    },
    "error.sheets.advice_share_with_link": {
        "en": "share the sheet as “Anyone with the link” → Viewer (Share → General access), or "
        "set up a Google service account for private sheets",
        "nb": "del regnearket med «Alle som har linken» → Leser (Del → Generell tilgang), eller "
        "sett opp en Google-tjenestekonto for private regneark",
        "sv": "dela arket med ”Alla som har länken” → Läsare (Dela → Allmän åtkomst), eller "
        "konfigurera ett Google-tjänstekonto för privata ark",
        "da": "del regnearket med »Alle, der har linket« → Læser (Del → Generel adgang), eller "
        "sæt en Google-tjenestekonto op til private regneark",
    },
    "error.sheets.api_disabled": {
        "en": "The Google Sheets API is switched off for the service account's Google Cloud "
        "project. In Google Cloud open APIs & Services → Library → Google Sheets API → "
        "Enable, then sync again.",
        "nb": "Google Sheets API er slått av i Google Cloud-prosjektet til tjenestekontoen. "
        "Åpne «APIs & Services → Library → Google Sheets API → Enable» i Google Cloud, og "
        "synkroniser deretter på nytt.",
        "sv": "Google Sheets API är avstängt i tjänstekontots Google Cloud-projekt. Öppna ”APIs "
        "& Services → Library → Google Sheets API → Enable” i Google Cloud och "
        "synkronisera sedan igen.",
        "da": "Google Sheets API er slået fra i tjenestekontoens Google Cloud-projekt. Åbn "
        "»APIs & Services → Library → Google Sheets API → Enable« i Google Cloud, og "
        "synkronisér derefter igen.",
    },
    "error.sheets.api_refused": {
        "en": "Google Sheets refused to read the sheet {sheet} (HTTP {status}). Try again later.",
        "nb": "Google Regneark lot ikke Goalpost lese regnearket {sheet} (HTTP {status}). Prøv igjen senere.",
        "sv": "Google Kalkylark lät inte Goalpost läsa arket {sheet} (HTTP {status}). Försök igen senare.",
        "da": "Google Sheets lod ikke Goalpost læse regnearket {sheet} (HTTP {status}). Prøv igen senere.",
    },
    "error.sheets.cannot_list_tabs": {
        "en": "Without a service account Goalpost cannot list a sheet's tabs. Open the tab you "
        "want in the browser and paste its link (it ends in #gid=…).",
        "nb": "Uten en tjenestekonto kan ikke Goalpost vise fanene i et regneark. Åpne fanen du "
        "vil bruke, i nettleseren og lim inn lenken til den (den slutter på #gid=…).",
        "sv": "Utan ett tjänstekonto kan Goalpost inte lista flikarna i ett ark. Öppna fliken "
        "du vill använda i webbläsaren och klistra in dess länk (den slutar på #gid=…).",
        "da": "Uden en tjenestekonto kan Goalpost ikke vise fanerne i et regneark. Åbn den "
        "fane, du vil bruge, i browseren, og indsæt dens link (det slutter på #gid=…).",
    },
    "error.sheets.checked_recently": {
        "en": "The Google Sheet was last checked at {time}; Goalpost checks it at most every "
        "{minutes} minute(s).",
        "nb": "Google-regnearket ble sist kontrollert {time}; Goalpost kontrollerer det høyst "
        "én gang per {minutes} minutt(er).",
        "sv": "Google-kalkylarket kontrollerades senast {time}; Goalpost kontrollerar det högst "
        "en gång per {minutes} minut(er).",
        "da": "Google-regnearket blev sidst tjekket {time}; Goalpost tjekker det højst én gang "
        "pr. {minutes} minut(ter).",
    },
    "error.sheets.credentials_refused": {
        "en": "Google did not accept the credentials of {who} (from {source}): the key may have "
        "been deleted, disabled or expired. Create a new JSON key for the service account "
        "in Google Cloud (IAM → Service accounts → Keys) and replace the old one.",
        "nb": "Google godtok ikke påloggingsopplysningene til {who} (fra {source}): nøkkelen "
        "kan være slettet, deaktivert eller utløpt. Lag en ny JSON-nøkkel for "
        "tjenestekontoen i Google Cloud («IAM → Service accounts → Keys») og erstatt den "
        "gamle.",
        "sv": "Google godtog inte inloggningsuppgifterna för {who} (från {source}): nyckeln kan "
        "ha raderats, inaktiverats eller gått ut. Skapa en ny JSON-nyckel för "
        "tjänstekontot i Google Cloud (”IAM → Service accounts → Keys”) och ersätt den "
        "gamla.",
        "da": "Google godtog ikke loginoplysningerne for {who} (fra {source}): nøglen kan være "
        "slettet, deaktiveret eller udløbet. Opret en ny JSON-nøgle til tjenestekontoen i "
        "Google Cloud (»IAM → Service accounts → Keys«), og erstat den gamle.",
    },
    "error.sheets.data_unchanged": {
        "en": "{source} has not changed since it was stored as upload #{upload}; nothing to store.",
        "nb": "{source} er ikke endret siden det ble lagret som opplasting nr. {upload}; ingenting å lagre.",
        "sv": "{source} har inte ändrats sedan det sparades som uppladdning nr {upload}; inget att spara.",
        "da": "{source} er ikke ændret, siden det blev gemt som upload nr. {upload}; intet at gemme.",
    },
    "error.sheets.export_refused": {
        "en": "Google refused to export the sheet {sheet} (HTTP {status}). Check the link and try again.",
        "nb": "Google nektet å eksportere regnearket {sheet} (HTTP {status}). Sjekk lenken og prøv igjen.",
        "sv": "Google vägrade exportera arket {sheet} (HTTP {status}). Kontrollera länken och försök igen.",
        "da": "Google afviste at eksportere regnearket {sheet} (HTTP {status}). Tjek linket, og prøv igen.",
    },
    "error.sheets.goal_field_twice": {
        "en": "{source} has two columns for the goal field “{field}” (“{first}” and "
        "“{second}”). Delete or rename one.",
        "nb": "{source} har to kolonner for målfeltet «{field}» («{first}» og «{second}»). "
        "Slett den ene, eller gi den et nytt navn.",
        "sv": "{source} har två kolumner för målfältet ”{field}” (”{first}” och ”{second}”). Ta "
        "bort den ena eller byt namn på den.",
        "da": "{source} har to kolonner til målfeltet »{field}« (»{first}« og »{second}«). Slet "
        "den ene, eller giv den et nyt navn.",
    },
    "error.sheets.goal_id_twice": {
        "en": "{source} has the goal id “{id}” twice. Give each goal its own id.",
        "nb": "{source} har mål-id-en «{id}» to ganger. Gi hvert mål sin egen id.",
        "sv": "{source} har mål-id:t ”{id}” två gånger. Ge varje mål ett eget id.",
        "da": "{source} har mål-id'et »{id}« to gange. Giv hvert mål sit eget id.",
    },
    "error.sheets.goal_without_id": {
        "en": "{source}, row {row}: this goal has no id. Give every goal a short id (like "
        "grow_reach) in the “id” column.",
        "nb": "{source}, rad {row}: dette målet har ingen id. Gi hvert mål en kort id (for "
        "eksempel grow_reach) i kolonnen «id».",
        "sv": "{source}, rad {row}: det här målet saknar id. Ge varje mål ett kort id (till "
        "exempel grow_reach) i kolumnen ”id”.",
        "da": "{source}, række {row}: dette mål har intet id. Giv hvert mål et kort id (for "
        "eksempel grow_reach) i kolonnen »id«.",
    },
    "error.sheets.goals_saved": {
        "en": "{count} goal(s) from the sheet saved as strategy version {version}.",
        "nb": "{count} mål fra regnearket er lagret som strategiversjon {version}.",
        "sv": "{count} mål från arket har sparats som strategiversion {version}.",
        "da": "{count} mål fra regnearket er gemt som strategiversion {version}.",
    },
    "error.sheets.goals_tab_empty": {
        "en": "{source} is empty. Put a header row with {fields} and one goal per row.",
        "nb": "{source} er tom. Legg inn en overskriftsrad med {fields} og ett mål per rad.",
        "sv": "{source} är tom. Lägg in en rubrikrad med {fields} och ett mål per rad.",
        "da": "{source} er tom. Indsæt en overskriftsrække med {fields} og ét mål pr. række.",
    },
    "error.sheets.goals_tab_lacks_columns": {
        "en": "{source} lacks the column(s) {missing} (moved, renamed or deleted?). Its columns "
        "are: {found}. A goals tab needs a header row with {fields}.",
        "nb": "{source} mangler kolonnen(e) {missing} (flyttet, omdøpt eller slettet?). "
        "Kolonnene som finnes, er: {found}. En fane med mål trenger en overskriftsrad med "
        "{fields}.",
        "sv": "{source} saknar kolumnen/kolumnerna {missing} (flyttade, omdöpta eller "
        "borttagna?). Kolumnerna som finns är: {found}. En flik med mål behöver en "
        "rubrikrad med {fields}.",
        "da": "{source} mangler kolonnen/kolonnerne {missing} (flyttet, omdøbt eller slettet?). "
        "Kolonnerne, der findes, er: {found}. En fane med mål skal have en "
        "overskriftsrække med {fields}.",
    },
    "error.sheets.goals_unchanged": {
        "en": "The {count} goal(s) in the sheet match the strategy; nothing to change.",
        "nb": "Målene i regnearket ({count}) stemmer med strategien; ingenting å endre.",
        "sv": "Målen i arket ({count}) stämmer med strategin; inget att ändra.",
        "da": "Målene i regnearket ({count}) stemmer med strategien; intet at ændre.",
    },
    "error.sheets.key_file_missing": {
        "en": "{variable} names {path}, but there is no such file. Check the path or unset the variable.",
        "nb": "{variable} peker på {path}, men den filen finnes ikke. Sjekk stien, eller fjern variabelen.",
        "sv": "{variable} pekar på {path}, men den filen finns inte. Kontrollera sökvägen eller "
        "ta bort variabeln.",
        "da": "{variable} peger på {path}, men den fil findes ikke. Tjek stien, eller fjern variablen.",
    },
    "error.sheets.key_file_not_key": {
        "en": "{variable} names {path}, but it is not a service-account key file. Download the "
        "key as JSON from Google Cloud (IAM → Service accounts → Keys → Add key → JSON).",
        "nb": "{variable} peker på {path}, men det er ikke en nøkkelfil for en tjenestekonto. "
        "Last ned nøkkelen som JSON fra Google Cloud («IAM → Service accounts → Keys → "
        "Add key → JSON»).",
        "sv": "{variable} pekar på {path}, men det är inte en nyckelfil för ett tjänstekonto. "
        "Ladda ned nyckeln som JSON från Google Cloud (”IAM → Service accounts → Keys → "
        "Add key → JSON”).",
        "da": "{variable} peger på {path}, men det er ikke en nøglefil til en tjenestekonto. "
        "Download nøglen som JSON fra Google Cloud (»IAM → Service accounts → Keys → Add "
        "key → JSON«).",
    },
    "error.sheets.key_file_unreadable": {
        "en": "{variable} names {path}, but it cannot be read. Check that the file is the JSON "
        "key downloaded from Google Cloud and that Goalpost may read it.",
        "nb": "{variable} peker på {path}, men filen kan ikke leses. Sjekk at filen er "
        "JSON-nøkkelen som ble lastet ned fra Google Cloud, og at Goalpost har lov til å "
        "lese den.",
        "sv": "{variable} pekar på {path}, men filen kan inte läsas. Kontrollera att filen är "
        "JSON-nyckeln som laddades ned från Google Cloud och att Goalpost får läsa den.",
        "da": "{variable} peger på {path}, men filen kan ikke læses. Tjek, at filen er "
        "JSON-nøglen, der blev downloadet fra Google Cloud, og at Goalpost har lov til at "
        "læse den.",
    },
    "error.sheets.key_lacks_fields": {
        "en": "The Google service-account key in {source} lacks the field(s) {fields}. Copy "
        "every field of the JSON key file from Google Cloud (IAM → Service accounts → "
        "Keys).",
        "nb": "Nøkkelen til Google-tjenestekontoen i {source} mangler feltet/feltene {fields}. "
        "Kopier alle feltene i JSON-nøkkelfilen fra Google Cloud («IAM → Service accounts "
        "→ Keys»).",
        "sv": "Nyckeln till Google-tjänstekontot i {source} saknar fältet/fälten {fields}. "
        "Kopiera alla fält i JSON-nyckelfilen från Google Cloud (”IAM → Service accounts "
        "→ Keys”).",
        "da": "Nøglen til Google-tjenestekontoen i {source} mangler feltet/felterne {fields}. "
        "Kopiér alle felter i JSON-nøglefilen fra Google Cloud (»IAM → Service accounts → "
        "Keys«).",
    },
    "error.sheets.key_not_service_account": {
        "en": "The Google key in {source} is not a service-account key (its type is not "
        "“service_account”). Create a key for a service account in Google Cloud and use "
        "that.",
        "nb": "Google-nøkkelen i {source} er ikke en nøkkel for en tjenestekonto (typen er ikke "
        "«service_account»). Lag en nøkkel for en tjenestekonto i Google Cloud, og bruk "
        "den.",
        "sv": "Google-nyckeln i {source} är inte en nyckel för ett tjänstekonto (typen är inte "
        "”service_account”). Skapa en nyckel för ett tjänstekonto i Google Cloud och "
        "använd den.",
        "da": "Google-nøglen i {source} er ikke en nøgle til en tjenestekonto (typen er ikke "
        "»service_account«). Opret en nøgle til en tjenestekonto i Google Cloud, og brug "
        "den.",
    },
    "error.sheets.last_check_failed": {
        "en": "{message} The last check failed: {problem}",
        "nb": "{message} Den siste kontrollen mislyktes: {problem}",
        "sv": "{message} Den senaste kontrollen misslyckades: {problem}",
        "da": "{message} Det seneste tjek mislykkedes: {problem}",
    },
    "error.sheets.layout_unknown": {
        "en": "The layout “{layout}” is unknown; choose one of {layouts}.",
        "nb": "Oppsettet «{layout}» er ukjent; velg ett av {layouts}.",
        "sv": "Layouten ”{layout}” är okänd; välj en av {layouts}.",
        "da": "Der findes ikke noget layout, der hedder »{layout}«; vælg mellem {layouts}.",
    },
    "error.sheets.link_missing": {
        "en": "Paste the link of the Google Sheet: copy it from the browser's address bar; it "
        "starts with https://docs.google.com/spreadsheets/d/…",
        "nb": "Lim inn lenken til Google-regnearket: kopier den fra nettleserens adresselinje; "
        "den begynner med https://docs.google.com/spreadsheets/d/…",
        "sv": "Klistra in länken till Google-kalkylarket: kopiera den från webbläsarens "
        "adressfält; den börjar med https://docs.google.com/spreadsheets/d/…",
        "da": "Indsæt linket til Google-regnearket: kopiér det fra browserens adresselinje; det "
        "begynder med https://docs.google.com/spreadsheets/d/…",
    },
    "error.sheets.link_no_spreadsheet": {
        "en": "“{link}” does not name a spreadsheet. Open the sheet in the browser and copy the "
        "address; it looks like https://docs.google.com/spreadsheets/d/…/edit#gid=0",
        "nb": "«{link}» peker ikke på noe regneark. Åpne regnearket i nettleseren, og kopier "
        "adressen; den ser ut som https://docs.google.com/spreadsheets/d/…/edit#gid=0",
        "sv": "”{link}” pekar inte på något kalkylark. Öppna arket i webbläsaren och kopiera "
        "adressen; den ser ut som https://docs.google.com/spreadsheets/d/…/edit#gid=0",
        "da": "»{link}« peger ikke på et regneark. Åbn regnearket i browseren, og kopiér "
        "adressen; den ser ud som https://docs.google.com/spreadsheets/d/…/edit#gid=0",
    },
    "error.sheets.link_not_google": {
        "en": "“{link}” is not a Google Sheets link. Open the sheet in the browser and copy the "
        "address; it starts with https://docs.google.com/spreadsheets/d/…",
        "nb": "«{link}» er ikke en lenke til et Google-regneark. Åpne regnearket i nettleseren, "
        "og kopier adressen; den begynner med https://docs.google.com/spreadsheets/d/…",
        "sv": "”{link}” är inte en länk till ett Google-kalkylark. Öppna arket i webbläsaren "
        "och kopiera adressen; den börjar med https://docs.google.com/spreadsheets/d/…",
        "da": "»{link}« er ikke et link til et Google-regneark. Åbn regnearket i browseren, og "
        "kopiér adressen; den begynder med https://docs.google.com/spreadsheets/d/…",
    },
    "error.sheets.no_channel": {
        "en": "{source}: the tab does not say which channel its numbers belong to. Add a "
        "“channel” column (facebook, instagram, linkedin, …) or choose the channel for "
        "this tab. Its columns are: {present}.",
        "nb": "{source}: fanen sier ikke hvilken kanal tallene hører til. Legg til en kolonne "
        "«kanal» (facebook, instagram, linkedin, …), eller velg kanalen for denne fanen. "
        "Kolonnene som finnes, er: {present}.",
        "sv": "{source}: fliken säger inte vilken kanal siffrorna hör till. Lägg till en kolumn "
        "”kanal” (facebook, instagram, linkedin, …) eller välj kanal för den här fliken. "
        "Kolumnerna som finns är: {present}.",
        "da": "{source}: fanen siger ikke, hvilken kanal tallene hører til. Tilføj en kolonne "
        "»kanal« (facebook, instagram, linkedin, …), eller vælg kanalen for denne fane. "
        "Kolonnerne, der findes, er: {present}.",
    },
    "error.sheets.no_data_tab": {
        "en": "{source} holds no tab of numbers to store.",
        "nb": "{source} har ingen fane med tall som kan lagres.",
        "sv": "{source} har ingen flik med siffror att spara.",
        "da": "{source} har ingen fane med tal, der kan gemmes.",
    },
    "error.sheets.no_date_column": {
        "en": "{source}: there is no date or month column (renamed or deleted?). Its columns "
        "are: {present}. Name the column with the dates “date” or “month”.",
        "nb": "{source}: det finnes ingen dato- eller månedskolonne (omdøpt eller slettet?). "
        "Kolonnene som finnes, er: {present}. Gi kolonnen med datoene navnet «dato» eller "
        "«måned».",
        "sv": "{source}: det finns ingen datum- eller månadskolumn (omdöpt eller borttagen?). "
        "Kolumnerna som finns är: {present}. Döp kolumnen med datumen till ”datum” eller "
        "”månad”.",
        "da": "{source}: der er ingen dato- eller månedskolonne (omdøbt eller slettet?). "
        "Kolonnerne, der findes, er: {present}. Giv kolonnen med datoerne navnet »dato« "
        "eller »måned«.",
    },
    "error.sheets.no_metric_column": {
        "en": "{source}: no column is headed with a metric Goalpost knows (like reach, "
        "followers or comments). Its columns are: {present}. Rename the number columns, "
        "or map them in the Data page.",
        "nb": "{source}: ingen kolonne har et nøkkeltall Goalpost kjenner som overskrift (for "
        "eksempel rekkevidde, følgere eller kommentarer). Kolonnene som finnes, er: "
        "{present}. Gi tallkolonnene nye navn, eller koble dem til nøkkeltall på "
        "Data-siden.",
        "sv": "{source}: ingen kolumn har ett nyckeltal som Goalpost känner till som rubrik "
        "(till exempel räckvidd, följare eller kommentarer). Kolumnerna som finns är: "
        "{present}. Byt namn på sifferkolumnerna eller koppla dem till nyckeltal på sidan "
        "Data.",
        "da": "{source}: ingen kolonne har et nøgletal, Goalpost kender, som overskrift (for "
        "eksempel rækkevidde, følgere eller kommentarer). Kolonnerne, der findes, er: "
        "{present}. Omdøb talkolonnerne, eller knyt dem til nøgletal på siden Data.",
    },
    "error.sheets.no_strategy_for_goals": {
        "en": "Goalpost has no strategy yet, so the goals in {source} have nowhere to go. Load "
        "the strategy file (channels, audiences, organisation) first, then sync the goals "
        "tab again.",
        "nb": "Goalpost har ingen strategi ennå, så målene i {source} har ingen steder å ta "
        "veien. Last inn strategifilen (kanaler, målgrupper, organisasjon) først, og "
        "synkroniser deretter fanen med mål på nytt.",
        "sv": "Goalpost har ingen strategi än, så målen i {source} har ingenstans att ta vägen. "
        "Läs in strategifilen (kanaler, målgrupper, organisation) först och synkronisera "
        "sedan fliken med mål igen.",
        "da": "Goalpost har ingen strategi endnu, så målene i {source} har ingen steder at "
        "være. Indlæs strategifilen (kanaler, målgrupper, organisation) først, og "
        "synkronisér derefter fanen med mål igen.",
    },
    "error.sheets.no_such_tab": {
        "en": "The Google Sheet “{title}” has no tab {tab} (renamed or deleted?). Its tabs are: "
        "{names}. Pick one of these.",
        "nb": "Google-regnearket «{title}» har ingen fane {tab} (omdøpt eller slettet?). Fanene "
        "som finnes, er: {names}. Velg en av disse.",
        "sv": "Google-kalkylarket ”{title}” har ingen flik {tab} (omdöpt eller borttagen?). "
        "Flikarna som finns är: {names}. Välj en av dem.",
        "da": "Google-regnearket »{title}« har ingen fane {tab} (omdøbt eller slettet?). "
        "Fanerne, der findes, er: {names}. Vælg en af dem.",
    },
    "error.sheets.no_tab": {
        "en": "(no tab)",
        "nb": "(ingen fane)",
        "sv": "(ingen flik)",
        "da": "(ingen fane)",
    },
    "error.sheets.not_shared": {
        "en": "Goalpost may not read the Google Sheet {sheet}: {advice}.",
        "nb": "Goalpost har ikke tilgang til å lese Google-regnearket {sheet}: {advice}.",
        "sv": "Goalpost har inte behörighet att läsa Google-kalkylarket {sheet}: {advice}.",
        "da": "Goalpost har ikke adgang til at læse Google-regnearket {sheet}: {advice}.",
    },
    "error.sheets.preset_mixed": {
        "en": "Google Sheet, several layouts",
        "nb": "Google-regneark, flere oppsett",
        "sv": "Google-kalkylark, flera layouter",
        "da": "Google-regneark, flere layouts",
    },
    "error.sheets.preset_tidy": {
        "en": "Google Sheet, tidy layout",
        "nb": "Google-regneark, ryddig oppsett",
        "sv": "Google-kalkylark, städad layout",
        "da": "Google-regneark, layout: ryddelig",
    },
    "error.sheets.preset_wide": {
        "en": "Google Sheet, tracker layout",
        "nb": "Google-regneark, oppsett som sporingsark",
        "sv": "Google-kalkylark, layout som uppföljningsark",
        "da": "Google-regneark, layout: opfølgningsark",
    },
    "error.sheets.private_key_unreadable": {
        "en": "The private key of the Google service account in {source} cannot be read. Create "
        "a new JSON key in Google Cloud (IAM → Service accounts → Keys → Add key) and "
        "replace the old one.",
        "nb": "Den private nøkkelen til Google-tjenestekontoen i {source} kan ikke leses. Lag "
        "en ny JSON-nøkkel i Google Cloud («IAM → Service accounts → Keys → Add key») og "
        "erstatt den gamle.",
        "sv": "Den privata nyckeln till Google-tjänstekontot i {source} kan inte läsas. Skapa "
        "en ny JSON-nyckel i Google Cloud (”IAM → Service accounts → Keys → Add key”) och "
        "ersätt den gamla.",
        "da": "Den private nøgle til Google-tjenestekontoen i {source} kan ikke læses. Opret en "
        "ny JSON-nøgle i Google Cloud (»IAM → Service accounts → Keys → Add key«), og "
        "erstat den gamle.",
    },
    "error.sheets.public_needs_sign_in": {
        "en": "Goalpost may not read the Google Sheet {sheet} without signing in: {advice}.",
        "nb": "Goalpost kan ikke lese Google-regnearket {sheet} uten å logge på: {advice}.",
        "sv": "Goalpost kan inte läsa Google-kalkylarket {sheet} utan att logga in: {advice}.",
        "da": "Goalpost kan ikke læse Google-regnearket {sheet} uden at logge ind: {advice}.",
    },
    "error.sheets.public_not_found": {
        "en": "Google found no sheet at this link, or no tab with id (gid) {gid} in it. Open "
        "the tab in the browser, copy the address again and check the sheet still exists.",
        "nb": "Google fant ikke noe regneark på denne lenken, eller ingen fane med id (gid) "
        "{gid} i det. Åpne fanen i nettleseren, kopier adressen på nytt, og sjekk at "
        "regnearket fortsatt finnes.",
        "sv": "Google hittade inget kalkylark på den här länken, eller ingen flik med id (gid) "
        "{gid} i det. Öppna fliken i webbläsaren, kopiera adressen igen och kontrollera "
        "att arket fortfarande finns.",
        "da": "Google fandt intet regneark på dette link, eller ingen fane med id (gid) {gid} i "
        "det. Åbn fanen i browseren, kopiér adressen igen, og tjek, at regnearket stadig "
        "findes.",
    },
    "error.sheets.public_sheet_title": {
        "en": "sheet {sheet}",
        "nb": "regneark {sheet}",
        "sv": "kalkylark {sheet}",
        "da": "regneark {sheet}",
    },
    "error.sheets.public_tab_by_name": {
        "en": "Without a service account Goalpost finds tabs by their link, not their name (tab "
        "{tab}). Open that tab in the browser and paste its link (it ends in #gid=…).",
        "nb": "Uten en tjenestekonto finner Goalpost faner ut fra lenken, ikke navnet (fane "
        "{tab}). Åpne den fanen i nettleseren, og lim inn lenken til den (den slutter på "
        "#gid=…).",
        "sv": "Utan ett tjänstekonto hittar Goalpost flikar via deras länk, inte deras namn "
        "(flik {tab}). Öppna den fliken i webbläsaren och klistra in dess länk (den "
        "slutar på #gid=…).",
        "da": "Uden en tjenestekonto finder Goalpost faner ud fra deres link, ikke deres navn "
        "(fane {tab}). Åbn den fane i browseren, og indsæt dens link (det slutter på "
        "#gid=…).",
    },
    "error.sheets.read_from_sheet": {
        "en": "Read from Google Sheet {sheet}, tab {tabs}, at {time}.",
        "nb": "Lest fra Google-regneark {sheet}, fane {tabs}, {time}.",
        "sv": "Läst från Google-kalkylark {sheet}, flik {tabs}, {time}.",
        "da": "Læst fra Google-regneark {sheet}, fane {tabs}, {time}.",
    },
    "error.sheets.reading_as_service_account": {
        "en": "Reading Google Sheets as the service account {account} (from {source}).",
        "nb": "Leser Google-regneark som tjenestekontoen {account} (fra {source}).",
        "sv": "Läser Google-kalkylark som tjänstekontot {account} (från {source}).",
        "da": "Læser Google-regneark som tjenestekontoen {account} (fra {source}).",
    },
    "error.sheets.reading_public": {
        "en": "Reading Google Sheets shared as “Anyone with the link” (no service account is set up).",
        "nb": "Leser Google-regneark som er delt med «Alle som har linken» (ingen tjenestekonto "
        "er satt opp).",
        "sv": "Läser Google-kalkylark som delas med ”Alla som har länken” (inget tjänstekonto "
        "är konfigurerat).",
        "da": "Læser Google-regneark, der er delt med »Alle, der har linket« (der er ikke sat "
        "nogen tjenestekonto op).",
    },
    "error.sheets.reason_fewer_tabs": {
        "en": "Google answered with fewer tabs than asked for",
        "nb": "Google svarte med færre faner enn Goalpost ba om",
        "sv": "Google svarade med färre flikar än Goalpost bad om",
        "da": "Google svarede med færre faner, end Goalpost bad om",
    },
    "error.sheets.reason_rate_limit": {
        "en": "Google's rate limit for this sheet was reached",
        "nb": "Googles grense for antall forespørsler til dette regnearket ble nådd",
        "sv": "Googles gräns för antalet förfrågningar till det här arket nåddes",
        "da": "Googles grænse for antallet forespørgsler til dette regneark blev nået",
    },
    "error.sheets.reason_server_error": {
        "en": "Google Sheets had a server error (HTTP {code})",
        "nb": "Google Regneark fikk en serverfeil (HTTP {code})",
        "sv": "Google Kalkylark fick ett serverfel (HTTP {code})",
        "da": "Google Sheets fik en serverfejl (HTTP {code})",
    },
    "error.sheets.reason_sign_in_silent": {
        "en": "Google's sign-in service did not answer",
        "nb": "Googles påloggingstjeneste svarte ikke",
        "sv": "Googles inloggningstjänst svarade inte",
        "da": "Googles login-tjeneste svarede ikke",
    },
    "error.sheets.reason_timeout": {
        "en": "Google did not answer in time",
        "nb": "Google svarte ikke i tide",
        "sv": "Google svarade inte i tid",
        "da": "Google svarede ikke i tide",
    },
    "error.sheets.reason_unreachable": {
        "en": "Google could not be reached",
        "nb": "Goalpost fikk ikke kontakt med Google",
        "sv": "Goalpost fick ingen kontakt med Google",
        "da": "Goalpost kunne ikke få forbindelse til Google",
    },
    "error.sheets.secrets_entry_not_section": {
        "en": "The [{section}] entry in .streamlit/secrets.toml must be a section with the "
        "key's fields (type, client_email, private_key, …), one per line.",
        "nb": "Oppføringen [{section}] i .streamlit/secrets.toml må være en seksjon med feltene "
        "fra nøkkelen (type, client_email, private_key, …), ett per linje.",
        "sv": "Posten [{section}] i .streamlit/secrets.toml måste vara en sektion med nyckelns "
        "fält (type, client_email, private_key, …), ett per rad.",
        "da": "Posten [{section}] i .streamlit/secrets.toml skal være en sektion med nøglens "
        "felter (type, client_email, private_key, …), ét pr. linje.",
    },
    "error.sheets.secrets_not_toml": {
        "en": "The file .streamlit/secrets.toml is not valid TOML, so the Google service "
        "account in it cannot be read. Check that every value is in quotes and that the "
        "key is copied whole.",
        "nb": "Filen .streamlit/secrets.toml er ikke gyldig TOML, så Google-tjenestekontoen i "
        "den kan ikke leses. Sjekk at alle verdier står i anførselstegn, og at nøkkelen "
        "er kopiert i sin helhet.",
        "sv": "Filen .streamlit/secrets.toml är inte giltig TOML, så Google-tjänstekontot i den "
        "kan inte läsas. Kontrollera att alla värden står inom citattecken och att "
        "nyckeln är kopierad i sin helhet.",
        "da": "Filen .streamlit/secrets.toml er ikke gyldig TOML, så Google-tjenestekontoen i "
        "den kan ikke læses. Tjek, at alle værdier står i anførselstegn, og at nøglen er "
        "kopieret i sin helhed.",
    },
    "error.sheets.sheet_has_no_tabs": {
        "en": "The Google Sheet “{title}” has no tabs.",
        "nb": "Google-regnearket «{title}» har ingen faner.",
        "sv": "Google-kalkylarket ”{title}” har inga flikar.",
        "da": "Google-regnearket »{title}« har ingen faner.",
    },
    "error.sheets.source_callers_credentials": {
        "en": "the caller's credentials",
        "nb": "påloggingsopplysningene som ble gitt",
        "sv": "de angivna inloggningsuppgifterna",
        "da": "de angivne loginoplysninger",
    },
    "error.sheets.source_key_file": {
        "en": "the key file {path} (named by {variable})",
        "nb": "nøkkelfilen {path} (angitt i {variable})",
        "sv": "nyckelfilen {path} (angiven i {variable})",
        "da": "nøglefilen {path} (angivet i {variable})",
    },
    "error.sheets.source_name": {
        "en": "Google Sheet {sheet} / {tabs}",
        "nb": "Google-regneark {sheet} / {tabs}",
        "sv": "Google-kalkylark {sheet} / {tabs}",
        "da": "Google-regneark {sheet} / {tabs}",
    },
    "error.sheets.source_no_credentials": {
        "en": "no Google credentials configured",
        "nb": "ingen Google-pålogging er satt opp",
        "sv": "inga Google-inloggningsuppgifter är konfigurerade",
        "da": "der er ikke sat noget Google-login op",
    },
    "error.sheets.source_secrets_section": {
        "en": "the [{section}] section of .streamlit/secrets.toml",
        "nb": "seksjonen [{section}] i .streamlit/secrets.toml",
        "sv": "sektionen [{section}] i .streamlit/secrets.toml",
        "da": "sektionen [{section}] i .streamlit/secrets.toml",
    },
    "error.sheets.source_the_sheet": {
        "en": "the Google Sheet",
        "nb": "Google-regnearket",
        "sv": "Google-kalkylarket",
        "da": "Google-regnearket",
    },
    "error.sheets.spreadsheet_not_found": {
        "en": "Google found no spreadsheet {sheet}. Check the link (copy it again from the "
        "browser's address bar); the sheet may have been deleted or moved to the bin.",
        "nb": "Google fant ikke regnearket {sheet}. Sjekk lenken (kopier den på nytt fra "
        "nettleserens adresselinje); regnearket kan være slettet eller flyttet til "
        "papirkurven.",
        "sv": "Google hittade inte kalkylarket {sheet}. Kontrollera länken (kopiera den igen "
        "från webbläsarens adressfält); arket kan ha raderats eller flyttats till "
        "papperskorgen.",
        "da": "Google fandt ikke regnearket {sheet}. Tjek linket (kopiér det igen fra "
        "browserens adresselinje); regnearket kan være slettet eller flyttet til "
        "papirkurven.",
    },
    "error.sheets.stale_since": {
        "en": "{problem} The numbers shown are from the last good sync ({time}); they are stale since then.",
        "nb": "{problem} Tallene som vises, er fra den siste vellykkede synkroniseringen "
        "({time}); de er utdaterte siden da.",
        "sv": "{problem} Siffrorna som visas är från den senaste lyckade synkroniseringen "
        "({time}); de är inaktuella sedan dess.",
        "da": "{problem} Tallene, der vises, er fra den seneste vellykkede synkronisering "
        "({time}); de er forældede siden da.",
    },
    "error.sheets.stand_in_not_local": {
        "en": "{variable} must be an http:// address on this machine (like "
        "http://127.0.0.1:8765); unset it to reach Google itself.",
        "nb": "{variable} må være en http://-adresse på denne maskinen (som "
        "http://127.0.0.1:8765); fjern variabelen for å nå Google selv.",
        "sv": "{variable} måste vara en http://-adress på den här datorn (som "
        "http://127.0.0.1:8765); ta bort variabeln för att nå Google självt.",
        "da": "{variable} skal være en http://-adresse på denne maskine (som "
        "http://127.0.0.1:8765); fjern variablen for at nå Google selv.",
    },
    "error.sheets.stored_strategy_not_mapping": {
        "en": "The stored strategy is not a YAML mapping; load a valid strategy file first.",
        "nb": "Den lagrede strategien er ikke en YAML-tilordning; last inn en gyldig strategifil først.",
        "sv": "Den sparade strategin är ingen YAML-mappning; läs in en giltig strategifil först.",
        "da": "Den gemte strategi er ikke en YAML-mapping; indlæs en gyldig strategifil først.",
    },
    "error.sheets.strategy_note": {
        "en": "Goals from {source}",
        "nb": "Mål fra {source}",
        "sv": "Mål från {source}",
        "da": "Mål fra {source}",
    },
    "error.sheets.strategy_with_goals": {
        "en": "the strategy with the goals from {source}",
        "nb": "strategien med målene fra {source}",
        "sv": "strategin med målen från {source}",
        "da": "strategien med målene fra {source}",
    },
    "error.sheets.sync_in_progress": {
        "en": "Another session is reading the Google Sheet right now.",
        "nb": "En annen økt leser Google-regnearket akkurat nå.",
        "sv": "En annan session läser Google-kalkylarket just nu.",
        "da": "En anden session læser Google-regnearket lige nu.",
    },
    "error.sheets.tab_and_gid": {
        "en": "“{title}” (gid {gid})",
        "nb": "«{title}» (gid {gid})",
        "sv": "”{title}” (gid {gid})",
        "da": "»{title}« (gid {gid})",
    },
    "error.sheets.tab_changed_while_reading": {
        "en": "A tab of the Google Sheet {sheet} changed while Goalpost was reading it (renamed "
        "or deleted). Sync again.",
        "nb": "En fane i Google-regnearket {sheet} ble endret mens Goalpost leste det (omdøpt "
        "eller slettet). Synkroniser på nytt.",
        "sv": "En flik i Google-kalkylarket {sheet} ändrades medan Goalpost läste det (omdöpt "
        "eller borttagen). Synkronisera igen.",
        "da": "En fane i Google-regnearket {sheet} blev ændret, mens Goalpost læste det (omdøbt "
        "eller slettet). Synkronisér igen.",
    },
    "error.sheets.tab_empty": {
        "en": "the tab is empty; put a header row and the numbers under it",
        "nb": "fanen er tom; legg inn en overskriftsrad og tallene under den",
        "sv": "fliken är tom; lägg in en rubrikrad och siffrorna under den",
        "da": "fanen er tom; indsæt en overskriftsrække og tallene under den",
    },
    "error.sheets.tab_note": {
        "en": "Tab “{tab}”: {note}",
        "nb": "Fane «{tab}»: {note}",
        "sv": "Flik ”{tab}”: {note}",
        "da": "Fane »{tab}«: {note}",
    },
    "error.sheets.tab_with_gid": {
        "en": "with id (gid) {gid}",
        "nb": "med id (gid) {gid}",
        "sv": "med id (gid) {gid}",
        "da": "med id (gid) {gid}",
    },
    "error.sheets.tabs_overlap": {
        "en": "The tabs {tabs} of the Google Sheet {sheet} both give {metric} for {channel} "
        "(audience {audience}) on {date}. Keep the value in one tab only, or sync the "
        "tabs separately.",
        "nb": "Fanene {tabs} i Google-regnearket {sheet} gir begge {metric} for {channel} "
        "(målgruppe {audience}) den {date}. Behold verdien i bare én fane, eller "
        "synkroniser fanene hver for seg.",
        "sv": "Flikarna {tabs} i Google-kalkylarket {sheet} anger båda {metric} för {channel} "
        "(målgrupp {audience}) den {date}. Behåll värdet i bara en flik, eller "
        "synkronisera flikarna var för sig.",
        "da": "Fanerne {tabs} i Google-regnearket {sheet} giver begge {metric} for {channel} "
        "(målgruppe {audience}) den {date}. Behold værdien i kun én fane, eller "
        "synkronisér fanerne hver for sig.",
    },
    "error.sheets.the_service_account": {
        "en": "the service account",
        "nb": "tjenestekontoen",
        "sv": "tjänstekontot",
        "da": "tjenestekontoen",
    },
    "error.sheets.tidy_lacks_columns": {
        "en": "{source}: the tidy layout needs the column(s) {missing}, which this tab lacks "
        "(renamed, moved or deleted?). Its columns are: {present}.",
        "nb": "{source}: det ryddige oppsettet trenger kolonnen(e) {missing}, som denne fanen "
        "mangler (omdøpt, flyttet eller slettet?). Kolonnene som finnes, er: {present}.",
        "sv": "{source}: den städade layouten behöver kolumnen/kolumnerna {missing}, som den "
        "här fliken saknar (omdöpta, flyttade eller borttagna?). Kolumnerna som finns är: "
        "{present}.",
        "da": "{source}: den ryddelige layout kræver kolonnen/kolonnerne {missing}, som denne "
        "fane mangler (omdøbt, flyttet eller slettet?). Kolonnerne, der findes, er: "
        "{present}.",
    },
    "error.sheets.unavailable": {
        "en": "{reason}; tried {tries} times. Goalpost will try again later.",
        "nb": "{reason}; prøvde {tries} ganger. Goalpost prøver igjen senere.",
        "sv": "{reason}; försökte {tries} gånger. Goalpost försöker igen senare.",
        "da": "{reason}; prøvede {tries} gange. Goalpost prøver igen senere.",
    },
    "error.sheets.untitled": {
        "en": "(untitled)",
        "nb": "(uten navn)",
        "sv": "(namnlöst)",
        "da": "(uden navn)",
    },
}
