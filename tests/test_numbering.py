"""Item numbers in goal lists: which numbers split a list and which belong to its text."""
from __future__ import annotations

from jixiao.extract.interpret.numbering import split_list


def test_a_point_followed_by_digits_opens_the_next_item_after_a_sentence_end():
    # 2.65岁: after item 1 ended with ；, 2. is item 2's number and 65岁 its first word.
    assert split_list("1.为辖区居民提供12类基本公共卫生服务；2.65岁及以上老年人健康管理率达到70%以上。") == [
        "为辖区居民提供12类基本公共卫生服务；", "65岁及以上老年人健康管理率达到70%以上。"]
    assert split_list("1.改造管网46公里； 2.3个乡镇全部通水。") == ["改造管网46公里；", "3个乡镇全部通水。"]


def test_a_decimal_inside_an_item_stays_a_decimal():
    assert split_list("1.完成道路2.5公里；2.群众满意度95%") == ["完成道路2.5公里；", "群众满意度95%"]
    # No item 1 before it: 3.2万人 is a number, not item 3.
    assert split_list("年度资金2.5万元；3.2万人受益") == ["年度资金2.5万元；3.2万人受益"]
