"""One cell per line captures whose rows lost their merged level cells."""
from __future__ import annotations

from jixiao.extract.text import read_text
from tests.helpers import table_rows


def cells(*rows: list[str]) -> str:
    return "".join("".join(f"{c} |\n" for c in r) + "|\n" for r in rows)


HEADER = ["一级指标", "二级指标", "指标内容", "指标值", "备注"]


def rows(text: str) -> list[list[str]]:
    blocks, rendering = read_text(text)
    assert rendering == "cell_lines"
    return table_rows(blocks)


def test_row_without_its_first_level_laid_under_the_header():
    r = rows(cells(["项目名称", "社区食堂补助"], HEADER, ["产出指标", "数量指标", "助餐服务人次", "≥3000人次"],
                   ["质量指标", "食品安全检查合格率", "100%"]))
    assert ["", "质量指标", "食品安全检查合格率", "100%"] in r


def test_name_under_zhibiao_neirong_not_under_the_level_column():
    r = rows(cells(["项目名称", "社区食堂补助"], HEADER, ["产出指标", "数量指标", "助餐服务人次", "≥3000人次"],
                   ["助餐点数量", "12个"]))
    assert ["", "", "助餐点数量", "12个"] in r


def test_date_target_and_qualitative_last_cell_are_targets():
    r = rows(cells(["项目名称", "社区食堂补助"], HEADER, ["产出指标", "时效指标", "补助发放时间", "每季度"],
                   ["效益指标", "社会效益指标", "老年人就餐便利", "明显改善"],
                   ["时效指标", "结算时间", "每月10日前"]))
    assert ["", "时效指标", "结算时间", "每月10日前"] in r


def test_lone_cost_level_inside_a_group_is_second_level():
    r = rows(cells(["项目名称", "社区食堂补助"], HEADER, ["产出指标", "数量指标", "助餐服务人次", "≥3000人次"],
                   ["成本指标", "每餐补助标准", "≤5元"]))
    assert ["", "成本指标", "每餐补助标准", "≤5元"] in r


def test_next_form_title_ends_the_layout():
    r = rows(cells(["项目名称", "社区食堂补助"], HEADER, ["产出指标", "数量指标", "助餐服务人次", "≥3000人次"],
                   ["项目绩效目标表(2017年度)"], ["项目名称", "居家养老"]))
    assert ["项目绩效目标表(2017年度)"] in r and ["项目名称", "居家养老"] in r


BASELINE_HEADER = ["一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划完成水平", "指标解释"]


def test_dated_baselines_and_worded_pairs_are_values_in_a_row_that_lost_its_levels():
    """2023年8月 | 2024年9月30日前 (a date with its year), 逐步恢复 | 明显恢复 (worded): both are the
    baseline and the target, and the explanation after them stays the explanation."""
    r = rows(cells(["项目名称", "增殖放流"], BASELINE_HEADER, ["产出指标", "数量指标", "放流苗种数量", "2800万尾", "≥3200万尾", "年度放流总数"],
                   ["时效指标", "放流完成时间", "2023年8月", "2024年9月30日前", "放流全部完成的时间"],
                   ["效益指标", "生态效益指标", "渔业资源密度", "逐步恢复", "明显恢复", "监测站点密度变化情况"]))
    assert ["", "时效指标", "放流完成时间", "2023年8月", "2024年9月30日前", "放流全部完成的时间"] in r
    assert ["效益指标", "生态效益指标", "渔业资源密度", "逐步恢复", "明显恢复", "监测站点密度变化情况"] in r


def test_an_indented_bar_is_an_empty_cell_and_a_bar_at_the_lines_start_ends_the_row():
    text = cells(["项目名称", "增殖放流"], BASELINE_HEADER, ["产出指标", "数量指标", "放流苗种数量", "2800万尾", "≥3200万尾", "年度放流总数"])
    text += "效益指标 |\n可持续影响指标 |\n增殖放流长效机制 |\n |\n逐步完善 |\n常态化开展情况 |\n|\n"
    assert ["效益指标", "可持续影响指标", "增殖放流长效机制", "", "逐步完善", "常态化开展情况"] in rows(text)
