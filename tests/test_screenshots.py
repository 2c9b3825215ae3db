"""Screenshots of a form, as Chromium draws it: light-grey 1-px borders, or none at all.

Real pages rendered by the real browser, then read as image files: a portal table whose
borders are #ccc (lighter than the text's threshold), and a web system's data grid that
tells its rows apart by zebra shading only, under a label/value block and over a pager.
"""
from __future__ import annotations

import subprocess

import pytest

from tests.test_ocr_support import needs_ocr
from tests.test_review_browser import chromium

ROWS = [  # 一级, 二级, 三级, 指标值: typed here, the facts the picture must give back
    ("产出指标", "数量指标", "培训基层干部人数", "≥1200人"),
    ("产出指标", "数量指标", "开设培训班次", "≥24期"),
    ("产出指标", "质量指标", "培训考核合格率", "≥95%"),
    ("产出指标", "时效指标", "培训完成时间", "2025年11月底前"),
    ("效益指标", "社会效益指标", "干部履职能力", "明显提升"),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
]
STYLE = "body{font-family:'Noto Sans CJK SC';font-size:15px;color:#303133;margin:24px;background:#fff}"


def _header_block(ruled: bool) -> str:
    pairs = [("项目名称", "基层干部教育培训项目"), ("项目编码", "GBPX-2025-07"), ("预算数", "86.00"),
             ("其中：财政资金", "86.00"), ("金额单位", "万元")]
    if ruled:
        return "".join(f"<tr><td>{k}</td><td colspan=3>{v}</td></tr>" for k, v in pairs)
    return "<div class=kv>" + "".join(f"<div><span class=k>{k}</span><span>{v}</span></div>" for k, v in pairs) + "</div>"


def _page(ruled: bool) -> str:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in ROWS)
    header = "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
    if ruled:
        css = STYLE + "table{border-collapse:collapse;width:900px}td{border:1px solid #ccc;padding:8px 10px}"
        body = f"<table>{_header_block(True)}{header}{rows}</table>"
    else:
        css = STYLE + (".kv div{margin:10px 0}.kv .k{display:inline-block;width:140px;text-align:right;"
                       "margin-right:12px;color:#606266}table{border-collapse:collapse;width:900px}"
                       "td{padding:12px 10px;border:none}tr:nth-child(even){background:#f4f6f9}"
                       ".pager{text-align:right;width:900px;color:#606266;margin-top:14px}")
        body = (f"{_header_block(False)}<div>＋ 新增指标　导出　打印</div><table>{header}{rows}</table>"
                "<div class=pager>共 6 条　10条/页　&lt; 1 &gt;</div>")
    return (f"<!doctype html><html><head><meta charset=utf-8><style>{css}</style></head><body>"
            f"<h3>2025年部门预算项目绩效目标表</h3><p>基层干部教育培训项目绩效目标表</p>{body}</body></html>")


def _shot(tmp_path, ruled: bool):
    page = tmp_path / "form.html"
    page.write_text(_page(ruled), encoding="utf-8")
    png = tmp_path / "form.png"
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}", "--window-size=1000,900",
                    page.as_uri()], capture_output=True, timeout=180, stdin=subprocess.DEVNULL)
    assert png.exists(), "chromium wrote no screenshot"
    return png


@pytest.mark.parametrize("ruled", [True, False], ids=["borders-ccc", "zebra-no-borders"])
def test_a_screenshot_of_a_form_reads_as_the_form(tmp_path, ruled):
    needs_ocr()
    from jixiao.extract import extract_file

    record = extract_file(str(_shot(tmp_path, ruled))).to_dict()
    project = record["projects"][0]
    assert project["code"] == "GBPX-2025-07" and project["budget_total"] == 86.0 and project["unit"] == "万元"
    read = [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in project["indicators"]]
    assert read == ROWS


def _websystem_page() -> str:
    """A budget system's edit screen: labels beside input boxes, a comparator column, a total
    under the grid, the page's scroll bar down its right edge."""
    boxes = [("项目名称", "基层干部教育培训项目"), ("项目编码", "GBPX-2025-07"), ("预算年度", "2025"),
             ("资金总额（万元）", "86.00"), ("财政拨款（万元）", "86.00")]
    block = "".join(f"<div class=f><span class=k>{k}</span><span class=box>{v}</span></div>" for k, v in boxes)
    signs = {"≥": "≥", "≤": "≤"}
    rows = ""
    for k, (a, b, c, d) in enumerate(ROWS, 1):
        sign = signs.get(d[:1], "定性")  # every target here is ≥, or words and a date
        rows += f"<tr><td>{k}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{sign}</td><td>{d.lstrip('≥≤')}</td><td>编辑</td></tr>"
    css = STYLE + (".f{margin:10px 0}.k{display:inline-block;width:150px;color:#606266}"
                   ".box{display:inline-block;width:360px;border:1px solid #dcdfe6;background:#f5f7fa;padding:6px 10px}"
                   "table{border-collapse:collapse;width:900px}td{padding:10px 8px;border-bottom:1px solid #ebeef5}"
                   ".bar{position:fixed;right:0;top:0;width:12px;height:100%;background:#c1c1c1}")
    header = "<tr><td>序号</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>操作</td></tr>"
    return (f"<!doctype html><html><head><meta charset=utf-8><style>{css}</style></head><body><div class=bar></div>"
            f"<h3>项目支出绩效目标申报</h3>{block}<p>绩效指标</p><table>{header}{rows}</table>"
            f"<p>权重合计：100分</p></body></html>")


def test_a_budget_systems_edit_screen_reads_as_the_form(tmp_path):
    needs_ocr()
    from jixiao.extract import extract_file

    page = tmp_path / "form.html"
    page.write_text(_websystem_page(), encoding="utf-8")
    png = tmp_path / "form.png"
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}", "--window-size=1000,1100",
                    page.as_uri()], capture_output=True, timeout=180, stdin=subprocess.DEVNULL)
    record = extract_file(str(png)).to_dict()
    assert record["document"]["title"] == "项目支出绩效目标申报" and record["document"]["year"] == 2025
    project = record["projects"][0]
    assert project["code"] == "GBPX-2025-07" and project["budget_total"] == 86.0
    read = [(i["level1"], i["level2"], i["level3"], i["comparator"], i["value"], i["unit"]) for i in project["indicators"]]
    assert read == [
        ("产出指标", "数量指标", "培训基层干部人数", ">=", 1200.0, "人"),
        ("产出指标", "数量指标", "开设培训班次", ">=", 24.0, "期"),
        ("产出指标", "质量指标", "培训考核合格率", ">=", 95.0, "%"),
        ("产出指标", "时效指标", "培训完成时间", None, None, None),
        ("效益指标", "社会效益指标", "干部履职能力", None, None, None),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", ">=", 90.0, "%"),
    ]
