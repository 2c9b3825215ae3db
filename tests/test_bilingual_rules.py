"""Forms from autonomous regions and frontier provinces (samples/heldout14b): bilingual labels,
split value columns, Excel's "Unicode text". Each rule on the smallest form that needs it."""
from __future__ import annotations

import pytest

from jixiao import normalize
from jixiao.extract import extract_bytes
from jixiao.extract.scripts import strip


def _record(text: str, name: str = "form.txt", encoding: str = "utf-8") -> dict:
    return extract_bytes(text.encode(encoding), name).to_dict()


def _rows(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in rows) + "\n"


FORM = [
    ["{title}"],
    ["部门名称：{dept}", "", "部门编码：{code}", "单位：万元"],
    ["项目名称", "草原围栏建设", "项目编码", "NM2025-01"],
    ["年度资金总额", "120.00", "其中：财政拨款", "100.00"],
    ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"],
    ["产出指标", "数量指标", "围栏长度", "≥36公里", "计划标准"],
    ["满意度指标", "服务对象满意度指标", "牧户满意度", "≥92%", "历史标准"],
]


def _form(title="2025年项目支出绩效目标表", dept="锡林浩特市农牧和科技局", code="408003") -> list[list[str]]:
    return [[c.format(title=title, dept=dept, code=code) for c in row] for row in FORM]


@pytest.mark.parametrize("printed, chinese", [
    ("ᠲᠥᠰᠥᠯ ᠦᠨ ᠨᠡᠷ᠎ᠡ 项目名称", "项目名称"),              # Mongolian before, one line
    ("항목명칭 项目名称", "项目名称"),                        # Hangul beside
    ("1급지표一级指标", "一级指标"),                          # a digit that begins the Korean word
    ("1-دەرىجىلىك كۆرسەتكۈچ 一级指标", "一级指标"),          # Uyghur, right to left, with its digit
    ("بىرلىك: 10 مىڭ يۈەن 单位：万元", "单位：万元"),        # digits inside the Uyghur phrase
    ("مەبلەغ مەنبەسى (10 مىڭ يۈەن) 资金来源（万元）", "资金来源（万元）"),
    ("그중: 재정지출 其中：财政拨款", "其中：财政拨款"),        # a label's colon goes with it
    ("ལས་གཞིའི་འགྲོ་སོང་\n项目支出绩效目标表", "项目支出绩效目标表"),  # a Tibetan line above
    ("ᠰᠢᠯᠢ ᠶᠢᠨ 2025 ᠣᠨ", ""),                                # a Mongolian-only line: its year goes too
    ("PM2.5年均浓度 ≤35微克/立方米", "PM2.5年均浓度 ≤35微克/立方米"),  # nothing to strip
])
def test_the_other_script_is_left_out_and_the_chinese_kept(printed, chinese):
    assert strip(printed) == chinese


def test_a_bilingual_form_reads_as_its_chinese_half():
    """Every label carries a Mongolian line (a paragraph above the Chinese in the cell): without
    the strip no label is known and the draft is refused as not a draft at all."""
    rows = _form()
    mongolian = {"项目名称": "ᠲᠥᠰᠥᠯ ᠦᠨ ᠨᠡᠷ᠎ᠡ", "一级指标": "ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠳᠡᠰ", "二级指标": "ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠳᠡᠰ",
                 "三级指标": "ᠭᠤᠷᠪᠠᠳᠤᠭᠠᠷ ᠳᠡᠰ", "指标值": "ᠦᠵᠦᠯᠲᠡ ᠶᠢᠨ ᠬᠡᠮᠵᠢᠶ᠎ᠡ", "产出指标": "ᠦᠷᠡᠯᠳᠡᠭᠦᠯᠦᠯ"}
    rows = [[f"{mongolian[c]} {c}" if c in mongolian else c for c in row] for row in rows]
    rows.insert(0, ["ᠰᠢᠯᠢ ᠶᠢᠨ ᠬᠣᠲᠠ ᠶᠢᠨ 2025 ᠣᠨ ᠤ ᠲᠥᠰᠥᠯ"])
    record = _record(_rows(rows))
    project = record["projects"][0]
    assert record["document"]["title"] == "2025年项目支出绩效目标表"
    assert project["name"] == "草原围栏建设"
    assert [(i["level1"], i["level3"], i["value"]) for i in project["indicators"]] == [
        ("产出指标", "围栏长度", 36), ("满意度指标", "牧户满意度", 92)]


