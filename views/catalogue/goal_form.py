"""Texts of the goal forms on the Strategy page: one form per goal, with plain labels."""

TEXT: dict[str, dict[str, str]] = {
    "goal_form.help": {
        "en": "Open a goal to change it. Each line shows the goal's target, deadline and owner; saving "
        "keeps the earlier strategy as a version you can go back to.",
        "nb": "Åpne et mål for å endre det. Hver linje viser målverdi, frist og ansvarlig; når du lagrer, "
        "blir den forrige strategien tatt vare på som en versjon du kan gå tilbake til.",
        "sv": "Öppna ett mål för att ändra det. Varje rad visar målvärde, slutdatum och ansvarig; när du "
        "sparar behålls den tidigare strategin som en version du kan gå tillbaka till.",
        "da": "Åbn et mål for at ændre det. Hver linje viser målværdi, frist og ansvarlig; når du gemmer, "
        "bevares den tidligere strategi som en version, du kan gå tilbage til.",
    },
    "goal_form.summary": {
        "en": "{target} · by {deadline} · {owner}",
        "nb": "{target} · innen {deadline} · {owner}",
        "sv": "{target} · senast {deadline} · {owner}",
        "da": "{target} · senest {deadline} · {owner}",
    },
    "goal_form.target_is": {
        "en": "Target {target}",
        "nb": "Målverdi {target}",
        "sv": "Målvärde {target}",
        "da": "Målværdi {target}",
    },
    "goal_form.add": {
        "en": "Add a goal",
        "nb": "Legg til et mål",
        "sv": "Lägg till ett mål",
        "da": "Tilføj et mål",
    },
    "goal_form.as_table": {
        "en": "Edit as a table (many goals and the tactics at once)",
        "nb": "Rediger som tabell (mange mål og taktikkene på en gang)",
        "sv": "Redigera som tabell (många mål och taktikerna på en gång)",
        "da": "Rediger som tabel (mange mål og taktikkerne på én gang)",
    },
    "goal_form.label_title": {
        "en": "Goal in a few words",
        "nb": "Målet med få ord",
        "sv": "Målet med några ord",
        "da": "Målet med få ord",
    },
    "goal_form.title_hint": {
        "en": "e.g. 4 000 LinkedIn followers by the end of the year",
        "nb": "f.eks. 4 000 LinkedIn-følgere innen årets slutt",
        "sv": "t.ex. 4 000 LinkedIn-följare före årets slut",
        "da": "f.eks. 4 000 LinkedIn-følgere inden årets udgang",
    },
    "goal_form.label_kind": {"en": "Kind of goal", "nb": "Type mål", "sv": "Typ av mål", "da": "Type mål"},
    "goal_form.kind_help": {
        "en": "A communication goal is about the channels themselves (followers, comments); an effect goal is "
        "what the communication should lead to (visits to the shop, faster answers).",
        "nb": "Et kommunikasjonsmål handler om kanalene selv (følgere, kommentarer); et effektmål er det "
        "kommunikasjonen skal føre til (besøk i butikken, raskere svar).",
        "sv": "Ett kommunikationsmål gäller kanalerna själva (följare, kommentarer); ett effektmål är det "
        "kommunikationen ska leda till (besök i butiken, snabbare svar).",
        "da": "Et kommunikationsmål handler om kanalerne selv (følgere, kommentarer); et effektmål er det, "
        "kommunikationen skal føre til (besøg i butikken, hurtigere svar).",
    },
    "goal_form.label_metric": {
        "en": "What is measured",
        "nb": "Hva som måles",
        "sv": "Vad som mäts",
        "da": "Hvad der måles",
    },
    "goal_form.label_channels": {"en": "Channels", "nb": "Kanaler", "sv": "Kanaler", "da": "Kanaler"},
    "goal_form.all_channels": {
        "en": "All active channels",
        "nb": "Alle aktive kanaler",
        "sv": "Alla aktiva kanaler",
        "da": "Alle aktive kanaler",
    },
    "goal_form.channels_help": {
        "en": "Leave it empty to count every channel the strategy is active on.",
        "nb": "La feltet stå tomt for å telle alle kanalene strategien er aktiv på.",
        "sv": "Lämna fältet tomt för att räkna alla kanaler strategin är aktiv på.",
        "da": "Lad feltet stå tomt for at tælle alle de kanaler, strategien er aktiv på.",
    },
    "goal_form.label_audiences": {
        "en": "Audiences",
        "nb": "Målgrupper",
        "sv": "Målgrupper",
        "da": "Målgrupper",
    },
    "goal_form.everyone": {"en": "Everyone", "nb": "Alle", "sv": "Alla", "da": "Alle"},
    "goal_form.audiences_help": {
        "en": "Leave it empty when the goal counts everyone on the channels.",
        "nb": "La feltet stå tomt når målet teller alle på kanalene.",
        "sv": "Lämna fältet tomt när målet räknar alla i kanalerna.",
        "da": "Lad feltet stå tomt, når målet tæller alle på kanalerne.",
    },
    "goal_form.label_start": {"en": "Start", "nb": "Start", "sv": "Start", "da": "Start"},
    "goal_form.label_deadline": {"en": "Deadline", "nb": "Frist", "sv": "Slutdatum", "da": "Frist"},
    "goal_form.label_type": {
        "en": "The goal is to",
        "nb": "Målet er å",
        "sv": "Målet är att",
        "da": "Målet er at",
    },
    "goal_form.type_reach": {
        "en": "reach the target by the deadline",
        "nb": "nå målverdien innen fristen",
        "sv": "nå målvärdet före slutdatumet",
        "da": "nå målværdien inden fristen",
    },
    "goal_form.type_stay_above": {
        "en": "stay above the target",
        "nb": "holde seg over målverdien",
        "sv": "hålla sig över målvärdet",
        "da": "holde sig over målværdien",
    },
    "goal_form.type_stay_below": {
        "en": "stay below the target",
        "nb": "holde seg under målverdien",
        "sv": "hålla sig under målvärdet",
        "da": "holde sig under målværdien",
    },
    "goal_form.label_baseline": {
        "en": "Baseline",
        "nb": "Utgangsverdi",
        "sv": "Utgångsvärde",
        "da": "Udgangsværdi",
    },
    "goal_form.from_data": {
        "en": "Taken from the data",
        "nb": "Hentes fra dataene",
        "sv": "Hämtas från data",
        "da": "Hentes fra data",
    },
    "goal_form.baseline_help": {
        "en": "Where the goal started. Leave it empty to take the value of the start month from the data.",
        "nb": "Der målet startet. La feltet stå tomt for å bruke verdien for startmåneden fra dataene.",
        "sv": "Där målet började. Lämna fältet tomt för att ta startmånadens värde från data.",
        "da": "Hvor målet startede. Lad feltet stå tomt for at bruge startmånedens værdi fra data.",
    },
    "goal_form.label_target": {"en": "Target", "nb": "Målverdi", "sv": "Målvärde", "da": "Målværdi"},
    "goal_form.label_target_change": {
        "en": "Or: change from the baseline (%)",
        "nb": "Eller: endring fra utgangsverdien (%)",
        "sv": "Eller: förändring från utgångsvärdet (%)",
        "da": "Eller: ændring fra udgangsværdien (%)",
    },
    "goal_form.target_change_help": {
        "en": "For a target relative to the baseline: 25 means a quarter more, -10 a tenth less. "
        "Fill in the target or this, not both.",
        "nb": "For en målverdi i forhold til utgangsverdien: 25 betyr en firedel mer, -10 en tidel mindre. "
        "Fyll ut målverdien eller dette, ikke begge.",
        "sv": "För ett målvärde i förhållande till utgångsvärdet: 25 betyder en fjärdedel mer, -10 en tiondel "
        "mindre. Fyll i målvärdet eller detta, inte båda.",
        "da": "For en målværdi i forhold til udgangsværdien: 25 betyder en fjerdedel mere, -10 en tiendedel "
        "mindre. Udfyld målværdien eller dette, ikke begge.",
    },
    "goal_form.label_owner": {"en": "Owner", "nb": "Ansvarlig", "sv": "Ansvarig", "da": "Ansvarlig"},
    "goal_form.owner_hint": {
        "en": "The person or role responsible",
        "nb": "Personen eller rollen som har ansvaret",
        "sv": "Personen eller rollen som har ansvaret",
        "da": "Personen eller rollen, der har ansvaret",
    },
    "goal_form.save": {
        "en": "Save this goal",
        "nb": "Lagre dette målet",
        "sv": "Spara det här målet",
        "da": "Gem dette mål",
    },
    "goal_form.save_new": {
        "en": "Add this goal",
        "nb": "Legg til dette målet",
        "sv": "Lägg till det här målet",
        "da": "Tilføj dette mål",
    },
    "goal_form.not_saved": {
        "en": "Nothing was saved: {count} thing(s) to fix first.",
        "nb": "Ingenting ble lagret: {count} ting må rettes først.",
        "sv": "Inget sparades: {count} sak(er) måste rättas först.",
        "da": "Intet blev gemt: {count} ting skal rettes først.",
    },
    "goal_form.unchanged": {
        "en": "Nothing to save: the goal is as it was.",
        "nb": "Ingenting å lagre: målet er som før.",
        "sv": "Inget att spara: målet är som förut.",
        "da": "Intet at gemme: målet er, som det var.",
    },
}
