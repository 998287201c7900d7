"""Texts of the Google Sheets section of the Data page: access mode, link, tabs, sync results, automatic sync."""

TEXT: dict[str, dict[str, str]] = {
    "sheets.title": {
        "en": "Google Sheets",
        "nb": "Google Regneark",
        "sv": "Google Kalkylark",
        "da": "Google Sheets",
    },
    "sheets.help": {
        "en": "Keep your numbers, and if you like your goals, in a Google Sheet: paste its link, pick the tabs "
        "and sync. Every change in the sheet is stored like an uploaded file, so it shows in the upload history "
        "and can be undone.",
        "nb": "Hold tallene, og gjerne målene, i et Google-regneark: lim inn lenken, velg fanene og synkroniser. "
        "Hver endring i regnearket lagres som en opplastet fil, så den vises i opplastingshistorikken og kan "
        "angres.",
        "sv": "Ha era siffror, och gärna era mål, i ett Google-kalkylark: klistra in länken, välj flikarna och "
        "synkronisera. Varje ändring i arket sparas som en uppladdad fil, så den syns i uppladdningshistoriken "
        "och kan ångras.",
        "da": "Hold jeres tal, og gerne jeres mål, i et Google-regneark: indsæt linket, vælg fanerne og "
        "synkronisér. Hver ændring i regnearket gemmes som en uploadet fil, så den vises i uploadhistorikken og "
        "kan fortrydes.",
    },
    "sheets.access_service_account": {
        "en": "Goalpost reads Google Sheets as a service account. To connect a private sheet, share it with this "
        "address as Viewer (Share → Add people):",
        "nb": "Goalpost leser Google-regneark som en tjenestekonto. For å koble til et privat regneark, del det "
        "med denne adressen som leser (Del → Legg til personer):",
        "sv": "Goalpost läser Google-kalkylark som ett tjänstekonto. För att ansluta ett privat ark, dela det med "
        "den här adressen som läsare (Dela → Lägg till personer):",
        "da": "Goalpost læser Google-regneark som en tjenestekonto. For at forbinde et privat regneark skal du "
        "dele det med denne adresse som læser (Del → Tilføj personer):",
    },
    "sheets.access_service_account_note": {
        "en": "Only the address is shown here; the service account's key stays on the server.",
        "nb": "Her vises bare adressen; tjenestekontoens nøkkel blir liggende på serveren.",
        "sv": "Här visas bara adressen; tjänstekontots nyckel stannar på servern.",
        "da": "Her vises kun adressen; tjenestekontoens nøgle bliver på serveren.",
    },
    "sheets.access_public": {
        "en": "No Google service account is set up, so Goalpost can read only sheets shared as “Anyone with the "
        "link” (Share → General access → Anyone with the link → Viewer). Open the tab you want and paste its "
        "link; it ends in #gid=….",
        "nb": "Ingen Google-tjenestekonto er satt opp, så Goalpost kan bare lese regneark som er delt med «Alle "
        "som har linken» (Del → Generell tilgang → Alle som har linken → Leser). Åpne fanen du vil bruke, og "
        "lim inn lenken til den; den slutter på #gid=….",
        "sv": "Inget Google-tjänstekonto är konfigurerat, så Goalpost kan bara läsa ark som delas med ”Alla som "
        "har länken” (Dela → Allmän åtkomst → Alla som har länken → Läsare). Öppna fliken du vill använda och "
        "klistra in dess länk; den slutar på #gid=….",
        "da": "Der er ikke sat nogen Google-tjenestekonto op, så Goalpost kan kun læse regneark, der er delt med "
        "»Alle, der har linket« (Del → Generel adgang → Alle, der har linket → Læser). Åbn den fane, du vil "
        "bruge, og indsæt dens link; det slutter på #gid=….",
    },
    "sheets.access_public_more": {
        "en": "For private sheets, ask whoever runs Goalpost to set up a Google service account (the README "
        "explains how).",
        "nb": "For private regneark: be den som drifter Goalpost om å sette opp en Google-tjenestekonto "
        "(README-filen forklarer hvordan).",
        "sv": "För privata ark: be den som driftar Goalpost att konfigurera ett Google-tjänstekonto "
        "(README-filen förklarar hur).",
        "da": "For private regneark: bed den, der driver Goalpost, om at sætte en Google-tjenestekonto op "
        "(README-filen forklarer hvordan).",
    },
    "sheets.url_label": {
        "en": "Link to the Google Sheet",
        "nb": "Lenke til Google-regnearket",
        "sv": "Länk till Google-kalkylarket",
        "da": "Link til Google-regnearket",
    },
    "sheets.url_help": {
        "en": "Copy it from the browser's address bar while the sheet is open.",
        "nb": "Kopier den fra nettleserens adresselinje mens regnearket er åpent.",
        "sv": "Kopiera den från webbläsarens adressfält medan arket är öppet.",
        "da": "Kopiér det fra browserens adresselinje, mens regnearket er åbent.",
    },
    "sheets.sheet_name": {
        "en": "Sheet: {title}",
        "nb": "Regneark: {title}",
        "sv": "Kalkylark: {title}",
        "da": "Regneark: {title}",
    },
    "sheets.reload_tabs": {
        "en": "Read the list of tabs again",
        "nb": "Les listen over faner på nytt",
        "sv": "Läs in listan över flikar igen",
        "da": "Læs listen over faner igen",
    },
    "sheets.reload_after_sharing": {
        "en": "Once the sheet is shared, read the list of tabs again.",
        "nb": "Når regnearket er delt, leser du listen over faner på nytt.",
        "sv": "När arket är delat läser du in listan över flikar igen.",
        "da": "Når regnearket er delt, læser du listen over faner igen.",
    },
    "sheets.tabs_label": {
        "en": "Tabs with numbers",
        "nb": "Faner med tall",
        "sv": "Flikar med siffror",
        "da": "Faner med tal",
    },
    "sheets.tabs_help": {
        "en": "Pick one or more tabs. Goalpost remembers them by their id, so renaming a tab does not break the "
        "sync.",
        "nb": "Velg én eller flere faner. Goalpost husker dem på id-en deres, så synkroniseringen virker selv om "
        "en fane får nytt navn.",
        "sv": "Välj en eller flera flikar. Goalpost minns dem med deras id, så synkroniseringen fungerar även om "
        "en flik byter namn.",
        "da": "Vælg en eller flere faner. Goalpost husker dem på deres id, så synkroniseringen virker, selv om en "
        "fane skifter navn.",
    },
    "sheets.tab_from_link": {
        "en": "Goalpost reads the tab in the link ({tab}). To read another tab, open it in Google Sheets and "
        "paste its link.",
        "nb": "Goalpost leser fanen i lenken ({tab}). For å lese en annen fane åpner du den i Google Regneark og "
        "limer inn lenken til den.",
        "sv": "Goalpost läser fliken i länken ({tab}). För att läsa en annan flik öppnar du den i Google "
        "Kalkylark och klistrar in dess länk.",
        "da": "Goalpost læser fanen i linket ({tab}). For at læse en anden fane åbner du den i Google Sheets og "
        "indsætter dens link.",
    },
    "sheets.tab_gid": {
        "en": "tab id {gid}",
        "nb": "fane-id {gid}",
        "sv": "flik-id {gid}",
        "da": "fane-id {gid}",
    },
    "sheets.first_tab": {
        "en": "the first tab",
        "nb": "den første fanen",
        "sv": "den första fliken",
        "da": "den første fane",
    },
    "sheets.unlisted_sheet": {
        "en": "the sheet {sheet}, {tab}",
        "nb": "regnearket {sheet}, {tab}",
        "sv": "kalkylarket {sheet}, {tab}",
        "da": "regnearket {sheet}, {tab}",
    },
    "sheets.layout_label": {"en": "Layout", "nb": "Oppsett", "sv": "Layout", "da": "Layout"},
    "sheets.layout_help": {
        "en": "Tidy: one value per row with the columns date, channel, audience, metric, value. Tracker: one row "
        "per month (or day), the metrics as columns. The same layouts as uploaded files.",
        "nb": "Ryddig: én verdi per rad med kolonnene dato, kanal, målgruppe, måltall, verdi. Sporingsark: én rad "
        "per måned (eller dag), måltallene som kolonner. De samme oppsettene som for opplastede filer.",
        "sv": "Städad: ett värde per rad med kolumnerna datum, kanal, målgrupp, mått, värde. Uppföljningsark: en "
        "rad per månad (eller dag), måtten som kolumner. Samma layouter som för uppladdade filer.",
        "da": "Ryddelig: én værdi pr. række med kolonnerne dato, kanal, målgruppe, måltal, værdi. Opfølgningsark: "
        "én række pr. måned (eller dag), måltallene som kolonner. De samme layouts som for uploadede filer.",
    },
    "sheets.layout_detect": {
        "en": "Recognise it from the header row",
        "nb": "Gjenkjenn det fra overskriftsraden",
        "sv": "Känn igen den från rubrikraden",
        "da": "Genkend det fra overskriftsrækken",
    },
    "sheets.layout_tidy": {
        "en": "Tidy (date, channel, audience, metric, value)",
        "nb": "Ryddig (dato, kanal, målgruppe, måltall, verdi)",
        "sv": "Städad (datum, kanal, målgrupp, mått, värde)",
        "da": "Ryddelig (dato, kanal, målgruppe, måltal, værdi)",
    },
    "sheets.layout_wide": {
        "en": "Tracker (one row per month, metrics as columns)",
        "nb": "Sporingsark (én rad per måned, måltall som kolonner)",
        "sv": "Uppföljningsark (en rad per månad, mått som kolumner)",
        "da": "Opfølgningsark (én række pr. måned, måltal som kolonner)",
    },
    "sheets.goals_label": {
        "en": "Tab with goals (optional)",
        "nb": "Fane med mål (valgfritt)",
        "sv": "Flik med mål (valfritt)",
        "da": "Fane med mål (valgfrit)",
    },
    "sheets.goals_none": {
        "en": "No goals tab",
        "nb": "Ingen fane med mål",
        "sv": "Ingen flik med mål",
        "da": "Ingen fane med mål",
    },
    "sheets.goals_help": {
        "en": "A tab with one goal per row in the strategy's goal fields (id, title, kind, metric, channels, start, "
        "deadline, baseline, target, owner). A sync that changes goals saves a new strategy version.",
        "nb": "En fane med ett mål per rad i strategiens målfelt (id, title, kind, metric, channels, start, "
        "deadline, baseline, target, owner). En synkronisering som endrer mål, lagrer en ny strategiversjon.",
        "sv": "En flik med ett mål per rad i strategins målfält (id, title, kind, metric, channels, start, "
        "deadline, baseline, target, owner). En synkronisering som ändrar mål sparar en ny strategiversion.",
        "da": "En fane med ét mål pr. række i strategiens målfelter (id, title, kind, metric, channels, start, "
        "deadline, baseline, target, owner). En synkronisering, der ændrer mål, gemmer en ny strategiversion.",
    },
    "sheets.channel_label": {
        "en": "Channel, if the tab has no channel column",
        "nb": "Kanal, hvis fanen ikke har en kanalkolonne",
        "sv": "Kanal, om fliken saknar en kanalkolumn",
        "da": "Kanal, hvis fanen ikke har en kanalkolonne",
    },
    "sheets.channel_from_sheet": {
        "en": "From the tab's channel column",
        "nb": "Fra fanens kanalkolonne",
        "sv": "Från flikens kanalkolumn",
        "da": "Fra fanens kanalkolonne",
    },
    "sheets.channel_help": {
        "en": "A tracker tab without a channel column needs to be told which channel its numbers belong to.",
        "nb": "En sporingsfane uten kanalkolonne må få vite hvilken kanal tallene hører til.",
        "sv": "En uppföljningsflik utan kanalkolumn behöver få veta vilken kanal siffrorna hör till.",
        "da": "En opfølgningsfane uden kanalkolonne skal have at vide, hvilken kanal tallene hører til.",
    },
    "sheets.audience_label": {
        "en": "Audience, if the tab has no audience column",
        "nb": "Målgruppe, hvis fanen ikke har en målgruppekolonne",
        "sv": "Målgrupp, om fliken saknar en målgruppskolumn",
        "da": "Målgruppe, hvis fanen ikke har en målgruppekolonne",
    },
    "sheets.audience_from_sheet": {
        "en": "From the tab (otherwise everyone)",
        "nb": "Fra fanen (ellers alle)",
        "sv": "Från fliken (annars alla)",
        "da": "Fra fanen (ellers alle)",
    },
    "sheets.pick_a_tab": {
        "en": "Pick at least one tab to sync.",
        "nb": "Velg minst én fane å synkronisere.",
        "sv": "Välj minst en flik att synkronisera.",
        "da": "Vælg mindst én fane at synkronisere.",
    },
    "sheets.sync_now": {
        "en": "Sync now",
        "nb": "Synkroniser nå",
        "sv": "Synkronisera nu",
        "da": "Synkronisér nu",
    },
    "sheets.syncing": {
        "en": "Reading the Google Sheet…",
        "nb": "Leser Google-regnearket …",
        "sv": "Läser Google-kalkylarket …",
        "da": "Læser Google-regnearket …",
    },
    "sheets.stored": {
        "en": "Stored {rows} values from {sheet} (upload #{id}).",
        "nb": "Lagret {rows} verdier fra {sheet} (opplasting nr. {id}).",
        "sv": "Sparade {rows} värden från {sheet} (uppladdning nr {id}).",
        "da": "Gemte {rows} værdier fra {sheet} (upload nr. {id}).",
    },
    "sheets.stored_automatic": {
        "en": "The automatic check found changes in {sheet}: stored {rows} values (upload #{id}).",
        "nb": "Den automatiske kontrollen fant endringer i {sheet}: lagret {rows} verdier (opplasting nr. {id}).",
        "sv": "Den automatiska kontrollen hittade ändringar i {sheet}: sparade {rows} värden (uppladdning nr {id}).",
        "da": "Den automatiske kontrol fandt ændringer i {sheet}: gemte {rows} værdier (upload nr. {id}).",
    },
    "sheets.restated": {
        "en": "{count} values were already stored with other numbers; the sheet's numbers now count. The earlier "
        "ones stay in the upload history and come back if you undo this upload.",
        "nb": "{count} verdier var allerede lagret med andre tall; nå gjelder tallene fra regnearket. De tidligere "
        "ligger fortsatt i opplastingshistorikken og kommer tilbake hvis du angrer denne opplastingen.",
        "sv": "{count} värden fanns redan sparade med andra siffror; nu gäller siffrorna från arket. De tidigare "
        "finns kvar i uppladdningshistoriken och kommer tillbaka om du ångrar den här uppladdningen.",
        "da": "{count} værdier var allerede gemt med andre tal; nu gælder tallene fra regnearket. De tidligere "
        "bliver i uploadhistorikken og kommer tilbage, hvis du fortryder denne upload.",
    },
    "sheets.goals_saved": {
        "en": "{count} goals from the sheet were saved as strategy version {version}.",
        "nb": "{count} mål fra regnearket ble lagret som strategiversjon {version}.",
        "sv": "{count} mål från arket sparades som strategiversion {version}.",
        "da": "{count} mål fra regnearket blev gemt som strategiversion {version}.",
    },
    "sheets.goals_same": {
        "en": "The {count} goals in the sheet match the strategy; nothing to change.",
        "nb": "De {count} målene i regnearket stemmer med strategien; ingenting å endre.",
        "sv": "De {count} målen i arket stämmer med strategin; inget att ändra.",
        "da": "De {count} mål i regnearket stemmer med strategien; intet at ændre.",
    },
    "sheets.unchanged": {
        "en": "{sheet} has not changed since it was stored as upload #{id}; nothing was stored.",
        "nb": "{sheet} er ikke endret siden det ble lagret som opplasting nr. {id}; ingenting ble lagret.",
        "sv": "{sheet} har inte ändrats sedan det sparades som uppladdning nr {id}; inget sparades.",
        "da": "{sheet} er ikke ændret, siden det blev gemt som upload nr. {id}; intet blev gemt.",
    },
    "sheets.unchanged_goals": {
        "en": "{sheet} has not changed; nothing was stored.",
        "nb": "{sheet} er ikke endret; ingenting ble lagret.",
        "sv": "{sheet} har inte ändrats; inget sparades.",
        "da": "{sheet} er ikke ændret; intet blev gemt.",
    },
    "sheets.stale": {
        "en": "Google Sheets did not answer, so the numbers from {sheet} are stale since {time}: Goalpost keeps "
        "using the data of that last good sync and tries again later.",
        "nb": "Google Regneark svarte ikke, så tallene fra {sheet} er utdaterte siden {time}: Goalpost bruker "
        "fortsatt dataene fra den siste vellykkede synkroniseringen og prøver igjen senere.",
        "sv": "Google Kalkylark svarade inte, så siffrorna från {sheet} är inaktuella sedan {time}: Goalpost "
        "fortsätter att använda data från den senaste lyckade synkroniseringen och försöker igen senare.",
        "da": "Google Sheets svarede ikke, så tallene fra {sheet} er forældede siden {time}: Goalpost bruger "
        "fortsat dataene fra den seneste vellykkede synkronisering og prøver igen senere.",
    },
    "sheets.skipped": {
        "en": "Goalpost read {sheet} a moment ago (at {time}), so it did not ask Google again. Try again in a "
        "minute.",
        "nb": "Goalpost leste {sheet} for et øyeblikk siden ({time}), så Google ble ikke spurt igjen. Prøv "
        "igjen om et minutt.",
        "sv": "Goalpost läste {sheet} för en stund sedan ({time}), så Google tillfrågades inte igen. Försök "
        "igen om en minut.",
        "da": "Goalpost læste {sheet} for et øjeblik siden ({time}), så Google blev ikke spurgt igen. Prøv "
        "igen om et minut.",
    },
    "sheets.nothing_stored": {
        "en": "Nothing was stored.",
        "nb": "Ingenting ble lagret.",
        "sv": "Inget sparades.",
        "da": "Intet blev gemt.",
    },
    "sheets.unexpected": {
        "en": "Something unexpected went wrong while reading the Google Sheet. Nothing was stored. Try again; if "
        "it keeps happening, tell whoever runs Goalpost.",
        "nb": "Noe uventet gikk galt under lesingen av Google-regnearket. Ingenting ble lagret. Prøv igjen; hvis "
        "det skjer igjen, si fra til den som drifter Goalpost.",
        "sv": "Något oväntat gick fel när Google-kalkylarket lästes. Inget sparades. Försök igen; om det händer "
        "igen, meddela den som driftar Goalpost.",
        "da": "Noget uventet gik galt under læsningen af Google-regnearket. Intet blev gemt. Prøv igen; hvis det "
        "sker igen, så sig det til den, der driver Goalpost.",
    },
    "sheets.connected": {
        "en": "Connected: {sheet}. Last good sync: {time}.",
        "nb": "Tilkoblet: {sheet}. Siste vellykkede synkronisering: {time}.",
        "sv": "Ansluten: {sheet}. Senaste lyckade synkronisering: {time}.",
        "da": "Forbundet: {sheet}. Seneste vellykkede synkronisering: {time}.",
    },
    "sheets.connected_title": {
        "en": "Connected sheets",
        "nb": "Tilkoblede regneark",
        "sv": "Anslutna kalkylark",
        "da": "Forbundne regneark",
    },
    "sheets.auto_note": {
        "en": "Goalpost checks every connected sheet for changes every {minutes} minutes while anyone has the "
        "dashboard open, on any page (one check for everyone watching, so Google's limits are kept). The "
        "connection stays until someone stops it here.",
        "nb": "Goalpost ser etter endringer i hvert tilkoblet regneark hvert {minutes}. minutt så lenge noen har "
        "dashbordet åpent, på hvilken som helst side (én kontroll for alle som ser på, så Googles grenser "
        "overholdes). Tilkoblingen varer til noen stopper den her.",
        "sv": "Goalpost letar efter ändringar i varje anslutet ark var {minutes}:e minut så länge någon har "
        "instrumentpanelen öppen, på vilken sida som helst (en kontroll för alla som tittar, så att Googles "
        "gränser hålls). Anslutningen gäller tills någon stoppar den här.",
        "da": "Goalpost tjekker hvert forbundet regneark for ændringer hvert {minutes}. minut, så længe nogen har "
        "dashboardet åbent, på en hvilken som helst side (ét tjek for alle, der kigger med, så Googles grænser "
        "overholdes). Forbindelsen varer, indtil nogen stopper den her.",
    },
    "sheets.connected_since": {
        "en": "Connected {time} by {who}.",
        "nb": "Tilkoblet {time} av {who}.",
        "sv": "Ansluten {time} av {who}.",
        "da": "Forbundet {time} af {who}.",
    },
    "sheets.someone": {"en": "someone", "nb": "noen", "sv": "någon", "da": "nogen"},
    "sheets.live_note": {
        "en": "Connected Google Sheets could not be checked just now: {problem}",
        "nb": "Tilkoblede Google-regneark kunne ikke kontrolleres akkurat nå: {problem}",
        "sv": "Anslutna Google-kalkylark kunde inte kontrolleras just nu: {problem}",
        "da": "Forbundne Google-regneark kunne ikke tjekkes lige nu: {problem}",
    },
    "sheets.last_check_failed": {
        "en": "The last check of {sheet} failed: {problem}",
        "nb": "Den siste kontrollen av {sheet} mislyktes: {problem}",
        "sv": "Den senaste kontrollen av {sheet} misslyckades: {problem}",
        "da": "Det seneste tjek af {sheet} mislykkedes: {problem}",
    },
    "sheets.disconnect": {
        "en": "Disconnect (stop syncing this sheet)",
        "nb": "Koble fra (slutt å synkronisere dette regnearket)",
        "sv": "Koppla från (sluta synkronisera det här arket)",
        "da": "Afbryd forbindelsen (stop med at synkronisere dette regneark)",
    },
    "sheets.moment": {
        "en": "{date} at {clock}",
        "nb": "{date} kl. {clock}",
        "sv": "{date} kl. {clock}",
        "da": "{date} kl. {clock}",
    },
    "sheets.never": {"en": "not yet", "nb": "ikke ennå", "sv": "inte än", "da": "ikke endnu"},
}
