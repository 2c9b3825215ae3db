"""Glued captures (table markup dropped, cells run together): one test per quirk,
each on a small capture written for it (not cut from a sample)."""
from __future__ import annotations

from jixiao.extract.blocks import Line
from jixiao.extract.text import glued, read_text
from tests.helpers import table_rows


def blocks_of(text: str):
    blocks, rendering = read_text(text)
    assert rendering == "glued"
    return blocks


rows = table_rows


def lines(blocks) -> list[str]:
    return [b.text for b in blocks if isinstance(b, Line)]


FORM = "项目支出绩效目标表(2023年度)项目名称乡村道路养护主管部门某县交通运输局实施单位某县公路事务中心年度目标完成农村公路养护。绩效指标"


def test_qualitative_target_cut_off_the_name():
    b = blocks_of(FORM + "一级指标二级指标三级指标指标值产出指标时效指标养护资金拨付时间按季度拨付质量指标路面完好率≥85%")
    assert ["产出指标", "时效指标", "养护资金拨付时间", "按季度拨付"] in rows(b)
    assert ["", "质量指标", "路面完好率", "≥85%"] in rows(b)


def test_date_target_is_one_value():
    b = blocks_of(FORM + "一级指标二级指标三级指标指标值产出指标时效指标巡查时间每月5日、20日质量指标路面完好率≥85%")
    assert ["产出指标", "时效指标", "巡查时间", "每月5日、20日"] in rows(b)
    assert ["", "质量指标", "路面完好率", "≥85%"] in rows(b)


def test_number_opening_a_name_after_a_value():
    b = blocks_of(FORM + "一级指标二级指标三级指标指标值产出指标数量指标养护里程≥120公里60岁以上护路员人数≥30人")
    assert ["", "", "60岁以上护路员人数", "≥30人"] in rows(b)


def test_level_name_inside_an_enumeration_is_prose():
    text = (FORM + "指标类别个性化指标上年度实际水平本年度计划完成水平指标解释及计算公式说明"
            "社会效益通行时间缩短率5%8%反映社会、经济、生态效益等情况群众出行满意度85%90%抽样调查")
    b = blocks_of(text)
    levels = [r[0] for r in rows(b) if r and r[0]]
    assert "生态效益" not in levels and "社会效益" in levels


def test_short_level_name_without_zhibiao_is_a_level():
    text = FORM + "指标类别个性化指标上年度实际水平本年度计划完成水平指标解释及计算公式说明经济效益带动农产品外销量5万吨6万吨反映外销增量"
    assert rows(blocks_of(text))[-1][:4] == ["经济效益", "带动农产品外销量", "5万吨", "6万吨"]


def test_glued_target_and_score_split_when_every_row_splits_one_way():
    text = (FORM + "一级指标二级指标指标内容指标值备注产出指标数量指标95100质量指标90100"
            "效益指标社会效益指标8010")
    r = rows(blocks_of(text))
    assert ["产出指标", "数量指标", "", "95", "100"] in r
    assert ["", "质量指标", "", "90", "100"] in r
    # 8010: 8 | 010 and 80 | 10 and 801 | 0 -- 80 | 10 is the one plausible split.
    assert ["效益指标", "社会效益指标", "", "80", "10"] in r


def test_glued_target_alone_in_its_table_is_left_whole():
    text = FORM + "一级指标二级指标指标内容指标值备注产出指标数量指标95100"
    assert ["产出指标", "数量指标", "", "95100"] in rows(blocks_of(text))


def test_baseline_and_target_pair_split_on_the_tables_evidence():
    text = (FORM + "指标类别个性化指标上年度实际水平本年度计划完成水平指标解释及计算公式说明"
            "社会效益新建服务网点数912新增12个服务网点覆盖率80%95%反映覆盖情况。")
    r = rows(blocks_of(text))
    assert r[-2][:5] == ["社会效益", "新建服务网点数", "9", "12", "新增12个服务网点"]
    assert r[-1][1:4] == ["覆盖率", "80%", "95%"]


