"""Domain correction of OCR readings: fix what has one answer, leave the rest."""
from __future__ import annotations

import pytest

from jixiao.extract.blocks import Cell
from jixiao.extract.ocr.correct import clean, fix_rows, header_label, level_name, value


@pytest.mark.parametrize("read,rate,meant", [
    ("≥9596", True, "≥95%"),  # % read as 96, on a rate
    ("9596", True, "95%"),
    ("295%", True, "≥95%"),  # ≥ read as 2: a rate of 295% is not one
    ("2100%", True, "≥100%"),
])
def test_the_value_grammar_fixes_what_has_one_reading(read, rate, meant):
    fixed, kind = value(read, rate)
    assert fixed == meant and kind


@pytest.mark.parametrize("read,rate", [
    ("295%", False),  # not a rate: 295% may be meant
    ("≥96", True),  # 96 alone is a plausible value
    ("≥95%", True),
    ("≥400人", False),
    ("250%", True),  # 50% and 250% are both possible readings? 250 > 100 but 50 starts no 2-prefix doubt...
])
def test_the_value_grammar_leaves_what_could_be_meant(read, rate):
    fixed, kind = value(read, rate)
    if read == "250%":
        # 250% on a rate is impossible and 50% is the only reading without the 2: fixed.
        assert fixed == "≥50%"
        return
    assert fixed == read and kind is None


def test_character_fixes_are_counted():
    fixes: dict[str, int] = {}
    assert clean("1丶解决问题", fixes) == "1、解决问题"
    assert clean("≥1O0%", fixes) == "≥100%"
    assert clean("二O二O年", fixes) == "二〇二〇年"
    assert clean("资金10万 兀", fixes) == "资金10万元"
    assert clean("规划,组织", fixes) == "规划，组织"
    assert clean("监控·按照", fixes) == "监控。按照"
    assert clean("471-0602-YBN-G1O", fixes) == "471-0602-YBN-G1O"  # a code keeps its letters
    assert sum(fixes.values()) == 7


def test_level_names_one_character_off_take_the_framework_name_only_in_level_columns():
    assert level_name("数量指杯") == "数量指标"
    assert level_name("服务对象满意度指") is None  # a wrapped cell, read as a prefix elsewhere
    assert level_name("数量指标") is None
    rows = [[Cell("一级指标"), Cell("二级指标"), Cell("三级指标"), Cell("指标值")],
            [Cell("产出指际"), Cell("质量指杯"), Cell("成本指数"), Cell("≥9596")],
            [None, Cell("数量指标"), Cell("合格率"), Cell("295%")]]
    fixes: dict[str, int] = {}
    fix_rows(rows, fixes)
    assert [c.text for c in rows[1]] == ["产出指标", "质量指标", "成本指数", "≥9596"]
    # Row 1 names no rate (成本指数), so 9596 stays; row 2's 合格率 is a rate.
    assert rows[2][3].text == "≥95%"
    assert fixes == {"level name one character off": 2, "≥ read as 2": 1}


def test_a_department_label_with_men_read_as_nei_and_a_label_with_a_speck_after_it():
    fixes: dict[str, int] = {}
    assert clean("主管部门：唐山市路北区卫生健康局部内编码：733105", fixes) == "主管部门：唐山市路北区卫生健康局部门编码：733105"
    assert clean("部内职责分工", fixes) == "部内职责分工"  # a word of its own elsewhere
    rows = [[Cell("主管部内及代码."), Cell("[617204]延安市宝塔区水务局")]]
    fix_rows(rows, fixes)
    assert rows[0][0].text == "主管部门及代码"
    assert fixes == {"部门 read as 部内": 1, "table label one character off": 1}


def test_men_read_as_the_traditional_nei_anywhere_or_as_li_in_a_label():
    # A simplified draft writes 部内 with 内: 內 after 部 is 门 misread, in a title or a sentence.
    assert clean("部內整体支出绩效目标表") == "部门整体支出绩效目标表"
    assert clean("反映部內落实过紧日子要求情况") == "反映部门落实过紧日子要求情况"
    assert clean("单位（部力）：511402-眉山市东坡区文化广播电视和旅游局") == "单位（部门）：511402-眉山市东坡区文化广播电视和旅游局"
    assert clean("调动全部力量") == "调动全部力量"  # 力 after 部 elsewhere is the word it reads


def test_a_level_name_read_right_is_not_taken_for_the_label_one_character_off_it():
    # 时效指标 is one character off the label 绩效指标; read right, it stays.
    assert header_label("时效指标") is None
    rows = [[None, Cell("时效指标"), Cell("资金拨付时间"), Cell("2025年10月31日前")]]
    fix_rows(rows, {})
    assert rows[0][1].text == "时效指标"


