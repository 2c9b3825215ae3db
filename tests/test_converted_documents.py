"""A whole draft as a PDF-to-Word converter writes it (pdf2docx's habits), read as the draft.

The converter joins lines it sees as one paragraph and keeps the PDF's footers: the cover's
title runs on into （草案）, the 目录's entries into one paragraph, a part's heading into the
first form's title, and each page's number stands in the body as a paragraph (— 1 —).
"""
from __future__ import annotations

from docx import Document

from tests.docx_support import indicator_table

from jixiao.extract import extract_file

ROWS = [("产出指标", "数量指标", "低产茶园改造面积", "≥1.2万亩"), ("效益指标", "经济效益指标", "茶农户均增收", "≥800元"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%")]


def _converted(tmp_path):
    doc = Document()
    for text in ("县农业农村局", "2025年部门预算绩效文本（草案）", "县农业农村局编制", "县财政局审核", "目  录",
                 "第一部分  部门整体绩效目标",
                 "一、总体绩效目标..............................1二、工作保障措施..............................2",
                 "第二部分  预算项目绩效目标",
                 "1、茶园改造项目绩效目标表.............................. \t3 2、茶叶品牌建设项目绩效目标表..............4",
                 "第一部分  部门整体绩效目标", "一、总体绩效目标", "稳定茶叶生产，推进茶产业提质增效。", "— 1 —",
                 "二、工作保障措施", "（一）加强组织领导。成立预算绩效管理领导小组。", "— 2 —",
                 "第二部分  预算项目绩效目标1、茶园改造项目绩效目标表"):
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for c, text in enumerate(("项目名称", "茶园改造项目", "项目编码", "731-2501-CY-01")):
        table.cell(0, c).text = text
    indicator_table(doc, ROWS)
    path = tmp_path / "converted.docx"
    doc.save(path)
    return extract_file(str(path)).to_dict()


def test_a_converters_joined_lines_and_footers_read_as_the_draft(tmp_path):
    record = _converted(tmp_path)
    assert (record["document"]["title"], record["document"]["status"]) == ("2025年部门预算绩效文本", "草案")
    assert [(e["part"], e["title"], e["page"]) for e in record["toc"]] == [
        (1, "总体绩效目标", 1), (1, "工作保障措施", 2), (2, "茶园改造项目绩效目标表", 3), (2, "茶叶品牌建设项目绩效目标表", 4)]
    assert record["overall_goals"] == ["稳定茶叶生产，推进茶产业提质增效。"]  # no — 1 — run on
    (project,) = record["projects"]
    assert project["title"] == "茶园改造项目绩效目标表" and project["code"] == "731-2501-CY-01"
    assert [(i["level3"], i["value_raw"]) for i in project["indicators"]] == [(r[2], r[3]) for r in ROWS]


def test_a_two_column_contents_line_is_not_parted_at_the_right_columns_part_heading():
    from jixiao.extract.blocks import Line
    from jixiao.extract.interpret.toc import _texts

    glued = "一、总体绩效目标..........1二、工作保障措施..........2"
    assert [t for t, _ in _texts(Line(glued))] == ["一、总体绩效目标..........1", "二、工作保障措施..........2"]
    two_columns = "部门基本情况..........3第二部分 项目支出绩效目标表"
    assert [t for t, _ in _texts(Line(two_columns))] == [two_columns]


def test_the_department_line_a_converter_pulled_into_the_forms_first_row_is_the_department(tmp_path):
    # pdf2docx on a borderless form: the coded department line printed over the form becomes
    # the first cell of the form's first row, beside a label of the form's own.
    doc = Document()
    doc.add_paragraph("1、全民健身设施提升项目绩效目标表")
    table = doc.add_table(rows=2, cols=4)
    table.style = "Table Grid"
    for r, row in enumerate((("746913 绩溪县文化旅游体育局", "", "项目编码", "746-2501-JX-01"),
                             ("项目名称", "全民健身设施提升项目", "", ""))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    indicator_table(doc, ROWS)
    path = tmp_path / "converted.docx"
    doc.save(path)
    record = extract_file(str(path)).to_dict()
    (project,) = record["projects"]
    assert (record["document"]["department"], record["document"]["department_code"]) == ("绩溪县文化旅游体育局", "746913")
    assert (project["department"], project["code"], project["name"]) == (
        "绩溪县文化旅游体育局", "746-2501-JX-01", "全民健身设施提升项目")
