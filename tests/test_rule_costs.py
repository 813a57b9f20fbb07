"""scripts/rule_costs.py tells where a cold check's time goes: every per-file rule timed, the shares adding up.

It asserts what the table holds, never how fast anything is (speed is measured, not tested).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROW = re.compile(r"^([A-Z][A-Z0-9]*\d{3}) +\S+ +(\d+\.\d{3}) +(\d+\.\d)% +(\d+\.\d)%$")


def test_every_per_file_rule_is_timed_and_the_shares_add_up():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "rule_costs.py"), "--posts", "12", "--top", "1000", "--goal", "8", "--at", "10000"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("12 files: the check took ")
    rows = [ROW.match(line) for line in lines if ROW.match(line)]
    codes = [row.group(1) for row in rows]
    assert {"PHI003", "PHI011", "CH001"} <= set(codes) and len(codes) == len(set(codes))
    assert rows[-1].group(4) == "100.0"  # every rule listed: the running share ends at the whole
    assert abs(sum(float(row.group(3)) for row in rows) - 100) < 0.05 * len(rows)
    milliseconds = [float(row.group(2)) for row in rows]
    assert milliseconds == sorted(milliseconds, reverse=True)  # the costliest first
    assert lines[-1].startswith("A goal of 8 CPU-s for 10,000 files allows 0.80 ms a file for everything")
