"""Page furniture in a PDF: what repeats in the margins goes, the forms' own titles stay."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.extract import extract_file
from tests.drawn_forms import rule

FONT = "STSong-Light"
PROJECTS = [("热带特色高效农业发展补助", "新建标准化种植基地", "12个"), ("动物疫病防控", "家禽强制免疫数量", "≥62万羽"),
            ("农村集体经济发展扶持", "扶持村集体经济组织", "15个")]


def _draw(path: Path) -> None:
    """One form a page, its title at the very top of the page (in the margin band), under a
    running header and over a page number that repeat on every page."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w, h = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(w, h))
    for n, (name, level3, value) in enumerate(PROJECTS, start=1):
        c.setFont(FONT, 8)
        c.drawString(60, h - 18, "海口市美兰区农业农村局")
        c.setFont(FONT, 14)
        c.drawString(320, h - 40, "2024年度项目支出绩效目标表")
        c.setFont(FONT, 10.5)
        rows = [("项目名称", name, "", ""), ("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", level3, value)]
        xs = [60, 200, 340, 520, 700]
        ys = [h - 70 - 24 * i for i in range(len(rows) + 1)]
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                c.drawString(xs[col] + 4, ys[r] - 16, text)
        rule(c, xs, ys, 1)
        c.setFont(FONT, 9)
        c.drawString(w / 2 - 20, 20, f"第 {n} 页 共 {len(PROJECTS)} 页")
        c.showPage()
    c.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_form_title_repeated_at_the_top_of_every_page_is_each_forms_title(tmp_path, engine):
    path = tmp_path / "forms.pdf"
    _draw(path)
    record = extract_file(str(path), pdf_engine=engine).to_dict()
    assert [(p["title"], p["name"]) for p in record["projects"]] == [("2024年度项目支出绩效目标表", name) for name, _, _ in PROJECTS]
    assert [[(i["level3"], i["value_raw"]) for i in p["indicators"]] for p in record["projects"]] == \
        [[(level3, value)] for _, level3, value in PROJECTS]
    assert record["document"]["year"] == 2024


def test_a_print_date_stamped_in_the_margin_is_furniture():
    """A spreadsheet's page header (sheet name + 12/03/2026) or a browser's (12/3/26, 8:40 AM)."""
    from jixiao.extract.pdf.furniture import is_furniture

    for text in ("家庭医生签约12/03/2026", "12/3/26, 8:40 AM", "Page 1 8:40 PM"):
        assert is_furniture(text, 20, 30, 842, set()), text
    assert not is_furniture("编制日期：2024年1月22日", 20, 30, 842, set())
    assert not is_furniture("家庭医生签约12/03/2026", 400, 410, 842, set())  # in the body: not the margin's


def _draw_row_broken_over_the_page(path: Path) -> None:
    """Word lets a table row break across a page: the last row's 三级 name begins at the foot
    of page 1 (with its value and basis) and its last line stands alone at the top of page 2,
    under the repeated header row."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w, h = A4
    c = canvas.Canvas(str(path), pagesize=(w, h))
    xs = [50, 130, 230, 420, 500, 560]
    header = ("一级指标", "二级指标", "三级指标", "指标值", "依据")

    def page(rows: list[tuple[str, ...]], top: float) -> None:
        ys = [top]
        for row in rows:
            lines = max(len(t.split("\n")) for t in row)
            ys.append(ys[-1] - 20 * lines - 6)
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                for n, line in enumerate(text.split("\n")):
                    c.drawString(xs[col] + 3, ys[r] - 16 - 20 * n, line)
        for y in ys:
            c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, ys[0], x, ys[-1])

    c.setFont(FONT, 10)
    c.drawString(200, h - 40, "2024年项目支出绩效目标表")
    page([("项目名称", "基本公共卫生服务", "", "", ""), header,
          ("产出指标", "数量指标", "建立居民健康档案", "≥36万份", "计划标准")] +
         [("", "", f"家庭医生签约服务{k}", "≥80%", "行业标准") for k in range(24)] +
         [("效益指标", "社会效益指标", "居民知晓率较上年提高并纳\n入乡镇卫生院", "逐步提高", "计划标准")], h - 60)
    c.showPage()
    c.setFont(FONT, 10)
    page([header, ("", "", "年度绩效考核", "", ""), ("", "", "居民健康素养水平", "≥28%", "计划标准")], h - 60)
    c.showPage()
    c.save()


def test_a_row_that_breaks_across_the_page_is_one_indicator(tmp_path):
    path = tmp_path / "rowsplit.pdf"
    _draw_row_broken_over_the_page(path)
    indicators = extract_file(str(path)).to_dict()["projects"][0]["indicators"]
    names = [i["level3"] for i in indicators]
    assert "居民知晓率较上年提高并纳入乡镇卫生院年度绩效考核" in names
    assert names[-1] == "居民健康素养水平" and len(names) == 27
