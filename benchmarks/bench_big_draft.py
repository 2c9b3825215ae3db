#!/usr/bin/env python3
"""One enormous draft (issue 15): refused or loaded, within --timeout, with the writer small.

    python benchmarks/bench_big_draft.py [--indicators 250000] [--timeout 60] [-- extra ingest args]

Makes the seed draft with its first project grown to N indicator rows (250,000 is a
25 MB text file), runs `jixiao ingest` on it with the default limits, and samples the
writing (main) process's peak resident memory (VmHWM) while it runs.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_reliability_support import big_draft  # noqa: E402


def _peak_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM"))
    except (OSError, StopIteration):
        return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=250_000)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("extra", nargs="*", help="more `jixiao ingest` arguments (after --)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        draft = big_draft(Path(work) / "big.txt", args.indicators)
        command = [sys.executable, "-m", "jixiao.cli", "ingest", str(draft), "--db", f"sqlite:///{work}/a.db",
                   "--workers", "1", "--timeout", str(args.timeout), *args.extra]
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        started = time.monotonic()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _peak_kb(process.pid))
            time.sleep(0.1)
        out, err = process.communicate()
        elapsed = time.monotonic() - started
        size = draft.stat().st_size
    print(f"draft: {args.indicators:,} extra indicators, {size / 1e6:.1f} MB; --timeout {args.timeout:g}")
    print(f"exit {process.returncode} after {elapsed:.1f} s; writer peak RSS {peak / 1024:.0f} MB")
    print(err.strip().splitlines()[-1] if err.strip() else out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
