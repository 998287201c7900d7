"""Texts of the Goal page and its chart."""

TEXT: dict[str, dict[str, str]] = {
    "goal.title": {"en": "Goal", "nb": "Mål", "sv": "Mål", "da": "Mål"},
    "goal.choose": {"en": "Goal", "nb": "Mål", "sv": "Mål", "da": "Mål"},
    "goal.kind_communication": {
        "en": "Communication goal",
        "nb": "Kommunikasjonsmål",
        "sv": "Kommunikationsmål",
        "da": "Kommunikationsmål",
    },
    "goal.kind_effect": {"en": "Effect goal", "nb": "Effektmål", "sv": "Effektmål", "da": "Effektmål"},
    "goal.period": {
        "en": "from {start} to {deadline}",
        "nb": "fra {start} til {deadline}",
        "sv": "från {start} till {deadline}",
        "da": "fra {start} til {deadline}",
    },
    "goal.target": {"en": "Target", "nb": "Mål", "sv": "Mål", "da": "Mål"},
    "goal.limit": {"en": "Limit", "nb": "Grense", "sv": "Gräns", "da": "Grænse"},
    "goal.worst_month": {
        "en": "Worst month of the last 12 ({month})",
        "nb": "Svakeste måned siste 12 ({month})",
        "sv": "Sämsta månaden av de senaste 12 ({month})",
        "da": "Dårligste måned af de seneste 12 ({month})",
    },
    "goal.expected_now": {
        "en": "Expected by now",
        "nb": "Forventet nå",
        "sv": "Förväntat nu",
        "da": "Forventet nu",
    },
    "goal.forecast": {
        "en": "Forecast for {month}",
        "nb": "Prognose for {month}",
        "sv": "Prognos för {month}",
        "da": "Prognose for {month}",
    },
    "goal.needed": {
        "en": "Needed per month",
        "nb": "Trengs per måned",
        "sv": "Behövs per månad",
        "da": "Kræves pr. måned",
    },
    "goal.baseline_from_data": {
        "en": "The strategy gives no baseline, so the first month from the start is used.",
        "nb": "Strategien oppgir ikke noe utgangspunkt, så den første måneden fra start brukes.",
        "sv": "Strategin anger inget utgångsläge, så den första månaden från start används.",
        "da": "Strategien angiver intet udgangspunkt, så den første måned fra start bruges.",
    },
    "goal.fig_values": {"en": "Month values", "nb": "Månedstall", "sv": "Månadsvärden", "da": "Månedstal"},
    "goal.fig_expected": {
        "en": "Expected path",
        "nb": "Forventet utvikling",
        "sv": "Förväntad utveckling",
        "da": "Forventet udvikling",
    },
    "goal.fig_baseline": {
        "en": "Baseline {value}",
        "nb": "Utgangspunkt {value}",
        "sv": "Utgångsläge {value}",
        "da": "Udgangspunkt {value}",
    },
    "goal.fig_target": {
        "en": "Target {value}",
        "nb": "Mål {value}",
        "sv": "Mål {value}",
        "da": "Mål {value}",
    },
    "goal.fig_forecast": {"en": "Forecast", "nb": "Prognose", "sv": "Prognos", "da": "Prognose"},
    "goal.fig_forecast_range": {
        "en": "Forecast, {share} range",
        "nb": "Prognose, {share}-intervall",
        "sv": "Prognos, {share}-intervall",
        "da": "Prognose, {share}-interval",
    },
    "goal.fig_deadline": {
        "en": "Deadline {date}",
        "nb": "Frist {date}",
        "sv": "Deadline {date}",
        "da": "Frist {date}",
    },
    "goal.tactics_title": {
        "en": "Tactics serving this goal",
        "nb": "Tiltak for dette målet",
        "sv": "Aktiviteter för det här målet",
        "da": "Tiltag for dette mål",
    },
    "goal.tactics_caption": {
        "en": "{hours} hours a month in all (a tactic serving several goals counts in full here).",
        "nb": "{hours} timer i måneden til sammen (et tiltak for flere mål telles helt her).",
        "sv": "{hours} timmar i månaden totalt (en aktivitet för flera mål räknas helt här).",
        "da": "{hours} timer om måneden i alt (et tiltag for flere mål tælles fuldt her).",
    },
    "goal.no_tactics": {
        "en": "No tactic serves this goal. Without work planned for it, it is unlikely to move: "
        "add a tactic on the Strategy page.",
        "nb": "Ingen tiltak jobber mot dette målet. Uten planlagt arbeid flytter det seg neppe: "
        "legg til et tiltak på Strategi-siden.",
        "sv": "Ingen aktivitet arbetar mot det här målet. Utan planerat arbete rör det sig knappast: "
        "lägg till en aktivitet på sidan Strategi.",
        "da": "Intet tiltag arbejder mod dette mål. Uden planlagt arbejde rykker det sig næppe: "
        "tilføj et tiltag på siden Strategi.",
    },
    "goal.col_tactic": {"en": "Tactic", "nb": "Tiltak", "sv": "Aktivitet", "da": "Tiltag"},
    "goal.col_to_do": {"en": "What we do", "nb": "Hva vi gjør", "sv": "Vad vi gör", "da": "Hvad vi gør"},
    "goal.col_channels": {"en": "Where", "nb": "Hvor", "sv": "Var", "da": "Hvor"},
    "goal.col_audiences": {"en": "For whom", "nb": "For hvem", "sv": "För vem", "da": "For hvem"},
    "goal.col_hours": {
        "en": "Hours a month",
        "nb": "Timer i måneden",
        "sv": "Timmar i månaden",
        "da": "Timer om måneden",
    },
    "goal.col_shared": {
        "en": "Also serves",
        "nb": "Jobber også mot",
        "sv": "Arbetar också mot",
        "da": "Arbejder også mod",
    },
    "goal.col_shared_help": {
        "en": "The other goals the same tactic works towards.",
        "nb": "De andre målene det samme tiltaket jobber mot.",
        "sv": "De andra målen samma aktivitet arbetar mot.",
        "da": "De andre mål, det samme tiltag arbejder mod.",
    },
    "goal.history_title": {
        "en": "Status month by month",
        "nb": "Status måned for måned",
        "sv": "Status månad för månad",
        "da": "Status måned for måned",
    },
    "goal.history_none": {
        "en": "No history yet: the goal has not started or has no numbers.",
        "nb": "Ingen historikk ennå: målet har ikke startet eller har ingen tall.",
        "sv": "Ingen historik ännu: målet har inte börjat eller saknar siffror.",
        "da": "Ingen historik endnu: målet er ikke startet eller har ingen tal.",
    },
    "goal.history_change": {
        "en": "{month}: {status}",
        "nb": "{month}: {status}",
        "sv": "{month}: {status}",
        "da": "{month}: {status}",
    },
    "goal.history_pace": {
        "en": "{progress} of the way, {expected} expected",
        "nb": "{progress} av veien, {expected} ventet",
        "sv": "{progress} av vägen, {expected} väntat",
        "da": "{progress} af vejen, {expected} ventet",
    },
    "goal.values_table": {
        "en": "The month values as a table",
        "nb": "Månedstallene som tabell",
        "sv": "Månadsvärdena som tabell",
        "da": "Månedstallene som tabel",
    },
    "goal.col_month": {"en": "Month", "nb": "Måned", "sv": "Månad", "da": "Måned"},
    "goal.col_value": {"en": "Value", "nb": "Verdi", "sv": "Värde", "da": "Værdi"},
}
