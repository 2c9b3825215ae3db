"""A form printed without ruling lines: its columns exist only by alignment.

Some exporters (report generators, a word processor's "no borders" table style)
print the 绩效目标表 with no grid at all, so the ruled-table finder sees nothing
and each text line would run a whole row together.  A page without a ruled
table is read here by its words' positions, when it shows an indicator header
(a line of at least three column labels of the lexicon):

* the header's words fix the columns; a body word goes to the column it starts
  under, so the 一级/二级 cells printed only on their group's first row stay
  blank below (the interpreter inherits them, as it does merged cells);
* a line continues the row above (a name, a 指标解释 or a date wrapped inside
  its cell) when it sits closer to it than rows sit to each other; on a page
  whose rows are as tight as a cell's lines, when it lacks the row's name or
  target;
* the key/value block above the header (项目名称 | X | 项目编码 | Y …) is read
  row by row, a line that starts right of the labels' column continuing the
  cell above it.

Nothing else on the page changes: titles, the 绩效指标 label and the 填报人 line
stay lines.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from jixiao.extract.blocks import Cell, Table, Where
from jixiao.extract.pdf import furniture
from jixiao.extract.pdf.grid import make_cell
from jixiao.extract.text import vocabulary

MIN_LABELS = 3  # column labels on one line that make it an indicator header
_ROW_FIELDS = ("level3", "value")


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(slots=True)
class _Line:
    words: list[_Word]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def text(self) -> str:
        return "".join(w.text for w in self.words)


@dataclass(slots=True)
class _Row:
    cells: list[list[str]]  # each cell's physical lines
    xs: list[float] = field(default_factory=list)  # where each cell starts (key/value rows)
    top: float = 0.0
    bottom: float = 0.0


def _lines(page) -> list[_Line]:
    """The page's words grouped into physical lines, top to bottom; near words joined
    (a gap under half a character is inside a cell: a space between Latin words)."""
    words = sorted(page.extract_words(x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False),
                   key=lambda w: (w["top"], w["x0"]))
    lines: list[_Line] = []
    for w in words:
        word = _Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"])
        line = lines[-1] if lines else None
        if line is not None and abs(word.top - line.top) <= 0.5 * max(line.height, word.bottom - word.top):
            line.words.append(word)
            line.bottom = max(line.bottom, word.bottom)
        else:
            lines.append(_Line([word], word.top, word.bottom))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        merged: list[_Word] = []
        for w in line.words:
            prev = merged[-1] if merged else None
            if prev is not None and w.x0 - prev.x1 < 0.5 * (w.bottom - w.top):
                sep = " " if prev.text[-1].isascii() and w.text[0].isascii() else ""
                merged[-1] = _Word(prev.text + sep + w.text, prev.x0, w.x1, min(prev.top, w.top), max(prev.bottom, w.bottom))
            else:
                merged.append(w)
        line.words = merged
    return lines


def _may_hold_a_form(page) -> bool:
    """Three different indicator column labels somewhere in the page's characters: cheap to
    ask of every page without a ruled table (most are running text)."""
    text = "".join(ch["text"] for ch in page.chars if not ch["text"].isspace())
    return vocabulary.column_labels_in(text) >= MIN_LABELS


def _is_header(line: _Line) -> bool:
    return sum(1 for w in line.words if vocabulary.is_column_label(w.text)) >= MIN_LABELS and len(line.words) >= MIN_LABELS


def _ends_table(line: _Line, prev: _Line, page_height: float) -> bool:
    text = line.text
    if furniture.in_margin(line.top, line.bottom, page_height) and furniture.is_page_number(text):
        return True  # the page's number under the last row
    if line.top - prev.bottom > 3 * max(prev.height, line.height):
        return True  # the form ended; what follows is apart from it
    return bool(vocabulary.TABLE_END.search(text) or vocabulary.FORM_TITLE.search(text)) or (
        vocabulary.is_header_label(line.words[0].text) and len(line.words) > 1)


def _under_columns(line: _Line, header: _Line) -> bool:
    """Every word of ``line`` starts where a column of ``header`` starts: a row of a form whose
    header is on an earlier page."""
    return all(any(abs(w.x0 - h.x0) <= 2 for h in header.words) for w in line.words)


def _rows_split_by_gap(lines: list[_Line]) -> float | None:
    """The gap above which a line starts a new row, when the block shows two kinds of gap
    (a cell's wrapped lines tight, rows apart); None when all gaps look alike."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    if len(gaps) < 2:
        return None
    low, high = min(gaps), max(gaps)
    height = statistics.median(line.height for line in lines)
    if high - low < 0.3 * height:
        return None
    return (low + high) / 2


def _cuts(header: _Line) -> list[float]:
    """Where one column ends and the next begins: halfway across the gap between their labels."""
    return [(a.x1 + b.x0) / 2 for a, b in zip(header.words, header.words[1:])]


def _indicator_rows(header: _Line, body: list[_Line], same_page: bool = True) -> tuple[list[str], list[_Row]]:
    labels = [w.text for w in header.words]
    fields = vocabulary.header_fields(labels)
    bounds = [float("-inf")] + _cuts(header)
    split = _rows_split_by_gap([header] + body if same_page else body)
    must = [j for j, f in enumerate(fields) if f in _ROW_FIELDS]
    rows: list[_Row] = []
    prev = header if same_page else None
    for line in body:
        cells: list[list[str]] = [[] for _ in labels]
        for w in line.words:
            j = max(k for k, b in enumerate(bounds) if b <= w.x0 + 1)
            cells[j].append(w.text)
        if split is not None:
            opens = not rows or line.top - prev.bottom > split
        else:
            opens = not rows or all(cells[j] for j in must) or any(
                cells[j] and vocabulary.is_level_name("".join(cells[j])) for j, f in enumerate(fields) if f in ("level1", "level2"))
        if opens:
            rows.append(_Row([[" ".join(c)] if c else [] for c in cells], top=line.top, bottom=line.bottom))
        else:
            for j, c in enumerate(cells):
                if c:
                    rows[-1].cells[j].append(" ".join(c))
            rows[-1].bottom = line.bottom
        prev = line
    return labels, rows


def _key_value_rows(lines: list[_Line]) -> list[_Row]:
    left = min(line.x0 for line in lines)
    split = _rows_split_by_gap(lines)
    rows: list[_Row] = []
    prev: _Line | None = None
    for line in lines:
        first = line.words[0]
        if split is not None and prev is not None:
            continues = line.top - prev.bottom <= split
        else:
            continues = bool(rows) and first.x0 > left + (first.bottom - first.top) and not vocabulary.is_header_label(first.text)
        if continues and rows:
            row = rows[-1]
            for w in line.words:
                # the cell of the row above that this word stands under
                k = max((i for i, x in enumerate(row.xs) if x <= w.x0 + 1), default=0)
                row.cells[k].append(w.text)
            row.bottom = line.bottom
        else:
            rows.append(_Row([[w.text] for w in line.words], [w.x0 for w in line.words], line.top, line.bottom))
        prev = line
    return rows


def _table(rows: list[list[list[str]]], tops: list[tuple[float, float]], spans: list[list[tuple[float, float]]],
           number: int) -> Table:
    """A ``Table`` of ``rows`` (each cell's lines); ``spans``: each row's cells' x ranges, so that
    a form's rows continued on the next page line up with its header's columns."""
    width = max(len(r) for r in rows)
    left = min(x0 for row in spans for x0, _ in row)
    right = max(x1 for row in spans for _, x1 in row)
    out: list[list[Cell | None]] = []
    row_where = []
    for cells, (top, bottom), xs in zip(rows, tops, spans):
        xs = xs + [(xs[-1][1], right)] * (width - len(xs))
        out.append([make_cell("\n".join(c), Where(page=number, bbox=(x0, top, x1, bottom)))
                    for c, (x0, x1) in zip(cells + [[] for _ in range(width - len(cells))], xs)])
        row_where.append(Where(page=number, bbox=(left, top, right, bottom)))
    return Table(out, Where(page=number, bbox=(left, tops[0][0], right, tops[-1][1])), row_where=row_where)


def _block_above(lines: list[_Line], h: int, used: int) -> list[_Line]:
    """The key/value block above the header at ``h``: up to the highest labelled line
    (项目名称 | X …) reached through labelled lines and lines that start right of the form's
    left edge (a value wrapped in its cell); a lone label at the left edge (绩效指标) is skipped."""
    left = lines[h].x0
    top = h
    for k in range(h - 1, used - 1, -1):
        line = lines[k]
        first = line.words[0]
        if vocabulary.FORM_TITLE.search(line.text):
            break
        if vocabulary.is_header_label(first.text) and len(line.words) > 1:
            top = k
        elif first.x0 <= left + (first.bottom - first.top) and len(line.words) > 1:
            break  # running text at the left edge: not the form's
    return [line for line in lines[top:h] if len(line.words) > 1 or line.x0 > left + (line.bottom - line.top)]


def tables(page, number: int, carried: _Line | None = None) -> tuple[list[Table], _Line | None]:
    """The borderless forms of a page without ruled tables, as ``Table`` blocks, and the
    header of a form still open at the page's end (its rows go on over the page: pass it
    as ``carried`` for the next page)."""
    if carried is None and not _may_hold_a_form(page):
        return [], None  # a page of running text: spare it the word grouping
    lines = _lines(page)
    height = float(page.height)
    found: list[Table] = []
    used = 0  # lines before this index belong to a form already read
    open_header: _Line | None = None
    if carried is not None:
        while used < len(lines) and furniture.in_margin(lines[used].top, lines[used].bottom, height) and \
                not _under_columns(lines[used], carried):
            used += 1  # a running header above the rows
        start = used
        while used < len(lines) and not _is_header(lines[used]) and _under_columns(lines[used], carried) and (
                used == start or not _ends_table(lines[used], lines[used - 1], height)):
            used += 1
        if used > start:
            found.append(_indicator_table(carried, lines[start:used], number, with_header=False))
            open_header = carried if _rest_is_margin(lines[used:], height) else None
    for h in range(used, len(lines)):
        header = lines[h]
        if h < used or not _is_header(header):
            continue
        end = h + 1
        while end < len(lines) and not _ends_table(lines[end], lines[end - 1], height) and not _is_header(lines[end]):
            end += 1
        block = _block_above(lines, h, used)
        if block:
            kv = _key_value_rows(block)
            right = max(w.x1 for line in block for w in line.words)
            spans = [[(x, nxt) for x, nxt in zip(r.xs, r.xs[1:] + [right])] for r in kv]
            found.append(_table([r.cells for r in kv], [(r.top, r.bottom) for r in kv], spans, number))
        found.append(_indicator_table(header, lines[h + 1:end], number))
        open_header = header if _rest_is_margin(lines[end:], height) else None
        used = end
    return found, open_header


def _rest_is_margin(rest: list[_Line], height: float) -> bool:
    """Nothing but the page's margin (its number, a running footer) after a form's last row:
    the form may go on over the page."""
    return all(furniture.in_margin(line.top, line.bottom, height) for line in rest)


def _indicator_table(header: _Line, body: list[_Line], number: int, with_header: bool = True) -> Table:
    labels, rows = _indicator_rows(header, body, same_page=with_header)
    shown = [header] + body
    left = min(line.x0 for line in shown)
    right = max(w.x1 for line in shown for w in line.words)
    cuts = [left] + _cuts(header) + [right]
    columns = list(zip(cuts, cuts[1:]))
    cells = [r.cells for r in rows]
    tops = [(r.top, r.bottom) for r in rows]
    if with_header:
        cells, tops = [[[t] for t in labels]] + cells, [(header.top, header.bottom)] + tops
    return _table(cells, tops, [columns] * len(cells), number)
