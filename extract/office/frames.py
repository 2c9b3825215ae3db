"""A Word or OpenDocument file that is a PDF's pages as positioned text boxes and drawn lines.

LibreOffice opens a PDF as drawing objects (its PDF import) and, saved as .docx
or .odt, writes every line of text as a text box and every ruling as a line
shape, all anchored at absolute offsets: the file has no table and no running
paragraph, and its order is the drawing order, not the page's.  Such a file is
read as the pages it came from: each box's text becomes glyphs over the box (a
CJK character a full em, other characters half), each line shape a ruling, and
each page goes through the PDF reader's own table finder and line builder, so
the form's grid comes back as it was printed.

A .docx anchors every shape near the start of its body and cannot say a shape's
page: a shape standing well above the one before it (more than half a page)
opens the next page.  An .odt keeps each frame's page number, and is read from
its content.xml (``read_odt``).
"""
from __future__ import annotations

from dataclasses import dataclass

from jixiao.extract.blocks import Block
from jixiao.extract.office.package import qn

# A file is read this way when it has no tables and at least this many positioned boxes.
MIN_BOXES = 12
MAX_OWN_TEXT = 40  # characters of the body's own paragraphs (outside the boxes)
EMU_PER_POINT = 12_700
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_MC_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Choice"
_ANCHOR, _TXBX, _T, _SZ = f"{_WP}anchor", qn("w:txbxContent"), qn("w:t"), qn("w:sz")
_PG_SZ, _PG_MAR = qn("w:pgSz"), qn("w:pgMar")


@dataclass(slots=True)
class _Shape:
    x: float  # points from the page's left edge
    y: float  # points from the page's top edge
    width: float
    height: float
    text: str | None  # a text box's text; None for a line
    size: float = 10.5


def _offset(anchor, axis: str, margin: float) -> float | None:
    """The shape's offset from the page's edge: an offset from the page is that already, one
    from the margin, the column or the (first) paragraph starts at the margin."""
    position = anchor.find(f"{_WP}position{axis}")
    el = position.find(f"{_WP}posOffset") if position is not None else None
    try:
        offset = int(el.text) / EMU_PER_POINT if el is not None else None
    except (TypeError, ValueError):
        return None
    if offset is None:
        return None
    return offset if position.get("relativeFrom") == "page" else offset + margin


def _shape(anchor, left: float, top: float) -> _Shape | None:
    x, y = _offset(anchor, "H", left), _offset(anchor, "V", top)
    extent = anchor.find(f"{_WP}extent")
    if x is None or y is None or extent is None:
        return None
    try:
        width, height = int(extent.get("cx", 0)) / EMU_PER_POINT, int(extent.get("cy", 0)) / EMU_PER_POINT
    except ValueError:
        return None
    box = next(anchor.iter(_TXBX), None)
    if box is not None:
        text = "".join(t.text or "" for t in box.iter(_T)).rstrip()
        if not text.strip():
            return None
        size = box.find(f".//{_SZ}")
        try:
            points = int(size.get(qn("w:val"))) / 2 if size is not None else 10.5
        except (TypeError, ValueError):
            points = 10.5
        return _Shape(x, y, width, height, text, points)
    geometry = anchor.find(f".//{_A}prstGeom")
    if geometry is not None and geometry.get("prst") == "line":
        return _Shape(x, y, width, height, None)
    return None


def laid_out_by_position(body) -> bool:
    """No table, hardly a word outside text boxes, and many boxes anchored at offsets."""
    if next(body.iter(qn("w:tbl")), None) is not None:
        return False
    boxes = sum(1 for a in body.iter(_ANCHOR) if _in_choice(a) and next(a.iter(_TXBX), None) is not None)
    if boxes < MIN_BOXES:
        return False
    own = sum(len(t.text or "") for t in body.iter(_T) if not any(p.tag == _TXBX for p in t.iterancestors()))
    return own <= MAX_OWN_TEXT


def _in_choice(el) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag == _MC_CHOICE:
            return True
        if parent.tag.endswith("}Fallback"):
            return False
        parent = parent.getparent()
    return True  # a drawing with no alternate


