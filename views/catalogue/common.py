"""Texts every page shares: navigation, sidebar, statuses, metric names and units, live notices, goal sentences."""

TEXT: dict[str, dict[str, str]] = {
    # Navigation
    "nav.overview": {"en": "Overview", "nb": "Oversikt", "sv": "Översikt", "da": "Overblik"},
    "nav.goal": {"en": "Goal", "nb": "Mål", "sv": "Mål", "da": "Mål"},
    "nav.channels": {"en": "Channels", "nb": "Kanaler", "sv": "Kanaler", "da": "Kanaler"},
    "nav.audiences": {"en": "Audiences", "nb": "Målgrupper", "sv": "Målgrupper", "da": "Målgrupper"},
    "nav.strategy": {"en": "Strategy", "nb": "Strategi", "sv": "Strategi", "da": "Strategi"},
    "nav.data": {"en": "Data", "nb": "Data", "sv": "Data", "da": "Data"},
    # Sidebar
    "shell.as_of": {
        "en": "Measured at the end of",
        "nb": "Målt ved utgangen av",
        "sv": "Mätt vid slutet av",
        "da": "Målt ved udgangen af",
    },
    "shell.as_of_latest": {
        "en": "Latest month ({month})",
        "nb": "Siste måned ({month})",
        "sv": "Senaste månaden ({month})",
        "da": "Seneste måned ({month})",
    },
    "shell.as_of_partial": {
        "en": "{month} · partial",
        "nb": "{month} · delvis",
        "sv": "{month} · ofullständig",
        "da": "{month} · delvis",
    },
    "shell.as_of_help": {
        "en": "Goals are measured with the months that have ended by then. "
        "“Latest month” measures each goal at its latest month in which all its channels have reported; "
        "a month marked partial still waits for some channels.",
        "nb": "Målene måles med månedene som er avsluttet da. «Siste måned» måler hvert mål i den siste måneden "
        "der alle kanalene til målet har levert tall; en måned merket delvis venter ennå på noen kanaler.",
        "sv": "Målen mäts med de månader som har tagit slut då. ”Senaste månaden” mäter varje mål i den senaste "
        "månaden då alla dess kanaler har rapporterat; en månad märkt ofullständig väntar ännu på några kanaler.",
        "da": "Målene måles med de måneder, der er afsluttet til den tid. »Seneste måned« måler hvert mål i den "
        "seneste måned, hvor alle dets kanaler har leveret tal; en måned markeret delvis venter stadig på nogle kanaler.",
    },
    "shell.opening": {
        "en": "Opening the store… The first start loads the demo organisation; this takes a moment.",
        "nb": "Åpner lageret … Første gang lastes demovirksomheten inn; det tar litt tid.",
        "sv": "Öppnar lagret … Första gången läses demoorganisationen in; det tar en stund.",
        "da": "Åbner lageret … Første gang indlæses demo-organisationen; det tager et øjeblik.",
    },
    "shell.loading_demo": {
        "en": "Loading the demo organisation's exports ({done} of {total}): {name}",
        "nb": "Laster inn demovirksomhetens eksporter ({done} av {total}): {name}",
        "sv": "Läser in demoorganisationens exporter ({done} av {total}): {name}",
        "da": "Indlæser demo-organisationens eksporter ({done} af {total}): {name}",
    },
    "shell.demo_text_unnamed": {
        "en": "You are looking at an invented organisation with made-up numbers.",
        "nb": "Du ser på en oppdiktet virksomhet med oppdiktede tall.",
        "sv": "Du tittar på en påhittad organisation med påhittade siffror.",
        "da": "Du ser på en opdigtet organisation med opdigtede tal.",
    },
    "shell.demo_strategy_text_unnamed": {
        "en": "The goals are still those of the invented demo organisation.",
        "nb": "Målene er fortsatt den oppdiktede demovirksomhetens.",
        "sv": "Målen är fortfarande den påhittade demoorganisationens.",
        "da": "Målene er stadig den opdigtede demo-organisations.",
    },
    "shell.demo_badge": {"en": "Demo data", "nb": "Demodata", "sv": "Demodata", "da": "Demodata"},
    "shell.demo_text": {
        "en": "You are looking at an invented organisation, {organisation}, with made-up numbers.",
        "nb": "Du ser på en oppdiktet virksomhet, {organisation}, med oppdiktede tall.",
        "sv": "Du tittar på en påhittad organisation, {organisation}, med påhittade siffror.",
        "da": "Du ser på en opdigtet organisation, {organisation}, med opdigtede tal.",
    },
    "shell.demo_strategy_badge": {
        "en": "Demo strategy",
        "nb": "Demostrategi",
        "sv": "Demostrategi",
        "da": "Demostrategi",
    },
    "shell.demo_strategy_text": {
        "en": "The goals are still those of the invented organisation, {organisation}.",
        "nb": "Målene er fortsatt den oppdiktede virksomhetens, {organisation}.",
        "sv": "Målen är fortfarande den påhittade organisationens, {organisation}.",
        "da": "Målene er stadig den opdigtede organisations, {organisation}.",
    },
    "shell.start_own": {
        "en": "Start with your own data",
        "nb": "Begynn med egne tall",
        "sv": "Börja med egna siffror",
        "da": "Start med jeres egne tal",
    },
    "shell.start_own_help": {
        "en": "Puts the demo's uploads aside and opens the Data page. Nothing is deleted: "
        "the demo uploads stay in the upload list and can be restored.",
        "nb": "Legger demoens opplastinger til side og åpner Data-siden. Ingenting slettes: "
        "demoopplastingene blir stående i listen og kan hentes tilbake.",
        "sv": "Lägger demons uppladdningar åt sidan och öppnar sidan Data. Inget raderas: "
        "demouppladdningarna finns kvar i listan och kan återställas.",
        "da": "Lægger demoens uploads til side og åbner siden Data. Intet slettes: "
        "demo-uploadsene bliver i listen og kan gendannes.",
    },
    "shell.clearing_demo": {
        "en": "Putting the demo data aside…",
        "nb": "Legger demodataene til side …",
        "sv": "Lägger demodata åt sidan …",
        "da": "Lægger demodata til side …",
    },
    "shell.demo_cleared": {
        "en": "{count} demo uploads put aside. Upload your own exports here.",
        "nb": "{count} demoopplastinger er lagt til side. Last opp egne eksporter her.",
        "sv": "{count} demouppladdningar har lagts åt sidan. Ladda upp egna exporter här.",
        "da": "{count} demo-uploads er lagt til side. Upload jeres egne eksporter her.",
    },
    "shell.own_strategy": {
        "en": "Load your own strategy",
        "nb": "Last inn egen strategi",
        "sv": "Läs in er egen strategi",
        "da": "Indlæs jeres egen strategi",
    },
    "shell.share_button": {
        "en": "Share this view",
        "nb": "Del denne visningen",
        "sv": "Dela den här vyn",
        "da": "Del denne visning",
    },
    "shell.share": {
        "en": "Link to this view (copy with the button on the right):",
        "nb": "Lenke til denne visningen (kopier med knappen til høyre):",
        "sv": "Länk till den här vyn (kopiera med knappen till höger):",
        "da": "Link til denne visning (kopiér med knappen til højre):",
    },
    # Statuses
    "status.achieved": {"en": "Achieved", "nb": "Nådd", "sv": "Uppnått", "da": "Nået"},
    "status.on_track": {"en": "On track", "nb": "I rute", "sv": "I fas", "da": "På sporet"},
    "status.at_risk": {"en": "At risk", "nb": "I faresonen", "sv": "I riskzonen", "da": "I risiko"},
    "status.off_track": {"en": "Off track", "nb": "Ikke i rute", "sv": "Efter plan", "da": "Bagud"},
    "status.no_data": {"en": "No data", "nb": "Ingen data", "sv": "Inga data", "da": "Ingen data"},
    # Shared words
    "common.all_audiences": {
        "en": "all audiences",
        "nb": "alle målgrupper",
        "sv": "alla målgrupper",
        "da": "alle målgrupper",
    },
    "common.all_channels": {
        "en": "all channels",
        "nb": "alle kanaler",
        "sv": "alla kanaler",
        "da": "alle kanaler",
    },
    "common.list_separator": {"en": ", ", "nb": ", ", "sv": ", ", "da": ", "},
    "common.quoted": {"en": "“{text}”", "nb": "«{text}»", "sv": "”{text}”", "da": "»{text}«"},
    "common.yes": {"en": "yes", "nb": "ja", "sv": "ja", "da": "ja"},
    "common.no": {"en": "no", "nb": "nei", "sv": "nej", "da": "nej"},
    "common.no_data": {
        "en": "There are no numbers in the store yet. Upload the monthly exports on the Data page.",
        "nb": "Det er ingen tall i lageret ennå. Last opp månedseksportene på Data-siden.",
        "sv": "Det finns inga siffror i lagret ännu. Ladda upp månadsexporterna på sidan Data.",
        "da": "Der er ingen tal i lageret endnu. Upload månedseksporterne på siden Data.",
    },
    "common.no_data_yet": {
        "en": "no data yet",
        "nb": "ingen data ennå",
        "sv": "inga data ännu",
        "da": "ingen data endnu",
    },
    "common.no_strategy": {
        "en": "There is no strategy yet, so there are no goals to measure. Add your strategy on the Strategy page.",
        "nb": "Det finnes ingen strategi ennå, så det er ingen mål å måle. Legg inn strategien på Strategi-siden.",
        "sv": "Det finns ingen strategi ännu, så det finns inga mål att mäta. Lägg in strategin på sidan Strategi.",
        "da": "Der er ingen strategi endnu, så der er ingen mål at måle. Tilføj strategien på siden Strategi.",
    },
    "common.strategy_unreadable": {
        "en": "The saved strategy cannot be read. Fix it on the Strategy page; the problems are listed below.",
        "nb": "Den lagrede strategien kan ikke leses. Rett den på Strategi-siden; problemene står nedenfor.",
        "sv": "Den sparade strategin kan inte läsas. Rätta den på sidan Strategi; problemen står nedan.",
        "da": "Den gemte strategi kan ikke læses. Ret den på siden Strategi; problemerne står nedenfor.",
    },
    "common.to_strategy": {
        "en": "Go to the Strategy page",
        "nb": "Gå til Strategi-siden",
        "sv": "Gå till sidan Strategi",
        "da": "Gå til siden Strategi",
    },
    # Live updates
    "live.new_data": {
        "en": "New data: {files}.",
        "nb": "Nye tall: {files}.",
        "sv": "Nya siffror: {files}.",
        "da": "Nye tal: {files}.",
    },
    "live.restored": {
        "en": "Upload restored: {files}.",
        "nb": "Opplasting hentet tilbake: {files}.",
        "sv": "Uppladdning återställd: {files}.",
        "da": "Upload gendannet: {files}.",
    },
    "live.undone": {
        "en": "Upload undone: {files}.",
        "nb": "Opplasting angret: {files}.",
        "sv": "Uppladdning ångrad: {files}.",
        "da": "Upload fortrudt: {files}.",
    },
    "live.more_files": {
        "en": "and {count} more",
        "nb": "og {count} til",
        "sv": "och {count} till",
        "da": "og {count} mere",
    },
    "live.strategy": {
        "en": "The strategy was changed (version {version}).",
        "nb": "Strategien er endret (versjon {version}).",
        "sv": "Strategin har ändrats (version {version}).",
        "da": "Strategien er ændret (version {version}).",
    },
    "live.updated": {
        "en": "The numbers were updated.",
        "nb": "Tallene er oppdatert.",
        "sv": "Siffrorna har uppdaterats.",
        "da": "Tallene er opdateret.",
    },
    # Sentences about one goal (cards and the Goal page)
    "goal_text.now": {"en": "Now", "nb": "Nå", "sv": "Nu", "da": "Nu"},
    "goal_text.now_in": {
        "en": "Now ({month})",
        "nb": "Nå ({month})",
        "sv": "Nu ({month})",
        "da": "Nu ({month})",
    },
    "goal_text.reach_by": {
        "en": "Target: {target} by {deadline}",
        "nb": "Mål: {target} innen {deadline}",
        "sv": "Mål: {target} senast {deadline}",
        "da": "Mål: {target} senest {deadline}",
    },
    "goal_text.stay_above": {
        "en": "Keep above {target} every month",
        "nb": "Hold over {target} hver måned",
        "sv": "Håll över {target} varje månad",
        "da": "Hold over {target} hver måned",
    },
    "goal_text.stay_below": {
        "en": "Keep below {target} every month",
        "nb": "Hold under {target} hver måned",
        "sv": "Håll under {target} varje månad",
        "da": "Hold under {target} hver måned",
    },
    "goal_text.stay_above_holds": {
        "en": "Above the limit of {target}.",
        "nb": "Over grensen på {target}.",
        "sv": "Över gränsen på {target}.",
        "da": "Over grænsen på {target}.",
    },
    "goal_text.stay_above_breaks": {
        "en": "Below the limit of {target}.",
        "nb": "Under grensen på {target}.",
        "sv": "Under gränsen på {target}.",
        "da": "Under grænsen på {target}.",
    },
    "goal_text.stay_below_holds": {
        "en": "Below the limit of {target}.",
        "nb": "Under grensen på {target}.",
        "sv": "Under gränsen på {target}.",
        "da": "Under grænsen på {target}.",
    },
    "goal_text.stay_below_breaks": {
        "en": "Above the limit of {target}.",
        "nb": "Over grensen på {target}.",
        "sv": "Över gränsen på {target}.",
        "da": "Over grænsen på {target}.",
    },
    "goal_text.starts": {
        "en": "Starts {date}: no status before then.",
        "nb": "Starter {date}: ingen status før det.",
        "sv": "Börjar {date}: ingen status före dess.",
        "da": "Starter {date}: ingen status før da.",
    },
    "goal_text.no_data_since": {
        "en": "No data since {month}: some of its channels have not reported a later month yet, "
        "so it is measured at the end of {month}.",
        "nb": "Ingen tall siden {month}: noen av kanalene har ikke levert en senere måned ennå, "
        "så målet måles ved utgangen av {month}.",
        "sv": "Inga siffror sedan {month}: några av kanalerna har inte rapporterat en senare månad ännu, "
        "så målet mäts vid slutet av {month}.",
        "da": "Ingen tal siden {month}: nogle af kanalerne har ikke leveret en senere måned endnu, "
        "så målet måles ved udgangen af {month}.",
    },
    "goal_text.no_numbers": {
        "en": "No numbers yet for this metric on these channels. Upload them on the Data page.",
        "nb": "Ingen tall ennå for dette tallet på disse kanalene. Last dem opp på Data-siden.",
        "sv": "Inga siffror ännu för det här måttet i de här kanalerna. Ladda upp dem på sidan Data.",
        "da": "Ingen tal endnu for dette tal på disse kanaler. Upload dem på siden Data.",
    },
    "goal_text.no_baseline": {
        "en": "No baseline: give one in the strategy, or upload the month the goal starts.",
        "nb": "Mangler utgangspunkt: oppgi det i strategien, eller last opp måneden målet starter.",
        "sv": "Utgångsläge saknas: ange det i strategin, eller ladda upp månaden då målet börjar.",
        "da": "Udgangspunkt mangler: angiv det i strategien, eller upload den måned, målet starter.",
    },
    "goal_text.pace": {
        "en": "{progress} of the way; {expected} expected by now",
        "nb": "{progress} av veien; {expected} ventet nå",
        "sv": "{progress} av vägen; {expected} väntat nu",
        "da": "{progress} af vejen; {expected} ventet nu",
    },
    "goal_text.forecast": {
        "en": "Forecast for {month}: {value}",
        "nb": "Prognose for {month}: {value}",
        "sv": "Prognos för {month}: {value}",
        "da": "Prognose for {month}: {value}",
    },
    "goal_text.needed": {
        "en": "Needed: {value} a month",
        "nb": "Trengs: {value} i måneden",
        "sv": "Behövs: {value} i månaden",
        "da": "Kræves: {value} om måneden",
    },
    # Trends (Channels and Audiences)
    # Short choices: the four side by side must fit beside the channel picker on a laptop.
    "trends.period": {
        "en": "Months shown (up to the month measured)",
        "nb": "Måneder som vises (fram til målt måned)",
        "sv": "Månader som visas (fram till uppmätt månad)",
        "da": "Måneder der vises (frem til den målte måned)",
    },
    "trends.period_months": {"en": "{months}", "nb": "{months}", "sv": "{months}", "da": "{months}"},
    "trends.period_all": {"en": "All", "nb": "Alle", "sv": "Alla", "da": "Alle"},
    "trends.latest": {
        "en": "Latest month shown: {month}",
        "nb": "Siste måned vist: {month}",
        "sv": "Senaste månad som visas: {month}",
        "da": "Seneste viste måned: {month}",
    },
    "trends.goals": {
        "en": "Goals on this metric:",
        "nb": "Mål for dette tallet:",
        "sv": "Mål för det här måttet:",
        "da": "Mål for dette tal:",
    },
    "trends.no_goals": {
        "en": "No goal is set on this metric here.",
        "nb": "Ingen mål er satt for dette tallet her.",
        "sv": "Inga mål är satta för det här måttet här.",
        "da": "Der er ikke sat mål for dette tal her.",
    },
    # Metric names (built-in and known metrics; a strategy's own metrics keep their own label)
    "metric.followers": {"en": "Followers", "nb": "Følgere", "sv": "Följare", "da": "Følgere"},
    "metric.followers_gained": {
        "en": "New followers",
        "nb": "Nye følgere",
        "sv": "Nya följare",
        "da": "Nye følgere",
    },
    "metric.followers_lost": {
        "en": "Lost followers",
        "nb": "Tapte følgere",
        "sv": "Förlorade följare",
        "da": "Mistede følgere",
    },
    "metric.comments": {"en": "Comments", "nb": "Kommentarer", "sv": "Kommentarer", "da": "Kommentarer"},
    "metric.links": {"en": "Link clicks", "nb": "Lenkeklikk", "sv": "Länkklick", "da": "Linkklik"},
    "metric.support_time": {
        "en": "Support response time",
        "nb": "Svartid i kundeservice",
        "sv": "Svarstid i kundtjänst",
        "da": "Svartid i kundeservice",
    },
    "metric.support_time_business": {
        "en": "Support response time (business hours)",
        "nb": "Svartid i kundeservice (åpningstid)",
        "sv": "Svarstid i kundtjänst (kontorstid)",
        "da": "Svartid i kundeservice (åbningstid)",
    },
    "metric.resolution_time": {
        "en": "Resolution time",
        "nb": "Løsningstid",
        "sv": "Lösningstid",
        "da": "Løsningstid",
    },
    "metric.tickets": {"en": "Tickets", "nb": "Henvendelser", "sv": "Ärenden", "da": "Henvendelser"},
    "metric.reach": {"en": "Reach", "nb": "Rekkevidde", "sv": "Räckvidd", "da": "Rækkevidde"},
    "metric.impressions": {
        "en": "Impressions",
        "nb": "Visninger",
        "sv": "Exponeringar",
        "da": "Eksponeringer",
    },
    "metric.views": {"en": "Views", "nb": "Avspillinger", "sv": "Visningar", "da": "Visninger"},
    "metric.profile_visits": {
        "en": "Profile visits",
        "nb": "Profilbesøk",
        "sv": "Profilbesök",
        "da": "Profilbesøg",
    },
    "metric.reactions": {"en": "Reactions", "nb": "Reaksjoner", "sv": "Reaktioner", "da": "Reaktioner"},
    "metric.likes": {"en": "Likes", "nb": "Likerklikk", "sv": "Gilla-markeringar", "da": "Likes"},
    "metric.shares": {"en": "Shares", "nb": "Delinger", "sv": "Delningar", "da": "Delinger"},
    "metric.saves": {"en": "Saves", "nb": "Lagringer", "sv": "Sparade", "da": "Gemte"},
    "metric.engagements": {
        "en": "Engagements",
        "nb": "Engasjementer",
        "sv": "Engagemang",
        "da": "Engagementer",
    },
    "metric.interactions": {
        "en": "Content interactions",
        "nb": "Innholdsinteraksjoner",
        "sv": "Innehållsinteraktioner",
        "da": "Indholdsinteraktioner",
    },
    "metric.posts": {"en": "Posts", "nb": "Innlegg", "sv": "Inlägg", "da": "Opslag"},
    "metric.watch_time_hours": {
        "en": "Watch time",
        "nb": "Visningstid",
        "sv": "Visningstid",
        "da": "Visningstid",
    },
    "metric.engagement_rate": {
        "en": "Engagement rate",
        "nb": "Engasjementsrate",
        "sv": "Engagemangsgrad",
        "da": "Engagementsrate",
    },
    # Units
    "unit.followers": {"en": "followers", "nb": "følgere", "sv": "följare", "da": "følgere"},
    "unit.comments": {"en": "comments", "nb": "kommentarer", "sv": "kommentarer", "da": "kommentarer"},
    "unit.clicks": {"en": "clicks", "nb": "klikk", "sv": "klick", "da": "klik"},
    "unit.minutes": {"en": "minutes", "nb": "minutter", "sv": "minuter", "da": "minutter"},
    "unit.people": {"en": "people", "nb": "personer", "sv": "personer", "da": "personer"},
    "unit.impressions": {"en": "impressions", "nb": "visninger", "sv": "exponeringar", "da": "eksponeringer"},
    "unit.views": {"en": "views", "nb": "avspillinger", "sv": "visningar", "da": "visninger"},
    "unit.visits": {"en": "visits", "nb": "besøk", "sv": "besök", "da": "besøg"},
    "unit.reactions": {"en": "reactions", "nb": "reaksjoner", "sv": "reaktioner", "da": "reaktioner"},
    "unit.likes": {"en": "likes", "nb": "likerklikk", "sv": "gilla-markeringar", "da": "likes"},
    "unit.shares": {"en": "shares", "nb": "delinger", "sv": "delningar", "da": "delinger"},
    "unit.saves": {"en": "saves", "nb": "lagringer", "sv": "sparade", "da": "gemte"},
    "unit.engagements": {
        "en": "engagements",
        "nb": "engasjementer",
        "sv": "engagemang",
        "da": "engagementer",
    },
    "unit.interactions": {
        "en": "interactions",
        "nb": "interaksjoner",
        "sv": "interaktioner",
        "da": "interaktioner",
    },
    "unit.posts": {"en": "posts", "nb": "innlegg", "sv": "inlägg", "da": "opslag"},
    "unit.hours": {"en": "hours", "nb": "timer", "sv": "timmar", "da": "timer"},
    "unit.tickets": {"en": "tickets", "nb": "henvendelser", "sv": "ärenden", "da": "henvendelser"},
    "unit.%": {"en": "%", "nb": "%", "sv": "%", "da": "%"},
}