def test_the_department_name_and_code_in_cells_of_their_own_are_one_line():
    """部门名称：… | 部门编码：… | 单位：万元 in one row: the code, the name and the unit all count."""
    record = _record(_rows(_form()))
    project = record["projects"][0]
    assert (record["document"]["department_code"], project["department_code"], project["unit"]) == \
        ("408003", "408003", "万元")
    assert project["department"] == "锡林浩特市农牧和科技局"


def test_a_unicode_text_export_reads_its_quoted_line_breaks_as_one_cell():
    """Excel's "Unicode text": UTF-16, tabs, CRLF, and a cell with a line break quoted across
    the lines (a bilingual label): each quoted cell is one cell of its row."""
    rows = _form()
    rows[2] = ['"ᠲᠥᠰᠥᠯ ᠦᠨ ᠨᠡᠷ᠎ᠡ\n项目名称"', "草原围栏建设", '"ᠲᠥᠰᠥᠯ ᠦᠨ ᠺᠣᠳ᠋\n项目编码"', "NM2025-01"]
    rows[4] = ['"ᠨᠢᠭᠡᠳᠦᠭᠡᠷ\n一级指标"', "二级指标", "三级指标", "指标值", "指标值设定依据"]
    width = max(len(r) for r in rows)
    text = "\r\n".join("\t".join(r + [""] * (width - len(r))) for r in rows) + "\r\n"
    record = _record("\ufeff" + text, "export.txt", "utf-16-le")
    project = record["projects"][0]
    assert (project["name"], project["code"]) == ("草原围栏建设", "NM2025-01")
    assert [i["level3"] for i in project["indicators"]] == ["围栏长度", "牧户满意度"]


def test_split_value_columns_take_the_comparator_from_the_direction():
    """目标值 a bare number, 计量单位 and 指标方向 beside it, 指标类型 saying 定量/定性: 正向 is a
    floor, 反向 a ceiling, 中性 the target; 指标类型 is not a second level column."""
    rows = _form()[:4] + [
        ["一级指标", "二级指标", "三级指标", "指标类型", "指标方向", "目标值", "计量单位", "指标值设定依据"],
        ["产出指标", "数量指标", "围栏长度", "定量", "正向", "36", "公里", "计划标准"],
        ["", "质量指标", "验收合格率", "定量", "中性", "100", "%", "行业标准"],
        ["", "时效指标", "完工时间", "定性", "", "2025年10月31日前", "", "计划标准"],
        ["成本指标", "经济成本指标", "每公里造价", "定量", "反向", "3.2", "万元/公里", "历史标准"],
    ]
    got = [(i["level1"], i["kind"], i["comparator"], i["value"], i["unit"], i["basis"])
           for i in _record(_rows(rows))["projects"][0]["indicators"]]
    assert got == [("产出指标", "numeric", ">=", 36, "公里", "计划标准"),
                   ("产出指标", "numeric", "=", 100, "%", "行业标准"),
                   ("产出指标", "qualitative", None, None, None, "计划标准"),
                   ("成本指标", "numeric", "<=", 3.2, "万元/公里", "历史标准")]


def test_a_value_cell_that_prints_its_unit_keeps_its_own_comparator_beside_a_direction():
    """5个 beside 正向 states the target (=): the direction only describes it."""
    rows = _form()[:4] + [
        ["一级指标", "二级指标", "三级指标", "指标值", "指标方向"],
        ["产出指标", "数量指标", "新建站点", "5个", "正向"],
    ]
    ind = _record(_rows(rows))["projects"][0]["indicators"][0]
    assert (ind["comparator"], ind["value"], ind["direction"]) == ("=", 5, "正向")


def test_a_measure_word_counted_in_turns_is_a_unit():
    v = normalize.value("≥4.8万犬次")
    assert (v.kind, v.comparator, v.value, v.unit) == ("numeric", ">=", 4.8, "万犬次")


def test_a_portal_headline_keeps_its_department_a_cover_title_does_not():
    published = _record(_rows(_form(title="昌都市卡若区卫生健康委员会2024年项目支出绩效目标公开")))
    cover = _record(_rows(_form(title="昌都市卡若区卫生健康委员会2024年度项目支出绩效目标")))
    assert published["document"]["title"] == "昌都市卡若区卫生健康委员会2024年项目支出绩效目标公开"
    assert cover["document"]["title"] == "2024年度项目支出绩效目标"


