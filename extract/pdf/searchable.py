"""Scanned pages made "searchable": a picture of the page under an invisible OCR text layer.

Acrobat's Recognize Text, ABBYY FineReader and scanners' own software lay the words
their OCR read in text render mode 3 (neither filled nor stroked) over the page's
image. Read as text, such a layer has the OCR's slips, words placed roughly (or not over
the picture at all, when the scan lies sideways) and no rulings: the table is in the
picture only. Where OCR is installed the page is read as the scan it is.
"""
from __future__ import annotations

from typing import Iterable

# An image this much of the page's area is the page itself, not a seal or a logo.
_PAGE_COVER = 0.5
# Curved paths on a page that make it text drawn as outlines ("convert text to curves" in a
# print shop: every glyph a path). A chart or a seal has a few; a page of glyphs hundreds.
DRAWN_GLYPHS = 60


def drawn_text(page) -> bool:
    """Does the page (pdfplumber's) draw its text as outlines? Then it is a picture to read."""
    return len(page.curves) >= DRAWN_GLYPHS


class SearchableScans:
    """The pages of ``path`` that are scans under an invisible layer, where OCR can read them
    instead (``number in scans``). Asked page by page, for the pages that hold a picture only
    (an image, or text drawn as outlines);
    OCR looked for and the document opened once, at the first question."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._pdf = None
        self._asked = False

    def __contains__(self, number: int) -> bool:
        if not self._asked:
            self._asked = True
            self._pdf = _opened(self.path)
        return self._pdf is not None and _invisible_over_picture(self._pdf, number)

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def _opened(path: str):
    import pypdfium2 as pdfium

    from jixiao.extract import ocr as ocr_support

    if not ocr_support.available():
        return None  # without OCR the layer is all there is to read
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError:
        return None  # what pdfium cannot open is read as its text layer, as before


def invisible_text_pages(path: str, numbers: Iterable[int]) -> set[int]:
    """Of pages ``numbers`` (1-based), those whose text is all invisible over a page-sized image."""
    scans = SearchableScans(path)
    try:
        return {n for n in sorted(set(numbers)) if n in scans}
    finally:
        scans.close()


def _invisible_over_picture(pdf, number: int) -> bool:
    import pypdfium2.raw as raw

    page = pdf[number - 1]
    try:
        width, height = page.get_size()
        texts = invisible = paths = 0
        covered = 0.0
        for obj in page.get_objects(max_depth=4):
            if obj.type == raw.FPDF_PAGEOBJ_TEXT:
                texts += 1
                invisible += raw.FPDFTextObj_GetTextRenderMode(obj.raw) == raw.FPDF_TEXTRENDERMODE_INVISIBLE
            elif obj.type == raw.FPDF_PAGEOBJ_IMAGE:
                left, bottom, right, top = obj.get_bounds()
                covered = max(covered, (right - left) * (top - bottom) / (width * height))
            elif obj.type == raw.FPDF_PAGEOBJ_PATH:
                paths += 1
        # Under the invisible layer a picture: a scan, or the page's text drawn as outlines
        # (then the layer may be another document's altogether; the outlines are what prints).
        return bool(texts) and invisible == texts and (covered >= _PAGE_COVER or paths >= DRAWN_GLYPHS)
    finally:
        page.close()
