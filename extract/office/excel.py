"""Excel (.xlsx) workbooks, read straight from their XML parts: every sheet as a ``Sheet``.

A draft needs little of a workbook: each sheet's name and visibility, the cached
value and number format of every cell, merged ranges, hidden rows and columns.
All of it sits in five kinds of parts (the workbook and its relationships, the
shared strings, the styles' number formats, the sheets), read here with lxml
in one streaming pass per sheet.  openpyxl reads the same parts but costs a
whole process more than the extraction itself (its import pulls in numpy and
its object model), measured in benchmarks/bench_office.py.

Values are the ones the workbook cached: a formula shows its last computed
result, as the printed draft did.  Numbers are shown through their format
(``numfmt``), dates included (Excel stores them as day serials).
"""
from __future__ import annotations

import datetime as dt

from lxml import etree

from jixiao.extract.office.numfmt import BUILTIN, ZH_CN_BUILTIN, shown
from jixiao.extract.office.package import OFFICE_DOCUMENT, Package, related
from jixiao.extract.office.sheet import Sheet
from jixiao.normalize import lazy_regex

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_ROW, _COL, _MERGE, _C, _V, _IS, _T, _RPH, _F = (f"{_MAIN}{t}" for t in ("row", "col", "mergeCell", "c", "v", "is", "t", "rPh",
                                                                      "f"))
# A "formula" with Chinese outside quotes computes nothing: text typed with a leading = (=3000元/人)
# that a tool stored as a formula, without a cached value.
_TYPED_TEXT = lazy_regex.compile(r'^(?:[^"]|"[^"]*")*?\p{Han}')
_SHARED_STRINGS, _STYLES, _WORKSHEET = "/sharedStrings", "/styles", "/worksheet"
_MAX_COL = 16384
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$"
_SAFE = dict(resolve_entities=False, no_network=True, load_dtd=False)


def read(data: bytes) -> list[Sheet]:
    pkg = Package(data)
    workbook = pkg.main_part("xl/workbook.xml")
    rels = pkg.rels(workbook)
    root = pkg.xml(workbook)
    pr = root.find(f"{_MAIN}workbookPr")
    date1904 = pr is not None and pr.get("date1904") in ("1", "true")
    strings = _shared_strings(pkg, related(rels, _SHARED_STRINGS))
    formats = _formats(pkg, related(rels, _STYLES))
    sheets = []
    areas = _print_areas(root)
    for index, el in enumerate(root.iter(f"{_MAIN}sheet")):
        kind, part = rels.get(el.get(f"{_REL}id"), ("", ""))
        if not kind.endswith(_WORKSHEET) or part not in pkg.names:
            continue  # a chart sheet or a dialog sheet holds no cells
        sheet = Sheet(el.get("name") or "", state=el.get("state") or "visible", print_area=areas.get(index, []))
        with pkg.open(part) as src:
            _read_sheet(src, sheet, strings, formats, date1904)
        sheet.pictures = _pictures(pkg, part)
        sheets.append(sheet)
    return sheets


_DRAWING = "/drawing"
_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"


def _pictures(pkg: Package, sheet_part: str) -> list[tuple[int, bytes, tuple[float, float, float, float]]]:
    """The pictures placed over a sheet (its drawing part): the 1-based row each is anchored
    at, its bytes and its crop. Charts and shapes in the same part are not pictures."""
    from jixiao.extract.office.pictures import BLIP, crop_of_blip

    out = []
    for kind, drawing in pkg.rels(sheet_part).values():
        if not kind.endswith(_DRAWING) or drawing not in pkg.names:
            continue
        media = pkg.rels(drawing)
        for anchor in pkg.xml(drawing):
            row = anchor.findtext(f"{_XDR}from/{_XDR}row")
            for blip in anchor.iter(BLIP):
                _, image = media.get(blip.get(f"{_REL}embed") or "", ("", ""))
                if image in pkg.names:
                    at = int(row) + 1 if row and row.strip().isdigit() else 1
                    out.append((at, pkg.zip.read(image), crop_of_blip(blip)))
    return out


def _shared_strings(pkg: Package, part: str | None) -> list[str]:
    if not part or part not in pkg.names:
        return []
    out = []
    with pkg.open(part) as src:
        for _, si in etree.iterparse(src, tag=f"{_MAIN}si", **_SAFE):
            out.append(_text(si))
            si.clear()
    return out


