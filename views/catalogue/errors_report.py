"""Making and mailing reports (connectors/report_render.py, connectors/mail.py, reporting.py).

Keys are "error.<key>" for the Message key; "en" is the template written at the call.
"""

TEXT = {
    "error.report.no_browser": {
        "en": "Reports are drawn by the Chromium browser, and there is none at {path}. Install Debian's "
        "“chromium” package (make browser does), or set BROWSER_PATH to where yours is.",
        "nb": "Rapporter tegnes av nettleseren Chromium, og det finnes ingen på {path}. Installer Debians "
        "pakke «chromium» (make browser gjør det), eller sett BROWSER_PATH til der din ligger.",
        "sv": "Rapporter ritas av webbläsaren Chromium, och det finns ingen på {path}. Installera Debians "
        "paket ”chromium” (make browser gör det), eller sätt BROWSER_PATH till där din finns.",
        "da": "Rapporter tegnes af browseren Chromium, og der er ingen på {path}. Installér Debians pakke "
        "»chromium« (make browser gør det), eller sæt BROWSER_PATH til der, hvor din ligger.",
    },
    "error.report.not_drawn": {
        "en": "The report's charts were not drawn within {seconds} seconds, so no PDF was made. Try again; if it "
        "happens again, tell whoever runs Goalpost.",
        "nb": "Rapportens grafer ble ikke tegnet innen {seconds} sekunder, så ingen PDF ble laget. Prøv igjen; "
        "skjer det igjen, si fra til den som drifter Goalpost.",
        "sv": "Rapportens diagram ritades inte inom {seconds} sekunder, så ingen PDF skapades. Försök igen; "
        "händer det igen, säg till den som driver Goalpost.",
        "da": "Rapportens grafer blev ikke tegnet inden for {seconds} sekunder, så der blev ikke lavet nogen "
        "PDF. Prøv igen; sker det igen, så sig det til den, der driver Goalpost.",
    },
    "error.report.pinned_not_yet": {
        "en": "Reports of a pinned version are not available yet: Goalpost cannot pin versions so far. Leave out "
        "--pinned to report today's numbers for the month.",
        "nb": "Rapporter for en festet versjon er ikke tilgjengelige ennå: Goalpost kan ikke feste versjoner "
        "foreløpig. Utelat --pinned for å rapportere dagens tall for måneden.",
        "sv": "Rapporter för en fäst version finns inte ännu: Goalpost kan inte fästa versioner än. Utelämna "
        "--pinned för att rapportera dagens siffror för månaden.",
        "da": "Rapporter for en fastgjort version findes ikke endnu: Goalpost kan ikke fastgøre versioner "
        "endnu. Udelad --pinned for at rapportere dagens tal for måneden.",
    },
    "error.mail.not_set_up": {
        "en": "Sending reports by e-mail needs an SMTP server: add a [goalpost.smtp] table with host, port, user, "
        "password, from and starttls to .streamlit/secrets.toml (see the README).",
        "nb": "For å sende rapporter på e-post trengs en SMTP-server: legg en tabell [goalpost.smtp] med host, "
        "port, user, password, from og starttls i .streamlit/secrets.toml (se README).",
        "sv": "För att skicka rapporter med e-post behövs en SMTP-server: lägg en tabell [goalpost.smtp] med "
        "host, port, user, password, from och starttls i .streamlit/secrets.toml (se README).",
        "da": "For at sende rapporter med e-mail skal der bruges en SMTP-server: tilføj en tabel "
        "[goalpost.smtp] med host, port, user, password, from og starttls i .streamlit/secrets.toml (se README).",
    },
    "error.mail.bad_port": {
        "en": "The port under [goalpost.smtp] in .streamlit/secrets.toml is not a number. Write it as, for "
        "example, port = 587.",
        "nb": "Porten under [goalpost.smtp] i .streamlit/secrets.toml er ikke et tall. Skriv den for eksempel "
        "som port = 587.",
        "sv": "Porten under [goalpost.smtp] i .streamlit/secrets.toml är inte ett tal. Skriv den till exempel "
        "som port = 587.",
        "da": "Porten under [goalpost.smtp] i .streamlit/secrets.toml er ikke et tal. Skriv den for eksempel "
        "som port = 587.",
    },
    "error.mail.sign_in_refused": {
        "en": "{host} refused the user name or password under [goalpost.smtp] in .streamlit/secrets.toml. Check "
        "them with whoever runs your mail.",
        "nb": "{host} avviste brukernavnet eller passordet under [goalpost.smtp] i .streamlit/secrets.toml. "
        "Sjekk dem med den som drifter e-posten deres.",
        "sv": "{host} avvisade användarnamnet eller lösenordet under [goalpost.smtp] i .streamlit/secrets.toml. "
        "Kontrollera dem med den som driver er e-post.",
        "da": "{host} afviste brugernavnet eller adgangskoden under [goalpost.smtp] i .streamlit/secrets.toml. "
        "Tjek dem med den, der driver jeres e-mail.",
    },
    "error.mail.recipients_refused": {
        "en": "{host} refused every address given ({addresses}). Check the addresses after --mail-to.",
        "nb": "{host} avviste alle adressene som ble gitt ({addresses}). Sjekk adressene etter --mail-to.",
        "sv": "{host} avvisade alla angivna adresser ({addresses}). Kontrollera adresserna efter --mail-to.",
        "da": "{host} afviste alle de angivne adresser ({addresses}). Tjek adresserne efter --mail-to.",
    },
    "error.mail.not_sent": {
        "en": "The report could not be sent through {host}:{port} ({problem}). Check host, port and starttls "
        "under [goalpost.smtp] in .streamlit/secrets.toml, and that the server can be reached.",
        "nb": "Rapporten kunne ikke sendes via {host}:{port} ({problem}). Sjekk host, port og starttls under "
        "[goalpost.smtp] i .streamlit/secrets.toml, og at serveren kan nås.",
        "sv": "Rapporten kunde inte skickas via {host}:{port} ({problem}). Kontrollera host, port och starttls "
        "under [goalpost.smtp] i .streamlit/secrets.toml, och att servern går att nå.",
        "da": "Rapporten kunne ikke sendes via {host}:{port} ({problem}). Tjek host, port og starttls under "
        "[goalpost.smtp] i .streamlit/secrets.toml, og at serveren kan nås.",
    },
}
