"""The pdfium engine: pages read by pypdfium2, shaped like pdfplumber's pages.

pdfminer spends most of a PDF's time interpreting content streams in Python;
pdfium does it in C.  This module reads each page's glyphs (text, box, font) and
painted paths through pdfium and hands them over as the same per-object dicts
pdfplumber builds from pdfminer's layout, inside a ``pdfplumber.page.Page``
subclass, so that the table finder, the text-line builder and everything
downstream run unchanged: the pdfplumber engine is the oracle (tests compare
the records of both engines).

Boxes follow pdfminer's rules, not pdfium's: a glyph spans its advance width
and, vertically, baseline + descent to baseline + descent + font size, with the
descent from the font descriptor (``fontdescent``); paths are split and
classified into lines, rectangles and curves as pdfminer's ``paint_path`` does.
A page this module cannot reproduce exactly (rotated page or glyphs, a Type 3
font, a glyph pdfium cannot map to Unicode, a font it cannot match to its
descriptor) is read by pdfminer instead, on the parse already made; a document
pdfium cannot open, or whose streams are too big for the memory cap, goes the
pdfplumber way whole (``open_pdfium`` returns None).

Known difference: pdfium keeps coordinates in single precision and rounds
fractional glyph widths (``/W`` entries such as 550.76), so a glyph's box can sit
a few hundredths of a point from pdfminer's, growing along a long run of text;
the text, the tables and the lines are the same (tests/test_pdf_engine.py).
"""
from __future__ import annotations

import ctypes
import os
import re
from functools import lru_cache

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfplumber.page import Page, _invert_box, _normalize_box

from jixiao.extract.errors import DraftError
from jixiao.extract.pdf.fontdescent import FontTable


class Unsupported(Exception):
    """The document needs pdfminer's reading to give pdfplumber's result."""


Matrix = tuple[float, float, float, float, float, float]


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m then n (row vectors, as in PDF)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return (a * x + c * y + e, b * x + d * y + f)


class PdfiumPage(Page):
    """A pdfplumber ``Page`` whose objects came from pdfium, not pdfminer."""

    def __init__(self, page_number: int, mediabox, objects: dict, initial_doctop: float):
        self.pdf = None
        self.root_page = self
        self.page_obj = None
        self.page_number = page_number
        self.initial_doctop = initial_doctop
        self.rotation = 0
        self.mediabox = self.cropbox = self.bbox = mediabox
        self._objects = objects
        self.get_textmap = lru_cache()(self._get_textmap)

    @property
    def objects(self) -> dict:
        return self._objects

    def close(self) -> None:
        self.get_textmap.cache_clear()
        self._objects = {}

    def find_tables(self, table_settings=None):
        """pdfplumber's tables, each reading only the glyphs inside its own box.

        ``Table.extract`` tests every glyph of the page against every row; the glyphs
        outside the table's box can never fall in one of its cells, so the result is
        the same and the work is a table's, not a page's.
        """
        tables = super().find_tables(table_settings)
        for table in tables:
            table.page = _GlyphsWithin(self.chars, table.bbox)
            table.extract = _RowIndexedExtract(table)
        return tables


class _RowIndexedExtract:
    """``Table.extract`` with the glyphs indexed by their vertical middle, so that a
    row looks only at the glyphs in its band instead of all the table's.

    Same tests, same order, same text as pdfplumber's loop over rows and cells.
    """

    def __init__(self, table):
        self.table = table

    def __call__(self, **kwargs):
        import bisect

        from pdfplumber import utils

        chars = self.table.page.chars
        mids = sorted(((c["top"] + c["bottom"]) / 2, i) for i, c in enumerate(chars))
        keys = [m for m, _ in mids]
        out = []
        for row in self.table.rows:
            x0, top, x1, bottom = row.bbox
            lo, hi = bisect.bisect_left(keys, top), bisect.bisect_left(keys, bottom)
            band = sorted(i for _, i in mids[lo:hi])  # v_mid in [top, bottom): pdfplumber's test
            row_chars = [c for c in (chars[i] for i in band) if x0 <= (c["x0"] + c["x1"]) / 2 < x1]
            texts = []
            for cell in row.cells:
                if cell is None:
                    texts.append(None)
                    continue
                cx0, ctop, cx1, cbottom = cell
                inside = [
                    c for c in row_chars
                    if cx0 <= (c["x0"] + c["x1"]) / 2 < cx1 and ctop <= (c["top"] + c["bottom"]) / 2 < cbottom
                ]
                if inside and "layout" in kwargs:
                    kwargs["layout_width"] = cx1 - cx0
                    kwargs["layout_height"] = cbottom - ctop
                    kwargs["layout_bbox"] = cell
                texts.append(utils.extract_text(inside, **kwargs) if inside else "")
            out.append(texts)
        return out


