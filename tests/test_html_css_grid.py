"""A form a CMS lays out with CSS grid <div>s (no table markup), and the headline of the page
that publishes it. Pages written here as such CMSs write them."""
from __future__ import annotations

from jixiao.extract import extract_bytes
from jixiao.extract.blocks import Cell
from jixiao.extract.text import css_grid, html


def _placed(spans: list[str], width: int) -> list[tuple[int, int, str]]:
    items = [css_grid.Item(Cell(str(k)), css_grid.declarations(style)) for k, style in enumerate(spans)]
    return [(r, c, cell.text) for r, c, cell in css_grid.place(items, width)]


def test_cells_go_where_css_auto_placement_puts_them():
    # A 一级 cell over 3 rows, a 二级 over 2: the cells after them fill the free columns,
    # row by row, as a browser places them.
    spans = ["grid-row:span 3", "grid-row:span 2", "", "", "", "", "", "grid-column:span 2"]
    assert _placed(spans, 4) == [(0, 0, "0"), (0, 1, "1"), (0, 2, "2"), (0, 3, "3"),
                                 (1, 2, "4"), (1, 3, "5"), (2, 1, "6"), (2, 2, "7")]


def test_explicit_lines_place_a_cell_and_the_rest_flow_around_it():
    spans = ["grid-column: 2 / 4; grid-row: 1", "", "", ""]
    assert _placed(spans, 3) == [(0, 0, "1"), (0, 1, "0"), (1, 0, "2"), (1, 1, "3")]
    assert css_grid.columns(css_grid.declarations("display:grid;grid-template-columns:repeat(3, minmax(0, 1fr)) 30%")) == 4
    assert css_grid.columns(css_grid.declarations("display:flex")) is None


GRID_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>某区人民政府</title>
<style>.topbar{background:#036}.bd{display:grid;grid-template-columns:12% 18% 40% 30%}
.bd .c{border:1px solid #000}.c.r6{grid-row:span 6}.c.r3{grid-row:span 3}.wide{grid-column:span 3}</style></head>
<body><div class="topbar">政务公开</div>
<h1>荆门市东宝区水利和湖泊局2025年度项目支出绩效目标公开</h1>
<div class="form-title">2025年度项目支出绩效目标表</div>
<div class="bd">
<div class="c">项目名称</div><div class="c wide">农村饮水安全巩固提升</div>
<div class="c">年度资金总额</div><div class="c wide">1,356.00</div>
<div class="c">年度绩效目标</div><div class="c wide">1.改造供水管网46公里；<br>2.农村自来水普及率达到98%。</div>
<div class="c">一级指标</div><div class="c">二级指标</div><div class="c">三级指标</div><div class="c">指标值</div>
<div class="c r6">产出指标</div><div class="c r3">数量指标</div><div class="c">改造供水管网长度</div><div class="c">≥46公里</div>
<div class="c">新建蓄水池</div><div class="c">12座</div>
<div class="c">受益人口</div><div class="c">≥3.2万人</div>
<div class="c">质量指标</div><div class="c">水质达标率</div><div class="c">100%</div>
<div class="c">时效指标</div><div class="c">完工时间</div><div class="c">2025年11月底前</div>
<div class="c">成本指标</div><div class="c">管网单位成本</div><div class="c">≤18万元/公里</div>
<div class="c">满意度指标</div><div class="c">服务对象满意度指标</div><div class="c">受益群众满意度</div><div class="c">≥95%</div>
</div></body></html>"""


def test_a_css_grid_form_is_read_as_the_table_it_shows():
    [table] = [b for b in html.read(GRID_PAGE) if hasattr(b, "rows")]
    texts = [[c.text if c else None for c in row] for row in table.rows]
    assert texts[0] == ["项目名称", "农村饮水安全巩固提升", None, None]
    assert texts[4] == ["产出指标", "数量指标", "改造供水管网长度", "≥46公里"]
    assert texts[5] == [None, None, "新建蓄水池", "12座"]
    assert texts[7] == [None, "质量指标", "水质达标率", "100%"]

    record = extract_bytes(GRID_PAGE.encode(), "page.html").to_dict()
    [project] = record["projects"]
    assert (project["name"], project["budget_total"]) == ("农村饮水安全巩固提升", 1356)
    assert project["goals"] == ["改造供水管网46公里；", "农村自来水普及率达到98%。"]
    assert [(i["level1"], i["level2"], i["level3"]) for i in project["indicators"]][2:5] == [
        ("产出指标", "数量指标", "受益人口"), ("产出指标", "质量指标", "水质达标率"), ("产出指标", "时效指标", "完工时间")]
    assert project["indicators"][-1]["level1"] == "满意度指标"
    assert len(project["indicators"]) == 7
    # The page publishes the form; the form prints its own dated title: the document's title.
    assert record["document"]["title"] == "2025年度项目支出绩效目标表"
    assert record["document"]["department"] == "荆门市东宝区水利和湖泊局"


def test_a_publication_headline_stays_the_title_over_an_undated_form_title():
    page = GRID_PAGE.replace('<div class="form-title">2025年度项目支出绩效目标表</div>',
                             '<div class="form-title">项目支出绩效目标表</div>')
    record = extract_bytes(page.encode(), "page.html").to_dict()
    assert record["document"]["title"] == "荆门市东宝区水利和湖泊局2025年度项目支出绩效目标公开"


def test_a_columns_label_before_a_headline_and_a_short_name_give_way_to_the_forms():
    # A public account's headline: its column (信息公开｜), the department's short name.
    page = GRID_PAGE.replace("<h1>荆门市东宝区水利和湖泊局2025年度项目支出绩效目标公开</h1>",
                             "<h1>信息公开｜东宝区水利和湖泊局2025年项目支出绩效目标</h1>"
                             "<p>部门名称：荆门市东宝区水利和湖泊局　部门编码：420802</p>")
    page = page.replace('<div class="c">年度资金总额</div>',
                        '<div class="c">主管部门</div><div class="c wide">荆门市东宝区水利和湖泊局</div>'
                        '<div class="c">年度资金总额</div>')
    record = extract_bytes(page.encode(), "page.html").to_dict()
    assert record["document"]["department"] == "荆门市东宝区水利和湖泊局"
    assert record["document"]["title"] == "2025年度项目支出绩效目标表"
