"""A spreadsheet shown as page text: cells apart by spaces, labels stacked.

An .xls attachment rendered inline by a web page (or a WPS capture) loses its
grid: the cells of a row are separated by one or more spaces, the merged
一级/二级 cells of continuation rows are gone (the interpreter realigns those
rows under the header), and a narrow label cell is broken one word per line
(``年度`` / ``预算`` / ``安排`` / ``(万元)``).  Such a stacked label is joined and
laid over the rows it spans, as a rowspan cell.  A table is known by a label
of the lexicon in its first cell; a blank line ends it.  A capture that put
the whole table on one line is cut into rows at the level names.
"""
from __future__ import annotations

from collections import Counter

import regex

from jixiao.extract.blocks import Block, Cell, Line, Table, Where
from jixiao.extract.text import aligned, vocabulary
from jixiao.extract.text.furniture import is_footer
from jixiao.extract.text.rows import TableRun
from jixiao.extract.textclean import join
from jixiao.normalize import lazy_regex

_DEPARTMENT_LINE = lazy_regex.compile(r"^(?:预算|主管)?(?:单位|部门)(?:名称)?\s*[:：]\s*\S+\s+(?:单位|部门)(?:编码|代码)\s*[:：]\s*\d{3,12}"
                                 # 部门编码：113002    单位：万元 (the code alone, the money unit beside it)
                                 r"|^(?:单位|部门)(?:编码|代码)\s*[:：]\s*\d{3,12}(?:\s+(?:金额)?单位\s*[:：]\s*\S+)?$")
_GAP = lazy_regex.compile(r"[ \t\u00a0\u3000]+")
_FRAGMENT = lazy_regex.compile(r"^(?:[\p{Han}]{1,4}|[(（][^()（）\s]{1,6}[)）])$")


# pdftotext -layout puts a space between a digit and a Chinese character (3 月底, 12 月底):
# on a line whose cells are apart by wider gaps, such a space is inside a cell.
_GLYPH_SPACE = lazy_regex.compile(r"(?<=\d) (?=\p{Han})|(?<=\p{Han}) (?=\d)")
_WIDE_GAP = lazy_regex.compile(r"\S[ \u3000]{2,}\S|\t")


def _cells(line: str) -> list[str]:
    text = line.strip()
    if _WIDE_GAP.search(text):
        singles = regex.findall(r"(?<=\S) (?=\S)", text)
        if singles and len(singles) == len(_GLYPH_SPACE.findall(text)):
            text = _GLYPH_SPACE.sub("", text)
    return [c for c in _GAP.split(text) if c]


_LABELLED = lazy_regex.compile(r"^(?P<label>[^:：\s]{2,16})[:：](?P<value>.*)$")


def _labelled(cells: list[str]) -> list[str]:
    """``项目名称：X`` as two cells, where the words before the colon are a label."""
    out: list[str] = []
    for c in cells:
        m = _LABELLED.match(c)
        if m and vocabulary.is_header_label(m.group("label")):
            out += [m.group("label")] + ([m.group("value")] if m.group("value") else [])
        else:
            out.append(c)
    return out


def _spans(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(r"[^ \t\u00a0\u3000]+", line)]


def _header_tail(header_line: str, line: str) -> list[str] | None:
    """The second line of a header printed over two (一级 / 指标): each
    fragment joined to the header cell it stands under; None unless every
    fragment is a short word that makes a column label of its cell."""
    top, bottom = _spans(header_line), _spans(line)
    if not bottom or not top:
        return None
    cells = [header_line[a:b] for a, b in top]
    joined = set()
    for a, b in bottom:
        piece = line[a:b]
        if not _FRAGMENT.match(piece) or vocabulary.is_level_name(piece):
            return None
        k = min(range(len(top)), key=lambda j: abs(top[j][0] - a))
        cells[k] += piece
        joined.add(k)
    return cells if all(vocabulary.is_column_label(cells[k]) for k in joined) else None


