"""The layers stay apart: a pure domain, I/O in connectors, Streamlit only in the page code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# What each layer may never import (top-level package names).
FORBIDDEN = {
    "metrics": {
        "streamlit",
        "sqlalchemy",
        "sqlite3",
        "gspread",
        "requests",
        "httpx",
        "urllib",
        "socket",
        "http",
        "openpyxl",
        "xlrd",
        "plotly",
        "pathlib",
        "os",
        "shutil",
        "io",
        "connectors",
        "views",
        "cli",
        "dashboard",
    },
    "connectors": {"streamlit", "views", "plotly", "cli", "dashboard"},
    "cli.py": {"streamlit", "views", "plotly", "dashboard"},
    "views/figures": {"streamlit", "connectors", "sqlalchemy", "cli", "dashboard"},
    "connectors/readers": {"streamlit", "views", "plotly", "cli", "dashboard", "sqlalchemy"},
    # The report's glue, shared by cli.py and the pages: it may use the pure document builder in views/.
    "reporting.py": {"streamlit", "dashboard", "cli"},
}


def python_files(layer: str) -> list[Path]:
    """Return the layer's Python files (a package folder or a single module)."""
    path = ROOT / layer
    return [path] if path.suffix == ".py" else sorted(path.rglob("*.py"))


def imported_packages(source: Path) -> set[str]:
    """Return the top-level package names a module imports (absolute imports only)."""
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_forbidden(layer):
    files = python_files(layer)
    assert files, f"{layer} has no Python files"
    offences = {
        str(f.relative_to(ROOT)): sorted(imported_packages(f) & FORBIDDEN[layer])
        for f in files
        if imported_packages(f) & FORBIDDEN[layer]
    }
    assert offences == {}


def test_the_report_glue_loads_no_streamlit():
    # cli.py reaches views/ only through reporting.py: whatever that imports must stay free of Streamlit.
    import subprocess
    import sys

    check = "import sys, reporting, views.report; print('streamlit' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"


def test_metrics_opens_no_files():
    calls = []
    for source in python_files("metrics"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open":
                calls.append(f"{source.name}:{node.lineno}")
    assert calls == []


def test_streamlit_only_in_dashboard_and_views():
    allowed = {ROOT / "dashboard.py", *python_files("views")}
    offenders = [
        str(f.relative_to(ROOT))
        for f in ROOT.rglob("*.py")
        if ".venv" not in f.parts
        and "tests" not in f.parts
        and "bench" not in f.parts
        and f not in allowed
        and "streamlit" in imported_packages(f)
    ]
    assert offenders == []


def test_no_html_rendering_of_text():
    offenders = [
        str(f.relative_to(ROOT))
        for f in [ROOT / "dashboard.py", *python_files("views")]
        if f.exists() and "unsafe_allow_html" in f.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_checker_sees_a_forbidden_import(tmp_path):
    # The boundary test is only worth something if it notices an offence.
    module = tmp_path / "bad.py"
    module.write_text("import streamlit as st\nfrom sqlalchemy import select\n", encoding="utf-8")
    assert imported_packages(module) == {"streamlit", "sqlalchemy"}


# Functions that write to the store without an acting user's role, and why that is right.
WRITES_WITHOUT_A_ROLE = {
    "accounts.py:sign_in": "records a failed sign-in: there is nobody signed in yet",
    "settings.py:link_key": "makes the store's link-signing key once, the first time a link is signed",
    "store.py:use_metric_specs": "recomputes derived month rows when a strategy declares another aggregation",
    "store.py:writing": "the write transaction the checked functions above run in",
    "store.py:_write": "likewise",
    "store.py:_dry_run": "a change run in a transaction that is always rolled back, to preview it exactly",
    "sheet_connections.py:_writing": "likewise, for the connections table",
    "sheet_schedule.py:_writing": "likewise, for the schedule table",
    "store.py:_ensure_schema": "creates or upgrades the tables on open",
    "sheet_connections.py:_ensure_table": "creates the connections table on first use",
    "sheet_schedule.py:record_attempt": "the shared sync schedule's bookkeeping, after the sync's own check",
    "sheet_schedule.py:record_success": "likewise",
    "sheet_schedule.py:record_failure": "likewise",
    "sheet_schedule.py:claim": "likewise",
    "sheet_schedule.py:_ensure_table": "creates the schedule table on first use",
}


def test_every_function_that_writes_to_the_store_checks_the_actors_role():
    # "Actions are checked in the library": a write transaction in connectors/ comes with require(actor, …).
    offences = []
    for source in python_files("connectors"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            calls = [c for c in ast.walk(node) if isinstance(c, ast.Call)]
            names = {
                c.func.attr if isinstance(c.func, ast.Attribute) else getattr(c.func, "id", "") for c in calls
            }
            if names & {"writing", "_write", "_writing", "begin"} and "require" not in names:
                offences.append(f"{source.name}:{node.name}")
    unexplained = sorted(set(offences) - set(WRITES_WITHOUT_A_ROLE))
    assert unexplained == []
    assert "store.py:ingest" not in offences and "accounts.py:add_account" not in offences


# Who may reach behind the store's package interface (connectors/store/__init__.py): only the store itself,
# the rest of connectors/ (its neighbours build on its tables) and the tests.
STORE_FACADE_ONLY = ["cli.py", "dashboard.py", "views", "bench", "sample_data"]


def store_internals_imported(source: Path) -> list[str]:
    """Return the connectors.store submodules a module imports directly, instead of the package."""
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            continue
        found += [m for m in modules if m.startswith("connectors.store.")]
    return found


def test_views_and_cli_use_the_store_only_through_its_package():
    offences = {
        str(f.relative_to(ROOT)): store_internals_imported(f)
        for layer in STORE_FACADE_ONLY
        for f in python_files(layer)
        if store_internals_imported(f)
    }
    assert offences == {}


def test_the_store_facade_check_notices_an_offence(tmp_path):
    module = tmp_path / "page.py"
    module.write_text("from connectors.store.schema import upload\nfrom connectors.store import Store\n")
    assert store_internals_imported(module) == ["connectors.store.schema"]


def test_the_flat_store_modules_are_gone():
    # The store is one package: a module named like the old flat ones would split it again.
    flat = sorted(
        p.name for p in (ROOT / "connectors").glob("*.py") if p.stem.startswith(("store", "upload_"))
    )
    assert flat == []


def package_inits() -> list[Path]:
    """Return every package's __init__.py outside the tests and the virtual environment."""
    # Hidden folders (.venv, .venv-ci, .git) hold installed or generated code, not Goalpost's packages.
    return sorted(
        p
        for p in ROOT.rglob("__init__.py")
        if "tests" not in p.relative_to(ROOT).parts
        and not any(part.startswith(".") for part in p.relative_to(ROOT).parts)
    )


@pytest.mark.parametrize("init", package_inits(), ids=lambda p: str(p.parent.relative_to(ROOT)))
def test_each_package_says_what_it_is_for_and_what_it_never_imports(init):
    docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    first_paragraph = docstring.split("\n\n")[0]
    assert first_paragraph, f"{init.relative_to(ROOT)} has no docstring"
    assert "never" in first_paragraph, f"{init.relative_to(ROOT)}: say what the package must never import"
