"""A Word draft whose form is a picture, printed to PDF: the page's text is real, the form is not.

LibreOffice prints the .docx (cover and goal text, then the form as a Chromium screenshot) to
one page holding 79 glyphs of text and one large image with no text over it. The text layer is
read as always and the picture's part of the page by OCR, each in its place.
"""
from __future__ import annotations

import subprocess

from tests.test_ocr_support import needs_ocr
from tests.test_office_pictures import ROWS, _draft, _form, _rows, _screenshot

from jixiao.extract import extract_file
from jixiao.extract.pdf import pictured


def _printed(soffice: str, tmp_path, docx) -> str:
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx)], check=True, capture_output=True, timeout=180)
    return str(docx.with_suffix(".pdf"))


def test_a_form_pasted_as_a_picture_is_read_from_the_printed_page(soffice, tmp_path):
    needs_ocr()
    import pdfplumber

    pdf = _printed(soffice, tmp_path, _draft(tmp_path, _screenshot(tmp_path, [_form("乡村文化振兴项目", "WL-2025-03", ROWS)], 620)))
    with pdfplumber.open(pdf) as doc:
        (page,) = doc.pages
        assert page.chars and len(pictured.bare_pictures(page)) == 1
    record = extract_file(pdf).to_dict()
    assert record["source"]["ocr"] is True and record["source"]["ocr_pages"] == [1]
    (project,) = record["projects"]
    assert project["code"] == "WL-2025-03" and _rows(project) == ROWS
    # The text layer's own lines are read once, from the text layer.
    assert record["document"]["department"] == "县文化和旅游局"
    assert record["overall_goals"] == ["繁荣发展公共文化事业，推进文化和旅游融合发展。"]
    assert not [i for i in record["issues"] if i.get("bbox") and i["bbox"][3] < 200]  # no OCR warning above the picture


def test_a_picture_under_text_or_a_small_one_is_not_a_pasted_form():
    class Page:  # pdfplumber's page as far as bare_pictures reads it
        width, height = 595.0, 842.0

        def __init__(self, images, chars):
            self.images, self.chars = images, chars

    def image(x0, top, x1, bottom):
        return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}

    glyphs = [{"x0": 120 + 12 * k, "x1": 132 + 12 * k, "top": 300, "bottom": 312} for k in range(20)]
    assert pictured.bare_pictures(Page([image(100, 200, 500, 600)], [])) == [(100, 200, 500, 600)]
    assert pictured.bare_pictures(Page([image(100, 200, 500, 600)], glyphs)) == []  # a background: text stands on it
    assert pictured.bare_pictures(Page([image(400, 700, 520, 800)], [])) == []  # a seal or a logo: under a tenth of the page
