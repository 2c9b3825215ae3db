"""The content rules behind the families, one at a time, on small hand-written tables."""
from __future__ import annotations

import pytest

from jixiao import normalize
from jixiao.extract import extract_bytes
from jixiao.extract.blocks import Cell, Where
from jixiao.extract.interpret import align, layout
from jixiao.extract.blocks import Row


def _row(*texts: str | None) -> Row:
    return Row([None if t is None else Cell(t) for t in texts], Where(), 0, False, False)


COLUMNS = ["level1", "level2", "level3", "sign", "value", "unit", "weight", "direction"]


@pytest.mark.parametrize("cells, expected", [
    # A row that lost its merged 一级指标: shifted right by one.
    (["数量指标", "培训人次", "≥", "200", "人次", "10", "正向指标", ""],
     ["", "数量指标", "培训人次", "≥", "200", "人次", "10", "正向指标"]),
    # A row already in place stays where it is.
    (["产出指标", "数量指标", "培训人次", "≥", "200", "人次", "10", ""],
     ["产出指标", "数量指标", "培训人次", "≥", "200", "人次", "10", ""]),
])
def test_short_rows_are_laid_back_under_their_headers(cells, expected):
    out = align.realign(_row(*cells), COLUMNS)
    assert [c.text if c else None for c in out.cells] == expected


def test_a_cell_dropped_mid_row_leaves_a_gap():
    columns = ["level1", "level2", "level3", "sign", "value", "unit", "description", "scoring"]
    row = _row("时效指标", "工作安排时间", "定量", "按月安排", "考察工作安排时间", "未达指标值酌情扣分", "", "")
    out = [c.text for c in align.realign(row, columns).cells]
    assert out == ["", "时效指标", "工作安排时间", "定量", "按月安排", "", "考察工作安排时间", "未达指标值酌情扣分"]


def test_a_row_with_merged_slots_is_never_moved():
    row = _row(None, None, "培训人次", "≥", "200", "人次", "", "")
    assert align.realign(row, COLUMNS) is row


def test_header_split_over_two_rows():
    rows = [_row("一级", "二级", "三级", "指标"), _row("指标", "指标", "指标", "值"), _row("产出指标", "数量指标", "人次", "5")]
    h = layout.find_header(rows)
    assert h == 0
    lay = layout.read(rows, h)
    assert lay.first == 2 and set(lay.fields.values()) == {"level1", "level2", "level3", "value"}


def test_level_columns_read_from_their_cells():
    rows = [_row("一级指标", "二级指标", "绩效标准", "当年预期实现值"),
            _row("数量指标", "维修次数", "反映维修情况", "12次"),
            _row("质量指标", "验收合格率", "反映验收情况", "95%")]
    lay = layout.read(rows, 0)
    assert lay.fields == {0: "level2", 1: "level3", 2: "description", 3: "value"}
    assert lay.notes  # --explain says so


def test_an_explanation_column_is_the_description():
    """指标说明 says what the indicator measures, like 指标解释 (a 部门整体 form of the blind set prints it)."""
    rows = [_row("一级指标", "二级指标", "三级指标", "指标值", "指标说明"),
            _row("产出指标", "数量指标", "开展普法宣传活动", "≥120场", "全年组织主题普法宣传活动场次")]
    assert layout.read(rows, 0).fields == {0: "level1", 1: "level2", 2: "level3", 3: "value", 4: "description"}


def test_a_project_year_goal_column_in_a_table_of_many_projects():
    """项目年度目标 (Yunnan's one-sheet export) is the project's annual goal, like 年度目标."""
    rows = [_row("单位名称", "项目名称", "项目金额", "项目年度目标", "一级指标", "二级指标", "三级指标", "指标值"),
            _row("530102-某区民政局", "低保补助", "18645000", "按时足额发放低保金。", "产出指标", "数量指标",
                 "保障人数", "≥3,150人")]
    assert layout.read(rows, 0).project_columns == {0: "implementer", 1: "name", 2: "total", 3: "goals"}


def test_content_column_is_the_name_without_a_third_level():
    rows = [_row("一级指标", "二级指标", "指标内容", "指标值"), _row("产出指标", "数量指标", "培训人次", "200人次")]
    assert layout.read(rows, 0).fields[2] == "level3"


@pytest.mark.parametrize("printed, std", [("产出指标(50分)", "产出指标"), ("成本指标(0-20)分", "成本指标"),
                                          ("效益指标（30分）", "效益指标")])
def test_score_in_a_level_cell(printed, std):
    assert normalize.level(printed, depth=1) == std


@pytest.mark.parametrize("raw, kind, value, unit", [
    ("≥100百分比", "numeric", 100, "%"),
    ("250万", "numeric", 250, "万"),
    ("2023.07-2024.01", "qualitative", None, None),
    ("2023年7月-2024年1月", "qualitative", None, None),
    ("3-5户", "numeric", 3, "户"),
])
def test_value_notations(raw, kind, value, unit):
    v = normalize.value(raw)
    assert (v.kind, v.value, v.unit) == (kind, value, unit)


def test_lost_percent_is_flagged_not_guessed():
    text = ("部门整体支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标解释\t目标值\n"
            "产出指标\t质量指标\t审稿覆盖率\t90%(计划标准)\t1\n"
            "满意度指标\t服务对象满意度指标\t读者满意度\t满意程度\t≥90%\n")
    record = extract_bytes(text.encode(), "dept.txt").to_dict()
    row = record["projects"][0]["indicators"][0]
    assert (row["value"], row["unit"], row["basis"]) == (1, None, "计划标准")
    assert any(i["code"] == "lost_percent" and i["indicator"] == 1 for i in record["issues"])
    assert record["projects"][0]["scope"] == "department"


def test_national_form_money_block_and_department_code():
    text = ("项目支出绩效目标申报表\n（2022年度）\n项目名称\t台站运行\n"
            "主管部门及代码\t[173]中国科学院\t实施单位\t某研究所\n"
            "项目资金（万元）\t年度资金总额\t380.00\n\t其中：财政拨款\t320.00\n\t上年结转资金\t45.00\n\t其他资金\t15.00\n"
            "总体目标\t目标1：保障台站运行。目标2：完成标定。\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t分值\n"
            "\t产出指标\t数量指标\t台站数量\t6个\t10\n")
    record = extract_bytes(text.encode(), "national.txt").to_dict()
    p = record["projects"][0]
    assert (p["department_code"], p["department"], p["implementing_unit"]) == ("173", "中国科学院", "某研究所")
    assert (p["budget_total"], p["budget_fiscal"], p["budget_carryover"], p["budget_other"]) == (380, 320, 45, 15)
    assert p["goals"] == ["保障台站运行。", "完成标定。"]
    assert p["indicators"][0]["weight"] == 10
    assert record["document"]["year"] == 2022


def test_the_approving_office_line_ends_the_indicator_table():
    """An approval form closes with the office's line (批复单位：…财政局  批复日期：…): not an indicator."""
    text = ("项目支出绩效目标申报表\n项目名称\t农村公路养护\n"
            "项目资金（万元）\t年度资金总额\t380.00\n"
            "一级指标\t二级指标\t三级指标\t指标值\t分值\n"
            "产出指标\t数量指标\t养护里程\t≥86公里\t10\n"
            "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t10\n"
            "批复单位：温州市鹿城区财政局\t\t批复日期：2022年3月10日\n")
    indicators = extract_bytes(text.encode(), "approved.txt").projects[0].indicators
    assert [i.level3 for i in indicators] == ["养护里程", "沿线群众满意度"]


def test_export_whose_project_columns_span_two_header_rows():
    html = """<table>
<tr><td colspan="12">部门预算项目绩效目标申报表(2024年度)</td></tr>
<tr><td rowspan="2">单位名称</td><td rowspan="2">项目名称</td><td rowspan="2">预算数</td><td rowspan="2">年度目标</td>
<td colspan="8">绩效指标</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td><td>权重</td>
<td>指标方向性</td></tr>
<tr><td rowspan="2">110001-某镇人民政府</td><td>道路养护</td><td>300,000.00</td><td>养护村道</td><td>产出指标</td>
<td>数量指标</td><td>养护里程</td><td>≥</td><td>20</td><td>公里</td><td>30</td><td>正向指标</td></tr>
<tr><td>环境整治</td><td>200,000.00</td><td>整治人居环境</td><td>产出指标</td><td>数量指标</td><td>整治村数</td><td>=</td>
<td>8</td><td>个</td><td>30</td><td>正向指标</td></tr></table>"""
    record = extract_bytes(html.encode(), "export.html").to_dict()
    assert [(p["name"], p["budget_total"], p["department_code"]) for p in record["projects"]] == [
        ("道路养护", 300000.0, "110001"), ("环境整治", 200000.0, "110001")]
    assert [p["indicators"][0]["value"] for p in record["projects"]] == [20, 8]


_EXPORT_HEADER = ("<tr><td>单位名称</td><td>项目名称</td><td>预算数</td><td>年度目标</td><td>一级指标</td><td>二级指标</td>"
                  "<td>三级指标</td><td>指标值</td></tr>")


def _export_page(*rows: tuple[str, ...]) -> str:
    return "<table>" + _EXPORT_HEADER + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


