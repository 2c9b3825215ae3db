#!/usr/bin/env python3
"""What a `jixiao` process costs before and around the work (issues 17 and 19), side by side
in one run with the bare library scripts and, optionally, a baseline checkout.

Every figure is a whole fresh process (interpreter start, imports, work, exit) measured from
outside: wall time and the child's CPU time (user + system).  All commands, of both checkouts,
alternate run by run, so a change in the machine's load hits them alike; the tables give
medians.  Bytecode is cached as for an installed package (PYTHONPYCACHEPREFIX in a temporary
folder, one per checkout: the checkouts themselves are not written to), and one warm-up run of
every command comes first.

Measured: Python start-up alone; `import jixiao.extract`; importing the interpreter and checks;
`jixiao --help`; `jixiao extract` on the seed as .txt, .lo.pdf, .rl.pdf, .docx, .xlsx (the seed
record as a workbook, as bench_office.py makes it) and on a one-page draft (the first page of
seed.rl.pdf that is a draft by itself); beside them the bare pdfplumber script
(``extract_tables()`` + ``extract_text()`` on every page), importing pdfplumber + pypdfium2,
and bare python-docx / openpyxl scripts (import and open the file).  F1 of each extraction
against the seed's hand-checked gold is checked for both checkouts.

usage: python benchmarks/bench_fixed_cost.py [--baseline /work/main] [--runs 9] [--write]
  --baseline DIR   another checkout with its own .venv (e.g. main's) measured in the same run
  --write          put the section into benchmarks/RESULTS.md
"""
from __future__ import annotations

import argparse
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
HEADING = "## Fixed costs of a process (issues 17 and 19)"
DRAFTS = ROOT / "samples" / "drafts"

BARE_PDF = """
import sys, pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_tables()
        page.extract_text()
"""
BARE_DOCX = "import sys, docx; docx.Document(sys.argv[1])"
BARE_XLSX = "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1], data_only=True)"
PDF_LIBS = "import pdfplumber, pypdfium2"


class Checkout:
    def __init__(self, label: str, root: Path, cache: Path):
        self.label, self.root = label, root
        venv = root / ".venv" / "bin"
        self.python = str(venv / "python") if (venv / "python").exists() else sys.executable
        self.jixiao = [str(venv / "jixiao")] if (venv / "jixiao").exists() else [self.python, "-m", "jixiao.cli"]
        self.env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.env["PYTHONPYCACHEPREFIX"] = str(cache / f"pyc-{label}")

    def commit(self) -> str:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=self.root, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=self.root,
                               capture_output=True, text=True).stdout.strip()
        return out.stdout.strip() + (" (uncommitted changes)" if dirty else "")


# Every process runs in the run's own temporary folder: in a checkout, `python -c` would
# import that checkout's jixiao/ folder (the current directory comes first on sys.path)
# whichever venv's python runs it.
CWD = ROOT


def one_page_draft(tmp: Path, checkout: Checkout) -> Path:
    """The first page of seed.rl.pdf that `jixiao extract` takes as a draft by itself."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(DRAFTS / "seed.rl.pdf")
    out = tmp / "one_page.pdf"
    for page in reader.pages:
        writer = PdfWriter()
        writer.add_page(page)
        with out.open("wb") as fh:
            writer.write(fh)
        if subprocess.run([*checkout.jixiao, "extract", str(out)], env=checkout.env, cwd=CWD,
                          capture_output=True).returncode == 0:
            return out
    raise SystemExit("no page of seed.rl.pdf is a draft by itself")


def seed_archive(tmp: Path, checkout: Checkout) -> Path:
    """An archive holding the seed, for `jixiao search` (both checkouts read the same schema)."""
    archive = tmp / "archive.db"
    subprocess.run([*checkout.jixiao, "ingest", str(DRAFTS / "seed.txt"), "--db", f"sqlite:///{archive}"],
                   env=checkout.env, cwd=CWD, capture_output=True, check=True)
    return archive


def commands(checkouts: list[Checkout], files: dict[str, Path]) -> dict[tuple[str, str], list[str]]:
    """(row, column) -> command line; column is a checkout's label or 'bare'."""
    this = checkouts[-1]
    out: dict[tuple[str, str], list[str]] = {}
    for c in checkouts:
        out[("python start-up (`python -c pass`)", c.label)] = [c.python, "-c", "pass"]
        out[("`import jixiao.extract`", c.label)] = [c.python, "-c", "import jixiao.extract"]
        out[("import the interpreter and checks", c.label)] = [
            c.python, "-c", "import jixiao.extract.interpret, jixiao.extract.checks"]
        out[("`jixiao --help`", c.label)] = [*c.jixiao, "--help"]
        for name, path in files.items():
            if name != "archive":
                out[(f"`jixiao extract {name}`", c.label)] = [*c.jixiao, "extract", str(path)]
        if "archive" in files:
            out[("`jixiao search 群众满意度` (an archive of the seed)", c.label)] = [
                *c.jixiao, "search", "群众满意度", "--db", f"sqlite:///{files['archive']}"]
    out[("bare pdfplumber script: seed.lo.pdf", "bare")] = [this.python, "-c", BARE_PDF, str(files["seed.lo.pdf"])]
    out[("bare pdfplumber script: seed.rl.pdf", "bare")] = [this.python, "-c", BARE_PDF, str(files["seed.rl.pdf"])]
    out[("bare pdfplumber script: one-page.pdf", "bare")] = [this.python, "-c", BARE_PDF, str(files["one-page.pdf"])]
    out[("import pdfplumber + pypdfium2", "bare")] = [this.python, "-c", PDF_LIBS]
    out[("bare python-docx: import + open seed.docx", "bare")] = [this.python, "-c", BARE_DOCX, str(files["seed.docx"])]
    out[("bare openpyxl: import + open seed.xlsx", "bare")] = [this.python, "-c", BARE_XLSX, str(files["seed.xlsx"])]
    return out


