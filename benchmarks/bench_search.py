"""Search and export at scale: an archive of ~100,000 indicators.

    python benchmarks/bench_search.py [--indicators 100000] [--db URL] [--keep]

1. build: varied copies of the sample drafts' records (department, year, indicator
   names and values changed) written through ``load.write_record``, one transaction
   per draft, search index included; timed on its own.
2. search: ``load.search.search`` on an open connection, median and worst of repeated
   runs per query (target: < 100 ms), plus one whole ``jixiao search`` process.
3. export: every indicator (and the projects and documents) to Parquet
   (target: < 10 s).

Default database: a fresh SQLite file in a temp directory; ``--db`` takes any URL
(an empty PostgreSQL database, for instance).
"""
from __future__ import annotations

import argparse
import copy
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLES = ["seed.txt", "markdown_health_2021.md", "html_education_2022.html",
           "tsv_agriculture_2019.txt", "tsv_civil_2024.txt"]
COUNTIES = ["抚宁区", "临漳县", "兰考县", "宁陵县", "围场县", "昌黎县", "卢龙县", "青龙县", "海港区", "山海关区",
            "北戴河区", "永年区", "肥乡区", "磁县", "涉县", "魏县", "曲周县", "杞县", "通许县", "尉氏县"]
AGENCIES = ["工业信息管理局", "卫生健康局", "民政局", "教育体育局", "农业农村局", "交通运输局", "水利局",
            "科学技术局", "文化广电和旅游局", "生态环境局", "住房和城乡建设局", "市场监督管理局"]
PREFIXES = ["", "", "", "年度", "全年", "重点", "农村", "城区", "困难群众", "公路养护", "专项", "新增"]
QUERIES = [("专利", {}), ("满意", {}), ("满意度", {"year": 2021}), ("养护", {}),
           ("拨付", {"department": "卫生"}), ("满意", {"where": "value >= 95 and unit = '%'"}),
           ("资金 拨付 及时", {}), ("", {"level2": "时效指标", "department": "卫生"})]


def sample_records() -> list[dict]:
    from jixiao.extract import extract_file

    return [extract_file(str(ROOT / "samples" / "drafts" / name)).to_dict() for name in SAMPLES]  # JSON data, varied below


def variant(base: dict, n: int, rng: random.Random) -> dict:
    record = copy.deepcopy(base)
    department = rng.choice(COUNTIES) + rng.choice(AGENCIES)
    record["document"]["department"] = department
    record["document"]["year"] = rng.randint(2018, 2025)
    for project in record.get("projects") or []:
        project["department"] = department
        for ind in project.get("indicators") or []:
            if ind.get("level3"):
                ind["level3"] = rng.choice(PREFIXES) + ind["level3"]
            if isinstance(ind.get("value"), (int, float)):
                ind["value"] = round(ind["value"] * rng.uniform(0.8, 1.2), 2)
    return record


def build(url: str, target: int) -> tuple[int, int, float]:
    from jixiao import load
    from jixiao.load.url import make_engine

    load.upgrade(url)
    engine = make_engine(url)
    bases = sample_records()
    rng = random.Random(100)
    indicators = drafts = 0
    started = time.perf_counter()
    while indicators < target:
        record = variant(bases[drafts % len(bases)], drafts, rng)
        with engine.begin() as conn:
            load.write_record(conn, record, path=f"/bench/{drafts}.txt", sha256=f"{drafts:064x}")
        indicators += sum(len(p.get("indicators") or []) for p in record.get("projects") or [])
        drafts += 1
    elapsed = time.perf_counter() - started
    engine.dispose()
    return drafts, indicators, elapsed


def bench_search(url: str, repeats: int) -> float:
    from jixiao.load.search import search
    from jixiao.load.url import make_engine

    engine = make_engine(url)
    worst_median = 0.0
    with engine.connect() as conn:
        for query, filters in QUERIES:
            search(conn, query, **filters)  # warm the page cache and jieba
            times, count = [], 0
            for _ in range(repeats):
                started = time.perf_counter()
                count = len(search(conn, query, limit=20, **filters))
                times.append((time.perf_counter() - started) * 1000)
            median = statistics.median(times)
            worst_median = max(worst_median, median)
            shown = " ".join(f"{k}={v}" for k, v in filters.items())
            print(f"  search {query!r:14} {shown:40} {count:>2} hits  median {median:6.1f} ms  "
                  f"max {max(times):6.1f} ms")
    engine.dispose()
    return worst_median


def bench_cli(url: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "jixiao.cli", "search", "专利", "--db", url],
                   check=True, capture_output=True)
    return time.perf_counter() - started


def bench_export(url: str, out: Path) -> float:
    from jixiao.export import export

    started = time.perf_counter()
    export(url, "parquet", out)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=100_000)
    parser.add_argument("--db", help="an empty database to fill (default: a temp SQLite file)")
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--keep", action="store_true", help="keep the temp directory and print it")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="jixiao-bench-search-"))
    url = args.db or f"sqlite:///{tmp / 'bench.db'}"
    drafts, indicators, seconds = build(url, args.indicators)
    print(f"build: {drafts} drafts, {indicators} indicators written and indexed in {seconds:.1f}s "
          f"({indicators / seconds:,.0f} indicators/s)")
    worst = bench_search(url, args.repeats)
    verdict = "meets" if worst < 100 else "MISSES"
    print(f"search: slowest median {worst:.1f} ms ({verdict} the 100 ms target)")
    print(f"search: one whole `jixiao search 专利` process, start-up included: {bench_cli(url):.2f}s")
    export_seconds = bench_export(url, tmp / "parquet")
    verdict = "meets" if export_seconds < 10 else "MISSES"
    print(f"export: all tables to Parquet in {export_seconds:.2f}s ({verdict} the 10 s target)")
    if args.keep:
        print(f"kept: {tmp}")
    else:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
