"""Sign-in in a real browser: passwords, OpenID Connect against a provider on 127.0.0.1, deep links that survive
sign-in, meeting links, pinned months, forged widget messages, and secrets that never reach a page or a log.

One `streamlit run dashboard.py` server serves the whole file. Its store holds password accounts (one made
through `cli.py users add`), and its secrets file has an [auth] provider (tests/oidc_provider.py, started
here) and [goalpost.roles]: the sign-in screen offers both ways, as a team that has both would see it.
Tests that change the store (new data, revoked links) touch nothing the others look at; the secrets check
comes last, after every other sign-in has written to the server's log.
"""

from __future__ import annotations

import contextlib
import io
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from connectors.access import add_account, create_meeting_link, revoke_meeting_link
from connectors.readers import read_upload
from connectors.sample import sample_strategy_text, sample_strategy_words
from connectors.store.store import Store
from metrics.access import VIA_CLI, Actor, Role
from metrics.strategy import load_strategy
from tests.browser.conftest import (
    FIRST_VIEW_MS,
    ROOT,
    SCREENSHOTS,
    DashboardPage,
    DashboardServer,
    free_port,
    fresh_viewers,
    run_dashboard,
)
from tests.oidc_provider import OIDCProvider, running_provider

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
ADMIN = Actor("test setup (command line)", Role.ADMIN, VIA_CLI)

CLIENT_ID = "goalpost-browser-test"
CLIENT_SECRET = "client-secret-7d1f0c2b9a4e"
COOKIE_SECRET = "cookie-secret-5be8f3a61c07"
PASSWORDS = {
    "editor@example.org": "correct horse battery staple",
    "viewer.pw@example.org": "viewer only, please",
    "locked@example.org": "the right one at last",
    "deep@example.org": "follow the shared link",
}
CLI_ACCOUNT = "editor@example.org"
"""Made through `cli.py users add` (the password on standard input), the others through the library."""
OIDC_EDITOR = "kari@lyngtind.no"
OIDC_VIEWER = "board@partner.no"
OIDC_NOBODY = "stranger@elsewhere.org"

SIGN_IN_TITLE = "Sign in to Goalpost"
OIDC_BUTTON = "Sign in with your organisation's account"
WRONG_PASSWORD = "That e-mail address and password do not match an account. Check both and try again."
LOCKED = "Too many failed sign-ins."
NO_ROLE = "but that account has no role in Goalpost yet"
WITHDRAWN = "This meeting link was withdrawn. Ask whoever sent it for a new one."
UPLOADER = '[data-testid="stFileUploader"]'


