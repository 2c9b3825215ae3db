"""PDFs that look native but whose text layer is missing or lies: the page is read as printed.

The drafts are samples/heldout28b's (reportlab pages whose text was turned to outlines,
whose fonts lost their ToUnicode maps or carry maps shifted by one character, whose
invisible layer holds another department's form, whose glyphs are Type 3 procedures).
Here: which pages the reader sent to OCR, and that what it gives is what the page shows.
"""
from __future__ import annotations

import json

import pytest

from jixiao.extract import extract_file
from tests.helpers import ROOT
from tests.test_ocr_support import needs_ocr

SET = ROOT / "samples" / "heldout28b"
CASES = {  # draft: the pages that must be read from their picture
    "t1_pdf_outlines_nofont_fancheng_2025": [1],  # no text at all: every glyph a path
    "t2_pdf_ttfsubset_notounicode_suxian_2025": [1, 2],  # (cid:) glyphs, and ïðñ where codes pass 127
    "t3_pdf_tounicode_shifted_lengshuitan_2025": [1],  # each glyph mapped to the next character
    "t4_pdf_invisible_otherdept_tianmen_2025": [1],  # an invisible layer over outlines
    "t5_pdf_mixed_p1text_p2curves_jishou_2025": [2],  # page 1 sound, page 2 outlines
}


@pytest.mark.parametrize("stem", CASES)
def test_a_page_whose_text_cannot_be_trusted_is_read_from_its_picture(stem):
    needs_ocr()
    record = extract_file(str(SET / "drafts" / f"{stem}.pdf")).to_dict()
    gold = json.loads((SET / "expected" / f"{stem}.gold.json").read_text(encoding="utf-8"))
    assert record["source"]["ocr_pages"] == CASES[stem]
    assert record["document"]["department"] == gold["document"]["department"]
    assert [p["code"] for p in record["projects"]] == [p["code"] for p in gold["projects"]]


def test_without_ocr_a_page_of_outlines_is_named_for_what_it_lacks():
    from jixiao.extract.errors import DraftError
    from jixiao.extract.pdf import read

    with pytest.raises(DraftError, match=r"page 1 has no text layer .*OCR is off"):
        read(str(SET / "drafts" / "t1_pdf_outlines_nofont_fancheng_2025.pdf"), ocr="never")
    with pytest.raises(DraftError, match=r"text layer is unreadable \(glyphs mapped to the wrong characters\)"):
        read(str(SET / "drafts" / "t3_pdf_tounicode_shifted_lengshuitan_2025.pdf"), ocr="never")
