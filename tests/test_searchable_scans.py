"""Scans made "searchable": the page's picture under an invisible OCR text layer.

Acrobat, ABBYY and scanners' software write their OCR's words in text render mode 3
over the scan. The layer has the OCR's slips and no rulings; the picture has the table.
A sample draft is scanned here (tests/test_ocr_support.py) and given such a layer, its
words where the page prints them with slips of the kind OCR makes (≥ as 2, % as 96):
jixiao reads the picture, and the record is the plain scan's.
"""
from __future__ import annotations

import io

import pytest

from jixiao.extract import extract_file
from jixiao.extract.pdf.searchable import invisible_text_pages
from tests.helpers import DRAFTS, f1, load_gold
from tests.test_ocr_support import CLEAN, needs_ocr, page_images, scanned_pdf

DRAFT = "tsv_civil_2024.pdf"


def _layered(out, *, mode: int, slips: bool = True):
    """``DRAFT``'s scan with its words as a text layer in render ``mode`` (3: invisible)."""
    import pdfplumber
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    images = page_images(DRAFTS / DRAFT, CLEAN)
    with pdfplumber.open(str(DRAFTS / DRAFT)) as pdf:
        sizes = [(p.width, p.height) for p in pdf.pages]
        words = [p.extract_words() for p in pdf.pages]
    c = canvas.Canvas(str(out))
    for image, (width, height), page_words in zip(images, sizes, words):
        c.setPageSize((width, height))
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        c.drawImage(ImageReader(buffer), 0, 0, width=width, height=height)
        text = c.beginText()
        text.setTextRenderMode(mode)
        for w in page_words:
            word = w["text"].replace("≥", "2").replace("%", "96") if slips else w["text"]
            size = max(w["bottom"] - w["top"], 4)
            text.setFont("STSong-Light", size)
            text.setTextOrigin(w["x0"], height - w["bottom"])
            text.textOut(word)
        c.drawText(text)
        c.showPage()
    c.save()
    return out


def test_a_scan_under_an_invisible_layer_is_told_from_print_over_a_background(tmp_path):
    pages = len(page_images(DRAFTS / DRAFT, CLEAN))
    searchable = _layered(tmp_path / "searchable.pdf", mode=3)
    assert invisible_text_pages(str(searchable), range(1, pages + 1)) == set(range(1, pages + 1))
    # The same words printed (visible) over the picture: a page with a background image.
    printed = _layered(tmp_path / "printed.pdf", mode=0)
    assert invisible_text_pages(str(printed), range(1, pages + 1)) == set()
    assert invisible_text_pages(str(DRAFTS / DRAFT), range(1, pages + 1)) == set()


def test_a_searchable_scan_is_read_from_its_picture_not_its_slipped_layer(tmp_path):
    needs_ocr()
    searchable = extract_file(str(_layered(tmp_path / "searchable.pdf", mode=3))).to_dict()
    scan = extract_file(str(scanned_pdf(DRAFTS / DRAFT, tmp_path / "scan.pdf", CLEAN))).to_dict()
    assert searchable["source"]["ocr"] is True

    def read(record):  # what was read, not how sure OCR was of it (the pictures are compressed apart)
        return [(p["name"], p["budget_total"], p["goals"], [(i["level3"], i["value_raw"]) for i in p["indicators"]])
                for p in record["projects"]]

    assert read(searchable) == read(scan)
    score, misses = f1(load_gold(DRAFTS / DRAFT), searchable)
    assert score >= 0.95, f"F1 {score:.3f}\n" + "\n".join(misses[:20])
