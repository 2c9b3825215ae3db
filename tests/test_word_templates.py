"""A finance bureau's Word template as a department returns it: content controls.

A repeating section wraps each indicator row in an item control inside the section's
control; a control the department left empty still shows its placeholder
(单击此处输入文字。), which is the template's prompt, not a value; the sign line under the
form names the filling unit before 填报人：. Written with python-docx, the controls added
as Word writes them.
"""
from __future__ import annotations

import copy

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from jixiao.extract import extract_file
from tests.docx_support import indicator_table

ROWS = [("产出指标", "数量指标", "新建防火隔离带", "≥42公里"), ("产出指标", "质量指标", "隔离带验收合格率", "100%"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"), ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%")]
W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'


def _control(inner, pr: str):
    sdt = parse_xml(f"<w:sdt {nsdecls('w')} {W15}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent/></w:sdt>")
    sdt.find(qn("w:sdtContent")).append(inner)
    return sdt


def _draft(path) -> None:
    doc = Document()
    doc.add_paragraph("森林防火项目绩效目标表")
    doc.add_paragraph("单位：万元")
    head = doc.add_table(rows=2, cols=2)
    head.style = "Table Grid"
    head.cell(0, 0).text, head.cell(0, 1).text = "项目名称", "森林防火项目"
    head.cell(1, 0).text, head.cell(1, 1).text = "其他资金", "单击此处输入文字。"
    # The empty control: its paragraph inside a cell-level control showing its placeholder.
    cell = head.cell(1, 1)._tc
    paragraph = cell.find(qn("w:p"))
    cell.replace(paragraph, _control(copy.deepcopy(paragraph), "<w:showingPlcHdr/>"))
    table = indicator_table(doc, ROWS)
    # Word's repeating section: the rows under the header, each in an item control, all in one.
    tbl = table._tbl
    rows = tbl.findall(qn("w:tr"))[1:]
    section = _control(parse_xml(f"<w:sdtContent {nsdecls('w')}/>"), "<w15:repeatingSection/>")
    content = section.find(qn("w:sdtContent"))
    content.remove(content[0])
    for tr in rows:
        tbl.remove(tr)
        content.append(_control(tr, "<w15:repeatingSectionItem/>"))
    tbl.append(section)
    doc.add_paragraph("填报单位（盖章）：示例县林业局\u3000\u3000\u3000\u3000填报人：\u3000\u3000\u3000\u3000联系电话：")
    doc.save(path)


def test_a_templates_repeating_section_placeholder_and_sign_line(tmp_path):
    _draft(tmp_path / "form.docx")
    record = extract_file(str(tmp_path / "form.docx")).to_dict()
    project = record["projects"][0]
    assert [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in project["indicators"]] == ROWS
    assert project["budget_other"] is None  # the placeholder is no amount, and no text either
    assert "单击此处输入文字" not in str(record)
    assert record["document"]["department"] == "示例县林业局"


def test_a_sign_line_names_the_unit_before_its_next_label_and_a_blank_one_names_none():
    from jixiao.extract.interpret import _FILLED_BY

    def unit(line: str):
        m = _FILLED_BY.search(line.replace("\u3000", ""))
        return m and m.group(1)

    assert unit("填报单位（盖章）：示例县林业局\u3000\u3000填报人：\u3000\u3000联系电话：") == "示例县林业局"
    assert unit("填报单位（盖章）：\u3000\u3000\u3000\u3000单位负责人：\u3000\u3000填报日期：2025年3月15日") is None
    assert unit("填报单位：示例县林业局") == "示例县林业局"
