"""A PDF viewer's page saved as HTML (pdf.js, kkFileView): the form is only text runs placed
by left/top, its grid gone with the canvas. Pages laid out here as pdf.js writes them."""
from __future__ import annotations

import pytest

from jixiao.extract import extract_bytes
from jixiao.extract.text import textlayer

ROW = 24.0  # px between rows
SIZE = 12


def _span(text: str, left: float, top: float, size: int = SIZE, style: str = "px") -> str:
    if style == "calc":
        where = f"left: calc(var(--scale-factor)*{left:.2f}px); top: calc(var(--scale-factor)*{top:.2f}px); " \
                f"font-size: calc(var(--scale-factor)*{size:.2f}px)"
    else:
        where = f"left: {left:.2f}px; top: {top:.2f}px; font-size: {size}px"
    return f'<span role="presentation" dir="ltr" style="{where}; font-family: sans-serif; transform: scaleX(0.98);">{text}</span>'


def _centred(text: str, left: float, right: float, top: float, size: int = SIZE, style: str = "px") -> str:
    width = sum(size if ord(ch) > 0x2000 else 0.55 * size for ch in text)
    return _span(text, (left + right - width) / 2, top, size, style)


COLUMNS = [(60, 150), (150, 260), (260, 520), (520, 680)]
# (一级, 二级, 三级, sign, value): a level name where its merged cell starts
INDICATORS = [
    ("产出指标", "数量指标", "改造老旧供水管网长度", "≥", "46公里"),
    (None, None, "新建村级蓄水池", "", "12座"),
    (None, None, "受益人口", "≥", "3.2万人"),
    (None, "质量指标", "水质达标率", "", "100%"),
    (None, "时效指标", "项目完工时间", "", "2025年11月底前"),
    ("效益指标", "社会效益指标", "农村供水保障水平", "", "明显提升"),
    (None, "可持续影响指标", "工程运行管护机制", "", "长效运行"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "95%"),
]


def _runs(indicators: list[tuple], column: int) -> list[tuple[str, int, int]]:
    """(name, first row, rows) of each merged cell of a level column."""
    out = []
    for r, row in enumerate(indicators):
        if row[column]:
            out.append([row[column], r, 1])
        elif out:
            out[-1][2] += 1
    return [tuple(x) for x in out]


def _page(number: int, *, centred: bool, style: str = "px", indicators: list[tuple] = INDICATORS,
          continued: bool = False, signed: bool = True) -> str:
    if continued:  # the form's rows go on at the top of the page: no title, no header
        return _form_page(number, _rows_spans(indicators, 60, centred, style), style, signed, len(indicators), 60)
    spans = [_centred("2025年度项目支出绩效目标表", 60, 680, 60, 17, style),
             _span("部门编码：420802", 60, 96, style=style), _span("部门名称：荆门市东宝区水利和湖泊局", 250, 96, style=style),
             _span("单位：万元", 620, 96, style=style),
             _centred("项目名称", 60, 150, 126, style=style), _span("农村饮水安全巩固提升", 156, 126, style=style),
             _centred("项目编码", 60, 150, 156, style=style), _span("42080225", 156, 150, style=style),
             _span("0012", 156, 163, style=style), _centred("实施单位", 260, 360, 156, style=style),
             _span("荆门市东宝区农村供水服务中心", 366, 156, style=style),
             _centred("年度资金总额", 150, 300, 186, style=style), _span("1,356.00", 420, 186, style=style),
             _centred("年度绩效目标", 60, 150, 222, style=style),
             _span("1.改造老旧供水管网46公里，新建村级蓄水池12座；", 156, 216, style=style),
             _span("2.65岁以上老人集中居住点全部通自来水。", 156, 229, style=style)]
    header_top = 256
    spans += [_centred(t, a, b, header_top, 14, style) for t, (a, b) in zip(("一级指标", "二级指标", "三级指标", "指标值"), COLUMNS)]
    spans += _rows_spans(indicators, header_top + ROW, centred, style)
    return _form_page(number, spans, style, signed, len(indicators), header_top + ROW)


def _rows_spans(indicators: list[tuple], first: float, centred: bool, style: str) -> list[str]:
    spans = []
    for r, (_, _, name, sign, value) in enumerate(indicators):
        top = first + r * ROW
        spans.append(_centred(name, *COLUMNS[2], top, style=style))
        if sign:
            spans.append(_span(sign, 580, top, style=style))
        spans.append(_span(value, 588, top, style=style))
    for column in (0, 1):
        for name, start, rows in _runs(indicators, column):
            top = first + start * ROW + ((rows - 1) * ROW / 2 if centred else 0)
            if name == "服务对象满意度指标":  # wrapped in its narrow cell
                spans += [_centred("服务对象满意", *COLUMNS[column], top - 6.5, style=style),
                          _centred("度指标", *COLUMNS[column], top + 6.5, style=style)]
            else:
                spans.append(_centred(name, *COLUMNS[column], top, style=style))
    return spans


