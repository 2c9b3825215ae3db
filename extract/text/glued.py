"""Tables whose cells ran together: a capture that dropped the table markup.

Document-sharing previews and text pulled out of Word keep a form's cells in
order with nothing between them: ``项目名称滨湖办公大楼运行保障项目类别本级支出…
一级指标二级指标绩效标准当年预期实现值数量指标办公大楼日常维修维护次数反映…情况2280次``.
The boundaries are recovered from the genre's own words (vocabulary.py):

* a header label of the lexicon starts a label cell, and what follows up to the
  next label is its value;
* two or more indicator column labels in a row are the indicator header;
* after it, a level name is a cell of its own and starts a row (a second level
  name right after the first stays on its row); a printed value (comparator,
  number, unit: the value grammar) ends a cell, and the row with it unless
  another value follows at once (a baseline and a target: ``0%100%``); an
  explanation opener (``反映…``) starts the description cell.

Whatever precedes the first label is prose (Lines), a form title included.
Digits that ran together (``88100`` for 88 | 100) cannot be told apart and stay
one cell.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.blocks import Block, Cell, Line, Where
from extract.text import vocabulary
from extract.text.rows import TableRun

_TITLE = regex.compile(rf"[\p{{Han}}\d]{{0,30}}?(?:{vocabulary.FORM_TITLE.pattern})")
# Two labels with nothing between them: what no prose and no other rendering has.
_MIN_HEADER = 2


@lru_cache(maxsize=1)
def _words() -> tuple[regex.Pattern, regex.Pattern]:
    """(labels, level names): labels are found first, so that in 经济效益指标类别 the
    label 指标类别 wins over the level name overlapping it."""
    labels = [w for w in vocabulary.labels() if len(w) >= 2]
    levels = [w for w in vocabulary.level_names() if w not in labels]
    alt = lambda ws: "|".join(regex.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    return regex.compile(alt(labels)), regex.compile(alt(levels))


def looks_like(text: str) -> bool:
    """Some line holds an indicator header whose labels touch, or labels and levels glued."""
    for line in text.splitlines():
        if len(line) < 40:
            continue
        tokens = _tokens(line)
        if _header_run(tokens, 0) is not None:
            return True
    return False


def _kind(word: str) -> str:
    if vocabulary.is_level_name(word) and word in vocabulary.level_names():
        return "level"
    if vocabulary.is_column_label(word):
        return "column"
    return "label"


def _tokens(line: str) -> list[tuple[str, str]]:
    """(kind, text): 'level', 'column', 'label' for the genre's words, 'text' between them."""
    out: list[tuple[str, str]] = []
    pos = 0
    # A form title (…项目绩效目标表) holds label words that are not labels there.
    titles = [m.span() for m in _TITLE.finditer(line)]
    label_words, level_words = _words()
    spans = [m.span() for m in label_words.finditer(line)
             if not any(a <= m.start() < b for a, b in titles)]
    taken = spans[:]
    for m in level_words.finditer(line):
        if not any(a < m.end() and m.start() < b for a, b in taken + titles):
            spans.append(m.span())
    for start, end in sorted(spans):
        if start < pos:
            continue
        if start > pos:
            out.append(("text", line[pos:start]))
        out.append((_kind(line[start:end]), line[start:end]))
        pos = end
    if pos < len(line):
        out.append(("text", line[pos:]))
    # A two-character label (一级, 单位, 备注) only counts inside a run of labels.
    for k, (kind, word) in enumerate(out):
        if kind in ("column", "label") and len(word) < 3:
            near = [out[j] for j in (k - 1, k + 1) if 0 <= j < len(out)]
            if not any(n in ("column", "label") and len(w) >= 3 for n, w in near):
                out[k] = ("text", word)
    return _merge_text(out)


