"""Ruling a form's grid with reportlab, for the tests that draw their own PDFs."""
from __future__ import annotations


def rule(c, xs: list[float], ys: list[float], header_rows: int) -> None:
    """Every row ruled across; the column lines drawn full height at the form's edges and
    after the label column, and below the first ``header_rows`` rows elsewhere (there a
    label's value spans the rest of the row)."""
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for k, x in enumerate(xs):
        top = ys[0] if k in (0, 1, len(xs) - 1) else ys[header_rows]
        c.line(x, top, x, ys[-1])


FONT = "STSong-Light"


def titled_page(path, title: str = "项目支出绩效目标表"):
    """(canvas, width, height) of an A4 page with the form's title drawn, the font at 10 pt
    for the cells: how the tests that draw a form begin."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(FONT, 14)
    c.drawString(200, h - 60, title)
    c.setFont(FONT, 10)
    return c, w, h
