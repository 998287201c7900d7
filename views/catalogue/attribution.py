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
}
