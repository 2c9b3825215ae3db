"""Reader rules the held-out rounds asked for, each on a small capture written for it.

Glued (cells run together), spaced (cells apart by spaces), HTML and the restatement cut:
one test per quirk, asserting the cells the reader hands to the interpreter.
"""
from __future__ import annotations

from jixiao.extract.blocks import Table
from jixiao.extract.text import read_text, restatement
from jixiao.extract.text.html import read as read_html
from tests.helpers import table_rows

FORM = "项目支出绩效目标表(2023年度)项目名称城市供水水质监测主管部门某市水务局项目单位某市水质监测站年度目标完成水质监测。"
BASELINE_HEADER = "一级指标二级指标三级指标上年度实际水平本年度计划完成水平指标解释"


def rows(text: str, rendering: str) -> list[list[str]]:
    blocks, found = read_text(text)
    assert found == rendering
    return table_rows(blocks)


def test_glued_dash_baseline_is_an_empty_cell_not_the_end_of_the_name():
    r = rows(FORM + BASELINE_HEADER + "产出指标数量指标监测水样3960份≥4000份全年监测水样管网末梢点检测—120个新增检测点位", "glued")
    assert ["", "", "管网末梢点检测", "—", "120个", "新增检测点位"] in r


def test_glued_range_target_after_a_baseline():
    r = rows(FORM + BASELINE_HEADER + "产出指标质量指标出厂水合格率96%95%-100%合格批次/检测批次", "glued")
    assert ["产出指标", "质量指标", "出厂水合格率", "96%", "95%-100%", "合格批次/检测批次"] in r


def test_glued_two_qualitative_phrases_are_baseline_and_target():
    r = rows(FORM + BASELINE_HEADER + "效益指标可持续影响指标水质监测长效机制初步建立逐步完善制度建设情况", "glued")
    assert ["效益指标", "可持续影响指标", "水质监测长效机制", "初步建立", "逐步完善", "制度建设情况"] in r


def test_glued_money_group_label_and_total_with_its_colon():
    r = rows("项目支出绩效目标申报表项目名称供水保障主管部门某市水务局项目单位某市供水所项目资金（万元）总额：88其中：财政资金80其他资金8"
             "年度绩效目标完成供水保障。" + BASELINE_HEADER + "产出指标数量指标巡检次数12次≥12次全年巡检", "glued")
    assert ["项目单位", "某市供水所"] in r and ["项目资金（万元）"] in r
    assert ["总额", "88其中："] in r


def test_glued_score_after_each_target():
    r = rows(FORM + "绩效指标一级指标二级指标三级指标指标值分值产出指标数量指标监测点位≥120个10检测项目≥106项10"
             "效益指标可持续影响指标监测体系长效运行持续稳定10", "glued")
    assert ["产出指标", "数量指标", "监测点位", "≥120个", "10"] in r
    assert ["", "", "检测项目", "≥106项", "10"] in r
    assert ["效益指标", "可持续影响指标", "监测体系长效运行", "持续稳定", "10"] in r


def test_restatement_cut_leaves_no_name_stub():
    text = "死亡人数/万台设备电梯定期检验率"
    at = restatement.cut(text, "特种设备万台死亡率", "已检验/应检验")
    assert (text[:at], text[at:]) == ("死亡人数/万台设备", "电梯定期检验率")


def test_spaced_label_colon_value_cells_and_a_header_over_two_lines():
    text = ("某县卫生健康局2021年项目支出绩效目标表\n"
            "项目名称：家庭医生签约服务        主管部门：某县卫生健康局\n"
            "一级        二级         三级                  指标值      权重\n"
            "指标        指标         指标\n"
            "产出指标    数量指标     签约人数              ≥5000人     20\n")
    r = rows(text, "spaced")
    assert ["项目名称", "家庭医生签约服务", "主管部门", "某县卫生健康局"] in r
    assert ["一级指标", "二级指标", "三级指标", "指标值", "权重"] in r
    assert ["指标", "指标", "指标"] not in r


def test_html_br_inside_a_sentence_is_no_list_break():
    blocks = read_html("<table><tr><td>年度绩效目标</td><td>按时足额发放基本生活费<br>和照料护理费。</td></tr>"
                       "<tr><td>年度目标</td><td>1.完成A。<br>2.完成B。</td></tr></table>")
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[0][1].parts == ()  # one piece: the wrap is joined
    assert table.rows[0][1].text == "按时足额发放基本生活费和照料护理费。"
    assert table.rows[1][1].parts == ("1.完成A。", "2.完成B。")
