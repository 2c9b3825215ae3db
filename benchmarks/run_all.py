#!/usr/bin/env python3
"""Every scale benchmark of issue 9 in one run; writes benchmarks/RESULTS.md.

    python benchmarks/run_all.py            # what `make bench` runs (~10 min on 2 cores)
    python benchmarks/run_all.py --quick    # a smaller run (~3 min): 200 drafts, fewer repeats
    python benchmarks/run_all.py --report-from results.json   # re-render a --json dump

Measures, on this machine and in this run:

0. ``jixiao --help`` start-up (whole process, median).                       target < 0.3 s
a. PDF extraction pages/s on samples/drafts/*.pdf: ``jixiao extract FILE > /dev/null``
   against a bare pdfplumber script (``extract_tables()`` + ``extract_text()`` on every
   page), whole process against whole process, runs alternated, medians; camelot
   lattice (``jixiao extract --tables camelot`` and camelot's own ``read_pdf``) beside.
                                                                               target ratio <= 1.5
b. text drafts/s, extract only, one process (the samples and the corpus's text drafts).
c. rows/s written by the writer (``load.write.write_batch`` of prepared rows) into SQLite and PostgreSQL (a private
   throwaway cluster from tests/pg.py), counted in the database afterwards.
d. the generated corpus (benchmarks/corpus.py, cached in benchmarks/.corpus/) ingested
   end to end through ``jixiao ingest DIR --db sqlite:///... --workers N`` with 1 and 2
   workers: wall time, speed-up, peak memory of the whole process tree (RSS and PSS of
   the ingest process and all its descendants, sampled every 0.1 s).
                                                                               targets speed-up >= 1.7, peak RSS < 500 MB
e. Word and Excel drafts (benchmarks/bench_office.py) and the fixed costs of a process
   (benchmarks/bench_fixed_cost.py: start-up, imports, one-page and seed drafts in every
   format beside the bare library scripts; ``--baseline DIR`` measures another checkout
   in the same run): each writes its own section.
The machine (CPU, cores, RAM, versions) and its load during every part are recorded,
because the figures mean little without them.  Sections of RESULTS.md that this run does
not write (OCR, concurrent ingests…) are kept.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
DRAFTS = ROOT / "samples" / "drafts"
PY = sys.executable
JIXIAO = str(Path(sys.executable).with_name("jixiao"))
sys.path[:0] = [str(ROOT), str(BENCH)]

TARGET_STARTUP = 0.3
TARGET_PDF_RATIO = 1.5
TARGET_SPEEDUP = 1.7
TARGET_RSS_MB = 500

BARE_PDFPLUMBER = """
import sys, pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.extract_text()
"""
BARE_CAMELOT = """
import sys, warnings
warnings.simplefilter("ignore")
import camelot
for path in sys.argv[1:]:
    camelot.read_pdf(path, pages="all", flavor="lattice")
"""
# One process, warm: extract every file given, print JSON timings.
IN_PROCESS = """
import json, sys, time
from jixiao.extract import extract_file
paths = sys.argv[1:]
extract_file(paths[0])  # imports and caches
t0, c0 = time.perf_counter(), time.process_time()
fails = 0
for p in paths:
    try:
        extract_file(p)
    except Exception:
        fails += 1
