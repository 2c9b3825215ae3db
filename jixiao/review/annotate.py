"""The draft's PDF with a red box over every spot an issue points at.

pypdfium2 renders but does not draw, so reportlab draws the boxes on a
transparent page of the same size and pypdf stamps it onto the original.
"""
from __future__ import annotations

import io
from collections import Counter, defaultdict

from extract.errors import DraftError
from jixiao.review.row_boxes import issue_spots

RED = (0.85, 0.0, 0.0)


def draw_issue_boxes(path: str, out_path: str, record: dict) -> int:
    if record["source"].get("format") != "pdf":
        raise DraftError(path, "--annotate needs a PDF draft; a text draft has no pages to draw on", code="not_pdf")
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(path)
    by_page: dict[int, list] = defaultdict(list)
    for issue, page, box in issue_spots(record):
        by_page[page].append((issue, box))
    writer = PdfWriter(clone_from=reader)
    drawn = 0
    for number, spots in by_page.items():
        if not 1 <= number <= len(writer.pages):
            continue
        page = writer.pages[number - 1]
        page.merge_page(_overlay(page.mediabox, spots))
        drawn += len(spots)
    with open(out_path, "wb") as fh:
        writer.write(fh)
    return drawn


def _overlay(mediabox, spots):
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    left, bottom_edge = float(mediabox.left), float(mediabox.bottom)
    width, height = float(mediabox.width), float(mediabox.height)
    buf = io.BytesIO()
    # The overlay is merged in the page's own user space, origin included.
    c = canvas.Canvas(buf, pagesize=(left + width, bottom_edge + height))
    c.setStrokeColorRGB(*RED)
    c.setFillColorRGB(*RED)
    c.setLineWidth(1.5)
    c.setFont("Helvetica", 6)
    labels_at: Counter = Counter()
    for issue, (x0, top, x1, bottom) in spots:
        # PDF space grows upwards from the bottom; pdfplumber's top grows downwards.
        key = (round(x0, 1), round(top, 1))
        if not labels_at[key]:
            c.rect(left + x0, bottom_edge + height - bottom, x1 - x0, bottom - top, stroke=1, fill=0)
        # In the margin right of the box, so it hides no printed text; the code is
        # ASCII, so the base font draws it without embedding a CJK font.
        c.drawString(left + x1 + 3, bottom_edge + height - top - 7 - 7 * labels_at[key], str(issue.get("code") or "issue"))
        labels_at[key] += 1
    c.save()
    buf.seek(0)
    return PdfReader(buf).pages[0]
