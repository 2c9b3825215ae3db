"""One cell per line, each ending in `` |``; a line holding only ``|`` ends a row.

Some page captures write an HTML table this way.  A line without the trailing
pipe is the first part of a cell that wraps onto the next line(s), and is
joined to it.  Lines before the first pipe line are prose.
"""
from __future__ import annotations


from jixiao import normalize
from jixiao.extract.blocks import Block, Cell, Line, Where
from jixiao.extract.text import placement, vocabulary
from jixiao.extract.text.rows import TableRun
from jixiao.extract.textclean import join
from jixiao.normalize import lazy_regex

# A date or deadline target: qualitative though it has digits (每月10日前, 12月底前, 2024年9月30日前).
_DATE = lazy_regex.compile(r"^(?:每(?:年|月|季度?|周)|(?:19|20)\d{2}\s*年)?(?:\d{1,2}[月日])+(?:\d{1,2}日)?(?:底|末)?(?:前|以前|之前)?$"
                           r"|^每(?:年|月|季度?|周)$")


def is_cell_line(line: str) -> bool:
    s = line.strip()
    return s.endswith("|") and s.count("|") == 1


def marked(lines: list[str]) -> str | None:
    """Most lines are single cells ending in `` |``: ``"rows"`` when bare ``|`` lines
    separate the rows (this module's rendering), ``"unseparated"`` when nothing does (a
    viewer's copy with the marks kept, read as bare_lines.py reads one); else None."""
    cells = sum(1 for ln in lines if is_cell_line(ln))
    if cells < 0.6 * len(lines):
        return None
    return "rows" if sum(1 for ln in lines if ln.strip() == "|") >= 3 else "unseparated"


def unmarked(text: str) -> str:
    """The text with each line's closing `` |`` taken off (line numbers kept)."""
    return "\n".join(ln.rstrip()[:-1].rstrip() if is_cell_line(ln) else ln for ln in text.splitlines())


def read(text: str) -> list[Block]:
    blocks: list[Block] = []
    run = TableRun(blocks)
    row: list[Cell | None] = []
    pending: list[str] = []  # a wrapped cell's first lines
    row_line = 0
    started = False

    fields: list[str | None] | None = None  # the indicator header's fields, below it
    in_group = False  # a 一级 name is in force from the rows above
    set_label = False  # the header opens with a set label merged down the rows (绩效指标)

    def end_row() -> None:
        nonlocal row, fields, in_group, set_label
        if row:
            texts = [c.text if c is not None else "" for c in row]
            if _is_indicator_header(texts):
                fields, in_group = vocabulary.header_fields(texts), False
                set_label = vocabulary.header_field(texts[0]) == "indicators"
            elif fields is not None and (vocabulary.is_header_label(texts[0]) or vocabulary.FORM_TITLE.search(texts[0])):
                fields = None  # the next form's title or header block
            elif fields is not None and run.rows and _trailing_fragment(texts, fields):
                # An empty cell mid-row printed as a bare | ended the row early:
                # 分值 and 方向 that follow belong to the row before.
                run.rows[-1].extend(row)
                row = []
                return
            elif fields is not None:
                # Only merged level cells are lost: a header led by level columns,
                # or by a set label merged down the rows (绩效指标 | 一级 | 二级 | 三级):
                # a row as wide as the header without that label is left whole.
                lead = 1 if set_label and fields[1:4] == ["level1", "level2", "level3"] else 0
                if len(row) < len(fields) - lead and fields[lead] in ("level1", "level2"):
                    row = _laid_out(row, fields, in_group)
                first = next((c for c in row if c is not None and c.text), None)
                in_group = in_group or bool(first is not None and normalize.level(first.text, depth=1))
            run.add(row, row_line)
        row = []

    for i, raw in enumerate(text.splitlines()):
        lineno = i + 1
        s = raw.strip()
        if not s:
            continue
        if s == "|" and raw[:1].isspace() and row and not pending:
            # `` |``: an empty cell printed as its own line (its text nothing, then the mark);
            # the bar that ends a row stands at the line's start.
            row.append(Cell("", Where(line=lineno)))
            continue
        if s == "|":
            started = True
            if pending:
                row.append(Cell(_joined(pending), Where(line=lineno)))
                pending = []
            end_row()
            continue
        if is_cell_line(s):
            started = True
            if not row:
                row_line = lineno
            row.append(Cell(_joined(pending + [s[:-1].strip()]), Where(line=lineno)))
            pending = []
            continue
        if not started:
            blocks.append(Line(s, Where(line=lineno), para_break_before=True))
            continue
        pending.append(s)
    if pending:
        row.append(Cell(_joined(pending), Where(line=row_line or 1)))
    end_row()
    run.flush()
    return blocks


_WEIGHT = lazy_regex.compile(r"^(?:100|[1-9]\d?)(?:\.\d+)?$")
_DIRECTION = lazy_regex.compile(r"^(?:正向|反向|中性|逆向|负向)(?:指标)?$")


def _trailing_fragment(texts: list[str], fields: list[str | None]) -> bool:
    """A row of only a 权重 and/or a 方向 where the header ends with those columns."""
    texts = [t for t in texts if t]
    tail = [f for f in fields if f in ("weight", "direction")]
    if not texts or len(texts) > len(tail) or fields[-len(tail):] != tail:
        return False
    return all((_WEIGHT.match(t) and f == "weight") or (_DIRECTION.match(t) and f == "direction")
               for t, f in zip(texts, tail[-len(texts):]))


def _is_indicator_header(texts: list[str]) -> bool:
    fields = [vocabulary.column_field(t) for t in texts]
    known = [f for f in fields if f]
    return len(known) >= 3 and "value" in known and any(f in ("level1", "level2", "level3") for f in known)


def _laid_out(row: list[Cell | None], fields: list[str | None], in_group: bool) -> list[Cell | None]:
    """A row that lost its merged cells (a 一级 printed once above it), laid
    under the header's columns by what each cell holds (placement.py)."""
    cells = [c for c in row if c is not None and c.text]
    pieces = []
    for c in cells:
        if vocabulary.is_level_name(c.text) and (normalize.level(c.text, depth=1) or normalize.level(c.text, depth=2)):
            pieces.append(("level", c.text))
        elif normalize.value(c.text).kind in ("numeric", "reference") or _DATE.match(c.text):
            pieces.append(("value", c.text))
        elif len(c.text) <= vocabulary.QUALITATIVE_MAX and c.text.startswith(vocabulary.QUALITATIVE_OPENERS):
            pieces.append(("qual", c.text))  # 逐步恢复, 明显改善: a worded target (or its baseline)
        else:
            pieces.append(("text", c.text))
    if not any(k in ("level", "value") for k, _ in pieces):
        return row  # no indicator row: a note or a set title
    if not any(k == "value" for k, _ in pieces) and pieces and pieces[-1][0] == "text" and len(pieces) > 1:
        pieces[-1] = ("qual", pieces[-1][1])  # a row's last cell is its target more often than not
    texts = placement.place(pieces, fields, in_group)
    if texts is None:
        return row
    where = cells[0].where if cells else Where()
    by_text = iter(cells)
    out: list[Cell | None] = []
    for t in texts:
        out.append(next(by_text) if t else Cell("", where))
    return out


def _joined(pieces: list[str]) -> str:
    out = ""
    for piece in pieces:
        out = join(out, piece) if out else piece
    return out
