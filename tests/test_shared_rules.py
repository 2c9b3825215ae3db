"""The rules every reader shares, each in one place: page numbers, Chinese
numerals, and the whitespace that conversion puts into Chinese text."""
from __future__ import annotations

import pytest

from jixiao.extract.interpret.numbers import chinese_int
from jixiao.extract.page_numbers import is_page_number
from jixiao.extract.pdf.cjkspace import clean_spaces
from jixiao.extract.textclean import clean
from jixiao.normalize._text import tidy


@pytest.mark.parametrize("text, n", [("3", 3), ("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("二十一", 21),
                                     ("二〇二〇", 2020), ("二○一九", 2019), ("", None), ("十x", None), ("甲", None)])
def test_chinese_numerals(text, n):
    assert chinese_int(text) == n


@pytest.mark.parametrize("text", ["- 5 -", "—12—", "第 5 页", "第5页 共12页", "第5页/共12页", "5/12", "Page 3 of 9"])
def test_decorated_page_numbers_count_anywhere(text):
    assert is_page_number(text) and is_page_number(text, in_margin=True)


@pytest.mark.parametrize("text", ["5", "iv", "- iv -", "5 -"])
def test_bare_page_numbers_count_only_in_the_margin(text):
    assert not is_page_number(text) and is_page_number(text, in_margin=True)


@pytest.mark.parametrize("text", ["2020年", "1、", "10.5", "≥95%", "vi 项目"])
def test_content_is_not_a_page_number(text):
    assert not is_page_number(text, in_margin=True)


# (printed, display text, PDF line, a normalizer's cell)
CASES = [
    ("综合事务保 障率", "综合事务保障率", "综合事务保障率", "综合事务保障率"),
    ("2019 年", "2019年", "2019年", "2019年"),
    ("Word 2007", "Word 2007", "Word 2007", "Word 2007"),
    ("≥ 90%", "≥ 90%", "≥ 90%", "≥90%"),  # the grammar wants the comparator against its number
    ("471002 抚宁区工业信息管理局", "471002抚宁区工业信息管理局", "471002 抚宁区工业信息管理局", "471002抚宁区工业信息管理局"),
    ("G1U  W", "G1U W", "G1U  W", "G1U W"),  # a PDF line keeps Latin gaps as printed
]


@pytest.mark.parametrize("printed, display, pdf_line, cell", CASES)
def test_one_gap_rule_three_callers(printed, display, pdf_line, cell):
    assert (clean(printed), clean_spaces(printed), tidy(printed)) == (display, pdf_line, cell)
