"""A form known only by where its words stand: no rulings, cells centred in them.

A PDF viewer's text layer saved as HTML (textlayer.py) keeps each run of text with
its position and nothing of the drawn grid. The form is rebuilt from the
positions, as a reader of the printed page would:

* the indicator header (a line of at least three column labels) gives the
  columns: a word goes to the column whose label's centre is nearest its own
  (cells are centred under their labels, so a long 三级 name starts left of
  its label's start);
* the target column gives the rows: each of its lines is one row, and every
  word of the other columns goes to the row nearest its middle (a name wrapped
  over two lines beside a target centred between them is one row);
* a merged 一级/二级 cell prints its name once, centred over its run: where a
  level column has a name between two rows, each name's run is the rows it is
  centred over, taken in turn; where every name stands on a row, it starts its
  run (a name printed on its group's first row);
* the key/value block above the header (项目名称 | X | 项目编码 | Y …) is read
  row by row, its rows fixed by its labels' lines and its cells by the gaps
  between words (a value wrapped in its cell stands over itself).

Lines outside a form (titles, 部门编码：…, 填报人) stay lines.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from jixiao.extract.blocks import Block, Cell, Line, Table, Where, expand_spans
from jixiao.extract.interpret import lexicon
from jixiao.extract.text import vocabulary
from jixiao.extract.text.furniture import is_footer, is_site_chrome

MIN_LABELS = 3  # column labels on one line that make it an indicator header
_LEVELS = ("level1", "level2")


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


def blocks(words: list[Word], page: int, carried: list[Word] | None = None) -> tuple[list[Block], list[Word] | None]:
    """The page's lines and forms, top to bottom, and the header of a form that runs to the
    page's foot (its rows may go on at the top of the next page: pass it as ``carried``)."""
    # A web system's buttons and pager (导出 打印, 共 6 条) are no row of its form.
    lines = [line for line in _lines(words) if not is_site_chrome(_text(line))]
    out: list[Block] = []
    open_header = None
    if carried is not None:
        end = 0
        while end < len(lines) and _under(lines[end], carried) and (end == 0 or not _ends_form(lines[end], lines[end - 1])):
            end += 1
        if end:
            table = _indicators(carried, lines[:end], page, with_header=False)
            table.page_break_before = True
            out.append(table)
            open_header = carried if _only_margin(lines[end:]) else None
            lines = lines[end:]
    k = 0
    while k < len(lines):
        if not _is_header(lines[k]):
            k += 1
            continue
        start = _block_start(lines, k)
        end = k + 1
        while end < len(lines) and not _ends_form(lines[end], lines[end - 1]):
            end += 1
        out += [_line(line, page) for line in lines[:start]]
        if start < k:
            out.append(_key_values(lines[start:k], page))
        if end > k + 1:
            out.append(_indicators(lines[k], lines[k + 1:end], page))
        open_header = lines[k] if _only_margin(lines[end:]) else None
        lines, k = lines[end:], 0
    out += [_line(line, page) for line in lines]
    return [b for b in out if b is not None], open_header


def _under(line: list[Word], header: list[Word]) -> bool:
    """A line of a form's rows: within the header's width, neither a title nor a header."""
    left, right = min(w.x0 for w in header), max(w.x1 for w in header)
    text = _text(line)
    return (all(left - 2 * w.height <= w.cx <= right + 2 * w.height for w in line) and not _is_header(line)
            and not vocabulary.FORM_TITLE.search(text) and not vocabulary.TABLE_END.search(text) and not is_footer(text)
            and not any(vocabulary.is_header_label(w.text) for w in line))


def _only_margin(rest: list[list[Word]]) -> bool:
    """Nothing after a form but the page's number: the form may go on over the page."""
    return all(is_footer(_text(line)) or is_footer("  ".join(w.text for w in line)) for line in rest)


# -- lines ---------------------------------------------------------------------