def _merge_text(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, word in tokens:
        if kind == "text" and out and out[-1][0] == "text":
            out[-1] = ("text", out[-1][1] + word)
        else:
            out.append((kind, word))
    return out


def _header_run(tokens: list[tuple[str, str]], start: int) -> tuple[int, int] | None:
    """The first run of touching column labels (an indicator header) from ``start``."""
    k = start
    while k < len(tokens):
        if tokens[k][0] == "column":
            j = k
            while j < len(tokens) and tokens[j][0] in ("column",):
                j += 1
            if j - k >= _MIN_HEADER:
                return k, j
            k = j
        else:
            k += 1
    return None


def _value_cells(text: str) -> list[tuple[str, str]]:
    """Free text after the header cut into ('text'|'value', piece) at values and openers."""
    out: list[tuple[str, str]] = []
    pos = 0
    k = 0
    openers = regex.compile("|".join(regex.escape(w) for w in vocabulary.DESCRIPTION_OPENERS))
    while k < len(text):
        if k > pos or k == 0:
            op = openers.match(text, k)
            if op and k > pos:
                out.append(("text", text[pos:k]))
                pos = k
        m = vocabulary.VALUE_AT.match(text, k)
        starts_value = m and (k == 0 or not text[k - 1].isdigit()) and m.group("num") is not None
        if starts_value and _is_value(text, m):
            if k > pos:
                out.append(("text", text[pos:k]))
            out.append(("value", m.group()))
            pos = k = m.end()
            continue
        k += 1
    if pos < len(text):
        out.append(("text", text[pos:]))
    return out


def _is_value(text: str, m: regex.Match) -> bool:
    # A year, a date or a numbered item inside a name is not a value.
    after = text[m.end():m.end() + 1]
    piece = m.group()
    if regex.match(r"^(?:19|20)\d{2}年", piece) or after in ("月", "日", "、", ".", "．", "-"):
        return False
    return True


def _indicator_rows(tokens: list[tuple[str, str]], lineno: int) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    ended = False  # the row holds its value: the next cell starts a new row

    def cell(text: str) -> Cell:
        return Cell(text.strip(), Where(line=lineno))

    def new_row() -> None:
        nonlocal row, ended
        if row:
            rows.append(row)
        row, ended = [], False

    for kind, word in tokens:
        if kind == "level":
            only_levels = row and all(vocabulary.is_level_name(c.text) for c in row)
            if row and not only_levels:
                new_row()
            row.append(cell(word))
            continue
        if kind in ("column", "label"):
            word_pieces = [("text", word)]
        else:
            word_pieces = _value_cells(word)
        for piece_kind, piece in word_pieces:
            if not piece.strip():
                continue
            if piece_kind == "value":
                row.append(cell(piece))
                ended = True
                continue
            if ended:
                new_row()
            row.append(cell(piece))
    new_row()
    return rows


def read(text: str) -> list[Block]:
    blocks: list[Block] = []
    run = TableRun(blocks)
    in_indicators = False
    for i, raw in enumerate(text.splitlines()):
        lineno = i + 1
        line = raw.strip()
        if not line:
            continue
        tokens = _tokens(line)
        if not run and not any(k != "text" for k, _ in tokens):
            blocks.append(Line(line, Where(line=lineno), para_break_before=True))
            continue
        k = 0
        while k < len(tokens):
            header = _header_run(tokens, k)
            stop = header[0] if header else len(tokens)
            if in_indicators:
                for row in _indicator_rows(tokens[k:stop], lineno):
                    run.add(row, lineno)
            else:
                _form_rows(tokens[k:stop], lineno, run, blocks)
            if header is None:
                break
            run.add([Cell(w, Where(line=lineno)) for _, w in tokens[header[0]:header[1]]], lineno)
            in_indicators = True
            k = header[1]
    run.flush()
    return blocks


def _form_rows(tokens: list[tuple[str, str]], lineno: int, run: TableRun, blocks: list[Block]) -> None:
    """Label/value rows of the form's header block; prose before the first label is Lines."""
    row: list[Cell] | None = None
    for kind, word in tokens:
        if kind == "text" and row is None and not run:
            for piece in _title_split(word):
                blocks.append(Line(piece, Where(line=lineno), para_break_before=True))
            continue
        if kind == "text" and _TITLE.search(word):
            # A form title inside the stream starts the next table: the rows
            # before it belong to another form (or to the page around it).
            title = _TITLE.search(word)
            before = word[:title.start()].strip()
            if before:
                row = (row or []) + [Cell(before, Where(line=lineno))]
            if row:
                run.add(row, lineno)
            row = None
            run.flush()
            blocks.append(Line(title.group(), Where(line=lineno), para_break_before=True))
            rest = word[title.end():].strip()
            if rest:
                blocks.append(Line(rest, Where(line=lineno), para_break_before=True))
            continue
        if kind == "text":
            if row is None:
                row = [Cell(word.strip(), Where(line=lineno))]
            else:
                row.append(Cell(word.strip(), Where(line=lineno)))
            continue
        if row:
            run.add(row, lineno)
        row = [Cell(word, Where(line=lineno))]
    if row:
        run.add(row, lineno)


def _title_split(text: str) -> list[str]:
    """Prose with a form title inside: the title on a line of its own."""
    match = None
    for match in vocabulary.FORM_TITLE.finditer(text):
        pass
    if match is None:
        return [text.strip()] if text.strip() else []
    head, tail = text[:match.end()], text[match.end():]
    # The title starts after the last break-like mark before it.
    cut = max(head.rfind(ch) for ch in " 　:：。;；|")
    pieces = [head[:cut + 1].strip(), head[cut + 1:].strip(), tail.strip()] if cut >= 0 else [head.strip(), tail.strip()]
    return [p for p in pieces if p]
