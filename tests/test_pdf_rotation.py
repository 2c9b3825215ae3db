"""Pages whose /Rotate would show upright text sideways (extract/pdf/rotation.py).

Drawn here with reportlab: the same ruled draft, its pages marked /Rotate 90 (a printer
driver's or a scanning tool's habit); and, as the control, a page drawn sideways that
/Rotate turns upright, which pdfminer's own reading already gets right.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.extract import extract_file
from tests.drawn_forms import rule

FONT = "STSong-Light"
ROWS = [("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "培训人次", "≥120人次"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥95%")]


def _draw(path: Path, *, rotate: int, sideways: bool) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setPageRotation(rotate)
    if sideways:  # the content turned a quarter counterclockwise; /Rotate 90 (clockwise) turns it back
        c.translate(w, 0)
        c.rotate(90)
        w, h = h, w
    c.setFont(FONT, 16)
    c.drawString(72, h - 72, "项目支出绩效目标表")
    c.setFont(FONT, 10.5)
    header = [("项目名称", "基层干部培训"), ("主管部门", "乐都区委组织部")]
    xs = [72, 172, 282, 412, 522]
    top = h - 100
    ys = [top - 24 * i for i in range(len(header) + len(ROWS) + 1)]
    for r, (label, value) in enumerate(header):
        c.drawString(xs[0] + 4, ys[r] - 16, label)
        c.drawString(xs[1] + 4, ys[r] - 16, value)
    for r, row in enumerate(ROWS, start=len(header)):
        for col, text in enumerate(row):
            c.drawString(xs[col] + 4, ys[r] - 16, text)
    rule(c, xs, ys, len(header))
    c.showPage()
    c.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("rotate, sideways", [(90, False), (270, False), (90, True)],
                         ids=["upright-rotate90", "upright-rotate270", "sideways-rotate90"])
def test_a_page_is_read_in_the_frame_its_text_is_upright_in(tmp_path, engine, rotate, sideways):
    path = tmp_path / "rotated.pdf"
    _draw(path, rotate=rotate, sideways=sideways)
    assert f"/Rotate {rotate}".encode() in path.read_bytes()
    record = extract_file(str(path), pdf_engine=engine).to_dict()
    [project] = record["projects"]
    assert (project["name"], project["department"]) == ("基层干部培训", "乐都区委组织部")
    assert [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in project["indicators"]] == [r for r in ROWS[1:]]
