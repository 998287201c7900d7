"""Dependency audit: pip-audit checks every pinned package against the known vulnerabilities.

    .venv-ci/bin/python .ci/audit.py            # what .ci/run does (pip-audit from requirements-ci.txt)

A known vulnerability fails the run unless its id (or one of its aliases, e.g. a CVE) is in
.ci/audit-allow.txt with a reason. A package the vulnerability service could not check (unreachable, or a
version it does not know) fails it too: an audit that checked nothing must not pass in silence. On a
machine without that service, GOALPOST_AUDIT_OFFLINE=1 turns this one case into a warning.

Standard library only, so that the allow-list rules can be tested without pip-audit (tests/test_ci_audit.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOW_LIST = ROOT / ".ci" / "audit-allow.txt"
REPORT = ROOT / ".ci" / "audit-report.json"
AUDITED = ("requirements.txt", "requirements-ci.txt")


@dataclass(frozen=True)
class Verdict:
    """What the audit found: vulnerabilities that fail the run, allowed ones, unchecked packages, stale allowances."""

    failing: list[str]
    allowed: list[str]
    unchecked: list[str]
    stale: list[str]

    def passed(self, *, offline: bool = False) -> bool:
        """Return True when nothing fails the run (unchecked packages count unless offline)."""
        return not self.failing and (offline or not self.unchecked)


def read_allow_list(text: str) -> dict[str, str]:
    """Return {vulnerability id: reason} from the allow-list; a line without a reason is refused."""
    allowed: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        vuln_id, _, reason = line.partition(" ")
        if not reason.strip():
            raise ValueError(f"{ALLOW_LIST.name} line {number}: “{vuln_id}” needs a reason after the id")
        allowed[vuln_id.strip()] = reason.strip()
    return allowed


def judge(report: dict, allowed: dict[str, str]) -> Verdict:
    """Return the verdict of a pip-audit JSON report against the allow-list."""
    failing, passing, unchecked, used = [], [], [], set()
    for dependency in report.get("dependencies", []):
        name = dependency["name"] + (f"=={dependency['version']}" if "version" in dependency else "")
        if "skip_reason" in dependency:
            unchecked.append(f"{name}: {dependency['skip_reason']}")
            continue
        for vuln in dependency.get("vulns", []):
            ids = [vuln["id"], *vuln.get("aliases", [])]
            hit = next((i for i in ids if i in allowed), None)
            fixes = ", ".join(vuln.get("fix_versions", [])) or "none yet"
            if hit is None:
                failing.append(f"{name}: {' / '.join(ids)} (fixed in: {fixes})")
            else:
                used.add(hit)
                passing.append(f"{name}: {hit} allowed ({allowed[hit]})")
    stale = sorted(set(allowed) - used)
    return Verdict(failing, passing, unchecked, stale)


def run_pip_audit() -> dict:
    """Return pip-audit's JSON report of the pinned requirement files (no resolving: every pin is exact)."""
    merged: dict = {"dependencies": [], "fixes": []}
    # One run per file: pip-audit refuses a package pinned in two files read together (certifi, requests).
    for name in AUDITED:
        command = [
            sys.executable,
            "-m",
            "pip_audit",
            "--no-deps",
            "--disable-pip",
            "--progress-spinner",
            "off",
        ]
        command += ["-r", str(ROOT / name), "-f", "json", "-o", str(REPORT)]
        REPORT.unlink(missing_ok=True)
        # pip-audit exits 1 when it finds a vulnerability; the report decides here, with the allow-list.
        finished = subprocess.run(command, capture_output=True, text=True)
        if not REPORT.exists() or finished.returncode not in (0, 1):
            sys.stderr.write(finished.stderr)
            raise SystemExit(f"pip-audit did not finish on {name} (exit {finished.returncode})")
        report = json.loads(REPORT.read_text(encoding="utf-8"))
        merged["dependencies"] += report.get("dependencies", [])
        merged["fixes"] += report.get("fixes", [])
    return merged


def main() -> int:
    """Print the audit's findings; exit 1 when a vulnerability is not allow-listed or nothing could be checked."""
    offline = os.environ.get("GOALPOST_AUDIT_OFFLINE") == "1"
    allowed = read_allow_list(ALLOW_LIST.read_text(encoding="utf-8"))
    report = run_pip_audit()
    verdict = judge(report, allowed)
    checked = len(report.get("dependencies", [])) - len(verdict.unchecked)
    print(f"dependency audit: {checked} packages checked, {len(verdict.unchecked)} not checked")
    for line in verdict.allowed:
        print(f"  allowed: {line}")
    for line in verdict.stale:
        print(f"  note: {line} is in {ALLOW_LIST.name} but no longer found; remove it")
    for line in verdict.failing:
        print(f"  VULNERABLE: {line}")
    if verdict.failing:
        print(f"Upgrade the pin to a fixed version, or add the id to .ci/{ALLOW_LIST.name} with a reason.")
    if verdict.unchecked:
        word = "warning" if offline else "FAIL"
        print(
            f"  {word}: {len(verdict.unchecked)} packages could not be checked, e.g. {verdict.unchecked[0]}"
        )
        print("  (is the vulnerability service reachable? GOALPOST_AUDIT_OFFLINE=1 makes this a warning)")
    return 0 if verdict.passed(offline=offline) else 1


if __name__ == "__main__":
    raise SystemExit(main())
