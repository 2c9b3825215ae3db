"""Hostile and broken Word/Excel files: refused in one line, before they cost time or memory.

Every file here is built at test time from a real sample: a zip bomb, entity
tricks (billion laughs, an external entity reading a local file), damaged and
password-protected files, and files whose name lies about their kind.
"""
from __future__ import annotations

import copy
import io
import json
import subprocess
import sys
import time
import zipfile

import pytest

from jixiao.extract import DraftError, Limits, extract_bytes
from jixiao.extract.office import excel, word
from tests.helpers import DRAFTS, ROOT

DOCX = DRAFTS / "tsv_civil_2024.docx"
XLSX = DRAFTS / "tsv_civil_2024.xlsx"
LAUGHS = ('<!DOCTYPE w:document [<!ENTITY a "lollollollollollollollollollol">'
          + "".join(f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefgh", "bcdefghi")) + "]>")


def rebuilt(path, replace: dict[str, bytes | str], *, extra: dict[str, bytes] | None = None) -> bytes:
    """The sample zip with some members replaced (or added)."""
    src, out = zipfile.ZipFile(path), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = replace.get(item.filename, src.read(item))
            dst.writestr(item.filename, body.encode("utf-8") if isinstance(body, str) else body)
        for name, body in (extra or {}).items():
            dst.writestr(name, body)
    return out.getvalue()


def refused(data: bytes, name: str, **kw) -> DraftError:
    with pytest.raises(DraftError) as info:
        extract_bytes(data, name, **kw).to_dict()
    assert "\n" not in str(info.value) and str(info.value).startswith(f"{name}: ")
    return info.value


def cli(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", str(path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


# ---------------------------------------------------------------- zip bombs
def _bomb_docx(megabytes: int) -> bytes:
    doc = zipfile.ZipFile(DOCX).read("word/document.xml").decode("utf-8")
    head, tail = doc.split("<w:body>", 1)
    filler = " " * (megabytes * 1024 * 1024)  # whitespace: valid XML, compresses ~1000-fold
    return rebuilt(DOCX, {"word/document.xml": head + "<w:body>" + filler + tail})


def test_zip_bomb_refused_from_the_zip_directory_before_inflating():
    data = _bomb_docx(40)
    assert len(data) < 400_000
    started = time.perf_counter()
    err = refused(data, "bomb.docx")
    assert time.perf_counter() - started < 2
    assert err.code == "too_large" and "decompression bomb" in err.reason and "word/document.xml" in err.reason


def test_total_inflated_size_over_the_limit_is_refused():
    err = refused((DRAFTS / "seed.docx").read_bytes(), "seed.docx", limits=Limits(max_inflated=512 * 1024))
    assert err.code == "too_large" and "over the 524288 bytes limit" in err.reason


def test_zip_bomb_through_the_cli_is_one_line(tmp_path):
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_bomb_docx(40))
    done = cli(bomb)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"jixiao: error: {bomb}: ")


# ---------------------------------------------------------------- XML entity tricks
def test_billion_laughs_refused():
    doc = zipfile.ZipFile(DOCX).read("word/document.xml").decode("utf-8")
    at = doc.index("<w:document")
    laughs = doc[:at] + LAUGHS + doc[at:].replace("<w:t>目  录</w:t>", "<w:t>&i;</w:t>", 1)
    data = rebuilt(DOCX, {"word/document.xml": laughs})
    err = refused(data, "laughs.docx")
    assert err.code == "hostile" and "word/document.xml" in err.reason
    # Without our check, python-docx's parser (lxml) does not expand it either: it stops.
    started = time.perf_counter()
    with pytest.raises(Exception, match="amplification|[Ee]ntit"):
        word.read(data)
    assert time.perf_counter() - started < 2


def _xxe_xlsx(secret_file) -> bytes:
    sheet = zipfile.ZipFile(XLSX).read("xl/worksheets/sheet1.xml").decode("utf-8")
    at = sheet.index("<worksheet")
    first_text = sheet.index("<t>")
    end = sheet.index("</t>", first_text)
    hostile = (sheet[:at] + f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
               + sheet[at:first_text] + "<t>&xxe;" + sheet[end:])
    return rebuilt(XLSX, {"xl/worksheets/sheet1.xml": hostile})