def measure(cmds: dict, envs: dict[str, dict], runs: int) -> dict:
    env_of = lambda col: envs.get(col, envs["bare"])  # noqa: E731
    for (row, col), cmd in cmds.items():  # warm-up: bytecode caches, the page cache
        timed(cmd, cwd=CWD, env=env_of(col))
    samples: dict = {key: [] for key in cmds}
    for _ in range(runs):
        for key, cmd in cmds.items():
            samples[key].append(timed(cmd, cwd=CWD, env=env_of(key[1])))
    return {key: {"wall": statistics.median(w for w, _ in v), "cpu": statistics.median(c for _, c in v),
                  "wall_min": min(w for w, _ in v)} for key, v in samples.items()}


def f1_scores(checkouts: list[Checkout], files: dict[str, Path]) -> dict[str, dict[str, float]]:
    from tests.helpers import f1

    gold = json.loads((ROOT / "samples" / "expected" / "seed.gold.json").read_text(encoding="utf-8"))
    out: dict[str, dict[str, float]] = {}
    for c in checkouts:
        for name, path in files.items():
            if name in ("one-page.pdf", "archive"):
                continue
            done = subprocess.run([*c.jixiao, "extract", str(path)], env=c.env, cwd=CWD, capture_output=True, text=True,
                                  check=True)
            out.setdefault(c.label, {})[name] = f1(gold, json.loads(done.stdout))[0]
    return out


def seed_xlsx(tmp: Path) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_office

    return bench_office.seed_size_xlsx(tmp)