def test_ascii_brackets_round_chinese_words_are_the_full_width_ones_print_uses():
    assert clean("≥12万头(只)") == "≥12万头（只）"
    assert clean("2025年部内预算项目绩效目标表") == "2025年部门预算项目绩效目标表"
    assert clean("G1(3)") == "G1(3)"


def test_a_heading_or_toc_entry_department_duties_with_men_misread():
    fixes: dict[str, int] = {}
    assert clean("一、部力职责……………………3", fixes) == "一、部门职责……………………3"
    assert clean("部内职责", fixes) == "部门职责"
    assert clean("部内职责分工", fixes) == "部内职责分工"  # a word of its own, and not a heading
    assert fixes == {"部门 read as 部内": 2}


def test_words_a_stroke_off_a_word_that_is_none():
    fixes: dict[str, int] = {}
    assert clean("将绩效目标完成情况纳人对社区卫生服务机构的年度考核", fixes) == "将绩效目标完成情况纳入对社区卫生服务机构的年度考核"
    assert clean("配量医疗设备的社区卫生服务中心数量", fixes) == "配置医疗设备的社区卫生服务中心数量"
    assert clean("社区卫生服务机构设备购量项目", fixes) == "社区卫生服务机构设备购置项目"
    assert clean("发现火情及时处量的比例", fixes) == "发现火情及时处置的比例"
    assert clean("社区內急诊人次增长串", fixes) == "社区门急诊人次增长率"
    assert fixes == {"a word read a stroke off": 5, "率 read as 串": 1}
    # The words they are one stroke from stay as read.
    for word in ("年度采购量达到120吨", "粮食收购量", "人口", "投入使用", "串联供水管网", "设置", "内部控制"):
        assert clean(word) == word


def test_a_label_one_character_off_two_labels_of_the_same_column():
    # 指标值碘定依据 is one off 指标值确定依据 and 指标值设定依据: both head the basis column.
    assert header_label("指标值碘定依据") in ("指标值确定依据", "指标值设定依据")
    assert clean("整治修复受损伴线") == "整治修复受损岸线"


def test_money_words_in_a_screenshots_small_grey_type():
    # 13-pixel grey labels of a web system: 资金's dots and 资's left lost, 金 read as 全.
    fixes: dict[str, int] = {}
    assert clean("其他汽全", fixes) == "其他资金"
    assert clean("财政资全", fixes) == "财政资金"
    assert clean("全额单位", fixes) == "金额单位"
    assert clean("改造工程峻工验收合格的比例", fixes) == "改造工程竣工验收合格的比例"
    assert fixes == {"a word read a stroke off": 4}
    # 全额 is a word where no 单位 follows; 险峻 and 峻岭 are words.
    for word in ("全额拨款", "全额保障", "山势险峻", "崇山峻岭"):
        assert clean(word) == word


def test_a_units_middle_dot_read_as_a_full_stop():
    from jixiao.extract.ocr.correct import value

    assert value("=800元/人。年", False) == ("=800元/人·年", "· read as 。")
    assert value("≥3万人。次", False) == ("≥3万人·次", "· read as 。")
    assert value("完成。达标", False) == ("完成。达标", None)  # no number: a sentence's stop


def test_the_colon_of_a_money_unit_label_read_as_a_point():
    # A screenshot's code line: 638614 陵水…局 ………… 单位：万元, the colon's two dots seen as one.
    fixes: dict[str, int] = {}
    assert clean("638614陵水黎族自治县海洋和渔业局单位.万元", fixes) == "638614陵水黎族自治县海洋和渔业局单位：万元"
    assert clean("金额单位。万元", fixes) == "金额单位：万元"
    assert clean("873715营山县民政局单位万元", fixes) == "873715营山县民政局单位：万元"  # lost
    assert clean("单位：万元", fixes) == "单位：万元"
    assert fixes == {"： lost or read as a point": 3}
    # A point that ends a sentence, or stands in a number, is left.
    for text in ("以万元为单位。", "单位.5万元/人"):
        assert clean(text) == text


def test_permille_and_the_measure_word_kou_as_ocr_reads_them():
    assert value("≤0.9%0", False) == ("≤0.9‰", "‰ read as %0")
    assert value("≥46□", False) == ("≥46口", "口 read as □")
    assert value("≥90%", True) == ("≥90%", None)  # a percent is left as it is