def _formats(pkg: Package, part: str | None) -> list[str]:
    """The number format of each cell style (a cell's ``s`` attribute), by index."""
    if not part or part not in pkg.names:
        return []
    root = pkg.xml(part)
    custom = {}
    for fmt in root.iter(f"{_MAIN}numFmt"):
        try:
            custom[int(fmt.get("numFmtId"))] = fmt.get("formatCode") or "General"
        except (TypeError, ValueError):
            continue
    out = []
    xfs = root.find(f"{_MAIN}cellXfs")
    for xf in (xfs if xfs is not None else ()):
        try:
            fmt_id = int(xf.get("numFmtId") or 0)
        except ValueError:
            fmt_id = 0
        # Built-in ids Chinese Excel shows in its own way; a code the workbook writes out wins.
        out.append(custom.get(fmt_id) or ZH_CN_BUILTIN.get(fmt_id) or BUILTIN.get(fmt_id, "General"))
    return out


def _text(el) -> str:
    """A shared or inline string: its text runs, without the phonetic guide (rPh)."""
    out = []
    for t in el.iter(_T):
        parent = t.getparent()
        if parent is not None and parent.tag == _RPH:
            continue
        out.append(t.text or "")
    return "".join(out)


def _column(ref: str) -> int:
    n = 0
    for ch in ref.replace("$", ""):
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        elif "a" <= ch <= "z":
            n = n * 26 + ord(ch) - 96
        else:
            break
    return n


def _read_sheet(src, sheet: Sheet, strings: list[str], formats: list[str], date1904: bool) -> None:
    """Cells, merged ranges and hidden rows/columns in one pass over the sheet's XML."""
    row_no, col_no = 0, 0
    for event, el in etree.iterparse(src, events=("start", "end"), tag=(_C, _ROW, _COL, _MERGE), **_SAFE):
        tag = el.tag
        if event == "start":
            if tag == _ROW:
                r = el.get("r")
                row_no = int(r) if r and r.isdigit() else row_no + 1
                col_no = 0  # cells without a reference count from the row's first column
                if el.get("hidden") in ("1", "true"):
                    sheet.hidden_rows.add(row_no)
            continue
        if tag == _C:
            ref = el.get("r")
            if ref:
                col_no = _column(ref)
                digits = ref.lstrip(_LETTERS)
                if digits.isdigit():
                    row_no = int(digits)
            else:  # a cell may leave out its reference: it follows the one before
                col_no += 1
            text = _cell(el, strings, formats, date1904)
            if text:
                sheet.cells[(row_no, col_no)] = text
            el.clear()
        elif tag == _ROW:
            el.clear()
        elif tag == _COL:
            if el.get("hidden") in ("1", "true"):
                lo, hi = _int(el.get("min")), _int(el.get("max"))
                sheet.hidden_cols.update(range(lo, min(hi, lo + _MAX_COL) + 1))
        else:
            bounds = _range(el.get("ref", ""))
            if bounds:
                sheet.merges.append(bounds)


def _print_areas(workbook) -> dict[int, list[tuple[int, int, int, int]]]:
    """Each sheet's print area (_xlnm.Print_Area, by the sheet's position): the ranges it prints."""
    out: dict[int, list[tuple[int, int, int, int]]] = {}
    for el in workbook.iter(f"{_MAIN}definedName"):
        if el.get("name") != "_xlnm.Print_Area" or el.get("localSheetId") is None:
            continue
        ranges = [_range(ref.rpartition("!")[2]) for ref in (el.text or "").split(",")]
        if ranges and all(ranges):
            out[_int(el.get("localSheetId"))] = ranges
    return out


def _int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0


def _range(ref: str) -> tuple[int, int, int, int] | None:
    """'B2:D5' → (2, 2, 5, 4): min_row, min_col, max_row, max_col."""
    first, _, last = ref.partition(":")
    last = last or first
    out = []
    for part in (first, last):
        col = _column(part)
        digits = part.replace("$", "").lstrip(_LETTERS)
        if not col or not digits.isdigit():
            return None
        out.append((int(digits), col))
    (r0, c0), (r1, c1) = out
    return min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)


def _cell(el, strings: list[str], formats: list[str], date1904: bool) -> str:
    kind = el.get("t") or "n"
    if kind == "inlineStr":
        inline = el.find(_IS)
        return _text(inline) if inline is not None else ""
    v = el.find(_V)
    raw = v.text if v is not None else None
    if raw is None:
        f = el.find(_F)
        return f"={f.text}" if f is not None and f.text and _TYPED_TEXT.match(f.text) else ""
    if kind == "s":
        try:
            return strings[int(raw)]
        except (ValueError, IndexError):
            return ""
    if kind in ("str", "e"):
        return raw
    if kind == "b":
        return "TRUE" if raw.strip() in ("1", "true") else "FALSE"
    fmt = "General"
    style = el.get("s")
    if style:
        try:
            fmt = formats[int(style)]
        except (ValueError, IndexError):
            pass
    if kind == "d":
        try:
            return shown(dt.datetime.fromisoformat(raw.strip().rstrip("Z")), fmt)
        except ValueError:
            return raw
    try:
        value = int(raw) if raw.lstrip("-").isdigit() else float(raw)
    except ValueError:
        return raw
    return shown(value, fmt, date1904=date1904)
