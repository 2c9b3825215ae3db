"""The Word reader: body order, real merges, Word's own list numbers, what Word does not print.

Inputs are the seed .docx (a real office layout), the generated samples, and
small documents written here with python-docx the way Word stores them.
"""
from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from jixiao.extract import extract_bytes
from jixiao.extract.blocks import Line, Table
from jixiao.extract.office import word
from jixiao.extract.office.word_numbering import format_number
from tests.helpers import DRAFTS


def blocks_of(path_or_doc) -> list:
    if isinstance(path_or_doc, docx.document.Document):
        buf = io.BytesIO()
        path_or_doc.save(buf)
        data = buf.getvalue()
    else:
        data = path_or_doc.read_bytes()
    return word.read(data)[0]


@pytest.fixture(scope="module")
def seed_blocks():
    return blocks_of(DRAFTS / "seed.docx")


def test_paragraphs_and_tables_come_in_body_order(seed_blocks):
    kinds = "".join("T" if isinstance(b, Table) else "L" for b in seed_blocks)
    assert kinds.count("T") == 8
    # Every project table follows its title, department and unit lines.
    for k, b in enumerate(seed_blocks):
        if isinstance(b, Table):
            before = [x.text for x in seed_blocks[k - 3 : k]]
            assert before[0].endswith("绩效目标表") and before[2] == "单位：万元", before


def test_vertical_and_horizontal_merges_become_none_slots(seed_blocks):
    table = next(b for b in seed_blocks if isinstance(b, Table))
    # Every row spans the whole grid.
    assert {len(r) for r in table.rows} == {7}
    head = [c.text if c else None for c in table.rows[0]]
    # 项目编码's code cell spans two grid columns, the name three.
    assert head == ["项目编码", "471-0602-YBN-G1U W", None, "项目名称", "2019年下半年改制费用", None, None]
    header = next(r for r, row in enumerate(table.rows) if row[0] is not None and row[0].text == "一级指标")
    first = table.rows[header + 1]
    assert first[0].text == "产出指标" and first[0].rowspan == 6
    # The rows below it in the level-1 column are covered, not blank and not repeated.
    assert all(table.rows[r][0] is None for r in range(header + 2, header + 7))
    assert table.rows[header + 7][0].text == "效果指标"
    # 数量指标 runs down three rows in the level-2 column.
    assert table.rows[header + 2][1].text == "数量指标" and table.rows[header + 2][1].rowspan == 3
    assert table.rows[header + 3][1] is None and table.rows[header + 4][1] is None


def test_cell_paragraphs_are_parts(seed_blocks):
    table = next(b for b in seed_blocks if isinstance(b, Table))
    goals = next(row for row in table.rows if row[0] is not None and row[0].text == "绩效目标")[1]
    assert goals.parts == ("1、解决改制企业遗留人员问题所需费用", "2、按年度计划完成", "3、群众服务满意")


def test_provenance_is_paragraph_or_table_row_cell(seed_blocks):
    line = next(b for b in seed_blocks if isinstance(b, Line))
    assert line.where.paragraph >= 1 and line.where.page is None and line.where.line is None
    table = next(b for b in seed_blocks if isinstance(b, Table))
    assert table.row_where[3].to_dict() == {"table": 1, "row": 4}
    assert table.rows[0][3].where.to_dict() == {"table": 1, "row": 1, "cell": 4}


def test_record_carries_table_and_row_of_each_indicator():
    record = extract_bytes((DRAFTS / "seed.docx").read_bytes(), "seed.docx").to_dict()
    assert record["source"]["format"] == "docx"
    first = record["projects"][0]
    assert first["paragraph"] >= 1
    rows = [(i["table"], i["row"]) for i in first["indicators"]]
    assert rows == [(1, r) for r in range(8, 8 + len(rows))]
    assert all(i["table"] == k for k, p in enumerate(record["projects"], 1) for i in p["indicators"])


def test_toc_tab_stays_a_tab_for_the_toc_reader(seed_blocks):
    toc = [b.text for b in seed_blocks if isinstance(b, Line) and "\t" in b.text]
    assert "总体绩效目标\t1" in toc


