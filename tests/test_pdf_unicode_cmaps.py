"""A CJK font the PDF only names, its text in UCS-2 (reportlab's STSong-Light, UniGB-UCS2-H):
codes pdfminer's copy of the CMap lacks are read as the characters they are."""
from __future__ import annotations

import pytest

from jixiao.extract.pdf.reader import read


def _pdf(path, lines):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 10)
    for k, text in enumerate(lines):
        c.drawString(72, 760 - 20 * k, text)
    c.showPage()
    c.save()


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_middle_dot_in_a_ucs2_font_is_kept_with_its_width(tmp_path, engine):
    path = tmp_path / "dot.pdf"
    _pdf(path, ["城乡低保月人均补差 ≥1,050元/人·月", "填报人：阿依古丽·买提"])
    assert b"UniGB-UCS2-H" in path.read_bytes() and b"FontFile" not in path.read_bytes()
    blocks, _ = read(str(path), engine=engine)
    texts = [b.text for b in blocks if hasattr(b, "text")]
    assert "城乡低保月人均补差 ≥1,050元/人·月" in texts and "填报人：阿依古丽·买提" in texts
    # The dot keeps its advance: what follows it stands where it is drawn.
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        chars = pdf.pages[0].chars
    dot = next(c for c in chars if c["text"] == "·")
    after = chars[chars.index(dot) + 1]
    assert after["text"] == "月" and after["x0"] == pytest.approx(dot["x0"] + 10, abs=0.01)
