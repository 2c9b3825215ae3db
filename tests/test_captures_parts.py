"""The pieces glued captures are rebuilt with: column placement, glued digit
runs, and the cut between one row's explanation and the next row's name."""
from __future__ import annotations

from jixiao.extract.text import glued_numbers, placement, restatement

HUNAN = ["level1", "level2", "description", "value", "remark"]  # 一级 二级 指标内容 指标值 备注
HUBEI = ["level1", "level2", "description", "value"]  # 一级 二级 绩效标准 当年预期实现值
FULL = ["level1", "level2", "level3", "value"]
GUANGDONG = ["level1", "level3", "baseline", "value", "description", "remark"]


def test_levels_and_values_land_under_their_columns_leaving_gaps():
    row = placement.place([("level", "效益指标"), ("level", "社会效益指标"), ("value", "75"), ("value", "100")], HUNAN)
    assert row == ["效益指标", "社会效益指标", "", "75", "100"]


def test_a_lone_second_level_name_goes_under_the_second_level_column():
    assert placement.place([("level", "时效指标"), ("value", "≥95%")], FULL) == ["", "时效指标", "", "≥95%"]


def test_ambiguous_cost_level_inside_a_group_is_second_level():
    pieces = [("level", "成本指标"), ("value", "60"), ("value", "100")]
    assert placement.place(pieces, HUNAN, in_group=True)[:2] == ["", "成本指标"]
    assert placement.place(pieces, HUNAN, in_group=False)[:2] == ["成本指标", ""]


def test_names_sit_under_second_level_where_the_header_has_no_third():
    row = placement.place([("level", "质量指标"), ("text", "档案整理合格率"), ("text", "反映档案整理质量"), ("value", "≥98%")], HUBEI)
    assert row == ["质量指标", "档案整理合格率", "反映档案整理质量", "≥98%"]
    cont = placement.place([("text", "档案数字化率"), ("text", "反映数字化进度"), ("value", "60%")], HUBEI)
    assert cont == ["", "档案数字化率", "反映数字化进度", "60%"]


def test_text_after_values_fills_explanation_then_remark():
    row = placement.place([("level", "社会效益"), ("text", "培训覆盖率"), ("value", "80%"), ("value", "90%"),
                           ("text", "覆盖全县教师"), ("text", "反映培训面")], GUANGDONG)
    assert row == ["社会效益", "培训覆盖率", "80%", "90%", "覆盖全县教师", "反映培训面"]


def test_glued_score_split_only_when_forced():
    assert glued_numbers.split("75100", "value", "remark") == ("75", "100")
    assert glued_numbers.split("90100", "value", "weight") == ("90", "100")
    # 1200 | empty remark: no split leaves a score in 1..100 without a leading zero.
    assert glued_numbers.split("1200", "value", "remark") is None
    # 1100 could be 1 | 100 or 11 | 00 ... only 1 | 100 is plausible: callers ask the table too.
    assert glued_numbers.splits("1100", "value", "remark") == [("1", "100")]


def test_glued_baseline_pair_settled_by_the_quoted_target():
    assert glued_numbers.splits("912", "baseline", "value") == [("9", "12"), ("91", "2")]
    assert glued_numbers.split("912", "baseline", "value", "新增12个服务网点") == ("9", "12")
    assert glued_numbers.split("912", "baseline", "value", "") is None
    assert glued_numbers.split("34", "baseline", "value") == ("3", "4")
    assert glued_numbers.split("8%", "baseline", "value") is None


def test_explanation_and_next_name_cut_where_each_restates_its_row():
    text = "组织全县护林员培训两期森林火灾受害率"
    at = restatement.cut(text, "护林员培训期数", "控制森林火灾受害面积占比")
    assert (text[:at], text[at:]) == ("组织全县护林员培训两期", "森林火灾受害率")


def test_sentence_end_wins_over_overlap():
    text = "反映项目实施效果。宣传覆盖人次"
    assert text[restatement.cut(text, "宣传覆盖", "宣传覆盖人次")] == "宣"


def test_breakdown_integer_runs_without_evidence_stay_whole():
    from jixiao.extract.text import breakdown

    table = breakdown.rows("金额测算依据2021年实际执行数2022年实际执行数保安服务费191依据招标文件191191合计191191191", "项目预算成本构成")
    assert table[1] == ["保安服务费", "191", "依据招标文件", "191191", ""]
    assert table[2][:2] == ["合计", "191"]
    assert breakdown.rows("保安服务费191", "项目预算成本构成") is None


def test_breakdown_total_printed_with_two_decimals():
    from jixiao.extract.text import breakdown

    table = breakdown.rows("金额测算依据2021年实际执行数材料费60.25依据合同55.30设备费40.25据实结算38.00合计100.5093.30", "项目预算成本构成")
    assert table[-1] == ["合计", "100.50", "", "93.30"]
