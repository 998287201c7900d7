"""Google Sheets set-up: the links managers paste, and where Goalpost finds its Google credentials."""

from __future__ import annotations

import json
import pickle

import pytest
from fake_sheets_server import FakeSheetsServer, new_service_account_key

from connectors.sheets import (
    KEY_FILE_VARIABLE,
    SECRETS_SECTION,
    CredentialsInfo,
    GoogleTransport,
    discover_credentials,
    parse_sheet_link,
)
from metrics.errors import SheetError

SHEET_ID = "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms"


@pytest.mark.parametrize(
    ("url", "gid", "published"),
    [
        (f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/edit#gid=1234", 1234, False),
        (f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/edit?gid=77#gid=77", 77, False),
        (f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/edit?usp=sharing", None, False),
        (f"docs.google.com/spreadsheets/u/1/d/{SHEET_ID}/htmlview", None, False),
        (f"  {SHEET_ID}  ", None, False),
        (f"https://docs.google.com/spreadsheets/d/e/2PACX-{SHEET_ID}/pubhtml?gid=5&single=true", 5, True),
    ],
)
def test_links_name_the_spreadsheet_and_tab(url, gid, published):
    link = parse_sheet_link(url)
    assert link.spreadsheet_id.endswith(SHEET_ID)
    assert link.gid == gid
    assert link.published is published


@pytest.mark.parametrize(
    "text",
    ["", "https://example.com/spreadsheets/d/" + SHEET_ID, "https://docs.google.com/document/d/abc/edit"],
)
def test_a_wrong_link_says_what_a_sheet_link_looks_like(text):
    with pytest.raises(SheetError, match="docs.google.com/spreadsheets"):
        parse_sheet_link(text)


def test_no_configuration_means_public_mode():
    info = discover_credentials(None, environ={})
    assert info.mode == "public"
    assert info.google_credentials() is None
    assert "Anyone with the link" in info.access_advice()


def test_secrets_section_gives_the_service_account_and_hides_its_key():
    with FakeSheetsServer() as server:
        key = new_service_account_key(server, "goalpost@demo.iam.gserviceaccount.com", register=False)
    # A TOML literal string keeps "\n" as two characters; Goalpost must still read the key.
    key["private_key"] = key["private_key"].replace("\n", "\\n")
    info = discover_credentials({SECRETS_SECTION: key}, environ={KEY_FILE_VARIABLE: "/nonexistent.json"})
    assert info.mode == "service_account"
    assert info.service_account_email == "goalpost@demo.iam.gserviceaccount.com"
    assert SECRETS_SECTION in info.source
    assert info.google_credentials().service_account_email == "goalpost@demo.iam.gserviceaccount.com"
    secret_part = key["private_key"].split("\\n")[1]
    for shown in (repr(info), str(info), info.access_advice(), info.source):
        assert secret_part not in shown
        assert "PRIVATE KEY" not in shown
    with pytest.raises(TypeError):
        pickle.dumps(info)


class MissingSecrets(dict):
    """Behaves like st.secrets without a secrets.toml (or with a broken one): asking raises."""

    def __init__(self, problem: str):
        super().__init__()
        self.problem = problem

    def __contains__(self, key):
        raise FileNotFoundError(self.problem)


def test_no_secrets_file_falls_back_to_the_key_file_variable(tmp_path):
    with FakeSheetsServer() as server:
        key = new_service_account_key(server, "cli@demo.iam.gserviceaccount.com", register=False)
    path = tmp_path / "key.json"
    path.write_text(json.dumps(key), encoding="utf-8")
    info = discover_credentials(MissingSecrets("No secrets found."), environ={KEY_FILE_VARIABLE: str(path)})
    assert info.service_account_email == "cli@demo.iam.gserviceaccount.com"
    assert discover_credentials(MissingSecrets("No secrets found."), environ={}).mode == "public"


def test_a_broken_secrets_file_is_not_mistaken_for_public_mode():
    with pytest.raises(SheetError, match="not valid TOML"):
        discover_credentials(MissingSecrets("Error parsing secrets file at x: bad"), environ={})


def test_key_file_named_by_the_environment(tmp_path):
    with FakeSheetsServer() as server:
        key = new_service_account_key(server, "bot@demo.iam.gserviceaccount.com", register=False)
    path = tmp_path / "key.json"
    path.write_text(json.dumps(key), encoding="utf-8")
    info = discover_credentials({}, environ={KEY_FILE_VARIABLE: str(path)})
    assert info.service_account_email == "bot@demo.iam.gserviceaccount.com"
    assert str(path) in info.source


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "no such file"),
        ("this is not json", "not a service-account key file"),
        ('{"type": "service_account", "client_email": "a@b.c"}', "lacks the field(s) private_key"),
        (
            '{"type": "service_account", "client_email": "a@b.c", "private_key": "-----BEGIN RSA PRIVATE KEY-----'
            '\\nSECRETSTUFF\\n-----END RSA PRIVATE KEY-----\\n"}',
            "cannot be read",
        ),
        (
            '{"type": "authorized_user", "client_email": "a@b.c", "private_key": "x"}',
            "not a service-account key",
        ),
    ],
)
def test_a_bad_key_file_gets_a_message_without_its_contents(tmp_path, content, expected):
    path = tmp_path / "key.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SheetError) as caught:
        discover_credentials(None, environ={KEY_FILE_VARIABLE: str(path)})
    assert expected in caught.value.message
    assert "SECRETSTUFF" not in caught.value.message
    assert KEY_FILE_VARIABLE in caught.value.message


def test_stand_in_address_must_stay_on_this_machine():
    assert GoogleTransport.from_environment({}).base_url is None
    local = GoogleTransport.from_environment({"GOALPOST_GOOGLE_STAND_IN": "http://127.0.0.1:8765/"})
    assert local.base_url == "http://127.0.0.1:8765"
    with pytest.raises(SheetError, match="on this machine"):
        GoogleTransport.from_environment({"GOALPOST_GOOGLE_STAND_IN": "http://evil.example.com:80"})


def test_public_info_has_no_email_to_show():
    assert CredentialsInfo.public().service_account_email is None
