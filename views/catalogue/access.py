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
    "shell.pin_month": {
        "en": "Pin to {month}",
        "nb": "Fest til {month}",
        "sv": "Fäst vid {month}",
        "da": "Fastgør til {month}",
    },
    "shell.pinned_help": {
        "en": "The link shows {month}, also after newer months arrive.",
        "nb": "Lenken viser {month}, også etter at nyere måneder er kommet.",
        "sv": "Länken visar {month}, även när nyare månader har kommit.",
        "da": "Linket viser {month}, også når nyere måneder er kommet.",
    },
    "shell.following_help": {
        "en": "The link follows the latest month: next month it shows next month's numbers.",
        "nb": "Lenken følger siste måned: neste måned viser den neste måneds tall.",
        "sv": "Länken följer senaste månaden: nästa månad visar den nästa månads siffror.",
        "da": "Linket følger seneste måned: næste måned viser det næste måneds tal.",
    },
    "shell.meeting_title": {
        "en": "Read-only link for guests",
        "nb": "Skrivebeskyttet lenke for gjester",
        "sv": "Skrivskyddad länk för gäster",
        "da": "Skrivebeskyttet link til gæster",
    },
    "shell.meeting_help": {
        "en": "For a board member or a partner without an account: it opens this view without sign-in, "
        "can change nothing, and stops working on the day you pick or when revoked on the Team page.",
        "nb": "For et styremedlem eller en partner uten konto: den åpner denne visningen uten innlogging, "
        "kan ikke endre noe, og slutter å virke den dagen du velger eller når den trekkes tilbake på Team-siden.",
        "sv": "För en styrelseledamot eller en partner utan konto: den öppnar den här vyn utan inloggning, "
        "kan inte ändra något och slutar fungera den dag du väljer eller när den dras tillbaka på Team-sidan.",
        "da": "Til et bestyrelsesmedlem eller en partner uden konto: det åbner denne visning uden log ind, "
        "kan ikke ændre noget og holder op med at virke den dag, du vælger, eller når det trækkes tilbage "
        "på Team-siden.",
    },
    "shell.meeting_default_label": {
        "en": "Monthly review {month}",
        "nb": "Månedsgjennomgang {month}",
        "sv": "Månadsgenomgång {month}",
        "da": "Månedsgennemgang {month}",
    },
    "shell.meeting_label": {
        "en": "Name of the link",
        "nb": "Navn på lenken",
        "sv": "Länkens namn",
        "da": "Linkets navn",
    },
    "shell.meeting_until": {
        "en": "Works until (last day)",
        "nb": "Virker til og med",
        "sv": "Fungerar till och med",
        "da": "Virker til og med",
    },
    "shell.meeting_make": {
        "en": "Make read-only link",
        "nb": "Lag skrivebeskyttet lenke",
        "sv": "Skapa skrivskyddad länk",
        "da": "Lav skrivebeskyttet link",
    },
    "shell.meeting_made": {
        "en": "Meeting link no. {id}; copy it with the button on the right:",
        "nb": "Møtelenke nr. {id}; kopier den med knappen til høyre:",
        "sv": "Möteslänk nr {id}; kopiera den med knappen till höger:",
        "da": "Mødelink nr. {id}; kopiér det med knappen til højre:",
    },
    "strategy.read_only": {
        "en": "You can read the strategy; editors change it.",
        "nb": "Du kan lese strategien; redaktører endrer den.",
        "sv": "Du kan läsa strategin; redaktörer ändrar den.",
        "da": "Du kan læse strategien; redaktører ændrer den.",
    },
    "strategy.read_only_help": {
        "en": "Ask an admin of Goalpost for the editor role if you should change goals or tactics.",
        "nb": "Be en administrator i Goalpost om redaktørrollen hvis du skal endre mål eller tiltak.",
        "sv": "Be en administratör i Goalpost om redaktörsrollen om du ska ändra mål eller aktiviteter.",
        "da": "Bed en administrator i Goalpost om redaktørrollen, hvis du skal ændre mål eller tiltag.",
    },
    "data.viewer_note": {
        "en": "You can see what data is in and who brought it. Editors upload files, connect sheets and undo "
        "uploads.",
        "nb": "Du kan se hvilke data som er kommet inn og hvem som lastet dem opp. Redaktører laster opp filer, "
        "kobler til regneark og angrer opplastinger.",
        "sv": "Du kan se vilka data som har kommit in och vem som laddade upp dem. Redaktörer laddar upp filer, "
        "ansluter ark och ångrar uppladdningar.",
        "da": "Du kan se, hvilke data der er kommet ind, og hvem der uploadede dem. Redaktører uploader filer, "
        "forbinder ark og fortryder uploads.",
    },
}