def _lines(words: list[Word]) -> list[list[Word]]:
    """Words on one level (their middles within half a line) as lines, top to bottom."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.cy, w.x0)):
        if lines and abs(w.cy - _cy(lines[-1])) <= 0.5 * max(w.height, lines[-1][0].height):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _cy(line: list[Word]) -> float:
    return sum(w.cy for w in line) / len(line)


def _text(line: list[Word]) -> str:
    return "".join(w.text for w in line)


def _is_header(line: list[Word]) -> bool:
    return sum(1 for w in line if vocabulary.is_column_label(w.text)) >= MIN_LABELS


def _line(line: list[Word], page: int) -> Line | None:
    text = "  ".join(w.text.strip() for w in line if w.text.strip())
    if not text or is_footer(text):
        return None
    return Line(text, Where(page=page, bbox=_bbox(line)), para_break_before=True)


def _bbox(words: list[Word]) -> tuple[float, float, float, float]:
    return (min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words), max(w.bottom for w in words))


def _block_start(lines: list[list[Word]], header: int) -> int:
    """The first line of the key/value block above the header at ``header``: the lines after
    the last one that names the form (its title) or its owner (部门名称：…), if a label of
    the block (项目名称, 资金总额 …) stands among them."""
    start = header
    for k in range(header - 1, -1, -1):
        text = _text(lines[k])
        if vocabulary.FORM_TITLE.search(text) or vocabulary.TABLE_END.search(text) or (
                ("：" in text or ":" in text) and not any(vocabulary.is_header_label(w.text) for w in lines[k])):
            break
        start = k
    if not any(vocabulary.is_header_label(w.text) for line in lines[start:header] for w in line):
        return header
    return start


def _ends_form(line: list[Word], prev: list[Word]) -> bool:
    text = _text(line)
    height = max(w.height for w in prev)
    return (line[0].top - max(w.bottom for w in prev) > 3 * height or is_footer(text) or is_site_chrome(text)
            or bool(vocabulary.TABLE_END.search(text) or vocabulary.FORM_TITLE.search(text)) or _is_header(line))


def _joined(words: list[Word]) -> str:
    """A cell's words in reading order: lines top to bottom, words left to right; Latin
    words apart by a space, Chinese ones run together as printed."""
    out = ""
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        t = w.text.strip()
        if out and t and out[-1].isascii() and out[-1].isalpha() and t[0].isascii() and t[0].isalpha():
            out += " "
        out += t
    return out


# -- the indicator rows --------------------------------------------------------

def _indicators(header: list[Word], body: list[list[Word]], page: int, with_header: bool = True) -> Table:
    labels = [w for w in header if w.text.strip()]
    fields = vocabulary.header_fields([w.text for w in labels])
    centres = [w.cx for w in labels]
    columns: list[list[Word]] = [[] for _ in labels]
    for w in (w for line in body for w in line):
        columns[min(range(len(centres)), key=lambda j: abs(centres[j] - w.cx))].append(w)
    anchors = _row_middles(columns, fields)
    rows: list[list[list[Word]]] = [[[] for _ in labels] for _ in anchors]
    spans: dict[tuple[int, int], int] = {}
    names = {j: _labels_of(columns[j]) for j, field in enumerate(fields) if field in _LEVELS}
    centred = _centred(list(names.values()), anchors)
    for j, field in enumerate(fields):
        if field in _LEVELS:
            for first, count, words in _runs(names[j], anchors, centred):
                rows[first][j] = words
                spans[(first, j)] = count
            continue
        for w in columns[j]:
            rows[_nearest(anchors, w.cy)][j].append(w)
    cells: list[list[Cell]] = [[Cell(w.text.strip(), Where(page=page, bbox=_bbox([w]))) for w in labels]] if with_header else []
    for r, row in enumerate(rows):
        out = []
        for j, words in enumerate(row):
            if any(key[1] == j and key[0] < r < key[0] + n for key, n in spans.items()):
                continue  # covered by a merged cell above
            where = Where(page=page, bbox=_bbox(words)) if words else Where(page=page)
            out.append(Cell(_joined(words), where, rowspan=spans.get((r, j), 1)))
        cells.append(out)
    grid = expand_spans(cells)
    row_where = [Where(page=page, bbox=_bbox(header))] if with_header else []
    row_where += [Where(page=page, bbox=_bbox([w for c in row for w in c] or header)) for row in rows]
    shown = (header if with_header else []) + [w for line in body for w in line]
    return Table(grid, Where(page=page, bbox=_bbox(shown)), row_where=row_where)


def _row_middles(columns: list[list[Word]], fields: list[str | None]) -> list[float]:
    """One middle per row: the target column's lines, then lines of the name column far from
    all of them (a row whose target is empty)."""
    def middles(words: list[Word]) -> list[float]:
        return [_cy(line) for line in _lines(words)]

    target = [j for j, f in enumerate(fields) if f == "value"]
    name = [j for j, f in enumerate(fields) if f == "level3"]
    found = middles([w for j in target for w in columns[j]]) if target else []
    height = max((w.height for col in columns for w in col), default=1.0)
    for j in name:
        for label in _labels_of(columns[j]):
            if all(abs(label.cy - m) > height for m in found):
                found.append(label.cy)
    if not found:  # no target and no name column: every line is a row
        found = middles([w for col in columns for w in col])
    return sorted(found)


def _labels_of(words: list[Word]) -> list[Word]:
    """A column's words as cells: lines set as one paragraph's (less than a third of a line
    apart) are one cell's wrapped lines (服务对象满意度指 / 标); cells of adjacent rows stand
    further apart, by their padding."""
    cells: list[list[Word]] = []
    for line in _lines(words):
        if cells and line[0].top - max(w.bottom for w in cells[-1]) < 0.3 * line[0].height:
            cells[-1] += line
        else:
            cells.append(list(line))
    out = []
    for c in cells:
        x0, top, x1, bottom = _bbox(c)
        out.append(Word(_joined(c), x0, x1, top, bottom))
    return out


def _nearest(anchors: list[float], y: float) -> int:
    return min(range(len(anchors)), key=lambda r: abs(anchors[r] - y))


def _centred(columns: list[list[Word]], anchors: list[float]) -> bool:
    """Does the form centre its merged names over their runs? It does where any name stands
    between two rows (a run of an even number of rows); a name over an odd run stands on its
    middle row, and a form whose every name stands on a row prints each on its run's first --
    unless a column's first name stands below the first row (then the row above it would
    have no name: the name is centred over a run of three or more)."""
    if len(anchors) < 2:
        return False
    pitch = min(b - a for a, b in zip(anchors, anchors[1:]))
    return any(min(abs(a - w.cy) for a in anchors) > 0.25 * pitch for labels in columns for w in labels) or any(
        labels and labels[0].cy - anchors[0] > 0.75 * pitch for labels in columns)


def _runs(labels: list[Word], anchors: list[float], centred: bool) -> list[tuple[int, int, list[Word]]]:
    """(first row, rows, [label]) for each merged level cell of a column."""
    if not labels or not anchors:
        return []
    out = []
    if not centred:  # every name on its run's first row: the next name ends the run
        firsts = [_nearest(anchors, w.cy) for w in labels]
        for k, (w, first) in enumerate(zip(labels, firsts)):
            last = firsts[k + 1] - 1 if k + 1 < len(firsts) else len(anchors) - 1
            if last >= first:
                out.append((first, last - first + 1, [w]))
        return out
    start = 0
    for k, w in enumerate(labels):
        left = len(labels) - k - 1  # names still to place, a row each at least
        if start >= len(anchors):
            break
        if left == 0:
            last = len(anchors) - 1
        else:
            last = min(range(start, len(anchors) - left), default=start,
                       key=lambda e: abs((anchors[start] + anchors[e]) / 2 - w.cy))
        out.append((start, last - start + 1, [w]))
        start = last + 1
    return out


# -- the key/value block -------------------------------------------------------

def _cell(words: list[Word], page: int) -> Cell:
    """A key/value cell; its lines kept as parts, so that a goal list wrapped line by line
    still splits on its items (1.… / 2.…)."""
    lines = [_joined(line) for line in _lines(words)]
    return Cell("".join(lines), Where(page=page, bbox=_bbox(words)), parts=tuple(lines) if len(lines) > 1 else ())


def _names_the_unit(text: str) -> bool:
    """金额单位 (or 金额单位：万元) in a label/value block: a row of its own, as its labels are."""
    return bool(lexicon.MONEY_UNIT_WORD.match(regex.split(r"\s*[:：]", text, maxsplit=1)[0]))


def _key_values(lines: list[list[Word]], page: int) -> Table:
    """项目名称 | X / 项目编码 | Y | 实施单位 | Z …: rows where labels stand, each word in the
    row nearest its middle, a row's words joined into cells where they touch or stack."""
    words = [w for line in lines for w in line]
    anchors = sorted({round(_cy(line), 1) for line in lines
                      if any(vocabulary.is_header_label(w.text) or _names_the_unit(w.text) for w in line)})
    if not anchors:
        anchors = [_cy(line) for line in lines]
    rows: list[list[Word]] = [[] for _ in anchors]
    for w in words:
        rows[_nearest(anchors, w.cy)].append(w)
    cells: list[list[Cell]] = []
    row_where = []
    for row in rows:
        if not row:
            continue
        groups: list[list[Word]] = []
        for w in sorted(row, key=lambda w: w.x0):
            if groups and w.x0 - max(g.x1 for g in groups[-1]) < 0.5 * w.height:
                groups[-1].append(w)
            else:
                groups.append([w])
        cells.append([_cell(g, page) for g in groups])
        row_where.append(Where(page=page, bbox=_bbox(row)))
    grid = expand_spans(cells)
    return Table(grid, Where(page=page, bbox=_bbox(words)), row_where=row_where)