@pytest.mark.parametrize("budget, projects", [("156.40", 3), ("98.00", 4)])
def test_a_page_that_opens_with_the_last_pages_project_redrawn_goes_on_with_it(budget, projects):
    # A report export prints a project's merged cells again at the top of the next page;
    # the same name, amount and goal are the same project, a different amount a new one.
    first = _export_page(
        ("511000-某区水利局", "水库管护", "268.00", "管护小型水库", "产出指标", "数量指标", "管护水库", "38座"),
        ("", "农村饮水维修", "156.40", "维修集中供水工程", "产出指标", "数量指标", "维修工程", "≥42处"))
    second = _export_page(
        ("511000-某区水利局", "农村饮水维修", budget, "维修集中供水工程", "产出指标", "时效指标", "修复时限", "≤48小时"),
        ("", "河湖长制", "84.50", "落实巡河制度", "产出指标", "数量指标", "巡河", "≥3600人次"))
    record = extract_bytes(f"<html><body>{first}<p>第1页</p>{second}</body></html>".encode(), "export.html").to_dict()
    shape = [(p["name"], [i["level3"] for i in p["indicators"]]) for p in record["projects"]]
    if projects == 3:
        assert shape == [("水库管护", ["管护水库"]), ("农村饮水维修", ["维修工程", "修复时限"]), ("河湖长制", ["巡河"])]
        assert [i["seq"] for i in record["projects"][1]["indicators"]] == [1, 2]
        assert [p["seq"] for p in record["projects"]] == [1, 2, 3]
    else:
        assert [name for name, _ in shape] == ["水库管护", "农村饮水维修", "农村饮水维修", "河湖长制"]


def test_an_export_furniture_rows_unit_cell_gives_the_projects_unit():
    # A web system's "导出Excel" (an HTML table served as .xls): the row over the header holds
    # when and who exported it, and the unit of the money below.
    furniture = ('<tr><td colspan="8">2025年部门预算项目绩效目标表</td></tr><tr><td colspan="4">导出时间：2025-01-16 09:42:37</td>'
                 '<td colspan="2">操作员：王婷婷</td><td colspan="2">金额单位：万元</td></tr>')
    page = _export_page(("511000-某区水利局", "水库管护", "268.00", "管护小型水库", "产出指标", "数量指标", "管护水库", "38座"))
    page = page.replace("<table>", "<table>" + furniture, 1)
    record = extract_bytes(page.encode(), "导出.xls").to_dict()
    assert [(p["name"], p["budget_total"], p["unit"]) for p in record["projects"]] == [("水库管护", 268, "万元")]


@pytest.mark.parametrize("first_level1", ["效益指标", ""])
def test_the_older_frameworks_satisfaction_row_stays_under_the_effect_it_is_printed_under(first_level1):
    # 2015-era forms put 社会公众或服务对象满意度指标 under 效益指标, as they put 成本指标 under
    # 产出指标: the printed level 1 is the standard one there, merged down or on the row itself.
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "清运量", "≥11.7万吨"],
            ["", "成本指标", "吨垃圾清运成本", "≤52元/吨"],
            ["效益指标", "社会效益指标", "投诉", "≤10件"],
            [first_level1, "社会公众或服务对象满意度指标", "市民满意度", "≥90%"]]
    got = [(i["level1_std"], i["level2_std"]) for i in _rows_record([["项目名称", "垃圾清运"], *rows])["projects"][0]["indicators"]]
    assert got == [("产出指标", "数量指标"), ("产出指标", "成本指标"), ("效益指标", "社会效益指标"),
                   ("效益指标", "服务对象满意度指标")]


