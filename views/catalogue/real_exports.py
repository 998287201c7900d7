"""Texts of issue #10: ratios made from their parts, the year of dates without one, channel names per page.

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
    "data.year": {
        "en": "Year of the dates",
        "nb": "År for datoene",
        "sv": "År för datumen",
        "da": "År for datoerne",
    },
    "data.year_help": {
        "en": "The file writes its dates without a year; {year} was taken (the note above says why). Choose "
        "another year if that is wrong.",
        "nb": "Filen skriver datoene uten år; {year} ble valgt (merknaden over sier hvorfor). Velg et annet år "
        "hvis det er feil.",
        "sv": "Filen skriver datumen utan år; {year} valdes (anteckningen ovan säger varför). Välj ett annat år "
        "om det är fel.",
        "da": "Filen skriver datoerne uden år; {year} blev valgt (noten ovenfor siger hvorfor). Vælg et andet år, "
        "hvis det er forkert.",
    },
    "data.channel_names": {
        "en": "The file holds several pages or accounts, each under its own channel. Rename them before storing "
        "if you like:",
        "nb": "Filen har flere sider eller kontoer, hver under sin egen kanal. Gi dem nytt navn før lagring om "
        "du vil:",
        "sv": "Filen har flera sidor eller konton, var och en under sin egen kanal. Byt namn på dem innan de "
        "sparas om du vill:",
        "da": "Filen har flere sider eller konti, hver under sin egen kanal. Omdøb dem før lagring, hvis du vil:",
    },
    "data.channel_name_for": {
        "en": "Channel for “{channel}”",
        "nb": "Kanal for «{channel}»",
        "sv": "Kanal för ”{channel}”",
        "da": "Kanal for »{channel}«",
    },
    "data.channel_name_help": {
        "en": "A channel id: stored in lower case with spaces as underscores. Two pages cannot share a channel.",
        "nb": "En kanal-id: lagres med små bokstaver og mellomrom som understrek. To sider kan ikke dele kanal.",
        "sv": "Ett kanal-id: sparas med gemener och mellanslag som understreck. Två sidor kan inte dela kanal.",
        "da": "Et kanal-id: gemmes med små bogstaver og mellemrum som understregning. To sider kan ikke dele "
        "kanal.",
    },
    "data.channel_suggestion": {
        "en": "“{typed}” looks like {suggestion}: store it as {suggestion} (otherwise it stays “{typed}”)",
        "nb": "«{typed}» ser ut som {suggestion}: lagre den som {suggestion} (ellers blir den «{typed}»)",
        "sv": "”{typed}” ser ut som {suggestion}: spara den som {suggestion} (annars förblir den ”{typed}”)",
        "da": "»{typed}« ligner {suggestion}: gem den som {suggestion} (ellers forbliver den »{typed}«)",
    },
    "error.upload.channels_would_merge": {
        "en": "“{first}” and “{second}” would both be stored as the channel “{channel}”, adding their numbers "
        "together; give each its own channel",
        "nb": "«{first}» og «{second}» ville begge blitt lagret som kanalen «{channel}», og tallene lagt sammen; "
        "gi hver sin egen kanal",
        "sv": "”{first}” och ”{second}” skulle båda sparas som kanalen ”{channel}”, så att talen läggs ihop; ge "
        "var och en sin egen kanal",
        "da": "»{first}« og »{second}« ville begge blive gemt som kanalen »{channel}«, så tallene lægges sammen; "
        "giv hver sin egen kanal",
    },
    "error.upload.channel_name_invalid": {
        "en": "The channel name “{name}” holds a character that cannot be part of an id ({problem}); type it "
        "again",
        "nb": "Kanalnavnet «{name}» har et tegn som ikke kan være del av en id ({problem}); skriv det på nytt",
        "sv": "Kanalnamnet ”{name}” har ett tecken som inte kan ingå i ett id ({problem}); skriv det igen",
        "da": "Kanalnavnet »{name}« har et tegn, der ikke kan være en del af et id ({problem}); skriv det igen",
    },
    "error.readers.session_duration_missing": {
        "en": "this day has sessions but no average session duration, so the month's average cannot be "
        "computed; export the report again",
        "nb": "denne dagen har økter, men ingen gjennomsnittlig øktvarighet, så månedens gjennomsnitt kan ikke "
        "regnes ut; eksporter rapporten på nytt",
        "sv": "den här dagen har sessioner men ingen genomsnittlig sessionslängd, så månadens genomsnitt kan inte "
        "räknas ut; exportera rapporten igen",
        "da": "denne dag har sessioner, men ingen gennemsnitlig sessionsvarighed, så månedens gennemsnit kan ikke "
        "beregnes; eksportér rapporten igen",
    },
    "error.readers.note_post_reach": {
        "en": "Reach is counted per post: a month's total adds up each post's unique people, which is more than the "
        "month's unique reach (someone reached by two posts counts twice).",
        "nb": "Rekkevidde telles per innlegg: en måneds sum legger sammen hvert innleggs unike personer, som er flere "
        "enn månedens unike rekkevidde (en som nås av to innlegg, telles to ganger).",
        "sv": "Räckvidd räknas per inlägg: en månads summa lägger ihop varje inläggs unika personer, vilket är fler "
        "än månadens unika räckvidd (den som nås av två inlägg räknas två gånger).",
        "da": "Rækkevidde tælles pr. opslag: en måneds sum lægger hvert opslags unikke personer sammen, hvilket er "
        "flere end månedens unikke rækkevidde (en, der nås af to opslag, tælles to gange).",
    },
    "error.readers.engagement_rate_missing": {
        "en": "this day has impressions but no engagement rate, so the month's engagement rate cannot be computed; "
        "export the file again",
        "nb": "denne dagen har visninger, men ingen engasjementsrate, så månedens engasjementsrate kan ikke regnes "
        "ut; eksporter filen på nytt",
        "sv": "den här dagen har exponeringar men ingen engagemangsgrad, så månadens engagemangsgrad kan inte "
        "räknas ut; exportera filen igen",
        "da": "denne dag har eksponeringer, men ingen engagementsrate, så månedens engagementsrate kan ikke beregnes; "
        "eksportér filen igen",
    },
}
