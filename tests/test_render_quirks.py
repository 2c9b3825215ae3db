"""One test per rendering users actually have: what the text reader makes of it.

Inputs are the real captures in tests/data/render (copied from ../shared/real,
damage included) or small inputs written the way the converters write them.
The assertions are on the blocks: the interpreter reads the genre from them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.extract.blocks import Line, Table
from jixiao.extract.text import read, sniff
from tests.helpers import DRAFTS

RENDER = Path(__file__).resolve().parent / "data" / "render"


def blocks_of(text: str):
    return read(text.encode("utf-8"), "draft.txt")


def real(n: str):
    return read((RENDER / f"real_{n}.txt").read_bytes(), f"real_{n}.txt")


def texts(row):
    return [None if c is None else c.text for c in row]


def tables(blocks):
    return [b for b in blocks if isinstance(b, Table)]


def lines(blocks):
    return [b.text for b in blocks if isinstance(b, Line)]


def row_starting(blocks, first: str):
    return next(texts(r) for t in tables(blocks) for r in t.rows if r[0] is not None and r[0].text == first)


MINERU = """# 2023年部门预算项目绩效目标表

![](images/3f0a9c1e2b.jpg)

项目名称：社区养老服务补助

<table><tr><td rowspan="2">一级指标</td><td colspan="2">指标</td><td>指标值</td></tr>
<tr><td>二级指标</td><td>三级指标</td><td>&gt;=90%</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>服务老人数 &amp; 次数</td><td>&lt;=300人</td></tr></table>

## 二、保障措施

