"""`cli.py report` end to end, and the report mailed to a real (local) SMTP server that the test starts."""

from __future__ import annotations

import email
import io
import os
import shutil
import subprocess
import sys
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from pypdf import PdfReader

from connectors.mail import SmtpSettings, report_mail, send_mail
from metrics.errors import GoalpostError

# A local test server without TLS: aiosmtpd warns that AUTH without TLS is unsafe, which is true elsewhere.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "sample_data" / "demo.goalpost-store"
SMTP_PORT = 8651
CLOSED_PORT = 8652
USER = "reports@lyngtind.no"
PASSWORD = "kjempeHemmelig-Passord-42"


class Mailbox:
    """An aiosmtpd handler keeping every message it receives, and an authenticator for one account."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.recipients: list[list[str]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.messages.append(email.message_from_bytes(envelope.original_content, policy=policy.default))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
            USER.encode(),
            PASSWORD.encode(),
        )
        return AuthResult(success=ok)


@pytest.fixture
def smtp_server():
    """A local SMTP server on 127.0.0.1:8651 that requires signing in (plain text: it is a local test)."""
    mailbox = Mailbox()
    controller = Controller(
        mailbox,
        hostname="127.0.0.1",
        port=SMTP_PORT,
        authenticator=mailbox,
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield mailbox
    finally:
        controller.stop()


def write_secrets(folder: Path, port: int = SMTP_PORT, password: str = PASSWORD) -> None:
    (folder / ".streamlit").mkdir(exist_ok=True)
    (folder / ".streamlit" / "secrets.toml").write_text(
        "[goalpost.smtp]\n"
        f'host = "127.0.0.1"\nport = {port}\nuser = "{USER}"\npassword = "{password}"\n'
        f'from = "Goalpost <{USER}>"\nstarttls = false\n',
        encoding="utf-8",
    )


def goalpost(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """Run cli.py in `folder` (where its .streamlit/secrets.toml is) against a copy of the demo store."""
    store = folder / "store.sqlite3"
    if not store.exists():
        shutil.copy(DEMO, store)
    env = {k: v for k, v in os.environ.items() if k not in ("GOALPOST_DEBUG", "BROWSER_PATH")}
    env["GOALPOST_STORE"] = str(store)
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=folder,
        timeout=300,
    )


def test_report_writes_the_html_and_tables_and_mails_the_pdf(tmp_path, smtp_server):
    write_secrets(tmp_path)
    out = tmp_path / "october.html"
    run = goalpost(
        tmp_path,
        "report",
        "--as-of",
        "2026-10",
        "--format",
        "html",
        "--out",
        str(out),
        "--tables",
        "csv",
        "--mail-to",
        "board@lyngtind.no",
        "ceo@lyngtind.no",
    )
    assert run.returncode == 0, run.stderr
    assert PASSWORD not in run.stdout + run.stderr
    assert "Sent the PDF to board@lyngtind.no, ceo@lyngtind.no." in run.stdout
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Lyngtind Friluft AS: monthly review, October 2026" in html
    assert (tmp_path / "goalpost-2026-10-month-values.csv").read_text().startswith("month,channel,audience")
    assert "blog_comments" in (tmp_path / "goalpost-2026-10-goal-progress.csv").read_text()

    [mail] = smtp_server.messages
    assert smtp_server.recipients == [["board@lyngtind.no", "ceo@lyngtind.no"]]
    assert mail["Subject"] == "Lyngtind Friluft AS: monthly review, October 2026"
    assert mail["From"] == f"Goalpost <{USER}>"
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert "7 of 12 goals on track or achieved" in body
    assert "- Off track: Keep Instagram conversation above 250 comments a month (213 (October 2026))" in body
    assert "- At risk: 4 000 LinkedIn followers, so job ads reach people who already know us" in body
    assert "“Keep Instagram conversation above 250 comments a month”: On track → Off track" in body
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == "goalpost-report-2026-10.pdf"
    pdf = attachment.get_content()
    assert pdf.startswith(b"%PDF-") and len(PdfReader(io.BytesIO(pdf)).pages) >= 8
    assert PASSWORD.encode() not in mail.as_bytes()


def test_report_refuses_an_unknown_pinned_version_and_a_wrong_month(tmp_path):
    pinned = goalpost(
        tmp_path, "report", "--as-of", "2026-10", "--pinned", "3", "--out", str(tmp_path / "r.pdf")
    )
    assert pinned.returncode == 2
    assert "3" in pinned.stderr and "Traceback" not in pinned.stderr
    assert not (tmp_path / "r.pdf").exists()
    month = goalpost(tmp_path, "report", "--as-of", "2026-1", "--out", str(tmp_path / "r.pdf"))
    assert month.returncode == 2 and "write it as YYYY-MM, for example 2026-10" in month.stderr


def test_mail_without_smtp_settings_says_what_to_add(tmp_path):
    run = goalpost(
        tmp_path, "report", "--as-of", "2026-10", "--format", "html", "--out", str(tmp_path / "r.html"),
        "--mail-to", "board@lyngtind.no",
    )  # fmt: skip
    assert run.returncode == 2
    assert "add a [goalpost.smtp] table with host, port, user, password, from and starttls" in run.stderr


def settings(port: int, password: str = PASSWORD) -> SmtpSettings:
    return SmtpSettings("127.0.0.1", port, USER, starttls=False, user=USER, password=password)


def a_mail(port: int, password: str = PASSWORD):
    return report_mail(
        settings(port, password), ["board@lyngtind.no"], "Report", "Body", b"%PDF-1.7", "r.pdf"
    )


def test_a_wrong_password_is_named_without_showing_it(smtp_server):
    wrong = "not-the-Passord-99"
    with pytest.raises(GoalpostError) as refused:
        send_mail(settings(SMTP_PORT, wrong), a_mail(SMTP_PORT, wrong))
    assert refused.value.message.key == "mail.sign_in_refused"
    assert wrong not in str(refused.value) and wrong not in repr(settings(SMTP_PORT, wrong))
    assert smtp_server.messages == []


def test_an_unreachable_server_is_a_plain_message_without_the_password():
    with pytest.raises(GoalpostError) as failed:
        send_mail(settings(CLOSED_PORT), a_mail(CLOSED_PORT))
    assert failed.value.message.key == "mail.not_sent"
    assert "127.0.0.1:8652 (ConnectionRefusedError)" in str(failed.value)
    assert PASSWORD not in str(failed.value)
