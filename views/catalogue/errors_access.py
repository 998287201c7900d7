"""Sign-in, roles and meeting links (metrics/access.py, connectors/access/, connectors/sheets/sheet_policy.py).

Keys are "error.<key>" for the Message key; "en" is the template written at the call. E-mail addresses,
file paths and link names arrive as written.
"""

TEXT = {
    "error.access.unknown_role": {
        "en": "“{role}” is not a role. Use one of: viewer, editor, admin.",
        "nb": "«{role}» er ikke en rolle. Bruk en av: viewer, editor, admin.",
        "sv": "”{role}” är ingen roll. Använd en av: viewer, editor, admin.",
        "da": "»{role}« er ikke en rolle. Brug en af: viewer, editor, admin.",
    },
    "error.access.denied": {
        "en": "{who} may not {action}: that needs the {needed} role, and {who} has the {role} role. "
        "Ask an admin of Goalpost for the {needed} role.",
        "nb": "{who} kan ikke {action}: det krever rollen {needed}, og {who} har rollen {role}. "
        "Be en administrator i Goalpost om rollen {needed}.",
        "sv": "{who} får inte {action}: det kräver rollen {needed}, och {who} har rollen {role}. "
        "Be en administratör i Goalpost om rollen {needed}.",
        "da": "{who} må ikke {action}: det kræver rollen {needed}, og {who} har rollen {role}. "
        "Bed en administrator i Goalpost om rollen {needed}.",
    },
    "error.access.action.upload": {
        "en": "store uploads",
        "nb": "lagre opplastinger",
        "sv": "spara uppladdningar",
        "da": "gemme uploads",
    },
    "error.access.action.undo": {
        "en": "undo or restore uploads",
        "nb": "angre eller gjenopprette opplastinger",
        "sv": "ångra eller återställa uppladdningar",
        "da": "fortryde eller gendanne uploads",
    },
    "error.access.action.strategy": {
        "en": "change the strategy",
        "nb": "endre strategien",
        "sv": "ändra strategin",
        "da": "ændre strategien",
    },
    "error.access.action.mapping": {
        "en": "save column mappings",
        "nb": "lagre kolonnekoblinger",
        "sv": "spara kolumnkopplingar",
        "da": "gemme kolonnekoblinger",
    },
    "error.access.action.sheets": {
        "en": "connect, sync or disconnect Google Sheets",
        "nb": "koble til, synkronisere eller koble fra Google Sheets",
        "sv": "ansluta, synkronisera eller koppla från Google Sheets",
        "da": "forbinde, synkronisere eller afbryde Google Sheets",
    },
    "error.access.action.links": {
        "en": "make meeting links",
        "nb": "lage møtelenker",
        "sv": "skapa möteslänkar",
        "da": "lave mødelinks",
    },
    "error.access.action.accounts": {
        "en": "manage accounts and roles",
        "nb": "administrere kontoer og roller",
        "sv": "hantera konton och roller",
        "da": "administrere konti og roller",
    },
    "error.access.action.sheet_policy": {
        "en": "choose which Google Sheets may be connected",
        "nb": "velge hvilke Google Sheets som kan kobles til",
        "sv": "välja vilka Google Sheets som får anslutas",
        "da": "vælge hvilke Google Sheets der må forbindes",
    },
    "error.access.action.copy_store": {
        "en": "copy the whole store to another database",
        "nb": "kopiere hele lageret til en annen database",
        "sv": "kopiera hela lagret till en annan databas",
        "da": "kopiere hele lageret til en anden database",
    },
    "error.access.bad_email": {
        "en": "“{email}” is not an e-mail address. Write it as name@example.org.",
        "nb": "«{email}» er ikke en e-postadresse. Skriv den som navn@eksempel.no.",
        "sv": "”{email}” är ingen e-postadress. Skriv den som namn@exempel.se.",
        "da": "»{email}« er ikke en e-mailadresse. Skriv den som navn@eksempel.dk.",
    },
    "error.access.password_short": {
        "en": "The password has {length} characters; use at least {minimum}. A few words in a row are "
        "easy to remember and hard to guess.",
        "nb": "Passordet har {length} tegn; bruk minst {minimum}. Noen ord etter hverandre er lette å huske "
        "og vanskelige å gjette.",
        "sv": "Lösenordet har {length} tecken; använd minst {minimum}. Några ord i rad är lätta att komma "
        "ihåg och svåra att gissa.",
        "da": "Adgangskoden har {length} tegn; brug mindst {minimum}. Nogle ord i træk er lette at huske "
        "og svære at gætte.",
    },
    "error.access.password_long": {
        "en": "The password is longer than {maximum} characters. Choose a shorter one.",
        "nb": "Passordet er lengre enn {maximum} tegn. Velg et kortere.",
        "sv": "Lösenordet är längre än {maximum} tecken. Välj ett kortare.",
        "da": "Adgangskoden er længere end {maximum} tegn. Vælg en kortere.",
    },
    "error.access.account_exists": {
        "en": "There is already an account for {email}. Change its role or password instead.",
        "nb": "Det finnes allerede en konto for {email}. Endre rollen eller passordet i stedet.",
        "sv": "Det finns redan ett konto för {email}. Ändra dess roll eller lösenord i stället.",
        "da": "Der findes allerede en konto for {email}. Ændr dens rolle eller adgangskode i stedet.",
    },
    "error.access.locked": {
        "en": "Too many failed sign-ins. Wait {minutes} minutes and try again, or ask an admin "
        "to set a new password.",
        "nb": "For mange mislykkede innlogginger. Vent {minutes} minutter og prøv igjen, eller be en "
        "administrator om å sette et nytt passord.",
        "sv": "För många misslyckade inloggningar. Vänta {minutes} minuter och försök igen, eller be en "
        "administratör att sätta ett nytt lösenord.",
        "da": "For mange mislykkede log ind. Vent {minutes} minutter og prøv igen, eller bed en "
        "administrator om at sætte en ny adgangskode.",
    },
    "error.access.wrong_password": {
        "en": "That e-mail address and password do not match an account. Check both and try again.",
        "nb": "E-postadressen og passordet passer ikke til noen konto. Sjekk begge og prøv igjen.",
        "sv": "E-postadressen och lösenordet matchar inget konto. Kontrollera båda och försök igen.",
        "da": "E-mailadressen og adgangskoden passer ikke til en konto. Tjek begge og prøv igen.",
    },
    "error.access.no_account": {
        "en": "There is no account for {email}. Check the address.",
        "nb": "Det finnes ingen konto for {email}. Sjekk adressen.",
        "sv": "Det finns inget konto för {email}. Kontrollera adressen.",
        "da": "Der findes ingen konto for {email}. Tjek adressen.",
    },
    "error.access.last_admin": {
        "en": "{email} is the only admin account. Make another account an admin first, so someone can still "
        "manage Goalpost.",
        "nb": "{email} er den eneste administratorkontoen. Gjør en annen konto til administrator først, så "
        "noen fortsatt kan administrere Goalpost.",
        "sv": "{email} är det enda administratörskontot. Gör ett annat konto till administratör först, så att "
        "någon fortfarande kan hantera Goalpost.",
        "da": "{email} er den eneste administratorkonto. Gør en anden konto til administrator først, så "
        "nogen stadig kan administrere Goalpost.",
    },
    "error.access.bad_rule": {
        "en": "“{entry}” is not an e-mail address (name@example.org), a domain (@example.org) or a group "
        "(group:NAME). Write it as one of those.",
        "nb": "«{entry}» er verken en e-postadresse (navn@eksempel.no), et domene (@eksempel.no) eller en "
        "gruppe (group:NAVN). Skriv det som en av dem.",
        "sv": "”{entry}” är varken en e-postadress (namn@exempel.se), en domän (@exempel.se) eller en grupp "
        "(group:NAMN). Skriv det som en av dem.",
        "da": "»{entry}« er hverken en e-mailadresse (navn@eksempel.dk), et domæne (@eksempel.dk) eller en "
        "gruppe (group:NAVN). Skriv det som en af dem.",
    },
    "error.access.link_expiry": {
        "en": "A meeting link must open until a day from today to {last}. Pick a date in that range.",
        "nb": "En møtelenke må virke til en dag fra i dag til {last}. Velg en dato i det tidsrommet.",
        "sv": "En möteslänk måste fungera till en dag från i dag till {last}. Välj ett datum i det intervallet.",
        "da": "Et mødelink skal virke til en dag fra i dag til {last}. Vælg en dato i det tidsrum.",
    },
    "error.access.no_link": {
        "en": "There is no meeting link number {id}.",
        "nb": "Det finnes ingen møtelenke nummer {id}.",
        "sv": "Det finns ingen möteslänk nummer {id}.",
        "da": "Der findes intet mødelink nummer {id}.",
    },
    "error.access.link_unknown": {
        "en": "This link does not open anything. Ask whoever sent it for a new one.",
        "nb": "Denne lenken åpner ingenting. Be den som sendte den om en ny.",
        "sv": "Den här länken öppnar ingenting. Be den som skickade den om en ny.",
        "da": "Dette link åbner ingenting. Bed den, der sendte det, om et nyt.",
    },
    "error.access.link_revoked": {
        "en": "This meeting link was withdrawn. Ask whoever sent it for a new one.",
        "nb": "Denne møtelenken er trukket tilbake. Be den som sendte den om en ny.",
        "sv": "Den här möteslänken har dragits tillbaka. Be den som skickade den om en ny.",
        "da": "Dette mødelink er trukket tilbage. Bed den, der sendte det, om et nyt.",
    },
    "error.access.link_expired": {
        "en": "This meeting link stopped working after {day}. Ask whoever sent it for a new one.",
        "nb": "Denne møtelenken sluttet å virke etter {day}. Be den som sendte den om en ny.",
        "sv": "Den här möteslänken slutade fungera efter {day}. Be den som skickade den om en ny.",
        "da": "Dette mødelink holdt op med at virke efter {day}. Bed den, der sendte det, om et nyt.",
    },
    "error.access.secrets_unreadable": {
        "en": "{path} is not a valid TOML file ({problem}). Fix it and start again.",
        "nb": "{path} er ikke en gyldig TOML-fil ({problem}). Rett den og start igjen.",
        "sv": "{path} är ingen giltig TOML-fil ({problem}). Rätta den och starta igen.",
        "da": "{path} er ikke en gyldig TOML-fil ({problem}). Ret den og start igen.",
    },
    "error.access.needs_sign_in": {
        "en": "Goalpost would listen on {address}, where others can reach it, but nobody has to sign in, so "
        "anyone could change the data. Set up sign-in first, in one of two ways: an OpenID Connect "
        "provider under [auth] in .streamlit/secrets.toml (Google, Microsoft Entra ID, Okta, Keycloak), "
        "or Goalpost's own accounts with `python cli.py users add EMAIL --role admin`. To serve everyone "
        "without sign-in on purpose, start it with --open.",
        "nb": "Goalpost ville lytte på {address}, der andre kan nå den, men ingen må logge inn, så hvem som "
        "helst kunne endre dataene. Sett opp innlogging først, på en av to måter: en OpenID Connect-"
        "leverandør under [auth] i .streamlit/secrets.toml (Google, Microsoft Entra ID, Okta, Keycloak), "
        "eller Goalposts egne kontoer med `python cli.py users add EPOST --role admin`. For å åpne den for "
        "alle uten innlogging med vilje, start den med --open.",
        "sv": "Goalpost skulle lyssna på {address}, där andra kan nå den, men ingen behöver logga in, så vem "
        "som helst kunde ändra data. Ställ in inloggning först, på ett av två sätt: en OpenID Connect-"
        "leverantör under [auth] i .streamlit/secrets.toml (Google, Microsoft Entra ID, Okta, Keycloak), "
        "eller Goalposts egna konton med `python cli.py users add EPOST --role admin`. För att med flit "
        "öppna den för alla utan inloggning, starta den med --open.",
        "da": "Goalpost ville lytte på {address}, hvor andre kan nå den, men ingen skal logge ind, så hvem som "
        "helst kunne ændre dataene. Sæt log ind op først, på en af to måder: en OpenID Connect-udbyder "
        "under [auth] i .streamlit/secrets.toml (Google, Microsoft Entra ID, Okta, Keycloak), eller "
        "Goalposts egne konti med `python cli.py users add EMAIL --role admin`. For med vilje at åbne den "
        "for alle uden log ind, start den med --open.",
    },
    "error.sheets.not_allowed": {
        "en": "This Google Sheet is not on the list of sheets Goalpost may read, so nothing was read from "
        "it. Ask an admin to add it on the Team page if it belongs to the team's numbers.",
        "nb": "Dette Google-regnearket står ikke på listen over regneark Goalpost kan lese, så ingenting ble "
        "lest fra det. Be en administrator legge det til på Team-siden hvis det hører til teamets tall.",
        "sv": "Det här Google-kalkylarket finns inte på listan över ark som Goalpost får läsa, så inget "
        "lästes från det. Be en administratör lägga till det på Team-sidan om det hör till teamets siffror.",
        "da": "Dette Google-regneark er ikke på listen over ark, Goalpost må læse, så intet blev læst fra "
        "det. Bed en administrator tilføje det på Team-siden, hvis det hører til teamets tal.",
    },
}
