#!/usr/bin/env python3
"""Word and Excel drafts: whole-process extraction time against a bare library load.

Target (issue 19): a .docx or .xlsx of seed size extracts in under 0.3 s as a
whole process (``jixiao extract FILE > /dev/null``).  Beside each figure, from
the same run and alternated with it, the floor any reader built on the same
library pays: a Python process that only imports python-docx / openpyxl and
opens the file (the readers no longer use either: they read the parts with
zipfile + lxml, extract/office/package.py).  Also measured, in one process:
the reader alone, the whole extraction, and what python-docx's open and
openpyxl's full and read-only loads cost on the same files.

usage: python benchmarks/bench_office.py [--runs 15] [--write]
  --write   put the section "Word and Excel drafts (issue 19)" into benchmarks/RESULTS.md
"""
from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.process_timing import timed, write_section  # noqa: E402
HEADING = "## Word and Excel drafts (issue 19)"
PY = sys.executable

BARE = {
    "docx": "import sys, docx; docx.Document(sys.argv[1])",
    "xlsx": "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1], data_only=True)",
}


def _jixiao(path: Path) -> list[str]:
    return [PY, "-m", "jixiao.cli", "extract", str(path)]


def _timed(cmd: list[str]) -> float:
    return _timed_cpu(cmd)[0]


# As an installed package runs: with its bytecode cached (pip compiles it at install time).
# Under PYTHONDONTWRITEBYTECODE (set in some shells and in the test suite) an editable
# checkout would compile every module of ours from source in every process: ~0.1 s more.
# The cache goes to a private folder so the checkout stays clean.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "jixiao-bench-office-pyc")