def _header_labels(cells: list[str]) -> int:
    return sum(1 for c in cells if vocabulary.is_column_label(c))


def looks_like(lines: list[str]) -> bool:
    """A line holds an indicator header spelled out in space-separated labels."""
    return any(_header_labels(_cells(ln)) >= 3 for ln in lines if _GAP.search(ln.strip()))


def _starts_table(cells: list[str]) -> bool:
    if len(cells) < 2:
        return False
    return vocabulary.is_header_label(cells[0]) or vocabulary.is_column_label(cells[0]) or _header_labels(cells) >= 2


def _stacked(lines: list[str], i: int) -> int:
    """How many lines from ``i`` are pieces of one label broken one word per line."""
    j = i
    while j < len(lines) and _FRAGMENT.match(lines[j].strip()):
        j += 1
    return j - i if j - i >= 2 else 0


def _one_line_rows(cells: list[str]) -> list[list[str]]:
    """A whole table on one line: a row before each label and each level name that follows a value."""
    rows: list[list[str]] = []
    header_seen = False
    for k, text in enumerate(cells):
        label = vocabulary.is_header_label(text) or vocabulary.is_column_label(text)
        level = vocabulary.is_level_name(text)
        new_row = not rows
        if not header_seen and vocabulary.is_column_label(text) and k + 1 < len(cells) and vocabulary.is_column_label(cells[k + 1]):
            header_seen, new_row = True, True
        elif header_seen and level:
            # 产出指标 数量指标 …: the second level name stays on the first one's row.
            new_row = not (rows and all(vocabulary.is_level_name(c) for c in rows[-1]))
        elif not header_seen and label:
            new_row = True
        elif header_seen and rows and all(vocabulary.is_column_label(c) for c in rows[-1]) and not label:
            new_row = True
        if new_row:
            rows.append([])
        rows[-1].append(text)
    return rows


def _label_line(line: str) -> bool:
    """A header's upper line (序号 项目名称 项目资金（万元） … 绩效指标): labels, no values."""
    found = _cells(line)
    labels = sum(1 for c in found if vocabulary.is_header_label(c) or vocabulary.is_column_label(c))
    return bool(found) and labels * 2 >= len(found) and not any(regex.match(r"^[\d.,，%≥≤<>]+$", c) for c in found)


def _block_end(lines: list[str], k: int) -> int:
    """The first line from ``k`` that ends a table's body: a blank line, or 填报人/审核意见."""
    while k < len(lines) and lines[k].strip() and not vocabulary.TABLE_END.search(lines[k]):
        k += 1
    return k


def _continued_over_page(lines: list[str], end: int, header: str, cols: list[int]) -> tuple[int, int] | None:
    """The lines that go on with a table after a page break: past blank lines with the page's
    number (or a form feed) among them, a run of lines under the same columns (the header
    repeated on top of the new page is skipped); None when the table ended at ``end``."""
    k, broke = end, False
    while k < len(lines) and (not lines[k].strip() or is_footer(lines[k].strip()) or lines[k].strip() == "\f"):
        broke = broke or bool(lines[k].strip()) or "\f" in lines[k]
        k += 1
    if not broke or k >= len(lines) or vocabulary.TABLE_END.search(lines[k]):
        return None
    if aligned.cells(lines[k].rstrip()) == aligned.cells(header):
        k += 1  # the header again, on top of the new page
    stop = _block_end(lines, k)
    run = [lines[j].rstrip() for j in range(k, stop)]
    if not run or _header_labels(_cells(run[0])) >= 3 or vocabulary.FORM_TITLE.search(run[0]) \
            or not aligned.aligned(run, cols) or not _cells(run[0])[0:1] or vocabulary.is_header_label(_cells(run[0])[0]):
        return None
    return k, stop


