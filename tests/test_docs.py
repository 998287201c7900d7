"""Everything a user can pick is documented: a registered preset, command or metric missing from the README fails."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cli import build_parser
from connectors.readers import registered_presets
from metrics.semantics import BUILTIN_METRICS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def cli_commands() -> list[str]:
    """Return the names of cli.py's sub-commands."""
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(subparsers.choices)


@pytest.mark.parametrize("preset", [p.name for p in registered_presets()])
def test_every_preset_is_documented(preset):
    assert f"`{preset}`" in README


@pytest.mark.parametrize("command", cli_commands())
def test_every_cli_command_is_documented(command):
    assert f"`{command}`" in README


@pytest.mark.parametrize("metric", sorted(BUILTIN_METRICS))
def test_every_builtin_metric_is_documented(metric):
    assert f"`{metric}`" in README


def test_first_screen_gives_the_two_commands():
    first_screen = "\n".join(README.splitlines()[:20])
    commands = re.findall(r"^make (\w+)", first_screen, flags=re.M)
    assert commands == ["run", "test"]


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci.splitlines()[-1]