def test_a_heading_over_the_generic_form_title_is_not_its_first_half():
    """二、包虫病综合防治 / 项目支出绩效目标表: the project's heading, then the form's whole title."""
    text = "\n".join([
        "卡若区卫生健康委员会2024年项目支出绩效目标公开",
        "一、乡镇卫生院服务能力提升",
        "项目支出绩效目标表",
        _rows(_form()[2:]).rstrip("\n").replace("草原围栏建设", "乡镇卫生院服务能力提升"),
        "",
        "二、包虫病综合防治",
        "项目支出绩效目标表",
        _rows(_form()[2:]).rstrip("\n").replace("草原围栏建设", "包虫病综合防治"),
    ]) + "\n"
    titles = [p["title"] for p in _record(text)["projects"]]
    assert titles == ["项目支出绩效目标表", "项目支出绩效目标表"]


def _money_form(money_rows: list[list[str]]) -> list[list[str]]:
    rows = _form()
    return rows[:3] + money_rows + rows[4:]


def test_money_labels_over_a_row_of_amounts_are_read_column_by_column():
    """资金来源（万元） | 资金总额 | 中央补助 | … | 其他资金 over the amounts; no 财政拨款 is printed,
    so the government sources add up to the fiscal money beside 其他资金."""
    rows = _money_form([["资金来源（万元）", "资金总额", "中央补助", "自治区本级", "地区配套", "市本级", "其他资金"],
                        ["", "2,400.00", "1,680.00", "420.00", "160.00", "90.00", "50.00"]])
    project = _record(_rows(rows))["projects"][0]
    assert (project["budget_total"], project["budget_fiscal"], project["budget_other"], project["unit"]) == \
        (2400, 2350, 50, "万元")
    assert project["extra"]["funding_sources"] == {"中央补助": 1680, "自治区本级": 420, "地区配套": 160, "市本级": 90}


def test_printed_fiscal_money_is_not_replaced_by_its_sources():
    rows = _money_form([["年度资金总额", "1286.40", "其中：财政拨款", "1246.40"],
                        ["中央补助", "986.40", "自治区本级", "180.00"],
                        ["盟市配套", "52.00", "旗县（市区）本级", "28.00"],
                        ["其他资金", "40.00"]])
    project = _record(_rows(rows))["projects"][0]
    assert (project["budget_total"], project["budget_fiscal"], project["budget_other"]) == (1286.4, 1246.4, 40)


def test_a_transfer_payments_sources_split_the_whole_transfer_not_its_fiscal_side():
    """中央补助 | 省级资金 and no 其他资金: the form prints no fiscal/other split, fiscal stays unknown."""
    rows = _money_form([["年度资金总额", "6200.00"], ["其中：中央补助", "4000.00", "省级资金", "2200.00"]])
    project = _record(_rows(rows))["projects"][0]
    assert (project["budget_total"], project["budget_fiscal"]) == (6200, None)


def test_a_department_code_cell_is_one_cell_and_a_unit_cell_names_the_unit():
    """部门名称：… | 部门编码 | 372016 | 单位：万元 in one row of the form: the code is its own cell."""
    rows = _form()
    rows[1] = ["部门名称：烟台市芝罘区卫生健康局", "部门编码", "372016", "单位：万元"]
    record = _record(_rows(rows))
    project = record["projects"][0]
    assert (record["document"]["department_code"], project["department_code"], project["unit"]) == \
        ("372016", "372016", "万元")


def test_a_cost_table_after_the_form_is_not_read_as_its_indicators():
    """A 测算 table under the form, with a header of its own (数量 among its labels): no indicator rows."""
    text = _rows(_form()) + "\n项目资金测算明细\n" + _rows([
        ["测算内容", "数量", "标准（元）", "计量单位", "金额（元）"],
        ["家庭医生签约服务包补助", "41,860", "60.00", "人", "2,511,600.00"],
        ["常住人口（人）", "434,700", "", "", ""]])
    project = _record(text)["projects"][0]
    assert [i["level3"] for i in project["indicators"]] == ["围栏长度", "牧户满意度"]


def test_the_accounting_formats_dash_is_a_zero_amount():
    """A workbook in the accounting format prints a zero as a lone dash: 其他资金 | - is 0, not unknown."""
    rows = _money_form([["年度资金总额", "120.00", "其中：财政拨款", "120.00"], ["其他资金", "-"]])
    project = _record(_rows(rows))["projects"][0]
    assert (project["budget_total"], project["budget_fiscal"], project["budget_other"]) == (120, 120, 0)