加强资金监管。
"""


def test_mineru_markdown_with_html_tables():
    blocks, source = blocks_of(MINERU)
    assert source["rendering"] == "markdown"
    assert lines(blocks) == ["2023年部门预算项目绩效目标表", "项目名称：社区养老服务补助", "二、保障措施", "加强资金监管。"]
    (table,) = tables(blocks)
    assert [texts(r) for r in table.rows] == [
        ["一级指标", "指标", None, "指标值"],
        [None, "二级指标", "三级指标", ">=90%"],
        ["产出指标", "数量指标", "服务老人数 & 次数", "<=300人"],
    ]
    # Line numbers point into the whole text, not into the piece read.
    assert table.where.line == 7 and blocks[-1].where.line == 13


def test_docling_image_placeholder_and_pipe_table():
    text = "## 绩效目标表\n\n<!-- image -->\n\n| 一级指标 | 二级指标 | 指标值 |\n|---|---|---|\n| 产出指标 | 数量指标 | ≥90% |\n"
    blocks, source = blocks_of(text)
    assert source["rendering"] == "markdown"
    assert lines(blocks) == ["绩效目标表"]
    assert [texts(r) for r in tables(blocks)[0].rows] == [["一级指标", "二级指标", "指标值"], ["产出指标", "数量指标", "≥90%"]]


def test_flattened_pipe_capture_keeps_cells_in_order():
    blocks, source = real("03")
    assert source["rendering"] == "markdown"
    (table,) = tables(blocks)
    header = texts(table.rows[2])
    assert header[:12] == ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标",
                           "指标性质", "指标值", "度量单位", "权重", "指标方向性"]
    # A continuation row lost its four merged cells: it starts at 一级指标 and
    # ends in the capture's blank padding; nothing is moved into a wrong column.
    second = texts(table.rows[5])
    assert second[:8] == ["产出指标", "时效指标", "维持时效", "≥", "1", "年", "20", "正向指标"]
    assert set(second[8:]) == {""}
    # The next project's row lost only 单位名称.
    assert texts(table.rows[12])[:4] == ["基层组织活动经费", "660,000.00", texts(table.rows[12])[2], "满意度指标"]


def test_pipe_rows_without_leading_pipe():
    blocks, source = real("05")
    assert source["rendering"] == "pipe_lines"
    assert row_starting(blocks, "一级指标")[:5] == ["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值"]
    # The row whose unit cell was dropped keeps its cells in order.
    assert row_starting(blocks, "时效指标")[:4] == ["时效指标", "工作安排时间", "定量", "按月安排"]


def test_one_cell_per_line_with_bare_pipe_between_rows():
    blocks, source = real("16")
    assert source["rendering"] == "cell_lines"
    header = row_starting(blocks, "项目年度绩效目标衡量指标")
    assert header[1:] == ["一级指标", "二级指标", "分值", "指标内容(150字内)", "指标值(150字内)", "评分细则(150字内)"]
    assert row_starting(blocks, "投入指标")[:3] == ["投入指标", "资金到位率", "5"]
    assert row_starting(blocks, "预算支出进度")[:2] == ["预算支出进度", "15"]
    # A cell wrapped over two lines (no trailing pipe on the first) is one cell.
    wrapped = row_starting(blocks, "资金使用合规性")[2]
    assert wrapped.startswith("①是否符合国家财经法规") and "②资金的拨付是否有" in wrapped


def test_glued_cells_split_at_labels_levels_and_values():
    blocks, source = real("06")
    assert source["rendering"] == "glued"
    # The sharing page's file name line gives the title without its extension.
    assert "鄂州市2022年市直部门预算项目支出绩效目标表" in lines(blocks)
    assert row_starting(blocks, "项目名称")[0] == "项目名称"
    assert row_starting(blocks, "绩效目标")[1] == "以办公大楼服务对象满意为目标,着力打造文明型机关、卫生Z口机关。"
    header = row_starting(blocks, "一级指标")
    assert header[:2] == ["一级指标", "二级指标"]
    assert row_starting(blocks, "数量指标")[:4] == ["数量指标", "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "2280次"]
    # The next row lost its merged level cell: laid under the header's columns.
    assert row_starting(blocks, "")[:4] == ["", "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次"]
    assert row_starting(blocks, "质量指标")[3] == ">92%"


def test_glued_level_rows_of_an_older_form():
    blocks, source = real("08")
    assert source["rendering"] == "glued"
    assert "项目绩效目标表(2021年度)" in lines(blocks)
    assert [t for t in tables(blocks)]
    # 88100 under 指标值 | 备注: every row's run splits one way only (88 | 100).
    assert row_starting(blocks, "产出指标")[:5] == ["产出指标", "数量指标", "", "88", "100"]
    rows = [texts(r) for t in tables(blocks) for r in t.rows]
    assert ["", "社会效益指标", "", "68", "100"] in rows
    assert ["", "社会公众或服务对象满意度指标", "", "88", "100"] in rows


def test_xls_page_text_with_stacked_labels():
    blocks, source = real("14")
    assert source["rendering"] == "spaced"
    budget = tables(blocks)[0]
    assert texts(budget.rows[1])[:3] == ["年度预算安排(万元)", "资金总额", "171.41"]
    assert budget.rows[1][0].rowspan == 3
    assert texts(budget.rows[2])[:3] == [None, "项目支出", "60.8"]
    assert texts(budget.rows[4])[:2] == ["年度总体目标", "目标1:确保本室各人员工资及福利的发放;"]
    indicators = tables(blocks)[1]
    assert texts(indicators.rows[0]) == ["一级指标", "二级指标", "三级指标", "指标解释", "目标值"]
    assert texts(indicators.rows[1]) == ["产出指标", "数量指标", "志鉴地情相关工作开展所需资金的供应时效", "100%(历史标准)", "100%"]
    # Merged 一级/二级 cells dropped by the page: the row keeps its three cells in order.
    assert texts(indicators.rows[2])[:3] == ["确保日常工作正常运行", "100%", "100%"]


def test_whole_table_on_one_spaced_line():
    blocks, source = real("15")
    assert source["rendering"] == "spaced"
    assert row_starting(blocks, "产出指标(50分)")[:4] == ["产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个"]
    assert row_starting(blocks, "时效指标")[:2] == ["时效指标", "提交报告及时性"]


def test_word_text_with_escaped_breaks():
    blocks, source = real("09")
    assert "escaped_breaks" in source["repairs"]
    every = [b.text for b in blocks if isinstance(b, Line)] + [
        c.text for t in tables(blocks) for r in t.rows for c in r if c is not None]
    assert every and not any("\\r\\n" in t or "\\u000B" in t for t in every)
    assert any(t.startswith("2.帮助其他教师提升能力素质") for t in every)


def test_traditional_mirror_read_back_to_simplified():
    blocks, source = real("05")
    assert source["repairs"] == ["traditional_mirror"]
    assert lines(blocks)[0] == "岳阳楼区价格认证鉴定中心2023年度整体绩效目标表"
    assert row_starting(blocks, "部门(单位)名称")[:2] == ["部门(单位)名称", "岳阳楼区价格认证鉴定中心"]
    assert row_starting(blocks, "社会效益指标")[3] == "应保尽保"
    assert row_starting(blocks, "一级指标")[7] == "*评(扣)分标准"  # a bracketed 扣 is text, not a reading


@pytest.mark.parametrize("name", ["seed.txt", "markdown_health_2021.md", "html_education_2022.html", "tsv_civil_2024.txt"])
def test_simplified_drafts_are_never_converted(name):
    _, source = read((DRAFTS / name).read_bytes(), name)
    assert "repairs" not in source


def test_a_few_brackets_or_traditional_words_do_not_make_a_mirror():
    text = "项目名称\t乡村道路(a)维护\n备注\t著作权(zhù)登记、乾隆年间古建筑修缮、發票\n一级指标\t二级指标\t指标值\n产出指标\t数量指标\t≥10个\n"
    blocks, source = blocks_of(text)
    assert "repairs" not in source
    assert texts(tables(blocks)[0].rows[1])[1] == "著作权(zhù)登记、乾隆年间古建筑修缮、發票"


def test_rendering_is_told_by_content_for_every_real_capture(tmp_path):
    expected = {"03": "markdown", "05": "pipe_lines", "06": "glued", "08": "glued", "14": "spaced", "15": "spaced", "16": "cell_lines"}
    for n, rendering in expected.items():
        renamed = tmp_path / f"capture_{n}.md"
        renamed.write_bytes((RENDER / f"real_{n}.txt").read_bytes())
        assert sniff(renamed.read_text(encoding="utf-8")) == rendering, n
