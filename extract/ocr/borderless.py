"""A form with no rulings on a page image: its columns exist only by alignment.

A web system's data grid tells its rows apart by zebra shading and its columns by
white space alone, and its header block is label/value pairs side by side; a
screenshot of it has no grid for ``ruling`` to find, and its lines, read whole,
run a row's cells together. Where such a page shows an indicator header (three
or more column labels on one line), its text is cut again into words at the gaps
between cells, each word read on its own, and the words go to ``positioned``,
which rebuilds forms from positioned words for pdf.js text layers already: the
header's labels fix the columns, rows come from the target column's lines, the
key/value block above the header is read row by row.

Only the forms are taken from there; the page's other lines (titles, a toolbar, a
pager) stay the lines they were read as.
"""
from __future__ import annotations

import statistics

import numpy as np
import regex

from jixiao.extract.blocks import Table
from jixiao.extract.ocr import correct
from jixiao.extract.ocr.text_rows import Band, bands
from jixiao.extract.pdf.lines import RawLine
from jixiao.extract.text import positioned, vocabulary

# White between two cells of a row, in line heights: more than between the glyphs of a
# word (a stroke or two) or a Latin space (a third of a line), less than a column's gap.
CELL_GAP = 0.6


def shows_a_header(lines: list[RawLine]) -> bool:
    """A line naming three or more indicator columns: the page holds a form."""
    return any(vocabulary.column_labels_in(regex.sub(r"\s+", "", line.text)) >= positioned.MIN_LABELS for line in lines)


def word_bands(rest: np.ndarray, dpi: float, typical: float) -> list[Band]:
    """The page's text cut at every gap a cell's edge leaves."""
    return bands(rest, dpi, split_gap=max(CELL_GAP * typical, 2))


def typical_height(line_bands: list[Band]) -> float:
    return statistics.median(b.height for b in line_bands) if line_bands else 0.0


def forms(words: list[tuple[Band, str]], page: int, scale: float) -> list[Table]:
    """The forms ``positioned`` finds among the page's read words (bands in pixels)."""
    placed = [positioned.Word(_word(text), b.x0 * scale, b.x1 * scale, b.top * scale, b.bottom * scale)
              for b, text in _after_marks(words) if text.strip()]
    found, _ = positioned.blocks(placed, page)
    return [b for b in found if isinstance(b, Table)]


# Full-width marks whose glyph leaves the right of its square white: the gap after them is
# the mark's own, not a cell's edge (免费开放文化馆、 | 图书馆；).
_OPEN_MARKS = "、，；：,;:"
# A label's unit in brackets, set apart by the bracket's own white: 资金总额 | （万元）.
_UNIT_ONLY = regex.compile(r"^[（(][^（）()]{1,6}[)）]$")


def _after_marks(words: list[tuple[Band, str]]) -> list[tuple[Band, str]]:
    """Words cut at the white a full-width mark or bracket leaves, joined again."""
    out: list[tuple[Band, str]] = []
    for b, text in sorted(words, key=lambda w: (w[0].top, w[0].x0)):
        if out:
            a, before = out[-1]
            same_line = abs((a.top + a.bottom) - (b.top + b.bottom)) < a.height
            if same_line and 0 <= b.x0 - a.x1 < 1.5 * a.height and (
                    before.rstrip()[-1:] in _OPEN_MARKS or _UNIT_ONLY.match(text.strip())):
                out[-1] = (Band(a.x0, min(a.top, b.top), b.x1, max(a.bottom, b.bottom)), before + text)
                continue
        out.append((b, text))
    return out


def _word(text: str) -> str:
    """A word read alone: a label one character off a known one (项目偏码) is that label,
    as a ruled table's cell would be; the key/value block finds its rows by its labels."""
    text = correct.clean(text)
    return correct.header_label(text) or text


def outside(lines: list[RawLine], tables: list[Table]) -> list[RawLine]:
    """The lines that no form covers."""
    boxes = [t.where.bbox for t in tables if t.where.bbox]

    def covered(line: RawLine) -> bool:
        middle = (line.top + line.bottom) / 2
        return any(top <= middle <= bottom for _, top, _, bottom in boxes)

    return [line for line in lines if not covered(line)]
