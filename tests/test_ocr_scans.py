"""Issue 13: scanned drafts read by OCR into the same record.

The scans are made at test time from the sample PDFs (tests/test_ocr_support.py):
rendered, turned, specked, JPEG-compressed and saved without any text layer,
then scored fact by fact against the samples' hand-checked records.  One draft
per variant, each a draft the OCR code was not tuned on; the benchmark
(benchmarks/bench_ocr.py) sweeps every sample in every variant.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from jixiao.extract import extract_file
from jixiao.extract.errors import DraftError
from tests.helpers import DRAFTS, ROOT, f1, load_gold
from tests.test_ocr_support import CLEAN, LOSSY, SKEWED, needs_ocr, page_images, scanned_pdf, smudged_page

CASES = [
    (CLEAN, "tsv_civil_2024.pdf"),
    (SKEWED, "markdown_health_2021.pdf"),
    (LOSSY, "html_education_2022.pdf"),
]


@pytest.mark.parametrize("variant,draft", CASES, ids=[f"{v}-{d}" for v, d in CASES])
def test_a_scanned_draft_scores_against_its_gold(tmp_path, variant, draft):
    needs_ocr()
    scan = scanned_pdf(DRAFTS / draft, tmp_path / f"scan-{draft}", variant)
    record = extract_file(str(scan)).to_dict()
    assert record["source"]["ocr"] is True
    assert record["source"]["ocr_pages"] == list(range(1, record["source"]["pages"] + 1))
    score, misses = f1(load_gold(DRAFTS / draft), record)
    assert score >= 0.90, f"F1 {score:.3f}\n" + "\n".join(misses[:40])
    indicators = [i for p in record["projects"] for i in p["indicators"]]
    assert indicators and all(0 < i["ocr_confidence"] <= 1 for i in indicators)
    assert all(0 < p["ocr_confidence"] <= 1 for p in record["projects"])


def _mixed_pdf(tmp_path, scanned_page: int):
    """seed.rl.pdf with one page replaced by a 200 dpi scan of itself."""
    import pypdfium2

    seed = DRAFTS / "seed.rl.pdf"
    page_scan = scanned_pdf(seed, tmp_path / "page.pdf", CLEAN, pages=[scanned_page])
    src, scan = pypdfium2.PdfDocument(str(seed)), pypdfium2.PdfDocument(str(page_scan))
    out = pypdfium2.PdfDocument.new()
    out.import_pages(src, list(range(scanned_page - 1)))
    out.import_pages(scan, [0])
    out.import_pages(src, list(range(scanned_page, len(src))))
    path = tmp_path / "mixed.pdf"
    out.save(str(path))
    return path


def test_a_mixed_pdf_keeps_its_text_layer_and_reads_only_the_scanned_page(tmp_path):
    needs_ocr()
    record = extract_file(str(_mixed_pdf(tmp_path, 7))).to_dict()
    assert record["source"]["ocr_pages"] == [7]
    score, misses = f1(load_gold(DRAFTS / "seed.rl.pdf"), record)
    assert score >= 0.97, "\n".join(misses[:40])
    on_scan = [i for p in record["projects"] for i in p["indicators"] if i["page"] == 7]
    elsewhere = [i for p in record["projects"] for i in p["indicators"] if i["page"] != 7]
    assert on_scan and all("ocr_confidence" in i for i in on_scan)
    assert elsewhere and not any("ocr_confidence" in i for i in elsewhere)
    import jsonschema

    from tests.helpers import SCHEMA

    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(record)


def test_ocr_never_refuses_the_scan_and_ocr_always_reads_text_pages_too(tmp_path):
    needs_ocr()
    scan = scanned_pdf(DRAFTS / "seed.rl.pdf", tmp_path / "scan.pdf", CLEAN, pages=[7])
    with pytest.raises(DraftError) as err:
        extract_file(str(scan), ocr="never").to_dict()
    assert err.value.code == "scanned" and "OCR is off (--ocr never)" in str(err.value)
    import pypdfium2

    from jixiao.extract.pdf import read

    two = pypdfium2.PdfDocument.new()
    two.import_pages(pypdfium2.PdfDocument(str(scan)), [0])
    two.import_pages(pypdfium2.PdfDocument(str(DRAFTS / "seed.rl.pdf")), [7])
    two.save(str(tmp_path / "two.pdf"))
    _, auto = read(str(tmp_path / "two.pdf"))
    _, always = read(str(tmp_path / "two.pdf"), ocr="always")
    assert auto["ocr_pages"] == [1] and always["ocr_pages"] == [1, 2]


def _project_cells(record):
    return [_squashed(i) for p in record["projects"] for i in p["indicators"]]


def _squashed(indicator) -> tuple[str, str]:
    return tuple("".join((indicator[k] or "").split()) for k in ("level3", "value_raw"))


def test_image_files_png_jpeg_and_multi_page_tiff_are_scans(tmp_path):
    needs_ocr()
    seed = DRAFTS / "seed.rl.pdf"
    gold = load_gold(seed)
    want = [_squashed(i) for p in gold["projects"][:2] for i in p["indicators"]]
    pages = page_images(seed, CLEAN, pages=[7, 8])
    tiff = tmp_path / "scan.tif"
    pages[0].save(tiff, "TIFF", save_all=True, append_images=pages[1:], dpi=(200, 200), compression="tiff_lzw")
    record = extract_file(str(tiff)).to_dict()
    assert record["source"]["format"] == "image" and record["source"]["pages"] == 2
    got = _project_cells(record)
    assert len(got) == len(want)
    assert sum(g == w for g, w in zip(got, want)) >= 0.9 * len(want), got
    for kind, suffix in (("PNG", "png"), ("JPEG", "jpg")):
        single = tmp_path / f"page.{suffix}"
        pages[0].save(single, kind, dpi=(200, 200))
        record = extract_file(str(single)).to_dict()
        assert record["source"]["format"] == "image" and record["source"]["pages"] == 1
        assert len(_project_cells(record)) == len(gold["projects"][0]["indicators"])


def test_without_the_extra_a_scan_gets_one_line_naming_it(tmp_path):
    scan = scanned_pdf(DRAFTS / "seed.rl.pdf", tmp_path / "scan.pdf", LOSSY, pages=[7])
    png = tmp_path / "page.png"
    page_images(DRAFTS / "seed.rl.pdf", LOSSY, pages=[7])[0].save(png)
    # The extra hidden from this process alone, as on an install without it.
    code = ("import sys; sys.modules['rapidocr_onnxruntime'] = None; from jixiao.cli import main; "
            "sys.exit(main(sys.argv[1:]))")
    for path in (scan, png):
        run = subprocess.run([sys.executable, "-c", code, "extract", str(path)], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 1, run.stderr
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"jixiao: error: {path}: "), run.stderr
        assert "pip install 'jixiao[ocr]'" in lines[0]


def test_a_smudged_cell_is_reported_with_its_page_and_box(tmp_path):
    needs_ocr()
    path, target = smudged_page(tmp_path / "smudged.png")
    record = extract_file(str(path)).to_dict()
    low = [i for i in record["issues"] if i["code"] == "ocr_low_confidence"]
    assert low, json.dumps(record["issues"], ensure_ascii=False)
    hit = [i for i in low if i["page"] == 1 and i["bbox"][0] <= target[0] <= i["bbox"][2]
           and i["bbox"][1] <= target[1] <= i["bbox"][3]]
    assert hit and hit[0]["severity"] == "warning"


def test_a_text_layer_draft_never_loads_the_ocr_libraries():
    code = ("import sys; from jixiao.extract import extract_file; extract_file(sys.argv[1]); "
            "print(sorted(m for m in ('cv2', 'onnxruntime', 'rapidocr_onnxruntime', 'jixiao.extract.ocr.page') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code, str(DRAFTS / "seed.rl.pdf")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
