"""What the README promises about the first `make run` holds: another port with PORT=, no question in the
terminal on a desktop, and Ctrl+C stops it.

The real `make run` starts a real `streamlit run`; only its set-up step is skipped (`-o setup`), because the
test's own run has set the packages up already.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
from hosting import ROOT, Running, fetch, free_port, wait_answering

STOP_SECONDS = 20


@pytest.fixture
def desktop_run(tmp_path):
    """Start `make run PORT=…` the way a first-time user on a desktop does; interrupt it at the end if it is still up."""
    port = free_port()
    home = tmp_path / "home"  # a user who has never run Streamlit: no ~/.streamlit/credentials.toml
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "DISPLAY": ":99",  # a desktop: Streamlit is then not headless, and would ask for an e-mail address
        "BROWSER": "true",  # ... and opens a browser: here a program that does nothing
        "GOALPOST_STORE": str(tmp_path / "goalpost.sqlite3"),
    }
    env.pop("WAYLAND_DISPLAY", None)
    log_path = tmp_path / "make-run.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            ["make", "--no-print-directory", "-o", "setup", "run", f"PORT={port}"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,  # a terminal that never answers: a question would hang the start
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, as a terminal gives it: Ctrl+C reaches make and streamlit
        )
    running = Running(process, log_path, f"http://127.0.0.1:{port}")
    try:
        yield running
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        process.stdin.close()


def test_make_run_port_serves_there_without_a_question_and_ctrl_c_stops_it(desktop_run):
    wait_answering(desktop_run)
    status, _, body = fetch(desktop_run.url + "/")
    assert status == 200 and b"<html" in body.lower()
    assert "Email" not in desktop_run.log()
    assert desktop_run.url in desktop_run.log()  # the address it prints is the one asked for

    os.killpg(desktop_run.process.pid, signal.SIGINT)  # what Ctrl+C in the terminal sends
    deadline = time.monotonic() + STOP_SECONDS
    while desktop_run.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert desktop_run.process.poll() is not None, desktop_run.log()
    with pytest.raises(OSError):
        fetch(desktop_run.url + "/_stcore/health", timeout=2)