def report(res: dict) -> str:
    labels, t = res["labels"], res["times"]
    two = len(labels) == 2
    ms = lambda s: f"{s * 1000:.0f}"  # noqa: E731
    ours = list(dict.fromkeys(row for row, col in t if col != "bare"))
    bare = [row for row, col in t if col == "bare"]
    lines = [HEADING, "",
             f"`python benchmarks/bench_fixed_cost.py --runs {res['runs']}"
             + (f" --baseline {res['baseline_root']}`" if two else "`")
             + f" on {res['when']}, {os.cpu_count()} cores; load average {res['load_before']:.1f} at the start and "
             f"{res['load_after']:.1f} at the end (other sessions share the machine). Checkouts: "
             + ", ".join(f"**{lb}** {res['commits'][lb]}" for lb in labels)
             + f". Every command below, of both checkouts and the bare scripts, ran {res['runs']} times, alternated "
             "run by run, after one warm-up run each; medians of the whole process's wall time and CPU time (user + "
             "system), bytecode cached as for an installed package.", "",
             "| whole process | " + " | ".join(f"{lb} wall ms | {lb} CPU ms" for lb in labels)
             + (" | this / baseline, wall (CPU) |" if two else " |"),
             "|---|" + "---:|" * (2 * len(labels) + two)]
    for row in ours:
        line = f"| {row} | " + " | ".join(f"{ms(t[(row, lb)]['wall'])} | {ms(t[(row, lb)]['cpu'])}" for lb in labels) + " |"
        if two:
            a, b = t[(row, labels[1])], t[(row, labels[0])]
            line += f" {a['wall'] / b['wall']:.2f} ({a['cpu'] / b['cpu']:.2f}) |"
        lines.append(line)
    lines += ["", "| bare script, whole process | wall ms | CPU ms |", "|---|---:|---:|"]
    lines += [f"| {row} | {ms(t[(row, 'bare')]['wall'])} | {ms(t[(row, 'bare')]['cpu'])} |" for row in bare]

    def ratio(row: str, ref: str, lb: str) -> str:
        a, b = t[(row, lb)], t[(ref, "bare")]
        return f"{a['wall'] / b['wall']:.2f} ({a['cpu'] / b['cpu']:.2f})"

    lines += ["", "| measure | " + " | ".join(labels) + " | target |", "|---|" + "---:|" * len(labels) + "---|"]
    for pdf in ("seed.lo.pdf", "seed.rl.pdf", "one-page.pdf"):
        lines.append(f"| `jixiao extract {pdf}` / bare pdfplumber script, wall (CPU) | "
                     + " | ".join(ratio(f"`jixiao extract {pdf}`", f"bare pdfplumber script: {pdf}", lb) for lb in labels)
                     + (" | ≤ 0.8 |" if pdf != "one-page.pdf" else " | |"))
    lines.append("| `jixiao extract seed.docx` / bare python-docx, wall (CPU) | " + " | ".join(
        ratio("`jixiao extract seed.docx`", "bare python-docx: import + open seed.docx", lb) for lb in labels) + " | |")
    lines.append("| `jixiao extract seed.xlsx` / bare openpyxl, wall (CPU) | " + " | ".join(
        ratio("`jixiao extract seed.xlsx`", "bare openpyxl: import + open seed.xlsx", lb) for lb in labels) + " | |")
    floor = t[("import pdfplumber + pypdfium2", "bare")]
    lines.append("| `jixiao extract one-page.pdf` beyond a process that only imports pdfplumber + pypdfium2, "
                 "wall (CPU) | " + " | ".join(
                     f"{ms(t[('`jixiao extract one-page.pdf`', lb)]['wall'] - floor['wall'])} ms "
                     f"({ms(t[('`jixiao extract one-page.pdf`', lb)]['cpu'] - floor['cpu'])} ms)" for lb in labels)
                 + " | little |")
    for name in ("seed.docx", "seed.xlsx"):
        lines.append(f"| `jixiao extract {name}`, wall (CPU) | " + " | ".join(
            f"{t[(f'`jixiao extract {name}`', lb)]['wall']:.3f} s ({t[(f'`jixiao extract {name}`', lb)]['cpu']:.3f} s)"
            for lb in labels) + " | < 0.3 s |")
    lines += ["", "F1 against the seed's hand-checked gold (tests/helpers.f1): " + "; ".join(
        f"{lb}: " + ", ".join(f"{k} {v:.3f}" for k, v in res["f1"][lb].items()) for lb in labels) + ".", ""]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline", type=Path, help="a checkout with its own .venv to measure beside this one")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    global CWD
    tmp = Path(tempfile.mkdtemp(prefix="jixiao-bench-fixed-"))
    CWD = tmp
    try:
        checkouts = ([Checkout("baseline", args.baseline.resolve(), tmp)] if args.baseline else []) + [
            Checkout("this", ROOT, tmp)]
        files = {"seed.txt": DRAFTS / "seed.txt", "seed.lo.pdf": DRAFTS / "seed.lo.pdf",
                 "seed.rl.pdf": DRAFTS / "seed.rl.pdf", "seed.docx": DRAFTS / "seed.docx",
                 "seed.xlsx": seed_xlsx(tmp), "one-page.pdf": one_page_draft(tmp, checkouts[-1]),
                 "archive": seed_archive(tmp, checkouts[-1])}
        envs = {c.label: c.env for c in checkouts}
        envs["bare"] = checkouts[-1].env
        load_before = os.getloadavg()[0]
        res = {"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "runs": args.runs,
               "labels": [c.label for c in checkouts], "commits": {c.label: c.commit() for c in checkouts},
               "baseline_root": str(args.baseline) if args.baseline else None, "load_before": load_before,
               "times": measure(commands(checkouts, files), envs, args.runs)}
        res["f1"] = f1_scores(checkouts, files)
        res["load_after"] = os.getloadavg()[0]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = report(res)
    print(text)
    if args.write:
        write_section(HEADING, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
