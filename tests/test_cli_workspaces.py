"""`cli.py --workspace ID`: every command works in the chosen workspace's store, and only there."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from test_cli import BLOG_OCTOBER, BLOG_SEPTEMBER, STRATEGY, goalpost

from connectors.store import Store

A = ("--workspace", "client-a")
B = ("--workspace", "client-b")


@pytest.fixture
def home(store_url) -> str:
    for workspace_id, name in (("client-a", "Client A"), ("client-b", "Client B")):
        made = goalpost("workspaces", "add", workspace_id, "--name", name, store=store_url)
        assert made.returncode == 0, made.stderr
        assert f"?workspace={workspace_id}" in made.stdout
    return store_url


def test_data_stored_with_a_workspace_is_seen_only_there(home):
    stored = goalpost(*A, "ingest", str(BLOG_OCTOBER), "--channel", "blog", store=home)
    assert stored.returncode == 0, stored.stderr
    in_a = json.loads(goalpost(*A, "uploads", "--format", "json", store=home).stdout)
    assert [u["file_name"] for u in in_a] == [BLOG_OCTOBER.name]
    for elsewhere in (B, ()):
        run = goalpost(*elsewhere, "uploads", "--format", "json", store=home)
        assert run.returncode == 0, run.stderr
        assert json.loads(run.stdout) == []
        assert goalpost(*elsewhere, "data", "--format", "json", store=home).stdout.strip() in ("[]", "")
    months = json.loads(goalpost(*A, "data", "--format", "json", store=home).stdout)
    assert {row["channel"] for row in months} == {"blog"}

    # Undo in b cannot reach a's upload: b has no upload by that id.
    undone = goalpost(*B, "undo", str(in_a[0]["id"]), store=home)
    assert undone.returncode == 2 and "Traceback" not in undone.stderr
    assert len(json.loads(goalpost(*A, "uploads", "--format", "json", store=home).stdout)) == 1
    assert goalpost(*A, "undo", str(in_a[0]["id"]), store=home).returncode == 0


def test_progress_and_report_read_the_workspace(home, tmp_path):
    with Store.open(home, workspace="client-a") as a:
        from actors import EDITOR

        a.save_strategy(STRATEGY.read_text(), actor=replace(EDITOR, workspace="client-a"))
    assert goalpost(*A, "ingest", str(BLOG_SEPTEMBER), "--channel", "blog", store=home).returncode == 0
    progress = goalpost(*A, "progress", "--as-of", "2026-09-30", "--format", "json", store=home)
    assert progress.returncode == 0, progress.stderr
    assert {g["id"] for g in json.loads(progress.stdout)["goals"]} >= {"blog_comments"}
    # The default workspace has no strategy: the same command there says so, in plain words.
    elsewhere = goalpost("progress", "--as-of", "2026-09-30", store=home)
    assert elsewhere.returncode == 2 and "Traceback" not in elsewhere.stderr


def test_members_act_with_their_role_in_their_workspace_only(home):
    added = goalpost(
        *(), "workspaces", "members", "add", "client-a", "Mona@Client-A.no", "--role", "editor", store=home
    )
    assert added.returncode == 0, added.stderr
    listed = json.loads(
        goalpost("workspaces", "members", "list", "client-a", "--format", "json", store=home).stdout
    )
    assert listed == [{"email": "mona@client-a.no", "role": "editor"}]
    mona = ("--as", "mona@client-a.no")
    stored = goalpost(*mona, *A, "ingest", str(BLOG_OCTOBER), "--channel", "blog", store=home)
    assert stored.returncode == 0, stored.stderr
    refused = goalpost(*mona, *B, "uploads", store=home)
    assert refused.returncode == 2
    assert "not a member of a workspace “client-b”" in refused.stderr
    # She sees her workspace, and may not add one: that needs the admin role.
    spaces = json.loads(goalpost(*mona, *A, "workspaces", "list", "--format", "json", store=home).stdout)
    assert [w["id"] for w in spaces] == ["client-a"]
    grabbed = goalpost(
        *mona, *A, "workspaces", "members", "add", "client-a", "x@example.org", "--role", "admin", store=home
    )
    assert grabbed.returncode == 2 and "admin role" in grabbed.stderr
    removed = goalpost("workspaces", "members", "remove", "client-a", "mona@client-a.no", store=home)
    assert removed.returncode == 0
    assert goalpost(*mona, *A, "uploads", store=home).returncode == 2


def test_an_unknown_workspace_and_commands_without_one_are_plain_refusals(home, tmp_path):
    for args in (("--workspace", "client-z", "uploads"), ("--workspace", "Bad Id!", "uploads")):
        run = goalpost(*args, store=home)
        assert run.returncode == 2 and run.stderr.startswith("Error: ") and "Traceback" not in run.stderr
    assert "no workspace “client-z”" in goalpost("--workspace", "client-z", "uploads", store=home).stderr
    for args in (
        ("users", "list"),
        ("serve", "--port", "8601"),
        ("store", "copy", home, str(tmp_path / "x.db")),
    ):
        run = goalpost(*A, *args, store=home)
        assert run.returncode == 2 and "--workspace" in run.stderr
    listed = json.loads(goalpost("workspaces", "list", "--format", "json", store=home).stdout)
    assert [w["id"] for w in listed] == ["default", "client-a", "client-b"]
    where = {w["id"]: w["store"] for w in listed}
    assert where["client-a"].endswith(("client-a.sqlite3", "search_path%3Dws_client_a"))


def test_backup_with_a_workspace_copies_that_workspace(tmp_path):
    home = str(tmp_path / "home.sqlite3")
    assert goalpost("workspaces", "add", "client-a", "--name", "Client A", store=home).returncode == 0
    assert goalpost(*A, "ingest", str(BLOG_OCTOBER), "--channel", "blog", store=home).returncode == 0
    backup = tmp_path / "a-backup.sqlite3"
    run = goalpost(*A, "backup", str(backup), store=home)
    assert run.returncode == 0, run.stderr
    with Store.open(backup) as copy:
        assert len(copy.uploads()) == 1
    assert Path(home).is_file() and (tmp_path / "workspaces" / "client-a.sqlite3").is_file()
