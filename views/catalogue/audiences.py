"""Texts of the Audiences page."""

TEXT: dict[str, dict[str, str]] = {
    "audiences.title": {
        "en": "Audiences: where they are, and where we assume they are",
        "nb": "Målgrupper: hvor de er, og hvor vi tror de er",
        "sv": "Målgrupper: var de finns, och var vi tror att de finns",
        "da": "Målgrupper: hvor de er, og hvor vi tror, de er",
    },
    "audiences.choose": {"en": "Audience", "nb": "Målgruppe", "sv": "Målgrupp", "da": "Målgruppe"},
    "audiences.all": {
        "en": "All audiences",
        "nb": "Alle målgrupper",
        "sv": "Alla målgrupper",
        "da": "Alle målgrupper",
    },
    "audiences.fit_title": {
        "en": "Assumed channels against measured engagement, last {months} months",
        "nb": "Antatte kanaler mot målt engasjement, siste {months} måneder",
        "sv": "Antagna kanaler mot uppmätt engagemang, senaste {months} månaderna",
        "da": "Antagne kanaler mod målt engagement, seneste {months} måneder",
    },
    "audiences.fit_caption": {
        "en": "Engagement counts what an audience did (comments, reactions, clicks, new follows, questions), "
        "where the numbers are split by audience.",
        "nb": "Engasjement teller det en målgruppe gjorde (kommentarer, reaksjoner, klikk, nye følgere, spørsmål), "
        "der tallene er delt opp etter målgruppe.",
        "sv": "Engagemang räknar det en målgrupp gjorde (kommentarer, reaktioner, klick, nya följare, frågor), "
        "där siffrorna är uppdelade per målgrupp.",
        "da": "Engagement tæller det, en målgruppe gjorde (kommentarer, reaktioner, klik, nye følgere, spørgsmål), "
        "hvor tallene er delt op efter målgruppe.",
    },
    "audiences.assumed": {
        "en": "Assumed on: {channels}",
        "nb": "Antatt på: {channels}",
        "sv": "Antas finnas på: {channels}",
        "da": "Antaget på: {channels}",
    },
    "audiences.assumed_none": {
        "en": "no channel named",
        "nb": "ingen kanal oppgitt",
        "sv": "ingen kanal angiven",
        "da": "ingen kanal angivet",
    },
    "audiences.nothing": {
        "en": "Nothing to compare: no channel is assumed and no engagement is measured for this audience.",
        "nb": "Ingenting å sammenligne: ingen kanal er antatt og ikke noe engasjement er målt for denne målgruppen.",
        "sv": "Inget att jämföra: ingen kanal antas och inget engagemang är uppmätt för den här målgruppen.",
        "da": "Intet at sammenligne: ingen kanal er antaget, og intet engagement er målt for denne målgruppe.",
    },
    "audiences.finding_not_measured": {
        "en": "Assumed on {channel}. The numbers from there are not split by audience, so there is nothing to compare "
        "yet.",
        "nb": "Antatt på {channel}. Tallene derfra er ikke delt opp etter målgruppe, så det er ikke noe å "
        "sammenligne med ennå.",
        "sv": "Antas finnas på {channel}. Siffrorna därifrån är inte uppdelade per målgrupp, så det finns "
        "inget att jämföra med än.",
        "da": "Antaget på {channel}. Tallene derfra er ikke delt op efter målgruppe, så der er ikke noget at "
        "sammenligne med endnu.",
    },
    "audiences.finding_no_engagement": {
        "en": "Assumed on {channel}, no measured engagement there in {months} months.",
        "nb": "Antatt på {channel}, men ikke noe målt engasjement der på {months} måneder.",
        "sv": "Antas finnas på {channel}, men inget uppmätt engagemang där på {months} månader.",
        "da": "Antaget på {channel}, men intet målt engagement der i {months} måneder.",
    },
    "audiences.finding_low_share": {
        "en": "Assumed on {channel}, but only {value} engagements there in {months} months ({share} of everyone's).",
        "nb": "Antatt på {channel}, men bare {value} engasjementer der på {months} måneder ({share} av alle).",
        "sv": "Antas finnas på {channel}, men bara {value} engagemang där på {months} månader ({share} av alla).",
        "da": "Antaget på {channel}, men kun {value} engagementer der i {months} måneder ({share} af alle).",
    },
    "audiences.finding_not_assumed": {
        "en": "Engages on {channel} ({value} in {months} months, {share} of everyone's), "
        "which the strategy does not assume.",
        "nb": "Engasjerer seg på {channel} ({value} på {months} måneder, {share} av alle), "
        "som strategien ikke regner med.",
        "sv": "Engagerar sig på {channel} ({value} på {months} månader, {share} av alla), "
        "vilket strategin inte räknar med.",
        "da": "Engagerer sig på {channel} ({value} i {months} måneder, {share} af alle), "
        "som strategien ikke regner med.",
    },
    "audiences.finding_fits": {
        "en": "Assumed on {channel}, and engaging there: {value} in {months} months ({share} of everyone's).",
        "nb": "Antatt på {channel}, og engasjerer seg der: {value} på {months} måneder ({share} av alle).",
        "sv": "Antas finnas på {channel}, och engagerar sig där: {value} på {months} månader ({share} av alla).",
        "da": "Antaget på {channel}, og engagerer sig der: {value} i {months} måneder ({share} af alle).",
    },
    "audiences.fit_table": {
        "en": "The numbers behind this",
        "nb": "Tallene bak dette",
        "sv": "Siffrorna bakom detta",
        "da": "Tallene bag dette",
    },
    "audiences.col_channel": {"en": "Channel", "nb": "Kanal", "sv": "Kanal", "da": "Kanal"},
    "audiences.col_assumed": {"en": "Assumed", "nb": "Antatt", "sv": "Antagen", "da": "Antaget"},
    "audiences.col_engagement": {
        "en": "Engagement",
        "nb": "Engasjement",
        "sv": "Engagemang",
        "da": "Engagement",
    },
    "audiences.col_share": {
        "en": "Share of everyone's",
        "nb": "Andel av alle",
        "sv": "Andel av alla",
        "da": "Andel af alle",
    },
    "audiences.none": {
        "en": "The strategy names no audiences yet.",
        "nb": "Strategien nevner ingen målgrupper ennå.",
        "sv": "Strategin nämner inga målgrupper ännu.",
        "da": "Strategien nævner ingen målgrupper endnu.",
    },
    "audiences.trends_title": {
        "en": "Trends by audience",
        "nb": "Utvikling per målgruppe",
        "sv": "Utveckling per målgrupp",
        "da": "Udvikling pr. målgruppe",
    },
    "audiences.no_audience_data": {
        "en": "No numbers are split by audience in this period. Tag comments by audience, or upload exports "
        "for one audience, to see them here.",
        "nb": "Ingen tall er delt opp etter målgruppe i denne perioden. Merk kommentarer med målgruppe, eller "
        "last opp eksporter for én målgruppe, for å se dem her.",
        "sv": "Inga siffror är uppdelade per målgrupp under den här perioden. Märk kommentarer med målgrupp, "
        "eller ladda upp exporter för en målgrupp, för att se dem här.",
        "da": "Ingen tal er delt op efter målgruppe i denne periode. Mærk kommentarer med målgruppe, eller "
        "upload eksporter for én målgruppe, for at se dem her.",
    },
    "audiences.caption_all": {
        "en": "One line per audience, over every channel where its numbers are measured.",
        "nb": "Én linje per målgruppe, over alle kanaler der tallene er målt.",
        "sv": "En linje per målgrupp, över alla kanaler där siffrorna är uppmätta.",
        "da": "Én linje pr. målgruppe på tværs af alle kanaler, hvor tallene er målt.",
    },
    "audiences.caption_one": {
        "en": "One line per channel where this audience's numbers are measured.",
        "nb": "Én linje per kanal der denne målgruppens tall er målt.",
        "sv": "En linje per kanal där den här målgruppens siffror är uppmätta.",
        "da": "Én linje pr. kanal, hvor denne målgruppes tal er målt.",
    },
}
