"""A page of text with a form pasted on it as a picture.

A Word draft whose 绩效目标表 is a screenshot or a scan, printed to PDF, gives pages
whose text layer is real (the cover, the goal sections, a caption) and whose form
is an image with no text over it.  The page's text layer is read as always; the
picture's part of the page is read by OCR and put in among it, by position:

* a picture counts when it is large (a tenth of the page or more, an inch or more
  each way) and bare (hardly a glyph of the text layer over it: a scan under an
  invisible OCR layer, or a background behind text, is not this);
* the whole page is rendered and read, and only what OCR finds inside the
  pictures is kept, so the text layer's own lines are not read twice.
"""
from __future__ import annotations

from jixiao.extract.blocks import Table

MIN_PAGE_SHARE = 0.10
MIN_SIDE = 72.0  # points
MAX_GLYPHS_OVER = 3

Box = tuple[float, float, float, float]


def _inside(x: float, y: float, box: Box) -> bool:
    x0, top, x1, bottom = box
    return x0 <= x <= x1 and top <= y <= bottom


def bare_pictures(page) -> list[Box]:
    """The large pictures of ``page`` with no text over them."""
    images = page.images
    if not images:
        return []
    area = float(page.width) * float(page.height)
    out: list[Box] = []
    for im in images:
        box = (float(im["x0"]), float(im["top"]), float(im["x1"]), float(im["bottom"]))
        w, h = box[2] - box[0], box[3] - box[1]
        if w < MIN_SIDE or h < MIN_SIDE or w * h < MIN_PAGE_SHARE * area:
            continue
        over = sum(1 for c in page.chars if _inside((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, box))
        if over <= MAX_GLYPHS_OVER and not any(_inside((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, b) for b in out):
            out.append(box)
    return out


def _within(box: Box, boxes: list[Box]) -> bool:
    return any(_inside((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, b) for b in boxes)


def merge(content, read, boxes: list[Box]) -> None:
    """Add to the page's text-layer ``content`` what OCR ``read`` inside the pictures."""
    content.lines.extend(l for l in read.lines if _within((l.x0, l.top, l.x1, l.bottom), boxes))
    content.tables.extend(t for t in read.tables if isinstance(t, Table) and t.where.bbox and _within(t.where.bbox, boxes))


def issues_within(issues: list[dict], boxes_by_page: dict[int, list[Box]]) -> list[dict]:
    """OCR's warnings about cells inside the pictures (its count of fixes stays as it is)."""
    out = []
    for issue in issues:
        bbox, page = issue.get("bbox"), issue.get("page")
        if bbox and page in boxes_by_page and not _within(tuple(bbox), boxes_by_page[page]):
            continue
        out.append(issue)
    return out