def test_explanation_and_next_name_cut_by_restatement():
    text = (FORM + "指标类别个性化指标上年度实际水平本年度计划完成水平指标解释及计算公式说明"
            "社会效益护林员培训期数12开展全县护林员培训两期森林火灾受害率0.8‰0.5‰控制森林火灾受害面积")
    r = rows(blocks_of(text))
    assert r[-2][1:5] == ["护林员培训期数", "1", "2", "开展全县护林员培训两期"]
    assert r[-1][1:5] == ["森林火灾受害率", "0.8‰", "0.5‰", "控制森林火灾受害面积"]


def test_table_ends_at_the_review_block_and_the_next_form_starts_over():
    text = (FORM + "一级指标二级指标三级指标指标值产出指标数量指标养护里程≥120公里审核意见单位公章年 月 日"
            "项目支出绩效目标表(2023年度)项目名称桥梁检测主管部门某县交通运输局")
    b = blocks_of(text)
    assert ["项目名称", "桥梁检测"] in rows(b)
    assert "项目支出绩效目标表(2023年度)" in lines(b)
    assert not any("审核意见" in c for r in rows(b) for c in r)


def test_signature_date_placeholder_is_not_glued_to_the_title():
    text = "主管部门审核意见单位公章:年月 日某县2023年项目支出绩效目标表项目名称乡村道路养护主管部门某县交通运输局一级指标二级指标三级指标指标值产出指标数量指标养护里程≥120公里"
    assert "某县2023年项目支出绩效目标表" in lines(blocks_of(text))


def test_sharing_page_file_name_and_preview_captions():
    text = "某县交通运输局2023年项目支出绩效目标表.docx\n项目绩效目标表_第1页\n" + FORM + "一级指标二级指标三级指标指标值产出指标数量指标养护里程≥120公里"
    ls = lines(blocks_of(text))
    assert "某县交通运输局2023年项目支出绩效目标表" in ls
    assert not any("_第1页" in x for x in ls)


def test_sharing_site_words_round_the_preview_are_not_the_drafts():
    """全文预览已结束 had become the document's department: the words a sharing site prints
    round its preview are dropped like its captions."""
    chrome = ["全文预览已结束", "下载本文档", "版权说明:本文档由用户提供并上传,收益归属内容提供方", "文档简介",
              "还剩 3 页未读，继续阅读"]
    text = "项目绩效目标表_第1页\n" + "\n\n".join(chrome) + "\n\n" + FORM + "一级指标二级指标三级指标指标值产出指标数量指标养护里程≥120公里"
    blocks, _ = read_text(text)
    ls = lines(blocks)
    assert not set(chrome) & set(ls) and not any(x.startswith("版权说明") for x in ls)
    # The same words inside a sentence of the draft stay.
    kept = FORM + "一级指标二级指标三级指标指标值产出指标数量指标下载本文档的次数≥120次"
    assert any("下载本文档的次数" in c for row in rows(blocks_of(kept)) for c in row)


def test_lone_cost_level_inside_a_group_is_its_second_level():
    text = FORM + "一级指标二级指标指标内容指标值备注产出指标数量指标95100成本指标90100效益指标社会效益指标80100"
    assert ["", "成本指标", "", "90", "100"] in rows(blocks_of(text))


def test_names_under_second_level_when_no_third_level_column():
    text = (FORM + "一级指标二级指标绩效标准当年预期实现值数量指标巡查次数反映巡查频次≥24次"
            "检测桥梁座数反映检测覆盖12座")
    r = rows(blocks_of(text))
    assert ["数量指标", "巡查次数", "反映巡查频次", "≥24次"] in r
    assert ["", "检测桥梁座数", "反映检测覆盖", "12座"] in r