def _aligned_table(lines: list[str], i: int, run: TableRun) -> int | None:
    """The indicator header at line ``i`` and the body under it read by position, when the
    page kept the sheet's columns; the line after the table, or None to read by gaps."""
    header, below = lines[i].rstrip(), i + 1
    if i + 1 < len(lines) and _header_tail(header, lines[i + 1].rstrip()) is not None:
        # One label wrapped under itself (指标值确定依 / 据): its rest put in the spaces after it,
        # where the columns keep their places. A header printed over two lines (一级 / 指标 under
        # every label) is read by gaps, which joins them.
        header = _with_tail(header, lines[i + 1].rstrip()) if len(_spans(lines[i + 1].rstrip())) == 1 else None
        if header is None:
            return None
        below = i + 2
    top = [lines[i - 1].rstrip()] if i > 0 and lines[i - 1].strip() and _label_line(lines[i - 1]) else []
    head = top + [header]
    cols = aligned.anchors(head)
    end = _block_end(lines, below)
    body = [(k + 1, lines[k].rstrip()) for k in range(below, end)]
    if not aligned.aligned([line for _, line in body], cols):
        return None
    while (more := _continued_over_page(lines, end, head[-1], cols)) is not None:
        start, end = more
        body += [(k + 1, lines[k].rstrip()) for k in range(start, end)]
    if top and run.rows:
        run.rows.pop()  # the upper header line, read by gaps a moment ago
        run.where.pop()
    first = i + 1 - len(top)
    for k, row in enumerate(aligned.header_rows(head, cols, first)):
        run.add(row, first + k)
    for row in aligned.body_rows(body, cols, aligned.header_fields(head, cols)):
        run.add(row, row[0].where.line or first)
    return end


def _with_tail(header: str, tail: str) -> str | None:
    """``header`` with each fragment of the line under it written after the label it stands
    under, over as many spaces as it is wide (the other labels keep their columns); None
    where a label has no room for it."""
    top = _spans(header)
    out = header
    for a, b in reversed(_spans(tail)):
        piece = tail[a:b]
        end = top[min(range(len(top)), key=lambda j: abs(top[j][0] - a))][1]
        room = len(out[end:]) - len(out[end:].lstrip(" "))
        need = aligned.width(piece)
        if end < len(out) and room < need + 2:
            return None
        out = out[:end] + piece + out[end + need:] if end < len(out) else out + piece
    return out


def _prose_width(lines: list[str]) -> int | None:
    """The width a page's running text fills (pdftotext -layout wraps every paragraph line
    there): the most common width among long lines without a column gap; None if no width
    stands out."""
    widths = Counter(w for ln in lines
                     if not regex.search(r"\S\s{2,}\S", ln.strip()) and (w := aligned.width(ln.rstrip())) >= 40)

    def near(width: int) -> int:
        return sum(c for w, c in widths.items() if abs(w - width) <= 2)

    width = max(widths, key=lambda w: (near(w), w), default=None)
    return width if width is not None and near(width) >= 3 else None


def _wrapped(before: str, line: str, full: int | None) -> bool:
    """``line`` goes on with the paragraph of ``before``: it starts at the left edge, and the
    line before ran to the width the page's text fills."""
    return full is not None and not line[:1].isspace() and aligned.width(before.rstrip()) >= full - 2


def _prose(line: str, full: int | None) -> bool:
    """An indented line of running text that opens with a label (绩效目标：完成…): one cell, no
    column gap, and it runs to the text's width or ends a sentence."""
    text = line.strip()
    return full is not None and line[:1].isspace() and not _GAP.search(text) and (
        aligned.width(line.rstrip()) >= full - 2 or text.endswith(("。", "；", "！")))


