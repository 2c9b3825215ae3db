"""One scanned page to the blocks the native-PDF reader would have made.

Deskew, find the ruled tables, cut every cell into its text lines, recognise
all line crops of the page in one batched call, then assemble: each table a
``Table`` of ``Cell``s with spans laid out as ``None`` slots, the text around
tables as lines, every box in PDF points, every cell with its confidence.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

import numpy as np

from jixiao.extract.blocks import Cell, Table, Where
from jixiao.extract.ocr import borderless, correct, engine, orientation
from jixiao.extract.ocr.deskew import deskew, ink
from jixiao.extract.ocr.raster import PageImage
from jixiao.extract.ocr.ruling import Grid, page_grids
from jixiao.extract.ocr.text_rows import Band, bands, dash, dot_leader, equals_sign, inequality_sign, lost_mark
from jixiao.extract.pdf.cjkspace import clean_spaces
from jixiao.extract.pdf.grid import make_cell
from jixiao.extract.pdf.lines import RawLine

# A band this much taller than the page's typical line holds several lines.
TALL = 1.8


@dataclass(slots=True)
class Spot:
    """A low-confidence cell or line: where it is and what was read."""

    page: int
    bbox: tuple[float, float, float, float]
    text: str
    confidence: float


@dataclass(slots=True)
class OcrPage:
    number: int
    height: float  # points
    lines: list[RawLine] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    spots: list[Spot] = field(default_factory=list)  # every recognised cell, with confidence
    fixes: dict[str, int] = field(default_factory=dict)
    angle: float = 0.0
    turn: int = 0  # quarter turns counterclockwise the page was read at (scanned sideways, upside down)
    seconds: float = 0.0


@dataclass(slots=True)
class _Crop:
    owner: tuple  # ("cell", grid, row, col) or ("line", k)
    band: Band  # in page pixels
    text: str = ""
    confidence: float = 1.0
    suffix: str = ""  # what the crop's cut-off right end held: a dot leader


def _inner(box: tuple[int, int, int, int], pad: int) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = box
    return x0 + pad, y0 + pad, max(x1 - pad, x0 + pad + 1), max(y1 - pad, y0 + pad + 1)


def _long_strokes(ink: np.ndarray, across: int, down: int) -> np.ndarray:
    """The ink's straight strokes at least ``across`` pixels wide or ``down`` pixels tall."""
    import cv2

    wide = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(across, 2), 1)))
    tall = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(down, 2))))
    return cv2.bitwise_or(wide, tall)


def _erased(ink: np.ndarray, strokes: np.ndarray) -> np.ndarray:
    """``ink`` without ``strokes`` and a pixel round them (their blurred rim would be specks)."""
    import cv2

    rim = cv2.dilate(strokes, np.ones((3, 3), np.uint8))
    return np.where(rim > 0, 0, ink).astype(ink.dtype)


