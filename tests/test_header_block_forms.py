"""Header blocks as some forms print them, one small form per quirk.

A project's money printed per period (项目资金 | 实施期资金总额 | 年度资金总额, Zhejiang's
approval form): the budget keys are the year's amounts, the other period's are kept in
extra under their period; amounts printed beside their labels are read as before.
A label and its value typed into one cell (项目名称：城乡环境综合整治)."""
from __future__ import annotations

from jixiao.extract import extract_bytes

FORM = """2023年度项目支出绩效目标批复表
单位：万元
项目名称\t乡村道路养护工程\t主管部门\t某县交通运输局
项目属性\t延续项目\t实施周期\t2023年-2025年
{money}
总体目标\t实施期目标\t\t年度目标
\t完成乡村道路养护120公里。\t\t完成乡村道路养护40公里。
年度绩效指标
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t养护里程\t≥40公里
满意度指标\t服务对象满意度指标\t群众满意度\t≥90%
"""

PER_PERIOD = """项目资金\t\t实施期资金总额\t年度资金总额
\t资金总额\t900.00\t320.00
\t其中：财政拨款\t800.00\t300.00
\t其他资金\t100.00\t20.00"""


def _project(money: str) -> dict:
    record = extract_bytes(FORM.format(money=money).encode("utf-8"), "roads.txt").to_dict()
    (project,) = record["projects"]
    return project


def test_the_budget_is_the_years_column_and_the_other_period_goes_to_extra():
    project = _project(PER_PERIOD)
    assert (project["budget_total"], project["budget_fiscal"], project["budget_other"]) == (320, 300, 20)
    assert {k: v for k, v in project["extra"].items() if k.startswith("实施期")} == {
        "实施期资金总额": "900.00", "实施期财政拨款": "800.00", "实施期其他资金": "100.00"}


def test_amounts_beside_their_labels_are_not_period_headers():
    project = _project("年度资金总额\t320.00\t实施期资金总额\t900.00")
    assert project["budget_total"] == 320


INLINE = """2023年项目支出绩效目标表
项目名称：城乡环境综合整治\t项目编码：510185-23-JS-014
主管部门：某市住房和城乡建设局\t年度资金总额：120.00万元
其中：财政拨款：100.00万元\t其他资金：20.00万元
年度绩效目标：完成农村生活垃圾收运处置体系建设。
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t收运覆盖行政村\t≥50个
"""


def test_a_label_and_its_value_in_one_cell():
    record = extract_bytes(INLINE.encode("utf-8"), "inline.txt").to_dict()
    (project,) = record["projects"]
    assert (project["name"], project["code"], project["department"]) == (
        "城乡环境综合整治", "510185-23-JS-014", "某市住房和城乡建设局")
    assert (project["budget_total"], project["budget_fiscal"], project["budget_other"]) == (120, 100, 20)
    assert project["goals"] == ["完成农村生活垃圾收运处置体系建设。"]
