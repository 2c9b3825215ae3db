"""A red seal stamped over a form's last rows (extract/pdf/seal.py), drawn with reportlab.

An electronic seal is a red ring, the unit's name set round it letter by letter, and a ★ and
财务专用章 across its middle: the letters land in the cells under it unless they are left out.
"""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from jixiao.extract import extract_file
from tests.drawn_forms import FONT, rule, titled_page

ROWS = [("产出指标", "数量指标", "家庭医生签约人数", "≥3.2万人"), ("产出指标", "质量指标", "签约居民随访率", "≥90%"),
        ("效益指标", "社会效益指标", "基层首诊比例", "逐年提高"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%")]
RED = (0.86, 0.08, 0.1)


def _draw(path: Path, ring_letters: bool, red_watermark: bool = False) -> None:
    c, w, h = titled_page(path)
    grid = [("项目名称", "家庭医生签约服务", "", ""), ("一级指标", "二级指标", "三级指标", "指标值")] + ROWS
    xs = [50, 130, 250, 440, 540]
    ys = [h - 80 - 24 * i for i in range(len(grid) + 1)]
    for r, row in enumerate(grid):
        for col, text in enumerate(row):
            # the first target printed red, as a changed value is: no seal's, so it stays
            c.setFillColorRGB(*(RED if (r, col) == (2, 3) else (0, 0, 0)))
            c.drawString(xs[col] + 4, ys[r] - 16, text)
    rule(c, xs, ys, 1)
    c.setFillColorRGB(*RED)
    # The seal, centred on the value column's last rows.
    cx, cy, radius = 470, ys[-2], 48
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(2)
    c.circle(cx, cy, radius)
    if ring_letters:
        name = "故城县卫生健康局"
        for k, letter in enumerate(name):
            angle = 150 - k * 120 / (len(name) - 1)
            c.saveState()
            c.translate(cx + (radius - 14) * math.cos(math.radians(angle)), cy + (radius - 14) * math.sin(math.radians(angle)))
            c.rotate(angle - 90)
            c.setFont(FONT, 11)
            c.drawCentredString(0, 0, letter)
            c.restoreState()
    c.setFont(FONT, 16)
    c.drawCentredString(cx, cy - 6, "★")
    c.setFont(FONT, 9)
    c.drawCentredString(cx, cy - 26, "财务专用章")
    if red_watermark:  # red too, slanted right across the page: no seal's round
        c.saveState()
        c.setFont(FONT, 60)
        c.translate(w / 2, h - 170)  # across the table, the red first target inside its box
        c.rotate(40)
        c.drawCentredString(0, 0, "征求意见稿")
        c.restoreState()
    c.showPage()
    c.save()


@pytest.mark.parametrize("ring_letters", [True, False], ids=["lettered", "plain-ring"])
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_red_seal_over_the_last_rows_stays_out_of_their_cells(tmp_path, engine, ring_letters):
    path = tmp_path / "sealed.pdf"
    _draw(path, ring_letters)
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        assert "财务专用章" in "".join(ch["text"] for ch in pdf.pages[0].chars)  # in the text layer indeed
    record = extract_file(str(path), pdf_engine=engine).to_dict()
    [project] = record["projects"]
    assert [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in project["indicators"]] == ROWS


def test_red_letters_outside_a_seal_are_the_drafts():
    from jixiao.extract.pdf.seal import _red

    assert _red((0.86, 0.08, 0.1)) and _red((0, 1, 1, 0)) and _red([1.0, 0.0, 0.0])
    assert not any(_red(c) for c in ((0.25,), (0, 0, 0), (0.9, 0.55, 0.6), (0, 0, 1, 0), None, ("P0",)))


def test_a_red_watermark_across_the_page_is_no_seal(tmp_path):
    path = tmp_path / "draft.pdf"
    _draw(path, ring_letters=False, red_watermark=True)
    [project] = extract_file(str(path)).to_dict()["projects"]
    # the red first target stays: the watermark's letters draw no seal round it
    assert [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in project["indicators"]] == ROWS