def _part1_table(lines: list[str], i: int, blocks: list[Block]) -> int | None:
    """Part 1's small table at line ``i``, its cells under its header's columns and wrapped
    inside them: a line filling the first column starts a row, the others go on the row's
    cells. Appended to ``blocks`` as a Table; the line after it, or None if none is here."""
    from jixiao.extract.interpret import sections

    head = aligned.cells(lines[i].rstrip())
    names = [t for _, t in head]
    if len(names) < 3 or not all(sections.is_part1_column(t) for t in names) \
            or not sections.is_part1_header(names):
        return None
    starts = [start for start, _ in head]
    rows: list[list[str]] = [names]
    where = [i + 1]
    k = i + 1
    while k < len(lines) and lines[k].strip() and not sections.heading_kind(lines[k].strip()) \
            and not is_footer(lines[k].strip()):
        found = aligned.cells(lines[k].rstrip())
        columns = [aligned.column_of(start, starts) for start, _ in found]
        if None in columns:
            break
        if columns[0] == 0:
            rows.append([""] * len(starts))
            where.append(k + 1)
        elif len(rows) == 1:
            break
        for c, (_, t) in zip(columns, found):
            rows[-1][c] = join(rows[-1][c], t) if rows[-1][c] else t
        k += 1
    if len(rows) < 2:
        return None
    blocks.append(Table([[Cell(t, Where(line=n)) for t in row] for row, n in zip(rows, where)], Where(line=i + 1)))
    return k


_MONEY_FIELDS = {"total", "fiscal", "other", "carryover"}
_AMOUNT = lazy_regex.compile(r"^\d[\d,]*(?:\.\d+)?$")


class _MoneyColumns:
    """A row of money labels (预算数 | 其中：财政资金 | 其他资金 | 资金用途) whose amounts stand on
    the lines below, each under its label, an empty cell printing nothing: the amounts are
    placed by where they start, and a purpose wrapped in its cell is joined to it."""

    def __init__(self, starts: list[int], purpose: int | None):
        self.starts = starts
        self.purpose = purpose  # the column of 资金用途
        self.row: list[Cell | None] | None = None  # the amounts' row, once read

    @classmethod
    def of(cls, raw: str, cells: list[str]) -> _MoneyColumns | None:
        fields = [vocabulary.header_field(c) for c in cells]
        found = aligned.cells(raw.rstrip())
        if sum(1 for f in fields if f in _MONEY_FIELDS) < 2 or len(found) != len(cells):
            return None
        return cls([start for start, _ in found], fields.index("purpose") if "purpose" in fields else None)

    def lower_label(self, raw: str) -> bool:
        """The lower half of the labels row's first label, wrapped under it (预算规模及 / 资金用途)."""
        found = aligned.cells(raw.rstrip())
        return self.row is None and len(found) == 1 and aligned.column_of(found[0][0], self.starts) == 0

    def place(self, raw: str, run: TableRun) -> bool:
        """Read ``raw`` as the amounts' line, or as the purpose's next line; False if it is neither."""
        found = aligned.cells(raw.rstrip())
        if not found or any(vocabulary.is_header_label(t) for _, t in found):
            return False
        columns = [aligned.column_of(start, self.starts) for start, _ in found]
        if None in columns or len(set(columns)) < len(columns):
            return False
        if self.row is None:
            if not any(_AMOUNT.match(t) for _, t in found):
                return False
            row: list[Cell | None] = [Cell("", Where(line=run.rows[-1][0].where.line if run.rows[-1][0] else None))
                                      for _ in self.starts]
            for k, (_, t) in zip(columns, found):
                row[k] = Cell(t, row[k].where)
            self.row = row
            run.add(row, row[0].where.line or 1)
            return True
        if self.purpose is not None and columns == [self.purpose] and self.row[self.purpose] is not None \
                and self.row[self.purpose].text:
            cell = self.row[self.purpose]
            self.row[self.purpose] = Cell(cell.text + found[0][1], cell.where)
            return True
        return False


