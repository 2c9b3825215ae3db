"""A 绩效目标表 printed with no ruling lines at all (extract/pdf/borderless.py).

The PDFs are drawn here with reportlab's canvas, text only: no line, rectangle or
fill anywhere, so the ruled-table finder has nothing to hold on to.  One draws its
rows apart (padding between rows, a cell's wrapped lines tight), the other as tight
as a cell's own lines, where only the cells' contents tell a row from a wrap.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.extract import extract_file

FONT = "STSong-Light"
SIZE = 9.5
# x where each column starts: 一级, 二级, 三级, 指标值, 指标解释
COLUMNS = (60, 120, 185, 310, 380)
# (一级, 二级, 三级, 指标值, 指标解释) by physical line; a None row is the next row's start
ROWS = [
    [("产出指标", "数量指标", "新建村级文化广场", "≥12个", "年内建成并投入使用的")],
    [("", "", "", "", "村级文化广场数量")],
    None,
    [("", "", "送戏下乡演出场次", "≥40场", "全年组织的送戏下乡场次")],
    None,
    [("", "时效指标", "项目完成时间", "2025年10月31日", "全部建设内容完工时间")],
    [("", "", "", "前", "")],
    None,
    [("效益指标", "社会效益指标", "受益群众人数", "≥2.6万人", "覆盖的行政村常住人口")],
    None,
    [("满意度指标", "服务对象满意", "群众满意度", "≥93%", "抽样调查的满意比例")],
    [("", "度指标", "", "", "")],
]


def _draw(path: Path, row_gap: float, break_before: int | None = None) -> None:
    """``break_before``: the index in ROWS where page 2 starts, page 1 numbered ``- 1 -``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    y = 780.0

    def text(x: float, s: str, size: float = SIZE) -> None:
        c.setFont(FONT, size)
        c.drawString(x, y, s)

    text(200, "项目支出绩效目标表", 14)
    y -= 22
    text(60, "部门编码：512008")
    y -= 20
    for label, value, label2, value2 in [("项目名称", "乡村文化振兴示范工程", "项目编码", "QX25-WH-0107"),
                                         ("主管部门", "青溪县文化广电和旅游局", "实施单位", "青溪县文化馆"),
                                         ("年度资金总额", "86.50", "其中：财政拨款", "80.00")]:
        text(60, label)
        text(130, value)
        text(300, label2)
        text(380, value2)
        y -= 13 + row_gap
    text(60, "年度目标")
    text(130, "1.建成村级文化广场12个；2.组织送戏下乡演出，丰富")
    y -= 13
    text(130, "农村群众文化生活。")
    y -= 13 + row_gap + 6
    for x, label in zip(COLUMNS, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")):
        text(x, label)
    y -= 13 + row_gap
    for k, lines in enumerate(ROWS):
        if k == break_before:
            c.setFont(FONT, 9)
            c.drawString(290, 30, "- 1 -")
            c.showPage()
            y = 800.0
        if lines is None:
            y -= row_gap
            continue
        for cells in lines:
            for x, s in zip(COLUMNS, cells):
                if s:
                    text(x, s)
            y -= 13
    y -= 10
    text(60, "填报人：李明　　联系电话：0851-5XXXXXX")
    c.save()
    assert b" re" not in path.read_bytes() and b" l\n" not in path.read_bytes()  # no rule drawn


EXPECTED = [
    ("产出指标", "数量指标", "新建村级文化广场", "≥12个", "年内建成并投入使用的村级文化广场数量"),
    ("产出指标", "数量指标", "送戏下乡演出场次", "≥40场", "全年组织的送戏下乡场次"),
    ("产出指标", "时效指标", "项目完成时间", "2025年10月31日前", "全部建设内容完工时间"),
    ("效益指标", "社会效益指标", "受益群众人数", "≥2.6万人", "覆盖的行政村常住人口"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥93%", "抽样调查的满意比例"),
]


@pytest.mark.parametrize("row_gap", [6.0, 0.0], ids=["rows-apart", "rows-tight"])
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_form_without_ruling_lines_is_read_by_alignment(tmp_path, row_gap, engine):
    path = tmp_path / "borderless.pdf"
    _draw(path, row_gap)
    record = extract_file(str(path), pdf_engine=engine).to_dict()
    [project] = record["projects"]
    assert project["name"] == "乡村文化振兴示范工程"
    assert project["code"] == "QX25-WH-0107"
    assert project["department"] == "青溪县文化广电和旅游局"
    assert project["implementing_unit"] == "青溪县文化馆"
    assert (project["budget_total"], project["budget_fiscal"]) == (86.5, 80.0)
    assert project["goals"] == ["建成村级文化广场12个；", "组织送戏下乡演出，丰富农村群众文化生活。"]
    assert project["department_code"] == record["document"]["department_code"] == "512008"
    got = [(i["level1"], i["level2"], i["level3"], i["value_raw"], i["description"]) for i in project["indicators"]]
    assert got == EXPECTED
    assert "填报人" not in str(got)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_rows_of_a_form_without_ruling_lines_go_on_over_the_page(tmp_path, engine):
    # Page 2 holds the last rows, under no header of their own; page 1's number stays out.
    path = tmp_path / "borderless_two_pages.pdf"
    _draw(path, 6.0, break_before=ROWS.index(None, 4) + 1)
    record = extract_file(str(path), pdf_engine=engine).to_dict()
    [project] = record["projects"]
    got = [(i["level1"], i["level2"], i["level3"], i["value_raw"], i["description"]) for i in project["indicators"]]
    assert got == EXPECTED
