"""One cell per line with nothing between rows: a form copied out of a PDF viewer or a page.

Empty cells print nothing and a merged cell is printed once. Before bare_lines.py every
such text was refused as "no performance goal tables".
"""
from __future__ import annotations

import pathlib

from jixiao.extract import extract_bytes
from jixiao.extract.text import read_text
from tests.helpers import f1, table_rows

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_3007a9ebcb9e91bd"


def bare(*rows: list[str]) -> str:
    """Every non-empty cell on a line of its own, in reading order."""
    return "".join(f"{c}\n" for r in rows for c in r if c.strip())


HEADER = ["一级指标", "二级指标", "三级指标", "指标值"]


def rows(text: str) -> list[list[str]]:
    blocks, rendering = read_text(text)
    assert rendering == "bare_lines"
    return table_rows(blocks)


def test_a_worded_target_is_the_cell_after_the_name_not_part_of_it():
    r = rows(bare(["项目名称", "学生营养改善计划"], HEADER, ["产出指标", "数量指标", "受益学生人数", "16080人"],
                  ["时效指标", "补助资金拨付时间", "按学期拨付"], ["效益指标", "社会效益指标", "学生营养健康状况", "明显改善"],
                  ["学生体质健康达标率", "≥92%"]))
    assert ["", "时效指标", "补助资金拨付时间", "按学期拨付"] in r
    assert ["效益指标", "社会效益指标", "学生营养健康状况", "明显改善"] in r
    assert ["", "", "学生体质健康达标率", "≥92%"] in r


def test_columns_after_the_target_and_a_row_that_leaves_them_empty():
    header = ["一级指标", "二级指标", "三级指标", "指标值", "指标方向", "指标值确定依据", "备注"]
    r = rows(bare(["项目名称", "城乡低保"], header,
                  ["产出指标", "数量指标", "城乡低保保障人数", "不少于12000人", "正向", "上年度保障人数", "含城市和农村低保"],
                  ["数量指标", "低保动态调整次数", "≥ 4 次", "正向", "低保审核确认办法"],
                  ["低保金社会化发放率", "100%", "正向", "社会救助资金管理办法"]))
    assert ["", "数量指标", "低保动态调整次数", "≥ 4 次", "正向", "低保审核确认办法"] in r
    # No level and no remark: the name before a target starts the row, 正向 is the direction.
    assert ["", "", "低保金社会化发放率", "100%", "正向", "社会救助资金管理办法"] in r


def test_an_explanation_that_compares_with_the_budget_is_not_the_target():
    header = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
    r = rows(bare(["项目名称", "涉军人员生活费"], header,
                  ["成本指标", "经济成本指标", "支出金额", "支出金额控制在预算额度内", "≤预算批复金额", "财政预算"]))
    assert ["成本指标", "经济成本指标", "支出金额", "支出金额控制在预算额度内", "≤预算批复金额", "财政预算"] in r


def test_spending_plan_months_then_percentages_and_the_purpose_after_the_money():
    text = bare(["1、城乡低保资金绩效目标表"], ["项目名称", "城乡低保资金"], ["预算规模及资金用途"],
                ["预算数", "2860.00", "其中：财政资金", "2400.00", "其他资金", "460.00"], ["用于低保金发放"],
                ["资金支出计划（%）", "3月底", "6月底", "9月底", "12月底"], ["25.00", "50.00", "75.00", "100.00"],
                HEADER, ["产出指标", "数量指标", "保障人数", "≥12000人"])
    project = extract_bytes(text.encode(), "copy.txt").to_dict()["projects"][0]
    assert [(m["month"], m["pct"]) for m in project["spending_plan"]] == [(3, 25), (6, 50), (9, 75), (12, 100)]
    assert project["purpose"] == "用于低保金发放"
    assert (project["budget_total"], project["budget_fiscal"], project["budget_other"]) == (2860, 2400, 460)


def test_the_seed_copied_cell_by_cell_reads_as_the_seed():
    """The real seed draft with every table cell on a line of its own (what copying the
    PDF's tables out of a viewer gives): scored against the seed's hand-checked gold."""
    import json

    lines = []
    for row in SEED.with_suffix(".txt").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in row.split("\t") if c.strip()]
        lines += cells if cells else [""]
    record = extract_bytes("\n".join(lines).encode(), "seed_copied.txt").to_dict()
    score, misses = f1(json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8")), record)
    assert score >= 0.98, "\n".join(misses[:30])


def test_prose_with_labels_on_lines_of_their_own_is_not_a_table():
    text = "部门职责\n项目名称\n说明：本表为示例。\n"
    assert read_text(text)[1] != "bare_lines"


def test_a_one_table_export_copied_cell_by_cell_reads_as_its_projects():
    """Round 3's 一体化 capture (v1) with its ` |` marks and row bars taken away: the project's
    own cells (unit, name, amount, goal) stand once before its first indicator row, a
    department subtotal (305-…, its amount) before them; 权重 after the target is a number."""
    import json

    capture = ROOT / "samples" / "heldout3" / "drafts" / "v1_yitihua_celllines_qingchuan_2024.txt"
    lines = [line.strip() for line in capture.read_text(encoding="utf-8").splitlines()]
    copied = "\n".join(line[:-2].strip() if line.endswith(" |") else line for line in lines if line != "|")
    record = extract_bytes(copied.encode(), "v1_copied.txt").to_dict()
    assert record["source"]["rendering"] == "bare_lines"
    gold = json.loads((ROOT / "samples" / "heldout3" / "expected" / "v1_yitihua_celllines_qingchuan_2024.gold.json")
                      .read_text(encoding="utf-8"))
    score, misses = f1(gold, record)
    assert score >= 0.85, "\n".join(misses[:30])
    assert [p["name"] for p in record["projects"]] == [p["name"] for p in gold["projects"]]
