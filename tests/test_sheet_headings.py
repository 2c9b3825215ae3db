"""A sheet's own row and column headings, printed with it: the record is the sheet's.

LibreOffice prints a workbook whose page setup asks for row and column headings (Excel's
"Print: Row and column headings") with the letters A B C … over the grid and the row
numbers at its left, ruled like the cells; an online spreadsheet preview shows them too.
"""
from __future__ import annotations

import subprocess

from tests.helpers import ROOT, f1

from jixiao.extract import extract_file
from jixiao.extract.blocks import Cell, Line, Table
from jixiao.extract.interpret import sheet_headings

WORKBOOK = ROOT / "samples" / "office" / "unseen" / "drafts" / "x1_budget_sheets_cuiping_2024.xlsx"


def _printed(soffice: str, tmp_path, headings: bool):
    import openpyxl

    book = openpyxl.load_workbook(WORKBOOK)
    for sheet in book.worksheets:
        sheet.print_options.headings = headings
        sheet.sheet_properties.pageSetUpPr.fitToPage = True  # each sheet's width on one page
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    folder = tmp_path / ("with" if headings else "without")
    folder.mkdir()
    book.save(folder / "draft.xlsx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(folder / "draft.xlsx")], check=True, capture_output=True, timeout=180)
    return extract_file(str(folder / "draft.pdf")).to_dict()


def test_a_sheet_printed_with_its_headings_reads_as_the_sheet_printed_without(soffice, tmp_path):
    plain = _printed(soffice, tmp_path, headings=False)
    headed = _printed(soffice, tmp_path, headings=True)
    assert plain["projects"] and plain["projects"][0]["indicators"]
    score, misses = f1(plain, headed)
    assert score == 1.0, "\n".join(misses[:20])


def _table(rows: list[list[str | None]]) -> Table:
    return Table([[Cell(t) if t is not None else None for t in row] for row in rows])


def test_letters_over_row_numbers_go_and_the_name_box_line_with_them():
    blocks = [
        Line("A1 fx 2025年部门预算项目绩效目标表"),
        _table([["", "A", "B", "", "D"],  # OCR lost C: its slot stays empty
                ["1", "项目名称", "X", "项目编码", "Y"],
                ["2", "一级指标", "二级指标", "三级指标", "指标值"],
                ["3", "产出指标", "数量指标", "培训人数", "≥100人"],
                ["", None, None, "培训天数", "5天"]]),
    ]
    out = sheet_headings.strip(blocks)
    assert len(out) == 1 and isinstance(out[0], Table)
    assert [[c.text if c else None for c in row] for row in out[0].rows] == [
        ["项目名称", "X", "项目编码", "Y"], ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥100人"], [None, None, "培训天数", "5天"]]


def test_a_numbered_form_is_no_sheet_headings():
    # 序号 1 2 3 under a header of labels: the form's own column, kept.
    numbered = _table([["序号", "一级指标", "二级指标", "三级指标"],
                       ["1", "产出指标", "数量指标", "培训人数"],
                       ["2", "产出指标", "质量指标", "合格率"],
                       ["3", "效益指标", "社会效益指标", "覆盖面"]])
    # Letters that are a column's values (等级 A B C), and a row of letters out of order.
    graded = _table([["", "A", "C", "B"], ["1", "x", "y", "z"], ["2", "x", "y", "z"], ["3", "x", "y", "z"]])
    line = Line("A1 fx 2025年部门预算项目绩效目标表")
    assert sheet_headings.strip([line, numbered, graded]) == [line, numbered, graded]


FORM = [  # a project form as a converter lifts it out of a PDF: merged cells lost, text in the first
    ["项目名称", "村级文化广场建设项目", "", "项目编码", "WL-2025-09", ""],
    ["预算规模及资金用途", "预算数", "其中：财政资金", "其他资金", "资金用途", ""],
    ["", "120.00", "100.00", "20.00", "用于村级文化广场建设", ""],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", "新建村级文化广场", "年内建成的广场数量", "≥15个", "工作计划"],
    ["", "质量指标", "工程验收合格率", "验收合格的工程比例", "100%", "行业标准"],
    ["效益指标", "社会效益指标", "群众文化活动参与率", "参与活动的村民比例", "≥80%", "历史标准"],
]
TAIL = [["", "可持续影响指标", "广场长效管护机制", "管护制度运行情况", "持续完善", "工作计划"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "抽样调查的满意程度", "≥90%", "历史标准"]]


def test_a_form_written_by_pandas_loses_its_column_labels_and_index(tmp_path):
    """camelot's Excel export: each table a sheet written by pandas, its column labels 0 1 2 … over
    the grid and its index 0 1 2 … down the left; the form's last rows on the next page's sheet."""
    import pandas as pd

    path = tmp_path / "converted.xlsx"
    with pd.ExcelWriter(path, engine="openpyxl") as book:
        pd.DataFrame(FORM).to_excel(book, sheet_name="page-1-table-1")
        pd.DataFrame(TAIL).to_excel(book, sheet_name="page-2-table-1")
    (project,) = extract_file(str(path)).to_dict()["projects"]
    assert (project["code"], project["budget_total"], project["purpose"]) == ("WL-2025-09", 120.0, "用于村级文化广场建设")
    assert [(i["level1"], i["level3"], i["value_raw"]) for i in project["indicators"]] == [
        ("产出指标", "新建村级文化广场", "≥15个"), ("产出指标", "工程验收合格率", "100%"),
        ("效益指标", "群众文化活动参与率", "≥80%"), ("效益指标", "广场长效管护机制", "持续完善"),
        ("满意度指标", "村民满意度", "≥90%")]


def test_a_forms_own_column_numbers_are_not_pandas_labels():
    # A 栏次 row counts from 1, and the form's first column holds no index from 0.
    table = _table([["", "1", "2", "3"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "≥100人"]])
    assert sheet_headings.strip([table]) == [table]
    zero_based = _table([["", "0", "1", "2"], ["项目名称", "X", "项目编码"], ["一级指标", "二级指标", "三级指标"]])
    assert sheet_headings.strip([zero_based]) == [zero_based]
