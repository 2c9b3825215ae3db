"""The Excel reader: merged ranges, numbers as shown, what is hidden, notes sheets, both layouts.

Workbooks are written here with openpyxl the way Excel stores them, and the
samples come from samples/office/make_office.py.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile

import jsonschema
import openpyxl
import pytest

from jixiao.extract import extract_bytes, extract_file
from jixiao.extract.blocks import Line, Table
from jixiao.extract.office import excel, sheet
from tests.helpers import DRAFTS, EXPECTED, SCHEMA, drafts_with_gold, f1, load_gold

EXCEL_DRAFTS = drafts_with_gold((".xlsx",))
ONE_SHEET = sorted(DRAFTS.glob("onesheet_*.xlsx"))
ONE_TABLE_GOLDS = EXPECTED / "one_table"


def one_table_gold(draft):
    return json.loads((ONE_TABLE_GOLDS / (draft.name.split(".")[0] + ".gold.json")).read_text(encoding="utf-8"))


def saved(wb) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def blocks_of(data: bytes):
    return sheet.blocks(excel.read(data))


def test_merged_ranges_become_anchor_and_none_slots():
    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "培训人数", "≥100人"],
            [None, None, "培训场次", "≥4场"],
            [None, "质量指标", "合格率", 0.95]]
    for row in rows:
        ws.append(row)
    ws["D4"].number_format = "0%"
    ws.merge_cells("A2:A4")
    ws.merge_cells("B2:B3")
    blocks, issues = blocks_of(saved(wb))
    (table,) = blocks
    grid = [[None if c is None else c.text for c in row] for row in table.rows]
    assert grid == [["一级指标", "二级指标", "三级指标", "指标值"],
                    ["产出指标", "数量指标", "培训人数", "≥100人"],
                    [None, None, "培训场次", "≥4场"],
                    [None, "质量指标", "合格率", "95%"]]
    assert table.rows[1][0].rowspan == 3 and table.rows[1][1].rowspan == 2
    assert table.rows[3][3].where.to_dict() == {"sheet": "Sheet", "row": 4, "cell": 4}
    assert not issues


def test_numbers_and_dates_as_the_sheet_shows_them():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["预算数", 1234.5, "资金支出计划", 0.3, "编制日期", dt.datetime(2020, 3, 31)])
    ws["B1"].number_format = "#,##0.00"
    ws["D1"].number_format = "0%"
    ws["F1"].number_format = 'yyyy"年"m"月"d"日"'
    (table,), _ = blocks_of(saved(wb))
    assert [c.text for c in table.rows[0]] == ["预算数", "1,234.50", "资金支出计划", "30%", "编制日期", "2020年3月31日"]


def test_chinese_builtin_date_formats_kept_only_as_an_id():
    # Chinese Excel stores 2020年3月31日 as numFmtId 31 with no format text in styles.xml.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["日期", dt.datetime(2020, 3, 31), dt.datetime(2021, 5, 6)])
    ws["B1"].number_format = 'yyyy"年"m"月"d"日"'
    ws["C1"].number_format = "mm-dd-yy"  # built-in 14, shown in the locale's short date
    data = saved(wb)
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "xl/styles.xml":
                text = body.decode("utf-8")
                m = re.search(r'<numFmt numFmtId="(\d+)" formatCode="yyyy&quot;年[^"]*"\s*/>', text)
                text = text.replace(m.group(0), "").replace(f'numFmtId="{m.group(1)}"', 'numFmtId="31"')
                body = text.encode("utf-8")
            dst.writestr(item, body)
    (table,), _ = blocks_of(out.getvalue())
    assert [c.text for c in table.rows[0]] == ["日期", "2020年3月31日", "2021/5/6"]


def test_hidden_rows_columns_and_sheets_are_skipped_with_info_issues():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目1"
    ws.append(["三级指标", "指标值", "内部编号"])
    ws.append(["培训人数", "≥100人", "X-1"])
    ws.append(["作废指标", "≥1个", "X-2"])
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["C"].hidden = True
    old = wb.create_sheet("草稿")
    old.append(["旧", "数据"])
    old.sheet_state = "hidden"
    (table,), issues = blocks_of(saved(wb))
    assert [[c.text for c in r] for r in table.rows] == [["三级指标", "指标值"], ["培训人数", "≥100人"]]
    codes = {i["code"]: i for i in issues}
    assert set(codes) == {"hidden_rows", "hidden_columns", "hidden_sheet"}
    assert all(i["severity"] == "info" for i in issues)
    assert "草稿" in codes["hidden_sheet"]["message"] and "3" in codes["hidden_rows"]["message"]


def test_a_sheet_of_notes_reads_as_paragraphs():
    wb = openpyxl.Workbook()
    ws = wb.active
    for text in ["某县民政局", "2024年部门预算绩效文本", "", "目  录", "第一部分  部门整体绩效目标", "总体绩效目标……1"]:
        ws.append([text or None])
    ws["A7"] = "一、总体绩效目标\n（一）保障困难群众基本生活。"  # Alt+Enter inside one cell
    blocks, _ = blocks_of(saved(wb))
    assert all(isinstance(b, Line) for b in blocks)
    assert [b.text for b in blocks] == ["某县民政局", "2024年部门预算绩效文本", "目  录", "第一部分  部门整体绩效目标",
                                        "总体绩效目标……1", "一、总体绩效目标", "（一）保障困难群众基本生活。"]
    assert blocks[-1].where.to_dict() == {"sheet": "Sheet", "row": 7, "cell": 1}


def test_title_row_merged_across_is_a_line_and_a_blank_row_ends_a_table():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "1、培训项目绩效目标表"
    ws.merge_cells("A1:D1")
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "培训人数", "≥100人"])
    ws.append([])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    blocks, _ = blocks_of(saved(wb))
    assert [type(b).__name__ for b in blocks] == ["Line", "Table", "Table"]
    assert blocks[0].text == "1、培训项目绩效目标表"


# ---------------------------------------------------------------- the samples
def test_every_column_set_has_an_excel_sample():
    names = {p.name.split(".")[0] for p in EXCEL_DRAFTS}
    assert {"html_education_2022", "markdown_health_2021", "tsv_agriculture_2019", "tsv_civil_2024"} <= names


@pytest.mark.parametrize("draft", EXCEL_DRAFTS, ids=lambda p: p.name)
def test_excel_draft_scores_against_gold(draft):
    record = extract_file(str(draft)).to_dict()
    score, misses = f1(load_gold(draft), record)
    assert score >= 0.99, "\n".join(misses[:40])
    errors = list(jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).iter_errors(record))
    assert not errors, errors[:3]


def test_sample_hidden_sheet_and_row_stay_out_of_the_record():
    record = extract_file(str(DRAFTS / "tsv_civil_2024.xlsx")).to_dict()
    level3 = {i["level3"] for p in record["projects"] for i in p["indicators"]}
    assert "上年旧指标" not in level3 and "作废指标" not in level3
    info = {i["code"] for i in record["issues"] if i["severity"] == "info"}
    assert {"hidden_sheet", "hidden_rows"} <= info
    first = record["projects"][0]
    assert first["sheet"] == "项目1"
    assert first["spending_plan"][0]["pct"] == 25  # 0.25 formatted 0%, read as the sheet shows it
    assert all(i["sheet"] == "项目1" and i["row"] > 3 for i in first["indicators"])


@pytest.mark.parametrize("draft", ONE_SHEET, ids=lambda p: p.name)
def test_one_table_export_scores_against_gold(draft):
    record = extract_file(str(draft)).to_dict()
    score, misses = f1(one_table_gold(draft), record)
    assert score >= 0.95, "\n".join(misses[:40])


@pytest.mark.parametrize("draft", ONE_SHEET, ids=lambda p: p.name)
def test_one_table_export_reads_as_one_table_with_project_cells_merged_or_blank(draft):
    blocks, issues = blocks_of(draft.read_bytes())
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1 and not issues
    rows = tables[0].rows
    gold = one_table_gold(draft)
    assert len(rows) == 1 + sum(len(p["indicators"]) for p in gold["projects"])
    names = [r[1].text for r in rows[1:] if r[1] is not None and r[1].text]
    assert names == [p["name"] for p in gold["projects"]]
    second = rows[2]
    if "merged" in draft.name:
        assert second[:4] == [None] * 4 and rows[1][1].rowspan == len(gold["projects"][0]["indicators"])
    else:
        assert [c.text for c in second[:4]] == [""] * 4


def test_one_table_export_budgets_keep_their_thousands_separators():
    blocks, _ = blocks_of((DRAFTS / "onesheet_tsv_civil_2024.merged.xlsx").read_bytes())
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[1][2].text == "2,860.00"


def test_record_from_bytes_names_the_format():
    record = extract_bytes((DRAFTS / "tsv_civil_2024.xlsx").read_bytes(), "-").to_dict()
    assert record["source"]["format"] == "xlsx" and record["source"]["sheets"][0] == "封面目录"


def _hand_written_workbook(sheet_xml: str, *, date1904: bool = False) -> bytes:
    """A workbook as other programs write it: absolute targets, inline strings, cells without references."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="/xl/workbook.xml"/>'
                       '</Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook {ns} xmlns:r="{rel}"><workbookPr date1904="{int(date1904)}"/>'
                           '<sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                                      f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
                                      'Target="/xl/worksheets/s1.xml"/><Relationship Id="rId2" '
                                      f'Type="{rel}/sharedStrings" Target="strings.xml"/><Relationship Id="rId3" '
                                      f'Type="{rel}/styles" Target="styles.xml"/></Relationships>',
        "xl/strings.xml": f'<?xml version="1.0"?><sst {ns}><si><r><t>项目</t></r><r><t>名称</t></r>'
                          '<rPh sb="0" eb="2"><t>xiangmu</t></rPh></si></sst>',
        "xl/styles.xml": f'<?xml version="1.0"?><styleSheet {ns}><numFmts count="1"><numFmt numFmtId="164" '
                         'formatCode="0.0%"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/>'
                         '<xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>',
        "xl/worksheets/s1.xml": f'<?xml version="1.0"?><worksheet {ns}><sheetData>{sheet_xml}</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return out.getvalue()


