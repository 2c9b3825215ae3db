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


# A Hubei form copied one cell per line with each cell's ` |` kept and nothing between rows:
# its cost breakdown (项目预算成本构成) first, whose 合计 row leaves its 测算 cell out, then the
# indicators with 保障绩效目标实现措施 merged down the rows and printed once, after the first.
HUBEI_CELLS = """\
2024年项目支出绩效目标表 |
项目名称 |
乡村道路养护 |
实施单位 |
云溪县交通运输局 |
项目预算成本构成 |
金额 |
测算(公式)依据 |
2022年实际执行数 |
2023年实际执行数 |
日常养护费 |
120.00 |
按养护里程480公里×0.25万元/公里 |
110.00 |
115.00 |
桥梁检测费 |
30.00 |
依据检测合同 |
28.00 |
29.00 |
合计 |
150.00 |
138.00 |
144.00 |
绩效目标 |
保障全县农村公路安全畅通。 |
绩效指标 |
保障绩效目标实现措施 |
一级指标 |
二级指标 |
三级指标 |
绩效标准 |
当年预期实现值 |
产出指标 |
数量指标 |
养护里程 |
纳入养护的农村公路里程 |
≥480公里 |
实行网格化养护，每月考核，考核结果与养护费用支付挂钩。 |
桥梁检测座数 |
年度检测桥梁数 |
≥36座 |
满意度指标 |
服务对象满意度指标 |
群众满意度 |
问卷调查 |
≥90% |
"""


def test_cells_with_their_pipe_and_no_row_marks_are_read_as_a_copy_cell_by_cell():
    blocks, rendering = read_text(HUBEI_CELLS)
    assert rendering == "bare_cell_lines"
    r = table_rows(blocks)
    assert ["", "", "桥梁检测座数", "年度检测桥梁数", "≥36座"] in r


def test_a_sentence_where_the_next_name_is_due_is_a_merged_cell_not_an_indicator():
    record = extract_bytes(HUBEI_CELLS.encode(), "hubei.txt").to_dict()
    indicators = record["projects"][0]["indicators"]
    assert [i["level3"] for i in indicators] == ["养护里程", "桥梁检测座数", "群众满意度"]
    assert [i["value_raw"] for i in indicators] == ["≥480公里", "≥36座", "≥90%"]


def test_a_cost_breakdown_one_cell_per_line_keeps_its_rows_and_the_total_is_the_budget():
    blocks, _ = read_text(HUBEI_CELLS)
    r = table_rows(blocks)
    assert ["桥梁检测费", "30.00", "依据检测合同", "28.00", "29.00"] in r
    assert ["合计", "150.00", "", "138.00", "144.00"] in r
    assert extract_bytes(HUBEI_CELLS.encode(), "hubei.txt").to_dict()["projects"][0]["budget_total"] == 150
