"""What the whole-process benchmarks share: timing one fresh process, and putting a
section into benchmarks/RESULTS.md."""
from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def timed(cmd: list[str], *, cwd: Path | str, env: dict | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one fresh process running ``cmd``.

    The CPU time is the child's own (os.wait4), so it says what the work costs even
    on a shared machine, where the wall time also says how long it waited."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    error = proc.stderr.read().decode(errors="replace")[:400]
    proc.stderr.close()
    if code:
        raise SystemExit(f"{' '.join(map(str, cmd))} failed (exit {code}): {error}")
    return wall, usage.ru_utime + usage.ru_stime


def write_section(heading: str, text: str, path: Path = RESULTS) -> None:
    """Replace the section that starts with ``heading`` (up to the next ``## ``), or append it."""
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.M | re.S)
    if pattern.search(current):
        current = pattern.sub(lambda _: text + "\n", current)
    else:
        current = current.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(current, encoding="utf-8")
