"""Word text pasted as a string literal: escaped breaks and tabs."""
from __future__ import annotations

from jixiao.extract.blocks import Table
from jixiao.extract.text import escapes, read_text, repair


def test_escaped_tabs_become_cells_once_the_text_is_escaped():
    text = r"项目名称\t河道保洁\t主管部门\t某区水务局\r\n一级指标\t二级指标\t三级指标\t指标值\r\n产出指标\t数量指标\t保洁河道长度\t≥35公里\r\n"
    fixed, done = repair(text)
    assert done == ["escaped_breaks"]
    blocks, rendering = read_text(fixed)
    assert rendering == "tsv"
    table = next(b for b in blocks if isinstance(b, Table))
    assert [c.text for c in table.rows[-1]][:4] == ["产出指标", "数量指标", "保洁河道长度", "≥35公里"]


def test_escaped_break_followed_by_a_real_one_ends_one_row():
    text = "一级指标\\t二级指标\\r\\n\n产出指标\\t数量指标\\r\\n\n"
    assert escapes.unescape_breaks(text) == "一级指标\t二级指标\n产出指标\t数量指标\n"


def test_soft_break_inside_a_cell_is_a_space():
    assert escapes.unescape_breaks(r"全年实地督导\u000B的考点数量\r\n") == "全年实地督导 的考点数量\n"


def test_a_draft_mentioning_backslash_t_once_is_left_alone():
    text = "说明：路径写作 C:\\temp 即可。\n项目名称\t河道保洁\n"
    assert not escapes.has_escaped_breaks(text)