def test_reference_target_is_a_value():
    text = FORM + "一级指标二级指标三级指标指标值产出指标成本指标养护成本控制不超预算效益指标社会效益指标通行效率提升≥10%"
    assert ["产出指标", "成本指标", "养护成本控制", "不超预算"] in rows(blocks_of(text))


def test_ge_lost_as_2_on_a_bounded_rate():
    text = FORM + "一级指标二级指标三级指标指标值产出指标质量指标验收合格率295%工程数量292个"
    r = rows(blocks_of(text))
    assert ["产出指标", "质量指标", "验收合格率", "≥95%"] in r
    # Not a rate: the digits stay as printed.
    assert ["", "", "工程数量", "292个"] in r


def test_comparator_left_at_the_cut_is_the_values_start():
    text = FORM + "一级指标二级指标三级指标指标值产出指标质量指标路面完好率≥85%群众满意度≥"
    assert rows(blocks_of(text))[-1] == ["", "", "群众满意度", "≥"]


def test_budget_label_over_a_breakdown_table_gets_no_amount():
    text = ("项目支出绩效目标表项目名称乡村道路养护项目预算支出明细金额测算依据2021年实际执行数材料费120依据定额110"
            "绩效目标完成养护一级指标二级指标三级指标指标值产出指标数量指标养护里程≥120公里")
    r = rows(blocks_of(text))
    assert ["项目预算"] in r
    assert any(row[0].startswith("支出明细") for row in r)


def test_indicator_set_titles_kept_apart_from_rows():
    text = ("项目绩效目标表项目名称乡村道路养护长期绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标95100质量指标90100"
            "年度绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标95100质量指标90100")
    r = rows(blocks_of(text))
    assert ["年度绩效指标"] in r and ["长期绩效指标"] in r
    assert ["", "质量指标", "", "90", "100"] in r


def test_numbered_two_character_label_with_colon():
    text = ("项目绩效目标表项目名称乡村道路养护年度资金总额总额:80万元一、财政拨款:60万元二、自有资金:0万元三、其他:20万元"
            "一级指标二级指标三级指标指标值产出指标数量指标养护里程≥120公里")
    assert ["其他", "20万元"] in rows(blocks_of(text))


def test_colon_between_label_and_value_belongs_to_neither():
    text = "项目绩效目标表项目名称乡村道路养护年度目标：完成养护120公里一级指标二级指标三级指标指标值产出指标数量指标养护里程≥120公里"
    assert ["年度目标", "完成养护120公里"] in rows(blocks_of(text))


def test_capture_cut_inside_a_level_name_drops_the_row():
    text = FORM + "一级指标二级指标指标内容指标值备注产出指标数量指标95100质量指标90100效益指标社会效益指"
    r = rows(blocks_of(text))
    assert r[-1] == ["", "质量指标", "", "90", "100"]


def test_looks_like_needs_three_touching_labels():
    assert not glued.looks_like("注：各申报单位个性化指标可自行根据项目特点设置指标，指标设置应可考核、可量化。" * 2)


def test_glued_run_left_whole_is_an_issue_on_its_indicator():
    from jixiao.extract import extract_bytes

    text = ("项目支出绩效目标表(2023年度)项目名称乡村道路养护主管部门某县交通运输局年度目标完成农村公路养护。"
            "一级指标二级指标三级指标指标值备注产出指标数量指标养护里程≥120公里质量指标路面完好率95100")
    record = extract_bytes(text.encode("utf-8"), "capture.txt").to_dict()
    found = [i for i in record["issues"] if i["code"] == "glued_digits"]
    assert len(found) == 1 and "95100" in found[0]["message"]
    assert found[0]["indicator"] == 2
    assert "doubts" not in record["source"]


