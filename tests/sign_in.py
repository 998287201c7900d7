"""Sign an AppTest in through OpenID Connect as st.login would: the provider set up in secrets, a role rule
for the address, and st.user logged in (AppTest's own stand-in for the provider's cookie)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

# A provider that is never called: AppTest fakes the signed-in user, so only the settings must be complete.
TEST_AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "test-cookie-secret-for-apptest-only",
    "client_id": "goalpost-test",
    "client_secret": "not-a-real-secret",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}


def signed_in(at: AppTest, email: str | None, role: str | None = None, **claims) -> AppTest:
    """Return the AppTest with OpenID sign-in set up and `email` signed in with `role` (None: signed out)."""
    at.secrets["auth"] = dict(TEST_AUTH)
    at.secrets["goalpost"] = {"roles": {role: [email]}} if role and email else {"roles": {}}
    at.user = {"is_logged_in": True, "email": email, **claims} if email else {"is_logged_in": False}
    return at
