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
