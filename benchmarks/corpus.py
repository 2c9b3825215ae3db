#!/usr/bin/env python3
"""A generated corpus of drafts for the scale benchmarks (issue 9).

Every draft is a variation of one of the hand-checked sample records
(``samples/expected/*.gold.json``): another county and department name, another
year, a different number of projects (drawn from the template's projects, repeated
ones renamed 二期/三期…), scaled budgets and re-drawn indicator values.  Each varied
record is then rendered as

* a PDF, drawn by ``samples/make_pdfs.py``'s renderer (the same ruled tables,
  merged cells and page-break splits as the sample PDFs);
* a text rendering: tab-separated rows (UTF-8, one in four in GBK), a Markdown
  pipe-table document, or an HTML fragment — the three text renderings users send.

The varied record is written next to the draft tree (``gold/<name>.json``, never
under ``drafts/``) so the corpus can be scored as well as timed.

The corpus is cached: ``benchmarks/.corpus/<key>/`` (git-ignored), where the key
covers the generator, the templates, the renderer, the count and the seed; a
second run with the same parameters reuses it.

usage: python benchmarks/corpus.py [--count 1000] [--pdf-share 0.25] [--seed 9] [--jobs 2] [--check N]
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import random
import re
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CACHE = Path(__file__).resolve().parent / ".corpus"
GENERATOR_VERSION = "1"

# The text renderers of a record live with the tests that use them.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.renderings import render_html, render_markdown, render_tsv  # noqa: E402

COUNTIES = [
    "兰考县", "临漳县", "宁陵县", "抚宁区", "滑县", "杞县", "通许县", "尉氏县", "睢县", "柘城县",
    "虞城县", "夏邑县", "永城市", "鹿邑县", "郸城县", "淮阳区", "太康县", "西华县", "扶沟县", "商水县",
    "沈丘县", "项城市", "确山县", "泌阳县", "汝南县", "平舆县", "新蔡县", "正阳县", "上蔡县", "西平县",
    "遂平县", "舞阳县", "临颍县", "郾城区", "襄城县", "郏县", "宝丰县", "鲁山县", "叶县", "舞钢市",
    "内黄县", "汤阴县", "林州市", "安阳县", "浚县", "淇县", "获嘉县", "原阳县", "延津县", "封丘县",
]
# Department suffixes per template: the template's own department keeps its genre
# (a health template stays a health bureau), only the place and the wording vary.
DEPT_VARIANTS = {
    "卫生健康局": ["卫生健康局", "卫生健康委员会"],
    "教育体育局": ["教育体育局", "教育局"],
    "民政局": ["民政局"],
    "农业农村局": ["农业农村局", "农业农村和水利局"],
    "工业信息管理局": ["工业信息管理局", "工业和信息化局"],
}
FORMATS_TEXT = ["tsv", "md", "html"]
EXT = {"pdf": ".pdf", "tsv": ".txt", "md": ".md", "html": ".html"}


# ---------------------------------------------------------------- templates
@lru_cache(maxsize=1)
def templates() -> list[tuple[str, dict]]:
    return [(p.name[: -len(".gold.json")], json.loads(p.read_text(encoding="utf-8")))
            for p in sorted((SAMPLES / "expected").glob("*.gold.json"))]


def _split_department(dept: str) -> tuple[str, str]:
    for suffix in DEPT_VARIANTS:
        if dept.endswith(suffix):
            return dept[: -len(suffix)], suffix
    m = re.match(r"^(.+?[县区市])(.+)$", dept)
    return (m.group(1), m.group(2)) if m else ("", dept)


# ---------------------------------------------------------------- variation
def _replace_strings(obj, old: str, new: str):
    if isinstance(obj, str):
        return obj.replace(old, new)
    if isinstance(obj, list):
        return [_replace_strings(x, old, new) for x in obj]
    if isinstance(obj, dict):
        return {k: _replace_strings(v, old, new) for k, v in obj.items()}
    return obj


def _fmt_number(v: float) -> str:
    return f"{v:g}" if abs(v) < 1e15 else str(v)


def _vary_indicator(ind: dict, rng: random.Random) -> None:
    """Re-draw a numeric target where the printed cell shows the number plainly."""
    if ind.get("kind") != "numeric" or ind.get("value") is None or ind.get("value_max") is not None:
        return
    old = ind["value"]
    raw = ind.get("value_raw") or ""
    old_txt = _fmt_number(old)
    if raw.count(old_txt) != 1 or re.search(r"\d" + re.escape(old_txt) + r"|" + re.escape(old_txt) + r"[\d.]", raw):
        return
    if ind.get("unit") == "%":
        if not (50 <= old <= 100) or old != int(old):
            return
        new = rng.randint(max(50, int(old) - 10), 100)
    elif old == int(old) and old >= 2:
        new = max(1, round(old * rng.uniform(0.5, 2.0)))
    else:
        return
    ind["value"] = new
    ind["value_raw"] = raw.replace(old_txt, _fmt_number(new))


def _vary_project(p: dict, rng: random.Random, repeat: int) -> None:
    factor = rng.choice([0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 3.0])
    total, fiscal = p.get("budget_total"), p.get("budget_fiscal")
    if total is not None and fiscal is not None and factor != 1.0:
        new_total = round(total * factor, 2)
        new_fiscal = round(fiscal * factor, 2)
        p["budget_total"], p["budget_fiscal"] = new_total, new_fiscal
        if p.get("budget_other") is not None:
            p["budget_other"] = round(new_total - new_fiscal, 2)
    if repeat:
        # A second copy of a project in one draft is a later phase with its own code.
        tag = f"（{'二三四五六七八九'[min(repeat, 8) - 1]}期）"
        name = p.get("name") or ""
        if p.get("title", "").startswith(name):
            p["title"] = name + tag + p["title"][len(name):]
        p["name"] = name + tag
        if p.get("code"):
            p["code"] = f"{p['code']}-{repeat + 1}"
    for ind in p.get("indicators") or []:
        _vary_indicator(ind, rng)


def vary(template: dict, rng: random.Random, serial: int) -> dict:
    rec = copy.deepcopy(template)
    doc = rec["document"]
    old_dept = doc.get("department") or ""
    old_county, suffix = _split_department(old_dept)
    county = rng.choice(COUNTIES)
    new_suffix = rng.choice(DEPT_VARIANTS.get(suffix, [suffix]))
    new_dept = f"{county}{new_suffix}"
    if old_county:
        # 财政局 of the same county reviews; every string naming the place moves with it.
        rec = _replace_strings(rec, old_dept, new_dept)
        rec = _replace_strings(rec, old_county, county)
        doc = rec["document"]
    year = doc.get("year")
    if year:
        new_year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])
        doc["year"] = new_year
        doc["title"] = (doc.get("title") or "").replace(str(year), str(new_year))
    code = str(100 + serial % 900) + f"{serial % 1000:03d}"
    if doc.get("department_code"):
        old_code = doc["department_code"]
        doc["department_code"] = code
    else:
        old_code = None

    # Project count: from 1 to twice the template's, drawn with repetition.
    base = rec.get("projects") or []
    k = rng.randint(1, 2 * len(base))
    picks = [rng.randrange(len(base)) for _ in range(k)]
    seen: dict[int, int] = {}
    projects = []
    for seq, i in enumerate(picks, 1):
        p = copy.deepcopy(base[i])
        repeat = seen.get(i, 0)
        seen[i] = repeat + 1
        _vary_project(p, rng, repeat)
        p["seq"] = seq
        if old_code and p.get("department_code") == old_code:
            p["department_code"] = code
        projects.append(p)
    rec["projects"] = projects

    # TOC: part 1 as printed, part 2 one line per project, one page each after part 1.
    part1 = [e for e in rec.get("toc") or [] if e.get("part") == 1]
    first = min((e["page"] for e in template.get("toc") or [] if e.get("part") == 2 and e.get("page")), default=5)
    rec["toc"] = part1 + [{"part": 2, "title": p["title"], "page": first + n} for n, p in enumerate(projects)]
    rec.pop("issues", None)
    rec.pop("source", None)
    return rec


# ---------------------------------------------------------------- PDF
_MP = None


def _make_pdfs():
    global _MP
    if _MP is None:
        sys.path.insert(0, str(SAMPLES))
        import make_pdfs  # noqa: E402

        _MP = make_pdfs
    return _MP


def render_pdf(gold_path: Path, out: Path, repeat_header: bool) -> None:
    mp = _make_pdfs()
    if not getattr(mp, "_jixiao_font", False):
        mp.register_font()
        mp._jixiao_font = True
    mp.render(gold_path, out, repeat_header=repeat_header)


# ---------------------------------------------------------------- corpus
def plan(count: int, pdf_share: float, seed: int) -> list[tuple[str, str, int]]:
    """(name, format, template index) for every draft, deterministic in the seed."""
    rng = random.Random(seed)
    n_pdf = round(count * pdf_share)
    formats = ["pdf"] * n_pdf + [FORMATS_TEXT[i % 3] for i in range(count - n_pdf)]
    rng.shuffle(formats)
    n_templates = len(templates())
    return [(f"d{n:05d}", fmt, rng.randrange(n_templates)) for n, fmt in enumerate(formats)]


def _make_one(job: tuple) -> tuple[str, str, int]:
    name, fmt, t_index, seed, drafts, golds = job
    rng = random.Random(f"{seed}:{name}")
    stem, template = templates()[t_index]
    rec = vary(template, rng, int(name[1:]))
    gold = Path(golds) / f"{name}.json"
    gold.write_text(json.dumps(rec, ensure_ascii=False, indent=1), encoding="utf-8")
    # Spread the files over sub-folders like a province's tree: county/department.
    out = Path(drafts) / f"{int(name[1:]) // 100:02d}" / f"{name}_{stem}{EXT[fmt]}"
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        render_pdf(gold, out, repeat_header=rng.random() < 0.5)
    else:
        text = {"tsv": render_tsv, "md": render_markdown, "html": render_html}[fmt](rec)
        encoding = "utf-8"
        if fmt == "tsv" and rng.random() < 0.25:
            try:
                data = text.encode("gbk")
                encoding = "gbk"
            except UnicodeEncodeError:
                data = text.encode("utf-8")
        else:
            data = text.encode("utf-8")
        out.write_bytes(data)
        fmt = f"{fmt}/{encoding}"
    return str(out), fmt, len(rec["projects"])


def cache_key(count: int, pdf_share: float, seed: int) -> str:
    h = hashlib.sha256()
    h.update(f"{GENERATOR_VERSION}|{count}|{pdf_share}|{seed}".encode())
    for path in [Path(__file__), SAMPLES / "make_pdfs.py", *sorted((SAMPLES / "expected").glob("*.gold.json"))]:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def build(count: int = 1000, pdf_share: float = 0.25, seed: int = 9, jobs: int | None = None,
          root: Path = CACHE, log=print) -> Path:
    """The corpus folder (``drafts/`` and ``gold/`` inside); generated unless cached."""
    target = root / f"n{count}-pdf{pdf_share:g}-s{seed}-{cache_key(count, pdf_share, seed)}"
    if (target / "MANIFEST.json").exists():
        return target
    tmp = target.with_name(target.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "drafts").mkdir(parents=True)
    (tmp / "gold").mkdir()
    jobs_list = [(name, fmt, t, seed, str(tmp / "drafts"), str(tmp / "gold")) for name, fmt, t in plan(count, pdf_share, seed)]
    jobs = jobs or os.cpu_count() or 1
    log(f"generating {count} drafts ({pdf_share:.0%} PDF) into {target} with {jobs} processes ...")
    with ProcessPoolExecutor(jobs) as pool:
        made = list(pool.map(_make_one, jobs_list, chunksize=8))
    manifest = {
        "count": count, "pdf_share": pdf_share, "seed": seed,
        "formats": {f: sum(1 for _, g, _ in made if g == f) for f in sorted({g for _, g, _ in made})},
        "projects": sum(n for _, _, n in made),
        "bytes": sum(Path(p).stat().st_size for p, _, _ in made),
        "files": [{"path": os.path.relpath(p, tmp), "format": f, "projects": n} for p, f, n in made],
    }
    (tmp / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    return target


def check(corpus: Path, n: int) -> list[str]:
    """Extract the first n drafts of every format and score them against their varied records."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    import score  # tests/score.py

    from jixiao.extract import extract_file

    manifest = json.loads((corpus / "MANIFEST.json").read_text(encoding="utf-8"))
    lines = []
    by_format: dict[str, list] = {}
    for f in manifest["files"]:
        by_format.setdefault(f["format"], []).append(f)
    for fmt, files in sorted(by_format.items()):
        f1s = []
        for f in files[:n]:
            path = corpus / f["path"]
            name = path.name.split("_")[0]
            gold = json.loads((corpus / "gold" / f"{name}.json").read_text(encoding="utf-8"))
            try:
                pred = extract_file(str(path))
            except Exception as err:  # noqa: BLE001
                lines.append(f"{f['path']}: {type(err).__name__}: {err}")
                f1s.append(0.0)
                continue
            G, P = score.flatten(gold, gold), score.flatten(pred, gold)
            hit = sum(1 for k, v in G.items() if P.get(k) == v)
            prec, rec = hit / max(len(P), 1), hit / max(len(G), 1)
            f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        lines.append(f"{fmt} {len(f1s)} drafts, F1 min {min(f1s):.3f} mean {sum(f1s) / len(f1s):.3f}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--pdf-share", type=float, default=0.25)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--jobs", type=int)
    ap.add_argument("--check", type=int, default=0, metavar="N", help="score N drafts of each format against their records")
    args = ap.parse_args()
    corpus = build(args.count, args.pdf_share, args.seed, args.jobs)
    manifest = json.loads((corpus / "MANIFEST.json").read_text(encoding="utf-8"))
    print(f"{corpus}: {manifest['count']} drafts, {manifest['projects']} projects, "
          f"{manifest['bytes'] / 1e6:.1f} MB; formats {manifest['formats']}")
    if args.check:
        print("\n".join(check(corpus, args.check)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
