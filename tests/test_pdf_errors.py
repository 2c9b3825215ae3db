"""Damaged, protected and scanned PDFs: one-line DraftErrors, never tracebacks."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.extract.errors import DraftError
from jixiao.extract.pdf import read
from jixiao.extract.pdf.textlayer import TextLayerReport

SEED = Path(__file__).resolve().parents[1] / "samples" / "drafts" / "seed.rl.pdf"


def image_only_pdf(path: Path, text_pages: int = 0) -> Path:
    """A page that is only a picture (a scan), optionally followed by text pages."""
    pdfium = pytest.importorskip("pypdfium2")
    src = pdfium.PdfDocument(str(SEED))
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(595, 842)
    img = pdfium.PdfImage.new(doc)
    img.set_bitmap(src[0].render(scale=0.4))
    img.set_matrix(pdfium.PdfMatrix().scale(595, 842))
    page.insert_obj(img)
    page.gen_content()
    if text_pages:
        doc.import_pages(src, list(range(1, 1 + text_pages)))
    doc.save(str(path))
    return path


def test_scanned_pdf_gives_the_ocr_error(tmp_path):
    path = image_only_pdf(tmp_path / "scan.pdf")
    with pytest.raises(DraftError) as err:
        read(str(path), ocr="never")
    assert err.value.code == "scanned"
    assert "page 1 has no text layer (scanned PDF); OCR is off (--ocr never)" in str(err.value)


def test_one_scanned_page_among_text_pages_is_a_warning(tmp_path):
    path = image_only_pdf(tmp_path / "partscan.pdf", text_pages=2)
    blocks, source = read(str(path), ocr="never")
    assert blocks
    assert source["warnings"] == ["page 1: no text layer (scanned page); skipped, OCR is off (--ocr never)"]


def test_encrypted_pdf_gives_the_encrypted_error(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=str(SEED))
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "locked.pdf"
    writer.write(str(path))
    with pytest.raises(DraftError) as err:
        read(str(path))
    assert err.value.code == "encrypted"


@pytest.mark.parametrize("fraction", [0.02, 0.5, 0.97])
def test_truncated_pdf_gives_a_one_line_error(tmp_path, fraction):
    data = SEED.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(DraftError) as err:
        read(str(path))
    assert err.value.code == "corrupt"
    assert "\n" not in str(err.value) and len(str(err.value)) < 300


def test_not_a_pdf_at_all(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_text("hello")
    with pytest.raises(DraftError) as err:
        read(str(path))
    assert err.value.code == "corrupt"


def _glyphs(text: str) -> list[dict]:
    return [{"text": ch} for ch in text]


def test_cid_glyphs_on_most_pages_make_the_text_layer_unreadable():
    report = TextLayerReport("x.pdf")
    report.add_page(1, [{"text": "(cid:123)"}] * 50, False)
    report.add_page(2, [{"text": "(cid:77)"}] * 40 + _glyphs("绩效"), False)
    report.add_page(3, _glyphs("部门预算绩效文本"), False)
    with pytest.raises(DraftError) as err:
        report.verdict()
    assert err.value.code == "bad_text_layer"
    assert "pages 1, 2: text layer is unreadable ((cid:NNN) glyphs)" in str(err.value)


def test_a_few_damaged_glyphs_are_a_warning():
    report = TextLayerReport("x.pdf")
    report.add_page(1, _glyphs("部门预算绩效文本部门预算绩效文本") + [{"text": "(cid:5)"}], False)
    report.add_page(2, _glyphs("绩效目标表"), False)
    assert report.verdict() == ["page 1: some glyphs have no readable text ((cid:NNN) glyphs)"]


def test_pdfminer_font_warnings_do_not_reach_stderr(tmp_path):
    """A font descriptor without FontBBox makes pdfminer log a warning per glyph; the user sees
    the record (or our one line), not hundreds of log lines."""
    import subprocess
    import sys

    from tests.helpers import ROOT

    pdf = ROOT / "samples" / "heldout11b" / "drafts" / "y1_pdf_chromium_webpage_xiaodian_2024.pdf"
    out = subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", "--pdf-engine", "pdfplumber", str(pdf)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0 and out.stderr == ""


def _seed_text() -> str:
    from tests.helpers import DRAFTS

    return (DRAFTS / "seed.txt").read_text(encoding="utf-8")[:3000]


def test_a_map_that_sends_every_glyph_to_the_next_character_is_unreadable():
    """A rewritten ToUnicode map reads plausible but rare characters (3136幵郩闩 for 2025年部门):
    the page is damaged, as (cid:) glyphs are; the same text as printed, simplified or
    traditional, is not."""
    text = "".join(ch for ch in _seed_text() if not ch.isspace())
    shifted = "".join(chr(ord(ch) + 1) for ch in text)
    traditional = "績效目標表項目支出預算數資金用途滿意度指標產出數量質量時效成本效益社會經濟生態可持續影響服務對象" * 3
    report = TextLayerReport("x.pdf")
    assert report.add_page(1, _glyphs(text), False)
    assert report.add_page(2, _glyphs(traditional), False)
    assert not report.add_page(3, _glyphs(shifted), False)
    assert report.damaged == [3]
    assert "page 3: some glyphs" not in " ".join(report.verdict(recovered={3}))
    report.add_page(4, _glyphs(shifted), False)
    report.add_page(5, _glyphs(shifted), False)
    with pytest.raises(DraftError, match=r"pages 3, 4, 5: text layer is unreadable \(glyphs mapped to the wrong characters\)"):
        report.verdict()


def test_accented_letters_where_a_font_lost_its_map_are_damaged_glyphs():
    # A subset font's codes above 127 read through the standard encoding: ïðñòóô.
    report = TextLayerReport("x.pdf")
    assert not report.add_page(1, _glyphs("2025ïðñòóô532718ÃÄÅÆÇÈÉÊË"), False)
    # The symbols a draft prints are no damage: ×, ·, °, ±, ², ‰.
    assert report.add_page(2, _glyphs("面积×单价·年 25°C ±0.5 m² 3‰ 绩效目标"), False)
    assert report.some_bad == []