class _GlyphsWithin:
    """The part of a page ``Table.extract`` reads: its glyphs, here only those whose
    middle lies in ``bbox`` (a closed box: a superset of every cell's half-open test)."""

    def __init__(self, chars: list[dict], bbox):
        x0, top, x1, bottom = bbox
        self.chars = [
            c for c in chars
            if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
        ]


class _Geometry:
    """pdfplumber's coordinates (top-down, relative to the MediaBox) from PDF user space."""

    def __init__(self, media_raw, number: int, doctop: float):
        box = _normalize_box(media_raw, 0)
        self.height = box[3] - box[1]
        self.mediabox = _invert_box(box, self.height)
        self.x_base, self.y_base = box[0], box[1]
        self.mb_top = self.mediabox[1]
        self.doctop = doctop

    def top(self, y: float) -> float:
        """pdfplumber's ``top`` (or ``bottom``) of a y in pdfminer's space (MediaBox origin)."""
        return (self.height - y) + self.mb_top

    def point(self, x: float, y: float) -> tuple[float, float]:
        """pdfplumber's ``point2coord`` of a point in pdfminer's space."""
        return (self.mediabox[0] + x, self.mediabox[1] + self.height - y)


class PdfiumDocument:
    """Open with pdfium; ``pages`` yields ``PdfiumPage`` objects one at a time.

    ``miner_doc`` is the pdfminer ``PDFDocument`` of the same file, parsed once for
    the stream pre-check; it supplies MediaBoxes, rotation and font descriptors.
    """

    def __init__(self, path: str, miner_doc, fh=None):
        from pdfminer.pdfpage import PDFPage

        from pdfminer.pdftypes import resolve1

        self._path = path
        self._fh = fh
        self._oracle = None  # pdfminer's resources, for the pages pdfium cannot read exactly
        self._miner_pages = []
        self._doc = pdfium.PdfDocument(path)
        self._fonts = FontTable()
        self._boxes = []
        self._rotated: set[int] = set()
        try:
            for page in PDFPage.create_pages(miner_doc):
                if (resolve1(page.attrs.get("Rotate", 0)) or 0) % 360:
                    self._rotated.add(len(self._boxes))
                self._boxes.append(page.mediabox)
                self._miner_pages.append(page)
                self._fonts.add_resources(page.resources)
        except Exception as exc:  # noqa: BLE001 - the oracle reports damage in its own words
            self.close()
            raise Unsupported(f"pdfminer cannot walk the page tree: {exc}") from exc
        if len(self._boxes) != len(self._doc):
            self.close()
            raise Unsupported("pdfium and pdfminer disagree on the page count")
        self._font_cache: dict[int, tuple[str, float]] = {}
        self.pages = _Pages(self)

    def close(self) -> None:
        if getattr(self, "_doc", None) is not None:
            self._doc.close()
            self._doc = None
        if getattr(self, "_fh", None) is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def page(self, index: int, doctop: float):
        """Page ``index`` through pdfium or, where it cannot match pdfminer, through pdfplumber."""
        if index not in self._rotated:
            try:
                return self._fast_page(index, doctop)
            except Unsupported:
                pass
        if self._oracle is None:
            self._oracle = _MinerResources()
        # pdfplumber's own page on the pdfminer parse already made: pdfminer reads it
        return Page(self._oracle, self._miner_pages[index], page_number=index + 1, initial_doctop=doctop)

    def _fast_page(self, index: int, doctop: float) -> PdfiumPage:
        number = index + 1
        page = self._doc[index]
        try:
            geo = _Geometry(self._boxes[index], number, doctop)
            objects: dict[str, list] = {}
            textpage = page.get_textpage()
            try:
                chars, used = self._chars(textpage, geo, number)
            finally:
                textpage.close()
            skipped = _page_objects(page, geo, number, objects, used)
            chars += [self._space(obj, m, geo, number) for obj, m in skipped]
            if chars:
                objects["char"] = chars
            return PdfiumPage(number, geo.mediabox, objects, doctop)
        finally:
            page.close()

    def _font(self, textobj) -> tuple[str, float]:
        font = raw.FPDFTextObj_GetFont(textobj)
        key = _address(font)
        known = self._font_cache.get(key)
        if known is None:
            name = _base_name(font)
            if not raw.FPDFFont_GetIsEmbedded(font) and name.split(",")[0] not in _STANDARD_FONTS:
                # pdfium reads a font the PDF only names through a system font it finds in its
                # stead: where none has the glyphs (a server without CJK fonts), it spells
                # some as spaces and orders the page otherwise. pdfminer reads the PDF's own
                # widths and maps, the same on every machine.
                raise Unsupported(f"font {name!r} not embedded")
            known = self._fonts.lookup(name)
            if known is None:
                raise Unsupported(f"font {name!r} not matched to a descriptor")
            self._font_cache[key] = known
        return known

    def _hyphen(self, textobj) -> str:
        """The hyphen pdfium marked as a line-end hyphen (see ``FontTable.hyphen``)."""
        found = self._fonts.hyphen(_base_name(raw.FPDFTextObj_GetFont(textobj))) if textobj else None
        if found is None:
            raise Unsupported("a line-end hyphen whose font does not say which hyphen it is")
        return found

    def _space(self, obj, m: Matrix, geo: _Geometry, number: int) -> dict:
        """A text object pdfium's text page left out: a space glyph drawn on its own.

        pdfium drops text objects whose glyphs have no outline and infers spaces from
        gaps instead; pdfminer keeps the drawn space, and ``471002 抚宁区`` needs it.
        """
        a, b, c, d, e, f = m
        bounds = [ctypes.c_float() for _ in range(4)]
        raw.FPDFPageObj_GetBounds(obj, *bounds)
        left, bottom, right, top_ = (v.value for v in bounds)
        if b or c or a <= 0 or d <= 0 or right - left > 0.01 or top_ - bottom > 0.01:
            raise Unsupported("a text object pdfium's text page does not read")
        fontname, descent = self._font(obj)
        size, width = ctypes.c_float(), ctypes.c_float()
        raw.FPDFTextObj_GetFontSize(obj, size)
        if not raw.FPDFFont_GetGlyphWidth(raw.FPDFTextObj_GetFont(obj), 0x20, size, width):
            raise Unsupported("a space without a width")
        return _char(" ", fontname, e - geo.x_base, f - geo.y_base, a * width.value, d, descent, size.value,
                     (a, b, c, d, e, f), geo, number, _color(raw.FPDFPageObj_GetFillColor, obj))

    def _chars(self, textpage, geo: _Geometry, number: int) -> tuple[list[dict], set[int]]:
        tp = textpage.raw
        count = raw.FPDFText_CountChars(tp)
        text = _page_text(tp, count)
        ox, oy = ctypes.c_double(), ctypes.c_double()
        box = raw.FS_RECTF()
        m = raw.FS_MATRIX()
        size = ctypes.c_float()
        width = ctypes.c_float()
        widths: dict[tuple, float] = {}
        out = []
        used: set[int] = set()
        last_obj = None
        for i in range(count):
            ch = text[i] if text is not None else chr(raw.FPDFText_GetUnicode(tp, i))
            if ch in _MAYBE_GENERATED and raw.FPDFText_IsGenerated(tp, i):
                continue  # spaces and line breaks pdfium inferred; pdfminer's chars are only drawn glyphs
            code = ord(ch)
            if code in _HYPHEN_MARKS and raw.FPDFText_IsHyphen(tp, i):
                ch = self._hyphen(raw.FPDFText_GetTextObject(tp, i))
                code = ord(ch)
            if not code or _unmapped(code):
                # a code no map resolves (pdfium then reports the raw char code, or nothing) and
                # no char code to look the glyph up by: pdfminer reads this page
                raise Unsupported("a glyph pdfium cannot map to Unicode")
            obj = raw.FPDFText_GetTextObject(tp, i)
            if not obj:
                raise Unsupported("a glyph without its text object")
            addr = _address(obj)
            if addr != last_obj:
                last_obj = addr
                used.add(addr)
                font = raw.FPDFTextObj_GetFont(obj)
                fontname, descent = self._font(obj)
                raw.FPDFText_GetMatrix(tp, i, m)
                a, b, c, d = m.a, m.b, m.c, m.d
                if b or c or a <= 0 or d <= 0:
                    raise Unsupported("rotated, skewed or mirrored text")
                raw.FPDFTextObj_GetFontSize(obj, size)
                fs = size.value
                font_key = (_address(font), fs, a)
                color = _color(raw.FPDFPageObj_GetFillColor, obj)
            raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
            adv = widths.get((font_key, code))
            if adv is None:
                if raw.FPDFFont_GetGlyphWidth(font, code, size, width):
                    adv = widths[(font_key, code)] = a * width.value
                else:  # a glyph pdfium cannot find by its Unicode value: its box is the next best
                    raw.FPDFText_GetLooseCharBox(tp, i, box)
                    adv = abs(box.right - box.left)
            out.append(_char(ch, fontname, ox.value - geo.x_base, oy.value - geo.y_base, adv, d, descent,
                             fs, (a, b, c, d, ox.value, oy.value), geo, number, color))
        return out, used