@pytest.fixture(scope="module")
def oidc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OIDCProvider, int]]:
    """The OpenID provider, and the port the dashboard will listen on (its redirect_uri names it)."""
    port = free_port()
    with running_provider(CLIENT_ID, CLIENT_SECRET, f"http://127.0.0.1:{port}/oauth2callback") as provider:
        yield provider, port


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, oidc: tuple[OIDCProvider, int], browser
) -> Iterator[DashboardServer]:
    """A dashboard with accounts and an OpenID provider; its first view loads the demo organisation."""
    provider, port = oidc
    folder = tmp_path_factory.mktemp("sign_in")
    store_path = folder / "goalpost.sqlite3"
    added = subprocess.run(
        [sys.executable, "cli.py", "users", "add", CLI_ACCOUNT, "--role", "editor"],
        cwd=ROOT,
        env={**_clean_env(), "GOALPOST_STORE": str(store_path)},
        input=PASSWORDS[CLI_ACCOUNT] + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    with Store.open(store_path) as store:
        add_account(store, ADMIN, "viewer.pw@example.org", Role.VIEWER, PASSWORDS["viewer.pw@example.org"])
        add_account(store, ADMIN, "locked@example.org", Role.EDITOR, PASSWORDS["locked@example.org"])
        add_account(store, ADMIN, "deep@example.org", Role.VIEWER, PASSWORDS["deep@example.org"])
    secrets_file = folder / "secrets.toml"
    secrets_file.write_text(
        f"""[auth]
redirect_uri = "{provider.redirect_uri}"
cookie_secret = "{COOKIE_SECRET}"
client_id = "{CLIENT_ID}"
client_secret = "{CLIENT_SECRET}"
server_metadata_url = "{provider.metadata_url}"

[goalpost.roles]
editor = ["@lyngtind.no"]
viewer = ["{OIDC_VIEWER}"]
""",
        encoding="utf-8",
    )
    with run_dashboard(folder, secrets_file=secrets_file, port=port, env=_clean_env()) as running:
        context = browser.new_context(viewport=DESKTOP, locale="en-GB")
        try:
            DashboardPage(context.new_page(), running).open(timeout=FIRST_VIEW_MS)
        finally:
            context.close()
        yield running


def _clean_env() -> dict[str, str]:
    import os

    # Nothing from the engineer's shell may name another store or open the server to everyone.
    return {k: v for k, v in os.environ.items() if not k.startswith("GOALPOST_")}


@pytest.fixture
def visitor(browser, server) -> Iterator:
    """Return a function opening a fresh browser context (no cookies, no storage) on the server."""
    with fresh_viewers(browser, server, DESKTOP) as new:
        yield new


# ---------------------------------------------------------------- helpers


def sign_in_screen(page: DashboardPage) -> None:
    """Wait for the sign-in screen, and check that it shows no page of the dashboard."""
    page.page.get_by_role("heading", name=SIGN_IN_TITLE).wait_for()
    page.wait_idle()
    assert page.page.locator('[data-testid="stSidebarNav"]').count() == 0
    assert page.page.locator('[class*="st-key-overview-card-"]').count() == 0


def password_sign_in(page: DashboardPage, email: str, password: str) -> None:
    """Fill in the password form and send it; wait for the run it starts."""
    form = page.page.locator('[data-testid="stForm"]')
    form.get_by_label("E-mail address").fill(email)
    form.get_by_label("Password", exact=True).fill(password)
    form.get_by_role("button", name="Sign in").click()
    page.wait_idle()


def oidc_sign_in(page: DashboardPage, provider: OIDCProvider, email: str, **claims) -> None:
    """Press the provider's button; the provider approves `email` at once and sends the browser back."""
    provider.sign_in_as(email, **claims)
    page.page.get_by_role("button", name=OIDC_BUTTON).click()
    page.page.wait_for_url(re.compile(r"^" + re.escape(page.server.base_url) + r"/(?!oauth2callback|auth/)"))
    page.wait_idle()


def sidebar(page: DashboardPage) -> str:
    """Return the sidebar's text as read (without the invisible word joiners that stop e-mails becoming links)."""
    return page.sidebar_text().replace("\u2060", "")


def main(page: DashboardPage) -> str:
    """Return the page body's text as read."""
    return page.main_text().replace("\u2060", "")


def nav_links(page: DashboardPage) -> list[str]:
    """Return the page names in the sidebar navigation."""
    links = page.page.locator('[data-testid="stSidebarNav"] a')
    return [links.nth(i).inner_text().strip().split("\n")[-1] for i in range(links.count())]


def shot(page: DashboardPage, name: str, viewport: dict[str, int]) -> Path:
    """Save what the screen shows at a viewport size as screenshots/NAME.png."""
    SCREENSHOTS.mkdir(exist_ok=True)
    page.page.set_viewport_size(viewport)
    page.page.wait_for_timeout(300)  # the layout follows the new width
    path = SCREENSHOTS / f"{name}.png"
    page.page.screenshot(path=str(path))
    return path


def sign_out(page: DashboardPage) -> None:
    """Press the sidebar's Sign out button and wait for the sign-in screen."""
    page.page.locator('[data-testid="stSidebar"]').get_by_role("button", name="Sign out").click()
    sign_in_screen(page)


# ---------------------------------------------------------------- passwords


def test_password_sign_in_shows_the_overview_and_sign_out_ends_it(visitor):
    page = visitor()
    page.open()
    sign_in_screen(page)
    shot(page, "sign_in_desktop", DESKTOP)
    shot(page, "sign_in_phone", PHONE)
    page.page.set_viewport_size(DESKTOP)

    password_sign_in(page, CLI_ACCOUNT, PASSWORDS[CLI_ACCOUNT])

    assert f"Signed in as {CLI_ACCOUNT} · editor" in sidebar(page)
    assert page.page.locator('[class*="st-key-overview-card-"]').count() > 0
    assert "Data" in nav_links(page)
    assert page.exceptions() == []

    sign_out(page)
    # Signed out for good: reloading the page does not bring the session back.
    page.open()
    sign_in_screen(page)


def test_a_wrong_password_shows_the_plain_message_and_no_page(visitor):
    page = visitor()
    page.open()
    sign_in_screen(page)

    password_sign_in(page, "viewer.pw@example.org", "not the password at all")

    alert = page.page.locator('[data-testid="stAlert"]')
    assert alert.inner_text().strip().endswith(WRONG_PASSWORD)
    sign_in_screen(page)
    assert "Signed in as" not in page.page.locator("body").inner_text()
    # The form was cleared: the wrong password is not left in the page.
    assert (
        page.page.locator('[data-testid="stForm"]').get_by_label("Password", exact=True).input_value() == ""
    )


def test_repeated_failures_lock_the_account_even_for_the_right_password(visitor):
    page = visitor()
    page.open()
    sign_in_screen(page)
    for attempt in range(5):
        password_sign_in(page, "locked@example.org", f"wrong guess number {attempt}")
        assert WRONG_PASSWORD in main(page)

    password_sign_in(page, "locked@example.org", PASSWORDS["locked@example.org"])

    assert LOCKED in main(page)
    sign_in_screen(page)
    # Another account from the same browser is not locked by it (the address limit is four times higher).
    password_sign_in(page, "viewer.pw@example.org", PASSWORDS["viewer.pw@example.org"])
    assert "Signed in as viewer.pw@example.org · viewer" in sidebar(page)


# ---------------------------------------------------------------- OpenID Connect


def test_oidc_editor_signs_in_gets_the_editor_role_and_signs_out(visitor, oidc):
    provider, _ = oidc
    page = visitor()
    page.open()
    sign_in_screen(page)

    oidc_sign_in(page, provider, OIDC_EDITOR, name="Kari Nordmann")

    assert f"Signed in as {OIDC_EDITOR} · editor" in sidebar(page), provider.refusals
    assert provider.refusals == []
    # Streamlit asked with PKCE (S256), and the provider checked the verifier on the token request.
    assert provider.authorize_requests[-1].get("code_challenge_method") == "S256"
    page.open("data")
    assert page.page.locator(UPLOADER).count() == 1
    assert page.exceptions() == []

    sign_out(page)
    page.open("data")
    sign_in_screen(page)


def test_oidc_viewer_sees_no_upload_box(visitor, oidc):
    provider, _ = oidc
    page = visitor()
    page.open()
    oidc_sign_in(page, provider, OIDC_VIEWER)

    assert f"Signed in as {OIDC_VIEWER} · viewer" in sidebar(page)
    page.open("data")
    assert "Data" in nav_links(page)
    assert page.page.locator(UPLOADER).count() == 0
    assert page.page.get_by_role("button", name=re.compile(r"^Undo")).count() == 0
    assert page.exceptions() == []


def test_oidc_user_without_a_role_sees_only_the_no_role_message(visitor, oidc):
    provider, _ = oidc
    page = visitor()
    page.open()
    oidc_sign_in(page, provider, OIDC_NOBODY)

    assert NO_ROLE in main(page)
    assert OIDC_NOBODY in main(page)
    assert page.page.locator('[data-testid="stSidebarNav"]').count() == 0
    assert page.page.locator('[class*="st-key-overview-card-"]').count() == 0
    shot(page, "no_role_desktop", DESKTOP)
    shot(page, "no_role_phone", PHONE)
    page.page.set_viewport_size(DESKTOP)

    page.page.get_by_role("button", name="Sign out").click()
    sign_in_screen(page)


# ---------------------------------------------------------------- deep links through sign-in


def _deep_link_view(server: DashboardServer) -> dict[str, str]:
    """Return a goal view worth keeping: not the goal the page opens by default, in Norwegian, a month back."""
    # The first view loads the demo, which may not have happened yet when this test runs alone.
    goals = load_strategy(sample_strategy_text()).goals
    return {"goal": goals[-1].id, "lang": "nb", "as_of": "2026-09"}


def _assert_shows_view(page: DashboardPage, view: dict[str, str]) -> None:
    assert re.search(r"/goal\?", page.page.url), page.page.url
    for name, value in view.items():
        assert f"{name}={value}" in page.page.url, page.page.url
    goal = next(g for g in load_strategy(sample_strategy_text()).goals if g.id == view["goal"])
    # The demo's goal is shown in the view's language where its words exist (sample_data/strategy_text).
    title = sample_strategy_words(view["lang"]).get("goals", {}).get(goal.id, {}).get("title", goal.title)
    assert title in page.page.locator('[class*="st-key-goal-header"]').inner_text()
    assert page.page.get_by_role("combobox", name="Målt ved utgangen av").input_value() == "september 2026"
    assert "Oversikt" in sidebar(page)  # Norwegian navigation


def test_a_shared_deep_link_survives_the_password_form(visitor, server):
    view = _deep_link_view(server)
    page = visitor()
    page.open("goal", view)
    page.page.get_by_role("heading", name="Logg inn i Goalpost").wait_for()

    form = page.page.locator('[data-testid="stForm"]')
    form.get_by_label("E-postadresse").fill("deep@example.org")
    form.get_by_label("Passord", exact=True).fill(PASSWORDS["deep@example.org"])
    form.get_by_role("button", name="Logg inn").click()
    page.wait_idle()

    assert "Logget inn som deep@example.org" in sidebar(page)
    _assert_shows_view(page, view)
    assert page.exceptions() == []


def test_a_shared_deep_link_survives_the_openid_round_trip(visitor, server, oidc):
    provider, _ = oidc
    view = _deep_link_view(server)
    page = visitor()
    page.open("goal", view)
    page.page.get_by_role("heading", name="Logg inn i Goalpost").wait_for()
    provider.sign_in_as(OIDC_EDITOR)
    page.page.get_by_role("button", name="Logg inn med organisasjonens konto").click()

    # The provider sends the browser to /oauth2callback and Streamlit on to the root; Goalpost goes back.
    page.page.wait_for_url(re.compile(r"/goal\?"))
    page.wait_idle()

    assert provider.refusals == []
    assert f"Logget inn som {OIDC_EDITOR}" in sidebar(page)
    _assert_shows_view(page, view)
    # Once only: the kept address is gone, so the next sign-in in this tab lands where it starts.
    assert page.page.evaluate("window.sessionStorage.getItem('goalpost.return_to')") is None
    assert page.exceptions() == []


# ---------------------------------------------------------------- meeting links


def _meeting_link(server: DashboardServer, label: str, expires_on: date | None = None) -> tuple[int, str]:
    with Store.open(server.store_path) as store:
        link, token = create_meeting_link(
            store, ADMIN, {"lang": "en"}, expires_on or date.today() + timedelta(days=7), label
        )
    return link.id, token


def _only_the_message(page: DashboardPage, message: str) -> None:
    """The page shows the message and nothing else: no sidebar, no navigation, no other element."""
    assert main(page).strip().endswith(message)
    assert page.page.locator('[data-testid="stSidebar"]').count() == 0
    assert page.page.locator('[data-testid="stSidebarNav"]').count() == 0
    elements = page.page.locator('[data-testid="stMain"] [data-testid="stElementContainer"]')
    assert elements.count() == 1, main(page)


def test_a_meeting_link_opens_in_viewer_mode_and_not_after_it_is_withdrawn(visitor, server):
    link_id, token = _meeting_link(server, "Board meeting")
    guest = visitor()
    guest.open(params={"link": token})

    assert "Read-only meeting link “Board meeting”" in sidebar(guest)
    assert "Sign out" not in sidebar(guest) and "Signed in as" not in sidebar(guest)
    assert nav_links(guest) == ["Overview", "Goal", "Channels", "Audiences", "Strategy"]
    assert guest.page.locator('[class*="st-key-overview-card-"]').count() > 0
    assert guest.page.get_by_role("button", name="Start with your own data").count() == 0

    guest.page.locator('[data-testid="stSidebarNav"] a').filter(has_text="Strategy").click()
    guest.wait_idle()
    tabs = guest.page.get_by_role("tab")
    assert [tabs.nth(i).inner_text().strip() for i in range(tabs.count())] == ["The strategy", "Versions"]
    assert guest.page.get_by_role("button", name=re.compile("Restore|Save")).count() == 0
    assert guest.page.locator(UPLOADER).count() == 0
    # The Data page is not theirs even typed into the address bar.
    guest.open("data", {"link": token})
    assert guest.page.locator(UPLOADER).count() == 0
    assert guest.page.get_by_role("button", name=re.compile(r"^Undo")).count() == 0
    assert "Read-only meeting link" in sidebar(guest)
    assert guest.exceptions() == []

    with Store.open(server.store_path) as store:
        assert revoke_meeting_link(store, ADMIN, link_id)

    later = visitor()
    later.open(params={"link": token})
    _only_the_message(later, WITHDRAWN)
    shot(later, "link_withdrawn_desktop", DESKTOP)
    shot(later, "link_withdrawn_phone", PHONE)
    # The tab that had it open gets the same message at its next page view.
    guest.open(params={"link": token})
    _only_the_message(guest, WITHDRAWN)


def test_an_expired_meeting_link_shows_only_the_plain_message(visitor, server):
    link_id, token = _meeting_link(server, "Last quarter", expires_on=date.today())
    yesterday = date.today() - timedelta(days=1)
    # create_meeting_link refuses a past day, so the test moves the day back as time would have.
    with sqlite3.connect(server.store_path) as conn:
        conn.execute("UPDATE share_link SET expires_on = ? WHERE id = ?", (yesterday.isoformat(), link_id))
    conn.close()

    page = visitor()
    page.open(params={"link": token})

    _only_the_message(
        page,
        f"This meeting link stopped working after {yesterday.isoformat()}. Ask whoever sent it for a new one.",
    )


def test_a_made_up_token_opens_nothing(visitor, server):
    _, token = _meeting_link(server, "Real one")
    page = visitor()
    page.open(params={"link": token[:-2] + ("AA" if not token.endswith("AA") else "BB")})
    _only_the_message(page, "This link does not open anything. Ask whoever sent it for a new one.")


# ---------------------------------------------------------------- pinned months


def _month_shown(page: DashboardPage) -> str:
    return page.page.get_by_role("combobox", name="Measured at the end of").input_value()


def test_a_pinned_link_keeps_its_month_after_new_data_and_an_unpinned_one_follows(visitor, server):
    _, token = _meeting_link(server, "Monthly review")
    visitor().open(params={"link": token})  # a first view loads the demo organisation (also when run alone)
    with Store.open(server.store_path) as store:
        latest = max(store.data_months())
    year, month = (int(part) for part in latest.split("-"))
    following = f"{year + month // 12}-{month % 12 + 1:02d}"
    last_day = (date(year + month // 12, month % 12 + 1, 1) + timedelta(days=32)).replace(day=1) - timedelta(
        days=1
    )
    if last_day >= date.today():
        pytest.skip(f"{following} has not ended yet, so no view can be measured at it")
    latest_name = date(year, month, 1).strftime("%B %Y")

    pinned = visitor()
    pinned.open(params={"link": token, "as_of": latest})
    assert _month_shown(pinned) == latest_name
    unpinned = visitor()
    unpinned.open(params={"link": token})
    assert _month_shown(unpinned) == f"Latest month ({latest_name})"

    # Next month's data arrives.
    rows = [
        (f"{following}-{day:02d}", "youtube", "peak_chasers", "followers", 130.0 + day) for day in (1, 15)
    ]
    rows.append((last_day.isoformat(), "youtube", "peak_chasers", "followers", 160.0))
    frame = pd.DataFrame(rows, columns=["date", "channel", "audience", "metric", "value"])
    parsed = read_upload(io.BytesIO(frame.to_csv(index=False).encode("utf-8")), "youtube-next-month.csv")
    with Store.open(server.store_path) as store:
        assert store.ingest(parsed, actor=Actor("browser test", Role.EDITOR)).status == "stored"
    following_name = last_day.strftime("%B %Y")

    pinned_again = visitor()
    pinned_again.open(params={"link": token, "as_of": latest})
    assert _month_shown(pinned_again) == latest_name
    assert f"measured at the end of {latest_name}" in main(pinned_again)
    unpinned_again = visitor()
    unpinned_again.open(params={"link": token})
    # Only YouTube has reported the new month, so the picker marks it partial; the view follows it all the same.
    assert _month_shown(unpinned_again) in (
        f"Latest month ({following_name})",
        f"Latest month ({following_name} · partial)",
    )
    assert following_name in main(unpinned_again)


# ---------------------------------------------------------------- forged widget messages

CAPTURE_SOCKETS = """
(() => {
  const Native = window.WebSocket;
  window.__goalpostSockets = [];
  function Captured(...args) {
    const socket = new Native(...args);
    window.__goalpostSockets.push(socket);
    return socket;
  }
  Captured.prototype = Native.prototype;
  Object.assign(Captured, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  window.WebSocket = Captured;
})();
"""
SEND_FRAME = """(bytes) => {
  const open = window.__goalpostSockets.filter(socket => socket.readyState === 1);
  open[open.length - 1].send(new Uint8Array(bytes));
}"""


def _received(frames: list[bytes]):
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    for frame in frames:
        if isinstance(frame, bytes):
            yield ForwardMsg.FromString(frame)


def _button_ids(frames: list[bytes]) -> dict[str, str]:
    """Return the widget id of every button the session was sent, by its user key."""
    ids = {}
    for message in _received(frames):
        if message.WhichOneof("type") == "delta" and message.delta.new_element.WhichOneof("type") == "button":
            widget_id = message.delta.new_element.button.id
            ids[widget_id.rsplit("-", 1)[-1]] = widget_id
    return ids


def _page_hashes(frames: list[bytes]) -> dict[str, str]:
    hashes = {}
    for message in _received(frames):
        if message.WhichOneof("type") == "navigation":
            for app_page in message.navigation.app_pages:
                hashes[app_page.url_pathname] = app_page.page_script_hash
    return hashes


def _forge_rerun(page: DashboardPage, query: str, page_hash: str, triggers: list[str]) -> None:
    """Send the server a rerun, as the page's own websocket would, with these buttons pressed."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    message = BackMsg()
    message.rerun_script.query_string = query
    message.rerun_script.page_script_hash = page_hash
    for widget_id in triggers:
        state = message.rerun_script.widget_states.widgets.add()
        state.id = widget_id
        state.trigger_value = True
    page.page.evaluate(SEND_FRAME, list(message.SerializeToString()))
    page.page.wait_for_timeout(300)  # the run starts after the frame arrives; wait_idle waits for it to end
    page.wait_idle()


def _store_state(server: DashboardServer) -> tuple:
    with Store.open(server.store_path) as store:
        uploads = store.uploads()
        return (
            store.version(),
            tuple(zip(uploads["id"], uploads["status"], strict=True)),
            len(store.strategy_versions()),
            store.strategy_text(),
        )


def test_a_viewer_cannot_press_editor_buttons_by_forging_widget_messages(browser, server):
    contexts = []
    try:
        # An editor's session shows what the buttons are called on the wire, and that forging them works.
        editor_context = browser.new_context(viewport=DESKTOP, locale="en-GB")
        contexts.append(editor_context)
        editor_context.add_init_script(CAPTURE_SOCKETS)
        editor = DashboardPage(editor_context.new_page(), server)
        editor_frames: list = []
        editor.page.on(
            "websocket", lambda ws: ws.on("framereceived", lambda frame: editor_frames.append(frame))
        )
        editor.open()
        password_sign_in(editor, CLI_ACCOUNT, PASSWORDS[CLI_ACCOUNT])
        # Within the session (a password sign-in lasts as long as the browser tab's session).
        for name in ("Data", "Strategy"):
            editor.page.locator('[data-testid="stSidebarNav"] a').filter(has_text=name).click()
            editor.wait_idle()
        buttons = _button_ids(editor_frames)
        hashes = _page_hashes(editor_frames)
        undo_keys = sorted(key for key in buttons if key.startswith("data.undo."))
        assert undo_keys and "shell.start_own" in buttons, sorted(buttons)
        assert {"", "data", "strategy"} <= set(hashes), hashes  # "" is the Overview, the default page

        # Control: a forged press of Undo reaches the editor's Data page, which asks to confirm.
        undo = buttons[undo_keys[0]]
        _forge_rerun(editor, "lang=en", hashes["data"], [undo])
        assert "Undo this upload?" in main(editor)
        buttons = _button_ids(editor_frames)
        assert "data.undo_confirm" in buttons, sorted(buttons)

        before = _store_state(server)
        _, token = _meeting_link(server, "Forgery check")
        guest_context = browser.new_context(viewport=DESKTOP, locale="en-GB")
        contexts.append(guest_context)
        guest_context.add_init_script(CAPTURE_SOCKETS)
        guest = DashboardPage(guest_context.new_page(), server)
        guest.open(params={"link": token})
        assert "Read-only meeting link" in sidebar(guest)

        # Undo, its confirmation, "Start with your own data" (deletes the demo) and Sheets' Sync now.
        pressed = [undo, buttons["data.undo_confirm"], buttons["shell.start_own"]]
        pressed += [buttons[key] for key in ("sheets.sync_now",) if key in buttons]
        # The Data page is not in a link's navigation; the Overview and the Strategy page are.
        _forge_rerun(guest, f"link={token}&lang=nb", hashes["data"], pressed)
        assert "Oversikt" in sidebar(guest)  # the forged run did run: it switched the language
        for url_path in ("", "strategy", "data"):
            _forge_rerun(guest, f"link={token}&lang=en", hashes[url_path], pressed)
            assert "Read-only meeting link" in sidebar(guest)
            assert "Undo this upload?" not in main(guest)

        assert guest.exceptions() == []
        assert _store_state(server) == before
    finally:
        for context in contexts:
            context.close()


# ---------------------------------------------------------------- secrets (last: after every other sign-in)

EVERY_PAGE = ("Overview", "Goal", "Channels", "Audiences", "Strategy", "Data", "Team")


def _secret_values(server: DashboardServer) -> dict[str, str]:
    """Return every secret this deployment holds, by what it is."""
    secrets = {"OIDC client secret": CLIENT_SECRET, "cookie secret": COOKIE_SECRET}
    for email, password in PASSWORDS.items():
        secrets[f"password of {email}"] = password
    with sqlite3.connect(server.store_path) as conn:
        for email, stored_hash in conn.execute("SELECT email, password_hash FROM account"):
            # The hash's last two fields are its salt and digest; the prefix ($argon2id$v=19$m=…) is public.
            salt, digest = stored_hash.rsplit("$", 2)[-2:]
            secrets[f"password salt of {email}"] = salt
            secrets[f"password hash of {email}"] = digest
        row = conn.execute("SELECT value FROM setting WHERE name = 'meeting_link_key'").fetchone()
        if row:  # made with the first meeting link
            secrets["meeting link signing key"] = row[0]
    conn.close()
    return secrets


def _visit_every_page(page: DashboardPage, captured: list[str]) -> None:
    for name in EVERY_PAGE:
        links = page.page.locator('[data-testid="stSidebarNav"] a').filter(has_text=name)
        if links.count() == 0:
            continue
        links.first.click()
        page.wait_idle()
        captured.append(page.page.content())
    captured.append(page.page.content())


def _capture_traffic(page: DashboardPage, captured: list[str], sent: list[str]) -> None:
    def text(payload) -> str:
        return payload.decode("latin-1") if isinstance(payload, bytes) else payload

    def socket(ws) -> None:
        ws.on("framereceived", lambda payload: captured.append(text(payload)))
        ws.on("framesent", lambda payload: sent.append(text(payload)))

    def response(answer) -> None:
        captured.append(" ".join(f"{k}: {v}" for k, v in answer.headers.items()))
        if answer.url.startswith(page.server.base_url) and "text" in answer.headers.get("content-type", ""):
            with contextlib.suppress(Exception):  # a redirect or a closed response has no body to read
                captured.append(answer.text())

    page.page.on("websocket", socket)
    page.page.on("response", response)


def test_no_secret_reaches_a_page_the_traffic_a_log_or_the_cli(visitor, server, oidc):
    provider, _ = oidc
    secrets = _secret_values(server)
    captured: list[str] = []
    sent: list[str] = []  # what the browser sends: the password form's submission carries the password

    by_password = visitor()
    _capture_traffic(by_password, captured, sent)
    by_password.open()
    password_sign_in(by_password, CLI_ACCOUNT, PASSWORDS[CLI_ACCOUNT])
    assert "Signed in as" in sidebar(by_password)
    _visit_every_page(by_password, captured)

    by_provider = visitor()
    _capture_traffic(by_provider, captured, sent)
    by_provider.open()
    oidc_sign_in(by_provider, provider, "admin.check@lyngtind.no")
    assert "Signed in as admin.check@lyngtind.no" in sidebar(by_provider)
    _visit_every_page(by_provider, captured)
    # What scripts on the page can read: no cookie of Streamlit's sign-in is readable by them.
    captured.append(by_provider.page.evaluate("document.cookie"))
    captured.append(by_provider.page.evaluate("JSON.stringify(Object.assign({}, window.sessionStorage))"))

    listed = [
        subprocess.run(
            [sys.executable, "cli.py", "users", "list", *extra],
            cwd=ROOT,
            env={**_clean_env(), "GOALPOST_STORE": str(server.store_path)},
            capture_output=True,
            text=True,
            check=True,
        )
        for extra in ([], ["--format", "json"])
    ]
    assert CLI_ACCOUNT in listed[0].stdout and CLI_ACCOUNT in listed[1].stdout

    places = {
        "pages and traffic": "\n".join(captured),
        "browser's messages (beyond the password typed)": "\n".join(sent).replace(
            PASSWORDS[CLI_ACCOUNT], "(typed)"
        ),
        "server log": server.log_path.read_text(encoding="utf-8", errors="replace"),
        "cli.py users list": "\n".join(run.stdout + run.stderr for run in listed),
    }
    assert len(places["pages and traffic"]) > 100_000  # the pages really were captured
    assert sum(PASSWORDS[CLI_ACCOUNT] in frame for frame in sent) == 1  # sent once, by the sign-in form
    found = [
        f"{what} in the {where}"
        for what, value in secrets.items()
        for where, text in places.items()
        if value in text
    ]
    assert found == []
