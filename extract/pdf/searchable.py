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


def invisible_text_pages(path: str, numbers: Iterable[int]) -> set[int]:
    """Of pages ``numbers`` (1-based), those whose text is all invisible over a page-sized image."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    wanted = sorted(set(numbers))
    if not wanted:
        return set()
    found = set()
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError:
        return set()  # what pdfium cannot open is read as its text layer, as before
    try:
        for number in wanted:
            page = pdf[number - 1]
            try:
                width, height = page.get_size()
                texts = invisible = 0
                covered = 0.0
                for obj in page.get_objects(max_depth=4):
                    if obj.type == raw.FPDF_PAGEOBJ_TEXT:
                        texts += 1
                        invisible += raw.FPDFTextObj_GetTextRenderMode(obj.raw) == raw.FPDF_TEXTRENDERMODE_INVISIBLE
                    elif obj.type == raw.FPDF_PAGEOBJ_IMAGE:
                        left, bottom, right, top = obj.get_bounds()
                        covered = max(covered, (right - left) * (top - bottom) / (width * height))
                if texts and invisible == texts and covered >= _PAGE_COVER:
                    found.add(number)
            finally:
                page.close()
    finally:
        pdf.close()
    return found
