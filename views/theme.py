"""The light or dark theme chosen in the app menu, kept on every page.

Streamlit remembers the choice in the browser per page address (`stActiveTheme-<path>-v2` in local storage,
the path of the page the tab first opened), so a link opened to another page came up light again. This
script copies the choice to the addresses of all of Goalpost's pages whenever it changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import streamlit as st

THEME_SYNC = """
<script>
(() => {
  const pages = __PAGES__;
  const host = window.parent && window.parent.localStorage ? window.parent : window;
  if (host.__goalpostThemeSync) { host.__goalpostThemeSync.pages = pages; return; }
  const store = host.localStorage;
  const entry = host.performance.getEntriesByType("navigation")[0];
  // Streamlit's key is made from the address the tab first loaded, not the page shown now.
  const first = new URL(entry ? entry.name : host.location.href).pathname;
  let prefix = first.replace(/\\/+$/, "");
  for (const page of pages) {
    if (page && prefix.endsWith("/" + page)) { prefix = prefix.slice(0, -page.length - 1); break; }
  }
  const own = "stActiveTheme-" + first + "-v2";
  const state = { pages, seen: store.getItem(own) };
  host.__goalpostThemeSync = state;
  const spread = (value) => {
    for (const page of state.pages) {
      for (const path of [prefix + "/" + page, prefix + "/" + page + "/"]) {
        const key = "stActiveTheme-" + path.replace(/\\/\\/+$/, "/") + "-v2";
        if (key === own) continue;
        if (value === null) store.removeItem(key); else store.setItem(key, value);
      }
    }
  };
  if (state.seen !== null) spread(state.seen);
  host.setInterval(() => {
    const value = store.getItem(own);
    if (value !== state.seen) { state.seen = value; spread(value); }
  }, 1000);
})();
</script>
"""


PHONE_STYLE = (
    "<style>"
    # A link to a goal under a chart shows its whole title on two lines rather than cut at the column's edge.
    ' [data-testid="stMain"] [data-testid="stPageLink"] * { white-space: normal !important;'
    " overflow: visible !important; text-overflow: clip !important; }"
    " @media (max-width: 640px) {"
    # A row of number tiles (st.metric in columns) stands two a row on a phone, not one under the other.
    ' [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] > [data-testid="stVerticalBlock"]'
    ' > [data-testid="stElementContainer"] > [data-testid="stMetric"]) { flex-flow: row wrap !important; }'
    ' [data-testid="stHorizontalBlock"] > [data-testid="stColumn"]:has(> [data-testid="stVerticalBlock"]'
    ' > [data-testid="stElementContainer"] > [data-testid="stMetric"]) {'
    " min-width: calc(50% - 0.5rem) !important; flex: 1 1 calc(50% - 0.5rem) !important; }"
    ' [data-testid="stMetricValue"] { font-size: 1.75rem; }'
    # Plotly's toolbar (zoom, pan) stood over the legends above the charts; a finger zooms without it.
    ' [data-testid="stPlotlyChart"] .modebar-container { display: none !important; }'
    "}</style>"
)
"""Fixed CSS (no user text): whole link titles, and what changes at a phone's width."""


def keep_theme_across_pages(url_paths: Iterable[str]) -> None:
    """Draw (invisibly, in the sidebar) the script that keeps the chosen theme on every page's address."""
    pages = ["", *url_paths]
    with st.sidebar:
        st.html(THEME_SYNC.replace("__PAGES__", json.dumps(pages)), unsafe_allow_javascript=True)
        st.html(PHONE_STYLE)
