"""level(), infer_unit(), direction()."""
from __future__ import annotations

import pytest

from jixiao.normalize import LEVEL1, LEVEL2, direction, infer_unit, level, near_level


@pytest.mark.parametrize("name", LEVEL1 + LEVEL2)
def test_every_standard_name_maps_to_itself(name):
    assert level(name) == name


@pytest.mark.parametrize("name", LEVEL1)
def test_level1_names_at_depth_1(name):
    assert level(name, depth=1) == name


@pytest.mark.parametrize("name", LEVEL2)
def test_level2_names_at_depth_2(name):
    assert level(name, depth=2) == name


@pytest.mark.parametrize("printed,depth,std", [
    # wrapping artefacts and truncation (the seed's own cells)
    ("服务对象 满意度指", None, "服务对象满意度指标"),
    ("服务对象 满意度指", 2, "服务对象满意度指标"),
    ("满意度指 标", None, "满意度指标"),
    ("满意度指 标", 1, "满意度指标"),
    ("社会效益 指标", 2, "社会效益指标"),
    ("社会效益\n指标", 2, "社会效益指标"),
    ("数 量 指 标", 2, "数量指标"),
    ("\u3000产出指标\u3000", 1, "产出指标"),
    ("可持续影响指", 2, "可持续影响指标"),
    ("生态环境成本指", 2, "生态环境成本指标"),
    # short forms
    ("经济效益", 2, "经济效益指标"),
    ("社会效益", 2, "社会效益指标"),
    ("生态效益", 2, "生态效益指标"),
    ("可持续影响", 2, "可持续影响指标"),
    ("服务对象满意度", 2, "服务对象满意度指标"),
    ("满意度", 1, "满意度指标"),
    ("满意度", None, "满意度指标"),
    ("产出", 1, "产出指标"),
    ("效益", 1, "效益指标"),
    ("数量", 2, "数量指标"),
    ("时效", 2, "时效指标"),
    ("经济成本", 2, "经济成本指标"),
    # synonyms
    ("效果指标", 1, "效益指标"),
    ("效果指标", None, "效益指标"),
    ("效果", 1, "效益指标"),
    ("社会公众或服务对象满意度指标", 2, "服务对象满意度指标"),
    ("社会公众或服务对象满意度指标", None, "服务对象满意度指标"),
    ("满意度指标", 2, "服务对象满意度指标"),
    ("满意度", 2, "服务对象满意度指标"),
    # 成本指标 is a level 1 (2021) and a level 2 (older framework)
    ("成本指标", None, "成本指标"),
    ("成本指标", 1, "成本指标"),
    ("成本指标", 2, "成本指标"),
    ("成本", 2, "成本指标"),
    # numbering and weights printed in the cell
    ("一、产出指标", 1, "产出指标"),
    ("1.数量指标", 2, "数量指标"),
    ("产出指标（50分）", 1, "产出指标"),
    ("满意度指标(10)", 1, "满意度指标"),
])
def test_printed_level_maps_to_standard(printed, depth, std):
    assert level(printed, depth=depth) == std


@pytest.mark.parametrize("printed,depth", [
    (None, None), ("", None), ("   ", 1), ("指标", None), ("指", 2),
    ("社会", 2),            # 社会效益指标 or 社会成本指标
    ("生态", 2),            # 生态效益指标 or 生态环境成本指标
    ("产出指标", 2),        # a level-1 name in a level-2 cell is not guessed
    ("效益指标", 2),
    ("数量指标", 1),
    ("服务对象满意度指标", 1),
    ("项目完成指标", None),
    ("绩效指标", None),
    ("满意度指标数量", None),
    ("—", 1),
])
def test_unknown_or_ambiguous_level_is_none(printed, depth):
    assert level(printed, depth=depth) is None


def test_level_never_raises_on_odd_input():
    assert level(123, depth=1) is None  # type: ignore[arg-type]
    assert level("产出指标", depth=7) == "产出指标"


@pytest.mark.parametrize("name,unit", [
    ("资助专利数(件)", "件"),
    ("资助专利数（件）", "件"),
    ("项目资金（万元）", "万元"),
    ("原创性成果产出率 (%)", "%"),
    ("群众投诉下 降率 (%)", "%"),
    ("成果应用率(％)", "%"),
    ("科普活动和科技竞赛参与人次(人)", "人"),
    ("补助标准（元/人·月）", "元/人·月"),
    ("培训人数（单位：人次）", "人次"),
    ("综合事务保 障率", "%"),
    ("群众满意率", "%"),
    ("建档率", "%"),
])
def test_infer_unit_from_name(name, unit):
    assert infer_unit(name) == unit


@pytest.mark.parametrize("name", [
    None, "", "群众满意度", "及时性", "改制情况", "预算控制数",
    "项目建设(含配套)",       # parentheses that are not a unit
    "检查频率",               # 率 but not a percentage
    "工作效率",
    "成果被引用次数(次数)",   # not a unit we know... 次数 is not a printed unit
])
def test_infer_unit_is_none_otherwise(name):
    assert infer_unit(name) is None


@pytest.mark.parametrize("comparator,printed,want", [
    (">=", None, "正向"), (">", None, "正向"), ("<=", None, "反向"), ("<", None, "反向"),
    ("=", None, None), (None, None, None),
    ("<=", "正向", "正向"), (">=", "反向", "反向"), (">=", "逆向", "反向"),
    (">=", "中性", "中性"), (None, "正向指标", "正向"), (">=", " 逆 向 ", "反向"),
    (">=", "未知", "正向"), ("<=", "", "反向"),
])
def test_direction(comparator, printed, want):
    assert direction(comparator, printed) == want


@pytest.mark.parametrize("printed, depth, under, std", [
    ("绩效指标", 2, "产出指标", "时效指标"),  # OCR read 时 as 绩 in a scanned Hubei form
    ("时郊指标", 2, None, "时效指标"),
    ("数最指标", 2, "产出指标", "数量指标"),
    ("绩效指标", 2, "效益指标", None),  # 时效指标 does not sit under 效益指标
    ("绩效指标", 1, None, None),  # no level-1 name is one character away
    ("效益指标", 2, None, None),  # a level-1 name in the level-2 column is not a misprint of one
    ("速度指标", 2, None, None),  # two characters away from every name
])
def test_a_level_cell_one_character_off_reads_as_the_one_name_it_misses(printed, depth, under, std):
    assert level(printed, depth=depth) is None  # level() itself stays strict: readers use it to tell level cells
    assert near_level(printed, depth=depth, under=under) == std
