"""A fillable PDF form whose values are in its fields (extract/pdf/forms.py), drawn here with
reportlab's AcroForm: labels and grid printed, the code, amounts and targets typed into fields."""
from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.extract import extract_file
from tests.drawn_forms import FONT, rule, titled_page



def _draw(path: Path) -> None:
    c, w, h = titled_page(path)
    xs = [60, 160, 300, 430, 540]
    rows = [("项目名称", "城市道路清扫保洁", None, None), ("项目编码", ("code", "BH-CG-2025-01"), None, None),
            ("年度资金总额", ("total", "1280.00"), None, None),
            ("一级指标", "二级指标", "三级指标", "指标值"),
            ("产出指标", "数量指标", "新能源清扫车辆", ("v1", "12")),
            ("产出指标", "质量指标", "道路机扫率", ("v2", "92%"))]
    ys = [h - 80 - 24 * i for i in range(len(rows) + 1)]
    for r, row in enumerate(rows):
        for col, cell in enumerate(row):
            if isinstance(cell, tuple):  # typed into a field: not in the page's own text
                name, value = cell
                c.acroForm.textfield(name=name, value=value, x=xs[col] + 2, y=ys[r + 1] + 2, width=xs[col + 1] - xs[col] - 4,
                                     height=20, borderWidth=0, fontName="Helvetica", fontSize=10, fillColor=None)
            elif cell:
                c.drawString(xs[col] + 4, ys[r] - 16, cell)
    rule(c, xs, ys, 3)
    c.showPage()
    c.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_fillable_forms_field_values_are_read_as_they_print(tmp_path, engine):
    path = tmp_path / "form.pdf"
    _draw(path)
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        assert "BH-CG-2025-01" not in (pdf.pages[0].extract_text() or "")  # only in the fields
    record = extract_file(str(path), pdf_engine=engine).to_dict()
    [project] = record["projects"]
    assert (project["name"], project["code"], project["budget_total"]) == ("城市道路清扫保洁", "BH-CG-2025-01", 1280)
    assert [(i["level3"], i["value_raw"]) for i in project["indicators"]] == [("新能源清扫车辆", "12"), ("道路机扫率", "92%")]
    assert any("fillable form" in w for w in record["source"]["warnings"])


def test_a_form_the_viewer_must_draw_keeps_the_characters_its_font_cannot_print(tmp_path):
    """Fields with values only (no appearance, NeedAppearances) in the page's CID font: pdfium
    draws ≥12 as 12, so the value is put back from the field (heldout14a b5)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject

    drawn = tmp_path / "drawn.pdf"
    _draw(drawn)
    writer = PdfWriter(clone_from=PdfReader(str(drawn)))
    page = writer.pages[0]
    font = next(ref for ref in page["/Resources"]["/Font"].values() if ref.get_object().get("/BaseFont") == "/" + FONT)
    values = {"v1": "≥12辆", "v2": "≤5%"}
    for ref in page["/Annots"]:
        widget = ref.get_object()
        widget.pop("/AP", None)
        widget[NameObject("/DA")] = TextStringObject("/STSong 10 Tf 0 g")
        name = str(widget.get("/T"))
        if name in values:
            widget[NameObject("/V")] = TextStringObject(values[name])
    form = writer._root_object["/AcroForm"]
    form[NameObject("/NeedAppearances")] = BooleanObject(True)
    form[NameObject("/DA")] = TextStringObject("/STSong 10 Tf 0 g")
    form[NameObject("/DR")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/STSong"): font})})
    path = tmp_path / "form.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    [project] = extract_file(str(path)).to_dict()["projects"]
    assert [(i["value_raw"], i["comparator"], i["value"]) for i in project["indicators"]] == [
        ("≥12辆", ">=", 12), ("≤5%", "<=", 5)]
    assert project["code"] == "BH-CG-2025-01"