def _form_page(number: int, spans: list[str], style: str, signed: bool, rows: int = 0, first: float = 0) -> str:
    if signed:
        spans = spans + [_span("填报人：周敏　联系电话：0724-2356718", 60, first + rows * ROW + 30, style=style)]
    spans = spans + [_span(f"第 {number} 页", 330, 1083, style=style)]
    return (f'<div class="page" data-page-number="{number}" style="width: 794px; height: 1123px;">'
            '<div class="canvasWrapper"><canvas width="1588" height="2246"></canvas></div>'
            '<div class="textLayer">' + "\n".join(spans) + "</div></div>")


def _viewer(*pages: str) -> bytes:
    return ('<!DOCTYPE html><html dir="ltr"><head><meta charset="utf-8"><title>东宝区水利局项目绩效目标表.pdf</title></head>'
            '<body><div id="outerContainer"><div class="toolbar"><span id="numPages">/ 1</span><button>下载</button></div>'
            '<div id="viewer" class="pdfViewer">' + "".join(pages) + "</div></div></body></html>").encode()


def _rows(record: dict) -> list[tuple]:
    return [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in record["projects"][0]["indicators"]]


EXPECTED = [(("产出指标", "数量指标", "改造老旧供水管网长度", "≥46公里")), ("产出指标", "数量指标", "新建村级蓄水池", "12座"),
            ("产出指标", "数量指标", "受益人口", "≥3.2万人"), ("产出指标", "质量指标", "水质达标率", "100%"),
            ("产出指标", "时效指标", "项目完工时间", "2025年11月底前"), ("效益指标", "社会效益指标", "农村供水保障水平", "明显提升"),
            ("效益指标", "可持续影响指标", "工程运行管护机制", "长效运行"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%")]


@pytest.mark.parametrize("centred", [True, False], ids=["names centred over their run", "names on the first row"])
def test_a_viewer_page_is_read_as_the_form_it_shows(centred):
    record = extract_bytes(_viewer(_page(1, centred=centred)), "preview.html").to_dict()
    assert _rows(record) == EXPECTED
    project = record["projects"][0]
    assert (project["name"], project["code"], project["implementing_unit"], project["budget_total"]) == (
        "农村饮水安全巩固提升", "420802250012", "荆门市东宝区农村供水服务中心", 1356)
    # A goal list wrapped line by line still splits; 2.65岁 opens item 2 after item 1's ；.
    assert project["goals"] == ["改造老旧供水管网46公里，新建村级蓄水池12座；", "65岁以上老人集中居住点全部通自来水。"]
    assert (record["document"]["department_code"], record["document"]["title"]) == ("420802", "2025年度项目支出绩效目标表")


def test_newer_pdfjs_positions_by_scale_factor_read_the_same():
    page = _page(1, centred=True, style="calc")
    assert "calc(var(--scale-factor)" in page
    assert _rows(extract_bytes(_viewer(page), "preview.html").to_dict()) == EXPECTED


def test_a_styled_article_is_not_taken_for_a_viewer_page():
    # Positioned spans without a text layer (a badge, a counter) leave the page to the HTML reader.
    article = ("<html><body><div class='textlayer-note'>说明</div>" + "".join(
        f'<span style="position:absolute;left:{k}px;top:{k}px">{k}</span>' for k in range(5)) + "</body></html>")
    assert not textlayer.looks_like(article)


def test_names_centred_over_odd_runs_only_are_told_by_the_first_row():
    # Every run of three rows or one: each centred name stands on a row, the first one below
    # the first row (read as "names on the first row", the rows above it would have none).
    odd = [("产出指标", "数量指标", "改造老旧供水管网长度", "≥", "46公里"), (None, None, "新建村级蓄水池", "", "12座"),
           (None, None, "受益人口", "≥", "3.2万人"), ("效益指标", "社会效益指标", "农村供水保障水平", "", "明显提升"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "95%")]
    record = extract_bytes(_viewer(_page(1, centred=True, indicators=odd)), "preview.html").to_dict()
    assert [(i["level1"], i["level2"]) for i in record["projects"][0]["indicators"]] == [
        ("产出指标", "数量指标")] * 3 + [("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标")]


def test_a_form_that_runs_over_the_page_goes_on_under_its_header():
    # The page break falls after 质量指标's row: the next page goes on with rows only, the
    # merged 一级 name printed again at the top (a viewer shows the PDF page by page).
    first = _page(1, centred=False, indicators=INDICATORS[:4], signed=False)
    rest = [("产出指标", "时效指标", *INDICATORS[4][2:])] + INDICATORS[5:]
    record = extract_bytes(_viewer(first, _page(2, centred=False, indicators=rest, continued=True)), "preview.html").to_dict()
    assert _rows(record) == EXPECTED
    assert [i["page"] for i in record["projects"][0]["indicators"]] == [1] * 4 + [2] * 4
