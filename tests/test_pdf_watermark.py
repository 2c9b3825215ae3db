"""A watermark drawn as slanted text across a form (extract/pdf/watermark.py), with reportlab."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.extract import extract_file
from tests.drawn_forms import FONT, rule, titled_page

ROWS = [("产出指标", "数量指标", "新建改造农村户用卫生厕所", "≥1200户"), ("产出指标", "质量指标", "改厕验收合格率", "100%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%")]


def _draw(path: Path) -> None:
    c, w, h = titled_page(path)
    grid = [("项目名称", "农村人居环境整治", "", ""), ("一级指标", "二级指标", "三级指标", "指标值")] + ROWS
    xs = [50, 130, 250, 440, 540]
    ys = [h - 80 - 24 * i for i in range(len(grid) + 1)]
    for r, row in enumerate(grid):
        for col, text in enumerate(row):
            c.drawString(xs[col] + 4, ys[r] - 16, text)
    rule(c, xs, ys, 1)
    # The watermark: grey, large, at 35 degrees, right across the table's cells.
    c.saveState()
    c.setFillGray(0.8)
    c.setFont(FONT, 40)
    c.translate(w / 2, h - 180)
    c.rotate(35)
    c.drawCentredString(0, 0, "内部资料 注意保密")
    c.restoreState()
    c.showPage()
    c.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_slanted_watermark_stays_out_of_the_cells(tmp_path, engine):
    path = tmp_path / "watermarked.pdf"
    _draw(path)
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        assert "注" in "".join(ch["text"] for ch in pdf.pages[0].chars)  # in the text layer indeed
    record = extract_file(str(path), pdf_engine=engine).to_dict()
    [project] = record["projects"]
    assert project["name"] == "农村人居环境整治"
    assert [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in project["indicators"]] == ROWS