def _join_broken_label(run: TableRun, row: list[Cell | None]) -> None:
    """A label cell two rows tall, printed over the two rows' lines (预算规模 / 及资金用途,
    资金支出 / 计划（%）): neither half is a label, the two together are. The upper row's
    cell becomes the whole label spanning both; the lower row's is the span's slot."""
    if not run.rows or not row or row[0] is None or not run.rows[-1] or run.rows[-1][0] is None:
        return
    upper, lower = run.rows[-1][0].text, row[0].text
    # The lower half may be a label of its own (预算规模及 / 资金用途), when it is all its line holds.
    if vocabulary.is_header_label(upper) or (vocabulary.is_header_label(lower) and len(row) > 1) \
            or not vocabulary.is_header_label(upper + lower):
        return
    run.rows[-1][0] = Cell(upper + lower, run.rows[-1][0].where, rowspan=2)
    row[0] = None


def read(text: str) -> list[Block]:
    lines = text.splitlines()
    blocks: list[Block] = []
    run = TableRun(blocks)
    label: Cell | None = None  # a stacked label spanning the rows that follow
    spanned: list[list[Cell | None]] = []
    header_line: str | None = None  # the line of the last row, when it was an indicator header
    full = _prose_width(lines)
    money: _MoneyColumns | None = None  # money labels over their amounts, by position
    i = 0

    def close_label() -> None:
        nonlocal label, spanned
        if label is not None and spanned:
            label.rowspan = len(spanned)
            spanned[0].insert(0, label)
            for row in spanned[1:]:
                row.insert(0, None)
        elif label is not None:
            run.add([label], label.where.line or 1)
        label, spanned = None, []

    while i < len(lines):
        raw, lineno = lines[i], i + 1
        stripped = raw.strip()
        if not stripped:
            close_label()
            run.flush()
            i += 1
            continue
        if is_footer(stripped):
            i += 1
            continue
        n = _stacked(lines, i)
        if n and (run or _starts_table(_cells(lines[i + n]) if i + n < len(lines) else [])):
            close_label()
            label = Cell("".join(ln.strip() for ln in lines[i:i + n]), Where(line=lineno))
            i += n
            continue
        tail = _header_tail(header_line, raw.rstrip()) if header_line is not None and run else None
        header_line = None
        if tail is not None:
            run.rows[-1] = [Cell(c, run.rows[-1][0].where) for c in tail]
            i += 1
            continue
        if not run and _DEPARTMENT_LINE.match(stripped):
            # 单位名称：XX局  单位编码：412001  金额单位：万元 above the sheet: a line, as in a page.
            blocks.append(Line(stripped, Where(line=lineno), para_break_before=True))
            i += 1
            continue
        cells = _labelled(_cells(stripped))
        if not run and (end := _part1_table(lines, i, blocks)) is not None:
            i = end  # part 1's small table (序号 | 任务名称 | 绩效目标 | 绩效指标), read by position
            continue
        if _header_labels(cells) >= 3 and label is None and (end := _aligned_table(lines, i, run)) is not None:
            i = end  # the sheet's columns kept their positions: read by position (aligned.py)
            continue
        if _header_labels(cells) >= 3:
            header_line = raw.rstrip()
        if not run and (not _starts_table(cells) or _prose(raw, full)):
            wraps = i > 0 and blocks and isinstance(blocks[-1], Line) and blocks[-1].where.line == lineno - 1 \
                and _wrapped(lines[i - 1], raw, full)
            blocks.append(Line(stripped, Where(line=lineno), para_break_before=not wraps))
            i += 1
            continue
        if money is not None and run:
            placed = money.place(raw, run)
            if placed:
                i += 1
                continue
        if money is None or not money.lower_label(raw):
            money = _MoneyColumns.of(raw, cells) if run or _starts_table(cells) else None
        if _header_labels(cells) >= 3 and label is not None:
            close_label()  # an indicator header starts a table of its own
        if len(cells) > 12:
            rows = [[Cell(c, Where(line=lineno)) for c in r] for r in _one_line_rows(cells)]
        else:
            rows = [[Cell(c, Where(line=lineno)) for c in cells]]
        for row in rows:
            if label is not None:
                spanned.append(row)
            _join_broken_label(run, row)
            run.add(row, lineno)
        i += 1
    close_label()
    run.flush()
    return blocks
