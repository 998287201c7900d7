"""Which Google account Goalpost reads sheets as: a service account, or nobody ("anyone with the link")."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from google.auth.credentials import Credentials
from google.oauth2 import service_account

from metrics.errors import Message, SheetError

SECRETS_SECTION = "google_service_account"
"""The `.streamlit/secrets.toml` section holding the service-account key's fields."""
KEY_FILE_VARIABLE = "GOALPOST_GOOGLE_KEY_FILE"
"""Environment variable naming a service-account key file (JSON) for the CLI and the dashboard."""
READ_ONLY_SCOPES = ("https://www.googleapis.com/auth/spreadsheets.readonly",)
DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token"
_REQUIRED_FIELDS = ("client_email", "private_key")
_CALLERS_CREDENTIALS = Message("sheets.source_callers_credentials", "the caller's credentials")


class _Sealed:
    """Holds key material so that printing, logging or displaying the holder never shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: Any):
        self._value = value

    def open(self) -> Any:
        """Return the held key material (only for building credentials)."""
        return self._value

    def __repr__(self) -> str:
        return "<hidden>"

    __str__ = __repr__

    def __reduce__(self):
        raise TypeError("key material is not pickled")


@dataclass(frozen=True)
class CredentialsInfo:
    """How Goalpost signs in to Google; shows the service account's e-mail, never its key."""

    mode: Literal["service_account", "public"]
    service_account_email: str | None
    source: str
    """Where the credentials came from, in words (a secrets section or a key file path), for messages."""
    _sealed: _Sealed | None = field(default=None, repr=False, compare=False)

    @classmethod
    def public(cls) -> CredentialsInfo:
        """Return the mode without credentials: only sheets shared as "anyone with the link" can be read."""
        source = Message("sheets.source_no_credentials", "no Google credentials configured")
        return cls(mode="public", service_account_email=None, source=source)

    @classmethod
    def from_service_account_info(cls, info: Mapping[str, Any], source: str) -> CredentialsInfo:
        """Return credentials for a service-account key given as its JSON fields (checked, not yet used)."""
        fields = {str(k): v for k, v in dict(info).items()}
        missing = [name for name in _REQUIRED_FIELDS if not str(fields.get(name) or "").strip()]
        if missing:
            raise SheetError(
                Message(
                    "sheets.key_lacks_fields",
                    "The Google service-account key in {source} lacks the field(s) {fields}. "
                    "Copy every field of the JSON key file from Google Cloud (IAM → Service accounts → Keys).",
                    source=source,
                    fields=", ".join(missing),
                )
            )
        if fields.get("type", "service_account") != "service_account":
            raise SheetError(
                Message(
                    "sheets.key_not_service_account",
                    "The Google key in {source} is not a service-account key (its type is not "
                    "“service_account”). Create a key for a service account in Google Cloud and use that.",
                    source=source,
                )
            )
        key = str(fields["private_key"])
        if "\n" not in key and "\\n" in key:
            # A key pasted into TOML as a literal string keeps its "\n" escapes; undo that.
            fields["private_key"] = key.replace("\\n", "\n")
        fields.setdefault("token_uri", DEFAULT_TOKEN_URI)
        try:
            service_account.Credentials.from_service_account_info(fields, scopes=list(READ_ONLY_SCOPES))
        except Exception:  # noqa: BLE001 - any parser (rsa, pyasn1, cryptography) may fail on a damaged key
            # The library's message may quote parts of the key: say where to look, not what is there.
            raise SheetError(
                Message(
                    "sheets.private_key_unreadable",
                    "The private key of the Google service account in {source} cannot be read. Create a new "
                    "JSON key in Google Cloud (IAM → Service accounts → Keys → Add key) and replace the old one.",
                    source=source,
                )
            ) from None
        return cls(
            mode="service_account",
            service_account_email=str(fields["client_email"]).strip(),
            source=source,
            _sealed=_Sealed(fields),
        )

    @classmethod
    def from_google_credentials(
        cls, credentials: Credentials, service_account_email: str, source: str = _CALLERS_CREDENTIALS
    ) -> CredentialsInfo:
        """Return an info wrapping ready google-auth credentials (tests, or a host that already has them)."""
        return cls(
            mode="service_account",
            service_account_email=service_account_email,
            source=source,
            _sealed=_Sealed(credentials),
        )

    def google_credentials(self) -> Credentials | None:
        """Return google-auth credentials for the Sheets API (read-only scope), or None in public mode."""
        if self._sealed is None:
            return None
        held = self._sealed.open()
        if isinstance(held, Credentials):
            return held
        return service_account.Credentials.from_service_account_info(held, scopes=list(READ_ONLY_SCOPES))

    def describe(self) -> str:
        """Return one line saying how Goalpost reads sheets, for the page: public, or which service account."""
        if self.mode == "public":
            return Message(
                "sheets.reading_public",
                "Reading Google Sheets shared as “Anyone with the link” (no service account is set up).",
            )
        return Message(
            "sheets.reading_as_service_account",
            "Reading Google Sheets as the service account {account} (from {source}).",
            account=str(self.service_account_email),
            source=self.source,
        )

    def access_advice(self) -> str:
        """Return, in plain words, who a sheet must be shared with for Goalpost to read it."""
        if self.mode == "public":
            return Message(
                "sheets.advice_share_with_link",
                "share the sheet as “Anyone with the link” → Viewer (Share → General access), "
                "or set up a Google service account for private sheets",
            )
        return Message(
            "sheets.advice_share_with_account",
            "share the sheet with {account} as Viewer (Share → Add people)",
            account=str(self.service_account_email),
        )