# pdfium's text page spells a hyphen that ends a line before a word goes on so: U+0002 from
# FPDFText_GetUnicode, U+FFFE in FPDFText_GetText's buffer (CPDF_TextPage, GenerateCharacter::kHyphen).
_HYPHEN_MARKS = frozenset((0x02, 0xFFFE))

# Only whitespace can be a character pdfium generated (spaces between words, line breaks).
_MAYBE_GENERATED = frozenset(" \r\n\x00")


# The 14 fonts every PDF reader carries (their metrics are in the PDF standard): reading
# them needs nothing of the machine's.
_STANDARD_FONTS = frozenset((
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier", "Courier-Bold", "Courier-Oblique",
    "Courier-BoldOblique", "Symbol", "ZapfDingbats"))


def _address(pointer) -> int:
    """The address a ctypes pointer holds: an identity to compare and hash."""
    return ctypes.c_void_p.from_buffer(pointer).value or 0


def _page_text(tp, count: int) -> str | None:
    """All of the text page's characters in one call, one per index; None if that
    one-to-one reading fails (characters outside the BMP take two UTF-16 units)."""
    buf = (ctypes.c_ushort * (count + 1))()
    n = raw.FPDFText_GetText(tp, 0, count, buf)
    text = bytes(buf)[: max(0, n - 1) * 2].decode("utf-16-le", errors="surrogatepass")
    if len(text) != count or any("\ud800" <= ch <= "\udfff" for ch in text):
        return None
    return text