# What an editable checkout gives under PYTHONDONTWRITEBYTECODE: our modules compiled from
# source in every process (the figures of earlier runs were taken this way).
UNCACHED = {**ENV, "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "jixiao-bench-office-nopyc")}


def _timed_cpu(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """Wall time, and the CPU time (user + system) the process used: on a shared
    machine the CPU time says what the work costs, the wall time also how long it waited."""
    return timed(cmd, cwd=ROOT, env=env or ENV)


def whole_process(pairs: dict[str, list[str]], runs: int) -> dict[str, dict]:
    """Every command ``runs`` times, alternated so load changes hit them alike."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in pairs}
    for name, cmd in pairs.items():  # warm the page cache and .pyc files
        _timed_cpu(*_with_env(cmd))
    for _ in range(runs):
        for name, cmd in pairs.items():
            times[name].append(_timed_cpu(*_with_env(cmd)))
    return {name: {"median": statistics.median(w for w, _ in v), "min": min(w for w, _ in v),
                   "cpu": statistics.median(c for _, c in v), "cpu_min": min(c for _, c in v)}
            for name, v in times.items()}


def _with_env(cmd) -> tuple[list[str], dict | None]:
    """A command, or (command, environment)."""
    return cmd if isinstance(cmd, tuple) else (cmd, None)


def _best(fn, n: int) -> float:
    """Median CPU time of ``fn`` in this process: on a shared machine the wall clock mostly measures the neighbours."""
    fn()
    out = []
    for _ in range(n):
        t = time.process_time()
        fn()
        out.append(time.process_time() - t)
    return statistics.median(out)


def in_process(docx_path: Path, xlsx_path: Path, n: int) -> dict[str, float]:
    import docx
    import openpyxl

    from jixiao.extract import extract_bytes
    from jixiao.extract.office import excel, word

    d, x = docx_path.read_bytes(), xlsx_path.read_bytes()

    def read_only():
        wb = openpyxl.load_workbook(io.BytesIO(x), read_only=True, data_only=True)
        for ws in wb.worksheets:
            for _ in ws.iter_rows():
                pass
        wb.close()

    return {
        "docx: python-docx open": _best(lambda: docx.Document(io.BytesIO(d)), n),
        "docx: reader (blocks)": _best(lambda: word.read(d), n),
        "docx: whole extraction": _best(lambda: extract_bytes(d, str(docx_path)), n),
        "xlsx: openpyxl full load": _best(lambda: openpyxl.load_workbook(io.BytesIO(x), data_only=True), n),
        "xlsx: openpyxl read-only, every row": _best(read_only, n),
        "xlsx: reader (sheets)": _best(lambda: excel.read(x), n),
        "xlsx: whole extraction": _best(lambda: extract_bytes(x, str(xlsx_path)), n),
    }


def legacy(docx_path: Path, xlsx_path: Path, tmp: Path) -> dict[str, float]:
    from jixiao.extract.office import libreoffice

    exe = libreoffice.program()
    if exe is None:
        return {}
    out = {}
    profile = (tmp / "profile").as_uri()
    for source, kind in ((docx_path, "doc"), (xlsx_path, "xls")):
        subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", kind, "--outdir", str(tmp),
                        str(source)], check=True, capture_output=True, timeout=300)
        target = tmp / f"{source.stem}.{kind}"
        out[f".{kind}"] = min(_timed(_jixiao(target)) for _ in range(2))
    return out


def seed_size_xlsx(tmp: Path) -> Path:
    """The seed record (8 projects, 61 indicators) as a workbook, as make_office renders it."""
    sys.path.insert(0, str(ROOT / "samples" / "office"))
    import make_office

    out = tmp / "seed.xlsx"
    make_office.render_xlsx(json.loads((ROOT / "samples/expected/seed.gold.json").read_text(encoding="utf-8")), out)
    return out


def report(results: dict) -> str:
    wp, ip, lg = results["whole"], results["in_process"], results["legacy"]
    ms = lambda s: f"{s * 1000:.0f}"  # noqa: E731
    lines = [HEADING, "",
             f"Run {results['when']} on {os.cpu_count()} cores, load average {results['load_before']:.1f} before and "
             f"{results['load_after']:.1f} after, {results['runs']} alternated runs each, "
             "wall and CPU (user + system) time of the whole process, bytecode cached as for an installed package.", "",
             "| whole process | wall median ms | wall min ms | CPU median ms | CPU min ms |", "|---|---:|---:|---:|---:|"]
    for name, v in wp.items():
        lines.append(f"| {name} | {ms(v['median'])} | {ms(v['min'])} | {ms(v['cpu'])} | {ms(v['cpu_min'])} |")
    lines += ["", "In one process (median CPU ms, imports excluded):", "", "| step | ms |", "|---|---:|"]
    lines += [f"| {name} | {v * 1000:.1f} |" for name, v in ip.items()]
    if lg:
        lines += ["", "Legacy files, whole process (best of 2): " + ", ".join(
            f"{k} {v:.2f} s" for k, v in lg.items()) + " (.doc includes a LibreOffice conversion with a fresh profile; "
            ".xls is read by xlrd without LibreOffice)."]
    lines += ["", "Target: a seed-size .docx or .xlsx under 0.3 s as a whole process. The bare rows are the floor "
              "of any reader built on python-docx or openpyxl (interpreter start, library import, opening the file); "
              "`jixiao extract seed.txt` shows what the CLI and the interpreter cost without any Word/Excel library.", ""]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="jixiao-bench-office-"))
    try:
        docx_path = ROOT / "samples" / "drafts" / "seed.docx"
        xlsx_path = seed_size_xlsx(tmp)
        load_before = os.getloadavg()[0]
        pairs = {
            "`jixiao extract seed.docx`": _jixiao(docx_path),
            "bare python-docx: import + open seed.docx": [PY, "-c", BARE["docx"], str(docx_path)],
            "`jixiao extract seed.docx`, our modules compiled from source (PYTHONDONTWRITEBYTECODE, no cache)":
                (_jixiao(docx_path), UNCACHED),
            "`jixiao extract seed.xlsx` (seed record as a workbook)": _jixiao(xlsx_path),
            "bare openpyxl: import + open seed.xlsx": [PY, "-c", BARE["xlsx"], str(xlsx_path)],
            "`jixiao extract seed.txt` (reference: no Office library)": _jixiao(ROOT / "samples" / "drafts" / "seed.txt"),
        }
        results = {
            "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "runs": args.runs,
            "load_before": load_before,
            "whole": whole_process(pairs, args.runs),
            "in_process": in_process(docx_path, xlsx_path, max(args.runs, 10)),
            "legacy": legacy(docx_path, xlsx_path, tmp),
            "load_after": os.getloadavg()[0],
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = report(results)
    print(text)
    if args.write:
        write_section(HEADING, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
