"""Glued and one-cell-per-line captures made of the genre's own words in any
order: the readers never raise, and every table row stays one list of cells."""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings, strategies as st

from jixiao.extract import extract_bytes
from jixiao.extract.blocks import Table
from jixiao.extract.errors import DraftError
from jixiao.extract.text import read_text

HUNT = int(os.environ.get("JIXIAO_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=HUNT or 300, deadline=None, database=None, derandomize=not HUNT,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = ["一级指标", "二级指标", "三级指标", "指标值", "备注", "指标类别", "个性化指标", "上年度实际水平",
         "本年度计划完成水平", "指标解释及计算公式", "说明", "绩效标准", "指标内容", "产出指标", "数量指标",
         "质量指标", "成本指标", "社会效益", "效益指标", "满意度指标", "项目名称", "项目预算成本构成", "金额",
         "测算依据", "2021年实际执行数", "合计", "年度目标", "长期绩效指标", "审核意见", "项目绩效目标表",
         "(2023年度)", "年 月 日", "88100", "811", "5", "≥5", "0%", "100%", "≥90%", "12组", "不超预算",
         "按季度拨付", "每年6月、12月", "≤", "…", "反映", "完成", "培养新教师", "。", "、", ":", "65岁",
         "372.88504.55", "\\r\\n", "\\t", "\\u000B", " "]


@FUZZ
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80))
def test_glued_words_in_any_order(words):
    text = "一级指标二级指标三级指标指标值" + "".join(words)
    blocks, _ = read_text(text)
    for b in blocks:
        if isinstance(b, Table):
            assert len({len(r) for r in b.rows}) == 1
    try:
        extract_bytes(text.encode("utf-8"), "capture.txt").to_dict()
    except DraftError:
        pass


@FUZZ
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), min_size=1, max_size=20))
def test_cell_lines_in_any_order(rows):
    body = "".join("".join(f"{c} |\n" for c in r) + "|\n" for r in [["一级指标", "二级指标", "指标内容", "指标值", "备注"]] + rows)
    text = "项目名称 |\n某项目 |\n|\n" + body + "|\n|\n"
    blocks, rendering = read_text(text)
    assert rendering == "cell_lines"
    try:
        extract_bytes(text.encode("utf-8"), "capture.txt").to_dict()
    except DraftError:
        pass
