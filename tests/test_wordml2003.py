"""Word 2003 XML (one XML file, served as .doc): read as the .docx body it is the ancestor of.
Documents written here as Word 2003 saves them."""
from __future__ import annotations

import pytest

from jixiao.extract import DraftError, extract_bytes

HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
        'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
        'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" xml:space="preserve"><w:body><wx:sect>')


def p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def tc(text: str = "", span: int = 1, vmerge: str | None = None) -> str:
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        f'<w:vmerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vmerge/>" if vmerge else "")
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{p(text) if text else '<w:p/>'}</w:tc>"


def tr(*cells: str) -> str:
    return "<w:tr>" + "".join(cells) + "</w:tr>"


BODY = (p("2025年度项目支出绩效目标表") + p("部门编码：716402　　部门名称：商丘市梁园区交通运输局　　单位：万元")
        + "<w:tbl>"
        + tr(tc("项目名称"), tc("农村公路安全生命防护工程", span=3))
        + tr(tc("年度资金总额"), tc("860.00", span=3))
        + tr(tc("年度绩效目标"), "<w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>" + p("1.完成农村公路安防工程42公里；")
             + '<w:p><w:r><w:t>2.</w:t></w:r><aml:annotation w:type="Word.Deletion"><aml:content><w:r><w:delText>消除</w:delText>'
               '</w:r></aml:content></aml:annotation><w:hlink w:dest="http://example"><w:r><w:t>群众出行更加安全。</w:t></w:r></w:hlink></w:p></w:tc>')
        + tr(tc("一级指标"), tc("二级指标"), tc("三级指标"), tc("指标值"))
        + tr(tc("产出指标", vmerge="restart"), tc("数量指标", vmerge="restart"), tc("安防工程里程"), tc("≥42公里"))
        + tr(tc(vmerge="continue"), tc(vmerge="continue"), tc("新增波形护栏"), tc("≥18公里"))
        + tr(tc(vmerge="continue"), tc("质量指标"), tc("工程验收合格率"), tc("100%"))
        + tr(tc("满意度指标"), tc("服务对象满意度指标"), tc("沿线群众满意度"), tc("≥90%"))
        + "</w:tbl>")


def _doc(body: str) -> bytes:
    return (HEAD + body + "</wx:sect></w:body></w:wordDocument>").encode("utf-8")


def test_a_word_2003_xml_draft_is_read_as_its_table():
    record = extract_bytes(_doc(BODY), "草稿.doc").to_dict()
    assert (record["source"]["format"], record["document"]["department_code"]) == ("doc", "716402")
    [project] = record["projects"]
    assert (project["name"], project["budget_total"]) == ("农村公路安全生命防护工程", 860)
    # A deleted word is not read; a hyperlink's text is.
    assert project["goals"] == ["完成农村公路安防工程42公里；", "群众出行更加安全。"]
    assert [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in project["indicators"]] == [
        ("产出指标", "数量指标", "安防工程里程", "≥42公里"), ("产出指标", "数量指标", "新增波形护栏", "≥18公里"),
        ("产出指标", "质量指标", "工程验收合格率", "100%"), ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%")]


def test_a_broken_word_2003_xml_file_is_named_as_such():
    with pytest.raises(DraftError, match=r"草稿\.doc: damaged Word 2003 XML file \(malformed XML"):
        extract_bytes(_doc(BODY)[:-40], "草稿.doc")
