"""Reports by e-mail through the organisation's SMTP server (`[goalpost.smtp]` in .streamlit/secrets.toml).

The password is read from the secrets file only, sent only to the SMTP server, and never put in a message,
a log line or an exception: errors name the host and what to fix, nothing else.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from metrics.errors import GoalpostError, Message

DEFAULT_PORT = 587
TIMEOUT_S = 30


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send: host, port, sender address, STARTTLS or not, and the account (optional)."""

    host: str
    port: int
    sender: str
    starttls: bool = True
    user: str = ""
    password: str = field(default="", repr=False)
    """Kept out of repr(): a settings object printed by accident shows no password."""


def smtp_settings(secrets: Mapping[str, Any]) -> SmtpSettings:
    """Return the SMTP settings of the secrets' [goalpost.smtp] table; a plain error says what is missing."""
    table = (secrets.get("goalpost") or {}).get("smtp")
    if not isinstance(table, Mapping) or not table.get("host") or not table.get("from"):
        raise GoalpostError(
            Message(
                "mail.not_set_up",
                "Sending reports by e-mail needs an SMTP server: add a [goalpost.smtp] table with host, port, "
                "user, password, from and starttls to .streamlit/secrets.toml (see the README).",
            )
        )
    try:
        port = int(table.get("port") or DEFAULT_PORT)
    except (TypeError, ValueError):
        raise GoalpostError(
            Message(
                "mail.bad_port",
                "The port under [goalpost.smtp] in .streamlit/secrets.toml is not a number. Write it as, "
                "for example, port = 587.",
            )
        ) from None
    return SmtpSettings(
        host=str(table["host"]),
        port=port,
        sender=str(table["from"]),
        starttls=bool(table.get("starttls", True)),
        user=str(table.get("user") or ""),
        password=str(table.get("password") or ""),
    )


def report_mail(
    settings: SmtpSettings,
    recipients: Sequence[str],
    subject: str,
    body: str,
    attachment: bytes,
    filename: str,
) -> EmailMessage:
    """Return the mail: plain-text body and the report attached as application/pdf."""
    mail = EmailMessage()
    mail["From"] = settings.sender
    mail["To"] = ", ".join(recipients)
    mail["Subject"] = subject
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    mail.set_content(body)
    mail.add_attachment(attachment, maintype="application", subtype="pdf", filename=filename)
    return mail


class _SignInRefused(Exception):
    """The server refused the account, or hung up on it (some servers close after a failed sign-in)."""


def _sign_in(server: smtplib.SMTP, settings: SmtpSettings) -> None:
    try:
        server.login(settings.user, settings.password)
    except (smtplib.SMTPAuthenticationError, smtplib.SMTPServerDisconnected):
        raise _SignInRefused from None


def send_mail(settings: SmtpSettings, mail: EmailMessage) -> list[str]:
    """Send the mail; return the recipients the server accepted (a refusal or an outage is a plain error)."""
    recipients = [a.strip() for a in str(mail["To"]).split(",") if a.strip()]
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_S) as server:
            if settings.starttls:
                server.starttls(context=ssl.create_default_context())
            if settings.user:
                _sign_in(server, settings)
            refused = server.send_message(mail)
    except _SignInRefused:
        raise GoalpostError(
            Message(
                "mail.sign_in_refused",
                "{host} refused the user name or password under [goalpost.smtp] in .streamlit/secrets.toml. "
                "Check them with whoever runs your mail.",
                host=settings.host,
            )
        ) from None
    except smtplib.SMTPRecipientsRefused:
        raise GoalpostError(
            Message(
                "mail.recipients_refused",
                "{host} refused every address given ({addresses}). Check the addresses after --mail-to.",
                host=settings.host,
                addresses=", ".join(recipients),
            )
        ) from None
    except (OSError, smtplib.SMTPException) as err:
        # The error's type only: an SMTP reply could echo what was sent.
        raise GoalpostError(
            Message(
                "mail.not_sent",
                "The report could not be sent through {host}:{port} ({problem}). Check host, port and starttls "
                "under [goalpost.smtp] in .streamlit/secrets.toml, and that the server can be reached.",
                host=settings.host,
                port=settings.port,
                problem=type(err).__name__,
            )
        ) from None
    return [r for r in recipients if r not in refused]
