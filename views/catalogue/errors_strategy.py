"""The strategy file's problems ("error.strategy.*") and the progress messages ("error.progress.*").

Written by metrics/strategy_checks.py and metrics/strategy.py, and by connectors/store/progress_source.py,
metrics/monthly.py and metrics/observations.py. Field names, ids and values the user writes in the YAML
(target, stay_above, followers, true) stay as written; the words around them are translated. Messages
nest: "{where}" is an item and a field, "{hint}" a hint, "{value}" a value as the file gives it.
"""

TEXT: dict[str, dict[str, str]] = {
    # Where a problem is: the item (by id, or by its place when it has none) and the field
    "error.strategy.channel_named": {
        "en": "Channel “{id}”",
        "nb": "Kanal «{id}»",
        "sv": "Kanal ”{id}”",
        "da": "Kanal »{id}«",
    },
    "error.strategy.audience_named": {
        "en": "Audience “{id}”",
        "nb": "Målgruppe «{id}»",
        "sv": "Målgrupp ”{id}”",
        "da": "Målgruppe »{id}«",
    },
    "error.strategy.metric_named": {
        "en": "Metric “{id}”",
        "nb": "Nøkkeltall «{id}»",
        "sv": "Nyckeltal ”{id}”",
        "da": "Nøgletal »{id}«",
    },
    "error.strategy.goal_named": {
        "en": "Goal “{id}”",
        "nb": "Mål «{id}»",
        "sv": "Mål ”{id}”",
        "da": "Mål »{id}«",
    },
    "error.strategy.tactic_named": {
        "en": "Tactic “{id}”",
        "nb": "Taktikk «{id}»",
        "sv": "Taktik ”{id}”",
        "da": "Taktik »{id}«",
    },
    "error.strategy.channel_numbered": {
        "en": "Channel number {number} (it has no id)",
        "nb": "Kanal nummer {number} (den har ingen id)",
        "sv": "Kanal nummer {number} (den har inget id)",
        "da": "Kanal nummer {number} (den har ikke noget id)",
    },
    "error.strategy.audience_numbered": {
        "en": "Audience number {number} (it has no id)",
        "nb": "Målgruppe nummer {number} (den har ingen id)",
        "sv": "Målgrupp nummer {number} (den har inget id)",
        "da": "Målgruppe nummer {number} (den har ikke noget id)",
    },
    "error.strategy.metric_numbered": {
        "en": "Metric number {number} (it has no id)",
        "nb": "Nøkkeltall nummer {number} (det har ingen id)",
        "sv": "Nyckeltal nummer {number} (det har inget id)",
        "da": "Nøgletal nummer {number} (det har ikke noget id)",
    },
    "error.strategy.goal_numbered": {
        "en": "Goal number {number} (it has no id)",
        "nb": "Mål nummer {number} (det har ingen id)",
        "sv": "Mål nummer {number} (det har inget id)",
        "da": "Mål nummer {number} (det har ikke noget id)",
    },
    "error.strategy.tactic_numbered": {
        "en": "Tactic number {number} (it has no id)",
        "nb": "Taktikk nummer {number} (den har ingen id)",
        "sv": "Taktik nummer {number} (den har inget id)",
        "da": "Taktik nummer {number} (den har ikke noget id)",
    },
    "error.strategy.a_channel": {
        "en": "a channel",
        "nb": "en kanal",
        "sv": "en kanal",
        "da": "en kanal",
    },
    "error.strategy.a_audience": {
        "en": "an audience",
        "nb": "en målgruppe",
        "sv": "en målgrupp",
        "da": "en målgruppe",
    },
    "error.strategy.a_metric": {
        "en": "a metric",
        "nb": "et nøkkeltall",
        "sv": "ett nyckeltal",
        "da": "et nøgletal",
    },
    "error.strategy.a_goal": {
        "en": "a goal",
        "nb": "et mål",
        "sv": "ett mål",
        "da": "et mål",
    },
    "error.strategy.a_tactic": {
        "en": "a tactic",
        "nb": "en taktikk",
        "sv": "en taktik",
        "da": "en taktik",
    },
    "error.strategy.a_strategy_file": {
        "en": "a strategy file",
        "nb": "en strategifil",
        "sv": "en strategifil",
        "da": "en strategifil",
    },
    "error.strategy.where_field": {
        "en": "Field “{field}”",
        "nb": "Feltet «{field}»",
        "sv": "Fältet ”{field}”",
        "da": "Feltet »{field}«",
    },
    "error.strategy.where_field_entry": {
        "en": "Field “{field}” (entry {entry})",
        "nb": "Feltet «{field}» (punkt {entry})",
        "sv": "Fältet ”{field}” (punkt {entry})",
        "da": "Feltet »{field}« (punkt {entry})",
    },
    "error.strategy.where_item_field": {
        "en": "{item}, field “{field}”",
        "nb": "{item}, feltet «{field}»",
        "sv": "{item}, fältet ”{field}”",
        "da": "{item}, feltet »{field}«",
    },
    "error.strategy.where_item_field_entry": {
        "en": "{item}, field “{field}” (entry {entry})",
        "nb": "{item}, feltet «{field}» (punkt {entry})",
        "sv": "{item}, fältet ”{field}” (punkt {entry})",
        "da": "{item}, feltet »{field}« (punkt {entry})",
    },
    "error.strategy.where_file": {
        "en": "The strategy file",
        "nb": "Strategifilen",
        "sv": "Strategifilen",
        "da": "Strategifilen",
    },
    "error.strategy.where_line_column": {
        "en": "Line {line}, column {column}",
        "nb": "Linje {line}, kolonne {column}",
        "sv": "Rad {line}, kolumn {column}",
        "da": "Linje {line}, kolonne {column}",
    },
    "error.strategy.where_somewhere": {
        "en": "Somewhere",
        "nb": "Et sted i filen",
        "sv": "Någonstans i filen",
        "da": "Et sted i filen",
    },
    # How a value written in the file is shown, and the small words the messages share
    "error.strategy.value_group": {
        "en": "a group of fields",
        "nb": "en gruppe felter",
        "sv": "en grupp fält",
        "da": "en gruppe felter",
    },
    "error.strategy.value_list": {
        "en": "a list",
        "nb": "en liste",
        "sv": "en lista",
        "da": "en liste",
    },
    "error.strategy.value_empty": {
        "en": "empty",
        "nb": "tom",
        "sv": "tom",
        "da": "tom",
    },
    "error.strategy.value_text": {
        "en": "“{text}”",
        "nb": "«{text}»",
        "sv": "”{text}”",
        "da": "»{text}«",
    },
    "error.strategy.either": {
        "en": "{first} or {last}",
        "nb": "{first} eller {last}",
        "sv": "{first} eller {last}",
        "da": "{first} eller {last}",
    },
    "error.strategy.did_you_mean": {
        "en": "Did you mean “{name}”?",
        "nb": "Mente du «{name}»?",
        "sv": "Menade du ”{name}”?",
        "da": "Mente du »{name}«?",
    },
    # Text that YAML cannot read
    "error.strategy.yaml_invalid": {
        "en": "{where}: the file is not valid YAML: {problem}.",
        "nb": "{where}: filen er ikke gyldig YAML: {problem}.",
        "sv": "{where}: filen är inte giltig YAML: {problem}.",
        "da": "{where}: filen er ikke gyldig YAML: {problem}.",
    },
    "error.strategy.yaml_alias": {
        "en": "a reference to another part of the file (*name), which a strategy file cannot use; "
        "write the value out in full, and put text that starts with * or & in quotes",
        "nb": "en henvisning til en annen del av filen (*navn), som en strategifil ikke kan bruke; "
        "skriv verdien helt ut, og sett tekst som begynner med * eller & i anførselstegn",
        "sv": "en hänvisning till en annan del av filen (*namn), som en strategifil inte kan använda; "
        "skriv ut värdet i sin helhet, och sätt text som börjar med * eller & inom citattecken",
        "da": "en henvisning til en anden del af filen (*navn), som en strategifil ikke kan bruge; "
        "skriv værdien helt ud, og sæt tekst, der begynder med * eller &, i anførselstegn",
    },
    "error.strategy.yaml_colon": {
        "en": "a colon (:) where none was expected; put text that contains a colon in quotes, and "
        "check the indentation",
        "nb": "et kolon (:) der det ikke skulle vært et; sett tekst som inneholder kolon, i "
        "anførselstegn, og sjekk innrykket",
        "sv": "ett kolon (:) där inget väntades; sätt text som innehåller kolon inom citattecken, och "
        "kontrollera indraget",
        "da": "et kolon (:), hvor der ikke skulle være et; sæt tekst, der indeholder kolon, i "
        "anførselstegn, og tjek indrykningen",
    },
    "error.strategy.yaml_not_key_value": {
        "en": "a line that is not in the form “key: value”; check the indentation",
        "nb": "en linje som ikke har formen «navn: verdi»; sjekk innrykket",
        "sv": "en rad som inte har formen ”namn: värde”; kontrollera indraget",
        "da": "en linje, der ikke har formen »navn: værdi«; tjek indrykningen",
    },
    "error.strategy.yaml_tab": {
        "en": "a tab; indent with spaces only",
        "nb": "et tabulatortegn; bruk bare mellomrom til innrykk",
        "sv": "ett tabbtecken; använd bara mellanslag för indrag",
        "da": "et tabulatortegn; brug kun mellemrum til indrykning",
    },
    "error.strategy.yaml_bad_character": {
        "en": "a character that cannot start a value (a tab, @ or `); indent with spaces and put such "
        "text in quotes",
        "nb": "et tegn som ikke kan starte en verdi (tabulator, @ eller `); bruk mellomrom til "
        "innrykk, og sett slik tekst i anførselstegn",
        "sv": "ett tecken som inte kan inleda ett värde (tabb, @ eller `); använd mellanslag för "
        "indrag, och sätt sådan text inom citattecken",
        "da": "et tegn, der ikke kan starte en værdi (tabulator, @ eller `); brug mellemrum til "
        "indrykning, og sæt sådan tekst i anførselstegn",
    },
    "error.strategy.yaml_indentation": {
        "en": "the indentation does not line up with the lines above",
        "nb": "innrykket stemmer ikke med linjene over",
        "sv": "indraget stämmer inte med raderna ovanför",
        "da": "indrykningen passer ikke med linjerne ovenfor",
    },
    "error.strategy.yaml_undefined_alias": {
        "en": "an * that YAML reads as a reference; put the text in quotes",
        "nb": "en * som YAML leser som en henvisning; sett teksten i anførselstegn",
        "sv": "en * som YAML läser som en hänvisning; sätt texten inom citattecken",
        "da": "en *, som YAML læser som en henvisning; sæt teksten i anførselstegn",
    },
    "error.strategy.yaml_detail": {
        "en": "{detail}",
        "nb": "noe YAML ikke kan lese (feilmelding på engelsk: {detail})",
        "sv": "något som YAML inte kan läsa (felmeddelande på engelska: {detail})",
        "da": "noget, YAML ikke kan læse (fejlmeddelelse på engelsk: {detail})",
    },
    "error.strategy.yaml_unreadable": {
        "en": "something YAML cannot read",
        "nb": "noe YAML ikke kan lese",
        "sv": "något som YAML inte kan läsa",
        "da": "noget, YAML ikke kan læse",
    },
    "error.strategy.yaml_not_text": {
        "en": "The file is not valid YAML text.",
        "nb": "Filen er ikke gyldig YAML-tekst.",
        "sv": "Filen är inte giltig YAML-text.",
        "da": "Filen er ikke gyldig YAML-tekst.",
    },
    "error.strategy.duplicate_key": {
        "en": "Line {line}: the field “{field}” is written twice in the same block (first on line "
        "{first}). Keep one of them.",
        "nb": "Linje {line}: feltet «{field}» står to ganger i samme blokk (første gang på linje "
        "{first}). Behold bare ett av dem.",
        "sv": "Rad {line}: fältet ”{field}” står två gånger i samma block (första gången på rad "
        "{first}). Behåll bara ett av dem.",
        "da": "Linje {line}: feltet »{field}« står to gange i samme blok (første gang på linje "
        "{first}). Behold kun ét af dem.",
    },
    "error.strategy.empty": {
        "en": "The strategy file is empty. Start with “organisation:” and your goals (the README has "
        "an example).",
        "nb": "Strategifilen er tom. Begynn med «organisation:» og målene deres (README har et eksempel).",
        "sv": "Strategifilen är tom. Börja med ”organisation:” och era mål (README har ett exempel).",
        "da": "Strategifilen er tom. Begynd med »organisation:« og jeres mål (README har et eksempel).",
    },
    "error.strategy.not_fields": {
        "en": "The strategy file should be made of fields such as “organisation:”, “channels:” and "
        "“goals:”, but it is {value}.",
        "nb": "Strategifilen skal bestå av felter som «organisation:», «channels:» og «goals:», men "
        "den er {value}.",
        "sv": "Strategifilen ska bestå av fält som ”organisation:”, ”channels:” och ”goals:”, men den "
        "är {value}.",
        "da": "Strategifilen skal bestå af felter som »organisation:«, »channels:« og »goals:«, men "
        "den er {value}.",
    },
    # Fields that are unknown, missing, empty or of the wrong kind
    "error.strategy.unknown_field": {
        "en": "{where}: {noun} has no field of this name. {hint}",
        "nb": "{where}: {noun} har ikke noe felt med dette navnet. {hint}",
        "sv": "{where}: {noun} har inget fält med det här namnet. {hint}",
        "da": "{where}: {noun} har ikke noget felt med dette navn. {hint}",
    },
    "error.strategy.fields_it_can_have": {
        "en": "The fields it can have are: {fields}.",
        "nb": "Mulige felter er: {fields}.",
        "sv": "Möjliga fält är: {fields}.",
        "da": "Mulige felter er: {fields}.",
    },
    "error.strategy.missing": {
        "en": "{where}: this field is missing. {hint}",
        "nb": "{where}: dette feltet mangler. {hint}",
        "sv": "{where}: det här fältet saknas. {hint}",
        "da": "{where}: dette felt mangler. {hint}",
    },
    "error.strategy.no_value": {
        "en": "{where}: no value is given. {hint}",
        "nb": "{where}: ingen verdi er fylt inn. {hint}",
        "sv": "{where}: inget värde är ifyllt. {hint}",
        "da": "{where}: der er ikke udfyldt nogen værdi. {hint}",
    },
    "error.strategy.empty_list": {
        "en": "{where}: the list is empty. {hint}",
        "nb": "{where}: listen er tom. {hint}",
        "sv": "{where}: listan är tom. {hint}",
        "da": "{where}: listen er tom. {hint}",
    },
    "error.strategy.hint_add": {
        "en": "Add it.",
        "nb": "Legg det til.",
        "sv": "Lägg till det.",
        "da": "Tilføj det.",
    },
    "error.strategy.hint_fill_in": {
        "en": "Fill it in or remove the line.",
        "nb": "Fyll det inn, eller fjern linjen.",
        "sv": "Fyll i det eller ta bort raden.",
        "da": "Udfyld det, eller fjern linjen.",
    },
    "error.strategy.hint_one_entry": {
        "en": "Give at least one entry.",
        "nb": "Skriv minst én verdi.",
        "sv": "Skriv minst ett värde.",
        "da": "Skriv mindst én værdi.",
    },
    "error.strategy.hint_organisation": {
        "en": "Write the organisation's name, like “organisation: Fjordline Coffee”.",
        "nb": "Skriv navnet på organisasjonen, som «organisation: Fjordline Coffee».",
        "sv": "Skriv organisationens namn, som ”organisation: Fjordline Coffee”.",
        "da": "Skriv organisationens navn, som »organisation: Fjordline Coffee«.",
    },
    "error.strategy.hint_id": {
        "en": "Give it a short id without spaces, like “grow-linkedin”.",
        "nb": "Gi en kort id uten mellomrom, som «grow-linkedin».",
        "sv": "Ge ett kort id utan mellanslag, som ”grow-linkedin”.",
        "da": "Giv et kort id uden mellemrum, som »grow-linkedin«.",
    },
    "error.strategy.hint_title": {
        "en": "Say in a few words what the goal is.",
        "nb": "Si med noen få ord hva målet er.",
        "sv": "Beskriv med några få ord vad målet är.",
        "da": "Sig med få ord, hvad målet er.",
    },
    "error.strategy.hint_kind": {
        "en": "Write communication (people see and react) or effect (people act: follow, click, ask).",
        "nb": "Skriv communication (folk ser og reagerer) eller effect (folk handler: følger, klikker, "
        "spør).",
        "sv": "Skriv communication (folk ser och reagerar) eller effect (folk agerar: följer, klickar, "
        "frågar).",
        "da": "Skriv communication (folk ser og reagerer) eller effect (folk handler: følger, klikker, "
        "spørger).",
    },
    "error.strategy.hint_metric": {
        "en": "Name the metric the goal is measured by, like followers or support_time.",
        "nb": "Oppgi nøkkeltallet målet måles med, som followers eller support_time.",
        "sv": "Ange nyckeltalet som målet mäts med, som followers eller support_time.",
        "da": "Angiv det nøgletal, målet måles med, som followers eller support_time.",
    },
    "error.strategy.hint_start": {
        "en": "Write the date the goal starts, like 2025-01-01.",
        "nb": "Skriv datoen målet starter, som 2025-01-01.",
        "sv": "Skriv datumet då målet börjar, som 2025-01-01.",
        "da": "Skriv datoen, hvor målet starter, som 2025-01-01.",
    },
    "error.strategy.hint_deadline": {
        "en": "Write the date the goal should be reached by, like 2025-12-31.",
        "nb": "Skriv datoen målet skal være nådd innen, som 2025-12-31.",
        "sv": "Skriv datumet då målet ska vara nått, som 2025-12-31.",
        "da": "Skriv datoen, hvor målet skal være nået, som 2025-12-31.",
    },
    "error.strategy.hint_owner": {
        "en": "Name the person or role responsible for the goal.",
        "nb": "Oppgi personen eller rollen som er ansvarlig for målet.",
        "sv": "Ange personen eller rollen som ansvarar för målet.",
        "da": "Angiv den person eller rolle, der er ansvarlig for målet.",
    },
    "error.strategy.hint_aggregation": {
        "en": "Write sum, last, mean or median: how a month's observations become one value.",
        "nb": "Skriv sum, last, mean eller median: hvordan en måneds målinger blir til én verdi.",
        "sv": "Skriv sum, last, mean eller median: hur en månads mätningar blir ett enda värde.",
        "da": "Skriv sum, last, mean eller median: hvordan en måneds målinger bliver til én værdi.",
    },
    "error.strategy.hint_better": {
        "en": "Write higher or lower: which direction is good news.",
        "nb": "Skriv higher eller lower: hvilken retning som er gode nyheter.",
        "sv": "Skriv higher eller lower: vilken riktning som är goda nyheter.",
        "da": "Skriv higher eller lower: hvilken retning der er gode nyheder.",
    },
    "error.strategy.hint_present_in": {
        "en": "List the channels the tactic uses, like [linkedin, blog].",
        "nb": "List opp kanalene taktikken bruker, som [linkedin, blog].",
        "sv": "Räkna upp kanalerna som taktiken använder, som [linkedin, blog].",
        "da": "Skriv de kanaler, taktikken bruger, som [linkedin, blog].",
    },
    "error.strategy.hint_to_do": {
        "en": "Say what the team does, like “two customer stories a month”.",
        "nb": "Si hva teamet gjør, som «to kundehistorier i måneden».",
        "sv": "Beskriv vad teamet gör, som ”två kundberättelser i månaden”.",
        "da": "Sig, hvad teamet gør, som »to kundehistorier om måneden«.",
    },
    "error.strategy.hint_to_achieve": {
        "en": "List the ids of the goals the tactic serves.",
        "nb": "List opp id-ene til målene taktikken skal bidra til.",
        "sv": "Räkna upp id för de mål som taktiken bidrar till.",
        "da": "Skriv id'erne på de mål, taktikken skal bidrage til.",
    },
    "error.strategy.field_problem": {
        "en": "{where}: {problem}",
        "nb": "{where}: {problem}",
        "sv": "{where}: {problem}",
        "da": "{where}: {problem}",
    },
    "error.strategy.not_a_choice": {
        "en": "{where}: {value} is not one of the choices. Write {choices}.",
        "nb": "{where}: {value} er ikke et av valgene. Skriv {choices}.",
        "sv": "{where}: {value} är inte ett av alternativen. Skriv {choices}.",
        "da": "{where}: {value} er ikke en af mulighederne. Skriv {choices}.",
    },
    "error.strategy.not_a_choice_close": {
        "en": "{where}: {value} is not one of the choices. Write {choices}. Did you mean “{close}”?",
        "nb": "{where}: {value} er ikke et av valgene. Skriv {choices}. Mente du «{close}»?",
        "sv": "{where}: {value} är inte ett av alternativen. Skriv {choices}. Menade du ”{close}”?",
        "da": "{where}: {value} er ikke en af mulighederne. Skriv {choices}. Mente du »{close}«?",
    },
    "error.strategy.not_a_date": {
        "en": "{where}: {value} is not a date. Write dates as YYYY-MM-DD, for example 2025-06-01.",
        "nb": "{where}: {value} er ikke en dato. Skriv datoer som ÅÅÅÅ-MM-DD, for eksempel 2025-06-01.",
        "sv": "{where}: {value} är inte ett datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2025-06-01.",
        "da": "{where}: {value} er ikke en dato. Skriv datoer som ÅÅÅÅ-MM-DD, for eksempel 2025-06-01.",
    },
    "error.strategy.not_a_number": {
        "en": "{where}: {value} is not a number. Write a plain number such as 1200 or 12.5, without "
        "units, spaces or thousands separators.",
        "nb": "{where}: {value} er ikke et tall. Skriv et vanlig tall som 1200 eller 12.5 (med "
        "punktum, ikke komma), uten enheter, mellomrom eller tusenskilletegn.",
        "sv": "{where}: {value} är inte ett tal. Skriv ett vanligt tal som 1200 eller 12.5 (med punkt, "
        "inte komma), utan enheter, mellanslag eller tusentalsavgränsare.",
        "da": "{where}: {value} er ikke et tal. Skriv et almindeligt tal som 1200 eller 12.5 (med "
        "punktum, ikke komma), uden enheder, mellemrum eller tusindtalsseparatorer.",
    },
    "error.strategy.below_zero": {
        "en": "{where}: {value} is below zero. Write 0 or more.",
        "nb": "{where}: {value} er under null. Skriv 0 eller mer.",
        "sv": "{where}: {value} är under noll. Skriv 0 eller mer.",
        "da": "{where}: {value} er under nul. Skriv 0 eller mere.",
    },
    "error.strategy.not_yes_or_no": {
        "en": "{where}: {value} is not yes or no. Write true or false.",
        "nb": "{where}: {value} er ikke ja eller nei. Skriv true eller false.",
        "sv": "{where}: {value} är inte ja eller nej. Skriv true eller false.",
        "da": "{where}: {value} er ikke ja eller nej. Skriv true eller false.",
    },
    "error.strategy.not_a_list_of_items": {
        "en": "{where}: should be a list of items, each starting with “- id:”, but it is {value}.",
        "nb": "{where}: skal være en liste med punkter som hver begynner med «- id:», men er {value}.",
        "sv": "{where}: ska vara en lista med punkter som var och en börjar med ”- id:”, men är {value}.",
        "da": "{where}: skal være en liste med punkter, der hver begynder med »- id:«, men er {value}.",
    },
    "error.strategy.not_a_list": {
        "en": "{where}: should be a list, like [a, b], but it is {value}.",
        "nb": "{where}: skal være en liste, som [a, b], men er {value}.",
        "sv": "{where}: ska vara en lista, som [a, b], men är {value}.",
        "da": "{where}: skal være en liste, som [a, b], men er {value}.",
    },
    "error.strategy.not_a_group": {
        "en": "{where}: should be a group of fields (“key: value” lines), but it is {value}.",
        "nb": "{where}: skal være en gruppe felter (linjer med «navn: verdi»), men er {value}.",
        "sv": "{where}: ska vara en grupp fält (rader med ”namn: värde”), men är {value}.",
        "da": "{where}: skal være en gruppe felter (linjer med »navn: værdi«), men er {value}.",
    },
    "error.strategy.not_text": {
        "en": "{where}: should be text, but it is {value}.",
        "nb": "{where}: skal være tekst, men er {value}.",
        "sv": "{where}: ska vara text, men är {value}.",
        "da": "{where}: skal være tekst, men er {value}.",
    },
    "error.strategy.not_valid_here": {
        "en": "{where}: {value} is not valid here.",
        "nb": "{where}: {value} er ikke gyldig her.",
        "sv": "{where}: {value} är inte giltigt här.",
        "da": "{where}: {value} er ikke gyldig her.",
    },
    "error.strategy.not_a_percent_change": {
        "en": "“{value}” is not a change in percent. Write it with a sign and a percent sign, like "
        "+25% or -10%.",
        "nb": "«{value}» er ikke en endring i prosent. Skriv den med pluss eller minus foran og "
        "prosenttegn bak, som +25% eller -10%.",
        "sv": "”{value}” är inte en förändring i procent. Skriv den med plus eller minus före och "
        "procenttecken efter, som +25% eller -10%.",
        "da": "»{value}« er ikke en ændring i procent. Skriv den med plus eller minus foran og "
        "procenttegn bagefter, som +25% eller -10%.",
    },
    # Ids written twice, and references to ids the strategy does not have
    "error.strategy.duplicate_channel_id": {
        "en": "{where}: {count} channels use this id. Give each channel its own id.",
        "nb": "{where}: {count} kanaler bruker denne id-en. Gi hver kanal sin egen id.",
        "sv": "{where}: {count} kanaler använder det här id:t. Ge varje kanal ett eget id.",
        "da": "{where}: {count} kanaler bruger dette id. Giv hver kanal sit eget id.",
    },
    "error.strategy.duplicate_audience_id": {
        "en": "{where}: {count} audiences use this id. Give each audience its own id.",
        "nb": "{where}: {count} målgrupper bruker denne id-en. Gi hver målgruppe sin egen id.",
        "sv": "{where}: {count} målgrupper använder det här id:t. Ge varje målgrupp ett eget id.",
        "da": "{where}: {count} målgrupper bruger dette id. Giv hver målgruppe sit eget id.",
    },
    "error.strategy.duplicate_metric_id": {
        "en": "{where}: {count} metrics use this id. Give each metric its own id.",
        "nb": "{where}: {count} nøkkeltall bruker denne id-en. Gi hvert nøkkeltall sin egen id.",
        "sv": "{where}: {count} nyckeltal använder det här id:t. Ge varje nyckeltal ett eget id.",
        "da": "{where}: {count} nøgletal bruger dette id. Giv hvert nøgletal sit eget id.",
    },
    "error.strategy.duplicate_goal_id": {
        "en": "{where}: {count} goals use this id. Give each goal its own id.",
        "nb": "{where}: {count} mål bruker denne id-en. Gi hvert mål sin egen id.",
        "sv": "{where}: {count} mål använder det här id:t. Ge varje mål ett eget id.",
        "da": "{where}: {count} mål bruger dette id. Giv hvert mål sit eget id.",
    },
    "error.strategy.duplicate_tactic_id": {
        "en": "{where}: {count} tactics use this id. Give each tactic its own id.",
        "nb": "{where}: {count} taktikker bruker denne id-en. Gi hver taktikk sin egen id.",
        "sv": "{where}: {count} taktiker använder det här id:t. Ge varje taktik ett eget id.",
        "da": "{where}: {count} taktikker bruger dette id. Giv hver taktik sit eget id.",
    },
    "error.strategy.audience_all_reserved": {
        "en": "{where}: “all” is reserved for rows that cover every audience. Choose another id.",
        "nb": "{where}: «all» er reservert for rader som gjelder alle målgrupper. Velg en annen id.",
        "sv": "{where}: ”all” är reserverat för rader som gäller alla målgrupper. Välj ett annat id.",
        "da": "{where}: »all« er reserveret til rækker, der gælder alle målgrupper. Vælg et andet id.",
    },
    "error.strategy.unknown_channel": {
        "en": "{where}: “{name}” is not one of the strategy's channels ({listed}). {hint}",
        "nb": "{where}: «{name}» er ikke en av strategiens kanaler ({listed}). {hint}",
        "sv": "{where}: ”{name}” är inte en av strategins kanaler ({listed}). {hint}",
        "da": "{where}: »{name}« er ikke en af strategiens kanaler ({listed}). {hint}",
    },
    "error.strategy.unknown_audience": {
        "en": "{where}: “{name}” is not one of the strategy's audiences ({listed}). {hint}",
        "nb": "{where}: «{name}» er ikke en av strategiens målgrupper ({listed}). {hint}",
        "sv": "{where}: ”{name}” är inte en av strategins målgrupper ({listed}). {hint}",
        "da": "{where}: »{name}« er ikke en af strategiens målgrupper ({listed}). {hint}",
    },
    "error.strategy.unknown_goal": {
        "en": "{where}: “{name}” is not one of the strategy's goals ({listed}). {hint}",
        "nb": "{where}: «{name}» er ikke et av strategiens mål ({listed}). {hint}",
        "sv": "{where}: ”{name}” är inte ett av strategins mål ({listed}). {hint}",
        "da": "{where}: »{name}« er ikke et af strategiens mål ({listed}). {hint}",
    },
    "error.strategy.none_declared": {
        "en": "none are declared under “{section}:”",
        "nb": "ingen er oppført under «{section}:»",
        "sv": "inga finns under ”{section}:”",
        "da": "ingen er angivet under »{section}:«",
    },
    "error.strategy.add_under": {
        "en": "Add it under “{section}:” or correct the id.",
        "nb": "Legg det til under «{section}:», eller rett id-en.",
        "sv": "Lägg till det under ”{section}:” eller rätta id:t.",
        "da": "Tilføj det under »{section}:«, eller ret id'et.",
    },
    "error.strategy.unknown_metric": {
        "en": "{where}: “{metric}” is not a metric Goalpost knows. Use a built-in metric (followers, "
        "followers_gained, comments, links, support_time) or declare your own under “metrics:”.",
        "nb": "{where}: «{metric}» er ikke et nøkkeltall Goalpost kjenner. Bruk et innebygd nøkkeltall "
        "(followers, followers_gained, comments, links, support_time), eller legg inn deres eget "
        "under «metrics:».",
        "sv": "{where}: ”{metric}” är inte ett nyckeltal som Goalpost känner till. Använd ett inbyggt "
        "nyckeltal (followers, followers_gained, comments, links, support_time) eller lägg till "
        "ett eget under ”metrics:”.",
        "da": "{where}: »{metric}« er ikke et nøgletal, Goalpost kender. Brug et indbygget nøgletal "
        "(followers, followers_gained, comments, links, support_time), eller tilføj jeres eget "
        "under »metrics:«.",
    },
    "error.strategy.unknown_metric_close": {
        "en": "{where}: “{metric}” is not a metric Goalpost knows. Did you mean “{close}”? Use a "
        "built-in metric (followers, followers_gained, comments, links, support_time) or declare "
        "your own under “metrics:”.",
        "nb": "{where}: «{metric}» er ikke et nøkkeltall Goalpost kjenner. Mente du «{close}»? Bruk et "
        "innebygd nøkkeltall (followers, followers_gained, comments, links, support_time), eller "
        "legg inn deres eget under «metrics:».",
        "sv": "{where}: ”{metric}” är inte ett nyckeltal som Goalpost känner till. Menade du "
        "”{close}”? Använd ett inbyggt nyckeltal (followers, followers_gained, comments, links, "
        "support_time) eller lägg till ett eget under ”metrics:”.",
        "da": "{where}: »{metric}« er ikke et nøgletal, Goalpost kender. Mente du »{close}«? Brug et "
        "indbygget nøgletal (followers, followers_gained, comments, links, support_time), eller "
        "tilføj jeres eget under »metrics:«.",
    },
    # Channels marked absent
    "error.strategy.absent_without_reason": {
        "en": "{where}: the channel is marked absent but no reason is given. Say why you chose not to "
        "be there: that choice is part of the strategy.",
        "nb": "{where}: kanalen er merket som fraværende (absent), men ingen grunn er oppgitt. Skriv "
        "hvorfor dere har valgt å ikke være der: det valget er en del av strategien.",
        "sv": "{where}: kanalen är markerad som frånvarande (absent), men inget skäl är angivet. Skriv "
        "varför ni har valt att inte finnas där: det valet är en del av strategin.",
        "da": "{where}: kanalen er markeret som fraværende (absent), men der er ikke angivet nogen "
        "grund. Skriv, hvorfor I har valgt ikke at være der: det valg er en del af strategien.",
    },
    "error.strategy.tactic_absent_channel": {
        "en": "{where}: channel “{channel}” is marked absent in the strategy. Remove it from the "
        "tactic, or change the channel's presence to active or planned.",
        "nb": "{where}: kanalen «{channel}» er merket som fraværende (absent) i strategien. Fjern den "
        "fra taktikken, eller endre kanalens presence til active eller planned.",
        "sv": "{where}: kanalen ”{channel}” är markerad som frånvarande (absent) i strategin. Ta bort "
        "den från taktiken, eller ändra kanalens presence till active eller planned.",
        "da": "{where}: kanalen »{channel}« er markeret som fraværende (absent) i strategien. Fjern "
        "den fra taktikken, eller ændr kanalens presence til active eller planned.",
    },
    "error.strategy.goal_absent_channel": {
        "en": "{where}: channel “{channel}” is marked absent in the strategy. Remove it from the goal, "
        "or change the channel's presence to active or planned.",
        "nb": "{where}: kanalen «{channel}» er merket som fraværende (absent) i strategien. Fjern den "
        "fra målet, eller endre kanalens presence til active eller planned.",
        "sv": "{where}: kanalen ”{channel}” är markerad som frånvarande (absent) i strategin. Ta bort "
        "den från målet, eller ändra kanalens presence till active eller planned.",
        "da": "{where}: kanalen »{channel}« er markeret som fraværende (absent) i strategien. Fjern "
        "den fra målet, eller ændr kanalens presence til active eller planned.",
    },
    # Dates
    "error.strategy.deadline_before_start": {
        "en": "{where}: the deadline {deadline} is before the start {start}. Put the deadline after "
        "the start.",
        "nb": "{where}: fristen {deadline} er før starten {start}. Sett fristen etter starten.",
        "sv": "{where}: slutdatumet {deadline} är före starten {start}. Sätt slutdatumet efter starten.",
        "da": "{where}: fristen {deadline} er før starten {start}. Sæt fristen efter starten.",
    },
    "error.strategy.deadline_on_start": {
        "en": "{where}: the deadline {deadline} is the same day as the start {start}. Put the deadline "
        "after the start.",
        "nb": "{where}: fristen {deadline} er samme dag som starten {start}. Sett fristen etter starten.",
        "sv": "{where}: slutdatumet {deadline} är samma dag som starten {start}. Sätt slutdatumet "
        "efter starten.",
        "da": "{where}: fristen {deadline} er samme dag som starten {start}. Sæt fristen efter starten.",
    },
    # Targets, baselines and directions
    "error.strategy.stay_above_needs_target": {
        "en": "{where}: a stay_above goal needs a “target”: the level to stay above. Add it.",
        "nb": "{where}: et stay_above-mål trenger en «target»: nivået det skal holde seg over. Legg den til.",
        "sv": "{where}: ett stay_above-mål behöver ett ”target”: nivån det ska hålla sig över. Lägg "
        "till det.",
        "da": "{where}: et stay_above-mål skal have et »target«: niveauet, det skal holde sig over. "
        "Tilføj det.",
    },
    "error.strategy.stay_below_needs_target": {
        "en": "{where}: a stay_below goal needs a “target”: the level to stay below. Add it.",
        "nb": "{where}: et stay_below-mål trenger en «target»: nivået det skal holde seg under. Legg "
        "den til.",
        "sv": "{where}: ett stay_below-mål behöver ett ”target”: nivån det ska hålla sig under. Lägg "
        "till det.",
        "da": "{where}: et stay_below-mål skal have et »target«: niveauet, det skal holde sig under. "
        "Tilføj det.",
    },
    "error.strategy.stay_above_not_a_change": {
        "en": "{where}: a stay_above goal needs an absolute “target”: the level to stay above, not a "
        "change. Replace target_change with target.",
        "nb": "{where}: et stay_above-mål trenger en fast «target»: nivået det skal holde seg over, "
        "ikke en endring. Bytt ut target_change med target.",
        "sv": "{where}: ett stay_above-mål behöver ett fast ”target”: nivån det ska hålla sig över, "
        "inte en förändring. Byt ut target_change mot target.",
        "da": "{where}: et stay_above-mål skal have et fast »target«: niveauet, det skal holde sig "
        "over, ikke en ændring. Erstat target_change med target.",
    },
    "error.strategy.stay_below_not_a_change": {
        "en": "{where}: a stay_below goal needs an absolute “target”: the level to stay below, not a "
        "change. Replace target_change with target.",
        "nb": "{where}: et stay_below-mål trenger en fast «target»: nivået det skal holde seg under, "
        "ikke en endring. Bytt ut target_change med target.",
        "sv": "{where}: ett stay_below-mål behöver ett fast ”target”: nivån det ska hålla sig under, "
        "inte en förändring. Byt ut target_change mot target.",
        "da": "{where}: et stay_below-mål skal have et fast »target«: niveauet, det skal holde sig "
        "under, ikke en ændring. Erstat target_change med target.",
    },
    "error.strategy.stay_only_target": {
        "en": "{where}: a {type} goal uses only “target” (the level to hold). Remove target_change.",
        "nb": "{where}: et {type}-mål bruker bare «target» (nivået som skal holdes). Fjern target_change.",
        "sv": "{where}: ett {type}-mål använder bara ”target” (nivån som ska hållas). Ta bort target_change.",
        "da": "{where}: et {type}-mål bruger kun »target« (niveauet, der skal holdes). Fjern target_change.",
    },
    "error.strategy.target_and_change": {
        "en": "{where}: the goal has both a target ({target}) and a target_change ({change}). Keep "
        "one: target for a number to reach, target_change for a change from the baseline.",
        "nb": "{where}: målet har både target ({target}) og target_change ({change}). Behold én av "
        "dem: target for et tall som skal nås, target_change for en endring fra utgangsverdien.",
        "sv": "{where}: målet har både target ({target}) och target_change ({change}). Behåll en av "
        "dem: target för ett tal att nå, target_change för en förändring från utgångsvärdet.",
        "da": "{where}: målet har både target ({target}) og target_change ({change}). Behold én af "
        "dem: target for et tal, der skal nås, target_change for en ændring fra udgangsværdien.",
    },
    "error.strategy.no_target": {
        "en": "{where}: the goal has no target. Add “target” (the number to reach) or “target_change” "
        "(a change from the baseline, like +25%).",
        "nb": "{where}: målet har ingen målverdi. Legg til «target» (tallet som skal nås) eller "
        "«target_change» (en endring fra utgangsverdien, som +25%).",
        "sv": "{where}: målet har inget målvärde. Lägg till ”target” (talet som ska nås) eller "
        "”target_change” (en förändring från utgångsvärdet, som +25%).",
        "da": "{where}: målet har ingen målværdi. Tilføj »target« (tallet, der skal nås) eller "
        "»target_change« (en ændring fra udgangsværdien, som +25%).",
    },
    "error.strategy.target_equals_baseline": {
        "en": "{where}: the target {target} equals the baseline {baseline}, so there is nothing to "
        "achieve. Set a different target, or use type: stay_above / stay_below for a level to "
        "hold.",
        "nb": "{where}: målverdien {target} er lik utgangsverdien {baseline}, så det er ingenting å "
        "oppnå. Sett en annen målverdi, eller bruk type: stay_above / stay_below for et nivå som "
        "skal holdes.",
        "sv": "{where}: målvärdet {target} är lika med utgångsvärdet {baseline}, så det finns inget "
        "att uppnå. Ange ett annat målvärde, eller använd type: stay_above / stay_below för en "
        "nivå som ska hållas.",
        "da": "{where}: målværdien {target} er lig med udgangsværdien {baseline}, så der er intet at "
        "opnå. Sæt en anden målværdi, eller brug type: stay_above / stay_below for et niveau, "
        "der skal holdes.",
    },
    "error.strategy.target_below_baseline": {
        "en": "{where}: the target {target} is below the baseline {baseline}, but for “{metric}” "
        "higher is better. Set a target above the baseline, or use type: stay_above for a level "
        "to hold.",
        "nb": "{where}: målverdien {target} er lavere enn utgangsverdien {baseline}, men for "
        "«{metric}» er høyere bedre. Sett en målverdi over utgangsverdien, eller bruk type: "
        "stay_above for et nivå som skal holdes.",
        "sv": "{where}: målvärdet {target} är lägre än utgångsvärdet {baseline}, men för ”{metric}” är "
        "högre bättre. Ange ett målvärde över utgångsvärdet, eller använd type: stay_above för "
        "en nivå som ska hållas.",
        "da": "{where}: målværdien {target} er lavere end udgangsværdien {baseline}, men for "
        "»{metric}« er højere bedre. Sæt en målværdi over udgangsværdien, eller brug type: "
        "stay_above for et niveau, der skal holdes.",
    },
    "error.strategy.target_above_baseline": {
        "en": "{where}: the target {target} is above the baseline {baseline}, but for “{metric}” lower "
        "is better. Set a target below the baseline, or use type: stay_below for a level to "
        "hold.",
        "nb": "{where}: målverdien {target} er høyere enn utgangsverdien {baseline}, men for "
        "«{metric}» er lavere bedre. Sett en målverdi under utgangsverdien, eller bruk type: "
        "stay_below for et nivå som skal holdes.",
        "sv": "{where}: målvärdet {target} är högre än utgångsvärdet {baseline}, men för ”{metric}” är "
        "lägre bättre. Ange ett målvärde under utgångsvärdet, eller använd type: stay_below för "
        "en nivå som ska hållas.",
        "da": "{where}: målværdien {target} er højere end udgangsværdien {baseline}, men for "
        "»{metric}« er lavere bedre. Sæt en målværdi under udgangsværdien, eller brug type: "
        "stay_below for et niveau, der skal holdes.",
    },
    "error.strategy.change_is_zero": {
        "en": "{where}: {change} keeps the baseline as it is, so there is nothing to achieve. Give a "
        "change such as +10%, or use type: stay_above / stay_below.",
        "nb": "{where}: {change} lar utgangsverdien stå uendret, så det er ingenting å oppnå. Skriv en "
        "endring som +10%, eller bruk type: stay_above / stay_below.",
        "sv": "{where}: {change} lämnar utgångsvärdet oförändrat, så det finns inget att uppnå. Ange "
        "en förändring som +10%, eller använd type: stay_above / stay_below.",
        "da": "{where}: {change} lader udgangsværdien være uændret, så der er intet at opnå. Angiv en "
        "ændring som +10%, eller brug type: stay_above / stay_below.",
    },
    "error.strategy.change_is_a_fall": {
        "en": "{where}: {change} is a fall, but for “{metric}” higher is better. Write a rise, like +10%.",
        "nb": "{where}: {change} er en nedgang, men for «{metric}» er høyere bedre. Skriv en økning, "
        "som +10%.",
        "sv": "{where}: {change} är en minskning, men för ”{metric}” är högre bättre. Skriv en ökning, "
        "som +10%.",
        "da": "{where}: {change} er et fald, men for »{metric}« er højere bedre. Skriv en stigning, "
        "som +10%.",
    },
    "error.strategy.change_is_a_rise": {
        "en": "{where}: {change} is a rise, but for “{metric}” lower is better. Write a fall, like -10%.",
        "nb": "{where}: {change} er en økning, men for «{metric}» er lavere bedre. Skriv en nedgang, "
        "som -10%.",
        "sv": "{where}: {change} är en ökning, men för ”{metric}” är lägre bättre. Skriv en minskning, "
        "som -10%.",
        "da": "{where}: {change} er en stigning, men for »{metric}« er lavere bedre. Skriv et fald, "
        "som -10%.",
    },
    # Progress from files and from the store (connectors/store/progress_source.py, metrics/)
    "error.progress.not_a_date": {
        "en": "“{text}” is not a date: write it as YYYY-MM-DD, for example 2026-03-31.",
        "nb": "«{text}» er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-03-31.",
        "sv": "”{text}” är inte ett datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.",
        "da": "»{text}« er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-03-31.",
    },
    "error.progress.not_a_real_date": {
        "en": "“{text}” is not a real date: check the month and the day.",
        "nb": "«{text}» er ikke en gyldig dato: sjekk måneden og dagen.",
        "sv": "”{text}” är inte ett giltigt datum: kontrollera månaden och dagen.",
        "da": "»{text}« er ikke en gyldig dato: tjek måneden og dagen.",
    },
    "error.progress.no_strategy_file": {
        "en": "There is no strategy file at “{path}”. Check the path.",
        "nb": "Det finnes ingen strategifil på «{path}». Sjekk stien.",
        "sv": "Det finns ingen strategifil på ”{path}”. Kontrollera sökvägen.",
        "da": "Der findes ingen strategifil på »{path}«. Tjek stien.",
    },
    "error.progress.strategy_not_text": {
        "en": "“{path}” is not a text file. Save the strategy as UTF-8 YAML.",
        "nb": "«{path}» er ikke en tekstfil. Lagre strategien som YAML med tegnkoding UTF-8.",
        "sv": "”{path}” är inte en textfil. Spara strategin som YAML med teckenkodningen UTF-8.",
        "da": "»{path}« er ikke en tekstfil. Gem strategien som YAML med tegnkodningen UTF-8.",
    },
    "error.progress.no_data_file": {
        "en": "There is no data file at “{path}”. Check the path.",
        "nb": "Det finnes ingen datafil på «{path}». Sjekk stien.",
        "sv": "Det finns ingen datafil på ”{path}”. Kontrollera sökvägen.",
        "da": "Der findes ingen datafil på »{path}«. Tjek stien.",
    },
    "error.progress.which_strategy": {
        "en": "Say which strategy to measure with --strategy FILE when you read --data files.",
        "nb": "Oppgi hvilken strategi som skal måles, med --strategy FIL, når du leser inn filer med --data.",
        "sv": "Ange vilken strategi som ska mätas med --strategy FIL när du läser in filer med --data.",
        "da": "Angiv, hvilken strategi der skal måles, med --strategy FIL, når du indlæser filer med --data.",
    },
    "error.progress.no_strategy_in_store": {
        "en": "The store holds no strategy yet. Give one with --strategy FILE, or save one in the dashboard.",
        "nb": "Lageret har ingen strategi ennå. Oppgi en med --strategy FIL, eller lagre en i dashbordet.",
        "sv": "Lagret har ingen strategi än. Ange en med --strategy FIL, eller spara en i instrumentpanelen.",
        "da": "Lageret har ingen strategi endnu. Angiv en med --strategy FIL, eller gem en i dashboardet.",
    },
    "error.progress.latest_strategy": {
        "en": "the store's latest strategy",
        "nb": "den siste strategien i lageret",
        "sv": "den senaste strategin i lagret",
        "da": "den seneste strategi i lageret",
    },
    "error.progress.followers_derived": {
        "en": "Follower totals derived from monthly follower gains, anchored at {total} followers at "
        "the end of {month} (a total you gave); the platform did not report these totals.",
        "nb": "Følgertallene er regnet ut fra nye følgere per måned, med utgangspunkt i {total} "
        "følgere ved utgangen av {month} (et tall dere oppga); plattformen rapporterte ikke "
        "disse totaltallene.",
        "sv": "Antalet följare är beräknat från nya följare per månad, med utgångspunkt i {total} "
        "följare i slutet av {month} (en siffra ni angav); plattformen rapporterade inte dessa "
        "totalsiffror.",
        "da": "Antallet følgere er beregnet ud fra nye følgere pr. måned, med udgangspunkt i {total} "
        "følgere ved udgangen af {month} (et tal, I har angivet); platformen rapporterede ikke "
        "disse totaler.",
    },
    "error.progress.followers_derived_with_gap": {
        "en": "Follower totals derived from monthly follower gains, anchored at {total} followers at "
        "the end of {month} (a total you gave); the platform did not report these totals. "
        "{count} month(s) with gains (from {first}) have no total: a month's gain is missing "
        "between them and the anchor.",
        "nb": "Følgertallene er regnet ut fra nye følgere per måned, med utgangspunkt i {total} "
        "følgere ved utgangen av {month} (et tall dere oppga); plattformen rapporterte ikke "
        "disse totaltallene. {count} måned(er) med nye følgere (fra {first}) har ikke noe "
        "totaltall: tallet for en måned mangler mellom dem og utgangspunktet.",
        "sv": "Antalet följare är beräknat från nya följare per månad, med utgångspunkt i {total} "
        "följare i slutet av {month} (en siffra ni angav); plattformen rapporterade inte dessa "
        "totalsiffror. {count} månad(er) med nya följare (från {first}) saknar totalsiffra: "
        "siffran för en månad saknas mellan dem och utgångspunkten.",
        "da": "Antallet følgere er beregnet ud fra nye følgere pr. måned, med udgangspunkt i {total} "
        "følgere ved udgangen af {month} (et tal, I har angivet); platformen rapporterede ikke "
        "disse totaler. {count} måned(er) med nye følgere (fra {first}) har ikke noget totaltal: "
        "tallet for en måned mangler mellem dem og udgangspunktet.",
    },
}