print(json.dumps({"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0, "n": len(paths), "failed": fails}))
"""


# ---------------------------------------------------------------- machine and load
def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def mem_total_gb() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return float("nan")


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def cpu_busy() -> tuple[float, float]:
    """(busy, total) seconds of all CPUs since boot, from /proc/stat."""
    f = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    hz = os.sysconf("SC_CLK_TCK")
    idle = f[3] + (f[4] if len(f) > 4 else 0)
    return (sum(f[:8]) - idle) / hz, sum(f[:8]) / hz


class LoadWatch:
    """What else ran on the machine while a part of the benchmark ran.

    ``other`` is the CPU-seconds per second (in cores) used by processes that are
    not ours: the machine's busy time minus our own children's CPU time."""

    def __enter__(self):
        self.load0 = loadavg()
        self.busy0, _ = cpu_busy()
        self.ru0 = os.times()
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.t0
        busy1, _ = cpu_busy()
        ru1 = os.times()
        ours = (ru1.children_user - self.ru0.children_user + ru1.children_system - self.ru0.children_system
                + ru1.user - self.ru0.user + ru1.system - self.ru0.system)
        self.busy = busy1 - self.busy0
        self.ours = ours
        self.other_cores = max(0.0, (self.busy - ours) / self.wall) if self.wall else 0.0
        self.load1 = loadavg()
        return False

    def note(self) -> str:
        return (f"load average {self.load0} → {self.load1}; other processes used "
                f"{self.other_cores:.2f} cores on average")


def versions() -> dict[str, str]:
    out = {"Python": platform.python_version()}
    for dist in ["jixiao", "pdfplumber", "pdfminer.six", "pypdfium2", "camelot-py", "opencv-python-headless",
                 "SQLAlchemy", "alembic", "psycopg", "regex", "pandas", "reportlab"]:
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    try:
        import tests.pg as pg

        line = subprocess.run([str(pg.find_bindir() / "postgres"), "--version"], capture_output=True, text=True).stdout
        found = re.search(r"\d+(\.\d+)+", line)
        out["PostgreSQL"] = found.group(0) if found else line.strip()
    except Exception:  # noqa: BLE001
        out["PostgreSQL"] = "not found"
    return out


# ---------------------------------------------------------------- helpers
def timed(cmd: list[str], stdout=subprocess.DEVNULL) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=stdout, stderr=subprocess.PIPE)
    return time.perf_counter() - t


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def log(msg: str) -> None:
    print(msg, flush=True)


# ---------------------------------------------------------------- 0. start-up
def bench_startup(runs: int) -> dict:
    timed([JIXIAO, "--help"])
    times = [timed([JIXIAO, "--help"]) for _ in range(runs)]
    bare = [timed([PY, "-c", "pass"]) for _ in range(runs)]
    return {"median": statistics.median(times), "min": min(times), "python_bare": statistics.median(bare), "runs": runs}


# ---------------------------------------------------------------- a. PDF
def bench_pdf(runs: int, camelot_runs: int, camelot_bare: bool) -> dict:
    bare_script = Path(tempfile.mkdtemp(prefix="jixiao-bench-")) / "bare.py"
    bare_script.write_text(BARE_PDFPLUMBER)
    cam_script = bare_script.with_name("bare_camelot.py")
    cam_script.write_text(BARE_CAMELOT)
    rows = []
    seeds = [DRAFTS / "seed.lo.pdf", DRAFTS / "seed.rl.pdf"]
    pdfs = [p for p in seeds if p.exists()] + [p for p in sorted(DRAFTS.glob("*.pdf")) if p not in seeds]
    for path in pdfs:
        n = pdf_pages(path)
        ours_cmd = [JIXIAO, "extract", str(path)]
        bare_cmd = [PY, str(bare_script), str(path)]
        timed(bare_cmd), timed(ours_cmd)  # warm the file cache
        bare, ours = [], []
        for _ in range(runs):  # alternated, so that load from elsewhere hits both alike
            bare.append(timed(bare_cmd))
            ours.append(timed(ours_cmd))
        row = {"pdf": path.name, "pages": n, "bare": statistics.median(bare), "ours": statistics.median(ours)}
        row["ratio"] = row["ours"] / row["bare"]
        row["pair_ratios"] = [o / b for o, b in zip(ours, bare)]
        if camelot_runs:
            row["camelot"] = statistics.median(
                timed([JIXIAO, "extract", "--tables", "camelot", str(path)]) for _ in range(camelot_runs))
            if camelot_bare:
                row["camelot_bare"] = statistics.median(timed([PY, str(cam_script), str(path)]) for _ in range(camelot_runs))
        log(f"  {path.name}: {n} pages, bare {row['bare']:.2f} s, jixiao {row['ours']:.2f} s, ratio {row['ratio']:.2f}"
            + (f", camelot {row['camelot']:.2f} s" if "camelot" in row else ""))
        rows.append(row)
    # Warm, in one process: the throughput a long-running worker sees.
    warm = []
    for _ in range(max(1, runs // 2)):
        out = subprocess.run([PY, "-c", IN_PROCESS, *map(str, pdfs)], check=True, cwd=ROOT, capture_output=True, text=True)
        warm.append(json.loads(out.stdout.strip().splitlines()[-1]))
    shutil.rmtree(bare_script.parent, ignore_errors=True)
    pages = sum(r["pages"] for r in rows)
    return {
        "rows": rows, "pages": pages,
        "median_ratio": statistics.median(r["ratio"] for r in rows),
        "max_ratio": max(r["ratio"] for r in rows),
        "overall_ratio": sum(r["ours"] for r in rows) / sum(r["bare"] for r in rows),
        "pages_per_s_ours": pages / sum(r["ours"] for r in rows),
        "pages_per_s_bare": pages / sum(r["bare"] for r in rows),
        "pages_per_s_camelot": pages / sum(r["camelot"] for r in rows) if camelot_runs else None,
        "pages_per_s_camelot_bare": pages / sum(r["camelot_bare"] for r in rows) if camelot_bare and camelot_runs else None,
        "warm_pages_per_s": pages / statistics.median(w["wall"] for w in warm),
        "runs": runs, "camelot_runs": camelot_runs,
    }


# ---------------------------------------------------------------- b. text
def bench_text(corpus: Path, runs: int) -> dict:
    samples = sorted(p for p in DRAFTS.iterdir() if p.suffix in (".txt", ".md", ".html"))
    manifest = json.loads((corpus / "MANIFEST.json").read_text(encoding="utf-8"))
    texts = [str(corpus / f["path"]) for f in manifest["files"] if f["format"] != "pdf"]

    def run(paths: list[str], repeat: int) -> dict:
        results = []
        for _ in range(repeat):
            out = subprocess.run([PY, "-c", IN_PROCESS, *paths], check=True, cwd=ROOT, capture_output=True, text=True)
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        best = sorted(results, key=lambda r: r["wall"])[len(results) // 2]
        return {**best, "per_s": best["n"] / best["wall"], "ms": best["wall"] / best["n"] * 1000}

    sample_paths = [str(p) for p in samples] * 20
    return {"samples": run(sample_paths, runs), "sample_files": len(samples),
            "corpus": run(texts, max(1, runs // 2)), "corpus_files": len(texts)}


# ---------------------------------------------------------------- c. rows/s
TABLES = ["documents", "toc_entries", "sections", "projects", "spending_milestones", "project_goals",
          "indicators", "extraction_issues"]


def count_rows(engine) -> int:
    from sqlalchemy import inspect, text

    try:
        from jixiao.load.fts import is_index_table
    except ImportError:  # an archive without the full-text index
        def is_index_table(name: str) -> bool:
            return False
    names = set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        # The archive's own rows; the full-text index's rows are derived from them.
        return sum(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                   for t in names if t not in ("alembic_version", "ingest_runs", "ingest_files") and not is_index_table(t))


def corpus_records(corpus: Path, n: int) -> list[dict]:
    """Records as the extractor returns them (issues included), from the corpus's drafts."""
    from jixiao.extract import extract_file

    manifest = json.loads((corpus / "MANIFEST.json").read_text(encoding="utf-8"))
    files = [f for f in manifest["files"] if f["format"] != "pdf"][:n]
    return [extract_file(str(corpus / f["path"])) for f in files]


def bench_rows(url: str, records: list[dict], repeat: int, fts: bool = True) -> dict:
    """The writer's throughput: rows prepared beforehand (as ingest's workers prepare them,
    search index terms included), written by ``load.write.write_batch`` in batches of
    ``jixiao.ingest.WRITE_BATCH`` drafts. ``fts=False`` leaves the index entries out (a
    diagnostic: how much of the writer's time the index costs)."""
    import dataclasses

    from jixiao import load
    from jixiao.ingest import WRITE_BATCH
    from jixiao.load.rows import draft_rows
    from jixiao.load.segment import warm_up
    from jixiao.load.url import make_engine
    from jixiao.load.write import write_batch

    warm_up()  # jieba loads its dictionary on first use (~1 s, once per process): not a per-row cost
    load.upgrade(url)
    engine = make_engine(url)
    before = count_rows(engine)
    salt = os.urandom(4).hex()  # a second run into the same database needs new identities
    prepared, k = [], 0
    t0 = time.process_time()
    for _ in range(repeat):
        for rec in records:
            rows = draft_rows(rec, path=f"/bench/{salt}/{k}.txt", sha256=f"{salt}{k:056x}",
                              dialect=engine.dialect.name)
            prepared.append(rows if fts else dataclasses.replace(rows, index={t: [] for t in rows.index}))
            k += 1
    prepare = time.process_time() - t0
    t0 = time.perf_counter()
    for start in range(0, len(prepared), WRITE_BATCH):
        write_batch(engine, prepared[start:start + WRITE_BATCH])
    elapsed = time.perf_counter() - t0
    rows = count_rows(engine) - before
    engine.dispose()
    return {"drafts": k, "rows": rows, "seconds": elapsed, "rows_per_s": rows / elapsed, "drafts_per_s": k / elapsed,
            "ms_per_draft": elapsed / k * 1000, "prepare_ms_per_draft": prepare / k * 1000}


def bench_databases(corpus: Path, n_records: int, repeat: int, pg_url: str | None) -> dict:
    records = corpus_records(corpus, n_records)
    out = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        with LoadWatch() as w:
            out["sqlite"] = bench_rows(f"sqlite:///{tmp}/rows.db", records, repeat)
        out["sqlite"]["load"] = w.note()
        log(f"  SQLite: {out['sqlite']['rows_per_s']:,.0f} rows/s")
        with LoadWatch() as w:
            out["sqlite_nofts"] = bench_rows(f"sqlite:///{tmp}/rows_nofts.db", records, repeat, fts=False)
        out["sqlite_nofts"]["load"] = w.note()
        log(f"  SQLite without the full-text index: {out['sqlite_nofts']['rows_per_s']:,.0f} rows/s")
    cluster = None
    try:
        if not pg_url:
            import tests.pg as pg

            try:
                cluster = pg.start_cluster()
                pg_url = cluster.url()
                pg.wait_until_ready(pg_url)
            except (pg.NoPostgres, RuntimeError) as err:
                out["postgresql"] = {"skipped": str(err).splitlines()[0]}
                return out
        with LoadWatch() as w:
            out["postgresql"] = bench_rows(pg_url, records, repeat)
        out["postgresql"]["load"] = w.note()
        out["postgresql"]["server"] = "private cluster (tests/pg.py: fsync=off, synchronous_commit=off)" if cluster else "given URL"
        log(f"  PostgreSQL: {out['postgresql']['rows_per_s']:,.0f} rows/s")
        with LoadWatch() as w:
            out["postgresql_nofts"] = bench_rows(pg_url, records, repeat, fts=False)
        out["postgresql_nofts"]["load"] = w.note()
    finally:
        if cluster:
            cluster.stop()
    return out


# ---------------------------------------------------------------- d. corpus ingest
def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _tree(pid: int) -> dict[int, int]:
    """{pid: depth} of a process and all its descendants."""
    kids = _children_map()
    out, todo = {}, [(pid, 0)]
    while todo:
        p, depth = todo.pop()
        out[p] = depth
        todo += [(k, depth + 1) for k in kids.get(p, [])]
    return out


def _mem_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB; PSS shares copy-on-write pages fairly between forks."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss = pss = int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def _cpu_s(pid: int) -> float:
    try:
        f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _role(pid: int, depth: int) -> str:
    if depth == 0:
        return "main"
    if depth >= 2:
        return "worker"  # forked by the forkserver
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    text = " ".join(a.decode(errors="replace") for a in args if a)
    for key, name in (("forkserver", "forkserver"), ("resource_tracker", "resource tracker")):
        if key in text:
            return name
    return "worker" if "python" in text else text[:40]


class TreeSampler(threading.Thread):
    """RSS/PSS of a process and all its descendants every `interval` s; CPU time per process."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = self.peak_single = 0
        self.peak_procs = 0
        self.peak_detail: list[tuple[str, int, int]] = []
        self.cpu: dict[int, float] = {}
        self.roles: dict[int, str] = {}
        self.samples = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            pids = _tree(self.pid)
            mems = {p: _mem_kb(p) for p in pids}
            if not any(m[0] for m in mems.values()):
                break  # the process has exited
            for p in pids:
                self.cpu[p] = max(self.cpu.get(p, 0.0), _cpu_s(p))
                if p not in self.roles:
                    self.roles[p] = _role(p, pids[p])
            rss = sum(m[0] for m in mems.values())
            if rss > self.peak_rss:
                self.peak_rss = rss
                self.peak_detail = [(_role(p, pids[p]), m[0], m[1]) for p, m in mems.items() if m[0]]
            self.peak_pss = max(self.peak_pss, sum(m[1] for m in mems.values()))
            self.peak_single = max([self.peak_single] + [m[0] for m in mems.values()])
            self.peak_procs = max(self.peak_procs, len([m for m in mems.values() if m[0]]))
            self.samples += 1
            self.stop.wait(self.interval)


def ingest_once(corpus: Path, workers: int, workdir: Path) -> dict:
    db = workdir / f"ingest_w{workers}.db"
    for p in workdir.glob(db.name + "*"):
        p.unlink()
    out_path = workdir / f"ingest_w{workers}.out"
    err_path = workdir / f"ingest_w{workers}.err"
    cmd = [JIXIAO, "ingest", str(corpus / "drafts"), "--db", f"sqlite:///{db}", "--workers", str(workers)]
    with LoadWatch() as w, open(out_path, "w") as out, open(err_path, "w") as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        _, status, ru = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop.set()
        sampler.join()
    # CPU of the tree from /proc (the forkserver's workers are not our children: wait4
    # does not see them); what the machine did beyond that was other people's work.
    tree_cpu = sum(sampler.cpu.values())
    cpu_by_role: dict[str, float] = {}
    for p, cpu in sampler.cpu.items():
        role = sampler.roles.get(p, "?")
        cpu_by_role[role] = cpu_by_role.get(role, 0.0) + cpu
    sampler_cpu = w.ours - (ru.ru_utime + ru.ru_stime)  # our own process: the sampler thread
    other = max(0.0, (w.busy - tree_cpu - max(0.0, sampler_cpu)) / w.wall)
    note = (f"load average {w.load0} → {w.load1}; other processes used {other:.2f} cores on average")
    summary = out_path.read_text(encoding="utf-8")
    m = re.search(r"files: (\d+) ok, (\d+) failed, (\d+) skipped", summary)
    ok, failed, skipped = (int(x) for x in m.groups()) if m else (0, 0, 0)
    m = re.search(r"loaded: (\d+) projects, (\d+) indicators", summary)
    projects, indicators = (int(x) for x in m.groups()) if m else (0, 0)
    result = {
        "workers": workers, "seconds": w.wall, "exit": proc.returncode, "ok": ok, "failed": failed, "skipped": skipped,
        "projects": projects, "indicators": indicators,
        "peak_rss_mb": sampler.peak_rss / 1024, "peak_pss_mb": sampler.peak_pss / 1024,
        "peak_single_rss_mb": sampler.peak_single / 1024, "processes": sampler.peak_procs,
        "main_maxrss_mb": ru.ru_maxrss / 1024, "samples": sampler.samples,
        "peak_detail": ", ".join(f"{role} {r / 1024:.0f}/{p / 1024:.0f}" for role, r, p in sorted(sampler.peak_detail)),
        "cpu_seconds": tree_cpu, "load": note, "other_cores": other,
        "cpu_by_role": ", ".join(f"{k} {v:.1f} s" for k, v in sorted(cpu_by_role.items())),
        "failures": [line for line in summary.splitlines() if line.startswith("failed:")][:5],
    }
    if failed or proc.returncode not in (0, 1):
        result["stderr_tail"] = err_path.read_text(encoding="utf-8", errors="replace")[-1500:]
    log(f"  {workers} worker(s): {w.wall:.1f} s, {ok} ok / {failed} failed, peak tree RSS {result['peak_rss_mb']:.0f} MB "
        f"(PSS {result['peak_pss_mb']:.0f} MB: {result['peak_detail']}), CPU {tree_cpu:.1f} s ({result['cpu_by_role']}); {note}")
    return result


def bench_ingest(corpus: Path, repeat: int) -> dict:
    runs: dict[int, list[dict]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-ingest-") as tmp:
        for _ in range(repeat):
            for workers in (1, 2):
                runs[workers].append(ingest_once(corpus, workers, Path(tmp)))
    # The least disturbed run of each setting (as timeit does): on a shared machine other
    # jobs only ever slow a run down. Every run is listed in the report with its load.
    return summarize_ingest(runs)


def summarize_ingest(runs: dict[int, list[dict]]) -> dict:
    med = {w: min(r, key=lambda x: x["seconds"]) for w, r in runs.items()}
    return {"runs": runs, "median": med, "speedup": med[1]["seconds"] / med[2]["seconds"],
            "peak_rss_mb": max(x["peak_rss_mb"] for r in runs.values() for x in r),
            "peak_pss_mb": max(x["peak_pss_mb"] for r in runs.values() for x in r)}


# ---------------------------------------------------------------- report
def verdict(ok: bool) -> str:
    return "**met**" if ok else "**MISSED**"


def report(res: dict, args) -> str:
    m = res["machine"]
    L = [
        "# Scale benchmarks (issue 9)",
        "",
        f"Written by `python benchmarks/run_all.py{' --quick' if args.quick else ''}` (`make bench`) on "
        f"{res['started']} in {res['elapsed'] / 60:.1f} min, code at {res.get('code', '?')}. "
        "Every figure below comes from this one run.",
        "",
        "## Machine",
        "",
        f"- CPU: {m['cpu']}, {m['cores']} cores available to us ({m['cpu_count']} online)",
        f"- RAM: {m['ram_gb']:.1f} GB; {m['os']}",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        f"- Load: load average {m['load_start']} at the start, {m['load_end']} at the end. The machine is shared "
        "with other jobs; each part below says how much CPU other processes took while it ran "
        "(the machine's busy time minus ours, from /proc/stat).",
        "",
        "## Summary",
        "",
        "| measure | figure | target | |",
        "|---|---|---|---|",
    ]
    s, pdf, text, db, ing = res["startup"], res["pdf"], res["text"], res["db"], res["ingest"]
    L.append(f"| `jixiao --help` start-up | {s['median']:.3f} s (median of {s['runs']}) | < {TARGET_STARTUP} s | {verdict(s['median'] < TARGET_STARTUP)} |")
    L.append(f"| PDF: jixiao / bare pdfplumber, whole process | median {pdf['median_ratio']:.2f}, max {pdf['max_ratio']:.2f} | ≤ {TARGET_PDF_RATIO} | {verdict(pdf['max_ratio'] <= TARGET_PDF_RATIO)} |")
    L.append(f"| PDF pages/s, `jixiao extract` (whole process / warm) | {pdf['pages_per_s_ours']:.1f} / {pdf['warm_pages_per_s']:.1f} | | |")
    L.append(f"| text drafts/s, extract, one process (corpus / samples) | {text['corpus']['per_s']:.0f} / {text['samples']['per_s']:.0f} | | |")
    for key, name in (("sqlite", "SQLite"), ("postgresql", "PostgreSQL")):
        d = db.get(key, {})
        L.append(f"| rows/s into {name} | " + (f"{d['rows_per_s']:,.0f}" if "rows_per_s" in d else f"skipped: {d.get('skipped')}") + " | | |")
    med = ing["median"]
    pairs = [a["seconds"] / b["seconds"] for a, b in zip(ing["runs"][1], ing["runs"][2])]
    others = [max(a["other_cores"], b["other_cores"]) for a, b in zip(ing["runs"][1], ing["runs"][2])]
    pair_note = (" (run by run: " + ", ".join(f"{p:.2f}" for p in pairs) + "; other processes took up to "
                 + ", ".join(f"{o:.1f}" for o in others) + " cores)") if len(pairs) > 1 else ""
    L.append(f"| corpus ingest, {res['corpus']['count']} drafts, 1 → 2 workers | {med[1]['seconds']:.1f} s → {med[2]['seconds']:.1f} s "
             f"(fastest runs), speed-up {ing['speedup']:.2f}{pair_note} | ≥ {TARGET_SPEEDUP} | {verdict(ing['speedup'] >= TARGET_SPEEDUP)} |")
    L.append(f"| peak RSS of the ingest process tree | {ing['peak_rss_mb']:.0f} MB (PSS {ing['peak_pss_mb']:.0f} MB) | < {TARGET_RSS_MB} MB | {verdict(ing['peak_rss_mb'] < TARGET_RSS_MB)} |")

    L += ["", "## a. PDF extraction: jixiao against bare pdfplumber and camelot", "",
          f"Whole process against whole process (Python start and imports included), every run a fresh process. "
          f"jixiao is `jixiao extract FILE > /dev/null`; bare is a script that opens the PDF with pdfplumber and runs "
          f"`extract_tables()` + `extract_text()` on every page. The two alternate, {pdf['runs']} runs each, medians; "
          f"camelot (lattice) is `jixiao extract --tables camelot FILE` and a bare `camelot.read_pdf(FILE, pages='all', "
          f"flavor='lattice')`, median of {pdf['camelot_runs']} runs. {res['load_notes']['pdf']}", "",
          "| PDF | pages | bare pdfplumber | jixiao | ratio (per-pair range) | jixiao pages/s | camelot via jixiao | camelot bare | camelot / jixiao |",
          "|---|---|---|---|---|---|---|---|---|"]
    for r in pdf["rows"]:
        cam = f"{r['camelot']:.2f} s" if "camelot" in r else "-"
        camb = f"{r['camelot_bare']:.2f} s" if "camelot_bare" in r else "-"
        camr = f"{r['camelot'] / r['ours']:.1f}×" if "camelot" in r else "-"
        L.append(f"| {r['pdf']} | {r['pages']} | {r['bare']:.2f} s | {r['ours']:.2f} s | {r['ratio']:.2f} "
                 f"({min(r['pair_ratios']):.2f}–{max(r['pair_ratios']):.2f}) | {r['pages'] / r['ours']:.1f} | {cam} | {camb} | {camr} |")
    L += ["",
          f"All {pdf['pages']} pages: jixiao {pdf['pages_per_s_ours']:.1f} pages/s, bare pdfplumber {pdf['pages_per_s_bare']:.1f} pages/s "
          f"(ratio {pdf['overall_ratio']:.2f}), "
          + (f"camelot via jixiao {pdf['pages_per_s_camelot']:.1f} pages/s, " if pdf["pages_per_s_camelot"] else "")
          + (f"bare camelot {pdf['pages_per_s_camelot_bare']:.1f} pages/s; " if pdf["pages_per_s_camelot_bare"] else "")
          + f"jixiao warm in one process (no start-up, what an ingest worker sees): {pdf['warm_pages_per_s']:.1f} pages/s on one core."]

    L += ["", "## b. Text drafts, extract only, one process", "",
          f"`extract_file` in one warm process. {res['load_notes']['text']}", "",
          "| drafts | files | drafts/s | ms per draft |", "|---|---|---|---|",
          f"| the {text['sample_files']} sample text drafts × 20 | {text['samples']['n']} | {text['samples']['per_s']:.1f} | {text['samples']['ms']:.1f} |",
          f"| the corpus's text drafts (tsv/markdown/html, UTF-8 and GBK) | {text['corpus']['n']} | {text['corpus']['per_s']:.1f} | {text['corpus']['ms']:.1f} |"]

    L += ["", "## c. Rows/s written into the archive", "",
          f"The writer alone: rows prepared beforehand (`load.rows.draft_rows`, as ingest's workers prepare them), "
          f"written by `load.write.write_batch` in batches of `jixiao.ingest.WRITE_BATCH` drafts, records as the extractor returns them for "
          f"{res['db_records']} corpus text drafts (all tables: document, TOC, sections, projects, milestones, goals, "
          f"indicators, issues), written {res['db_repeat']}× under new identities; rows counted in the database afterwards.", "",
          "The rows are the archive's own (the full-text index's rows, derived from them, are not counted); "
          "the lines 'without the full-text index' are a diagnostic with the rows' index entries left out, "
          "to show what the jieba-segmented index costs the writer.", "",
          "| database | drafts | rows | seconds | rows/s | drafts/s | ms per draft | load |", "|---|---|---|---|---|---|---|---|"]
    for key, name in (("sqlite", "SQLite (file, WAL, synchronous=NORMAL)"),
                      ("sqlite_nofts", "SQLite, without the full-text index"),
                      ("postgresql", "PostgreSQL"), ("postgresql_nofts", "PostgreSQL, without the full-text index")):
        d = db.get(key, {})
        if "rows_per_s" in d:
            label = name + (f" {m['versions'].get('PostgreSQL', '')}, {d['server']}" if key == "postgresql" else "")
            L.append(f"| {label} | {d['drafts']} | {d['rows']:,} | {d['seconds']:.1f} | {d['rows_per_s']:,.0f} "
                     f"| {d['drafts_per_s']:.1f} | {d['ms_per_draft']:.1f} | {d['load']} |")
        elif d:
            L.append(f"| {name} | skipped: {d.get('skipped')} | | | | | | |")

    c = res["corpus"]
    L += ["", f"## d. Corpus of {c['count']} drafts ingested end to end", "",
          f"Generated by `benchmarks/corpus.py` (cached in `benchmarks/.corpus/`, not committed): variations of the five "
          f"sample records (county and department, year, 1 to 2× the template's projects, scaled budgets, re-drawn "
          f"targets), {c['projects']:,} projects, {c['bytes'] / 1e6:.1f} MB; formats: "
          + ", ".join(f"{k} {v}" for k, v in c["formats"].items()) + ". "
          f"PDFs drawn with samples/make_pdfs.py's renderer; text renderings from the record. "
          f"Extraction checked against the varied records: {c.get('check', 'not checked in this run')}.", "",
          f"`jixiao ingest DIR --db sqlite:///FILE --workers N` into a fresh database, "
          f"{res['ingest_repeat']} run(s) per setting, alternated (1, 2, 1, 2 …); the summary takes the fastest "
          "(least disturbed) run of each setting. Memory is sampled every 0.1 s over "
          "the ingest process and all its descendants (forkserver, workers, resource tracker): RSS summed "
          "(counts pages shared by forked workers once per process, so it over-counts) and PSS summed "
          "(shared pages split between the sharers: the real footprint).", "",
          "| workers | wall | drafts/s | ok / failed | CPU s (tree) | CPU by process | peak RSS tree | peak PSS tree | at the peak, RSS/PSS MB | load while running |",
          "|---|---|---|---|---|---|---|---|---|---|"]
    for w in (1, 2):
        for r in ing["runs"][w]:
            L.append(f"| {w} | {r['seconds']:.1f} s | {c['count'] / r['seconds']:.1f} | {r['ok']} / {r['failed']} | {r['cpu_seconds']:.1f} "
                     f"| {r.get('cpu_by_role', '')} | {r['peak_rss_mb']:.0f} MB | {r['peak_pss_mb']:.0f} MB | {r.get('peak_detail', '')} | {r['load']} |")
    L += ["", f"Speed-up 2 workers over 1: **{ing['speedup']:.2f}** (target ≥ {TARGET_SPEEDUP}); "
          f"peak RSS {ing['peak_rss_mb']:.0f} MB (target < {TARGET_RSS_MB} MB)."]
    for w in (1, 2):
        for r in ing["runs"][w]:
            if r.get("failures"):
                L.append(f"\nFailures with {w} worker(s): " + "; ".join(r["failures"]))
    if res.get("findings"):
        L += ["", "## Findings", "", res["findings"].strip()]
    return "\n".join(L) + "\n"


def write_keeping_other_sections(path: Path, text: str) -> None:
    """Write this run's report, keeping the sections ("## …") other benchmarks wrote."""
    ours = set(re.findall(r"^## .*$", text, re.M))
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = [part for part in re.split(r"(?m)^(?=## )", old)[1:] if part.splitlines()[0] not in ours]
    path.write_text(text.rstrip("\n") + "\n" + "".join("\n" + part.strip("\n") + "\n" for part in kept),
                    encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="200 drafts, fewer repeats, no bare camelot")
    ap.add_argument("--drafts", type=int, help="corpus size (default 1000, 200 with --quick)")
    ap.add_argument("--ingest-repeat", type=int, help="ingest runs per worker count (default 1)")
    ap.add_argument("--pg-url", default=os.environ.get("JIXIAO_BENCH_PG_URL"))
    ap.add_argument("--write", default=str(BENCH / "RESULTS.md"), help="where to write the report ('-' for none)")
    ap.add_argument("--findings", default=str(BENCH / "FINDINGS.md"),
                    help="a Markdown file whose text is appended to the report under 'Findings' (if it exists)")
    ap.add_argument("--json", help="also dump the raw results here")
    ap.add_argument("--baseline", help="a checkout with its own .venv (e.g. main's) for bench_fixed_cost.py to "
                    "measure beside this one")
    ap.add_argument("--report-from", metavar="JSON", help="no measuring: rewrite the report from a --json dump "
                    "(e.g. after editing FINDINGS.md)")
    args = ap.parse_args()
    if args.report_from:
        res = json.loads(Path(args.report_from).read_text(encoding="utf-8"))
        res["ingest"] = summarize_ingest({int(k): v for k, v in res["ingest"]["runs"].items()})
        args.quick = res.get("quick", False)
        if args.findings and Path(args.findings).exists():
            res["findings"] = Path(args.findings).read_text(encoding="utf-8")
        text = report(res, args)
        if args.write != "-":
            write_keeping_other_sections(Path(args.write), text)
        print(text)
        return 0
    quick = args.quick
    count = args.drafts or (200 if quick else 1000)
    started = time.perf_counter()
    res: dict = {"started": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"), "load_notes": {}, "quick": quick}
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "extract", "normalize", "load", "jixiao"],
                               cwd=ROOT, capture_output=True, text=True).stdout.strip()
        res["code"] = f"commit {head}" + (" with uncommitted changes in extract/normalize/load/jixiao" if dirty else "")
    except OSError:
        res["code"] = "unknown"
    res["machine"] = {
        "cpu": cpu_model(), "cores": len(os.sched_getaffinity(0)), "cpu_count": os.cpu_count(),
        "ram_gb": mem_total_gb(), "os": f"{platform.system()} {platform.release()}", "versions": versions(),
        "load_start": loadavg(),
    }
    log(f"machine: {res['machine']['cpu']}, {res['machine']['cores']} cores, load {res['machine']['load_start']}")

    import corpus as corpus_mod

    log(f"corpus: {count} drafts")
    corpus = corpus_mod.build(count, log=log)
    manifest = json.loads((corpus / "MANIFEST.json").read_text(encoding="utf-8"))
    res["corpus"] = {k: manifest[k] for k in ("count", "formats", "projects", "bytes")}
    res["corpus"]["path"] = str(corpus)
    res["corpus"]["check"] = "; ".join(corpus_mod.check(corpus, 5 if quick else 20))
    log(f"  {res['corpus']['check']}")

    log("start-up: jixiao --help")
    res["startup"] = bench_startup(5 if quick else 10)
    log(f"  {res['startup']['median']:.3f} s")

    log("a. PDF extraction")
    with LoadWatch() as w:
        res["pdf"] = bench_pdf(runs=3 if quick else 5, camelot_runs=1 if quick else 3, camelot_bare=not quick)
    res["load_notes"]["pdf"] = f"While this ran: {w.note()}."

    log("b. text extraction")
    with LoadWatch() as w:
        res["text"] = bench_text(corpus, runs=3 if quick else 5)
    res["load_notes"]["text"] = f"While this ran: {w.note()}."
    log(f"  corpus text drafts: {res['text']['corpus']['per_s']:.1f} drafts/s")

    log("c. rows/s")
    res["db_records"], res["db_repeat"] = (20, 2) if quick else (50, 4)
    res["db"] = bench_databases(corpus, res["db_records"], res["db_repeat"], args.pg_url)

    log("d. corpus ingest")
    res["ingest_repeat"] = args.ingest_repeat or (1 if quick else 2)
    res["ingest"] = bench_ingest(corpus, res["ingest_repeat"])

    res["machine"]["load_end"] = loadavg()
    res["elapsed"] = time.perf_counter() - started
    if args.findings and Path(args.findings).exists():
        res["findings"] = Path(args.findings).read_text(encoding="utf-8")
    text = report(res, args)
    if args.write != "-":
        write_keeping_other_sections(Path(args.write), text)
        log(f"wrote {args.write}")
    log("e. Word and Excel drafts; fixed costs of a process")
    import bench_fixed_cost
    import bench_office

    write = ["--write"] if args.write == str(BENCH / "RESULTS.md") else []
    bench_office.main(["--runs", "5" if quick else "15", *write])
    bench_fixed_cost.main(["--runs", "3" if quick else "9", *write,
                           *(["--baseline", args.baseline] if args.baseline else [])])
    if args.json:
        Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