def test_a_workbook_written_by_other_programs_reads_as_excel_shows_it():
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>绩效目标</t></is></c></row>'
            '<row><c><v>1</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="str"><f>A2</f><v>合计</v></c></row>'
            '<row r="4"><c r="A4" s="1"><v>1</v></c><c r="B4" s="2"><v>0.955</v></c><c r="C4" s="3"><v>1234.5</v></c>'
            '<c r="D4" s="3"><f>C4</f></c></row>')
    (sheet_,) = excel.read(_hand_written_workbook(rows, date1904=True))
    assert sheet_.cells == {(1, 1): "项目名称", (1, 2): "绩效目标", (2, 1): "1", (2, 2): "TRUE", (2, 3): "#N/A",
                            (2, 4): "合计", (4, 1): "1904/1/2", (4, 2): "95.5%", (4, 3): "1,234.50"}


def test_money_columns_named_in_a_second_header_row_are_the_projects_budgets():
    """项目资金 spanning 资金总额 | 财政拨款 | 其他资金 over a table of many projects: the
    second header row names each amount (and is no project), and 0.00 is an amount."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年项目支出绩效目标表"])
    ws.append(["序号", "项目名称", "项目资金", None, None, "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"])
    ws.append([None, None, "资金总额", "财政拨款", "其他资金"])
    ws.append([1, "道路养护", 120.5, 120.5, 0, "完成道路养护。", "产出指标", "数量指标", "养护里程", "≥30公里"])
    ws.append([None, None, None, None, None, None, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"])
    ws.append([2, "路灯维修", 80, 60, 20, "维修路灯。", "产出指标", "数量指标", "维修路灯", "≥200盏"])
    for merged in ("A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:J3", "A4:A5", "B4:B5",
                   "C4:C5", "D4:D5", "E4:E5", "F4:F5"):
        ws.merge_cells(merged)
    record = extract_bytes(saved(wb), "roads.xlsx").to_dict()
    budgets = [(p["name"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) for p in record["projects"]]
    assert budgets == [("道路养护", 120.5, 120.5, 0), ("路灯维修", 80, 60, 20)]
    assert [len(p["indicators"]) for p in record["projects"]] == [2, 1]


def test_the_unit_beside_the_filing_unit_row_is_the_projects():
    """填报单位：XX局 | 单位：万元 above the form (Hefei's workbook, a sheet per project): the
    row is the department line with the money unit, not a row of the header block."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年度项目支出绩效目标表"])
    ws.append(["填报单位：某市某区城市管理局", None, None, None, None, "单位：万元"])
    ws.append(["项目名称", "城区道路清扫保洁", None, None, "项目编码", "340111-25-CG-001"])
    ws.append(["项目资金", "资金总额", 1850, "其中：财政资金", 1850, "其他资金", 0])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "道路清扫保洁面积", "≥1,260万平方米"])
    (project,) = extract_bytes(saved(wb), "baohe.xlsx").to_dict()["projects"]
    assert (project["name"], project["unit"], project["budget_total"]) == ("城区道路清扫保洁", "万元", 1850)