def _without_rulings(region: np.ndarray) -> np.ndarray:
    """A cell's ink without the pieces of its own rulings that reach inside the crop.

    Where the rulings are not quite straight (a photographed page's lens bows them, a
    thick or tilted line), the padding does not clear them: a line along the crop's edge
    makes one band of the whole cell, and its text is read twice. A ruling's piece is a
    straight stroke long for the cell (over half its width, or most of its height) that
    touches the crop's edge; no character's stroke is both.
    """
    import cv2

    height, width = region.shape
    if height < 4 or width < 4:
        return region
    strokes = _long_strokes(region, width // 2, int(height * 0.6))
    if not strokes.any():
        return region
    count, labels, stats, _ = cv2.connectedComponentsWithStats(strokes, connectivity=8)
    x, y, w, h = (stats[1:, k] for k in range(4))
    edge = 1 + np.flatnonzero((x <= 0) | (y <= 0) | (x + w >= width) | (y + h >= height))
    if not len(edge):
        return region
    return _erased(region, np.isin(labels, edge).astype(np.uint8))


def _without_strokes(rest: np.ndarray, dpi: float) -> np.ndarray:
    """The page outside its tables without long straight strokes: the parts of a table's
    rulings the blanking missed (a bowed or tilted line), an underline. Beside a line of
    text they would join it to the table, and the table's text would be read again."""
    strokes = _long_strokes(rest, int(dpi), int(dpi * 0.5))
    return _erased(rest, strokes) if strokes.any() else rest


def _cell_crops(grids: list[Grid], mask: np.ndarray, dpi: float) -> list[_Crop]:
    pad = max(int(dpi * 0.02), 3)  # past the ruling's own thickness
    crops = []
    for g, grid in enumerate(grids):
        for cell in grid.cells:
            x0, y0, x1, y1 = _inner(cell.box, pad)
            for b in bands(_without_rulings(mask[y0:y1, x0:x1]), dpi):
                crops.append(_Crop(("cell", g, cell.row, cell.col), Band(b.x0 + x0, b.top + y0, b.x1 + x0, b.bottom + y0)))
    return crops


def _lone_marks(grids: list[Grid], mask: np.ndarray, dpi: float, crops: list[_Crop]) -> list[_Crop]:
    """Cells no text line was found in whose ink is one ``=`` or one dash: a 指标性质 cell's
    sign, its two thin bars too far apart to make a line of text between them (a bilevel
    scan keeps them thin), or a baseline cell's ``—``, one bar too thin to be a line of
    text. Read here from the ink, as the recogniser would never see them."""
    pad = max(int(dpi * 0.02), 3)
    owned = {c.owner for c in crops}
    out = []
    for g, grid in enumerate(grids):
        for cell in grid.cells:
            if ("cell", g, cell.row, cell.col) in owned:
                continue
            x0, y0, x1, y1 = _inner(cell.box, pad)
            region = _without_rulings(mask[y0:y1, x0:x1])
            if not region.any():
                continue
            mark = "=" if equals_sign(region) else "—" if dash(region, dpi) else None
            if mark is None:
                continue
            ys, xs = np.nonzero(region)
            band = Band(int(xs.min()) + x0, int(ys.min()) + y0, int(xs.max()) + 1 + x0, int(ys.max()) + 1 + y0)
            out.append(_Crop(("cell", g, cell.row, cell.col), band, text=mark, confidence=0.9))
    return out


def _line_crops(grids: list[Grid], mask: np.ndarray, dpi: float) -> list[_Crop]:
    rest = mask.copy()
    margin = max(int(dpi * 0.03), 4)
    for grid in grids:
        x0, y0, x1, y1 = grid.box
        rest[max(y0 - margin, 0) : y1 + margin, max(x0 - margin, 0) : x1 + margin] = 0
    # Long straight strokes are no text wherever they stand: the parts of a table's rulings the
    # blanking missed, an underline, a screenshot's scroll bar (beside every line of the page,
    # it would make one band of them all).
    rest = _without_strokes(rest, dpi)
    out = []
    for k, b in enumerate(bands(rest, dpi, split_gap=dpi * 0.8)):
        leader = dot_leader(rest[b.top : b.bottom, b.x0 : b.x1], dpi)
        if leader is None:
            out.append(_Crop(("line", k), b))
            continue
        start, end = b.x0 + leader[0], b.x0 + leader[1]
        if start > b.x0:
            out.append(_Crop(("line", k), Band(b.x0, b.top, start, b.bottom), suffix="......"))
        if end < b.x1:
            out.append(_Crop(("line", k), Band(end, b.top, b.x1, b.bottom)))
    return out


_NUMERAL = re.compile(r"^([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?!丶)(?=[\u4e00-\u9fff])")
_LEADER_ENDS = "·.．。…，,:：;；'‘’\"“”"


# A value (``>90%``, ``90``) or a lone comparator cell (a 指标性质 column) read as a look-alike
# (a letter or two, a question mark: nothing a cell of this genre holds alone).
_VALUE_START = re.compile(r"^([>＞<＜=＝]?)\s*(?=\d)|^([>＞<＜?？2二]|[A-Za-z]{1,2})$")


def _restore_signs(crops: list[_Crop], mask: np.ndarray, fixes: dict[str, int]) -> None:
    """A value cell whose ≥ (≤) was read as > or lost: the ink shows the bar."""
    for c in crops:
        if c.owner[0] != "cell":
            continue
        m = _VALUE_START.match(c.text.strip())
        if not m:
            if not c.text.strip() and equals_sign(mask[c.band.top : c.band.bottom, c.band.x0 : c.band.x1]):
                c.text, c.confidence = "=", max(c.confidence, 0.9)
                fixes["= lost"] = fixes.get("= lost", 0) + 1
            continue
        read = m.group(1) or m.group(2) or ""
        if read in "=＝" and read:
            continue
        sign = inequality_sign(mask[c.band.top : c.band.bottom, c.band.x0 : c.band.x1])
        if sign and sign != read:
            c.text = sign + c.text.strip()[m.end() :]
            if c.text == sign:
                # A lone comparator: the ink settled what the recogniser was unsure of.
                c.confidence = max(c.confidence, 0.9)
            kind = f"{sign} read as {read}" if read else f"{sign} lost"
            fixes[kind] = fixes.get(kind, 0) + 1


def _restore_marks(crops: list[_Crop], mask: np.ndarray, fixes: dict[str, int]) -> None:
    """Put back a 、 the recogniser dropped after a leading numeral (二、 2、)."""
    for c in crops:
        m = _NUMERAL.match(c.text.strip())
        if m and lost_mark(mask[c.band.top : c.band.bottom, c.band.x0 : c.band.x1], len(m.group(1))):
            c.text = m.group(1) + "、" + c.text.strip()[m.end() :]
            fixes["、 lost after a numeral"] = fixes.get("、 lost after a numeral", 0) + 1


def _split_tall(crops: list[_Crop], grey: np.ndarray, outside: np.ndarray) -> list[_Crop]:
    """Bands of several touching lines: the detector separates them."""
    heights = [c.band.height for c in crops]
    if not heights:
        return crops
    typical = statistics.median(heights)
    out = []
    for c in crops:
        b = c.band
        if b.height <= TALL * typical:
            out.append(c)
            continue
        region = outside if c.owner[0] == "line" else grey
        found = engine.detect(region[b.top : b.bottom, b.x0 : b.x1])
        if not found:
            if c.owner[0] == "cell":  # ink in a cell that reads as nothing is flagged, not dropped
                out.append(c)
            continue
        boxes = _joined(found)
        if not _several_lines(boxes):
            out.append(c)  # one line of bigger type (a title): read whole, not in the detector's pieces
            continue
        for x0, y0, x1, y1 in boxes:
            out.append(_Crop(c.owner, Band(b.x0 + x0, b.top + y0, b.x0 + x1, b.top + y1)))
    return out


def _joined(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The detector's boxes, those that overlap on one line made one: it can cut a line in
    pieces that share a character, and each piece would read it."""
    out = [list(b) for b in boxes]
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(out):
            for b in out[i + 1 :]:
                shared = min(a[3], b[3]) - max(a[1], b[1])
                if shared > 0.5 * min(a[3] - a[1], b[3] - b[1]) and a[0] < b[2] and b[0] < a[2]:
                    a[:] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    out.remove(b)
                    merged = True
                    break
            if merged:
                break
    return [tuple(b) for b in sorted(out, key=lambda b: (b[1], b[0]))]  # type: ignore[misc]


def _several_lines(boxes: list[tuple[int, int, int, int]]) -> bool:
    """Do some of the boxes stand one above the other (lines), not all side by side? Only boxes
    of a line's height count: the detector also boxes a stroke or a dot on its own."""
    tallest = max(b[3] - b[1] for b in boxes)
    boxes = [b for b in boxes if b[3] - b[1] >= 0.6 * tallest]
    return any(min(a[3], b[3]) - max(a[1], b[1]) < 0.5 * min(a[3] - a[1], b[3] - b[1])
               for i, a in enumerate(boxes) for b in boxes[i + 1:])


def _outside_tables(grey: np.ndarray, grids: list[Grid]) -> np.ndarray:
    """The page with its tables whitened: what a line of text outside them is read from.
    A line's band can reach beside or into a table (a bowed ruling, a stamp in the margin);
    read from the whole page, the table's cells would be read a second time."""
    if not grids:
        return grey
    outside = grey.copy()
    for grid in grids:
        x0, y0, x1, y1 = grid.box
        outside[y0 : y1 + 1, x0 : x1 + 1] = 255
    return outside


def _pixels(grey: np.ndarray, band: Band) -> np.ndarray:
    pad = max(band.height // 4, 2)
    h, w = grey.shape
    return grey[max(band.top - pad, 0) : min(band.bottom + pad, h), max(band.x0 - pad, 0) : min(band.x1 + pad, w)]


def read_page(image: PageImage, *, turned: bool = False) -> OcrPage:
    dpi = 72 / image.points_per_pixel
    scale = image.points_per_pixel
    grey, angle = deskew(image.pixels)
    mask = ink(grey, dpi)
    grids = page_grids(grey, mask, dpi)
    crops = _cell_crops(grids, mask, dpi) + _line_crops(grids, mask, dpi)
    if not turned and not orientation.reads_upright([_pixels(grey, c.band) for c in crops]):
        # Scanned sideways or upside down: read it turned the way its text reads.
        turn = orientation.best_turn(image.pixels)
        if turn:
            upright = PageImage(image.number, np.ascontiguousarray(np.rot90(image.pixels, turn)), image.points_per_pixel)
            page = read_page(upright, turned=True)
            page.turn = turn
            return page
    outside = _outside_tables(grey, grids)
    crops = _split_tall(crops, grey, outside)
    pixels = [_pixels(outside if c.owner[0] == "line" else grey, c.band) for c in crops]
    for crop, (text, confidence) in zip(crops, engine.recognise(pixels)):
        crop.text, crop.confidence = text, confidence
    page = OcrPage(image.number, grey.shape[0] * scale, angle=angle)
    _lost_digits(crops, pixels, page.fixes)
    for mark in _lone_marks(grids, mask, dpi, crops):
        crops.append(mark)
        page.fixes[f"{mark.text} lost"] = page.fixes.get(f"{mark.text} lost", 0) + 1
    _restore_marks(crops, mask, page.fixes)
    _restore_signs(crops, mask, page.fixes)
    _assemble_tables(page, grids, crops, scale)
    _assemble_lines(page, [c for c in crops if c.owner[0] == "line"], scale)
    if not grids and borderless.shows_a_header(page.lines):
        _borderless_forms(page, grey, mask, dpi, [c.band for c in crops])
    return page


def _signed(text: str, ink: np.ndarray, fixes: dict[str, int]) -> str:
    """A word read as starting with > or < whose ink shows the bar under the chevron: ≥, ≤;
    a lone = whose ink is a chevron over a bar, not two bars (small type loses the chevron)."""
    if text in ("=", "＝") and not equals_sign(ink) and (sign := inequality_sign(ink)):
        fixes[f"{sign} read as ="] = fixes.get(f"{sign} read as =", 0) + 1
        return sign
    if text[:1] in "><" and (sign := inequality_sign(ink)):
        kind = f"{sign} read as {text[0]}"
        fixes[kind] = fixes.get(kind, 0) + 1
        return sign + text[1:]
    return text


def _borderless_forms(page: OcrPage, grey: np.ndarray, mask: np.ndarray, dpi: float, line_bands: list[Band]) -> None:
    """A form without rulings (a web system's zebra grid): its words read one by one and
    laid out by position (ocr/borderless.py)."""
    words = borderless.word_bands(_without_strokes(mask, dpi), dpi, borderless.typical_height(line_bands))
    read = engine.recognise([_pixels(grey, b) for b in words])
    scale = page.height / grey.shape[0]
    texts = [_signed(text, mask[b.top:b.bottom, b.x0:b.x1], page.fixes) for b, (text, _) in zip(words, read)]
    tables = borderless.forms(list(zip(words, texts)), page.number, scale)
    if not tables:
        return
    for b, (text, confidence) in zip(words, read):
        page.spots.append(Spot(page.number, _box((b.x0, b.top, b.x1, b.bottom), scale), text, round(confidence, 3)))
    for table in tables:
        correct.fix_rows(table.rows, page.fixes)  # the grammar and the vocabulary, as a ruled table's cells get
    page.tables += tables
    page.lines = borderless.outside(page.lines, tables)


_ONE_HAN = re.compile(r"^[\u4e00-\u9fff]$")
_DIGITS_BEFORE = re.compile(r"^[≥≤><=]?\d+(?:\.\d+)?(?=[\u4e00-\u9fff]$)")
_WIDE = 1.3  # ink this much wider than tall holds more than one character
# Heights (pixels) and interpolations a crop is read again at, with a white margin round it: the
# recogniser sees a first glyph it merged into the next at one size and not at another.
_AGAIN = ((48, "linear"), (48, "area"), (64, "cubic"), (56, "linear"))


def _lost_digits(crops: list[_Crop], pixels: list[np.ndarray], fixes: dict[str, int]) -> None:
    """A value's digit pressed against its unit (0起 in a narrow serif 0) that the recogniser
    read as the unit alone: a cell read as one character whose ink is too wide for one is read
    again at other sizes, and the first reading kept that only adds a number before it."""
    import cv2

    again = [k for k, c in enumerate(crops) if c.owner[0] == "cell" and _ONE_HAN.match(c.text)
             and c.band.x1 - c.band.x0 >= _WIDE * max(c.band.bottom - c.band.top, 1)]
    if not again:
        return
    how = {"linear": cv2.INTER_LINEAR, "cubic": cv2.INTER_CUBIC, "area": cv2.INTER_AREA}
    larger = []
    for k in again:
        h, w = pixels[k].shape[:2]
        for height, interpolation in _AGAIN:
            resized = cv2.resize(pixels[k], (max(int(w * height / max(h, 1)), 1), height),
                                 interpolation=how[interpolation])
            larger.append(np.pad(resized, ((4, 4), (8, 8)), mode="constant", constant_values=255))
    readings = engine.recognise(larger)
    for n, k in enumerate(again):
        crop = crops[k]
        for text, confidence in readings[n * len(_AGAIN):(n + 1) * len(_AGAIN)]:
            if text.endswith(crop.text) and _DIGITS_BEFORE.match(text):
                crop.text, crop.confidence = text, min(crop.confidence, confidence)
                fixes["a digit pressed against its unit"] = fixes.get("a digit pressed against its unit", 0) + 1
                break


def _box(box, scale: float) -> tuple[float, float, float, float]:
    return tuple(round(v * scale, 2) for v in box)  # type: ignore[return-value]


def _assemble_tables(page: OcrPage, grids: list[Grid], crops: list[_Crop], scale: float) -> None:
    by_cell: dict[tuple, list[_Crop]] = {}
    for c in crops:
        if c.owner[0] == "cell":
            by_cell.setdefault(c.owner[1:], []).append(c)
    for g, grid in enumerate(grids):
        rows: list[list[Cell | None]] = [[None] * (len(grid.xs) - 1) for _ in range(len(grid.ys) - 1)]
        for cell in grid.cells:
            pieces = sorted(by_cell.get((g, cell.row, cell.col), []), key=lambda c: (c.band.top, c.band.x0))
            texts = [correct.clean(p.text, page.fixes) for p in pieces]
            where = Where(page=page.number, bbox=_box(cell.box, scale))
            made = make_cell("\n".join(t for t in texts if t), where)
            if pieces:
                # Ink that reads as nothing (a blot, a stamp over the text) is the least sure of all.
                made.confidence = round(min(p.confidence for p in pieces), 3) if made.text else 0.0
                page.spots.append(Spot(page.number, where.bbox, made.text, made.confidence))
            rows[cell.row][cell.col] = made
        row_where = [Where(page=page.number, bbox=_box((grid.xs[0], grid.ys[r], grid.xs[-1], grid.ys[r + 1]), scale))
                     for r in range(len(rows))]
        table = Table(rows, Where(page=page.number, bbox=_box(grid.box, scale)), row_where=row_where)
        correct.fix_rows(rows, page.fixes)
        page.tables.append(table)


def _assemble_lines(page: OcrPage, crops: list[_Crop], scale: float) -> None:
    # A row of text split at wide gaps (a cover's two columns) is one line again,
    # as a PDF text layer would give it.
    crops = sorted(crops, key=lambda c: (c.band.top, c.band.x0))
    rows: list[list[_Crop]] = []
    for c in crops:
        if rows and abs(c.band.top - rows[-1][0].band.top) < rows[-1][0].band.height / 2:
            rows[-1].append(c)
        else:
            rows.append([c])
    heights = [c.band.height for c in crops]
    typical = statistics.median(heights) if heights else 0
    for row in rows:
        text = clean_spaces(" ".join(_piece(c, page.fixes) for c in row if c.text.strip()))
        if not text:
            continue
        x0 = min(c.band.x0 for c in row)
        x1 = max(c.band.x1 for c in row)
        top = min(c.band.top for c in row)
        bottom = max(c.band.bottom for c in row)
        if typical and abs((bottom - top) - typical) < 0.3 * typical:
            # Glyph extents vary with the characters (一 is flat); the text layer's
            # line height is the font's.  Snap near-typical lines to one height.
            middle = (top + bottom) / 2
            top, bottom = middle - typical / 2, middle + typical / 2
        page.lines.append(RawLine(text, x0 * scale, top * scale, x1 * scale, bottom * scale))


def _piece(crop: _Crop, fixes: dict[str, int]) -> str:
    text = correct.clean(crop.text, fixes)
    if crop.suffix:  # the dots left of a leader's cut belong to the leader
        return text.rstrip(_LEADER_ENDS) + crop.suffix
    if crop.band.x0 and crop.owner[0] == "line":
        text = text.lstrip(_LEADER_ENDS) if text[:1] in _LEADER_ENDS and text.lstrip(_LEADER_ENDS) else text
    return text
