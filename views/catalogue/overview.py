"""Texts of the Overview page."""

TEXT: dict[str, dict[str, str]] = {
    "overview.title": {
        "en": "Is the strategy working?",
        "nb": "Virker strategien?",
        "sv": "Fungerar strategin?",
        "da": "Virker strategien?",
    },
    "overview.subtitle": {
        "en": "{organisation} · measured at the end of {month}",
        "nb": "{organisation} · målt ved utgangen av {month}",
        "sv": "{organisation} · mätt vid slutet av {month}",
        "da": "{organisation} · målt ved udgangen af {month}",
    },
    "overview.welcome": {
        "en": "Welcome to Goalpost. This is Lyngtind, an invented organisation, so every page has something to "
        "show: look around, then put in your own strategy on the Strategy page and your exports on the Data page.",
        "nb": "Velkommen til Goalpost. Dette er Lyngtind, en oppdiktet organisasjon, så hver side har noe å vise: "
        "se deg rundt, og legg så inn deres egen strategi på Strategi-siden og eksportene på Data-siden.",
        "sv": "Välkommen till Goalpost. Det här är Lyngtind, en påhittad organisation, så att varje sida har något "
        "att visa: titta runt och lägg sedan in er egen strategi på sidan Strategi och exporterna på sidan Data.",
        "da": "Velkommen til Goalpost. Dette er Lyngtind, en opdigtet organisation, så hver side har noget at vise: "
        "se dig omkring, og læg så jeres egen strategi ind på siden Strategi og eksporterne på siden Data.",
    },
    "overview.subtitle_latest": {
        "en": "{organisation} · each goal at its latest complete month (up to {month})",
        "nb": "{organisation} · hvert mål i sin siste komplette måned (til og med {month})",
        "sv": "{organisation} · varje mål i sin senaste kompletta månad (till och med {month})",
        "da": "{organisation} · hvert mål i sin seneste komplette måned (til og med {month})",
    },
    "overview.since_visit": {
        "en": "Since your last visit on {date}: {changes}.",
        "nb": "Siden ditt forrige besøk {date}: {changes}.",
        "sv": "Sedan ditt senaste besök den {date}: {changes}.",
        "da": "Siden dit sidste besøg den {date}: {changes}.",
    },
    "overview.since_visit_change": {
        "en": "{goal} went from {old} to {new}",
        "nb": "{goal} gikk fra {old} til {new}",
        "sv": "{goal} gick från {old} till {new}",
        "da": "{goal} gik fra {old} til {new}",
    },
    "overview.since_visit_none": {
        "en": "No goal has changed status since your last visit on {date}.",
        "nb": "Ingen mål har endret status siden ditt forrige besøk {date}.",
        "sv": "Inget mål har bytt status sedan ditt senaste besök den {date}.",
        "da": "Intet mål har skiftet status siden dit sidste besøg den {date}.",
    },
    "overview.card_was": {
        "en": "Was {status} at your last visit",
        "nb": "Var {status} ved ditt forrige besøk",
        "sv": "Var {status} vid ditt senaste besök",
        "da": "Var {status} ved dit sidste besøg",
    },
    "overview.coverage_all": {
        "en": "{month}: all {total} channels in.",
        "nb": "{month}: alle {total} kanalene har levert.",
        "sv": "{month}: alla {total} kanaler har rapporterat.",
        "da": "{month}: alle {total} kanaler har leveret.",
    },
    "overview.coverage_partial": {
        "en": "{month}: {count} of {total} channels in ({channels_in}); waiting for {waiting}. "
        "Goals on those channels stay at their latest complete month until their data is uploaded.",
        "nb": "{month}: {count} av {total} kanaler har levert ({channels_in}); venter på {waiting}. "
        "Mål på de kanalene blir stående i sin siste komplette måned til tallene er lastet opp.",
        "sv": "{month}: {count} av {total} kanaler har rapporterat ({channels_in}); väntar på {waiting}. "
        "Mål i de kanalerna står kvar i sin senaste kompletta månad tills siffrorna är uppladdade.",
        "da": "{month}: {count} af {total} kanaler har leveret ({channels_in}); venter på {waiting}. "
        "Mål på de kanaler bliver stående i deres seneste komplette måned, til tallene er uploadet.",
    },
    "overview.no_goals": {
        "en": "The strategy has no goals yet. Add goals on the Strategy page to see here how they are doing.",
        "nb": "Strategien har ingen mål ennå. Legg til mål på Strategi-siden for å se her hvordan det går.",
        "sv": "Strategin har inga mål ännu. Lägg till mål på sidan Strategi för att se här hur det går.",
        "da": "Strategien har ingen mål endnu. Tilføj mål på siden Strategi for at se her, hvordan det går.",
    },
    "overview.to_strategy": {
        "en": "Add goals on the Strategy page",
        "nb": "Legg til mål på Strategi-siden",
        "sv": "Lägg till mål på sidan Strategi",
        "da": "Tilføj mål på siden Strategi",
    },
    "overview.summary_no_goals": {
        "en": "The strategy has no goals yet",
        "nb": "Strategien har ingen mål ennå",
        "sv": "Strategin har inga mål ännu",
        "da": "Strategien har ingen mål endnu",
    },
    "overview.summary_on_track": {
        "en": "{good} of {total} goals on track or achieved",
        "nb": "{good} av {total} mål i rute eller nådd",
        "sv": "{good} av {total} mål i fas eller uppnådda",
        "da": "{good} af {total} mål på sporet eller nået",
    },
    "overview.summary_off_track": {
        "en": "{count} off track: {goals}",
        "nb": "{count} ikke i rute: {goals}",
        "sv": "{count} efter plan: {goals}",
        "da": "{count} bagud: {goals}",
    },
    "overview.summary_at_risk": {
        "en": "{count} at risk: {goals}",
        "nb": "{count} i faresonen: {goals}",
        "sv": "{count} i riskzonen: {goals}",
        "da": "{count} i risiko: {goals}",
    },
    "overview.summary_no_data": {
        "en": "{count} without data: {goals}",
        "nb": "{count} uten data: {goals}",
        "sv": "{count} utan data: {goals}",
        "da": "{count} uden data: {goals}",
    },
    "overview.card_owner": {
        "en": "Owner: {owner}",
        "nb": "Ansvarlig: {owner}",
        "sv": "Ansvarig: {owner}",
        "da": "Ansvarlig: {owner}",
    },
    "overview.card_change": {
        "en": "{change} since {month}",
        "nb": "{change} siden {month}",
        "sv": "{change} sedan {month}",
        "da": "{change} siden {month}",
    },
    "overview.card_open": {
        "en": "Open the goal",
        "nb": "Åpne målet",
        "sv": "Öppna målet",
        "da": "Åbn målet",
    },
    "overview.pace_title": {
        "en": "Progress against the expected pace",
        "nb": "Framdrift mot forventet tempo",
        "sv": "Framsteg mot förväntad takt",
        "da": "Fremdrift mod forventet tempo",
    },
    "overview.pace_caption": {
        "en": "Each bar shows how much of the way from baseline to target a goal has come; the grey tick is "
        "where it should be by now if it moved evenly from start to deadline. "
        "Goals that keep a level (stay above or below) have no pace and are on their cards only.",
        "nb": "Hver stolpe viser hvor langt målet har kommet fra utgangspunktet mot målet; den grå streken er "
        "der det burde vært nå med jevn framdrift fra start til frist. "
        "Mål som skal holde et nivå (over eller under) har ikke noe tempo og vises bare på kortene.",
        "sv": "Varje stapel visar hur långt målet har kommit från utgångsläget mot målet; det grå strecket är "
        "där det borde vara nu med jämn takt från start till deadline. "
        "Mål som ska hålla en nivå (över eller under) har ingen takt och visas bara på korten.",
        "da": "Hver søjle viser, hvor langt målet er nået fra udgangspunktet mod målet; den grå streg er, "
        "hvor det burde være nu med jævnt tempo fra start til frist. "
        "Mål, der skal holde et niveau (over eller under), har intet tempo og vises kun på kortene.",
    },
    "overview.pace_none": {
        "en": "No goal has a measurable progress yet.",
        "nb": "Ingen mål har målbar framdrift ennå.",
        "sv": "Inget mål har mätbara framsteg ännu.",
        "da": "Intet mål har målbar fremdrift endnu.",
    },
    "overview.pace_progress": {"en": "Progress", "nb": "Framdrift", "sv": "Framsteg", "da": "Fremdrift"},
    "overview.pace_behind": {
        "en": "Moving away from the target",
        "nb": "Beveger seg bort fra målet",
        "sv": "Rör sig bort från målet",
        "da": "Bevæger sig væk fra målet",
    },
    "overview.pace_expected": {
        "en": "Expected by now",
        "nb": "Forventet nå",
        "sv": "Förväntat nu",
        "da": "Forventet nu",
    },
    "overview.pace_hover": {
        "en": "{progress} of the way, {expected} expected by now",
        "nb": "{progress} av veien, {expected} ventet nå",
        "sv": "{progress} av vägen, {expected} väntat nu",
        "da": "{progress} af vejen, {expected} ventet nu",
    },
    "overview.grid_title": {
        "en": "Where the goals are",
        "nb": "Hvor målene er",
        "sv": "Var målen finns",
        "da": "Hvor målene er",
    },
    "overview.grid_caption": {
        "en": "Channels down, audiences across. Each cell shows the goals in it by status "
        "(✗ off track, ! at risk, ? no data, ✓ on track, ★ achieved); its colour is the most urgent one.",
        "nb": "Kanaler nedover, målgrupper bortover. Hver rute viser målene i den etter status "
        "(✗ ikke i rute, ! i faresonen, ? ingen data, ✓ i rute, ★ nådd); fargen er den mest presserende.",
        "sv": "Kanaler nedåt, målgrupper bortåt. Varje ruta visar målen i den efter status "
        "(✗ efter plan, ! i riskzonen, ? inga data, ✓ i fas, ★ uppnått); färgen är den mest brådskande.",
        "da": "Kanaler nedad, målgrupper henad. Hver celle viser målene i den efter status "
        "(✗ bagud, ! i risiko, ? ingen data, ✓ på sporet, ★ nået); farven er den mest presserende.",
    },
    "overview.grid_all": {
        "en": "All audiences",
        "nb": "Alle målgrupper",
        "sv": "Alla målgrupper",
        "da": "Alle målgrupper",
    },
    "overview.grid_none": {
        "en": "No goal names a channel yet.",
        "nb": "Ingen mål nevner en kanal ennå.",
        "sv": "Inget mål nämner någon kanal ännu.",
        "da": "Intet mål nævner en kanal endnu.",
    },
}
