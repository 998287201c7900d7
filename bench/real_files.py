"""The share of real export files (tests/files/real) that Goalpost reads right, or refuses clearly.

    .venv/bin/python bench/real_files.py            # one line per file, then the shares
    .venv/bin/python bench/real_files.py --failed   # only the files not read right

"Read right": the file's preset is the expected one and every month value equals the one computed
without Goalpost (tests/files/real/expected_values.py). A file with no preset counts as right when it is
refused with a message holding the expected words. A wrong number is counted apart: it is the worst case.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from connectors.readers import read_upload  # noqa: E402
from metrics.errors import UploadError  # noqa: E402
from metrics.monthly import month_values  # noqa: E402

CORPUS = ROOT / "tests" / "files" / "real"


@dataclass(frozen=True)
class Verdict:
    """How one real file fared: right, refused when it should be read, wrong numbers, or a wrong refusal."""

    file: str
    outcome: str  # right | refused | wrong | misread
    detail: str = ""


def cases() -> list[dict]:
    """Return every case of expected.json (one per real file)."""
    return json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def month_table(parsed) -> dict[tuple[str, str, str, str], float]:
    """Return {(month, channel, audience, metric): value} of a parsed upload."""
    months = month_values(parsed.observations)
    return {(r.month, r.channel, r.audience, r.metric): r.value for r in months.itertuples(index=False)}


def judge(case: dict) -> Verdict:
    """Return the verdict for one case: read it as a user would, compare with the expected values."""
    name = case["file"]
    args = dict(case["read"])
    if "today" in args:
        args["today"] = date.fromisoformat(args["today"])
    path = CORPUS / name
    try:
        with path.open("rb") as handle:
            parsed = read_upload(handle, path.name, **args)
    except UploadError as error:
        if case["outcome"] == "read":
            return Verdict(name, "refused", str(error))
        missing = [w for w in case["message_contains"] if w.lower() not in str(error).lower()]
        if missing:
            return Verdict(name, "misread", f"refused, but the message lacks {missing}: {error}")
        return Verdict(name, "right")
    if case["outcome"] == "refused":
        return Verdict(name, "wrong", f"read as {parsed.preset} although it should be refused")
    if parsed.preset != case["preset"]:
        return Verdict(name, "wrong", f"read by {parsed.preset}, expected {case['preset']}")
    got = month_table(parsed)
    wanted = {(m["month"], m["channel"], m["audience"], m["metric"]): m["value"] for m in case["months"]}
    problems = [f"missing {k}" for k in sorted(set(wanted) - set(got))]
    problems += [f"unexpected {k}={got[k]:g}" for k in sorted(set(got) - set(wanted))]
    problems += [
        f"{k}: {got[k]:g} != {v:g}"
        for k, v in sorted(wanted.items())
        if k in got and not math.isclose(got[k], v, rel_tol=1e-9, abs_tol=1e-9)
    ]
    notes = " ".join(str(n) for n in parsed.notes).lower()
    problems += [f"no note saying {w!r}" for w in case["notes_contain"] if w.lower() not in notes]
    if problems:
        return Verdict(name, "wrong", "; ".join(problems[:6]) + (" ..." if len(problems) > 6 else ""))
    return Verdict(name, "right")


def main() -> int:
    """Print one line per real file and the share read right; exit 1 when any file is not right."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failed", action="store_true", help="list only the files not read right")
    options = parser.parse_args()
    verdicts = [(case, judge(case)) for case in cases()]
    for case, verdict in verdicts:
        if options.failed and verdict.outcome == "right":
            continue
        print(f"{verdict.outcome:8} {case['outcome']:8} {verdict.file}  {verdict.detail[:300]}")
    supported = [v for c, v in verdicts if c["outcome"] == "read"]
    unsupported = [v for c, v in verdicts if c["outcome"] == "refused"]
    right = sum(v.outcome == "right" for _, v in verdicts)
    print()
    print(f"real files read right: {right}/{len(verdicts)} = {100 * right / len(verdicts):.0f} %")
    print(
        f"  supported kinds read right: {sum(v.outcome == 'right' for v in supported)}/{len(supported)}; "
        f"unsupported refused clearly: {sum(v.outcome == 'right' for v in unsupported)}/{len(unsupported)}"
    )
    print(
        f"  wrong numbers or a wrong preset (the worst case): {sum(v.outcome == 'wrong' for _, v in verdicts)}"
    )
    return 0 if right == len(verdicts) else 1


if __name__ == "__main__":
    raise SystemExit(main())
