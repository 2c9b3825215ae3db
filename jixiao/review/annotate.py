"""The draft's PDF with a red box over every spot an issue points at, and the issue
itself as a note (a PDF Text annotation with its popup) beside the box.

pypdfium2 renders but does not draw, so reportlab draws the boxes on a
transparent page of the same size and pypdf stamps it onto the original. The
notes are real annotations: every viewer shows their icon and opens the message
(code, severity, the full sentence in Chinese) on a click, with no font embedded.
"""
from __future__ import annotations

import io
from collections import Counter, defaultdict

from jixiao.extract.errors import DraftError
from jixiao.extract.record import Issue, Record
from jixiao.review.row_boxes import issue_spots

RED = (0.85, 0.0, 0.0)


def draw_issue_boxes(path: str, out_path: str, record: Record) -> int:
    if record.source.format != "pdf":
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
        add_issue_notes(writer, number - 1, page.mediabox, spots)
        drawn += len(spots)
    with open(out_path, "wb") as fh:
        writer.write(fh)
    return drawn


NOTE_SIZE = 16  # points: the note icon's square


def note_text(issue: Issue) -> str:
    """What the note says: severity and code, then the message (which names its project and row)."""
    head = f"{issue.severity or 'issue'} · {issue.code or ''}".strip(" ·")
    return f"{head}\n{issue.message or ''}"


def add_issue_notes(writer, page_index: int, mediabox, spots) -> None:
    """One Text annotation (and its Popup) per issue, in the margin right of its box."""
    from pypdf.annotations import Popup, Text
    from pypdf.generic import NameObject, NumberObject, TextStringObject

    left, bottom_edge = float(mediabox.left), float(mediabox.bottom)
    width, height = float(mediabox.width), float(mediabox.height)
    stacked: Counter = Counter()
    for issue, (x0, top, x1, bottom) in spots:
        key = (round(x0, 1), round(top, 1))
        x = left + min(x1 + 2, width - NOTE_SIZE - 2)
        y_top = bottom_edge + height - top - NOTE_SIZE * stacked[key]
        stacked[key] += 1
        rect = (x, y_top - NOTE_SIZE, x + NOTE_SIZE, y_top)
        note = Text(rect=rect, text=note_text(issue), open=False)
        note[NameObject("/T")] = TextStringObject("jixiao")
        note[NameObject("/Subj")] = TextStringObject(str(issue.code or "issue"))
        note[NameObject("/Name")] = NameObject("/Comment")
        note[NameObject("/C")] = _colour(RED)
        note[NameObject("/F")] = NumberObject(4)  # printable
        added = writer.add_annotation(page_index, note)
        popup_rect = (x + NOTE_SIZE, y_top - 120, min(x + NOTE_SIZE + 220, left + width), y_top)
        writer.add_annotation(page_index, Popup(rect=popup_rect, parent=added, open=False))


def _colour(rgb):
    from pypdf.generic import ArrayObject, FloatObject

    return ArrayObject([FloatObject(c) for c in rgb])


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
        # In the margin right of the box and its note icon, so it hides no printed text; the code is
        # ASCII, so the base font draws it without embedding a CJK font.
        c.drawString(left + x1 + NOTE_SIZE + 4, bottom_edge + height - top - 7 - 7 * labels_at[key], str(issue.code or "issue"))
        labels_at[key] += 1
    c.save()
    buf.seek(0)
    return PdfReader(buf).pages[0]