def test_todays_satisfaction_name_under_an_inherited_effect_is_still_its_own_level():
    # The standard name under a blank level-1 cell (its merged text printed lower down) is
    # 满意度指标's, whatever level 1 the rows above had.
    rows = [["项目名称", "垃圾清运"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["效益指标", "社会效益指标", "投诉", "≤10件"],
            ["", "服务对象满意度指标", "市民满意度", "≥90%"]]
    got = [(i["level1_std"], i["level2_std"]) for i in _rows_record(rows)["projects"][0]["indicators"]]
    assert got == [("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标")]


def _table(*rows: tuple[str, ...]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def test_a_cost_breakdown_captioned_on_a_line_of_its_own_gives_the_budget_its_total():
    # Hubei's form as Word prints it: 项目预算成本构成 as a paragraph over its own table,
    # between the project's table and the indicators; its 合计 is the budget.
    html = ("<p>2024年部门预算项目支出绩效目标表</p>"
            + _table(("项目名称", "高标准农田建设管护"), ("项目类别", "本级支出项目"))
            + "<p>项目预算成本构成</p>"
            + _table(("明细", "金额", "测算（公式）依据"), ("日常管护费", "156.00", "13万亩×12元/亩"),
                     ("维修费", "84.00", "近三年平均"), ("合计", "240.00", ""))
            + "<p>绩效目标</p>"
            + _table(("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "管护面积", "≥13万亩")))
    project = extract_bytes(f"<html><body>{html}</body></html>".encode(), "hubei.html").to_dict()["projects"][0]
    assert (project["name"], project["budget_total"]) == ("高标准农田建设管护", 240.0)
    assert [i["level3"] for i in project["indicators"]] == ["管护面积"]


@pytest.mark.parametrize("header, department", [("耕地地力保护补贴", "聊城市某区农业农村局"),
                                                ("聊城市某区财政局", "聊城市某区财政局")])
def test_a_page_header_naming_no_body_yields_to_the_department_the_forms_name(header, department):
    # A sheet printed with its name as the page header (the fund's name) over the form's
    # title; the form's 填报单位 line names the department. A header that is a body stays.
    form = _table(("专项（项目）名称", "耕地地力保护补贴"), ("一级指标", "二级指标", "三级指标", "指标值"),
                  ("产出指标", "数量指标", "补贴面积", "≥43.9万亩"))
    html = (f"<p>{header}</p><p>2024年省级转移支付资金绩效目标表</p>"
            f"<p>填报单位：371502聊城市某区农业农村局　单位：万元</p>{form}")
    record = extract_bytes(f"<html><body>{html}</body></html>".encode(), "fund.html").to_dict()
    assert record["document"]["department"] == department
    assert record["projects"][0]["department"] == "聊城市某区农业农村局"


@pytest.mark.parametrize("layout", ["pairs", "over"])
def test_money_sources_beside_the_fiscal_money_add_up_to_the_other_money_and_their_total_is_the_budget(layout):
    # 资金来源 on Tianjin's and Jiangxi's forms: 财政拨款 | 财政专户 | 单位资金 | 其他, and 合计.
    if layout == "pairs":
        money = [["资金来源", "财政拨款", "248.00", "财政专户", "10.00"], ["", "单位资金", "38.00", "其他", "0.00"],
                 ["", "合计", "296.00", "", ""]]
    else:
        money = [["资金来源", "合计", "财政拨款", "财政专户", "单位资金", "其他"],
                 ["", "296.00", "248.00", "10.00", "38.00", "0.00"]]
    rows = [["项目名称", "食品安全抽检"], *money, ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "抽检批次", "≥1850批次"]]
    project = _rows_record(rows)["projects"][0]
    assert (project["budget_total"], project["budget_fiscal"], project["budget_other"]) == (296, 248, 48)
    assert project["extra"]["funding_sources"] == {"财政专户": 10, "单位资金": 38}


def test_a_cost_tables_total_row_is_no_money_label_of_the_header_block():
    rows = [["项目名称", "高标准农田建设管护"], ["项目预算成本构成", "金额"], ["日常管护费", "156.00"], ["合计", "156.00"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "管护面积", "≥13万亩"]]
    project = _rows_record(rows)["projects"][0]
    assert project["budget_total"] == 156 and project["budget_other"] is None


@pytest.mark.parametrize("stage", ["阶段性目标", ""])
def test_a_whole_periods_goals_beside_its_stage_are_the_mid_term_ones(stage):
    # Jiangxi splits 绩效目标 into 总体目标 (the 项目期限's years) and 阶段性目标 (this year's).
    rows = [["项目名称", "食品安全抽检"], ["项目期限", "2025年—2027年"],
            ["绩效目标", "总体目标", "1、三年内实现抽检全覆盖；2、建成风险监测预警体系。"]]
    if stage:
        rows.append(["", stage, "1、2025年完成抽检1850批次；2、校园食堂抽检全覆盖。"])
    rows += [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "抽检批次", "≥1850批次"]]
    project = _rows_record(rows)["projects"][0]
    whole = ["三年内实现抽检全覆盖；", "建成风险监测预警体系。"]
    if stage:
        assert (project["goals_mid_term"], project["goals"]) == (whole, ["2025年完成抽检1850批次；", "校园食堂抽检全覆盖。"])
    else:
        assert (project["goals_mid_term"], project["goals"]) == ([], whole)
    assert project["extra"]["项目期限"] == "2025年—2027年"


def test_a_level_name_broken_across_the_page_is_one_name_on_one_row():
    first = _table(("一级指标", "二级指标", "三级指标", "指标值", "指标解释"),
                   ("产出指标", "数量指标", "示范基地面积", "≥3000亩", "年度新建面积"),
                   ("满意度指标", "服务对象满意", "种植户满意度", "≥90%", "问卷调查种植"))
    second = _table(("", "度指标", "", "", "户满意比例"))
    record = extract_bytes(f"<html><body><p>项目名称：福橙种植</p>{first}{second}</body></html>".encode(), "form.html").to_dict()
    rows = [(i["level2_std"], i["level3"], i["description"]) for i in record["projects"][0]["indicators"]]
    assert rows == [("数量指标", "示范基地面积", "年度新建面积"), ("服务对象满意度指标", "种植户满意度", "问卷调查种植户满意比例")]


def test_a_department_form_read_as_saved_text_budget_by_units_and_goals_under_a_line_of_their_own():
    # A sheet saved as tab text: the budget by units (合计 last: the department's), 年度总体目标
    # on its own line with its numbered items under it, between the form's tables.
    text = ("2025年度部门整体支出绩效目标表\n部门名称：某区教育局\t部门编码：436115\t单位：万元\n年度预算安排\n"
            "单位名称\t资金总额\t财政拨款\t其他资金\n某区教育局（本级）\t2356.40\t2356.40\t0.00\n"
            "某区教研室\t86.00\t62.00\t24.00\n合计\t2442.40\t2418.40\t24.00\n年度总体目标\n"
            "1、保障全区中小学正常运转；\n2、落实学生资助政策。\n年度绩效指标\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t资助学生人次\t≥3200人次\n")
    project = _text_record(text, "dept.txt")["projects"][0]
    assert (project["budget_total"], project["budget_fiscal"], project["budget_other"]) == (2442.4, 2418.4, 24)
    assert project["goals"] == ["保障全区中小学正常运转；", "落实学生资助政策。"]
    assert [u["单位名称"] for u in project["extra"]["单位预算"]] == ["某区教育局（本级）", "某区教研室", "合计"]


def test_a_department_forms_whole_goal_and_its_duty_rows():
    rows = [["部门名称", "某区卫生健康局"], ["资金总额", "1586.20", "财政拨款", "1526.20", "其他资金", "60.00"],
            ["整体绩效目标", "1.巩固基本公共卫生服务；2.守牢公共卫生安全底线。"], ["部门履职目标"],
            ["履职目标", "指标", "目标值"], ["基本公共卫生服务", "老年人健康管理率", "≥70%"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "家庭医生签约人数", "≥3.5万人"]]
    project = _rows_record(rows, "dept.txt")["projects"][0]
    assert project["goals"] == ["巩固基本公共卫生服务；", "守牢公共卫生安全底线。"]
    assert [i["level3"] for i in project["indicators"]] == ["家庭医生签约人数"]
    assert project["extra"]["部门履职目标"]


@pytest.mark.parametrize("column", ["历史值", "上年完成值"])
def test_a_prior_value_column_under_other_names_is_the_baseline(column):
    rows = [["项目名称", "文物安全"], ["一级指标", "二级指标", "三级指标", "指标值", column],
            ["产出指标", "数量指标", "安全巡查次数", "≥52次", "48次"]]
    indicator = _rows_record(rows)["projects"][0]["indicators"][0]
    assert (indicator["value"], indicator["baseline_raw"]) == (52, "48次")


def test_an_office_filling_in_the_form_does_not_replace_the_department_it_names():
    text = ("项目支出绩效目标申报表\n项目名称\t矿山执法\n主管部门及代码\t[137]国家矿山安全监察局\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t执法矿次\t≥1200矿次\n"
            "填报单位（盖章）：国家矿山安全监察局规划财务司\n")
    assert _text_record(text)["document"]["department"] == "国家矿山安全监察局"


def test_rows_with_level_names_beside_values_without_a_header():
    text = ("道路养护绩效目标表\n项目名称\t道路养护\n产出指标\t数量指标\t养护里程\t≥20公里\n"
            "\t质量指标\t验收合格率\t100%\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n")
    rows = extract_bytes(text.encode(), "noheader.txt").to_dict()["projects"][0]["indicators"]
    assert [(r["level1_std"], r["level2_std"], r["level3"], r["value"], r["unit"]) for r in rows] == [
        ("产出指标", "数量指标", "养护里程", 20, "公里"), ("产出指标", "质量指标", "验收合格率", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", 90, "%")]


NAMED_AND_CODED = """2021年部门预算项目绩效目标表
部门名称：某市某区应急管理局　　部门编码：126001
安全生产执法检查专项经费绩效目标表
项目名称\t安全生产执法检查专项经费\t主管部门\t某市某区应急管理局
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t检查企业数\t≥300家
应急物资储备绩效目标表
项目名称\t应急物资储备\t主管部门\t某市某区应急管理局
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t储备物资种类\t≥20类
"""


def test_a_department_line_under_the_heading_names_every_project_after_it():
    """部门名称：… 部门编码：126001 on one line, under the document's heading (Foshan): the
    code was lost, and only a project right under the line could have had it."""
    record = extract_bytes(NAMED_AND_CODED.encode("utf-8"), "nanhai.txt").to_dict()
    assert [(p["name"], p["department_code"]) for p in record["projects"]] == [
        ("安全生产执法检查专项经费", "126001"), ("应急物资储备", "126001")]
    assert record["document"]["department_code"] == "126001"


def _overall(*paragraphs: str) -> list[str]:
    from jixiao.extract.blocks import Line
    from jixiao.extract.interpret import sections

    return sections.overall([Line(p, Where()) for p in paragraphs])


def test_overall_goals_leave_out_their_lead_in_and_the_next_parts_numbered_heading():
    """Ganyu's Word draft: 我局围绕以下目标开展工作： before the numbered goals, and
    二、项目绩效目标 (part 2's heading, numbered like an item) after them."""
    goals = _overall("2024年，我局围绕以下目标开展工作：", "（一）完善公共文化服务体系。", "（二）打响文旅品牌。",
                     "二、项目绩效目标")
    assert goals == ["完善公共文化服务体系。", "打响文旅品牌。"]
    # A goal that merely ends in a colon, alone, stays.
    assert _overall("围绕以下目标开展工作：") == ["围绕以下目标开展工作："]


def _form_project(rows: list[list[str]], glued: bool) -> dict:
    """The first project of a form given as rows of cells: tab-separated, or glued into
    one line as a web capture that lost every cell boundary prints it."""
    text = "".join("".join(row) for row in rows) if glued else "\n".join("\t".join(row) for row in rows)
    return extract_bytes((text + "\n").encode(), "form.txt").to_dict()["projects"][0]


@pytest.mark.parametrize("glued", [False, True])
def test_the_indicator_captions_mention_of_the_goal_is_not_a_goal(glued):
    """Hubei's form heads its indicators 绩效指标 | 保障绩效目标实现措施 (the measures that secure
    the goal): the caption names the goal, it does not hold one, in cells or glued."""
    rows = [["鄂州市2022年市直部门预算项目支出绩效目标表"],
            ["项目名称", "办公大楼运行保障"],
            ["绩效目标", "以服务对象满意为目标，打造文明型机关。"],
            ["绩效指标", "保障绩效目标实现措施", "一级指标", "二级指标", "绩效标准", "当年预期实现值"],
            ["", "", "数量指标", "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次"]]
    project = _form_project(rows, glued)
    assert project["goals"] == ["以服务对象满意为目标，打造文明型机关。"]
    assert [i["level3"] for i in project["indicators"]] == ["大楼安检巡察次数"]


@pytest.mark.parametrize("glued", [False, True])
def test_a_long_term_indicator_tables_title_ends_the_goal(glued):
    """The 2015-style form (Hunan): 年度目标 | … then 长期绩效指标 | 一级指标 | …: the table's
    title is not part of the goal, nor a goal of its own, in cells or glued."""
    rows = [["宁乡市2021年项目绩效目标表"],
            ["项目名称", "集镇提质改造"],
            ["年度目标", "全面完成集镇立面改造，搞好提质改造"],
            ["长期绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            ["", "产出指标", "数量指标", "改造立面面积", "5000平方米", ""]]
    project = _form_project(rows, glued)
    assert project["goals"] == ["全面完成集镇立面改造，搞好提质改造"]
    assert [i["level3"] for i in project["indicators"]] == ["改造立面面积"]


@pytest.mark.parametrize("glued", [False, True])
def test_the_plan_forms_row_group_labels_end_the_goal_before_them(glued):
    """预期产出 | 产出计划 | 总目标：… | 年度阶段性目标：… | 效率计划 | 项目实施进度计划 …: the group
    label after the annual goal holds no value and is not part of the goal, in cells or glued."""
    rows = [["师资培训经费项目绩效目标表"],
            ["预期产出", "产出计划", "总目标：三年内培养骨干教师五名"],
            ["", "", "年度阶段性目标：完成专业培训计划，提升教研能力"],
            ["", "效率计划", "项目实施进度计划", "项目实施内容", "开始时间", "完成时间"],
            ["", "", "", "1.项目启动", "2017年1月", "2017年2月"],
            ["预期效果", "指标类别", "个性化指标", "上年度实际水平", "本年度计划完成水平", "指标解释及计算公式说明"],
            ["", "社会效益", "发表论文提升率", "2", "3", "发表3篇学术论文"]]
    project = _form_project(rows, glued)
    assert project["goals"] == ["完成专业培训计划，提升教研能力"]


def _text_record(text: str, name: str = "draft.txt") -> dict:
    return extract_bytes(text.encode("utf-8"), name).to_dict()


def _rows_record(rows: list[list[str]], name: str = "form.txt") -> dict:
    """The record of a form given as rows of cells, one tab-separated line per row."""
    return _text_record("\n".join("\t".join(r) for r in rows) + "\n", name)


def test_a_set_column_names_each_sets_period_and_a_short_row_finds_its_name_and_value():
    """A central annex captured as pipe rows: 中期绩效指标 / 年度绩效指标 in a column of their own,
    printed on each set's first row only; a row that lost its merged cells keeps just
    三级 | 指标值 and must land under those two headers, not under 一级/二级."""
    text = "\n".join([
        "| 项目预算绩效目标表 | |||",
        "| 项目名称 | 农药质量监督抽查 | |||",
        "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| 中期绩效指标 | 产出指标 | 数量指标 | 抽查批次 | ≥12000批次 |",
        "| 质量指标 | 抽检结果准确率 | ≥99% | ||",
        "| 年度绩效指标 | 产出指标 | 数量指标 | 抽查批次 | ≥4000批次 |",
        "| 现场检查 | ≥150个 | |||",
        "| 质量指标 | 抽检结果准确率 | ≥99% | ||",
    ])
    rows = [(i["period"], i["level2"], i["level3"], i["value_raw"])
            for i in _text_record(text)["projects"][0]["indicators"]]
    assert rows == [("mid_term", "数量指标", "抽查批次", "≥12000批次"), ("mid_term", "质量指标", "抽检结果准确率", "≥99%"),
                    ("year", "数量指标", "抽查批次", "≥4000批次"), ("year", "数量指标", "现场检查", "≥150个"),
                    ("year", "质量指标", "抽检结果准确率", "≥99%")]


def test_a_notice_heading_names_the_department_after_its_verb():
    """关于批复XX委员会2023年度项目支出绩效目标的通知: the department is XX委员会, not 关于批复XX委员会."""
    text = "\n".join(["关于批复新乡市卫滨区卫生健康委员会2023年度项目支出绩效目标的通知", "",
                      "项目支出绩效目标批复表", "项目名称\t基本公共卫生服务",
                      "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t建档人数\t≥10万人"])
    document = _text_record(text)["document"]
    assert document["department"] == "新乡市卫滨区卫生健康委员会"
    assert document["title"] == "关于批复新乡市卫滨区卫生健康委员会2023年度项目支出绩效目标的通知"


def test_a_name_wrapped_onto_its_own_line_joins_the_row_above():
    """A tab rendering where the 三级 cell's second line became a row: only 覆盖率, under a row
    that has its value, explanation and basis. A real indicator row would have its own."""
    rows = [["项目名称", "老旧小区改造"],
            ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
            ["产出指标", "质量指标", "改造小区雨污分流管网", "管网覆盖改造小区比例", "≥95%", "行业标准"],
            ["", "", "覆盖率", "", "", ""],
            ["", "时效指标", "项目开工时间", "全部项目开工时间", "2021年5月底前", "工作计划"],
            ["", "", "满意度", "", "", ""]]
    names = [(i["level3"], i["value_raw"]) for i in _form_project(rows, glued=False)["indicators"]]
    # 项目开工时间 is a whole name (it ends in its measure): 满意度 under it is a row of its own.
    assert names == [("改造小区雨污分流管网覆盖率", "≥95%"), ("项目开工时间", "2021年5月底前"), ("满意度", "")]
    # A name alone under a row with only name and value is an indicator of its own (its value missing).
    rows = [["项目名称", "老旧小区改造"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "改造小区", "28个"], ["", "", "覆盖率", ""]]
    assert [i["level3"] for i in _form_project(rows, glued=False)["indicators"]] == ["改造小区", "覆盖率"]


def test_a_part_title_read_as_the_overall_heading_does_not_keep_the_duties_section():
    """第一部分 部门整体绩效目标 / 一、部门职责 … / 二、总体绩效目标 (一)…: the duties are not a goal."""
    text = "\n\n".join(["延吉市住房和城乡建设局", "2021年部门预算绩效文本", "第一部分", "部门整体绩效目标",
                        "一、部门职责", "贯彻执行国家和省有关住房城乡建设方面的法律法规；负责全市城镇老旧小区改造。",
                        "二、总体绩效目标", "（一）统筹推进城镇老旧小区改造。", "（二）守牢城市运行安全底线。",
                        "第二部分", "预算项目绩效目标", "1、老旧小区改造项目绩效目标表",
                        "项目名称\t老旧小区改造\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t改造小区\t28个"])
    assert _text_record(text)["overall_goals"] == ["统筹推进城镇老旧小区改造。", "守牢城市运行安全底线。"]


def test_a_department_line_with_its_stamp_and_money_unit_names_the_projects_department():
    """主管部门（单位）：XX局（公章）　单位：万元 above a Hubei form: the department is XX局."""
    rows = [["2023年区直部门预算项目支出绩效目标表"], ["主管部门（单位）：信阳市浉河区城市管理局（公章）  单位：万元"],
            ["项目名称", "城区道路清扫保洁服务"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "道路清扫保洁面积", "186万平方米"]]
    record = _rows_record(rows, "form.txt")
    assert record["projects"][0]["department"] == "信阳市浉河区城市管理局"
    assert record["document"]["department"] == "信阳市浉河区城市管理局"


def test_a_heading_that_names_only_the_region_yields_to_the_forms_department():
    """鞍山市铁东区2023年度部门整体支出绩效目标公开, then the bureau's table and its library's:
    the document is the bureau's (its own table first), not the district's."""
    text = "\n".join([
        "鞍山市铁东区2023年度部门整体支出绩效目标公开",
        "部门整体支出绩效目标表 | ||||",
        "部门(单位)名称 | 鞍山市铁东区文化旅游和广播电视局 | 部门编码 | 306001 |",
        "一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "产出指标 | 数量指标 | 组织群众文化活动 | ≥120场 |",
        "部门整体支出绩效目标表 | ||||",
        "部门(单位)名称 | 鞍山市铁东区图书馆 | 部门编码 | 306002 |",
        "一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "产出指标 | 数量指标 | 年接待读者人次 | ≥30万人次 |",
    ])
    record = _text_record(text)
    assert [p["department"] for p in record["projects"]] == ["鞍山市铁东区文化旅游和广播电视局", "鞍山市铁东区图书馆"]
    assert record["document"]["department"] == "鞍山市铁东区文化旅游和广播电视局"


def test_a_set_named_in_its_header_rows_first_cell_gives_its_rows_their_period():
    """The 2015-style form in Word: 长期绩效指标 | 一级指标 | … heads the long-term table and
    年度绩效指标 | 一级指标 | … the annual one, in the same table."""
    rows = [["项目名称", "高标准农田建设"],
            ["长期绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            ["", "产出指标", "数量指标", "累计建成高标准农田", "≥12万亩", ""],
            ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            ["", "产出指标", "数量指标", "建成高标准农田面积", "3.5万亩", ""]]
    indicators = _form_project(rows, glued=False)["indicators"]
    assert [(i["period"], i["level3"]) for i in indicators] == [
        ("mid_term", "累计建成高标准农田"), ("year", "建成高标准农田面积")]


def test_a_code_only_department_line_gives_the_form_its_department_code():
    """部门编码：521001　单位：万元 over a form whose 主管部门 is named inside it."""
    rows = [["2024年项目支出绩效目标表"], ["部门编码：521001  单位：万元"],
            ["项目名称", "城乡居民慢性病健康管理服务"], ["主管部门", "牡丹江市爱民区卫生健康局"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "高血压患者规范管理人数", "≥6800人"]]
    record = _rows_record(rows, "form.txt")
    assert (record["projects"][0]["department_code"], record["projects"][0]["department"]) == ("521001", "牡丹江市爱民区卫生健康局")
    assert record["document"]["department_code"] == "521001"


def test_a_filled_by_line_with_the_money_unit_names_the_department_alone():
    rows = [["项目支出绩效目标表"], ["填报单位（盖章）：柳州市鱼峰区交通运输局　　　　单位：万元"],
            ["项目名称", "农村公路日常养护"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "农村公路日常养护里程", "426公里"]]
    record = _rows_record(rows, "form.txt")
    assert record["document"]["department"] == "柳州市鱼峰区交通运输局"


def test_instructions_before_the_form_name_no_department_and_stacked_projects_share_the_title():
    """A workbook's 填表说明 sheet first, then one sheet with two projects stacked under one title."""
    rows = [["填表说明"], ["一、本表由项目实施单位填报。"], ["2024年度项目支出绩效目标表"],
            ["项目名称", "中小学课后服务经费"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "服务学生人数", "≥8000人"], [""],
            ["项目名称", "学生营养改善计划"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "受益学生人数", "≥6000人"]]
    record = _rows_record(rows, "book.txt")
    assert record["document"]["department"] != "填表说明"
    assert [(p["name"], p["title"]) for p in record["projects"]] == [
        ("中小学课后服务经费", "2024年度项目支出绩效目标表"), ("学生营养改善计划", "2024年度项目支出绩效目标表")]


def test_a_sites_menus_and_side_list_are_not_the_drafts_title_or_department():
    """A government page: a top menu (首页 | 政务公开), a side list of other articles (a
    self-evaluation report's title) before the article's <h1> and its table."""
    page = """<html><body>
<div class="top"><a>首页</a> | <a>政务公开</a> | <a>互动交流</a></div>
<div class="side"><h4>相关文章</h4><ul><li><a>林业和草原局2023年度部门整体支出绩效自评报告</a></li></ul></div>
<div class="article"><h1>包头市昆都仑区林业和草原局2024年度项目支出绩效目标公开</h1>
<table><tr><td>项目名称</td><td>城市绿化养护管理</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>公共绿地养护面积</td><td>≥620万平方米</td></tr></table></div>
<footer>版权所有：包头市昆都仑区人民政府</footer></body></html>"""
    document = extract_bytes(page.encode(), "page.html").to_dict()["document"]
    assert (document["title"], document["department"], document["year"]) == (
        # A portal's headline keeps its department (the golds of heldout6b e3, 13b a2, 14b b4).
        "包头市昆都仑区林业和草原局2024年度项目支出绩效目标公开", "包头市昆都仑区林业和草原局", 2024)


def test_a_sharing_sites_card_and_file_list_after_a_glued_form_are_not_indicator_rows():
    """财政部门批复意见 ends the form; 内容提供方:… and the site's list of other files are its chrome."""
    form = ("2023年度项目支出绩效目标批复表项目名称农村客运站场运营补助绩效指标一级指标二级指标三级指标指标值"
            "产出指标数量指标补助乡镇客运站12个满意度指标服务对象满意度指标乘客满意度≥90%")
    text = "\n".join([form + "财政部门批复意见单位公章:年月日", "", "内容提供方:柳**    文档页数:2页    文档大小:41.50KB",
                      "", "最新文档", "2023年农村公路养护工程施工合同范本.doc", "交通运输局2022年度项目支出绩效自评表.xls"])
    indicators = extract_bytes(text.encode(), "preview.txt").to_dict()["projects"][0]["indicators"]
    assert [(i["level3"], i["value_raw"]) for i in indicators] == [("补助乡镇客运站", "12个"), ("乘客满意度", "≥90%")]


def test_a_money_group_label_without_its_unit_is_a_cell_of_its_own_in_a_glued_form():
    """实施单位XX所项目资金年度资金总额…: 项目资金 is the money group's label, not the unit's name."""
    text = ("2023年度项目支出绩效目标批复表项目名称农村公路安全生命防护工程主管部门柳州市柳江区交通运输局"
            "实施单位柳州市柳江区农村公路管理所项目资金年度资金总额1,480.00其中:财政拨款1,400.00其他资金80.00"
            "绩效指标一级指标二级指标三级指标指标值产出指标数量指标实施安全生命防护工程里程≥86公里\n")
    project = extract_bytes(text.encode(), "preview.txt").to_dict()["projects"][0]
    assert (project["implementing_unit"], project["budget_total"]) == ("柳州市柳江区农村公路管理所", 1480)


def test_a_caption_spanning_the_indicator_columns_beside_the_measures_caption_is_no_goal_header():
    """Hubei's HTML: 绩效指标 across five columns (so in five cells once spans are laid out)
    beside 保障绩效目标实现措施, over the indicators' own header. It crashed the header block."""
    page = """<table><tr><td>项目名称</td><td colspan="5">机关办公楼运行保障</td></tr>
<tr><td>年度资金总额</td><td colspan="5">486.00</td></tr>
<tr><td>绩效目标</td><td colspan="5">保障办公楼安全高效运行。</td></tr>
<tr><td colspan="5">绩效指标</td><td>保障绩效目标实现措施</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>绩效标准</td><td>当年预期实现值</td><td rowspan="2">加强日常巡检</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>办公楼维修次数</td><td>反映维修情况</td><td>≥120次</td></tr></table>"""
    project = extract_bytes(page.encode(), "hubei.html").to_dict()["projects"][0]
    assert project["goals"] == ["保障办公楼安全高效运行。"]
    assert [(i["level3"], i["value_raw"]) for i in project["indicators"]] == [("办公楼维修次数", "≥120次")]


def test_a_superscript_footnote_mark_in_word_is_not_part_of_the_value(tmp_path):
    """≥75%¹ typed in Word with the 1 raised (w:vertAlign superscript): the target is ≥75%."""
    import docx

    document = docx.Document()
    document.add_paragraph("项目支出绩效目标表")
    table = document.add_table(rows=3, cols=4)
    for cell, text in zip(table.rows[0].cells, ["项目名称", "家庭医生签约服务", "", ""]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["一级指标", "二级指标", "三级指标", "指标值"]):
        cell.text = text
    for cell, text in zip(table.rows[2].cells, ["产出指标", "质量指标", "重点人群签约率", "≥75%"]):
        cell.text = text
    mark = table.rows[2].cells[3].paragraphs[0].add_run("1")
    mark.font.superscript = True
    path = tmp_path / "form.docx"
    document.save(path)
    indicator = extract_bytes(path.read_bytes(), str(path)).to_dict()["projects"][0]["indicators"][0]
    assert (indicator["kind"], indicator["comparator"], indicator["value"], indicator["unit"]) == ("numeric", ">=", 75, "%")


def test_a_headline_wrapped_over_two_lines_is_one_title_and_a_code_line_names_every_form():
    """A centred headline too long for the page (…项目支出绩 / 效目标), then 部门编码 on a line
    of its own above forms that print no code."""
    draft = """青溪县文化广电和旅游局2025年度项目支出绩
效目标
部门编码：512008

项目支出绩效目标表
项目名称\t乡村文化振兴示范工程
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t新建村级文化广场\t≥12个

项目支出绩效目标表
项目名称\t农家书屋图书更新
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t更新图书册数\t≥8000册
"""
    record = extract_bytes(draft.encode(), "draft.txt").to_dict()
    document = record["document"]
    assert (document["title"], document["department"], document["year"], document["department_code"]) == (
        "2025年度项目支出绩效目标", "青溪县文化广电和旅游局", 2025, "512008")
    assert [p["department_code"] for p in record["projects"]] == ["512008", "512008"]


def test_a_header_block_printed_as_labelled_lines_is_read_as_its_rows():
    """项目名称：X on lines of their own, several pairs to a line apart by a wide gap (a label
    may hold a colon: 其中：财政拨款：80.00万元), and 年度目标： with its goals on the lines below
    (a Word layout cell's paragraphs, a nested indicator table after them)."""
    draft = """项目支出绩效目标表
项目名称：乡村文化振兴示范工程
项目编码：QX25-WH-0107　　　　主管部门：青溪县文化广电和旅游局
年度资金总额：86.50万元　　其中：财政拨款：80.00万元　　其他资金：6.50万元
年度目标：
1.建成村级文化广场12个；
2.组织送戏下乡演出40场。
绩效指标
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t新建村级文化广场\t≥12个
"""
    [project] = extract_bytes(draft.encode(), "draft.txt").to_dict()["projects"]
    assert (project["name"], project["code"], project["department"]) == ("乡村文化振兴示范工程", "QX25-WH-0107", "青溪县文化广电和旅游局")
    assert (project["budget_total"], project["budget_fiscal"], project["budget_other"]) == (86.5, 80, 6.5)
    assert project["goals"] == ["建成村级文化广场12个；", "组织送戏下乡演出40场。"]
    assert [i["level3"] for i in project["indicators"]] == ["新建村级文化广场"]


def test_a_filled_by_line_with_its_stamp_names_the_department_and_its_code():
    draft = """项目支出绩效目标表
填报单位（盖章）：鄂尔多斯市康巴什区城市管理综合执法局　　部门编码：716002　　金额单位：万元
项目名称\t城市道路清扫保洁
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t道路机械化清扫面积\t≥520万平方米
"""
    record = extract_bytes(draft.encode(), "draft.txt").to_dict()
    document = record["document"]
    assert (document["department"], document["department_code"]) == ("鄂尔多斯市康巴什区城市管理综合执法局", "716002")
    assert [p["department_code"] for p in record["projects"]] == ["716002"]


def test_a_money_unit_printed_once_above_the_forms_is_every_forms():
    draft = """部门编码：508001\t\t单位：万元
项目支出绩效目标表
项目名称\t退化林修复
年度资金总额\t860.00
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t退化林修复面积\t≥1.2万亩

项目支出绩效目标表
项目名称\t森林草原防火
年度资金总额\t120.00
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t防火巡护里程\t≥3000公里
"""
    projects = extract_bytes(draft.encode(), "draft.txt").to_dict()["projects"]
    assert [(p["name"], p["unit"], p["budget_total"]) for p in projects] == [("退化林修复", "万元", 860), ("森林草原防火", "万元", 120)]


def test_a_numbered_note_ending_its_sentence_is_not_the_first_half_of_the_next_title():
    draft = """部门整体支出绩效目标表
部门（单位）名称\t闵行区生态环境局\t部门编码\t712001
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t执法检查企业\t≥1200家
注：1.指标值为本单位年度预期达到的水平。
3.本表金额单位为万元。
部门整体支出绩效目标表
部门（单位）名称\t闵行区环境监测站\t部门编码\t712002
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t监测站点运维\t≥24个
"""
    projects = extract_bytes(draft.encode(), "draft.txt").to_dict()["projects"]
    assert [(p["seq"], p["title"], p["department_code"]) for p in projects] == [
        (1, "部门整体支出绩效目标表", "712001"), (2, "部门整体支出绩效目标表", "712002")]


def test_part_one_printed_as_a_table_gives_its_goals_sub_goals_and_safeguards():
    """Part 1 as one table: section names in the first column, a 分项 sub-table
    (项目 | 绩效目标 | 绩效指标) and a 保障措施 sub-table, before part 2's heading; and a form
    whose labels carry the year (2025年度资金总额, 2025年度绩效目标)."""
    draft = """天水市秦州区农业农村局
2025年部门预算绩效文本
第一部分　部门整体绩效目标
总体绩效目标\t（一）稳定粮食播种面积36.5万亩以上；<br>（二）新建高标准农田1.8万亩。\t
分项绩效目标\t\t
项目\t绩效目标\t绩效指标
粮食生产保障\t稳定粮食播种面积，保障粮食安全。\t粮食播种面积不低于36.5万亩。
工作保障措施\t\t
加强组织领导\t成立绩效管理领导小组，明确责任分工。\t
第二部分　项目支出绩效目标表
1、高标准农田建设项目绩效目标表
项目名称\t高标准农田建设
2025年度资金总额\t2160.00
2025年度绩效目标\t新建高标准农田1.8万亩。
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t新建高标准农田面积\t≥1.8万亩
"""
    record = extract_bytes(draft.encode(), "draft.txt").to_dict()
    assert record["overall_goals"] == ["稳定粮食播种面积36.5万亩以上；", "新建高标准农田1.8万亩。"]
    assert [(g["title"], g["goal"], g["indicator"]) for g in record["sub_goals"]] == [
        ("粮食生产保障", "稳定粮食播种面积，保障粮食安全。", "粮食播种面积不低于36.5万亩。")]
    assert [(s["title"], s["text"]) for s in record["safeguards"]] == [("加强组织领导", "成立绩效管理领导小组，明确责任分工。")]
    [project] = record["projects"]
    assert (project["name"], project["budget_total"], project["goals"]) == ("高标准农田建设", 2160, ["新建高标准农田1.8万亩。"])


def test_a_one_table_layouts_mid_term_goal_column_gives_goals_mid_term():
    draft = """2025年项目支出绩效目标表
项目名称\t资金总额\t中期目标\t年度目标\t一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值
基层医疗卫生机构能力提升\t860.00\t1.2025—2027年完成12家社区卫生服务中心标准化建设；2.诊疗量占比达到65%以上。\t1.完成4家标准化建设；2.培训医务人员300人次。\t产出指标\t数量指标\t标准化建设社区卫生服务中心\t≥12家\t≥4家
"""
    [project] = extract_bytes(draft.encode(), "draft.txt").to_dict()["projects"]
    assert project["goals_mid_term"] == ["2025—2027年完成12家社区卫生服务中心标准化建设；", "诊疗量占比达到65%以上。"]
    assert project["goals"] == ["完成4家标准化建设；", "培训医务人员300人次。"]


def test_a_tree_style_export_gives_levels_from_its_group_rows():
    """绩效指标 | 指标值 | 权重 | 指标解释, the hierarchy as rows of one column (indented on screen):
    group rows carry subtotal weights and no value; an empty node gives nothing; 成本指标 over
    经济成本指标 is a level 1, 满意度指标 over 服务对象满意度指标 too."""
    rows = [["2024年项目支出绩效目标表"], ["项目名称", "热带特色高效农业发展"],
            ["绩效指标", "指标值", "权重（%）", "指标解释"],
            ["产出指标", "", "50", ""], ["数量指标", "", "25", ""],
            ["扶持标准化种植基地", "≥12个", "10", "反映扶持基地数量。"],
            ["培训种植农户", "≥1200人次", "5", "反映培训人次。"],
            ["成本指标", "", "10", ""], ["经济成本指标", "", "10", ""],
            ["每个基地补助标准", "≤30万元", "10", "反映补助金额。"],
            ["效益指标", "", "30", ""], ["生态效益指标", "", "", ""], ["可持续影响指标", "", "5", ""],
            ["绿色防控技术应用", "持续推广", "5", "反映推广情况。"],
            ["满意度指标", "", "10", ""], ["服务对象满意度指标", "", "10", ""],
            ["种植农户满意度", "≥90%", "10", "反映满意程度。"]]
    record = _rows_record(rows, "tree.txt")
    got = [(i["level1"], i["level2"], i["level3"], i["value_raw"], i["weight"])
           for i in record["projects"][0]["indicators"]]
    assert got == [("产出指标", "数量指标", "扶持标准化种植基地", "≥12个", 10),
                   ("产出指标", "数量指标", "培训种植农户", "≥1200人次", 5),
                   ("成本指标", "经济成本指标", "每个基地补助标准", "≤30万元", 10),
                   ("效益指标", "可持续影响指标", "绿色防控技术应用", "持续推广", 5),
                   ("满意度指标", "服务对象满意度指标", "种植农户满意度", "≥90%", 10)]


def test_a_filled_in_template_keeps_its_prompts_out_of_the_names_and_its_unused_rows_out():
    """指标1：城乡低保保障人数 is the indicator 城乡低保保障人数; a row left as ……  or a bare
    指标2： is no indicator; a named row without a value is one (its value missing)."""
    rows = [["项目名称", "城乡最低生活保障"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "指标1：城乡低保保障人数", "≥5200人"],
            ["", "", "指标2：", ""],
            ["", "质量指标", "……", ""],
            ["", "时效指标", "指标1：低保金发放时间", "每月10日前"],
            ["效益指标", "社会效益指标", "指标1：助餐服务覆盖社区", ""]]
    indicators = _form_project(rows, glued=False)["indicators"]
    assert [(i["level2"], i["level3"], i["kind"]) for i in indicators] == [
        ("数量指标", "城乡低保保障人数", "numeric"), ("时效指标", "低保金发放时间", "qualitative"),
        ("社会效益指标", "助餐服务覆盖社区", "missing")]


def test_two_forms_side_by_side_in_one_table_are_two_projects():
    """项目名称 | … | 项目名称 | …, the indicator header twice in one row: the left form, then the
    right one; the line over both (部门编码 … 单位) is each project's."""
    rows = [["部门编码：506003", "", "", "", "", "", "", "单位：万元"],
            ["项目名称", "公共文化服务体系建设", "", "", "项目名称", "文物安全保护", "", ""],
            ["年度资金总额", "342.00", "", "", "年度资金总额", "128.60", "", ""],
            ["一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "举办群众文化活动", "≥60场次", "产出指标", "数量指标", "不可移动文物巡查", "≥480次"],
            ["", "质量指标", "设备验收合格率", "100%", "", "时效指标", "隐患整改时限", "≤10日"],
            ["效益指标", "社会效益指标", "群众文化活动参与人次", "≥8.5万人次", "", "", "", ""]]
    record = _rows_record(rows, "sheet.txt")
    got = [(p["name"], p["budget_total"], p["department_code"], [i["level3"] for i in p["indicators"]])
           for p in record["projects"]]
    assert got == [("公共文化服务体系建设", 342.0, "506003", ["举办群众文化活动", "设备验收合格率", "群众文化活动参与人次"]),
                   ("文物安全保护", 128.6, "506003", ["不可移动文物巡查", "隐患整改时限"])]


def test_a_value_headers_unit_applies_to_its_bare_numbers_and_a_sign_column_to_its_values():
    """指标值（%） over ≥95 / 100: the unit is %, printed once in the header (a header repeated
    for a second group may print it while the first does not). Of 指标性质 (定量/定性) and
    运算符号 (大于等于), the column of comparators is the sign."""
    rows = [["项目名称", "基层医疗服务能力提升"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "运算符号", "指标值", "计量单位"],
            ["产出指标", "数量指标", "培训基层医务人员", "定量", "大于等于", "16.80", "人次"],
            ["", "质量指标", "设备运行情况", "定性", "", "良好", ""],
            ["一级指标", "二级指标", "三级指标", "指标性质", "运算符号", "指标值（%）", "计量单位"],
            ["效益指标", "社会效益指标", "家庭医生签约覆盖率", "定量", "", "≥95", ""]]
    indicators = _form_project(rows, glued=False)["indicators"]
    assert [(i["level3"], i["kind"], i["comparator"], i["value"], i["unit"]) for i in indicators] == [
        ("培训基层医务人员", "numeric", ">=", 16.8, "人次"), ("设备运行情况", "qualitative", None, None, None),
        ("家庭医生签约覆盖率", "numeric", ">=", 95.0, "%")]


def test_a_form_continued_under_its_own_title_is_one_project():
    """Sheet 2 repeats the title (…（续表）), 项目名称/项目编码 and the header over the rest of the
    rows: one project, numbered on; the next form is project 2; the document's title has no 续表."""
    rows = [["2024年度项目支出绩效目标表"], ["项目名称", "城乡最低生活保障资金", "项目编码", "XY2024-MZ-001"],
            ["年度资金总额", "5620.00"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "城市低保保障人数", "≥5200人"],
            ["2024年度项目支出绩效目标表（续表）"], ["项目名称", "城乡最低生活保障资金", "项目编码", "XY2024-MZ-001"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["效益指标", "社会效益指标", "应保尽保率", "100%"],
            ["2024年度项目支出绩效目标表"], ["项目名称", "居家和社区养老服务提升", "项目编码", "XY2024-MZ-006"],
            ["年度资金总额", "386.00"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "建设社区嵌入式养老服务站", "4个"]]
    record = _rows_record(rows, "form.txt")
    got = [(p["seq"], p["name"], [(i["seq"], i["level3"]) for i in p["indicators"]]) for p in record["projects"]]
    assert got == [(1, "城乡最低生活保障资金", [(1, "城市低保保障人数"), (2, "应保尽保率")]),
                   (2, "居家和社区养老服务提升", [(1, "建设社区嵌入式养老服务站")])]
    assert record["document"]["title"] == "2024年度项目支出绩效目标表"


def test_radicals_in_a_text_layer_are_read_as_the_characters_they_draw():
    """Chromium's print to PDF maps shared glyphs to radicals: ⼀级指标 (U+2F00), 部⻔ (U+2ED4,
    which NFKC leaves alone), 居⺠: the record holds 一级指标, 部门, 居民."""
    rows = ["2024年项⽬⽀出绩效⽬标表", "部⻔名称：太原市⼩店区卫⽣健康局",
            "项⽬名称\t基本公共卫⽣服务补助",
            "⼀级指标\t⼆级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t居⺠电⼦健康档案建档⼈数\t≥68万⼈",
            "效益指标\t可持续影响指标\t⻓效机制\t逐步健全"]
    record = extract_bytes(("\n".join(rows) + "\n").encode(), "chromium.txt").to_dict()
    project = record["projects"][0]
    assert project["name"] == "基本公共卫生服务补助" and record["document"]["department"] == "太原市小店区卫生健康局"
    assert [(i["level1_std"], i["level3"], i["unit"]) for i in project["indicators"]] == [
        ("产出指标", "居民电子健康档案建档人数", "万人"), ("效益指标", "长效机制", None)]


@pytest.mark.parametrize("title, year", [("2 0 2 5年度项目支出绩效目标表", 2025), ("2025 年部门预算", 2025),
                                         ("二〇二四年部门预算绩效文本", 2024), ("1、12 0 个项目", None)])
def test_a_letter_spaced_year_is_a_year(title, year):
    from jixiao.extract.interpret.cover import year_of

    assert year_of(title) == year


def test_a_numbered_heading_over_a_whole_form_title_is_not_its_first_half():
    """二、农村人居环境整治 / 2024年度项目支出绩效目标表: the heading names the project, the title is
    the form's own (a title wrapped over two lines does not start its second line with a year)."""
    text = "\n\n".join(["一、粮油生产保障", "2024年度项目支出绩效目标表", "项目名称\t粮油生产保障",
                        "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t示范片面积\t≥2万亩",
                        "二、农村人居环境整治", "2024年度项目支出绩效目标表", "项目名称\t农村人居环境整治",
                        "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t改厕户数\t≥1200户"])
    record = _text_record(text)
    assert [(p["seq"], p["title"], p["name"]) for p in record["projects"]] == [
        (1, "2024年度项目支出绩效目标表", "粮油生产保障"), (2, "2024年度项目支出绩效目标表", "农村人居环境整治")]


def test_subtotal_rows_are_not_indicators_and_ditto_marks_repeat_the_cell_above():
    rows = [["项目名称", "高标准农田建设"], ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "分值"],
            ["产出指标", "数量指标", "新建高标准农田", "≥1.2万亩", "计划标准", "10"],
            ["〃", "〃", "新建灌排渠系", "≥18公里", "〃", "5"],
            ["〃", "同上", "受益农户", "≥3200户", "〃", "5"],
            ["", "小计", "", "", "", "20"],
            ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "历史标准", "10"],
            ["合计", "", "", "", "", "30"]]
    indicators = _form_project(rows, glued=False)["indicators"]
    assert [(i["level1"], i["level2"], i["level3"], i["basis"]) for i in indicators] == [
        ("产出指标", "数量指标", "新建高标准农田", "计划标准"), ("产出指标", "数量指标", "新建灌排渠系", "计划标准"),
        ("产出指标", "数量指标", "受益农户", "计划标准"), ("满意度指标", "服务对象满意度指标", "受益农户满意度", "历史标准")]


def test_a_past_years_actual_value_under_the_value_header_is_the_baseline():
    """指标值 over 2023年实际完成值 | 2024年目标值 (a header on two rows): the target is the
    2024 column, the 2023 one the baseline; 指标值设定依据 merged down from above stays a column."""
    rows = [["项目名称", "夜间文旅消费活动"],
            ["一级指标", "二级指标", "三级指标", "指标值", "", "指标值设定依据"],
            ["", "", "", "2023年实际完成值", "2024年目标值", ""],
            ["产出指标", "数量指标", "举办民俗展演活动", "96场", "≥120场", "计划标准"],
            ["", "", "开展文旅宣传推广", "", "≥15次", "计划标准"]]
    indicators = _form_project(rows, glued=False)["indicators"]
    assert [(i["level3"], i["value_raw"], i["baseline_raw"], i["basis"]) for i in indicators] == [
        ("举办民俗展演活动", "≥120场", "96场", "计划标准"), ("开展文旅宣传推广", "≥15次", None, "计划标准")]


def test_print_titles_repeating_the_whole_header_block_continue_the_same_project():
    """A sheet printed with its header rows repeated on every page: the same 项目名称, code and
    goals again over the rest of the rows are the same project."""
    head = [["2024年项目支出绩效目标表"], ["项目名称", "家庭医生签约服务", "项目编码", "XS2024-WJ-006"],
            ["年度目标", "组建家庭医生团队86个。"], ["一级指标", "二级指标", "三级指标", "指标值"]]
    rows = head + [["产出指标", "数量指标", "组建家庭医生团队", "≥86个"]] + head + [
        ["效益指标", "社会效益指标", "重点人群签约覆盖率", "≥75%"]]
    record = _rows_record(rows, "sheet.txt")
    assert [(p["name"], [i["level3"] for i in p["indicators"]]) for p in record["projects"]] == [
        ("家庭医生签约服务", ["组建家庭医生团队", "重点人群签约覆盖率"])]


def test_a_caption_label_is_not_part_of_the_title_and_a_sentence_is_no_title():
    """表1 城镇老旧小区改造项目绩效目标表 (Word's caption, its number often stale) titles the form
    without 表1; 根据…要求，现将…项目支出绩效目标表 is the text around it, not its title."""
    rows = [["根据区财政局的要求，现将我局项目支出绩效目标表"], ["表1 城镇老旧小区改造项目绩效目标表"],
            ["项目名称", "城镇老旧小区改造"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "改造小区", "≥28个"]]
    record = _rows_record(rows, "form.txt")
    assert [p["title"] for p in record["projects"]] == ["城镇老旧小区改造项目绩效目标表"]


def test_a_page_headline_that_is_the_department_and_the_form_title_gives_each_its_place():
    """XX局2024年项目支出绩效目标表 over the forms' own 2024年项目支出绩效目标表: the form names
    the file, the headline whose it is."""
    draft = """云溪县水利局2024年项目支出绩效目标表
发布时间：2024-02-28 10:15

2024年项目支出绩效目标表
项目名称\t小型水库维修养护
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t维修养护水库\t≥6座

2024年项目支出绩效目标表
项目名称\t河道清淤
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t清淤河道长度\t≥12公里
"""
    document = extract_bytes(draft.encode(), "draft.txt").to_dict()["document"]
    assert (document["title"], document["department"], document["year"]) == ("2024年项目支出绩效目标表", "云溪县水利局", 2024)


def test_a_budget_books_name_over_its_annex_names_the_department_and_the_form_the_title():
    """附件3 / 中国XX局2024年部门预算 / 项目预算绩效目标表: the book's name says where the forms were
    published and whose they are; the forms say what the file is. 附件3 names no one."""
    draft = """附件3
云溪县气象局2024年部门预算
项目预算绩效目标表
（2024年度）
项目名称\t气象数据资源建设
主管部门及代码\t[148]云溪县气象局\t实施单位\t云溪县气象台
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t新增入库观测数据量\t≥1.2PB
"""
    document = extract_bytes(draft.encode(), "draft.txt").to_dict()["document"]
    assert (document["title"], document["department"], document["department_code"]) == (
        "项目预算绩效目标表", "云溪县气象局", "148")


def test_an_annex_heading_yields_to_its_first_forms_own_title():
    draft = """附件：部分项目预算绩效目标表

| 项目预算绩效目标表 | | | |
| 项目名称 | 农药质量监督抽查 | | |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 抽查样品数 | ≥1200个 |
"""
    assert extract_bytes(draft.encode(), "draft.md").to_dict()["document"]["title"] == "项目预算绩效目标表"


def test_docling_repeating_a_goal_group_label_in_every_slot_keeps_mid_term_and_annual_apart():
    """Docling writes a merged cell into each slot it spans: 总体目标 twice over 实施期目标 |
    实施期目标 | 年度目标 | 年度目标, and the texts twice each under them."""
    draft = """## 2025年度项目支出绩效目标批复表

| 项目名称 | 项目名称 | 乡镇卫生院标准化建设 | 乡镇卫生院标准化建设 | 乡镇卫生院标准化建设 | 乡镇卫生院标准化建设 |
|---|---|---|---|---|---|
| 总体目标 | 总体目标 | 实施期目标 | 实施期目标 | 年度目标 | 年度目标 |
| 总体目标 | 总体目标 | 1.完成12个卫生院改造；2.诊疗量占比达到60%。 | 1.完成12个卫生院改造；2.诊疗量占比达到60%。 | 1.完成4个卫生院改造；2.配置设备36台。 | 1.完成4个卫生院改造；2.配置设备36台。 |
| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 实施期指标值 | 年度指标值 |
| 绩效指标 | 产出指标 | 数量指标 | 改造卫生院 | 12个 | 4个 |
"""
    project = extract_bytes(draft.encode(), "draft.md").to_dict()["projects"][0]
    assert project["goals_mid_term"] == ["完成12个卫生院改造；", "诊疗量占比达到60%。"]
    assert project["goals"] == ["完成4个卫生院改造；", "配置设备36台。"]


def test_a_table_whose_header_prints_no_text_takes_its_basis_column_from_the_standards_in_it():
    """The header row pasted as a picture (its words outlines): columns are read from the rows,
    and a column of 计划标准 / 行业标准 / 历史标准 after the target is the 指标值确定依据."""
    from jixiao.extract.interpret import layout

    rows = [_row("产出指标", "数量指标", "培训农民", "≥1200人次", "计划标准"),
            _row(None, None, "推广新品种", "≥8个", "行业标准"),
            _row(None, "质量指标", "培训合格率", "≥95%", "历史标准"),
            _row("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "其他标准")]
    found = layout.infer(rows)
    assert found is not None
    assert [found.fields.get(i) for i in range(5)] == ["level1", "level2", "level3", "value", "basis"]


def test_a_short_row_with_a_worded_target_puts_the_name_under_the_name_and_the_words_under_the_value():
    """生态效益指标 | 水库生态环境 | 明显改善 under 一级 | 二级 | 指标内容 | 指标值 | 备注 (its 一级 merged away)."""
    columns = ["level1", "level2", "level3", "value", "remark"]
    row = align.realign(_row("生态效益指标", "水库生态环境", "明显改善", "", ""), columns)
    assert [c.text if c else "" for c in row.cells] == ["", "生态效益指标", "水库生态环境", "明显改善", ""]


def test_a_header_label_cut_in_two_by_a_stray_line_is_one_column_again():
    """On a scan a seal's ring can leave a line through 指标值: 指 | 标值, the values under 指."""
    from jixiao.extract.interpret import layout

    rows = [_row("一级指标", "二级指标", "三级指标", "指", "标值", "指标值设定依据"),
            _row("产出指标", "数量指标", "新建温室大棚", "40座", None, "计划标准")]
    joined = layout.join_split_labels(rows, 0)
    assert [c.text if c else None for c in joined[0].cells] == ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]
    assert [c.text if c else None for c in joined[1].cells] == ["产出指标", "数量指标", "新建温室大棚", "40座", "计划标准"]
    # A real header is left alone.
    assert layout.join_split_labels(joined, 0) == joined


def _two_pages(first_rows: list[tuple], next_rows: list[tuple]) -> dict:
    """A form whose table a converter cut in two at a page break (one <table> a page)."""
    def table(rows):
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    head = [("项目名称", "城区道路养护", "", ""), ("一级指标", "二级指标", "三级指标", "指标值")]
    page = f"<html><body>{table(head + first_rows)}<p>第1页</p>{table(next_rows)}</body></html>"
    return extract_bytes(page.encode(), "converted.html").to_dict()["projects"][0]


def test_a_row_word_let_break_across_the_page_is_one_indicator():
    # Its name stops on 及 at the page's foot; the rest of each cell opens the next page.
    project = _two_pages([("产出指标", "数量指标", "维修车行道面积", "≥4.2万平方米"),
                          ("效益指标", "可持续影响指标", "道路设施数字化台账建立及", "逐步建立并持续完善，形成长效")],
                         [("", "", "预防性养护长效机制运行", "管理机制"),
                          ("满意度指标", "服务对象满意度指标", "市民出行满意度", "≥90%")])
    assert [(i["level3"], i["value_raw"]) for i in project["indicators"]] == [
        ("维修车行道面积", "≥4.2万平方米"), ("道路设施数字化台账建立及预防性养护长效机制运行", "逐步建立并持续完善，形成长效管理机制"),
        ("市民出行满意度", "≥90%")]


def test_a_new_row_under_a_level_printed_before_the_break_stays_a_row():
    # The merged 社会效益指标 cell printed its name on the first page only: the next page's
    # first row is an indicator of its own, its name and target whole.
    project = _two_pages([("效益指标", "社会效益指标", "群众出行条件", "明显改善")],
                         [("", "", "道路设施投诉办结率", "100%"), ("", "", "交通事故", "0起")])
    assert [(i["level2"], i["level3"]) for i in project["indicators"]] == [
        ("社会效益指标", "群众出行条件"), ("社会效益指标", "道路设施投诉办结率"), ("社会效益指标", "交通事故")]


def test_a_projects_merged_name_cut_by_the_page_break_names_the_rows_before_it():
    # Excel prints a merged cell's text once, centred over the whole range: a range cut by
    # the page break may show it on the next page only, beside the rest of the project's rows;
    # on the first page the range is an empty merged cell of its own, not the project above.
    def td(text, rows=1):
        return f'<td rowspan="{rows}">{text}</td>' if rows > 1 else f"<td>{text}</td>"
    header = "<tr>" + "".join(td(t) for t in ("单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值")) + "</tr>"
    first = ("<table>" + header
             + "<tr>" + td("511000-某区文旅局", 4) + td("文化站免费开放", 2) + td("236.00", 2) + td("保障文化站开放", 2)
             + td("产出指标") + td("数量指标") + td("开放站点") + td("14个") + "</tr>"
             + "<tr>" + td("满意度指标") + td("服务对象满意度指标") + td("群众满意度") + td("≥90%") + "</tr>"
             + "<tr>" + td("", 2) + td("", 2) + td("", 2) + td("产出指标", 2) + td("数量指标", 2) + td("文物修缮") + td("3处") + "</tr>"
             + "<tr>" + td("安全巡查") + td("≥480次") + "</tr></table>")
    second = ("<table>" + header
              + "<tr>" + td("", 2) + td("文物保护修缮", 2) + td("418.50", 2) + td("完成文物修缮", 2)
              + td("产出指标") + td("时效指标") + td("完工时间") + td("2025年10月31日前") + "</tr>"
              + "<tr>" + td("满意度指标") + td("服务对象满意度指标") + td("参观群众满意度") + td("≥90%") + "</tr></table>")
    record = extract_bytes(f"<html><body>{first}<p>- 2 -</p>{second}</body></html>".encode(), "export.html").to_dict()
    assert [(p["name"], p["budget_total"], [i["level3"] for i in p["indicators"]]) for p in record["projects"]] == [
        ("文化站免费开放", 236, ["开放站点", "群众满意度"]),
        ("文物保护修缮", 418.5, ["文物修缮", "安全巡查", "完工时间", "参观群众满意度"])]
    assert [i["seq"] for i in record["projects"][1]["indicators"]] == [1, 2, 3, 4]


def test_the_sets_name_repeated_over_the_next_pages_header_keeps_the_levels_going():
    # LibreOffice repeats the header rows (年度绩效指标 band and the column names) on every page;
    # the merged 效益指标 | 社会效益指标 cells cut by the break print their names once, before it.
    def table(rows):
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    band, head = ("年度绩效指标", "", "", ""), ("一级指标", "二级指标", "三级指标", "指标值")
    first = table([("项目名称", "校园安全防范", "", ""), band, head, ("产出指标", "数量指标", "监控点位", "≥860个"),
                   ("效益指标", "社会效益指标", "刑事案件发生数", "0起")])
    second = table([band, head, ("", "", "隐患整改率", "100%"), ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%")])
    page = f"<html><body>{first}<p>第1页</p>{second}</body></html>"
    project = extract_bytes(page.encode(), "converted.html").to_dict()["projects"][0]
    assert [(i["level1"], i["level2"], i["level3"]) for i in project["indicators"]] == [
        ("产出指标", "数量指标", "监控点位"), ("效益指标", "社会效益指标", "刑事案件发生数"),
        ("效益指标", "社会效益指标", "隐患整改率"), ("满意度指标", "服务对象满意度指标", "家长满意度")]
