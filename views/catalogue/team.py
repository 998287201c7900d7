"""The Team page: meeting links, accounts, role rules for OpenID sign-in, and the Google Sheets allowed."""

TEXT = {
    "team.links": {"en": "Meeting links", "nb": "Møtelenker", "sv": "Möteslänkar", "da": "Mødelinks"},
    "team.accounts": {"en": "Accounts", "nb": "Kontoer", "sv": "Konton", "da": "Konti"},
    "team.rules": {
        "en": "Roles for company sign-in",
        "nb": "Roller for innlogging med firmakonto",
        "sv": "Roller för inloggning med företagskonto",
        "da": "Roller for log ind med firmakonto",
    },
    "team.sheets": {
        "en": "Google Sheets allowed",
        "nb": "Tillatte Google Sheets",
        "sv": "Tillåtna Google Sheets",
        "da": "Tilladte Google Sheets",
    },
    "team.links_help": {
        "en": "Read-only links for guests without an account. Make one with “Share this view” in the sidebar. "
        "Revoke a link and it stops opening at once.",
        "nb": "Skrivebeskyttede lenker for gjester uten konto. Lag en med «Del denne visningen» i sidefeltet. "
        "Trekk tilbake en lenke, så slutter den å åpne med en gang.",
        "sv": "Skrivskyddade länkar för gäster utan konto. Skapa en med ”Dela den här vyn” i sidofältet. "
        "Dra tillbaka en länk så slutar den öppna direkt.",
        "da": "Skrivebeskyttede links til gæster uden konto. Lav et med »Del denne visning« i sidepanelet. "
        "Træk et link tilbage, så holder det op med at åbne med det samme.",
    },
    "team.no_links": {
        "en": "No meeting links yet.",
        "nb": "Ingen møtelenker ennå.",
        "sv": "Inga möteslänkar ännu.",
        "da": "Ingen mødelinks endnu.",
    },
    "team.col_no": {"en": "No.", "nb": "Nr.", "sv": "Nr", "da": "Nr."},
    "team.col_name": {"en": "Name", "nb": "Navn", "sv": "Namn", "da": "Navn"},
    "team.col_page": {"en": "Page", "nb": "Side", "sv": "Sida", "da": "Side"},
    "team.col_by": {"en": "Made by", "nb": "Laget av", "sv": "Skapad av", "da": "Lavet af"},
    "team.col_until": {"en": "Works until", "nb": "Virker til", "sv": "Fungerar till", "da": "Virker til"},
    "team.col_status": {"en": "Status", "nb": "Status", "sv": "Status", "da": "Status"},
    "team.col_email": {
        "en": "E-mail address",
        "nb": "E-postadresse",
        "sv": "E-postadress",
        "da": "E-mailadresse",
    },
    "team.col_role": {"en": "Role", "nb": "Rolle", "sv": "Roll", "da": "Rolle"},
    "team.col_since": {"en": "Since", "nb": "Siden", "sv": "Sedan", "da": "Siden"},
    "team.col_rule": {
        "en": "Who (address, @domain or group:NAME)",
        "nb": "Hvem (adresse, @domene eller group:NAVN)",
        "sv": "Vem (adress, @domän eller group:NAMN)",
        "da": "Hvem (adresse, @domæne eller group:NAVN)",
    },
    "team.status.open": {"en": "open", "nb": "åpen", "sv": "öppen", "da": "åben"},
    "team.status.expired": {"en": "expired", "nb": "utløpt", "sv": "utgången", "da": "udløbet"},
    "team.status.revoked": {
        "en": "revoked",
        "nb": "trukket tilbake",
        "sv": "tillbakadragen",
        "da": "trukket tilbage",
    },
    "team.link_choose": {"en": "Link", "nb": "Lenke", "sv": "Länk", "da": "Link"},
    "team.link_show": {"en": "Show the link", "nb": "Vis lenken", "sv": "Visa länken", "da": "Vis linket"},
    "team.link_revoke": {"en": "Revoke", "nb": "Trekk tilbake", "sv": "Dra tillbaka", "da": "Træk tilbage"},
    "team.link_revoked": {
        "en": "Meeting link no. {id} was revoked: it no longer opens.",
        "nb": "Møtelenke nr. {id} er trukket tilbake: den åpner ikke lenger.",
        "sv": "Möteslänk nr {id} har dragits tillbaka: den öppnar inte längre.",
        "da": "Mødelink nr. {id} er trukket tilbage: det åbner ikke længere.",
    },
    "team.accounts_help": {
        "en": "Goalpost's own accounts, for teams without company sign-in. Viewers see every page; editors also "
        "upload and change the strategy; admins also manage this page.",
        "nb": "Goalposts egne kontoer, for team uten innlogging med firmakonto. Lesere ser alle sider; "
        "redaktører laster også opp og endrer strategien; administratorer styrer også denne siden.",
        "sv": "Goalposts egna konton, för team utan inloggning med företagskonto. Läsare ser alla sidor; "
        "redaktörer laddar också upp och ändrar strategin; administratörer hanterar också den här sidan.",
        "da": "Goalposts egne konti, til teams uden log ind med firmakonto. Læsere ser alle sider; redaktører "
        "uploader også og ændrer strategien; administratorer styrer også denne side.",
    },
    "team.add_title": {
        "en": "Add an account",
        "nb": "Legg til en konto",
        "sv": "Lägg till ett konto",
        "da": "Tilføj en konto",
    },
    "team.first_password": {
        "en": "First password",
        "nb": "Første passord",
        "sv": "Första lösenord",
        "da": "Første adgangskode",
    },
    "team.first_password_help": {
        "en": "Give it to the colleague in person or by phone, not in the same e-mail as the address. At least "
        "10 characters.",
        "nb": "Gi det til kollegaen personlig eller på telefon, ikke i samme e-post som adressen. Minst 10 tegn.",
        "sv": "Ge det till kollegan personligen eller per telefon, inte i samma e-post som adressen. Minst 10 tecken.",
        "da": "Giv den til kollegaen personligt eller over telefonen, ikke i samme e-mail som adressen. Mindst "
        "10 tegn.",
    },
    "team.add_button": {
        "en": "Add account",
        "nb": "Legg til konto",
        "sv": "Lägg till konto",
        "da": "Tilføj konto",
    },
    "team.added": {
        "en": "Added {email}. They can sign in now.",
        "nb": "La til {email}. Vedkommende kan logge inn nå.",
        "sv": "Lade till {email}. Personen kan logga in nu.",
        "da": "Tilføjede {email}. Vedkommende kan logge ind nu.",
    },
    "team.change_title": {
        "en": "Change an account",
        "nb": "Endre en konto",
        "sv": "Ändra ett konto",
        "da": "Ændr en konto",
    },
    "team.change_role_button": {
        "en": "Change role",
        "nb": "Endre rolle",
        "sv": "Ändra roll",
        "da": "Ændr rolle",
    },
    "team.role_changed": {
        "en": "{email} is now {role}. Their open sessions have ended.",
        "nb": "{email} er nå {role}. Åpne økter er avsluttet.",
        "sv": "{email} är nu {role}. Öppna sessioner har avslutats.",
        "da": "{email} er nu {role}. Åbne sessioner er afsluttet.",
    },
    "team.new_password": {
        "en": "New password",
        "nb": "Nytt passord",
        "sv": "Nytt lösenord",
        "da": "Ny adgangskode",
    },
    "team.password_button": {
        "en": "Set password",
        "nb": "Sett passord",
        "sv": "Sätt lösenord",
        "da": "Sæt adgangskode",
    },
    "team.password_set": {
        "en": "New password set for {email}. Their open sessions have ended.",
        "nb": "Nytt passord satt for {email}. Åpne økter er avsluttet.",
        "sv": "Nytt lösenord satt för {email}. Öppna sessioner har avslutats.",
        "da": "Ny adgangskode sat for {email}. Åbne sessioner er afsluttet.",
    },
    "team.remove_button": {
        "en": "Remove {email}",
        "nb": "Fjern {email}",
        "sv": "Ta bort {email}",
        "da": "Fjern {email}",
    },
    "team.removed": {
        "en": "Removed {email}.",
        "nb": "Fjernet {email}.",
        "sv": "Tog bort {email}.",
        "da": "Fjernede {email}.",
    },
    "team.rules_help": {
        "en": "Who gets which role when they sign in with the company account (OpenID Connect). The highest role "
        "that matches wins; someone no rule matches gets no access.",
        "nb": "Hvem som får hvilken rolle når de logger inn med firmakontoen (OpenID Connect). Den høyeste "
        "rollen som passer gjelder; den ingen regel passer for, får ikke tilgang.",
        "sv": "Vem som får vilken roll när de loggar in med företagskontot (OpenID Connect). Den högsta roll som "
        "passar gäller; den som ingen regel passar får ingen åtkomst.",
        "da": "Hvem der får hvilken rolle, når de logger ind med firmakontoen (OpenID Connect). Den højeste "
        "rolle, der passer, gælder; den, ingen regel passer til, får ikke adgang.",
    },
    "team.fixed_rules": {
        "en": "From the server's settings (change them in .streamlit/secrets.toml)",
        "nb": "Fra serverens innstillinger (endres i .streamlit/secrets.toml)",
        "sv": "Från serverns inställningar (ändras i .streamlit/secrets.toml)",
        "da": "Fra serverens indstillinger (ændres i .streamlit/secrets.toml)",
    },
    "team.rule_help": {
        "en": "kari@lyngtind.no for one person, @lyngtind.no for everyone with that domain, group:comms for a group "
        "the company account sends.",
        "nb": "kari@lyngtind.no for én person, @lyngtind.no for alle med det domenet, group:comms for en gruppe "
        "firmakontoen sender.",
        "sv": "kari@lyngtind.no för en person, @lyngtind.no för alla med den domänen, group:comms för en grupp "
        "som företagskontot skickar.",
        "da": "kari@lyngtind.no for én person, @lyngtind.no for alle med det domæne, group:comms for en gruppe, "
        "firmakontoen sender.",
    },
    "team.rules_save": {"en": "Save rules", "nb": "Lagre regler", "sv": "Spara regler", "da": "Gem regler"},
    "team.rules_saved": {
        "en": "The rules were saved. They apply from each person's next page view.",
        "nb": "Reglene er lagret. De gjelder fra hver persons neste sidevisning.",
        "sv": "Reglerna sparades. De gäller från varje persons nästa sidvisning.",
        "da": "Reglerne er gemt. De gælder fra hver persons næste sidevisning.",
    },
    "team.sheets_help": {
        "en": "Goalpost reads Google Sheets with its own service account, which may be able to read more than "
        "the team's trackers. List the sheets editors may connect, one link or id a line. An empty list "
        "allows any sheet the service account can read.",
        "nb": "Goalpost leser Google Sheets med sin egen tjenestekonto, som kan ha tilgang til mer enn teamets "
        "oversikter. List regnearkene redaktører kan koble til, én lenke eller id per linje. En tom liste "
        "tillater alle regneark tjenestekontoen kan lese.",
        "sv": "Goalpost läser Google Sheets med sitt eget tjänstekonto, som kan ha tillgång till mer än teamets "
        "uppföljningar. Lista de ark som redaktörer får ansluta, en länk eller ett id per rad. En tom lista "
        "tillåter alla ark som tjänstekontot kan läsa.",
        "da": "Goalpost læser Google Sheets med sin egen tjenestekonto, som kan have adgang til mere end "
        "teamets opgørelser. Angiv de ark, redaktører må forbinde, ét link eller id pr. linje. En tom liste "
        "tillader alle ark, tjenestekontoen kan læse.",
    },
    "team.sheets_label": {
        "en": "Allowed sheets (links or ids)",
        "nb": "Tillatte regneark (lenker eller id-er)",
        "sv": "Tillåtna ark (länkar eller id:n)",
        "da": "Tilladte ark (links eller id'er)",
    },
    "team.sheets_save": {"en": "Save list", "nb": "Lagre listen", "sv": "Spara listan", "da": "Gem listen"},
    "team.sheets_saved": {
        "en": "The list of allowed sheets was saved.",
        "nb": "Listen over tillatte regneark er lagret.",
        "sv": "Listan över tillåtna ark sparades.",
        "da": "Listen over tilladte ark er gemt.",
    },
    "team.first_account": {
        "en": "The first account turns sign-in on: from then on everyone signs in, you too. Make it an admin "
        "account for yourself.",
        "nb": "Den første kontoen slår på innlogging: fra da av må alle logge inn, du også. Gjør den til en "
        "administratorkonto for deg selv.",
        "sv": "Det första kontot slår på inloggning: från och med då loggar alla in, du också. Gör det till ett "
        "administratörskonto för dig själv.",
        "da": "Den første konto slår log ind til: fra da af logger alle ind, også du. Gør den til en "
        "administratorkonto til dig selv.",
    },
}