def _page_size(body) -> tuple[float, float, float, float]:
    """Width, height, left and top margins in points (A4 and Word's defaults where unset)."""
    width, height, left, top = 595.3, 841.9, 90.0, 72.0
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        size, margins = sect.find(_PG_SZ), sect.find(_PG_MAR)
        try:
            if size is not None:
                width, height = int(size.get(qn("w:w"))) / 20, int(size.get(qn("w:h"))) / 20
            if margins is not None:
                left, top = int(margins.get(qn("w:left"))) / 20, int(margins.get(qn("w:top"))) / 20
        except (TypeError, ValueError):
            pass
    return width, height, left, top


def _pages(shapes: list[_Shape], height: float) -> list[list[_Shape]]:
    """A .docx's shapes, in the file's order, cut into pages where one stands well above the last."""
    pages: list[list[_Shape]] = []
    lowest = None
    for s in shapes:
        if lowest is None or s.y < lowest - height / 2:
            pages.append([])
            lowest = s.y
        pages[-1].append(s)
        lowest = max(lowest, s.y)
    return pages


def _advance(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def _chars(s: _Shape, number: int, height: float, doctop: float) -> list[dict]:
    text = s.text or ""
    units = sum(_advance(ch) for ch in text) or 1.0
    # The box is the text's width as the PDF printed it; its glyphs share it by their widths. A
    # box holding words of several cells on one baseline (社会效益指标 保护下游人口 …) has the
    # cells' gaps in its spaces: the glyphs keep their size and the spaces take the rest.
    em = min(s.width / units, s.size * 1.2) if s.width > 0 else s.size
    spaces = text.count(" ")
    stretch = 0.0
    if spaces and s.width > units * s.size:
        em = s.size
        stretch = (s.width - units * s.size) / spaces
    out, x = [], s.x
    # Boxes of one printed line start at different heights (each font's ascent is its own)
    # but end together, near the baseline: the glyphs stand on the box's foot.
    bottom = s.y + s.height if s.height > 0 else s.y + s.size
    top = bottom - s.size
    for ch in text:
        adv = em * _advance(ch)
        if ch == " ":
            adv += stretch
        out.append({"text": ch, "fontname": "frame", "size": s.size, "adv": adv, "upright": True,
                    "x0": x, "x1": x + adv, "y0": height - bottom, "y1": height - top, "width": adv, "height": s.size,
                    "top": top, "bottom": bottom, "doctop": doctop + top, "matrix": (1, 0, 0, 1, x, height - bottom),
                    "object_type": "char", "page_number": number})
        x += adv
    return out


def _line(s: _Shape, number: int, height: float, doctop: float) -> dict:
    x0, top, x1, bottom = s.x, s.y, s.x + s.width, s.y + s.height
    return {"x0": x0, "x1": x1, "y0": height - bottom, "y1": height - top, "width": x1 - x0, "height": bottom - top,
            "top": top, "bottom": bottom, "doctop": doctop + top, "object_type": "line", "page_number": number,
            "pts": [(x0, top), (x1, bottom)], "linewidth": 0.5, "stroke": True, "fill": False}


def read(body) -> list[Block]:
    """The blocks of a body laid out as positioned text boxes and line shapes."""
    width, height, left, top = _page_size(body)
    shapes = [s for a in body.iter(_ANCHOR) if _in_choice(a) and (s := _shape(a, left, top)) is not None]
    return _read_pages(_pages(shapes, height), width, height)


def _read_pages(pages: list[list[_Shape]], width: float, height: float) -> list[Block]:
    from jixiao.extract.pdf.pdfium_page import PdfiumPage
    from jixiao.extract.pdf.reader import _assemble, _read_page

    contents = []
    for number, page_shapes in enumerate(pages, start=1):
        doctop = (number - 1) * height
        chars = [c for s in page_shapes if s.text is not None for c in _chars(s, number, height, doctop)]
        lines = [_line(s, number, height, doctop) for s in page_shapes if s.text is None]
        page = PdfiumPage(number, (0, 0, width, height), {"char": chars, "line": lines}, doctop)
        content, _ = _read_page(page, number, None)
        contents.append(content)
    return _assemble(contents)


# OpenDocument (.odt): the same import saved by LibreOffice as its own format keeps each shape's
# page (text:anchor-page-number), which a .docx cannot say: the pages are read from it directly.
_ODF = {k: f"{{urn:oasis:names:tc:opendocument:xmlns:{v}}}" for k, v in (
    ("text", "text:1.0"), ("draw", "drawing:1.0"), ("svg", "svg-compatible:1.0"), ("style", "style:1.0"),
    ("fo", "xsl-fo-compatible:1.0"), ("office", "office:1.0"))}
_UNITS = {"in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pt": 1.0, "pc": 12.0}


def _length(value: str | None) -> float | None:
    if not value:
        return None
    for unit, factor in _UNITS.items():
        if value.endswith(unit):
            try:
                return float(value[: -len(unit)]) * factor
            except ValueError:
                return None
    return None


def odt_laid_out_by_position(content) -> bool:
    text = content.find(f".//{_ODF['office']}text")
    if text is None or next(text.iter("{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table"), None) is not None:
        return False
    frames = [f for f in text.iterchildren(f"{_ODF['draw']}frame") if f.get(f"{_ODF['text']}anchor-type") == "page"]
    own = sum(len("".join(p.itertext())) for p in text.iterchildren(f"{_ODF['text']}p", f"{_ODF['text']}h"))
    return len(frames) >= MIN_BOXES and own <= MAX_OWN_TEXT


def _odf_text(el) -> str:
    """A paragraph's text, its <text:s text:c="n"/> spaces and tabs included."""
    out = [el.text or ""]
    for child in el:
        if child.tag == f"{_ODF['text']}s":
            out.append(" " * int(child.get(f"{_ODF['text']}c") or 1))
        elif child.tag == f"{_ODF['text']}tab":
            out.append("\t")
        else:
            out.append(_odf_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _odt_sizes(content) -> dict[str, float]:
    """Font size of each automatic text style (T1: 10.5pt)."""
    out = {}
    for style in content.iter(f"{_ODF['style']}style"):
        props = style.find(f"{_ODF['style']}text-properties")
        size = _length(props.get(f"{_ODF['fo']}font-size")) if props is not None else None
        if size:
            out[style.get(f"{_ODF['style']}name")] = size
    return out


def read_odt(content, page_size: tuple[float, float] = (595.3, 841.9)) -> list[Block]:
    """The blocks of an .odt whose body is page-anchored text frames and lines."""
    sizes = _odt_sizes(content)
    text = content.find(f".//{_ODF['office']}text")
    pages: dict[int, list[_Shape]] = {}
    for el in text.iterchildren(f"{_ODF['draw']}frame", f"{_ODF['draw']}line"):
        try:
            number = int(el.get(f"{_ODF['text']}anchor-page-number") or 1)
        except ValueError:
            number = 1
        svg = _ODF["svg"]
        if el.tag.endswith("}line"):
            x1, y1, x2, y2 = (_length(el.get(f"{svg}{k}")) for k in ("x1", "y1", "x2", "y2"))
            if None in (x1, y1, x2, y2):
                continue
            shape = _Shape(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), None)
        else:
            x, y, w, h = (_length(el.get(f"{svg}{k}")) for k in ("x", "y", "width", "height"))
            words = "".join(_odf_text(p) for p in el.iter(f"{_ODF['text']}p")).rstrip()
            if None in (x, y, w, h) or not words.strip():
                continue
            span = next(el.iter(f"{_ODF['text']}span"), None)
            size = sizes.get(span.get(f"{_ODF['text']}style-name")) if span is not None else None
            shape = _Shape(x, y, w, h, words, size or 10.5)
        pages.setdefault(number, []).append(shape)
    return _read_pages([pages[k] for k in sorted(pages)], *page_size)
