"""Template variants the seed does not show, each checked by the facts a reader sees in the draft."""
from __future__ import annotations

import pytest

from jixiao.extract import extract_file
from tests.helpers import ROOT

VARIANT = ROOT / "tests" / "data" / "variant_transport_2023.txt"


@pytest.fixture(scope="module")
def record():
    return extract_file(str(VARIANT)).to_dict()


def test_cover_title_and_department_on_one_line(record):
    doc = record["document"]
    assert (doc["department"], doc["year"], doc["compiled_by"]) == ("某某市交通运输局", 2023, "某某市交通运输局")


def test_sections_without_toc_in_other_numbering(record):
    assert record["toc"] == []
    assert record["overall_goals"] == ["完善综合交通网络，提升农村公路通达水平。", "保障道路运输安全稳定。"]
    assert record["sub_goals"] == [{"title": "农村公路养护", "goal": "完成农村公路日常养护任务。", "indicator": "养护里程不少于500公里。"}]
    assert record["safeguards"][1] == {"title": "强化资金监管", "text": "严格执行资金管理办法。"}


def test_unnumbered_titles_start_projects(record):
    assert [p["seq"] for p in record["projects"]] == [1, 2]
    assert [p["code"] for p in record["projects"]] == ["302-001-ABC", "302-002-ABC"]


def test_labels_in_another_order_and_explicit_purpose(record):
    p = record["projects"][0]
    assert (p["name"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) == ("农村公路养护工程", 350, 300, 50)
    assert p["purpose"] == "农村公路日常养护及病害处治"
    assert p["extra"] == {"主管部门": "某某市交通运输局", "实施单位": "某某市公路事业发展中心"}


def test_spending_plan_months_and_percentages_in_one_row(record):
    assert record["projects"][0]["spending_plan"] == [{"month": 3, "pct": 20}, {"month": 6, "pct": 50}, {"month": 9, "pct": 80}, {"month": 12, "pct": 100}]


def test_goal_list_numbered_with_dots(record):
    goals = record["projects"][0]["goals"]
    assert len(goals) == 2 and goals[1].startswith("优良中等路率达到80%以上")


def test_left_label_column_is_not_data(record):
    rows = record["projects"][0]["indicators"]
    assert len(rows) == 5
    assert all(r["extra"] == {} for r in rows)
    assert not any(i["code"] == "unknown_column" for i in record["issues"])


def test_level1_printed_on_middle_row_of_its_group(record):
    rows = record["projects"][1]["indicators"]
    assert [r["level1_std"] for r in rows] == ["产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"]


def test_value_words_and_spaces(record):
    rows = record["projects"][0]["indicators"]
    assert (rows[0]["comparator"], rows[0]["value"], rows[0]["unit"]) == (">=", 500, "公里")
    assert (rows[1]["comparator"], rows[1]["value"], rows[1]["unit"]) == (">=", 80, "%")
    assert rows[2]["kind"] == "qualitative"
    assert (rows[4]["comparator"], rows[4]["value"]) == (">=", 90)
    deadline = record["projects"][1]["indicators"][1]
    assert deadline["kind"] == "qualitative" and deadline["value"] is None


MARKDOWN_REPEATED = """\
# 某某县水利局2022年部门预算绩效文本

## 第二部分 预算项目绩效目标

1、水库安全运行维护绩效目标表

601001 某某县水利局

单位：万元

| 项目编码 | 601-01-XYZ | 601-01-XYZ | 项目名称 | 水库安全运行维护 | 水库安全运行维护 |
|---|---|---|---|---|---|
| 预算规模及资金用途 | 预算数 | 80.00 | 其中：财政资金 | 80.00 | 其他资金 |
| 预算规模及资金用途 | 小型水库日常维护 | 小型水库日常维护 | 小型水库日常维护 | 小型水库日常维护 | 小型水库日常维护 |
| 资金支出计划（%） | 3月底 | 3月底 | 6月底 | 9月底 | 12月底 |
| 资金支出计划（%） | 25 | 25 | 50 | 75 | 100 |
| 绩效目标 | 1、保障水库安全度汛<br>2、完成日常巡查 | 1、保障水库安全度汛<br>2、完成日常巡查 | 1、保障水库安全度汛<br>2、完成日常巡查 | 1、保障水库安全度汛<br>2、完成日常巡查 | 1、保障水库安全度汛<br>2、完成日常巡查 |
| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 |
| 产出指标 | 数量指标 | 维护水库数量 | 维护小型水库座数 | ≥12座 | 工作计划 |
| 产出指标 | 时效指标 | 巡查及时率 | 汛期巡查及时率 | 100% | 工作计划 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | 库区群众满意度 | ≥90% | 问卷调查 |
"""


def test_markdown_merged_cells_repeated_in_every_column(tmp_path):
    from jixiao.extract import extract_bytes

    record = extract_bytes(MARKDOWN_REPEATED.encode(), "repeated.md").to_dict()
    p = record["projects"][0]
    assert p["code"] == "601-01-XYZ" and p["name"] == "水库安全运行维护"
    assert p["purpose"] == "小型水库日常维护"
    assert p["goals"] == ["保障水库安全度汛", "完成日常巡查"]
    assert p["spending_plan"] == [{"month": 3, "pct": 25}, {"month": 6, "pct": 50}, {"month": 9, "pct": 75}, {"month": 12, "pct": 100}]
    assert [r["level1_std"] for r in p["indicators"]] == ["产出指标", "产出指标", "满意度指标"]
    assert record["document"]["year"] == 2022


def test_code_wrapped_into_the_next_cell_is_joined():
    from jixiao.extract import extract_bytes

    text = "\n".join([
        "1、测试项目绩效目标表", "100001 某某县测试局", "单位：万元",
        "项目编码\t100-0101-YBN-G1U\tW\t项目名称\t测试项目",
        "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据",
        "产出指标\t数量指标\t培训人次\t全年培训人次\t≥200人次\t工作计划",
    ])
    project = extract_bytes(text.encode(), "split-code.txt").to_dict()["projects"][0]
    assert project["code"] == "100-0101-YBN-G1UW"
    assert project["name"] == "测试项目"


@pytest.mark.parametrize(
    "lines, title, department, year",
    [
        (["某某县民政局二〇二一年部门预算绩效目标"], "二〇二一年部门预算绩效目标", "某某县民政局", 2021),
        (["部门预算绩效目标（2022年）", "某某县财政局编制"], "部门预算绩效目标（2022年）", "某某县财政局", 2022),
        (["某某县水利局", "2019 年度部门预算绩效文本", "（送审稿）"], "2019年度部门预算绩效文本", "某某县水利局", 2019),
    ],
)
def test_cover_title_variants(lines, title, department, year):
    from jixiao.extract.blocks import Line
    from jixiao.extract.interpret import cover

    doc = cover.parse([Line(t) for t in lines])
    assert (doc["title"], doc["department"], doc["year"]) == (title, department, year)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("471002 抚宁区工业信息管理局", ("471002", "抚宁区工业信息管理局")),
        ("部门：471002 抚宁区工业信息管理局", ("471002", "抚宁区工业信息管理局")),
        ("单位名称：抚宁区工业信息管理局", (None, "抚宁区工业信息管理局")),
        ("2020 年支持市县科技创新和科学普及省级专项资金", None),  # a year is not a unit code
    ],
)
def test_department_line_variants(line, expected):
    from jixiao.extract.interpret.segment import department_line

    assert department_line(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("1、2019 年下半年改制费用绩效目标表", (1, "2019年下半年改制费用绩效目标表")),
        ("（三）农村公路养护项目绩效目标表", (3, "农村公路养护项目绩效目标表")),
        ("十二、信息化运维项目绩效目标表", (12, "信息化运维项目绩效目标表")),
        ("2020年锰钢、通用机械厂涉军6人生活费绩效目标表", (None, "2020年锰钢、通用机械厂涉军6人生活费绩效目标表")),
        ("项目绩效目标完成情况", None),
    ],
)
def test_project_title_numbering_styles(line, expected):
    from jixiao.extract.interpret.segment import _title

    assert _title(line) == expected


