"""A sheet printed as page text with its columns lined up (an .xls shown as text,
pdftotext -layout): cells are placed by the column they start under, not by gaps."""
from __future__ import annotations

from jixiao.extract import extract_bytes
from jixiao.extract.text import aligned

# Written as a spreadsheet prints: columns padded by display width (a Chinese
# character is two), merged cells on their first row only, long cells wrapped.
SHEET = """\
2023年度项目支出绩效目标表

单位名称：保定市满城区城市管理和综合执法局      单位编码：412001      金额单位：万元
序号  项目名称            项目资金（万元）                    年度绩效目标                    绩效指标
                          资金总额    财政拨款    其他资金                                    一级指标    二级指标      三级指标                指标值
1     城区道路清扫保洁    1,286.00    1,236.00    50.00       1.完成主次干道清扫保洁面积420   产出指标    数量指标      道路清扫保洁面积        ≥420万平方米
                                                              万平方米；                                                垃圾清运量              ≥3.2万吨
                                                              2.生活垃圾日产日清。                      时效指标      生活垃圾清运时效        日产日清
                                                                                              满意度指标  服务对象满意  市民满意度              ≥90%
2     老旧小区二次供水    680.00      680.00      0.00        完成18个老旧小区二次供水设施    产出指标    数量指标      改造小区数量            18个
      设施改造                                                改造。                                                    受益居民户数            ≥5,600户
                                                                                              满意度指标  服务对象满意  受益居民满意度          ≥92%

填报人：刘洋
"""


def test_cells_go_under_the_column_they_start_under():
    cols = aligned.anchors(["一级指标  二级指标    三级指标"])
    assert aligned.column_of(aligned.width("一级指标  二级指标    "), cols) == 2
    assert aligned.width("一级") == 4


