"""The dependency audit's rules (.ci/audit.py): a known vulnerability fails the run unless allow-listed with a reason."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("ci_audit", ROOT / ".ci" / "audit.py")
audit = importlib.util.module_from_spec(_spec)
sys.modules["ci_audit"] = audit  # dataclasses look their module up there
_spec.loader.exec_module(audit)

# The shape of pip-audit's JSON report (pip-audit -f json), trimmed to the fields the audit reads.
REPORT = {
    "dependencies": [
        {"name": "pandas", "version": "2.3.3", "vulns": []},
        {
            "name": "requests",
            "version": "2.5.0",
            "vulns": [{"id": "PYSEC-2018-28", "fix_versions": ["2.20.0"], "aliases": ["CVE-2018-18074"]}],
        },
    ],
    "fixes": [],
}


def test_a_known_vulnerability_fails_the_run_naming_the_package_and_the_fix():
    verdict = audit.judge(REPORT, {})
    assert not verdict.passed()
    assert verdict.failing == ["requests==2.5.0: PYSEC-2018-28 / CVE-2018-18074 (fixed in: 2.20.0)"]


@pytest.mark.parametrize("listed", ["PYSEC-2018-28", "CVE-2018-18074"])
def test_an_allow_listed_vulnerability_passes_by_its_id_or_an_alias(listed):
    allowed = audit.read_allow_list(f"# comment\n\n{listed}  only reached by the test tools (2026-12-07)\n")
    verdict = audit.judge(REPORT, allowed)
    assert verdict.passed() and verdict.allowed == [
        f"requests==2.5.0: {listed} allowed (only reached by the test tools (2026-12-07))"
    ]


def test_an_allowance_without_a_reason_is_refused():
    with pytest.raises(ValueError, match="needs a reason"):
        audit.read_allow_list("PYSEC-2018-28\n")


def test_an_allowance_no_longer_needed_is_named():
    verdict = audit.judge({"dependencies": [REPORT["dependencies"][0]]}, {"GHSA-xxxx": "old"})
    assert verdict.passed() and verdict.stale == ["GHSA-xxxx"]


def test_packages_that_could_not_be_checked_fail_unless_offline():
    report = {"dependencies": [{"name": "streamlit", "skip_reason": "Dependency not found on PyPI"}]}
    verdict = audit.judge(report, {})
    assert not verdict.passed() and verdict.passed(offline=True)


def test_ci_runs_the_audit_with_a_pinned_pip_audit_and_a_readable_allow_list():
    assert "make audit" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".ci/audit.py" in (ROOT / "Makefile").read_text(encoding="utf-8")
    pins = (ROOT / "requirements-ci.txt").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("pip-audit==") for line in pins)
    assert all("==" in line for line in pins if line and not line.startswith("#"))
    audit.read_allow_list((ROOT / ".ci" / "audit-allow.txt").read_text(encoding="utf-8"))
