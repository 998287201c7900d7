"""Texts of the Data page: uploads, column mapping, the upload history with undo, freshness."""

TEXT: dict[str, dict[str, str]] = {
    "data.title": {"en": "Data", "nb": "Data", "sv": "Data", "da": "Data"},
    "data.upload_title": {
        "en": "Upload exports",
        "nb": "Last opp eksporter",
        "sv": "Ladda upp exporter",
        "da": "Upload eksportfiler",
    },
    "data.upload_help": {
        "en": "Drop this month's exports from Meta, LinkedIn, X, YouTube, TikTok or your helpdesk, or your own "
        "tracker. You see what Goalpost read before anything is stored.",
        "nb": "Slipp månedens eksporter fra Meta, LinkedIn, X, YouTube, TikTok eller kundeservicesystemet, eller "
        "ditt eget regneark. Du ser hva Goalpost har lest før noe blir lagret.",
        "sv": "Släpp månadens exporter från Meta, LinkedIn, X, YouTube, TikTok eller supportsystemet, eller ditt "
        "eget kalkylark. Du ser vad Goalpost har läst innan något sparas.",
        "da": "Slip månedens eksporter fra Meta, LinkedIn, X, YouTube, TikTok eller jeres kundeservicesystem, "
        "eller jeres eget regneark. Du ser, hvad Goalpost har læst, før noget bliver gemt.",
    },
    "data.uploader_label": {
        "en": "Exports (CSV or Excel)",
        "nb": "Eksporter (CSV eller Excel)",
        "sv": "Exporter (CSV eller Excel)",
        "da": "Eksporter (CSV eller Excel)",
    },
    "data.uploader_hint": {
        "en": "Drag one or more files here, or click to choose them.",
        "nb": "Dra én eller flere filer hit, eller klikk for å velge dem.",
        "sv": "Dra en eller flera filer hit, eller klicka för att välja dem.",
        "da": "Træk en eller flere filer herind, eller klik for at vælge dem.",
    },
    "data.your_name": {"en": "Your name", "nb": "Ditt navn", "sv": "Ditt namn", "da": "Dit navn"},
    "data.your_name_help": {
        "en": "Shown in the upload history, so colleagues know who uploaded what.",
        "nb": "Vises i opplastingshistorikken, så kollegaer ser hvem som lastet opp hva.",
        "sv": "Visas i uppladdningshistoriken så att kollegor ser vem som laddat upp vad.",
        "da": "Vises i uploadhistorikken, så kolleger kan se, hvem der har uploadet hvad.",
    },
    "data.same_file_twice": {
        "en": "“{file}” is the same file as one above; it is shown once.",
        "nb": "«{file}» er den samme filen som en over; den vises bare én gang.",
        "sv": "”{file}” är samma fil som en ovan; den visas bara en gång.",
        "da": "»{file}« er den samme fil som en ovenfor; den vises kun én gang.",
    },
    "data.store_all": {
        "en": "Store all {count} files",
        "nb": "Lagre alle {count} filene",
        "sv": "Spara alla {count} filer",
        "da": "Gem alle {count} filer",
    },
    "data.reading": {
        "en": "Reading files…",
        "nb": "Leser filer …",
        "sv": "Läser filer …",
        "da": "Læser filer …",
    },
    "data.reading_file": {
        "en": "Reading {file} ({number} of {count})",
        "nb": "Leser {file} ({number} av {count})",
        "sv": "Läser {file} ({number} av {count})",
        "da": "Læser {file} ({number} af {count})",
    },
    "data.storing": {
        "en": "Storing {file}…",
        "nb": "Lagrer {file} …",
        "sv": "Sparar {file} …",
        "da": "Gemmer {file} …",
    },
    "data.unreadable": {
        "en": "“{file}” could not be read. Check that it is an export from one of the supported platforms, "
        "saved as CSV or Excel, and upload it again.",
        "nb": "«{file}» kunne ikke leses. Sjekk at det er en eksport fra en av plattformene som støttes, lagret "
        "som CSV eller Excel, og last den opp igjen.",
        "sv": "”{file}” kunde inte läsas. Kontrollera att det är en export från en av plattformarna som stöds, "
        "sparad som CSV eller Excel, och ladda upp den igen.",
        "da": "»{file}« kunne ikke læses. Tjek, at det er en eksport fra en af de understøttede platforme, gemt "
        "som CSV eller Excel, og upload den igen.",
    },
    "data.nothing_stored": {
        "en": "Nothing from this file was stored.",
        "nb": "Ingenting fra denne filen ble lagret.",
        "sv": "Inget från den här filen sparades.",
        "da": "Intet fra denne fil er blevet gemt.",
    },
    "data.read_as": {
        "en": "Read as {preset}, {period}.",
        "nb": "Lest som {preset}, {period}.",
        "sv": "Läst som {preset}, {period}.",
        "da": "Læst som {preset}, {period}.",
    },
    "data.col_date": {"en": "Date", "nb": "Dato", "sv": "Datum", "da": "Dato"},
    "data.col_channel": {"en": "Channel", "nb": "Kanal", "sv": "Kanal", "da": "Kanal"},
    "data.col_audience": {"en": "Audience", "nb": "Målgruppe", "sv": "Målgrupp", "da": "Målgruppe"},
    "data.col_metric": {"en": "Metric", "nb": "Nøkkeltall", "sv": "Nyckeltal", "da": "Nøgletal"},
    "data.col_value": {"en": "Value", "nb": "Verdi", "sv": "Värde", "da": "Værdi"},
    "data.col_old": {"en": "Was", "nb": "Var", "sv": "Var", "da": "Var"},
    "data.col_new": {"en": "Now", "nb": "Nå", "sv": "Nu", "da": "Nu"},
    "data.lcol_id": {"en": "No.", "nb": "Nr.", "sv": "Nr", "da": "Nr."},
    "data.lcol_file_name": {"en": "File", "nb": "Fil", "sv": "Fil", "da": "Fil"},
    "data.lcol_preset": {"en": "Read as", "nb": "Lest som", "sv": "Läst som", "da": "Læst som"},
    "data.lcol_channel": {"en": "Channel", "nb": "Kanal", "sv": "Kanal", "da": "Kanal"},
    "data.lcol_audience": {"en": "Audience", "nb": "Målgruppe", "sv": "Målgrupp", "da": "Målgruppe"},
    "data.lcol_period_start": {"en": "From", "nb": "Fra", "sv": "Från", "da": "Fra"},
    "data.lcol_period_end": {"en": "To", "nb": "Til", "sv": "Till", "da": "Til"},
    "data.lcol_rows": {"en": "Rows", "nb": "Rader", "sv": "Rader", "da": "Rækker"},
    "data.lcol_uploaded_at": {
        "en": "Uploaded (UTC)",
        "nb": "Lastet opp (UTC)",
        "sv": "Uppladdad (UTC)",
        "da": "Uploadet (UTC)",
    },
    "data.lcol_uploaded_by": {"en": "By", "nb": "Av", "sv": "Av", "da": "Af"},
    "data.lcol_source": {"en": "Source", "nb": "Kilde", "sv": "Källa", "da": "Kilde"},
    "data.lcol_status": {"en": "Status", "nb": "Status", "sv": "Status", "da": "Status"},
    "data.period_value": {
        "en": "{start} – {end}",
        "nb": "{start} – {end}",
        "sv": "{start} – {end}",
        "da": "{start} – {end}",
    },
    "data.rows": {"en": "Rows read", "nb": "Rader lest", "sv": "Rader lästa", "da": "Rækker læst"},
    "data.observations": {"en": "Values", "nb": "Verdier", "sv": "Värden", "da": "Værdier"},
    "data.metrics_found": {
        "en": "Metrics: {metrics}",
        "nb": "Nøkkeltall: {metrics}",
        "sv": "Nyckeltal: {metrics}",
        "da": "Nøgletal: {metrics}",
    },
    "data.mapping_applied": {
        "en": "Read with your saved column mapping “{name}”.",
        "nb": "Lest med det lagrede kolonneoppsettet «{name}».",
        "sv": "Läst med den sparade kolumnkopplingen ”{name}”.",
        "da": "Læst med den gemte kolonneopsætning »{name}«.",
    },
    "data.channel": {"en": "Channel", "nb": "Kanal", "sv": "Kanal", "da": "Kanal"},
    "data.channel_help": {
        "en": "Which channel the numbers belong to. Goalpost proposes one when it recognises the platform.",
        "nb": "Hvilken kanal tallene hører til. Goalpost foreslår en når den kjenner igjen plattformen.",
        "sv": "Vilken kanal siffrorna hör till. Goalpost föreslår en när den känner igen plattformen.",
        "da": "Hvilken kanal tallene hører til. Goalpost foreslår en, når den genkender platformen.",
    },
    "data.channel_choose": {
        "en": "Choose a channel",
        "nb": "Velg kanal",
        "sv": "Välj kanal",
        "da": "Vælg kanal",
    },
    "data.which_channel": {
        "en": "This file does not say which channel its numbers belong to. Choose the channel, and Goalpost "
        "reads it again.",
        "nb": "Filen sier ikke hvilken kanal tallene hører til. Velg kanal, så leser Goalpost den på nytt.",
        "sv": "Filen säger inte vilken kanal siffrorna hör till. Välj kanal, så läser Goalpost den igen.",
        "da": "Filen siger ikke, hvilken kanal tallene hører til. Vælg kanalen, så læser Goalpost den igen.",
    },
    "data.channel_needed": {
        "en": "Choose the channel these numbers belong to before storing the file.",
        "nb": "Velg hvilken kanal tallene hører til før du lagrer filen.",
        "sv": "Välj vilken kanal siffrorna hör till innan du sparar filen.",
        "da": "Vælg, hvilken kanal tallene hører til, før du gemmer filen.",
    },
    "data.channels_in_file": {
        "en": "Channels in the file: {channels}",
        "nb": "Kanaler i filen: {channels}",
        "sv": "Kanaler i filen: {channels}",
        "da": "Kanaler i filen: {channels}",
    },
    "data.audience": {"en": "Audience", "nb": "Målgruppe", "sv": "Målgrupp", "da": "Målgruppe"},
    "data.audience_help": {
        "en": "Leave on “Everyone” unless this export covers one audience only.",
        "nb": "La stå på «Alle» med mindre eksporten bare gjelder én målgruppe.",
        "sv": "Låt stå på ”Alla” om inte exporten bara gäller en målgrupp.",
        "da": "Lad stå på »Alle«, medmindre eksporten kun gælder én målgruppe.",
    },
    "data.audiences_in_file": {
        "en": "Audiences in the file: {audiences}",
        "nb": "Målgrupper i filen: {audiences}",
        "sv": "Målgrupper i filen: {audiences}",
        "da": "Målgrupper i filen: {audiences}",
    },
    "data.already_stored": {
        "en": "This exact file is already stored (upload #{id}, {date}). Storing it again changes nothing.",
        "nb": "Akkurat denne filen er allerede lagret (opplasting nr. {id}, {date}). Å lagre den igjen endrer "
        "ingenting.",
        "sv": "Exakt den här filen är redan sparad (uppladdning nr {id}, {date}). Att spara den igen ändrar "
        "ingenting.",
        "da": "Præcis denne fil er allerede gemt (upload nr. {id}, {date}). At gemme den igen ændrer intet.",
    },
    "data.confirm": {"en": "Store this file", "nb": "Lagre filen", "sv": "Spara filen", "da": "Gem filen"},
    "data.stored": {
        "en": "Stored {rows} values (upload #{id}).",
        "nb": "Lagret {rows} verdier (opplasting nr. {id}).",
        "sv": "Sparade {rows} värden (uppladdning nr {id}).",
        "da": "Gemte {rows} værdier (upload nr. {id}).",
    },
    "data.restated": {
        "en": "{count} values were already stored with other numbers; this file's numbers now count. The earlier "
        "ones stay in the upload history and come back if you undo this upload.",
        "nb": "{count} verdier var allerede lagret med andre tall; nå gjelder tallene fra denne filen. De "
        "tidligere ligger fortsatt i opplastingshistorikken og kommer tilbake hvis du angrer denne opplastingen.",
        "sv": "{count} värden fanns redan sparade med andra siffror; nu gäller siffrorna från den här filen. De "
        "tidigare finns kvar i uppladdningshistoriken och kommer tillbaka om du ångrar den här uppladdningen.",
        "da": "{count} værdier var allerede gemt med andre tal; nu gælder tallene fra denne fil. De tidligere "
        "ligger stadig i uploadhistorikken og kommer tilbage, hvis du fortryder denne upload.",
    },
    "data.duplicate": {
        "en": "This file was already uploaded (upload #{id}): nothing changed.",
        "nb": "Denne filen var allerede lastet opp (opplasting nr. {id}): ingenting ble endret.",
        "sv": "Den här filen var redan uppladdad (uppladdning nr {id}): inget ändrades.",
        "da": "Denne fil var allerede uploadet (upload nr. {id}): intet blev ændret.",
    },
    "data.needs_mapping": {
        "en": "Goalpost does not recognise this file. Tell it which column is the date and which columns hold "
        "which numbers; you can save this for next month's file.",
        "nb": "Goalpost kjenner ikke igjen denne filen. Fortell hvilken kolonne som er datoen, og hvilke kolonner "
        "som inneholder hvilke tall; du kan lagre dette til neste måneds fil.",
        "sv": "Goalpost känner inte igen den här filen. Ange vilken kolumn som är datumet och vilka kolumner som "
        "innehåller vilka siffror; du kan spara det till nästa månads fil.",
        "da": "Goalpost genkender ikke denne fil. Angiv, hvilken kolonne der er datoen, og hvilke kolonner der "
        "indeholder hvilke tal; du kan gemme det til næste måneds fil.",
    },
    "data.map_date": {"en": "Date column", "nb": "Datokolonne", "sv": "Datumkolumn", "da": "Datokolonne"},
    "data.map_channel": {
        "en": "Channel column",
        "nb": "Kanalkolonne",
        "sv": "Kanalkolumn",
        "da": "Kanalkolonne",
    },
    "data.map_audience": {
        "en": "Audience column",
        "nb": "Målgruppekolonne",
        "sv": "Målgruppskolumn",
        "da": "Målgruppekolonne",
    },
    "data.map_none_channel": {
        "en": "None: I choose the channel",
        "nb": "Ingen: jeg velger kanal",
        "sv": "Ingen: jag väljer kanal",
        "da": "Ingen: jeg vælger kanal",
    },
    "data.map_none_audience": {
        "en": "None: the whole channel",
        "nb": "Ingen: hele kanalen",
        "sv": "Ingen: hela kanalen",
        "da": "Ingen: hele kanalen",
    },
    "data.map_metrics": {
        "en": "Which metric does each other column hold? Leave “Not used” for columns to skip.",
        "nb": "Hvilket nøkkeltall har hver av de andre kolonnene? La «Brukes ikke» stå for kolonner som skal "
        "hoppes over.",
        "sv": "Vilket nyckeltal innehåller var och en av de andra kolumnerna? Låt ”Används inte” stå för kolumner "
        "som ska hoppas över.",
        "da": "Hvilket nøgletal indeholder hver af de andre kolonner? Lad »Bruges ikke« stå for kolonner, der "
        "skal springes over.",
    },
    "data.map_ignore": {"en": "Not used", "nb": "Brukes ikke", "sv": "Används inte", "da": "Bruges ikke"},
    "data.map_save": {
        "en": "Save this mapping for next month",
        "nb": "Lagre oppsettet til neste måned",
        "sv": "Spara kopplingen till nästa månad",
        "da": "Gem opsætningen til næste måned",
    },
    "data.map_name": {
        "en": "Name of the mapping",
        "nb": "Navn på oppsettet",
        "sv": "Namn på kopplingen",
        "da": "Navn på opsætningen",
    },
    "data.map_apply": {
        "en": "Read the file with these columns",
        "nb": "Les filen med disse kolonnene",
        "sv": "Läs filen med de här kolumnerna",
        "da": "Læs filen med disse kolonner",
    },
    "data.map_no_metric": {
        "en": "Choose a metric for at least one column.",
        "nb": "Velg et nøkkeltall for minst én kolonne.",
        "sv": "Välj ett nyckeltal för minst en kolumn.",
        "da": "Vælg et nøgletal for mindst én kolonne.",
    },
    "data.fresh_empty": {
        "en": "No data yet. Upload your first exports below.",
        "nb": "Ingen data ennå. Last opp de første eksportene nedenfor.",
        "sv": "Inga data ännu. Ladda upp de första exporterna nedan.",
        "da": "Ingen data endnu. Upload de første eksporter nedenfor.",
    },
    "data.fresh_latest": {
        "en": "Latest data: {month}.",
        "nb": "Siste data: {month}.",
        "sv": "Senaste data: {month}.",
        "da": "Seneste data: {month}.",
    },
    "data.fresh_behind": {
        "en": "{channel} has nothing since {month}.",
        "nb": "{channel} har ingen data etter {month}.",
        "sv": "{channel} har inga data efter {month}.",
        "da": "{channel} har ingen data efter {month}.",
    },
    "data.fresh_source_behind": {
        "en": "{channel}: its files of the kind {kind} end in {month}; {newest} comes only from {newest_kind}.",
        "nb": "{channel}: filene av typen {kind} slutter i {month}; {newest} kommer bare fra {newest_kind}.",
        "sv": "{channel}: filerna av typen {kind} slutar i {month}; {newest} kommer bara från {newest_kind}.",
        "da": "{channel}: filerne af typen {kind} slutter i {month}; {newest} kommer kun fra {newest_kind}.",
    },
    "data.fresh_by_source": {
        "en": "Latest month per channel and kind of file",
        "nb": "Siste måned per kanal og filtype",
        "sv": "Senaste månad per kanal och filtyp",
        "da": "Seneste måned pr. kanal og filtype",
    },
    "data.fcol_channel": {"en": "Channel", "nb": "Kanal", "sv": "Kanal", "da": "Kanal"},
    "data.fcol_kind": {"en": "Kind of file", "nb": "Filtype", "sv": "Filtyp", "da": "Filtype"},
    "data.fcol_month": {
        "en": "Latest month",
        "nb": "Siste måned",
        "sv": "Senaste månad",
        "da": "Seneste måned",
    },
    "data.fresh_missing": {
        "en": "No data yet from {channels}.",
        "nb": "Ingen data ennå fra {channels}.",
        "sv": "Inga data ännu från {channels}.",
        "da": "Ingen data endnu fra {channels}.",
    },
    "data.ledger_title": {
        "en": "Upload history",
        "nb": "Opplastingshistorikk",
        "sv": "Uppladdningshistorik",
        "da": "Uploadhistorik",
    },
    "data.ledger_empty": {
        "en": "Nothing uploaded yet.",
        "nb": "Ingenting lastet opp ennå.",
        "sv": "Inget uppladdat ännu.",
        "da": "Intet uploadet endnu.",
    },
    "data.ledger_line": {
        "en": "#{id} · {file} · {channel} · {start} – {end} · {rows} rows · {when} by {who}",
        "nb": "nr. {id} · {file} · {channel} · {start} – {end} · {rows} rader · {when} av {who}",
        "sv": "nr {id} · {file} · {channel} · {start} – {end} · {rows} rader · {when} av {who}",
        "da": "nr. {id} · {file} · {channel} · {start} – {end} · {rows} rækker · {when} af {who}",
    },
    "data.several_channels": {
        "en": "several channels",
        "nb": "flere kanaler",
        "sv": "flera kanaler",
        "da": "flere kanaler",
    },
    "data.someone": {"en": "unknown", "nb": "ukjent", "sv": "okänd", "da": "ukendt"},
    "data.undo": {"en": "Undo…", "nb": "Angre …", "sv": "Ångra …", "da": "Fortryd …"},
    "data.undone": {"en": "Undone", "nb": "Angret", "sv": "Ångrad", "da": "Fortrudt"},
    "data.ledger_all": {
        "en": "All uploads ({count})",
        "nb": "Alle opplastinger ({count})",
        "sv": "Alla uppladdningar ({count})",
        "da": "Alle uploads ({count})",
    },
    "data.ledger_download": {
        "en": "Download the upload history (CSV)",
        "nb": "Last ned opplastingshistorikken (CSV)",
        "sv": "Ladda ned uppladdningshistoriken (CSV)",
        "da": "Download uploadhistorikken (CSV)",
    },
    "data.undo_question": {
        "en": "Undo this upload? {line}",
        "nb": "Angre denne opplastingen? {line}",
        "sv": "Ångra den här uppladdningen? {line}",
        "da": "Fortryd denne upload? {line}",
    },
    "data.undo_nothing_back": {
        "en": "No earlier upload holds these values, so they disappear.",
        "nb": "Ingen tidligere opplasting har disse verdiene, så de forsvinner.",
        "sv": "Ingen tidigare uppladdning har de här värdena, så de försvinner.",
        "da": "Ingen tidligere upload har disse værdier, så de forsvinder.",
    },
    "data.undo_comes_back": {
        "en": "Where it replaced numbers, these earlier uploads count again:",
        "nb": "Der den erstattet tall, gjelder disse tidligere opplastingene igjen:",
        "sv": "Där den ersatte siffror gäller dessa tidigare uppladdningar igen:",
        "da": "Hvor den erstattede tal, gælder disse tidligere uploads igen:",
    },
    "data.undo_effect": {
        "en": "Undoing it: {back} earlier values count again, {gone} values are gone.",
        "nb": "Angring: {back} tidligere verdier gjelder igjen, {gone} verdier blir borte.",
        "sv": "Ångring: {back} tidigare värden gäller igen, {gone} värden försvinner.",
        "da": "Fortrydelse: {back} tidligere værdier gælder igen, {gone} værdier forsvinder.",
    },
    "data.undo_back_from": {
        "en": "They come from {uploads}.",
        "nb": "De kommer fra {uploads}.",
        "sv": "De kommer från {uploads}.",
        "da": "De kommer fra {uploads}.",
    },
    "data.undo_from": {
        "en": "#{id} ({count})",
        "nb": "nr. {id} ({count})",
        "sv": "nr {id} ({count})",
        "da": "nr. {id} ({count})",
    },
    "data.undo_kept_later": {
        "en": "{count} of its values were changed by later uploads; those keep the later numbers.",
        "nb": "{count} av verdiene er endret av senere opplastinger; de beholder de senere tallene.",
        "sv": "{count} av värdena har ändrats av senare uppladdningar; de behåller de senare siffrorna.",
        "da": "{count} af værdierne er ændret af senere uploads; de beholder de senere tal.",
    },
    "data.undo_batch": {
        "en": "Undo all {count} files of this batch…",
        "nb": "Angre alle {count} filene i denne bunken …",
        "sv": "Ångra alla {count} filer i den här omgången …",
        "da": "Fortryd alle {count} filer i denne portion …",
    },
    "data.undo_batch_question": {
        "en": "Undo these {count} uploads, stored together, in one step?",
        "nb": "Angre disse {count} opplastingene, lagret sammen, i ett steg?",
        "sv": "Ångra de här {count} uppladdningarna, sparade tillsammans, i ett steg?",
        "da": "Fortryd disse {count} uploads, gemt sammen, i ét trin?",
    },
    "data.undo_batch_done": {
        "en": "{count} uploads were undone: {back} earlier values count again, {gone} values are gone.",
        "nb": "{count} opplastinger er angret: {back} tidligere verdier gjelder igjen, {gone} verdier er borte.",
        "sv": "{count} uppladdningar är ångrade: {back} tidigare värden gäller igen, {gone} värden är borta.",
        "da": "{count} uploads er fortrudt: {back} tidligere værdier gælder igen, {gone} værdier er væk.",
    },
    "data.bcol_file": {"en": "File", "nb": "Fil", "sv": "Fil", "da": "Fil"},
    "data.bcol_platform": {"en": "Platform", "nb": "Plattform", "sv": "Plattform", "da": "Platform"},
    "data.bcol_channel": {"en": "Channel", "nb": "Kanal", "sv": "Kanal", "da": "Kanal"},
    "data.bcol_period": {"en": "Period", "nb": "Periode", "sv": "Period", "da": "Periode"},
    "data.bcol_rows": {"en": "Rows", "nb": "Rader", "sv": "Rader", "da": "Rækker"},
    "data.bcol_state": {"en": "Storing it", "nb": "Lagring", "sv": "Sparande", "da": "Lagring"},
    "data.state_new": {"en": "new", "nb": "ny", "sv": "ny", "da": "ny"},
    "data.state_replaces": {
        "en": "replaces {count} values",
        "nb": "erstatter {count} verdier",
        "sv": "ersätter {count} värden",
        "da": "erstatter {count} værdier",
    },
    "data.state_duplicate": {
        "en": "already uploaded (#{id})",
        "nb": "allerede lastet opp (nr. {id})",
        "sv": "redan uppladdad (nr {id})",
        "da": "allerede uploadet (nr. {id})",
    },
    "data.state_stored": {
        "en": "stored (#{id})",
        "nb": "lagret (nr. {id})",
        "sv": "sparad (nr {id})",
        "da": "gemt (nr. {id})",
    },
    "data.state_failed": {
        "en": "not stored: see below",
        "nb": "ikke lagret: se nedenfor",
        "sv": "inte sparad: se nedan",
        "da": "ikke gemt: se nedenfor",
    },
    "data.state_needs_mapping": {
        "en": "say which column is what (below)",
        "nb": "si hvilken kolonne som er hva (nedenfor)",
        "sv": "ange vilken kolumn som är vad (nedan)",
        "da": "angiv hvilken kolonne der er hvad (nedenfor)",
    },
    "data.state_needs_channel": {
        "en": "choose its channel (below)",
        "nb": "velg kanalen (nedenfor)",
        "sv": "välj kanalen (nedan)",
        "da": "vælg kanalen (nedenfor)",
    },
    "data.state_unreadable": {
        "en": "cannot be read: see below",
        "nb": "kan ikke leses: se nedenfor",
        "sv": "kan inte läsas: se nedan",
        "da": "kan ikke læses: se nedenfor",
    },
    "data.undo_confirm": {"en": "Yes, undo it", "nb": "Ja, angre", "sv": "Ja, ångra", "da": "Ja, fortryd"},
    "data.undo_cancel": {"en": "Cancel", "nb": "Avbryt", "sv": "Avbryt", "da": "Annuller"},
    "data.undo_done": {
        "en": "Upload #{id} was undone: {back} earlier values count again, {gone} values are gone.",
        "nb": "Opplasting nr. {id} er angret: {back} tidligere verdier gjelder igjen, {gone} verdier er borte.",
        "sv": "Uppladdning nr {id} är ångrad: {back} tidigare värden gäller igen, {gone} värden är borta.",
        "da": "Upload nr. {id} er fortrudt: {back} tidligere værdier gælder igen, {gone} værdier er væk.",
    },
    "data.restore": {"en": "Restore", "nb": "Gjenopprett", "sv": "Återställ", "da": "Gendan"},
    "data.restore_help": {
        "en": "This upload was undone. Restoring makes its values count again where no later upload replaced them.",
        "nb": "Denne opplastingen er angret. Gjenoppretting gjør at verdiene gjelder igjen der ingen senere "
        "opplasting har erstattet dem.",
        "sv": "Den här uppladdningen är ångrad. Återställning gör att värdena gäller igen där ingen senare "
        "uppladdning har ersatt dem.",
        "da": "Denne upload er fortrudt. Gendannelse får værdierne til at gælde igen, hvor ingen senere upload "
        "har erstattet dem.",
    },
    "data.restore_done": {
        "en": "Upload #{id} was restored: {back} of its values count again.",
        "nb": "Opplasting nr. {id} er gjenopprettet: {back} av verdiene gjelder igjen.",
        "sv": "Uppladdning nr {id} är återställd: {back} av värdena gäller igen.",
        "da": "Upload nr. {id} er gendannet: {back} af værdierne gælder igen.",
    },
    "data.already_undone": {
        "en": "Upload #{id} had already been undone; nothing changed.",
        "nb": "Opplasting nr. {id} var allerede angret; ingenting ble endret.",
        "sv": "Uppladdning nr {id} var redan ångrad; inget ändrades.",
        "da": "Upload nr. {id} var allerede fortrudt; intet blev ændret.",
    },
    "data.already_active": {
        "en": "Upload #{id} already counts; nothing changed.",
        "nb": "Opplasting nr. {id} gjelder allerede; ingenting ble endret.",
        "sv": "Uppladdning nr {id} gäller redan; inget ändrades.",
        "da": "Upload nr. {id} gælder allerede; intet blev ændret.",
    },
    "data.ledger_rows": {
        "en": "Latest uploads shown",
        "nb": "Antall siste opplastinger som vises",
        "sv": "Antal senaste uppladdningar som visas",
        "da": "Antal seneste uploads, der vises",
    },
}