def _unmapped(code: int) -> bool:
    # control codes, the Private Use Area, U+FFFD and the non-characters U+FFFE/U+FFFF (pdfium's
    # page text spells an unmappable code so)
    return code < 0x20 and code not in (0x09, 0x0A, 0x0D) or 0xE000 <= code <= 0xF8FF or 0xFFFD <= code <= 0xFFFF


def _base_name(font) -> str:
    buf = ctypes.create_string_buffer(256)
    raw.FPDFFont_GetBaseFontName(font, buf, 256)
    return buf.value.decode("latin-1")


# Asked of every text and path object: the four out-parameters are made once (half the cost
# of asking). pdfium is not thread-safe, so a process never asks two objects at once.
_RGBA = tuple(ctypes.c_uint() for _ in range(4))


def _color(getter, obj) -> tuple[float, float, float]:
    """An object's fill or stroke colour as pdfium renders it (RGB, 0 to 1): pdfminer keeps the
    colour space's own components, which seal.py reads either way."""
    r, g, b, _ = _RGBA
    if not getter(obj, *_RGBA):
        return (0.0, 0.0, 0.0)
    return (r.value / 255, g.value / 255, b.value / 255)


def _char(text: str, fontname: str, x: float, y: float, adv: float, d: float, descent: float, fs: float,
          matrix: Matrix, geo: _Geometry, number: int, color: tuple[float, float, float]) -> dict:
    """pdfplumber's dict of a glyph at (x, y) in pdfminer's space (upright text only).

    pdfminer's glyph box is (0, descent) to (adv, descent + size) through the matrix.
    """
    x0, x1 = x, x + adv
    y0, y1 = y + d * (descent * fs), y + d * (descent * fs + fs)
    if geo.x_base:
        x0, x1 = x0 + geo.x_base, x1 + geo.x_base  # pdfplumber shifts x back to the page's
    top = geo.top(y1)
    return {
        "text": text, "fontname": fontname, "size": y1 - y0, "adv": adv, "upright": True,
        "x0": x0, "y0": y0, "x1": x1, "y1": y1, "width": x1 - x0, "height": y1 - y0,
        "top": top, "bottom": geo.top(y0), "doctop": geo.doctop + top,
        "matrix": matrix, "object_type": "char", "page_number": number, "non_stroking_color": color,
    }