def test_an_aligned_sheet_with_merged_and_wrapped_cells_reads_as_its_projects():
    record = extract_bytes(SHEET.encode(), "sheet.txt").to_dict()
    assert record["source"]["rendering"] == "spaced"
    assert (record["document"]["department"], record["document"]["department_code"]) == ("保定市满城区城市管理和综合执法局", "412001")
    projects = [(p["name"], p["budget_total"], p["budget_fiscal"], p["budget_other"], p["goals"]) for p in record["projects"]]
    assert projects == [
        ("城区道路清扫保洁", 1286, 1236, 50, ["完成主次干道清扫保洁面积420万平方米；", "生活垃圾日产日清。"]),
        ("老旧小区二次供水设施改造", 680, 680, 0, ["完成18个老旧小区二次供水设施改造。"]),
    ]
    rows = [[(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in p["indicators"]] for p in record["projects"]]
    assert rows[0] == [("产出指标", "数量指标", "道路清扫保洁面积", "≥420万平方米"),
                       ("产出指标", "数量指标", "垃圾清运量", "≥3.2万吨"),
                       ("产出指标", "时效指标", "生活垃圾清运时效", "日产日清"),
                       ("满意度指标", "服务对象满意", "市民满意度", "≥90%")]
    assert [r[2] for r in rows[1]] == ["改造小区数量", "受益居民户数", "受益居民满意度"]


# A one-table export (一体化) printed as page text, its unit printed once for all its projects:
# each project's line leaves 单位名称 blank and prints its name, its amount and its first row.
ONE_TABLE = """\
2024年部门预算项目绩效目标表
单位名称                 项目名称          预算数    一级指标    二级指标    三级指标          指标值
610233-云溪县民政局      低保对象救助      820.00    产出指标    数量指标    保障低保对象      ≥3200人
                                                     满意度指标  服务对象满  救助对象满意度    ≥90%
                         临时救助          64.50     产出指标    数量指标    临时救助人次      ≥400人次
                                                     产出指标    时效指标    救助审批时限      ≤5个工作日
                         养老服务站运营    120.00    产出指标    数量指标    运营服务站        12个

填报人：刘洋
"""


def test_a_second_amount_under_a_project_column_starts_the_next_project():
    """An amount never wraps: printed where the project above already has one, it is the
    next project's, not the rest of a merged cell."""
    record = extract_bytes(ONE_TABLE.encode(), "sheet.txt").to_dict()
    projects = [(p["name"], p["budget_total"], [i["level3"] for i in p["indicators"]]) for p in record["projects"]]
    assert projects == [("低保对象救助", 820, ["保障低保对象", "救助对象满意度"]),
                        ("临时救助", 64.5, ["临时救助人次", "救助审批时限"]),
                        ("养老服务站运营", 120, ["运营服务站"])]


# A whole draft as pdftotext -layout prints it: paragraphs wrapped at the text's width (first
# lines indented), a sub-goal paragraph opening with its label, the 2015 form's two-line labels
# (预算规模 / 及资金用途, 资金支出 / 计划（%）) with a space between digit and character (3 月底),
# and an indicator table that goes on after the page's number.
LAYOUT = """\
二、总体绩效目标

    （一）全面推进城镇老旧小区改造，年内完成12个小区改造任务，持续改善群众居住条件
，提升城市品质和宜居水平。

三、分项绩效目标

    一、城镇老旧小区改造

    绩效目标：完成12个老旧小区水电气暖管网和屋面防水改造，惠及居民1,860户，改造
后供热能耗下降6%以上。

四、保障措施

    （一）健全项目管理制度。严格执行项目储备、评审和招投标制度，落实项目法人责任
制，规范项目资金拨付程序。

                                      - 2 -
                              第二部分  预算项目绩效目标

1、城镇老旧小区改造绩效目标表

项目编码      612-0403-LQ-K7            项目名称      城镇老旧小区改造
预算规模      预算数        960.00          其中：财政资金  900.00          其他资金  60.00
及资金用途    城镇老旧小区水电气暖管网和屋面防水改造
资金支出      3 月底        6 月底          9 月底        12 月底
计划（%）     20.00         50.00           80.00         100.00
一级指标    二级指标            三级指标                  指标值            指标值确定依据
产出指标    数量指标            改造老旧小区              12个              年度计划
                                惠及居民户数              ≥1,860户          年度计划

                                      - 3 -
            质量指标            工程验收合格率            100%              行业标准
满意度指标  服务对象满意度指标  居民满意度                ≥90%              历史标准

                                      - 4 -
"""


def test_a_pdftotext_layout_draft_keeps_its_paragraphs_two_line_labels_and_rows_over_the_page():
    record = extract_bytes(LAYOUT.encode(), "draft.txt").to_dict()
    assert record["overall_goals"] == ["全面推进城镇老旧小区改造，年内完成12个小区改造任务，持续改善群众居住条件，提升城市品质和宜居水平。"]
    [sub] = record["sub_goals"]
    assert (sub["title"], sub["goal"]) == ("城镇老旧小区改造", "完成12个老旧小区水电气暖管网和屋面防水改造，惠及居民1,860户，改造后供热能耗下降6%以上。")
    [safeguard] = record["safeguards"]
    assert (safeguard["title"], safeguard["text"]) == ("健全项目管理制度", "严格执行项目储备、评审和招投标制度，落实项目法人责任制，规范项目资金拨付程序。")
    [project] = record["projects"]
    assert (project["name"], project["budget_total"], project["purpose"]) == ("城镇老旧小区改造", 960, "城镇老旧小区水电气暖管网和屋面防水改造")
    assert [(s["month"], s["pct"]) for s in project["spending_plan"]] == [(3, 20), (6, 50), (9, 80), (12, 100)]
    assert [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in project["indicators"]] == [
        ("产出指标", "数量指标", "改造老旧小区", "12个"),
        ("产出指标", "数量指标", "惠及居民户数", "≥1,860户"),
        ("产出指标", "质量指标", "工程验收合格率", "100%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ]