NATIONAL = ROOT / "tests" / "data" / "variant_national_template_2021.txt"


@pytest.fixture(scope="module")
def national():
    return extract_file(str(NATIONAL)).to_dict()


def test_national_template_tables_are_projects(national):
    # The 项目支出绩效目标申报表 template: no TOC, no codes, title before the first table.
    assert [(p["seq"], p["title"], p["name"]) for p in national["projects"]] == [
        (1, "项目支出绩效目标申报表", "公共文化服务体系建设"),
        (2, "项目支出绩效目标申报表", "图书馆免费开放"),
    ]


def test_national_template_money_block(national):
    p = national["projects"][0]
    assert (p["unit"], p["budget_total"], p["budget_fiscal"], p["budget_other"]) == ("万元", 120, 100, 20)
    assert p["extra"]["实施单位"] == "某某县文化馆"


def test_national_template_goals_numbered_as_targets(national):
    assert national["projects"][0]["goals"] == ["开展送戏下乡演出不少于60场；", "提升基层群众文化获得感。"]


def test_national_template_indicator_rows(national):
    rows = national["projects"][0]["indicators"]
    assert len(rows) == 6 and rows[0]["level1_std"] == "产出指标" and rows[5]["level2_std"] == "服务对象满意度指标"
    assert (rows[4]["comparator"], rows[4]["value"], rows[4]["unit"]) == (">=", 3, "万人次")
