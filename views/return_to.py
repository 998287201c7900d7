"""Coming back to the shared view after signing in with an OpenID provider.

Streamlit's /oauth2callback always sends the browser to the app's root (Streamlit 1.67 has no way to say where
to return), so the page and query of a shared link (/goal?goal=…&lang=nb&as_of=2026-09) would be lost. The
sign-in screen keeps the address it was opened on in the browser tab's sessionStorage; the first page view
after an OpenID sign-in takes it out once and, when it differs from where the browser landed, replaces the
address with it. Only a path on this server is ever followed (it starts with one "/"), and the value never
comes from the server or from another tab.
"""

from __future__ import annotations

import streamlit as st

RESTORED_KEY = "access.return_checked"
"""Session: the address kept before sign-in was looked for (once per session)."""

_JS = r"""
const KEY = "goalpost.return_to";

function samePlace(path) {
  // A path on this server only: "/page?query", never "//host", "/\host" or a full URL.
  return typeof path === "string" && path.startsWith("/") && !path.startsWith("//") && !path.includes("\\")
    && path.length < 2000;
}

export default function (component) {
  const mode = component.data && component.data.mode;
  const here = window.location.pathname + window.location.search;
  try {
    if (mode === "keep") {
      window.sessionStorage.setItem(KEY, here);
    } else if (mode === "restore") {
      const wanted = window.sessionStorage.getItem(KEY);
      window.sessionStorage.removeItem(KEY);
      if (samePlace(wanted) && wanted !== here) {
        window.location.replace(wanted);
      }
    }
  } catch (err) {
    // No sessionStorage (a locked-down browser): the visitor lands on the Overview, as without this.
  }
}
"""

_return_to = st.components.v2.component("goalpost_return_to", js=_JS)


def keep_address() -> None:
    """Keep this tab's address for after an OpenID sign-in (call on the sign-in screen)."""
    _return_to(key="access.return_keep", data={"mode": "keep"})


def restore_address() -> None:
    """Once per session after an OpenID sign-in: go back to the address kept on the sign-in screen, if any."""
    if st.session_state.get(RESTORED_KEY):
        return
    st.session_state[RESTORED_KEY] = True
    with st.sidebar:
        _return_to(key="access.return_restore", data={"mode": "restore"})