class _MinerResources:
    """What a pdfplumber ``Page`` asks of its ``PDF``: pdfminer's resource manager and
    the layout and Unicode options, as ``pdfplumber.open`` sets them by default."""

    laparams = None
    unicode_norm = None

    def __init__(self):
        from pdfminer.pdfinterp import PDFResourceManager

        self.rsrcmgr = PDFResourceManager(caching=True)


class _Pages:
    def __init__(self, owner: PdfiumDocument):
        self._owner = owner

    def __len__(self) -> int:
        return len(self._owner._boxes)

    def __iter__(self):
        doctop = 0.0
        for i in range(len(self)):
            page = self._owner.page(i, doctop)
            doctop += page.height
            yield page


_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# Page objects nested in form XObjects deeper than this are ignored (hostile files).
_MAX_FORM_DEPTH = 16


def _matrix(obj) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _page_objects(page, geo: _Geometry, number: int, objects: dict, used: set[int]) -> list:
    """Paths and images into ``objects``; returns the text objects (with their page
    matrix) that the text page did not read."""
    images = []
    skipped = []
    handle = page.raw

    def walk(count, get, parent: Matrix, depth: int) -> None:
        for i in range(count):
            obj = get(i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                _paint_path(obj, _mul(_matrix(obj), parent), geo, number, objects)
            elif kind == raw.FPDF_PAGEOBJ_TEXT:
                if _address(obj) not in used:
                    skipped.append((obj, _mul(_matrix(obj), parent)))
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                images.append(_mul(_matrix(obj), parent))
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
                walk(raw.FPDFFormObj_CountObjects(obj), lambda j, o=obj: raw.FPDFFormObj_GetObject(o, j),
                     _mul(_matrix(obj), parent), depth + 1)

    walk(raw.FPDFPage_CountObjects(handle), lambda j: raw.FPDFPage_GetObject(handle, j), _IDENTITY, 0)
    if images:
        # The reader asks whether a page has pictures (a scan without text) and where they
        # stand (a form pasted as a picture beside the page's text): an image fills the unit
        # square its matrix maps.
        objects["image"] = [_image(m, geo, number) for m in images]
    return skipped


def _image(m: Matrix, geo: _Geometry, number: int) -> dict:
    corners = [_apply(m, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    x0, x1 = min(xs), max(xs)
    if geo.x_base:
        x0, x1 = x0 + geo.x_base, x1 + geo.x_base
    top, bottom = geo.top(max(ys)), geo.top(min(ys))
    return {"object_type": "image", "page_number": number, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top, "doctop": geo.doctop + top}


def _segments(obj, m: Matrix, geo: _Geometry) -> list[tuple]:
    """The path as pdfminer's operator tuples, in page space: ('m', x, y), ('l', x, y),
    ('c', x1, y1, x2, y2, x3, y3), ('h',)."""
    out: list[tuple] = []
    pending: list[float] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = _apply(m, x.value, y.value)
        px, py = px - geo.x_base, py - geo.y_base
        kind = raw.FPDFPathSegment_GetType(seg)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            out.append(("m", px, py))
        elif kind == raw.FPDF_SEGMENT_LINETO:
            out.append(("l", px, py))
        elif kind == raw.FPDF_SEGMENT_BEZIERTO:
            pending += (px, py)
            if len(pending) == 6:
                out.append(("c", *pending))
                pending = []
        else:
            raise Unsupported("an unknown path segment")
        if raw.FPDFPathSegment_GetClose(seg):
            out.append(("h",))
    return out


def _paint_path(obj, m: Matrix, geo: _Geometry, number: int, objects: dict) -> None:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, fill, stroke)
    if not fill.value and not stroke.value:
        return  # `n`: pdfminer paints nothing either
    path = _segments(obj, m, geo)
    shape = "".join(s[0] for s in path)
    if shape[:1] != "m":
        return
    colors = {"stroking_color": _color(raw.FPDFPageObj_GetStrokeColor, obj) if stroke.value else None,
              "non_stroking_color": _color(raw.FPDFPageObj_GetFillColor, obj) if fill.value else None}
    for sub in re.finditer(r"m[^m]*", shape):
        _paint_subpath(path[sub.start():sub.end()], geo, number, objects, colors)


def _paint_subpath(path: list[tuple], geo: _Geometry, number: int, objects: dict, colors: dict) -> None:
    """pdfminer's ``paint_path`` for one subpath: a line, a rectangle or a curve."""
    shape = "".join(s[0] for s in path)
    if len(shape) < 2:
        return  # a lone moveto draws nothing; pdfminer's regex never yields one
    pts = [p[-2:] if p[0] != "h" else path[0][-2:] for p in path]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in {"mlh", "ml"}:
        kind, pts = "line", pts[:2]
    elif shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        closed = pts[0] == pts[4]
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if closed and square:
            kind = "rect"
            pts = [(x0, y0), (x2, y0), (x2, y2), (x0, y2)]
        else:
            kind = "curve"
    else:
        kind = "curve"
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    top = geo.top(y1)
    item = {
        "x0": x0 + geo.x_base if geo.x_base else x0, "y0": y0, "y1": y1, "width": x1 - x0, "height": y1 - y0,
        "x1": x1 + geo.x_base if geo.x_base else x1,
        "object_type": kind, "page_number": number,
        "top": top, "bottom": geo.top(y0), "doctop": geo.doctop + top, **colors,
    }
    if kind == "curve" or kind == "line":
        item["pts"] = [geo.point(x, y) for x, y in pts]
    objects.setdefault(kind, []).append(item)


def _pdfium_headroom() -> int | None:
    """Inflated bytes pdfium may meet under this process's address-space cap (an ingest
    worker's --max-memory); None: no cap.  Out of memory, pdfium aborts the process,
    while pdfminer raises a MemoryError the batch reports as the memory limit."""
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return None
    try:
        with open("/proc/self/statm") as fh:
            current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0
    return max(0, soft - current) // 4  # streams are held encoded and decoded, plus the parse


def open_pdfium(path: str, limits) -> PdfiumDocument | None:
    """The document through pdfium, after the stream pre-check on the one pdfminer parse
    both need; None where the pdfplumber path must speak (missing, damaged, encrypted).

    Raises ``DraftError`` for a decompression bomb and ``Unsupported`` for a document
    this engine cannot read exactly as pdfplumber does.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    from jixiao.extract.limits import check_document_streams, count_inflated, pdf_streams

    if not os.path.isfile(path) or os.path.getsize(path) == 0:
        return None
    fh = open(path, "rb")  # kept open: pdfminer reads objects lazily, and a fallback page needs them
    try:
        try:
            miner = PDFDocument(PDFParser(fh))
        except Exception:  # noqa: BLE001 - damage and passwords are the pdfplumber path's to report
            return None
        if miner.decipher:
            return None  # encrypted: pdfium and pdfminer may disagree on what an empty password opens
        bound = check_document_streams(miner, path, limits)
        headroom = _pdfium_headroom()
        if headroom is not None and (bound is None or bound > headroom):
            try:
                count_inflated(list(pdf_streams(miner)), path, headroom)
            except DraftError:
                return None  # too big for pdfium under this cap: pdfminer's reading will say
            except Exception:  # noqa: BLE001
                return None
        try:
            doc = PdfiumDocument(path, miner, fh)
        except pdfium.PdfiumError:
            return None
        fh = None  # the document owns it now
        return doc
    finally:
        if fh is not None:
            fh.close()
