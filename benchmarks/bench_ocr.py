#!/usr/bin/env python3
"""Scanned drafts: speed and accuracy of jixiao's OCR against whole-page RapidOCR.

Scans are made in this run from the sample PDFs, in the three variants of the
tests (tests/test_ocr_support.py): clean 200 dpi; turned 0.7° with specks;
150 dpi with JPEG quality 55.  For each draft and variant:

* jixiao: ``extract_file(scan)`` (pages in parallel, one worker per core), wall
  time per page, and the record's F1 against the sample's hand-checked gold
  (tests/helpers.py ``f1``, the project's scorer);
* baseline: RapidOCR's own pipeline (detector + recogniser over the whole page
  image, default settings, all cores) on the same page images, one after the
  other: seconds per page.  It yields text boxes, not a record, so it has no F1.

usage: python benchmarks/bench_ocr.py [--drafts a.pdf b.pdf] [--variants clean ...]
                                      [--baseline-pages 6] [--write benchmarks/RESULTS.md]
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers import DRAFTS, f1, load_gold  # noqa: E402
from tests.test_ocr_support import VARIANTS, page_images, scanned_pdf  # noqa: E402

HEADING = "## Scanned drafts: OCR (issue 13)"
TARGET_SECONDS = 4.0


def _load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def _ours(draft: Path, variant, work: Path) -> dict:
    from jixiao.extract import extract_file

    scan = scanned_pdf(draft, work / f"{draft.stem}-{variant.name}.pdf", variant)
    cpu_before = _cpu()
    started = time.perf_counter()
    record = extract_file(str(scan))
    seconds = time.perf_counter() - started
    cpu = _cpu() - cpu_before
    pages = record.source.pages
    score, _ = f1(load_gold(draft), record)
    return {"draft": draft.name, "variant": variant.name, "pages": pages, "seconds": seconds,
            "per_page": seconds / pages, "cpu_per_page": cpu / pages, "f1": score}


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the page workers):
    what a page costs whatever else the shared machine is doing."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _table_page(draft: Path) -> int:
    """The first page holding a ruled table: the baseline runs from there."""
    import pdfplumber

    with pdfplumber.open(str(draft)) as pdf:
        for n, page in enumerate(pdf.pages, start=1):
            if page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}):
                return n
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", nargs="*", default=[p.name for p in sorted(DRAFTS.glob("*.pdf"))])
    parser.add_argument("--variants", nargs="*", default=[v.name.split("-")[0] for v in VARIANTS])
    parser.add_argument("--baseline-pages", type=int, default=6)
    parser.add_argument("--write", help="append (or replace) this benchmark's section in a Markdown file")
    args = parser.parse_args()
    variants = [v for v in VARIANTS if any(v.name.startswith(w) for w in args.variants)]
    began = time.perf_counter()
    load_before = _load()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.drafts:
            for variant in variants:
                row = _ours(DRAFTS / name, variant, Path(tmp))
                rows.append(row)
                print(f"{row['draft']:28} {row['variant']:22} {row['pages']:3} pages  {row['per_page']:.2f} s/page "
                      f"({row['cpu_per_page']:.2f} CPU s/page)  F1 {row['f1']:.3f}  load {_load()}", flush=True)
    baseline = {}
    seed = DRAFTS / "seed.rl.pdf"
    for variant in variants:
        first = _table_page(seed)
        import pypdfium2

        total = len(pypdfium2.PdfDocument(str(seed)))
        count = min(args.baseline_pages, total - first + 1)
        ours = _ours_pages(seed, variant, first, count)
        base = _baseline_range(seed, variant, first, count)
        baseline[variant.name] = (count, ours, base)
        print(f"baseline {variant.name:22} {count} table pages: jixiao {ours[0]:.2f} s/page ({ours[1]:.2f} CPU s), "
              f"whole-page RapidOCR {base[0]:.2f} s/page ({base[1]:.2f} CPU s)", flush=True)
    report = _report(rows, baseline, load_before, _load(), time.perf_counter() - began)
    print(report)
    if args.write:
        _write(Path(args.write), report)
    return 0


def _ours_pages(draft: Path, variant, first: int, count: int) -> float:
    from jixiao.extract.ocr.pages import read_pages
    from jixiao.extract.ocr.raster import PageImage

    import numpy as np

    images = [PageImage(first + k, np.asarray(img.convert("L")), 72 / variant.dpi)
              for k, img in enumerate(page_images(draft, variant, list(range(first, first + count))))]
    cpu_before = _cpu()
    started = time.perf_counter()
    read_pages(images, str(draft))
    return (time.perf_counter() - started) / count, (_cpu() - cpu_before) / count


def _baseline_range(draft: Path, variant, first: int, count: int) -> float:
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR()
    images = [np.array(img.convert("RGB"))[:, :, ::-1] for img in page_images(draft, variant, list(range(first, first + count)))]
    engine(images[0])
    cpu_before = _cpu()
    started = time.perf_counter()
    for img in images:
        engine(img)
    return (time.perf_counter() - started) / count, (_cpu() - cpu_before) / count


def _report(rows, baseline, load_before, load_after, seconds) -> str:
    cpu = platform.processor() or platform.machine()
    versions = ", ".join(f"{p} {metadata.version(p)}" for p in ("rapidocr-onnxruntime", "onnxruntime", "opencv-python-headless", "pypdfium2", "numpy"))
    lines = [HEADING, "",
             f"Written by `python benchmarks/bench_ocr.py` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} in {seconds / 60:.1f} min; "
             f"{os.cpu_count()} cores ({cpu}), {versions}. Load average {load_before} at the start, {load_after} at the end: "
             "the machine was shared with other jobs, so wall seconds are upper bounds; CPU seconds (ours and the page "
             "workers') are what a page costs whatever else runs, and on an idle two-core machine a page's wall time "
             "is about half its CPU time, the pages running two at a time.", "",
             "Scans are made in the run from the sample PDFs (tests/test_ocr_support.py) and read as image-only PDFs; "
             "F1 is the project's fact-by-fact score against each sample's hand-checked gold.", "",
             "| draft | variant | pages | s/page (wall, pages in parallel) | pages/s | CPU s/page | F1 |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['draft']} | {r['variant']} | {r['pages']} | {r['per_page']:.2f} | {1 / r['per_page']:.2f} | "
                     f"{r['cpu_per_page']:.2f} | {r['f1']:.3f} |")
    lines += ["", "| variant | pages | mean F1 | min F1 | mean s/page | mean CPU s/page |", "|---|---|---|---|---|---|"]
    for name in dict.fromkeys(r["variant"] for r in rows):
        rs = [r for r in rows if r["variant"] == name]
        pages = sum(r["pages"] for r in rs)
        lines.append(f"| {name} | {pages} | {statistics.mean(r['f1'] for r in rs):.3f} | {min(r['f1'] for r in rs):.3f} | "
                     f"{sum(r['seconds'] for r in rs) / pages:.2f} | {sum(r['cpu_per_page'] * r['pages'] for r in rs) / pages:.2f} |")
    lines += ["", f"Against the baseline, on seed.rl.pdf's table pages (target: under {TARGET_SECONDS:g} s per A4 page on two cores):", "",
              "| variant | pages | jixiao s/page (CPU s) | whole-page RapidOCR s/page (CPU s) | speed-up, wall (CPU) |", "|---|---|---|---|---|"]
    for name, (count, ours, base) in baseline.items():
        lines.append(f"| {name} | {count} | {ours[0]:.2f} ({ours[1]:.2f}) | {base[0]:.2f} ({base[1]:.2f}) | "
                     f"{base[0] / ours[0]:.1f}× ({base[1] / ours[1]:.1f}×) |")
    lines += ["", "Docling and MinerU are not beside these figures: both fetch their layout, table and OCR models from "
              "model hubs on first use (Docling: the docling-project/docling-models repository via `docling-tools models "
              "download`; MinerU: its pipeline models via `mineru-models-download`), and this machine reaches only package "
              "registries, so neither can run here offline. rapidocr-onnxruntime ships its PP-OCRv4 models inside the wheel.", ""]
    return "\n".join(lines)


def _write(path: Path, report: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if HEADING in text:
        start = text.index(HEADING)
        nxt = text.find("\n## ", start + len(HEADING))
        text = text[:start] + report + (text[nxt + 1 :] if nxt != -1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + report
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
