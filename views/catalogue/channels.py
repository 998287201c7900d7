"""Texts of the Channels page."""

TEXT: dict[str, dict[str, str]] = {
    "channels.title": {
        "en": "Channels: how each metric develops",
        "nb": "Kanaler: hvordan hvert tall utvikler seg",
        "sv": "Kanaler: hur varje mått utvecklas",
        "da": "Kanaler: hvordan hvert tal udvikler sig",
    },
    "channels.choose": {"en": "Channel", "nb": "Kanal", "sv": "Kanal", "da": "Kanal"},
    "channels.all": {
        "en": "All channels, side by side",
        "nb": "Alle kanaler, side om side",
        "sv": "Alla kanaler, sida vid sida",
        "da": "Alle kanaler, side om side",
    },
    "channels.metrics": {"en": "Metrics", "nb": "Tall", "sv": "Mått", "da": "Tal"},
    "channels.caption_all": {
        "en": "One line per channel, one point per month. A channel's total is used where the export gives one; "
        "otherwise its audiences are added up.",
        "nb": "Én linje per kanal, ett punkt per måned. Kanalens totaltall brukes der eksporten har det; "
        "ellers legges målgruppene sammen.",
        "sv": "En linje per kanal, en punkt per månad. Kanalens totalsiffra används där exporten har den; "
        "annars läggs målgrupperna ihop.",
        "da": "Én linje pr. kanal, ét punkt pr. måned. Kanalens totaltal bruges, hvor eksporten har det; "
        "ellers lægges målgrupperne sammen.",
    },
    "channels.caption_one": {
        "en": "The channel as a whole, and each audience where the numbers are split by audience.",
        "nb": "Kanalen som helhet, og hver målgruppe der tallene er delt opp etter målgruppe.",
        "sv": "Kanalen som helhet, och varje målgrupp där siffrorna är uppdelade per målgrupp.",
        "da": "Kanalen som helhed og hver målgruppe, hvor tallene er delt op efter målgruppe.",
    },
    "channels.whole_channel": {
        "en": "Whole channel",
        "nb": "Hele kanalen",
        "sv": "Hela kanalen",
        "da": "Hele kanalen",
    },
    "channels.pick_metric": {
        "en": "Choose one or more metrics above to see their trends.",
        "nb": "Velg ett eller flere tall over for å se utviklingen.",
        "sv": "Välj ett eller flera mått ovan för att se utvecklingen.",
        "da": "Vælg et eller flere tal ovenfor for at se udviklingen.",
    },
}
