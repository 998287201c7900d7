"""Starting Goalpost for a team (connectors/serving.py, `cli.py serve`).

Keys are "error.<key>" for the Message key; "en" is the template written at the call.
"""

TEXT = {
    "error.serving.needs_sign_in": {
        "en": "Goalpost for a team needs sign-in, also on {address}: a proxy on this computer would let "
        "everyone in, and anyone could change the data. Set up sign-in first, in one of two ways: an OpenID "
        "Connect provider under [auth] in .streamlit/secrets.toml (Google, Microsoft Entra ID, Okta, "
        "Keycloak), or Goalpost's own accounts with `python cli.py users add EMAIL --role admin`. To serve "
        "everyone without sign-in on purpose, start it with --open. For this computer alone, use `make run`.",
        "nb": "Goalpost for et team krever innlogging, også på {address}: en proxy på denne datamaskinen "
        "ville slippe alle inn, og hvem som helst kunne endre dataene. Sett opp innlogging først, på en av "
        "to måter: en OpenID Connect-leverandør under [auth] i .streamlit/secrets.toml (Google, Microsoft "
        "Entra ID, Okta, Keycloak), eller Goalposts egne kontoer med `python cli.py users add EPOST --role "
        "admin`. For å åpne den for alle uten innlogging med vilje, start den med --open. For bare denne "
        "datamaskinen, bruk `make run`.",
        "sv": "Goalpost för ett team kräver inloggning, även på {address}: en proxy på den här datorn skulle "
        "släppa in alla, och vem som helst kunde ändra data. Ställ in inloggning först, på ett av två sätt: "
        "en OpenID Connect-leverantör under [auth] i .streamlit/secrets.toml (Google, Microsoft Entra ID, "
        "Okta, Keycloak), eller Goalposts egna konton med `python cli.py users add EPOST --role admin`. För "
        "att med flit öppna den för alla utan inloggning, starta den med --open. För bara den här datorn, "
        "använd `make run`.",
        "da": "Goalpost til et team kræver log ind, også på {address}: en proxy på denne computer ville lukke "
        "alle ind, og hvem som helst kunne ændre dataene. Sæt log ind op først, på en af to måder: en OpenID "
        "Connect-udbyder under [auth] i .streamlit/secrets.toml (Google, Microsoft Entra ID, Okta, "
        "Keycloak), eller Goalposts egne konti med `python cli.py users add EMAIL --role admin`. For med "
        "vilje at åbne den for alle uden log ind, start den med --open. Til kun denne computer, brug "
        "`make run`.",
    },
}