def test_cost_breakdown_glued_into_its_label_becomes_rows():
    text = ("项目支出绩效目标表项目名称社区卫生服务中心运行项目预算成本构成金额测算(公式)依据2021年实际执行数2022年实际执行数"
            "药品耗材费60依据采购合同55.3058.10设备维护费40.5据实结算38.0039.20合计100.594.2097.30"
            "绩效目标保障中心运行一级指标二级指标三级指标指标值产出指标数量指标门诊人次≥2万人次")
    r = rows(blocks_of(text))
    assert ["项目预算成本构成", "金额", "测算(公式)依据", "2021年实际执行数", "2022年实际执行数"] in r
    assert ["药品耗材费", "60", "依据采购合同", "55.30", "58.10"] in r
    # 合计's amount is the sum of the amounts above (100.5), parted from the year columns.
    assert ["合计", "100.5", "", "94.20", "97.30"] in r


def test_one_letter_unit_after_a_glued_pair_starts_the_explanation():
    text = (FORM + "指标类别个性化指标上年度实际水平本年度计划完成水平指标解释及计算公式说明"
            "社会效益护林员培训期数12组织全县护林员培训两期森林火灾受害率0.8‰0.5‰控制森林火灾受害面积")
    r = rows(blocks_of(text))
    assert r[-2][1:5] == ["护林员培训期数", "1", "2", "组织全县护林员培训两期"]


LONG_YEAR = ("专项资金绩效目标表（2024年度）专项资金名称农田建设补助资金主管部门某县农业农村局实施单位某县农业农村局"
             "总体目标长期目标年度目标1.到2026年累计建成高标准农田3.2万亩；2.粮食产能稳步提升。1.新建高标准农田1.2万亩；"
             "2.同步发展高效节水灌溉。绩效指标一级指标二级指标指标内容长期目标值年度目标值")


def test_two_goal_lists_run_together_go_to_long_term_and_annual_where_the_numbering_restarts():
    r = rows(blocks_of(LONG_YEAR + "产出指标数量指标新建高标准农田面积≥3.2万亩≥1.2万亩"))
    assert ["长期目标", "1.到2026年累计建成高标准农田3.2万亩；2.粮食产能稳步提升。"] in [row[:2] for row in r]
    assert ["年度目标", "1.新建高标准农田1.2万亩；2.同步发展高效节水灌溉。"] in [row[:2] for row in r]


def test_a_unit_per_another_stays_with_its_value_and_a_doubled_worded_target_is_two():
    r = rows(blocks_of(LONG_YEAR + "成本指标经济成本指标亩均财政投入≤2400元/亩≤2400元/亩"
                       "效益指标生态效益指标耕地面积不减少不减少时效指标兑付时间每年12月底前2024年12月底前"))
    assert ["成本指标", "经济成本指标", "亩均财政投入", "≤2400元/亩", "≤2400元/亩"] in r
    assert ["效益指标", "生态效益指标", "耕地面积", "不减少", "不减少"] in r
    assert ["", "时效指标", "兑付时间", "每年12月底前", "2024年12月底前"] in r


def test_two_worded_targets_under_long_term_and_annual_columns_are_two():
    r = rows(blocks_of(LONG_YEAR + "可持续影响指标森林资源管护长效机制持续健全逐步健全"))
    assert ["可持续影响指标", "森林资源管护长效机制", "持续健全", "逐步健全"] in [row[1:5] for row in r]


def test_a_transfer_forms_money_group_and_period_labels_end_the_implementing_unit():
    tokens = glued.line_tokens("实施单位某县乡村振兴服务中心资金情况实施期2024年-2026年实施期资金总额3600.00")
    assert tokens[:5] == [("label", "实施单位"), ("text", "某县乡村振兴服务中心"), ("label", "资金情况"),
                          ("label", "实施期"), ("text", "2024年-2026年")]


def test_a_period_label_before_jixiao_zhibiao_names_the_indicator_set():
    tokens = glued.line_tokens("改造后物业管理覆盖率达到80%。实施期绩效指标年度绩效指标一级指标二级指标三级指标指标值")
    assert ("label", "实施期绩效指标") in tokens and ("label", "年度绩效指标") in tokens
