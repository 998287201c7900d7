"""Password sign-in in the library: the failed attempts are kept, so the limits per account and address hold."""

from __future__ import annotations

from datetime import timedelta

import pytest

from connectors.access import (
    FAILURE_WINDOW,
    MAX_FAILURES_PER_ACCOUNT,
    MAX_FAILURES_PER_ADDRESS,
    SignInRefused,
    add_account,
    sign_in,
)
from connectors.store.ledger import utc_now
from connectors.store.store import Store
from metrics.access import VIA_CLI, Actor, Role

ADMIN = Actor("setup", Role.ADMIN, VIA_CLI)
PASSWORD = "a long enough password"


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "goalpost.sqlite3") as opened:
        add_account(opened, ADMIN, "kari@example.org", Role.EDITOR, PASSWORD)
        add_account(opened, ADMIN, "ola@example.org", Role.VIEWER, PASSWORD)
        yield opened


def test_failed_sign_ins_lock_the_account_even_for_the_right_password(store):
    now = utc_now()
    for _ in range(MAX_FAILURES_PER_ACCOUNT):
        with pytest.raises(SignInRefused) as refused:
            sign_in(store, "kari@example.org", "wrong password", "10.0.0.1", now=now)
        assert refused.value.message.key == "access.wrong_password"

    with pytest.raises(SignInRefused) as refused:
        sign_in(store, "kari@example.org", PASSWORD, "10.0.0.2", now=now)
    assert refused.value.message.key == "access.locked"
    # Another account is not locked by it; and once the window has passed, the right password works again.
    assert sign_in(store, "ola@example.org", PASSWORD, "10.0.0.1", now=now).identity == "ola@example.org"
    later = now + FAILURE_WINDOW + timedelta(seconds=1)
    assert sign_in(store, "kari@example.org", PASSWORD, "10.0.0.2", now=later).role == Role.EDITOR


def test_failed_sign_ins_from_one_address_lock_that_address(store):
    now = utc_now()
    for number in range(MAX_FAILURES_PER_ADDRESS):
        with pytest.raises(SignInRefused):
            sign_in(store, f"guess{number}@example.org", "wrong password", "10.0.0.9", now=now)

    with pytest.raises(SignInRefused) as refused:
        sign_in(store, "ola@example.org", PASSWORD, "10.0.0.9", now=now)
    assert refused.value.message.key == "access.locked"
    assert sign_in(store, "ola@example.org", PASSWORD, "10.0.0.8", now=now).identity == "ola@example.org"