def test_external_entity_refused_and_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    data = _xxe_xlsx(secret)
    err = refused(data, "xxe.xlsx")
    assert err.code == "hostile" and "xl/worksheets/sheet1.xml" in err.reason
    # Without our check, the reader's own parser (entities not resolved, no network, no DTD) still leaks nothing.
    try:
        sheets = excel.read(data)
    except Exception as raised:  # noqa: BLE001 - any refusal will do; leaking the file will not
        assert "TOP-SECRET" not in str(raised)
    else:
        assert not any("TOP-SECRET" in text for s in sheets for text in s.cells.values())


# ---------------------------------------------------------------- damaged and locked
def test_truncated_docx_is_damaged():
    data = DOCX.read_bytes()
    err = refused(data[: len(data) // 2], "cut.docx")
    assert err.code == "damaged" and "damaged" in err.reason


def test_broken_xml_inside_a_docx_is_damaged():
    err = refused(rebuilt(DOCX, {"word/document.xml": "<w:document><w:body><w:p>"}), "broken.docx")
    assert err.code == "damaged" and err.reason.startswith("damaged Word file")


def test_broken_workbook_is_damaged():
    err = refused(rebuilt(XLSX, {"xl/workbook.xml": "<workbook><sheets><sheet"}), "broken.xlsx")
    assert err.code == "damaged" and err.reason.startswith("damaged Excel file")


def test_password_protected_xlsx_and_docx_are_named_as_such():
    from msoffcrypto.format.ooxml import OOXMLFile

    for path in (XLSX, DOCX):
        out = io.BytesIO()
        OOXMLFile(io.BytesIO(path.read_bytes())).encrypt("secret", out)
        assert out.getvalue()[:4] == b"\xd0\xcf\x11\xe0"  # an OLE2 container with EncryptionInfo
        err = refused(out.getvalue(), path.name)
        assert err.code == "encrypted" and "password-protected" in err.reason


def test_garbage_ole2_container_is_damaged():
    err = refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8, "junk.doc")
    assert err.code == "damaged"


def test_a_plain_zip_is_not_a_word_or_excel_file():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("readme.txt", "hello")
    err = refused(out.getvalue(), "drafts.zip")
    assert err.code == "unknown_format" and "zip archive" in err.reason


# ---------------------------------------------------------------- names that lie
def test_kind_is_sniffed_by_content_not_by_name(tmp_path):
    for source, name, kind in ((DOCX, "draft.zip", "docx"), (XLSX, "draft.xls", "xlsx"), (DOCX, "draft.xlsx", "docx"),
                               (XLSX, "draft", "xlsx")):
        path = tmp_path / name
        path.write_bytes(source.read_bytes())
        done = cli(path)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["source"]["format"] == kind


# ---------------------------------------------------------------- grids that would be huge
def _sheet_xml_patched(insert_cells: str, merges: str) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "标题"
    buf = io.BytesIO()
    wb.save(buf)
    sheet = zipfile.ZipFile(buf).read("xl/worksheets/sheet1.xml").decode("utf-8")
    sheet = sheet.replace("</sheetData>", insert_cells + "</sheetData>" + merges)
    src, out = zipfile.ZipFile(buf), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, sheet if item.filename == "xl/worksheets/sheet1.xml" else src.read(item))
    return out.getvalue()


def test_a_sheet_spanning_a_million_rows_is_refused_fast():
    far = '<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>尾</t></is></c></row>'
    data = _sheet_xml_patched(far, '<mergeCells count="1"><mergeCell ref="A1:B1048576"/></mergeCells>')
    started = time.perf_counter()
    err = refused(data, "huge.xlsx")
    assert time.perf_counter() - started < 5
    assert err.code == "too_large" and "too large for a draft" in err.reason


def test_a_merge_over_the_whole_sheet_costs_nothing():
    data = _sheet_xml_patched("", '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')
    started = time.perf_counter()
    err = refused(data, "merged.xlsx")  # readable, but one title is not a draft
    assert time.perf_counter() - started < 5
    assert err.code == "not_a_draft"


def test_a_word_table_of_huge_spans_is_refused():
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    table = d.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "一级指标"
    tc = table.rows[0]._tr.tc_lst[0]
    tc.get_or_add_tcPr().append(parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="1000"/>'))
    tr = table.rows[0]._tr
    for _ in range(1100):  # 1,100 rows of a 1,000-column span: over a million slots
        tr.addnext(copy.deepcopy(tr))
    buf = io.BytesIO()
    d.save(buf)
    err = refused(buf.getvalue(), "spans.docx")
    assert err.code == "too_large" and "table 1" in err.reason
