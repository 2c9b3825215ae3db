"""A header block set as two tables side by side in a borderless layout table (Word).

Offices lay the department form's head out so: on the left 部门名称 / 部门编码 / 年度预算, on
the right 年度总体目标 and its goals, each a table of its own inside one cell of a 1 × 2 grid.
Read as one table, each side ran together into one cell; read through, the two tables are
the header block they are.
"""
from __future__ import annotations

from docx import Document

from jixiao.extract import extract_file
from tests.docx_support import indicator_table

GOALS = ["落实基本医疗保险待遇政策", "加强医保基金监管，确保基金安全运行"]
ROWS = [("产出指标", "数量指标", "参保人数", "≥68万人"), ("产出指标", "质量指标", "基本医疗保险参保率", "≥95%"),
        ("效益指标", "社会效益指标", "基金支付比例", "≥70%"), ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%")]


def _draft(path) -> None:
    doc = Document()
    doc.add_paragraph("部门整体支出绩效目标表")
    doc.add_paragraph("单位：万元")
    grid = doc.add_table(rows=1, cols=2)  # no style: no borders, layout only
    left = grid.cell(0, 0).add_table(rows=4, cols=2)
    left.style = "Table Grid"
    for r, (k, v) in enumerate((("部门名称", "示例县医疗保障局"), ("部门编码", "641299"), ("资金总额", "2846.30"),
                                ("其中：财政拨款", "2796.30"))):
        left.cell(r, 0).text, left.cell(r, 1).text = k, v
    right = grid.cell(0, 1).add_table(rows=1, cols=2)
    right.style = "Table Grid"
    right.cell(0, 0).text = "年度总体目标"
    right.cell(0, 1).text = "\n".join(f"{k}、{g}" for k, g in enumerate(GOALS, 1))
    indicator_table(doc, ROWS)
    doc.save(path)


def test_two_tables_side_by_side_in_a_layout_grid_are_the_header_block(tmp_path):
    _draft(tmp_path / "form.docx")
    record = extract_file(str(tmp_path / "form.docx")).to_dict()
    assert record["document"]["department"] == "示例县医疗保障局" and record["document"]["department_code"] == "641299"
    project = record["projects"][0]
    assert (project["budget_total"], project["budget_fiscal"]) == (2846.3, 2796.3)
    assert project["goals"] == GOALS
    assert [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in project["indicators"]] == ROWS
