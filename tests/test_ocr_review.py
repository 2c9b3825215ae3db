"""The review page of a scan: the page image with low-confidence cells in amber."""
from __future__ import annotations

import re

from jixiao.extract import extract_file
from tests.test_ocr_support import needs_ocr, smudged_page


def test_the_review_page_of_a_scan_outlines_low_confidence_cells_in_amber(tmp_path):
    needs_ocr()
    from jixiao.review import review_html
    from jixiao.review.page_images import DISPLAY_SCALE

    path, (x, top) = smudged_page(tmp_path / "smudged.png")
    record = extract_file(str(path))
    html = review_html(str(path), record)
    assert 'alt="PDF page 1"' in html and "data:image/png;base64," in html
    boxes = re.findall(r'<a class="box ocr-low"[^>]*style="left:([\d.]+)px;top:([\d.]+)px;width:([\d.]+)px;height:([\d.]+)px"', html)
    assert boxes, "no amber box"
    left, y, width, height = (float(v) / DISPLAY_SCALE for v in boxes[0])
    assert left <= x <= left + width and y <= top <= y + height
    assert ".box.ocr-low { border-color: #ffb000" in html
