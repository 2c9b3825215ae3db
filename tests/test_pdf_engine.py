"""The pdfium engine against the pdfplumber engine, its oracle: the same record.

Both engines feed the same table finder and line builder; they differ only in
how a page's glyphs and paths are read.  pdfium keeps coordinates in single
precision and rounds fractional glyph widths, so a box may differ by a few
hundredths of a point: provenance ``bbox`` values are compared to within 0.5 pt,
everything else exactly.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.extract import extract_file
from jixiao.extract.pdf.reader import read
from tests.helpers import DRAFTS

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SAMPLES = sorted(DRAFTS.glob("*.pdf")) + sorted(SEEDS.glob("*.pdf"))


def _same(a, b, where="record"):
    if isinstance(a, dict) and isinstance(b, dict):
        assert a.keys() == b.keys(), where
        for k in a:
            if k == "bbox" and a[k] is not None and b[k] is not None:
                assert len(a[k]) == len(b[k]) and all(abs(x - y) <= 0.5 for x, y in zip(a[k], b[k])), f"{where}.bbox"
            else:
                _same(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            _same(x, y, f"{where}[{i}]")
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


@pytest.mark.parametrize("pdf", SAMPLES, ids=lambda p: p.name)
def test_pdfium_engine_gives_the_pdfplumber_record(pdf):
    oracle = extract_file(str(pdf), pdf_engine="pdfplumber").to_dict()
    fast = extract_file(str(pdf), pdf_engine="pdfium").to_dict()
    assert oracle["projects"], "a sample without projects proves little"
    _same(oracle, fast)


def test_seed_samples_are_present():
    assert len(SAMPLES) >= 8 and any("lo.pdf" in p.name for p in SAMPLES) and any("rl.pdf" in p.name for p in SAMPLES)


def _blocks(path: Path, engine: str):
    blocks, source = read(str(path), engine=engine)
    out = []
    for b in blocks:
        if hasattr(b, "rows"):
            out.append(("table", b.where.page, [[c and c.text for c in row] for row in b.rows]))
        else:
            out.append(("line", b.where.page, b.text, b.para_break_before, b.page_break_before))
    return out, source


def _draw_draft(path: Path, *, font: str, borders: str) -> None:
    """A two-page draft with a ruled 绩效目标表: ``borders`` 'lines' (stroked, as
    LibreOffice and reportlab draw) or 'rects' (thin filled rectangles, as WPS exports)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    for page in (1, 2):
        c.setFont(font, 16)
        c.drawString(72, h - 72, f"{page}、科技成果转化项目绩效目标表")
        c.setFont(font, 10.5)
        c.drawString(72, h - 100, "471002 抚宁区工业信息管理局（单位：万元）")
        rows = [("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "培训人次", "≥120人次"),
                ("效益指标", "社会效益指标", "群众满意度（%）", "≥95%")]
        xs = [72, 172, 272, 402, 522]
        top = h - 130
        ys = [top - 24 * i for i in range(len(rows) + 1)]
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                c.drawString(xs[col] + 4, ys[r] - 16, text)
        for y in ys:
            if borders == "lines":
                c.line(xs[0], y, xs[-1], y)
            else:
                c.rect(xs[0], y - 0.25, xs[-1] - xs[0], 0.5, stroke=0, fill=1)
        for x in xs:
            if borders == "lines":
                c.line(x, ys[0], x, ys[-1])
            else:
                c.rect(x - 0.25, ys[-1], 0.5, ys[0] - ys[-1], stroke=0, fill=1)
        c.drawString(72, ys[-1] - 40, "    本项目年度目标：完成培训120人次，群众满意度不低于95%。")
        c.drawString(290, 40, f"- {page} -")
        c.showPage()
    c.save()


@pytest.mark.parametrize("borders", ["lines", "rects"])
def test_a_cjk_font_the_pdf_only_names_is_read_by_pdfminer(tmp_path, borders):
    """reportlab's STSong-Light: a CID font with a predefined CMap, no ToUnicode, not embedded.
    pdfium reads such a font through a system font it finds in its stead: on a machine without
    CJK fonts it spelled 前 and 比 as spaces and ordered the page otherwise (a borderless form
    went from F1 1.0 to 0.39 with /usr/share/fonts/opentype/noto moved away). pdfminer reads
    the PDF's own widths and CMap whatever the machine has: the page is left to it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / f"stsong_{borders}.pdf"
    _draw_draft(path, font="STSong-Light", borders=borders)
    assert b"ToUnicode" not in path.read_bytes() and b"FontFile" not in path.read_bytes()
    oracle, source = _blocks(path, "pdfplumber")
    fast, fast_source = _blocks(path, "pdfium")
    assert any(b[0] == "table" for b in oracle), "the ruled table must be found"
    assert not _read_by_pdfium(path), "a font the machine may lack is read by pdfium"
    assert fast == oracle and fast_source == source


def _read_by_pdfium(path: Path) -> bool:
    from jixiao.extract.limits import DEFAULT
    from jixiao.extract.pdf.pdfium_page import PdfiumPage, open_pdfium

    doc = open_pdfium(str(path), DEFAULT)
    try:
        return doc is not None and all(isinstance(p, PdfiumPage) for p in doc.pages)
    finally:
        if doc is not None:
            doc.close()


def test_seed_pages_are_read_by_pdfium():
    """The equality above is about pdfium's reading, not about the per-page fallback."""
    for pdf in SAMPLES:
        if "seed" in pdf.name or "000_" in pdf.name:
            assert _read_by_pdfium(pdf), pdf.name


def test_line_end_hyphen_is_read_by_pdfium(tmp_path):
    """pdfium's text page marks a ``-`` that ends a line before a word goes on (U+0002);
    the font's ToUnicode map says which hyphen it was, so the page stays with pdfium
    (LibreOffice's seed export has one: 数量- / 上年度)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    path = tmp_path / "hyphen.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("DejaVuSans", 11)
    c.drawString(72, 760, "Project code: ABC-")
    c.drawString(72, 746, "2026 budget line")
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(path))
    tp = doc[0].get_textpage()
    marked = [i for i in range(raw.FPDFText_CountChars(tp.raw)) if raw.FPDFText_IsHyphen(tp.raw, i)]
    tp.close()
    doc.close()
    assert marked, "pdfium no longer marks the line-end hyphen: the test proves nothing"
    oracle, source = _blocks(path, "pdfplumber")
    fast, fast_source = _blocks(path, "pdfium")
    assert _read_by_pdfium(path)
    assert fast == oracle and "ABC-" in " ".join(str(b) for b in fast)


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown PDF engine"):
        read(str(SAMPLES[0]), engine="mupdf")
