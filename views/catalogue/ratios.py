"""Texts of issue #10's ratios and year hints: CTR and averages made from their parts, years of dates without one.

Keys "error.<key>" are the library's Message keys (connectors/readers/); "data.*" keys are the Data page's.
"""

TEXT: dict[str, dict[str, str]] = {
    "error.readers.note_search_ratios": {
        "en": "CTR and Position are ratios, never added up: a month's CTR is computed as its clicks ÷ its "
        "impressions, and its average position as each day's position weighted by that day's impressions.",
        "nb": "CTR og Plassering er forholdstall og legges aldri sammen: en måneds CTR regnes ut som klikkene ÷ "
        "visningene, og gjennomsnittlig plassering som hver dags plassering vektet med dagens visninger.",
        "sv": "CTR och Position är kvoter och läggs aldrig ihop: en månads CTR räknas ut som klicken ÷ "
        "visningarna, och genomsnittlig position som varje dags position viktad med dagens visningar.",
        "da": "CTR og Placering er forholdstal og lægges aldrig sammen: en måneds CTR beregnes som klikkene ÷ "
        "visningerne, og gennemsnitlig placering som hver dags placering vægtet med dagens visninger.",
    },
    "error.readers.position_missing": {
        "en": "this day has impressions but no position, so the month's average position cannot be computed; "
        "export the Dates file again",
        "nb": "denne dagen har visninger, men ingen plassering, så månedens gjennomsnittlige plassering kan ikke "
        "regnes ut; eksporter Dates-filen på nytt",
        "sv": "den här dagen har visningar men ingen position, så månadens genomsnittliga position kan inte "
        "räknas ut; exportera Dates-filen igen",
        "da": "denne dag har visninger, men ingen placering, så månedens gennemsnitlige placering kan ikke "
        "beregnes; eksportér Dates-filen igen",
    },
    "error.readers.ratio_values_not_stored": {
        "en": "{metrics}: a ratio's daily values are not stored, because no sum or mean of them is the month's "
        "value; Goalpost computes it each month from its parts ({parts}), so upload those",
        "nb": "{metrics}: daglige verdier av et forholdstall lagres ikke, fordi verken summen eller snittet av dem "
        "er månedens verdi; Goalpost regner den ut hver måned fra delene ({parts}), så last opp dem",
        "sv": "{metrics}: en kvots dagliga värden sparas inte, eftersom varken summan eller medelvärdet av dem är "
        "månadens värde; Goalpost räknar ut den varje månad från delarna ({parts}), så ladda upp dem",
        "da": "{metrics}: et forholdstals daglige værdier gemmes ikke, fordi hverken summen eller gennemsnittet af "
        "dem er månedens værdi; Goalpost beregner den hver måned ud fra delene ({parts}), så upload dem",
    },
}
