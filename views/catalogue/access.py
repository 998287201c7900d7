"""Sign-in, the visitor line in the sidebar, open mode and meeting links."""

TEXT = {
    "nav.team": {"en": "Team", "nb": "Team", "sv": "Team", "da": "Team"},
    "access.title": {
        "en": "Sign in to Goalpost",
        "nb": "Logg inn i Goalpost",
        "sv": "Logga in i Goalpost",
        "da": "Log ind i Goalpost",
    },
    "access.intro": {
        "en": "Your team's social media goals and how they are going. Sign in to see them.",
        "nb": "Teamets mål for sosiale medier og hvordan det går. Logg inn for å se dem.",
        "sv": "Teamets mål för sociala medier och hur det går. Logga in för att se dem.",
        "da": "Teamets mål for sociale medier, og hvordan det går. Log ind for at se dem.",
    },
    "access.your_organisation": {
        "en": "your organisation's account",
        "nb": "organisasjonens konto",
        "sv": "organisationens konto",
        "da": "organisationens konto",
    },
    "access.oidc_button": {
        "en": "Sign in with {provider}",
        "nb": "Logg inn med {provider}",
        "sv": "Logga in med {provider}",
        "da": "Log ind med {provider}",
    },
    "access.email": {
        "en": "E-mail address",
        "nb": "E-postadresse",
        "sv": "E-postadress",
        "da": "E-mailadresse",
    },
    "access.password": {"en": "Password", "nb": "Passord", "sv": "Lösenord", "da": "Adgangskode"},
    "access.sign_in": {"en": "Sign in", "nb": "Logg inn", "sv": "Logga in", "da": "Log ind"},
    "access.sign_out": {"en": "Sign out", "nb": "Logg ut", "sv": "Logga ut", "da": "Log ud"},
    "access.session_ended": {
        "en": "Your sign-in has ended (after 8 hours, or because your account changed). Sign in again.",
        "nb": "Innloggingen din er avsluttet (etter 8 timer, eller fordi kontoen ble endret). Logg inn igjen.",
        "sv": "Din inloggning har upphört (efter 8 timmar, eller för att kontot ändrades). Logga in igen.",
        "da": "Dit log ind er udløbet (efter 8 timer, eller fordi kontoen blev ændret). Log ind igen.",
    },
    "access.no_role": {
        "en": "You are signed in as {email}, but that account has no role in Goalpost yet. Ask an admin of "
        "Goalpost to give it one on the Team page.",
        "nb": "Du er logget inn som {email}, men kontoen har ingen rolle i Goalpost ennå. Be en administrator "
        "gi den en rolle på Team-siden.",
        "sv": "Du är inloggad som {email}, men kontot har ingen roll i Goalpost ännu. Be en administratör ge "
        "det en roll på Team-sidan.",
        "da": "Du er logget ind som {email}, men kontoen har endnu ingen rolle i Goalpost. Bed en "
        "administrator give den en rolle på Team-siden.",
    },
    "access.refuse_open": {
        "en": "Goalpost is listening on {address}, where others can reach it, and nobody has to sign in, so "
        "it shows nothing. Whoever runs it: set up sign-in (see “Host it for your team” in the README), "
        "or start it with `python cli.py serve --open` to serve everyone on purpose.",
        "nb": "Goalpost lytter på {address}, der andre kan nå den, og ingen må logge inn, så den viser "
        "ingenting. Den som driver den: sett opp innlogging (se «Host it for your team» i README), eller "
        "start den med `python cli.py serve --open` for å åpne den for alle med vilje.",
        "sv": "Goalpost lyssnar på {address}, där andra kan nå den, och ingen behöver logga in, så den visar "
        "ingenting. Den som driver den: ställ in inloggning (se ”Host it for your team” i README), eller "
        "starta den med `python cli.py serve --open` för att med flit öppna den för alla.",
        "da": "Goalpost lytter på {address}, hvor andre kan nå den, og ingen skal logge ind, så den viser "
        "ingenting. Den, der driver den: sæt log ind op (se »Host it for your team« i README), eller "
        "start den med `python cli.py serve --open` for med vilje at åbne den for alle.",
    },
    "access.open_banner": {
        "en": "Open to everyone: nobody signs in here, so anyone who can reach this address can change the "
        "data. Set up sign-in before sharing the link.",
        "nb": "Åpen for alle: ingen logger inn her, så alle som når denne adressen kan endre dataene. Sett "
        "opp innlogging før du deler lenken.",
        "sv": "Öppen för alla: ingen loggar in här, så alla som når den här adressen kan ändra data. Ställ in "
        "inloggning innan du delar länken.",
        "da": "Åben for alle: ingen logger ind her, så alle, der kan nå denne adresse, kan ændre dataene. "
        "Sæt log ind op, før du deler linket.",
    },
    "access.open_identity": {
        "en": "anyone (open server)",
        "nb": "hvem som helst (åpen server)",
        "sv": "vem som helst (öppen server)",
        "da": "hvem som helst (åben server)",
    },
    "access.local_caption": {
        "en": "Open on this computer only (127.0.0.1)",
        "nb": "Åpen bare på denne datamaskinen (127.0.0.1)",
        "sv": "Öppen bara på den här datorn (127.0.0.1)",
        "da": "Åben kun på denne computer (127.0.0.1)",
    },
    "access.local_help": {
        "en": "Nobody signs in, so Goalpost listens on this computer only. To share it with colleagues, "
        "set up sign-in and start it with `make serve` (see “Host it for your team” in the README).",
        "nb": "Ingen logger inn, så Goalpost lytter bare på denne datamaskinen. For å dele den med kolleger, "
        "sett opp innlogging og start den med `make serve` (se «Host it for your team» i README).",
        "sv": "Ingen loggar in, så Goalpost lyssnar bara på den här datorn. För att dela den med kollegor, "
        "ställ in inloggning och starta den med `make serve` (se ”Host it for your team” i README).",
        "da": "Ingen logger ind, så Goalpost lytter kun på denne computer. For at dele den med kolleger, "
        "sæt log ind op og start den med `make serve` (se »Host it for your team« i README).",
    },
    "access.signed_in_as": {
        "en": "Signed in as {who} · {role}",
        "nb": "Logget inn som {who} · {role}",
        "sv": "Inloggad som {who} · {role}",
        "da": "Logget ind som {who} · {role}",
    },
    "access.role.viewer": {"en": "viewer", "nb": "leser", "sv": "läsare", "da": "læser"},
    "access.role.editor": {"en": "editor", "nb": "redaktør", "sv": "redaktör", "da": "redaktør"},
    "access.role.admin": {"en": "admin", "nb": "administrator", "sv": "administratör", "da": "administrator"},
    "access.link_caption": {
        "en": "Read-only meeting link “{label}”, open until {day}",
        "nb": "Skrivebeskyttet møtelenke «{label}», åpen til {day}",
        "sv": "Skrivskyddad möteslänk ”{label}”, öppen till {day}",
        "da": "Skrivebeskyttet mødelink »{label}«, åbent til {day}",
    },
}