def discover_credentials(
    secrets: Mapping[str, Any] | None = None, *, environ: Mapping[str, str] | None = None
) -> CredentialsInfo:
    """Return the configured Google credentials: secrets section, else the key-file variable, else public."""
    if secrets is not None and _has_section(secrets):
        section = secrets[SECRETS_SECTION]
        if not isinstance(section, Mapping):
            raise SheetError(
                Message(
                    "sheets.secrets_entry_not_section",
                    "The [{section}] entry in .streamlit/secrets.toml must be a section with the key's "
                    "fields (type, client_email, private_key, …), one per line.",
                    section=SECRETS_SECTION,
                )
            )
        source = Message(
            "sheets.source_secrets_section",
            "the [{section}] section of .streamlit/secrets.toml",
            section=SECRETS_SECTION,
        )
        return CredentialsInfo.from_service_account_info(section, source=source)
    environment = os.environ if environ is None else environ
    key_file = (environment.get(KEY_FILE_VARIABLE) or "").strip()
    if key_file:
        source = Message(
            "sheets.source_key_file",
            "the key file {path} (named by {variable})",
            path=key_file,
            variable=KEY_FILE_VARIABLE,
        )
        return CredentialsInfo.from_service_account_info(_read_key_file(Path(key_file)), source=source)
    return CredentialsInfo.public()


def _has_section(secrets: Mapping[str, Any]) -> bool:
    try:
        return SECRETS_SECTION in secrets
    except FileNotFoundError as err:
        # Streamlit's secrets say "no file" this way, and also "the file is not valid TOML".
        if "pars" in str(err).lower():
            raise SheetError(
                Message(
                    "sheets.secrets_not_toml",
                    "The file .streamlit/secrets.toml is not valid TOML, so the Google service account in it "
                    "cannot be read. Check that every value is in quotes and that the key is copied whole.",
                )
            ) from None
        return False


def _read_key_file(path: Path) -> Mapping[str, Any]:
    where = {"variable": KEY_FILE_VARIABLE, "path": str(path)}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        message = Message(
            "sheets.key_file_missing",
            "{variable} names {path}, but there is no such file. Check the path or unset the variable.",
            **where,
        )
        raise SheetError(message) from None
    except (OSError, UnicodeDecodeError):
        raise SheetError(
            Message(
                "sheets.key_file_unreadable",
                "{variable} names {path}, but it cannot be read. Check that the file is the JSON key "
                "downloaded from Google Cloud and that Goalpost may read it.",
                **where,
            )
        ) from None
    try:
        info = json.loads(text)
    except ValueError:
        info = None
    if not isinstance(info, dict):
        raise SheetError(
            Message(
                "sheets.key_file_not_key",
                "{variable} names {path}, but it is not a service-account key file. Download the key as JSON "
                "from Google Cloud (IAM → Service accounts → Keys → Add key → JSON).",
                **where,
            )
        )
    return info