# ---------------------------------------------------------------- Word's list numbers
def test_generated_titles_and_goals_get_word_numbers_back():
    blocks = blocks_of(DRAFTS / "tsv_civil_2024.docx")
    d = docx.Document(str(DRAFTS / "tsv_civil_2024.docx"))
    # The file holds no typed number before a project title...
    titles = [p.text for p in d.paragraphs if p.text.endswith("绩效目标表") and "\t" not in p.text]
    assert titles and not any(t[0].isdigit() for t in titles)
    # ...the reader draws them as Word does: 1、 2、 … in body order.
    drawn = [b.text for b in blocks if isinstance(b, Line) and b.text.endswith("绩效目标表")]
    assert [t.split("、", 1)[0] for t in drawn] == [str(n) for n in range(1, len(titles) + 1)]
    # Goal lists restart at 1 in every table (a new w:num with startOverride).
    goal_cells = [row[1] for b in blocks if isinstance(b, Table) for row in b.rows
                  if row[0] is not None and row[0].text == "绩效目标"]
    assert len(goal_cells) == 4
    for cell in goal_cells:
        parts = cell.parts or (cell.text,)
        assert [p.split("、", 1)[0] for p in parts] == [str(n) for n in range(1, len(parts) + 1)]
    # Part 1: 一、二、三、 headings and （一）（二） items.
    texts = [b.text for b in blocks if isinstance(b, Line)]
    assert "一、总体绩效目标" in texts and "三、工作保障措施" in texts
    assert any(t.startswith("（一）") for t in texts) and any(t.startswith("（二）") for t in texts)


def _list_document(levels_xml: str, numbers_xml: str):
    d = docx.Document()
    numbering = d.part.numbering_part.element
    for el in parse_xml(f"<w:numbering {nsdecls('w')}>{levels_xml}{numbers_xml}</w:numbering>"):
        numbering.append(el)
    return d


def _numbered(d, text, num_id, ilvl=0):
    p = d.add_paragraph(text)
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id
    return p


