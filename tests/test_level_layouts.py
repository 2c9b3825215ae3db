"""Indicator tables whose levels are not columns of their own.

Forms print the framework's levels in other ways than one column per level: as banner rows
across the table (一、产出指标 over （一）数量指标 over the rows), outline-numbered (1 产出指标 /
1.1 数量指标 / 1.1.1 …), or both levels in one 指标类别 cell (产出指标-数量指标).
"""
from __future__ import annotations

from docx import Document

from jixiao import normalize
from jixiao.extract import extract_file

HEAD = ("项目名称", "黑土地保护利用项目", "项目编码", "734-2501-01")


def _docx(tmp_path, header: tuple[str, ...], rows: list[tuple[str, ...]], banners: set[int] = frozenset()):
    doc = Document()
    doc.add_paragraph("1、黑土地保护利用项目绩效目标表")
    table = doc.add_table(rows=2 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, text in enumerate(HEAD):
        table.cell(0, c).text = text
    for c, text in enumerate(header):
        table.cell(1, c).text = text
    for r, row in enumerate(rows, 2):
        if r - 2 in banners:  # one cell merged across the whole row
            table.cell(r, 0).merge(table.cell(r, len(header) - 1)).text = row[0]
            continue
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "form.docx"
    doc.save(path)
    (project,) = extract_file(str(path)).to_dict()["projects"]
    return project["indicators"]


def _levels(indicators):
    return [(i["level1_std"], i["level2_std"], i["level3"], i["value_raw"]) for i in indicators]


def test_banner_rows_head_the_rows_below_them(tmp_path):
    rows = [("一、产出指标",), ("（一）数量指标",), ("保护利用面积", "≥8.5万亩", "工作计划"), ("监测点", "24个", "工作计划"),
            ("（二）质量指标",), ("作业合格率", "≥95%", "行业标准"),
            ("二、成本指标",), ("（一）经济成本指标",), ("亩均补助标准", "≤45元/亩", "行业标准"),
            ("三、满意度指标",), ("（一）服务对象满意度指标",), ("种植户满意度", "≥90%", "历史标准")]
    banners = {i for i, row in enumerate(rows) if len(row) == 1}
    indicators = _docx(tmp_path, ("三级指标", "指标值", "指标值确定依据"), rows, banners)
    assert _levels(indicators) == [
        ("产出指标", "数量指标", "保护利用面积", "≥8.5万亩"), ("产出指标", "数量指标", "监测点", "24个"),
        ("产出指标", "质量指标", "作业合格率", "≥95%"), ("成本指标", "经济成本指标", "亩均补助标准", "≤45元/亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%")]
    assert indicators[0]["level1"] == "一、产出指标"  # as printed, numbering and all


def test_outline_numbered_levels_are_read_and_the_names_lose_their_numbers(tmp_path):
    rows = [("1 产出指标", "1.1 数量指标", "1.1.1 改造老旧小区数量", "23个"), ("", "1.2 质量指标", "1.2.1 验收合格率", "100%"),
            ("2 效益指标", "2.1 社会效益指标", "2.1.1 居民居住条件", "明显改善")]
    indicators = _docx(tmp_path, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    assert _levels(indicators) == [("产出指标", "数量指标", "改造老旧小区数量", "23个"),
                                   ("产出指标", "质量指标", "验收合格率", "100%"),
                                   ("效益指标", "社会效益指标", "居民居住条件", "明显改善")]


def test_both_levels_in_one_cell_are_parted(tmp_path):
    rows = [("产出指标-数量指标", "防火检查站运行数量", "14个"), ("产出指标／时效指标", "火情报告时间", "≤30分钟"),
            ("满意度指标＞服务对象满意度指标", "群众满意度", "≥90%")]
    indicators = _docx(tmp_path, ("指标类别", "三级指标", "指标值"), rows)
    assert [(i["level1"], i["level2"]) for i in indicators] == [
        ("产出指标", "数量指标"), ("产出指标", "时效指标"), ("满意度指标", "服务对象满意度指标")]
    assert _levels(indicators)[1] == ("产出指标", "时效指标", "火情报告时间", "≤30分钟")


def test_a_level_names_numbering_is_not_its_name():
    assert [normalize.level(t, depth=1) for t in ("1 产出指标", "一级：产出指标", "一、产出指标", "1.产出指标")] == ["产出指标"] * 4
    assert [normalize.level(t, depth=2) for t in ("1.1 数量指标", "（一）数量指标", "二级:质量指标")] == ["数量指标", "数量指标", "质量指标"]
    # a name that only starts with a number is no level (2.5米 is a quantity, not an outline)
    assert normalize.level("2产品") is None
