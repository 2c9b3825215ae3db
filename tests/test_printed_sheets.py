"""Sheets as LibreOffice prints them to PDF: sideways labels, print titles, 续表 sheets.

Each workbook is written here with openpyxl from facts typed in this file, printed by
LibreOffice, and read back from the PDF; the record must give the facts back.
"""
from __future__ import annotations

import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side
from openpyxl.worksheet.pagebreak import Break

from jixiao.extract import extract_file

ROWS = [  # 一级, 二级, 三级, 指标值
    ("产出指标", "数量指标", "巡检供水管网长度", "≥260公里"),
    ("产出指标", "数量指标", "更换老旧水表", "≥1800块"),
    ("产出指标", "质量指标", "管网漏损率", "≤9%"),
    ("产出指标", "时效指标", "维修响应时间", "≤4小时"),
    ("效益指标", "社会效益指标", "供水保障能力", "明显提升"),
    ("效益指标", "可持续影响指标", "管网运维机制", "长效运行"),
    ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
]
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _form(sheet, title: str, start: int, rows, rotation: int, with_block: bool = True, with_header: bool = True) -> int:
    """The form from row ``start``; the next free row."""
    r = start
    sheet.cell(r, 1, title)
    sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    r += 1
    sheet.cell(r, 1, "726103 示例市河东区水务局")
    sheet.cell(r, 4, "单位：万元")
    r += 1
    if with_block:
        for label, value in (("项目编码", "726-2025-SW-11"), ("项目名称", "城区供水管网运维项目"), ("预算数", "152.00")):
            sheet.cell(r, 1, label)
            sheet.cell(r, 2, value)
            sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            r += 1
    if with_header:
        for k, text in enumerate(("一级指标", "二级指标", "三级指标", "指标值"), 1):
            sheet.cell(r, k, text)
        r += 1
    first = r
    for level1, level2, name, value in rows:
        for k, text in enumerate((level1, level2, name, value), 1):
            sheet.cell(r, k, text)
        sheet.row_dimensions[r].height = 84  # a one-row group holds its five characters stacked
        r += 1
    # Each 一级 name once, in a tall merged cell, printed sideways.
    k = first
    while k < r:
        end = k
        while end + 1 < r and sheet.cell(end + 1, 1).value == sheet.cell(k, 1).value:
            end += 1
        for blank in range(k + 1, end + 1):
            sheet.cell(blank, 1).value = None
        if end > k:
            sheet.merge_cells(start_row=k, start_column=1, end_row=end, end_column=1)
        sheet.cell(k, 1).alignment = Alignment(textRotation=rotation, vertical="center", horizontal="center")
        k = end + 1
    for row in sheet.iter_rows(min_row=start + 2, max_row=r - 1, max_col=4):
        for cell in row:
            cell.border = BOX
    for column, width in zip("ABCD", (8, 22, 24, 14)):
        sheet.column_dimensions[column].width = width
    return r


def _printed(book: Workbook, tmp_path, soffice: str) -> dict:
    book.save(tmp_path / "form.xlsx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "form.xlsx")], check=True, capture_output=True, timeout=180)
    return extract_file(str(tmp_path / "form.pdf")).to_dict()


def _read(record: dict) -> list[tuple]:
    assert len(record["projects"]) == 1, [p["title"] for p in record["projects"]]
    return [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in record["projects"][0]["indicators"]]


def test_labels_turned_a_quarter_counterclockwise_read_bottom_up(soffice, tmp_path):
    book = Workbook()
    _form(book.active, "城区供水管网运维项目绩效目标表", 1, ROWS, rotation=90)
    assert _read(_printed(book, tmp_path, soffice)) == ROWS


def test_print_titles_repeat_the_forms_first_rows_over_a_page_without_its_header(soffice, tmp_path):
    """Rows 1-4 (title, department and unit, 项目编码, 项目名称) printed over every page; the
    indicator header only on the first. The second page's rows go on under it."""
    book = Workbook()
    sheet = book.active
    end = _form(sheet, "城区供水管网运维项目绩效目标表", 1, ROWS, rotation=90)
    sheet.print_title_rows = "1:4"
    sheet.row_breaks.append(Break(id=end - 4))  # the last three indicator rows on page 2
    record = _printed(book, tmp_path, soffice)
    assert record["source"]["pages"] == 2
    assert _read(record) == ROWS
    assert record["document"]["department"] == "示例市河东区水务局" and record["projects"][0]["unit"] == "万元"


def test_a_continued_sheet_titled_xubiao_goes_on_with_the_form(soffice, tmp_path):
    book = Workbook()
    _form(book.active, "城区供水管网运维项目绩效目标表", 1, ROWS[:4], rotation=255)
    # The second sheet: the title marked 续表, the header again, the rest of the rows.
    _form(book.create_sheet("续表"), "城区供水管网运维项目绩效目标表（续表）", 1, ROWS[4:], rotation=255, with_block=False)
    assert _read(_printed(book, tmp_path, soffice)) == ROWS
