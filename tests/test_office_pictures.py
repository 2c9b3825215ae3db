"""Forms pasted into Word as pictures: the document's text is Word's, the form is a screenshot.

Real pictures (Chromium's screenshots of a form) in real .docx files (python-docx), read by
the real OCR: the form's rows come back from the picture, in its place among the paragraphs;
the part Word crops away is not read; a logo costs no OCR; without OCR the refusal says why.
"""
from __future__ import annotations

import io
import subprocess

import pytest
from docx import Document
from docx.shared import Cm
from lxml import etree

from tests.test_ocr_support import needs_ocr
from tests.test_review_browser import chromium
from tests.test_screenshots import ROWS, STYLE

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
HIDDEN_ROWS = [("产出指标", "数量指标", "新建村级文化广场", "≥15个"), ("效益指标", "社会效益指标", "群众文化活动参与率", "≥80%")]


def _form(title: str, code: str, rows, heading: bool = True) -> str:
    header = "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    return (f"<div class=form>{f'<p>{title}绩效目标表</p>' if heading else ''}<table><tr><td>项目名称</td><td colspan=3>{title}</td></tr>"
            f"<tr><td>项目编码</td><td colspan=3>{code}</td></tr><tr><td>金额单位</td><td colspan=3>万元</td></tr>"
            f"{header}{body}</table></div>")


def _screenshot(tmp_path, forms: list[str], height: int):
    css = STYLE + ("table{border-collapse:collapse;width:900px}td{border:1px solid #333;padding:8px 10px}"
                   f".form{{height:{height}px;overflow:hidden}}")
    page = tmp_path / "form.html"
    page.write_text(f"<!doctype html><html><head><meta charset=utf-8><style>{css}</style></head><body style='margin:0;padding:0 20px'>"
                    + "".join(forms) + "</body></html>", encoding="utf-8")
    png = tmp_path / "form.png"
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}",
                    f"--window-size=960,{height * len(forms)}", page.as_uri()],
                   capture_output=True, timeout=180, stdin=subprocess.DEVNULL)
    assert png.exists(), "chromium wrote no screenshot"
    return png


def _draft(tmp_path, picture, crop_bottom: int = 0, logo: bool = False):
    """Cover and goal text in Word, the form as an inline picture after them."""
    doc = Document()
    if logo:
        from PIL import Image

        buf = io.BytesIO()
        Image.new("RGB", (160, 60), (200, 30, 30)).save(buf, "PNG")
        doc.add_picture(io.BytesIO(buf.getvalue()), width=Cm(3))
    for text in ("县文化和旅游局", "2025年部门预算绩效文本", "第一部分  部门整体绩效目标", "一、总体绩效目标",
                 "繁荣发展公共文化事业，推进文化和旅游融合发展。", "第二部分  预算项目绩效目标"):
        doc.add_paragraph(text)
    doc.add_picture(str(picture), width=Cm(16))
    if crop_bottom:
        blip_fill = doc.element.body.findall(f".//{{{A}}}blip")[-1].getparent()
        rect = etree.SubElement(blip_fill, f"{{{A}}}srcRect")
        rect.set("b", str(crop_bottom))
        blip_fill.remove(rect)
        blip_fill.insert(1, rect)  # after a:blip, before a:stretch, as the schema orders them
    path = tmp_path / "draft.docx"
    doc.save(path)
    return path


def _rows(project) -> list[tuple]:
    return [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in project["indicators"]]


def test_a_form_pasted_as_a_picture_is_read_in_its_place(tmp_path):
    needs_ocr()
    from jixiao.extract import extract_file

    picture = _screenshot(tmp_path, [_form("乡村文化振兴项目", "WL-2025-03", ROWS)], 620)
    record = extract_file(str(_draft(tmp_path, picture))).to_dict()
    assert record["source"]["format"] == "docx" and record["source"]["ocr"] is True
    (project,) = record["projects"]
    assert project["code"] == "WL-2025-03" and project["unit"] == "万元"
    assert _rows(project) == ROWS
    assert project["title"] == "乡村文化振兴项目绩效目标表"
    # Word's own text is read as before, around the picture.
    assert record["document"]["department"] == "县文化和旅游局"
    assert "推进文化和旅游融合发展" in record["overall_goals"][0]


def test_what_word_crops_away_is_not_read(tmp_path):
    needs_ocr()
    from jixiao.extract import extract_file

    picture = _screenshot(tmp_path, [_form("乡村文化振兴项目", "WL-2025-03", ROWS),
                                     _form("村级文化广场建设项目", "WL-2025-09", HIDDEN_ROWS)], 620)
    whole = extract_file(str(_draft(tmp_path, picture))).to_dict()
    assert [p["code"] for p in whole["projects"]] == ["WL-2025-03", "WL-2025-09"]  # both are in the file
    cropped = extract_file(str(_draft(tmp_path, picture, crop_bottom=50_000))).to_dict()
    (project,) = cropped["projects"]
    assert project["code"] == "WL-2025-03" and _rows(project) == ROWS


