"""Text as extraction tools dump it, and text damaged on the way (heldout26a/26b's kinds), one
rule at a time on small renderings."""
from __future__ import annotations

from jixiao.extract import extract_bytes
from jixiao.extract.text import sniff

FORM = ["1、城区河道管护项目绩效目标表", "项目名称", "城区河道管护项目", "一级指标", "二级指标", "三级指标", "指标值",
        "产出指标", "数量指标", "巡查河道", "12条", "", "质量指标", "巡查覆盖率", "100%"]


def _indicators(record: dict) -> list[tuple]:
    return [(i["level2"], i["level3"], i["value_raw"]) for p in record["projects"] for i in p["indicators"]]


def test_a_cell_a_line_with_a_tab_on_the_department_line_is_no_tab_separated_table():
    # LibreOffice's "Text (encoded)" export and docx2txt keep the tab of a line that held two
    # things (the department, then 单位：万元); the form itself is a cell a line.
    lines = FORM[:1] + ["196533 某县卫生健康委员会\t单位：万元"] + FORM[1:]
    assert sniff("\n".join(lines)) == "bare_lines"
    record = extract_bytes("\n".join(lines).encode(), "dump.txt").to_dict()
    assert _indicators(record) == [("数量指标", "巡查河道", "12条"), ("质量指标", "巡查覆盖率", "100%")]
    # Tab-separated rows are a table where they are the rows.
    rows = ["一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t巡查河道\t12条", "\t质量指标\t巡查覆盖率\t100%"]
    assert sniff("\n".join(FORM[:3] + rows)) == "tsv"


def test_docx2txt_toc_entries_keep_their_leading_tab_stop_and_cells_are_apart_by_blank_lines():
    toc = ["目　录", "\t一、总体绩效目标\t1", "\t二、分项绩效目标\t1", "\t1、城区河道管护项目绩效目标表\t3"]
    body = [line for cell in FORM for line in (cell, "")]  # every cell a paragraph, a blank line after it
    text = "\n".join(toc + body + ["第 1 页"])
    assert sniff(text) == "bare_lines"
    record = extract_bytes(text.encode(), "dump.txt").to_dict()
    assert _indicators(record) == [("数量指标", "巡查河道", "12条"), ("质量指标", "巡查覆盖率", "100%")]


def test_pandoc_grid_table_rules_under_merged_cells_are_no_cells():
    grid = """+--------+--------+--------+------+
| 项目名称 | 城区河道管护项目                  |
+========+========+========+======+
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
+--------+--------+--------+------+
| 产出指标 | 数量指标 | 巡查河道 | 12条  |
|        |        +--------+------+
|        |        | 清理垃圾 | 30吨  |
|        +--------+--------+------+
|        | 质量指标 | 巡查覆盖率 | 100% |
+--------+--------+--------+------+"""
    record = extract_bytes(("1、城区河道管护项目绩效目标表\n\n" + grid + "\n").encode(), "plain.txt").to_dict()
    assert _indicators(record) == [("数量指标", "巡查河道", "12条"), ("数量指标", "清理垃圾", "30吨"),
                                   ("质量指标", "巡查覆盖率", "100%")]


def test_utf8_text_with_lines_pasted_from_a_gbk_file():
    head = "\n".join(FORM[:3]).encode("utf-8")
    pasted = "\n".join(["一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t巡查河道\t12条"]).encode("gbk")
    tail = "\t质量指标\t巡查覆盖率\t100%".encode("utf-8")
    data = head + b"\n" + pasted + b"\n" + tail + b"\n"
    record = extract_bytes(data, "capture.txt").to_dict()
    assert record["source"]["encoding"] == "utf-8+gb18030"
    assert _indicators(record) == [("数量指标", "巡查河道", "12条"), ("质量指标", "巡查覆盖率", "100%")]


def test_a_file_of_nothing_but_nul_bytes_is_an_empty_file_by_name():
    # A download manager reserved the file's length and never wrote to it.
    import pytest

    from jixiao.extract import DraftError

    with pytest.raises(DraftError) as refused:
        extract_bytes(b"\x00" * 61440, "draft.pdf")
    assert refused.value.code == "empty"
    assert str(refused.value) == "draft.pdf: empty file (nothing but NUL bytes: a download that never finished?)"
