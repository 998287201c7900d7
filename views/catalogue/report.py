"""Texts of the monthly report (PDF, HTML, the mail that carries it) and of its download buttons."""

TEXT: dict[str, dict[str, str]] = {
    "report.title": {
        "en": "{organisation}: monthly review, {month}",
        "nb": "{organisation}: månedsgjennomgang, {month}",
        "sv": "{organisation}: månadsgenomgång, {month}",
        "da": "{organisation}: månedsgennemgang, {month}",
    },
    "report.kicker": {
        "en": "Monthly review",
        "nb": "Månedsgjennomgang",
        "sv": "Månadsgenomgång",
        "da": "Månedsgennemgang",
    },
    "report.month": {
        "en": "Goals measured at the end of {month}",
        "nb": "Målene målt ved utgangen av {month}",
        "sv": "Målen mätta vid slutet av {month}",
        "da": "Målene målt ved udgangen af {month}",
    },
    "report.made": {
        "en": "Made with Goalpost on {date}",
        "nb": "Laget med Goalpost {date}",
        "sv": "Gjord med Goalpost {date}",
        "da": "Lavet med Goalpost {date}",
    },
    "report.whats_in": {
        "en": "What is in, what is missing",
        "nb": "Hva som er med, hva som mangler",
        "sv": "Vad som finns med, vad som saknas",
        "da": "Hvad der er med, hvad der mangler",
    },
    "report.no_channels": {
        "en": "The strategy names no channels, so there is nothing to wait for.",
        "nb": "Strategien nevner ingen kanaler, så det er ikke noe å vente på.",
        "sv": "Strategin nämner inga kanaler, så det finns inget att vänta på.",
        "da": "Strategien nævner ingen kanaler, så der er intet at vente på.",
    },
    "report.channel_in": {
        "en": "numbers in",
        "nb": "tallene er inne",
        "sv": "siffrorna finns",
        "da": "tallene er inde",
    },
    "report.channel_missing": {
        "en": "no numbers for this month yet",
        "nb": "ingen tall for denne måneden ennå",
        "sv": "inga siffror för den här månaden ännu",
        "da": "ingen tal for denne måned endnu",
    },
    "report.summary": {
        "en": "Summary",
        "nb": "Sammendrag",
        "sv": "Sammanfattning",
        "da": "Sammendrag",
    },
    "report.changed_title": {
        "en": "What changed since {month}",
        "nb": "Hva som har endret seg siden {month}",
        "sv": "Vad som har ändrats sedan {month}",
        "da": "Hvad der har ændret sig siden {month}",
    },
    "report.changed_status": {
        "en": "{goal}: {before} → {now}",
        "nb": "{goal}: {before} → {now}",
        "sv": "{goal}: {before} → {now}",
        "da": "{goal}: {before} → {now}",
    },
    "report.changed_none": {
        "en": "No goal changed its status.",
        "nb": "Ingen mål har endret status.",
        "sv": "Inget mål har ändrat status.",
        "da": "Ingen mål har ændret status.",
    },
    "report.table_title": {
        "en": "Every goal at a glance",
        "nb": "Alle målene i korte trekk",
        "sv": "Alla mål i korthet",
        "da": "Alle mål i korte træk",
    },
    "report.col_goal": {"en": "Goal", "nb": "Mål", "sv": "Mål", "da": "Mål"},
    "report.col_status": {"en": "Status", "nb": "Status", "sv": "Status", "da": "Status"},
    "report.col_now": {"en": "Now", "nb": "Nå", "sv": "Nu", "da": "Nu"},
    "report.col_target": {"en": "Target", "nb": "Mål­verdi", "sv": "Målvärde", "da": "Målværdi"},
    "report.col_forecast": {
        "en": "Forecast at deadline",
        "nb": "Prognose ved frist",
        "sv": "Prognos vid slutdatum",
        "da": "Prognose ved fristen",
    },
    "report.goals_title": {
        "en": "The goals, most urgent first",
        "nb": "Målene, de mest presserende først",
        "sv": "Målen, de mest brådskande först",
        "da": "Målene, de mest presserende først",
    },
    "report.now_line": {
        "en": "{month}: {value}",
        "nb": "{month}: {value}",
        "sv": "{month}: {value}",
        "da": "{month}: {value}",
    },
    "report.no_chart": {
        "en": "No numbers reach this goal yet, so there is no chart.",
        "nb": "Ingen tall når dette målet ennå, så det er ingen graf.",
        "sv": "Inga siffror når det här målet ännu, så det finns inget diagram.",
        "da": "Ingen tal når dette mål endnu, så der er ingen graf.",
    },
    "report.decisions_title": {
        "en": "Decisions of the month",
        "nb": "Månedens beslutninger",
        "sv": "Månadens beslut",
        "da": "Månedens beslutninger",
    },
    "report.decisions_none": {
        "en": "No decisions recorded for {month}.",
        "nb": "Ingen beslutninger er notert for {month}.",
        "sv": "Inga beslut är noterade för {month}.",
        "da": "Ingen beslutninger er noteret for {month}.",
    },
    "report.decision_line": {
        "en": "{date} · {by}: {text}",
        "nb": "{date} · {by}: {text}",
        "sv": "{date} · {by}: {text}",
        "da": "{date} · {by}: {text}",
    },
    "report.mail_none_behind": {
        "en": "No goal is off track or at risk.",
        "nb": "Ingen mål er ute av rute eller i faresonen.",
        "sv": "Inget mål ligger efter plan eller i riskzonen.",
        "da": "Ingen mål er bagud eller i risiko.",
    },
    "report.mail_attached": {
        "en": "The full report, with every goal's chart, is attached as a PDF.",
        "nb": "Hele rapporten, med grafen for hvert mål, ligger ved som PDF.",
        "sv": "Hela rapporten, med diagrammet för varje mål, finns bifogad som PDF.",
        "da": "Hele rapporten, med grafen for hvert mål, er vedhæftet som PDF.",
    },
    "report.section_title": {
        "en": "Report for {month}",
        "nb": "Rapport for {month}",
        "sv": "Rapport för {month}",
        "da": "Rapport for {month}",
    },
    "report.section_caption": {
        "en": "The whole monthly review for the meeting's minutes: every goal with its chart, what is in and "
        "what is missing, and the decisions of the month. Each file is made when you click; the PDF takes a "
        "few seconds.",
        "nb": "Hele månedsgjennomgangen til referatet: hvert mål med sin graf, hva som er med og hva som "
        "mangler, og månedens beslutninger. Hver fil lages når du klikker; PDF-en tar noen sekunder.",
        "sv": "Hela månadsgenomgången till protokollet: varje mål med sitt diagram, vad som finns med och vad "
        "som saknas, och månadens beslut. Varje fil skapas när du klickar; PDF:en tar några sekunder.",
        "da": "Hele månedsgennemgangen til referatet: hvert mål med sin graf, hvad der er med og hvad der "
        "mangler, og månedens beslutninger. Hver fil laves, når du klikker; PDF'en tager nogle sekunder.",
    },
    "report.download_pdf": {"en": "PDF", "nb": "PDF", "sv": "PDF", "da": "PDF"},
    "report.download_html": {
        "en": "HTML (works offline)",
        "nb": "HTML (virker uten nett)",
        "sv": "HTML (fungerar offline)",
        "da": "HTML (virker uden net)",
    },
    "report.download_html_help": {
        "en": "One file with every chart inside: it opens in any browser, also without a network, and the "
        "charts can be pointed at.",
        "nb": "Én fil med alle grafene i: den åpnes i alle nettlesere, også uten nett, og grafene kan pekes på.",
        "sv": "En fil med alla diagram i: den öppnas i alla webbläsare, även utan nätverk, och diagrammen går "
        "att peka på.",
        "da": "Én fil med alle graferne i: den åbnes i alle browsere, også uden net, og graferne kan peges på.",
    },
    "report.download_png": {
        "en": "Charts as PNG (ZIP)",
        "nb": "Grafer som PNG (ZIP)",
        "sv": "Diagram som PNG (ZIP)",
        "da": "Grafer som PNG (ZIP)",
    },
    "report.download_xlsx": {
        "en": "Tables (Excel)",
        "nb": "Tabeller (Excel)",
        "sv": "Tabeller (Excel)",
        "da": "Tabeller (Excel)",
    },
    "report.download_xlsx_help": {
        "en": "The month values and the goal progress, one sheet each, up to this month.",
        "nb": "Månedsverdiene og måloppnåelsen, ett ark hver, til og med denne måneden.",
        "sv": "Månadsvärdena och måluppfyllelsen, ett blad vardera, till och med den här månaden.",
        "da": "Månedsværdierne og målopfyldelsen, ét ark hver, til og med denne måned.",
    },
    "report.download_csv_month_values": {
        "en": "Month values (CSV)",
        "nb": "Månedsverdier (CSV)",
        "sv": "Månadsvärden (CSV)",
        "da": "Månedsværdier (CSV)",
    },
    "report.download_csv_goal_progress": {
        "en": "Goal progress (CSV)",
        "nb": "Måloppnåelse (CSV)",
        "sv": "Måluppfyllelse (CSV)",
        "da": "Målopfyldelse (CSV)",
    },
}
