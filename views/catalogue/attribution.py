"""Texts of audience rules: their messages, and what the pages say about posts counted per audience."""

TEXT: dict[str, dict[str, str]] = {
    "error.strategy.not_a_hashtag": {
        "en": "“{value}” is not a hashtag. Write one word after #, without spaces or punctuation, like #klubbpris.",
        "nb": "«{value}» er ikke en emneknagg. Skriv ett ord etter #, uten mellomrom eller tegn, som #klubbpris.",
        "sv": "”{value}” är ingen hashtagg. Skriv ett ord efter #, utan mellanslag eller skiljetecken, som "
        "#klubbpris.",
        "da": "“{value}” er ikke et hashtag. Skriv ét ord efter #, uden mellemrum eller tegn, som #klubbpris.",
    },
    "error.strategy.rule_without_letters": {
        "en": "“{value}” has no letter or digit, so it would never match a post. Write the word, label, campaign "
        "or post link itself.",
        "nb": "«{value}» har ingen bokstav eller siffer, så den ville aldri treffe et innlegg. Skriv selve ordet, "
        "etiketten, kampanjen eller lenken til innlegget.",
        "sv": "”{value}” har ingen bokstav eller siffra, så den skulle aldrig träffa ett inlägg. Skriv själva "
        "ordet, etiketten, kampanjen eller länken till inlägget.",
        "da": "“{value}” har intet bogstav eller ciffer, så den ville aldrig ramme et opslag. Skriv selve ordet, "
        "etiketten, kampagnen eller linket til opslaget.",
    },
    "error.attribution.counted": {
        "en": "{posts} posts read for audiences: {counted}; {none} matched no audience (they count in the total "
        "only).",
        "nb": "{posts} innlegg lest for målgrupper: {counted}; {none} passet ingen målgruppe (de teller bare i "
        "totalen).",
        "sv": "{posts} inlägg lästa för målgrupper: {counted}; {none} passade ingen målgrupp (de räknas bara i "
        "totalen).",
        "da": "{posts} opslag læst for målgrupper: {counted}; {none} passede ingen målgruppe (de tæller kun i "
        "totalen).",
    },
    "error.attribution.reattributed": {
        "en": "Audience rules changed: {uploads} stored post and video exports were read again, and {posts} posts "
        "now count for other audiences. Earlier months follow the new rules.",
        "nb": "Målgruppereglene er endret: {uploads} lagrede eksporter av innlegg og videoer ble lest på nytt, og "
        "{posts} innlegg teller nå for andre målgrupper. Tidligere måneder følger de nye reglene.",
        "sv": "Målgruppsreglerna har ändrats: {uploads} sparade exporter av inlägg och videor lästes igen, och "
        "{posts} inlägg räknas nu för andra målgrupper. Tidigare månader följer de nya reglerna.",
        "da": "Målgruppereglerne er ændret: {uploads} gemte eksporter af opslag og videoer blev læst igen, og "
        "{posts} opslag tæller nu for andre målgrupper. Tidligere måneder følger de nye regler.",
    },
    "attribution.measured_title": {
        "en": "Measured from posts made for each audience, last {months} months",
        "nb": "Målt fra innlegg laget for hver målgruppe, siste {months} måneder",
        "sv": "Uppmätt från inlägg gjorda för varje målgrupp, senaste {months} månaderna",
        "da": "Målt fra opslag lavet til hver målgruppe, seneste {months} måneder",
    },
    "attribution.no_rules": {
        "en": "No audience says yet how its posts are recognised. Add labels, hashtags, words or campaigns under “How posts are recognised” on the Strategy page.",
        "nb": "Ingen målgruppe sier ennå hvordan innleggene dens kjennes igjen. Legg til etiketter, emneknagger, ord eller kampanjer under «Slik kjennes innlegg igjen» på Strategi-siden.",
        "sv": "Ingen målgrupp säger ännu hur dess inlägg känns igen. Lägg till etiketter, hashtaggar, ord eller kampanjer under ”Så känns inlägg igen” på sidan Strategi.",
        "da": "Ingen målgruppe siger endnu, hvordan dens opslag genkendes. Tilføj etiketter, hashtags, ord eller kampagner under “Sådan genkendes opslag” på siden Strategi.",
    },
    "attribution.measured_caption": {
        "en": "Posts and videos from the uploaded exports, counted for every audience whose rules catch them (a post can count for several). Engagement per post is comments and link clicks divided by posts.",
        "nb": "Innlegg og videoer fra de opplastede eksportene, talt for hver målgruppe som reglene fanger dem for (et innlegg kan telle for flere). Engasjement per innlegg er kommentarer og lenkeklikk delt på antall innlegg.",
        "sv": "Inlägg och videor från de uppladdade exporterna, räknade för varje målgrupp vars regler fångar dem (ett inlägg kan räknas för flera). Engagemang per inlägg är kommentarer och länkklick delat med antalet inlägg.",
        "da": "Opslag og videoer fra de uploadede eksporter, talt for hver målgruppe, hvis regler fanger dem (et opslag kan tælle for flere). Engagement pr. opslag er kommentarer og linkklik delt med antal opslag.",
    },
    "attribution.mismatch_comments": {
        "en": "{audience}: {assumed} was assumed, but {share} of their comments come from {channel}.",
        "nb": "{audience}: {assumed} var antatt, men {share} av kommentarene deres kommer fra {channel}.",
        "sv": "{audience}: {assumed} antogs, men {share} av deras kommentarer kommer från {channel}.",
        "da": "{audience}: {assumed} var antaget, men {share} af deres kommentarer kommer fra {channel}.",
    },
    "attribution.mismatch_links": {
        "en": "{audience}: {assumed} was assumed, but {share} of their link clicks come from {channel}.",
        "nb": "{audience}: {assumed} var antatt, men {share} av lenkeklikkene deres kommer fra {channel}.",
        "sv": "{audience}: {assumed} antogs, men {share} av deras länkklick kommer från {channel}.",
        "da": "{audience}: {assumed} var antaget, men {share} af deres linkklik kommer fra {channel}.",
    },
    "attribution.mismatch_views": {
        "en": "{audience}: {assumed} was assumed, but {share} of their views come from {channel}.",
        "nb": "{audience}: {assumed} var antatt, men {share} av visningene deres kommer fra {channel}.",
        "sv": "{audience}: {assumed} antogs, men {share} av deras visningar kommer från {channel}.",
        "da": "{audience}: {assumed} var antaget, men {share} af deres visninger kommer fra {channel}.",
    },
    "attribution.col_posts": {
        "en": "Posts",
        "nb": "Innlegg",
        "sv": "Inlägg",
        "da": "Opslag",
    },
    "attribution.col_comments": {
        "en": "Comments",
        "nb": "Kommentarer",
        "sv": "Kommentarer",
        "da": "Kommentarer",
    },
    "attribution.col_links": {
        "en": "Link clicks",
        "nb": "Lenkeklikk",
        "sv": "Länkklick",
        "da": "Linkklik",
    },
    "attribution.col_views": {
        "en": "Views",
        "nb": "Visninger",
        "sv": "Visningar",
        "da": "Visninger",
    },
    "attribution.col_per_post": {
        "en": "Engagement per post",
        "nb": "Engasjement per innlegg",
        "sv": "Engagemang per inlägg",
        "da": "Engagement pr. opslag",
    },
    "attribution.followers_not_split": {
        "en": "Follower totals are not split by audience: the platforms count followers for the whole account, so this goal's audiences only have values uploaded for them by hand (a tracker or tidy file).",
        "nb": "Følgertall deles ikke opp per målgruppe: plattformene teller følgere for hele kontoen, så målgruppene i dette målet har bare tall som er lastet opp for dem for hånd (et regneark eller en ryddig fil).",
        "sv": "Antalet följare delas inte upp per målgrupp: plattformarna räknar följare för hela kontot, så målets målgrupper har bara värden som laddats upp för dem för hand (ett kalkylark eller en städad fil).",
        "da": "Antallet følgere deles ikke op pr. målgruppe: platformene tæller følgere for hele kontoen, så målets målgrupper har kun tal, der er uploadet for dem i hånden (et regneark eller en ryddet fil).",
    },
    "attribution.goal_posts_title": {
        "en": "Posts that counted for it this month ({count})",
        "nb": "Innlegg som telte for målet denne måneden ({count})",
        "sv": "Inlägg som räknades för målet den här månaden ({count})",
        "da": "Opslag, der talte for målet denne måned ({count})",
    },
    "attribution.goal_no_posts": {
        "en": "No post of this month was recognised for the goal's audiences.",
        "nb": "Ingen innlegg denne måneden ble kjent igjen for målets målgrupper.",
        "sv": "Inget inlägg den här månaden kändes igen för målets målgrupper.",
        "da": "Intet opslag denne måned blev genkendt for målets målgrupper.",
    },
    "attribution.goal_rest": {
        "en": "The other {count} posts",
        "nb": "De andre {count} innleggene",
        "sv": "De andra {count} inläggen",
        "da": "De andre {count} opslag",
    },
    "attribution.col_date": {
        "en": "Published",
        "nb": "Publisert",
        "sv": "Publicerat",
        "da": "Udgivet",
    },
    "attribution.col_post": {
        "en": "Post",
        "nb": "Innlegg",
        "sv": "Inlägg",
        "da": "Opslag",
    },
    "attribution.col_value": {
        "en": "Value",
        "nb": "Verdi",
        "sv": "Värde",
        "da": "Værdi",
    },
    "attribution.rules_title": {
        "en": "How posts are recognised",
        "nb": "Slik kjennes innlegg igjen",
        "sv": "Så känns inlägg igen",
        "da": "Sådan genkendes opslag",
    },
    "attribution.rules_help": {
        "en": "Per audience, the labels (Meta's custom labels), hashtags, words, link campaigns (utm_campaign or utm_content) and post links or ids that mark its posts, separated by commas. A post caught for several audiences counts for each; the total never changes.",
        "nb": "Per målgruppe: etikettene (Metas egendefinerte etiketter), emneknaggene, ordene, lenkekampanjene (utm_campaign eller utm_content) og lenkene eller id-ene til innlegg som merker innleggene dens, skilt med komma. Et innlegg som fanges for flere målgrupper, teller for hver av dem; totalen endres aldri.",
        "sv": "Per målgrupp: etiketterna (Metas anpassade etiketter), hashtaggarna, orden, länkkampanjerna (utm_campaign eller utm_content) och länkarna eller id:na till inlägg som märker dess inlägg, åtskilda med kommatecken. Ett inlägg som fångas för flera målgrupper räknas för var och en; totalen ändras aldrig.",
        "da": "Pr. målgruppe: etiketterne (Metas tilpassede etiketter), hashtags, ord, linkkampagner (utm_campaign eller utm_content) og links eller id'er til opslag, der markerer dens opslag, adskilt med kommaer. Et opslag, der fanges for flere målgrupper, tæller for hver; totalen ændres aldrig.",
    },
    "attribution.rules_no_audiences": {
        "en": "The strategy has no audiences yet.",
        "nb": "Strategien har ingen målgrupper ennå.",
        "sv": "Strategin har inga målgrupper ännu.",
        "da": "Strategien har ingen målgrupper endnu.",
    },
    "attribution.col_audience": {
        "en": "Audience",
        "nb": "Målgruppe",
        "sv": "Målgrupp",
        "da": "Målgruppe",
    },
    "attribution.col_audiences": {
        "en": "Audiences",
        "nb": "Målgrupper",
        "sv": "Målgrupper",
        "da": "Målgrupper",
    },
    "attribution.col_rule": {
        "en": "Caught by",
        "nb": "Fanget av",
        "sv": "Fångad av",
        "da": "Fanget af",
    },
    "attribution.list_labels": {
        "en": "Labels",
        "nb": "Etiketter",
        "sv": "Etiketter",
        "da": "Etiketter",
    },
    "attribution.list_hashtags": {
        "en": "Hashtags",
        "nb": "Emneknagger",
        "sv": "Hashtaggar",
        "da": "Hashtags",
    },
    "attribution.list_words": {
        "en": "Words",
        "nb": "Ord",
        "sv": "Ord",
        "da": "Ord",
    },
    "attribution.list_campaigns": {
        "en": "Campaigns",
        "nb": "Kampanjer",
        "sv": "Kampanjer",
        "da": "Kampagner",
    },
    "attribution.list_posts": {
        "en": "Posts",
        "nb": "Innlegg",
        "sv": "Inlägg",
        "da": "Opslag",
    },
    "attribution.rules_save": {
        "en": "Save the rules as a new version",
        "nb": "Lagre reglene som en ny versjon",
        "sv": "Spara reglerna som en ny version",
        "da": "Gem reglerne som en ny version",
    },
    "attribution.rules_note": {
        "en": "Audience rules changed",
        "nb": "Målgrupperegler endret",
        "sv": "Målgruppsregler ändrade",
        "da": "Målgrupperegler ændret",
    },
    "attribution.preview_no_posts": {
        "en": "No post or video export is stored yet, so there is nothing to preview the rules on.",
        "nb": "Ingen eksport av innlegg eller videoer er lagret ennå, så det er ingenting å forhåndsvise reglene på.",
        "sv": "Ingen export av inlägg eller videor är sparad ännu, så det finns inget att förhandsgranska reglerna på.",
        "da": "Ingen eksport af opslag eller videoer er gemt endnu, så der er intet at forhåndsvise reglerne på.",
    },
    "attribution.preview_title": {
        "en": "Preview on the {count} posts of {month}",
        "nb": "Forhåndsvisning på de {count} innleggene fra {month}",
        "sv": "Förhandsgranskning på de {count} inläggen från {month}",
        "da": "Forhåndsvisning på de {count} opslag fra {month}",
    },
    "attribution.preview_caught": {
        "en": "{count} posts caught, rule by rule:",
        "nb": "{count} innlegg fanget, regel for regel:",
        "sv": "{count} inlägg fångade, regel för regel:",
        "da": "{count} opslag fanget, regel for regel:",
    },
    "attribution.preview_none": {
        "en": "{count} posts no rule catches (they count in the total only).",
        "nb": "{count} innlegg som ingen regel fanger (de teller bare i totalen).",
        "sv": "{count} inlägg som ingen regel fångar (de räknas bara i totalen).",
        "da": "{count} opslag, som ingen regel fanger (de tæller kun i totalen).",
    },
    "attribution.preview_several": {
        "en": "{count} posts caught by more than one audience (they count for each).",
        "nb": "{count} innlegg fanget av mer enn én målgruppe (de teller for hver).",
        "sv": "{count} inlägg fångade av mer än en målgrupp (de räknas för var och en).",
        "da": "{count} opslag fanget af mere end én målgruppe (de tæller for hver).",
    },
    "attribution.mismatch_comments_several": {
        "en": "{audience}: {assumed} were assumed, but {share} of their comments come from {channel}.",
        "nb": "{audience}: {assumed} var antatt, men {share} av kommentarene deres kommer fra {channel}.",
        "sv": "{audience}: {assumed} antogs, men {share} av deras kommentarer kommer från {channel}.",
        "da": "{audience}: {assumed} var antaget, men {share} af deres kommentarer kommer fra {channel}.",
    },
    "attribution.mismatch_links_several": {
        "en": "{audience}: {assumed} were assumed, but {share} of their link clicks come from {channel}.",
        "nb": "{audience}: {assumed} var antatt, men {share} av lenkeklikkene deres kommer fra {channel}.",
        "sv": "{audience}: {assumed} antogs, men {share} av deras länkklick kommer från {channel}.",
        "da": "{audience}: {assumed} var antaget, men {share} af deres linkklik kommer fra {channel}.",
    },
    "attribution.mismatch_views_several": {
        "en": "{audience}: {assumed} were assumed, but {share} of their views come from {channel}.",
        "nb": "{audience}: {assumed} var antatt, men {share} av visningene deres kommer fra {channel}.",
        "sv": "{audience}: {assumed} antogs, men {share} av deras visningar kommer från {channel}.",
        "da": "{audience}: {assumed} var antaget, men {share} af deres visninger kommer fra {channel}.",
    },
}
