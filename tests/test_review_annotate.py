"""jixiao review --annotate: the PDF still opens, keeps its pages, and carries the issue boxes."""
from __future__ import annotations

from collections import Counter

import pdfplumber
import pytest

from jixiao.extract import extract_file
from jixiao.review import annotate_pdf
from jixiao.review.annotate import RED
from jixiao.review.row_boxes import issue_spots
from tests.helpers import DRAFTS


def red_rects(page) -> list[dict]:
    return [r for r in page.rects if tuple(round(c, 2) for c in (r.get("stroking_color") or ())) == RED]


@pytest.mark.parametrize("name", ["seed.lo.pdf", "tsv_agriculture_2019.pdf"])
def test_annotated_pdf_opens_with_the_same_pages_and_the_boxes(tmp_path, name):
    src = DRAFTS / name
    record = extract_file(str(src))
    out = tmp_path / "annotated.pdf"
    drawn = annotate_pdf(str(src), str(out), record)
    spots = issue_spots(record)
    assert drawn == len(spots) > 0
    distinct = Counter((page, round(box[0], 1), round(box[1], 1)) for _, page, box in spots)
    with pdfplumber.open(src) as before, pdfplumber.open(out) as after:
        assert len(after.pages) == len(before.pages)
        for number, page in enumerate(after.pages, 1):
            want = [key for key in distinct if key[0] == number]
            got = red_rects(page)
            assert len(got) == len(want), number
            for _, x0, top in want:
                assert any(abs(r["x0"] - x0) < 1 and abs(r["top"] - top) < 1 for r in got), (number, x0, top)
        # The draft's own text is untouched.
        assert after.pages[6].extract_text() .startswith(before.pages[6].extract_text()[:20])


def test_missing_value_row_is_boxed_where_the_row_is(tmp_path):
    src = DRAFTS / "seed.lo.pdf"
    record = extract_file(str(src))
    row = next(i for i in record.projects[6].indicators if i.seq == 2)
    out = tmp_path / "a.pdf"
    annotate_pdf(str(src), str(out), record)
    with pdfplumber.open(out) as pdf:
        rects = red_rects(pdf.pages[row.page - 1])
    assert any(abs(r["x0"] - row.bbox[0]) < 1 and abs(r["top"] - row.bbox[1]) < 1 for r in rects)
