"""Two forms side by side on one landscape page (extract/pdf/columns.py), drawn here with
reportlab: a headline across both, then each form under its own title."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.extract import extract_file
from tests.drawn_forms import rule

FONT = "STSong-Light"
FORMS = [
    ("公共文化服务配送", "185.00", [("产出指标", "数量指标", "配送文艺演出", "≥180场"),
                                  ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]),
    ("历史风貌区文物保护", "326.50", [("产出指标", "数量指标", "文物日常巡查", "≥1200次"),
                                    ("效益指标", "社会效益指标", "文物安全责任事故", "0起")]),
]


def _draw(path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w, h = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(w, h))
    c.setFont(FONT, 15)
    c.drawCentredString(w / 2, h - 36, "上海市黄浦区文化和旅游局2025年度项目支出绩效目标")
    for k, (name, total, rows) in enumerate(FORMS):
        left = 30 + k * 400
        c.setFont(FONT, 12)
        c.drawString(left + 100, h - 66, "项目支出绩效目标表")
        c.setFont(FONT, 9)
        grid = [("项目名称", name, "", ""), ("年度资金总额", total, "", ""),
                ("一级指标", "二级指标", "三级指标", "指标值")] + rows
        xs = [left, left + 70, left + 160, left + 290, left + 370]
        ys = [h - 80 - 20 * i for i in range(len(grid) + 1)]
        for r, row in enumerate(grid):
            for col, text in enumerate(row):
                c.drawString(xs[col] + 3, ys[r] - 14, text)
        rule(c, xs, ys, 2)
    c.showPage()
    c.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_two_forms_side_by_side_are_read_one_after_the_other(tmp_path, engine):
    path = tmp_path / "side_by_side.pdf"
    _draw(path)
    record = extract_file(str(path), pdf_engine=engine).to_dict()
    assert (record["document"]["department"], record["document"]["year"]) == ("上海市黄浦区文化和旅游局", 2025)
    got = [(p["title"], p["name"], p["budget_total"], [(i["level1"], i["level2"], i["level3"], i["value_raw"])
                                                        for i in p["indicators"]]) for p in record["projects"]]
    assert got == [("项目支出绩效目标表", name, float(total), rows) for name, total, rows in FORMS]