def test_two_level_list_counts_like_word():
    d = _list_document(
        '<w:abstractNum w:abstractNumId="50"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>',
        '<w:num w:numId="50"><w:abstractNumId w:val="50"/></w:num>'
        '<w:num w:numId="51"><w:abstractNumId w:val="50"/></w:num>'
        '<w:num w:numId="52"><w:abstractNumId w:val="50"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    _numbered(d, "总体目标", 50)
    _numbered(d, "甲", 50, 1)
    _numbered(d, "乙", 50, 1)
    _numbered(d, "分项目标", 50)
    _numbered(d, "丙", 50, 1)  # a deeper level restarts under a new parent
    _numbered(d, "保障措施", 51)  # another w:num of the same definition continues the count
    _numbered(d, "重新开始", 52)  # ...unless it overrides the start
    texts = [b.text for b in blocks_of(d)]
    assert texts == ["一、总体目标", "（1）甲", "（2）乙", "二、分项目标", "（1）丙", "三、保障措施", "一、重新开始"]


def test_numbering_from_a_paragraph_style():
    d = docx.Document()
    style = d.styles["List Number"]  # python-docx's template links it to a decimal list
    d.add_paragraph("第一项", style=style)
    d.add_paragraph("第二项", style=style)
    texts = [b.text for b in blocks_of(d)]
    assert texts[0].startswith("1") and texts[1].startswith("2")
    assert texts[0].endswith("第一项") and texts[1].endswith("第二项")


@pytest.mark.parametrize("n, fmt, shown", [
    (1, "decimal", "1"), (12, "chineseCounting", "十二"), (20, "chineseCounting", "二十"), (35, "chineseCountingThousand", "三十五"),
    (3, "upperRoman", "III"), (4, "lowerLetter", "d"), (2, "decimalEnclosedCircle", "②"), (3, "ideographTraditional", "丙"),
    (7, "decimalFullWidth", "７"), (105, "chineseCounting", "一百零五"),
])
def test_number_formats(n, fmt, shown):
    assert format_number(n, fmt) == shown


# ---------------------------------------------------------------- what Word does not print
def test_headers_footers_hidden_and_deleted_text_are_not_read():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "内部资料 注意保密"
    d.sections[0].footer.paragraphs[0].text = "- 1 -"
    p = d.add_paragraph("看得见的文字")
    hidden = p.add_run("（隐藏批注）")
    hidden.font.hidden = True
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>已删除</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="x"><w:r><w:t>插入的</w:t></w:r></w:ins>'))
    texts = [b.text for b in blocks_of(d)]
    assert texts == ["看得见的文字插入的"]


def test_soft_breaks_and_tabs_inside_cells():
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "绩效目标"
    run = table.cell(0, 1).paragraphs[0].add_run("1、保障低保对象")
    run.add_break()  # a soft line break (Shift+Enter), not a new paragraph
    run = table.cell(0, 1).paragraphs[0].add_run("2、按时发放\t足额")
    run.add_break(WD_BREAK.LINE)
    (t,) = [b for b in blocks_of(d) if isinstance(b, Table)]
    cell = t.rows[0][1]
    assert cell.parts == ("1、保障低保对象", "2、按时发放 足额")
    assert cell.text == "1、保障低保对象 2、按时发放 足额"


def test_soft_break_outside_a_table_splits_lines_of_one_paragraph():
    d = docx.Document()
    run = d.add_paragraph().add_run("第一行")
    run.add_break()
    d.paragraphs[0].add_run("第二行")
    lines = blocks_of(d)
    assert [(b.text, b.para_break_before, b.where.paragraph) for b in lines] == [("第一行", True, 1), ("第二行", False, 1)]


def test_content_controls_are_read_through():
    d = docx.Document()
    d.add_paragraph("前")
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>目  录</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    d.element.body.insert(1, sdt)
    assert [b.text for b in blocks_of(d)] == ["前", "目  录"]


def test_a_one_column_layout_table_reads_as_paragraphs():
    d = docx.Document()
    box = d.add_table(rows=2, cols=1)
    box.cell(0, 0).text = "某县民政局"
    box.cell(1, 0).paragraphs[0].text = "2024年部门预算绩效文本"
    box.cell(1, 0).add_paragraph("（草案）")
    d.add_paragraph("目  录")
    blocks = blocks_of(d)
    assert all(isinstance(b, Line) for b in blocks)
    assert [b.text for b in blocks] == ["某县民政局", "2024年部门预算绩效文本", "（草案）", "目  录"]
    assert blocks[1].where.to_dict() == {"table": 1, "row": 2, "cell": 1}


def test_a_frame_table_around_a_form_is_read_through_to_the_form():
    """A one-cell frame (a page box) holding the title, a line and the form as a nested table."""
    d = docx.Document()
    frame = d.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    cell.paragraphs[0].text = "2022年度项目支出绩效目标申报表"
    cell.add_paragraph("单位：万元")
    form = cell.add_table(rows=3, cols=3)
    for r, row in enumerate([["一级指标", "二级指标", "三级指标"], ["产出指标", "数量指标", "监测点"], [None, "质量指标", "完好率"]]):
        for c, text in enumerate(row):
            if text:
                form.cell(r, c).text = text
    form.cell(1, 0).merge(form.cell(2, 0))
    form.cell(1, 0).paragraphs[0].text = "产出指标"
    d.add_paragraph("填报人：")
    blocks = blocks_of(d)
    assert [type(b).__name__ for b in blocks] == ["Line", "Line", "Table", "Line"]
    assert [b.text for b in blocks if isinstance(b, Line)] == ["2022年度项目支出绩效目标申报表", "单位：万元", "填报人："]
    table = blocks[2]
    assert [[c.text if c else None for c in row] for row in table.rows] == [
        ["一级指标", "二级指标", "三级指标"], ["产出指标", "数量指标", "监测点"], [None, "质量指标", "完好率"]]
    assert blocks[0].where.to_dict() == {"table": 1, "row": 1, "cell": 1} and table.where.table == 2


def test_a_package_with_absolute_targets_and_no_numbering_part_is_read():
    """Relationship targets may be absolute (/word/document.xml); a document without lists has no numbering part."""
    import zipfile

    d = docx.Document()
    d.add_paragraph("部门名称：某县水务局")
    buf = io.BytesIO()
    d.save(buf)
    src, out = zipfile.ZipFile(io.BytesIO(buf.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "_rels/.rels":
                body = body.replace(b'Target="word/document.xml"', b'Target="/word/document.xml"')
            if item.filename == "word/_rels/document.xml.rels":
                body = body.replace(b'Target="numbering.xml"', b'Target="missing.xml"')
            dst.writestr(item, body)
    blocks, info = word.read(out.getvalue())
    assert [b.text for b in blocks] == ["部门名称：某县水务局"] and info["paragraphs"] == 1


def test_a_text_box_is_read_once_before_its_paragraph():
    """A form's title set in a Word text box: Word stores it twice (the drawing, and a VML
    copy for old readers in mc:Fallback) and prints it once; it reads before the paragraph
    that anchors it, and the paragraph's own text follows."""
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = ('<w:txbxContent><w:p><w:r><w:t>2025年度项目支出绩效目标表</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>部门编码：608003</w:t></w:r></w:p></w:txbxContent>')
    d = docx.Document()
    p = d.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")} {mc}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wrapper>{box}'
        f'</wrapper></w:drawing></mc:Choice><mc:Fallback><w:pict><wrapper>{box}</wrapper></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'.replace("<wrapper>", "").replace("</wrapper>", "")))
    p.add_run("单位：万元")
    assert [b.text for b in blocks_of(d)] == ["2025年度项目支出绩效目标表", "部门编码：608003", "单位：万元"]


def test_a_value_wrapped_over_two_paragraphs_of_its_cell_reads_as_printed():
    """≥26.5 ⏎ 公里 and 100% ⏎ （按学期考核） in one cell: value_raw joins them as they read (no
    space where Chinese meets), and the note in brackets is not part of the value."""
    d = docx.Document()
    d.add_paragraph("项目支出绩效目标表")
    table = d.add_table(rows=4, cols=4)
    for r, texts in enumerate([("项目名称", "燃气管道改造", "", ""), ("一级指标", "二级指标", "三级指标", "指标值"),
                               ("产出指标", "数量指标", "更新改造燃气管道", "≥26.5"),
                               ("效益指标", "社会效益指标", "资助资金发放到位率", "100%")]):
        for c, t in enumerate(texts):
            table.cell(r, c).text = t
    table.cell(2, 3).add_paragraph("公里")
    table.cell(3, 3).add_paragraph("（按学期考核）")
    buf = io.BytesIO()
    d.save(buf)
    indicators = extract_bytes(buf.getvalue(), "form.docx").to_dict()["projects"][0]["indicators"]
    assert [(i["value_raw"], i["value"], i["unit"]) for i in indicators] == [
        ("≥26.5公里", 26.5, "公里"), ("100%（按学期考核）", 100, "%")]


def test_a_name_and_its_target_in_one_merged_cell_are_split_at_the_colon():
    """三级 merged over the 指标值 slot and printed 名称：目标值 (or with an ASCII colon)."""
    d = docx.Document()
    d.add_paragraph("项目支出绩效目标表")
    table = d.add_table(rows=4, cols=4)
    for r, texts in enumerate([("项目名称", "家庭医生签约服务", "", ""), ("一级指标", "二级指标", "三级指标", "指标值"),
                               ("产出指标", "数量指标", "家庭医生签约人数：≥6.5万人", ""),
                               ("产出指标", "质量指标", "慢病患者规范随访率:≥80%", "")]):
        for c, t in enumerate(texts):
            if t:
                table.cell(r, c).text = t
    table.cell(2, 2).merge(table.cell(2, 3))
    table.cell(3, 2).merge(table.cell(3, 3))
    buf = io.BytesIO()
    d.save(buf)
    indicators = extract_bytes(buf.getvalue(), "form.docx").to_dict()["projects"][0]["indicators"]
    assert [(i["level3"], i["value_raw"], i["value"]) for i in indicators] == [
        ("家庭医生签约人数", "≥6.5万人", 6.5), ("慢病患者规范随访率", "≥80%", 80)]


def _dropdown(entries: list[str], chosen: int | None) -> str:
    result = f'<w:result w:val="{chosen}"/>' if chosen is not None else ""
    items = "".join(f'<w:listEntry w:val="{e}"/>' for e in entries)
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="yj"/><w:enabled/>'
            f'<w:ddList>{result}{items}</w:ddList></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def test_a_legacy_dropdown_field_reads_as_its_chosen_entry():
    """A protected form's FORMDROPDOWN stores only the chosen entry's index (none chosen: the
    first): the cell reads as the entry, as Word prints it."""
    d = docx.Document()
    table = d.add_table(rows=1, cols=3)
    entries = ["计划标准", "行业标准", "历史标准"]
    for cell, chosen in zip(table.rows[0].cells, (2, None, 1)):
        cell.paragraphs[0]._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>依据：</w:t></w:r>"))
        for run in parse_xml(f"<w:p {nsdecls('w')}>{_dropdown(entries, chosen)}</w:p>"):
            cell.paragraphs[0]._p.append(run)
    t = next(b for b in blocks_of(d) if isinstance(b, Table))
    assert [c.text for c in t.rows[0]] == ["依据：历史标准", "依据：计划标准", "依据：行业标准"]