def test_text_typed_with_a_leading_equals_sign_and_stored_as_a_formula_is_read_as_typed(tmp_path):
    # A tool wrote =3000元/人 as a formula: no cached value, and nothing to compute (Chinese
    # outside quotes). The cell shows what was typed; a real formula without a value stays empty.
    import openpyxl

    from jixiao.extract.office import excel

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["B1"], ws["C1"] = "人均补助", "=3000元/人", "=SUM(D1:D2)"
    path = tmp_path / "typed.xlsx"
    wb.save(path)
    [sheet] = excel.read(path.read_bytes())
    assert sheet.cells.get((1, 2)) == "=3000元/人"
    assert (1, 3) not in sheet.cells


def test_cells_outside_a_sheets_print_area_are_the_authors_notes_not_the_form():
    # The form prints columns A:D; the author's working notes in column G (an amount, a 合计)
    # are not on the printed page, and are left out with an info issue.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目1"
    rows = [["项目名称", "环卫保洁", "实施单位", "某区环境卫生管理所"], ["年度资金总额", "2235.60"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "保洁面积", "≥486万平方米"]]
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row, 1):
            ws.cell(r, c, text)
    ws.cell(1, 7, "测算：486万平方米×4.6元/平方米·年=2235.60万元")
    ws.cell(2, 7, "合计2235.60")
    ws.print_area = "A1:D4"
    buffer = io.BytesIO()
    wb.save(buffer)
    record = extract_bytes(buffer.getvalue(), "form.xlsx").to_dict()
    project = record["projects"][0]
    assert (project["implementing_unit"], project["budget_total"]) == ("某区环境卫生管理所", 2235.6)
    assert [i["level3"] for i in project["indicators"]] == ["保洁面积"]
    assert [i["message"] for i in record["issues"] if i["code"] == "outside_print_area"] == [
        "sheet '项目1': 2 cells outside its print area were skipped"]