def test_a_logo_is_not_read(tmp_path):
    needs_ocr()
    from jixiao.extract import extract_file

    picture = _screenshot(tmp_path, [_form("乡村文化振兴项目", "WL-2025-03", ROWS)], 620)
    record = extract_file(str(_draft(tmp_path, picture, logo=True))).to_dict()
    assert _rows(record["projects"][0]) == ROWS
    assert not [i for i in record["issues"] if "picture 1" in i["message"]]  # the logo was picture 1 in the file, and never read


def test_without_ocr_the_refusal_names_the_pictures(tmp_path):
    from jixiao.extract import DraftError, extract_file

    picture = _screenshot(tmp_path, [_form("乡村文化振兴项目", "WL-2025-03", ROWS)], 620)
    with pytest.raises(DraftError) as err:
        extract_file(str(_draft(tmp_path, picture)), ocr="never")
    assert "1 picture(s) that may be its forms" in err.value.reason and "--ocr never" in err.value.reason


def test_a_form_placed_over_a_sheets_cells_is_read_after_the_cells_above_it(tmp_path):
    needs_ocr()
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image as SheetImage

    from jixiao.extract import extract_file

    picture = _screenshot(tmp_path, [_form("乡村文化振兴项目", "WL-2025-03", ROWS)], 620)
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "县文化和旅游局2025年项目支出绩效目标表"
    sheet["A40"] = "填报人：王晓丽"
    sheet.add_image(SheetImage(str(picture)), "A3")
    path = tmp_path / "draft.xlsx"
    book.save(path)
    record = extract_file(str(path)).to_dict()
    assert record["source"]["format"] == "xlsx" and record["source"]["ocr"] is True
    assert record["document"]["title"] == "县文化和旅游局2025年项目支出绩效目标表"  # A1, above the picture
    (project,) = record["projects"]
    assert project["code"] == "WL-2025-03" and _rows(project) == ROWS


def test_a_photo_is_no_page_and_a_screenshot_or_a_grey_scan_is(tmp_path):
    import numpy as np
    from PIL import Image

    from jixiao.extract.office.pictures import looks_like_paper

    rng = np.random.default_rng(7)
    sky = np.linspace(60, 170, 600)[:, None, None] * np.ones((600, 800, 3))  # a site photo's sky and ground, in mid tones
    photo = Image.fromarray(np.clip(sky + rng.normal(0, 25, sky.shape), 0, 255).astype(np.uint8))
    assert not looks_like_paper(photo)
    screenshot = Image.open(_screenshot(tmp_path, [_form("乡村文化振兴项目", "WL-2025-03", ROWS)], 620))
    assert looks_like_paper(screenshot)
    grey_paper = Image.fromarray(np.clip(np.asarray(screenshot.convert("L"), dtype=np.int16) - 30, 0, 255).astype(np.uint8))
    assert looks_like_paper(grey_paper)  # a scan's grey paper (225 where the screen is white) is still paper


def test_pictures_in_a_layout_tables_cells_are_read_row_by_row_beside_their_captions(tmp_path):
    """附表1 | picture, 附表2 | picture: each caption titles the form beside it."""
    needs_ocr()
    from jixiao.extract import extract_file

    # The pictures hold no heading of their own: the captions title them.
    first = _screenshot(tmp_path, [_form("乡村文化振兴项目", "WL-2025-03", ROWS, heading=False)], 580)
    second_dir = tmp_path / "second"
    second_dir.mkdir()
    second = _screenshot(second_dir, [_form("村级文化广场建设项目", "WL-2025-09", HIDDEN_ROWS, heading=False)], 380)
    doc = Document()
    doc.add_paragraph("县文化和旅游局")
    doc.add_paragraph("2025年部门预算绩效文本")
    table = doc.add_table(rows=2, cols=2)
    for row, (caption, picture) in zip(table.rows, [("附表1 乡村文化振兴项目绩效目标表", first),
                                                     ("附表2 村级文化广场建设项目绩效目标表", second)]):
        row.cells[0].text = caption
        row.cells[1].paragraphs[0].add_run().add_picture(str(picture), width=Cm(12))
    path = tmp_path / "draft.docx"
    doc.save(path)
    record = extract_file(str(path)).to_dict()
    assert [(p["title"], p["code"], _rows(p)) for p in record["projects"]] == [
        ("乡村文化振兴项目绩效目标表", "WL-2025-03", ROWS), ("村级文化广场建设项目绩效目标表", "WL-2025-09", HIDDEN_ROWS)]
