"""One cell per line and nothing else: a form copied out of a PDF viewer or a web page.

``项目名称`` / ``农村义务教育学校营养改善计划`` / … / ``一级指标`` / ``二级指标`` / ``三级指标`` /
``指标值`` / ``产出指标`` / ``数量指标`` / ``受益学生人数`` / ``16080人`` / ``供餐天数`` / …: an
empty cell prints nothing and a merged cell is printed once, so no line says where a
row ends. Rows are recovered as the glued reader recovers them (from the genre's
words: labels, level names, printed values; glued.py), with one thing more known:
every line is a whole cell, so a worded target (按学期拨付) is its own cell, never
glued to its name. Within a row the cells come in the header's order, so a text
cell where the target is due is the target.

Told apart from prose by three or more indicator column labels on consecutive lines
of their own (``looks_like``); other renderings keep some mark between cells.
"""
from __future__ import annotations

import regex

from jixiao import normalize
from jixiao.extract.blocks import Block, Cell, Line, Table, Where
from jixiao.extract.interpret import lexicon
from jixiao.extract.text import glued, placement, vocabulary
from jixiao.extract.text.furniture import is_footer, is_site_chrome, without_file_extension
from jixiao.extract.text.rows import TableRun
from jixiao.normalize import lazy_regex

_MIN_HEADER = 3  # column labels on consecutive lines: what no prose prints
_SYMBOL_FIRST = lazy_regex.compile(r"^\s*[≤≥<>＜＞=＝]")
_SHORT_REFERENCE = 8  # ≤ this many characters: 不超过预算数 is a target; a sentence may explain one


def looks_like(lines: list[str]) -> bool:
    run = 0
    for line in lines:
        if _column_label(line.strip()):
            run += 1
            if run >= _MIN_HEADER:
                return True
        else:
            run = 0
    return False


def _column_label(text: str) -> bool:
    return bool(text) and len(text) <= 12 and vocabulary.is_column_label(text)


def read(text: str) -> list[Block]:
    blocks: list[Block] = []
    run = TableRun(blocks)
    # A page's footer (第 1 页) is no cell; a dumped document keeps one where each page ended.
    lines = [(i + 1, raw.strip()) for i, raw in enumerate(text.splitlines()) if raw.strip() and not is_footer(raw.strip())]
    form: list[tuple[str, str]] = []  # the header block's tokens so far
    form_line = 0
    k = 0
    while k < len(lines):
        lineno, line = lines[k]
        if not form and not run:
            part1 = _part1_table(lines, k)
            if part1:
                rows, k = part1
                blocks.append(Table([[Cell(t, Where(line=n)) for n, t in row] for row in rows],
                                    Where(line=rows[0][0][0]), False))
                continue
        header = _header_at(lines, k)
        if header:
            if form:
                glued.form_rows(form, form_line, run, blocks)
                form = []
            labels = [t for _, t in lines[k:k + header]]
            fields = vocabulary.header_fields(labels)
            # The project's own columns lead a one-table export's header (单位名称 | 项目名称 | …).
            own = next((j for j, f in enumerate(fields) if f is not None), 0)
            project_fields = [vocabulary.header_field(t) for t in labels[:own]]
            run.add([Cell(t, Where(line=lineno)) for t in labels], lineno)
            k = _body(lines, k + header, fields, run, project_fields)
            run.flush()
            continue
        if glued.TITLE_AT.search(line) and not _column_label(line):
            # A form title starts the next form: what came before it is finished.
            if form:
                glued.form_rows(form, form_line, run, blocks)
                form = []
            run.flush()
            blocks.append(Line(without_file_extension(line), Where(line=lineno), para_break_before=True))
            k += 1
            continue
        tokens = glued.line_tokens(line)
        # Before the first form, only a line that is a label and nothing else starts one:
        # a heading that mentions 绩效目标 is prose.
        if not form and not run and not (len(tokens) == 1 and tokens[0][0] != "text"):
            blocks.append(Line(without_file_extension(line), Where(line=lineno), para_break_before=True))
        else:
            form_line = form_line if form else lineno
            # Each line is a cell of its own: its text is never merged with the next line's.
            form += tokens
        k += 1
    if form:
        glued.form_rows(form, form_line, run, blocks)
    run.flush()
    return blocks


_ROW_NUMBER = lazy_regex.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、]?$")


def _part1_table(lines: list[tuple[int, str]], k: int) -> tuple[list[list[tuple[int, str]]], int] | None:
    """Part 1's small table written a cell a line (序号 | 分项目标 | 绩效目标 | 绩效指标, then each
    item's cells): its rows, and the line after it. A row must open with its number where the
    header has a 序号 column, and no row may hold a section's heading."""
    from jixiao.extract.interpret import sections

    width = 0
    while k + width < len(lines) and _part1_name(lines[k + width][1]):
        width += 1
    if width < 3 or not sections.is_part1_header([t for _, t in lines[k:k + width]]):
        return None
    numbered = sections.clean(lines[k][1]) in ("序号", "编号")
    rows = [lines[k:k + width]]
    at = k + width
    while at + width <= len(lines):
        row = lines[at:at + width]
        if (numbered and not _ROW_NUMBER.match(row[0][1])) or any(
                sections.heading_kind(t) or _part1_name(t) for _, t in row):
            break
        rows.append(row)
        at += width
    return (rows, at) if len(rows) > 1 else None


def _part1_name(text: str) -> bool:
    from jixiao.extract.interpret import sections

    return len(text) <= 8 and sections.is_part1_column(text)


# A one-table export (一体化) heads its indicator columns with the project's own:
# 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | ….
_PROJECT_FIELDS = ("implementer", "department", "name", "code", "total", "goals")


def _project_label(text: str) -> bool:
    return len(text) <= 12 and vocabulary.header_field(text) in _PROJECT_FIELDS


def _header_at(lines: list[tuple[int, str]], k: int) -> int:
    """How many header labels stand on consecutive lines from ``k``: project labels, then
    three or more indicator column labels (0 if not so)."""
    n = 0
    while k + n < len(lines) and _project_label(lines[k + n][1]) and not _column_label(lines[k + n][1]):
        n += 1
    columns = 0
    while k + n < len(lines) and _column_label(lines[k + n][1]):
        n += 1
        columns += 1
    return n if columns >= _MIN_HEADER else 0


def _body(lines: list[tuple[int, str]], k: int, fields: list[str | None], run: TableRun,
          project_fields: list[str | None] = ()) -> int:
    """The indicator rows from line ``k`` to the table's end; returns the line after it."""
    pieces: list[tuple[str, str, int]] = []
    while k < len(lines):
        lineno, line = lines[k]
        if vocabulary.TABLE_END.match(line) or (glued.TITLE_AT.search(line) and not _column_label(line)) \
                or _header_at(lines, k) or vocabulary.is_header_label(line) or is_site_chrome(line):
            break
        if lexicon.PERIOD_LABEL.match(line):
            _add_rows(pieces, fields, run, project_fields)
            pieces = []
            run.add([Cell(line, Where(line=lineno))], lineno)  # the next set's title, a row of its own
        else:
            pieces.append((_kind(line), line, lineno))
        k += 1
    _add_rows(pieces, fields, run, project_fields)
    return k


def _kind(line: str) -> str:
    squashed = regex.sub(r"\s+", "", line)  # 社会效益 指标: a cell's own line break
    # A level name, or one cut inside 指标 by a narrow cell (服务对象满意度指); a 三级 name
    # that merely starts like a level (服务对象满意度) is not one.
    if glued.body_levels().fullmatch(squashed) or (squashed.endswith("指") and vocabulary.is_level_name(squashed)):
        return "level"
    kind = normalize.value(line).kind
    if kind == "numeric" or (kind == "reference" and (_SYMBOL_FIRST.match(line) or len(squashed) <= _SHORT_REFERENCE)):
        return "value"
    if kind == "reference":
        return "ref"  # 支出金额控制在预算额度内: a target, or the explanation beside one
    return "text"


def _add_rows(pieces: list[tuple[str, str, int]], fields: list[str | None], run: TableRun,
              project_fields: list[str | None] = ()) -> None:
    own = len(project_fields)
    groups, pieces = _prefixes(pieces) if own else ({}, pieces)
    indicator_fields = fields[own:]
    in_group = False
    for row in _rows(pieces, indicator_fields):
        texts = placement.place([(kind, word) for kind, word, _ in row], indicator_fields, in_group)
        if texts is None:
            texts = [word for _, word, _ in row]
        in_group = in_group or any(t and f == "level1" and normalize.level(t, depth=1)
                                   for t, f in zip(texts, indicator_fields))
        lineno = row[0][2]
        mine = groups.pop(lineno, [])
        for group in mine[:-1]:  # a subtotal before the project: a row of its own
            run.add([Cell(t, Where(line=group[0][2])) for t in _project_cells(group, project_fields)]
                    + [Cell("", Where(line=group[0][2])) for _ in indicator_fields], group[0][2])
        first = _project_cells(mine[-1], project_fields) if mine else [""] * own
        run.add([Cell(t, Where(line=lineno)) for t in first + texts], lineno)


# A budget amount, printed to the fen (2,186,400.00; 245.00); a target after its 指标性质
# sign (≥ | 1,268) is not one.
_MONEY = lazy_regex.compile(r"^\d{1,3}(?:,\d{3})*\.\d{2}$|^\d+\.\d{2}$")
_SIGN = lazy_regex.compile(r"^(?:[≥≤><=＝＞＜]=?|定性|定量)$")
_UNIT_CODE = lazy_regex.compile(r"^\d{3,}\s*[-—－]")  # 305001-巴中市恩阳区交通运输局
_SENTENCE = lazy_regex.compile(r"[，,].*。$")  # clauses and a full stop: prose, not a name
_DIRECTION_WORD = lazy_regex.compile(r"^(?:正向|反向|逆向|负向|中性)(?:指标)?$")


def _prefixes(pieces: list[tuple[str, str, int]]) -> tuple[dict[int, list[list]], list[tuple[str, str, int]]]:
    """In a one-table export, the project's own cells (unit, name, amount, goal) stand before
    its first indicator row, printed once: each run of them, found round its amount, keyed by
    the line of the level name that opens the row they belong to; and the pieces without them."""
    money = [i for i, (kind, word, _) in enumerate(pieces)
             if kind == "value" and _MONEY.match(word) and not (i and _SIGN.match(pieces[i - 1][1]))]
    ranges = []
    for m in money:
        b = m
        while b > 0 and pieces[b - 1][0] in ("text", "ref") and not _DIRECTION_WORD.match(pieces[b - 1][1]) \
                and (not ranges or b - 1 >= ranges[-1][1]):
            b -= 1
        ranges.append([b, m + 1])
    for k, (b, e) in enumerate(ranges):
        stop = ranges[k + 1][0] if k + 1 < len(ranges) else len(pieces)
        while e < stop and pieces[e][0] in ("text", "ref"):
            e += 1
        ranges[k][1] = e
    groups: dict[int, list[list]] = {}
    taken: set[int] = set()
    for b, e in ranges:
        level = next((j for j in range(e, len(pieces)) if pieces[j][0] == "level"), None)
        if level is None:
            continue
        groups.setdefault(pieces[level][2], []).append(pieces[b:e])
        taken.update(range(b, e))
    return groups, [p for j, p in enumerate(pieces) if j not in taken]


def _project_cells(group: list[tuple[str, str, int]], project_fields: list[str | None]) -> list[str]:
    """A project's own cells under its columns: the amount under the amount's column, the
    words before it right to left before that (name, then unit), the words after it under
    the goal's."""
    out = [""] * len(project_fields)
    m = next((i for i, (kind, word, _) in enumerate(group) if kind == "value" and _MONEY.match(word)), None)
    if m is None:
        return out
    total = project_fields.index("total") if "total" in project_fields else max(0, len(out) - 2)
    out[total] = group[m][1]
    unit_col = next((j for j, f in enumerate(project_fields) if f in ("implementer", "department")), None)
    names = []
    for _, word, _ in group[:m]:
        if unit_col is not None and _UNIT_CODE.match(word):
            out[unit_col] = word  # 305-…部门, 305001-…局: the unit, coded
        else:
            names.append(word)
    for j, word in zip(range(total - 1, -1, -1), reversed(names)):
        out[j] = word
    after = [word for _, word, _ in group[m + 1:]]
    if after:
        goal = project_fields.index("goals") if "goals" in project_fields else len(out) - 1
        out[goal] = "\n".join(after)
    return out


def _rows(pieces: list[tuple[str, str, int]], fields: list[str | None]) -> list[list[tuple[str, str, int]]]:
    """Pieces into rows, in the header's order: level names, the name, the text columns
    before the target, the target(s), the text columns after. A text where the target is
    due is a worded target ('qual'); a level name, or a text followed by a target once
    the row has its own, starts the next row."""
    values = [j for j, f in enumerate(fields) if f in ("value", "baseline")]
    nvals = max(1, len(values))
    name_at = fields.index("level3") if "level3" in fields else None
    first_value = values[0] if values else len(fields)
    # Columns between the name and the target (指标解释, 指标性质) and after it (方向, 依据, 备注).
    before = max(0, first_value - name_at - 1) if name_at is not None else 0
    after_fields = fields[values[-1] + 1:] if values else []
    after = len(after_fields)
    rows: list[list[tuple[str, str, int]]] = []
    row: list[tuple[str, str, int]] = []
    texts = got = trailing = 0

    def close() -> None:
        nonlocal row, texts, got, trailing
        if row:
            rows.append(row)
        row, texts, got, trailing = [], 0, 0, 0

    for i, (kind, word, lineno) in enumerate(pieces):
        nxt = pieces[i + 1][0] if i + 1 < len(pieces) else None
        if kind == "level":
            if texts or got:
                close()
            row.append((kind, word, lineno))
            continue
        if got >= nvals:
            # The row has its targets: a text is a column after them, unless a target
            # follows it at once (then it is the next row's name), or none are left;
            # a number there is the 权重 where one is still to come.
            left = after_fields[trailing:]
            if kind == "value" and "weight" in left:
                row.append((kind, word, lineno))
                trailing += left.index("weight") + 1
                continue
            if kind == "text" and trailing >= after and _SENTENCE.search(word):
                # A sentence where the next row's name is due: a cell merged down every row
                # (Hubei's 保障绩效目标实现措施), printed once. No indicator's name ends a
                # sentence, and the copy does not say which column it stood in.
                continue
            if kind in ("value", "ref") or trailing >= after or (nxt in ("value", "ref") and "weight" not in left):
                close()
            else:
                row.append(("cell" if kind == "text" else kind, word, lineno))
                trailing += 1
                continue
        if kind == "ref":
            # A sentence that compares with the budget: the explanation while one is still due
            # (the name is in and a column before the target is open), else the target.
            kind = "text" if 1 <= texts <= before else "value"
        if kind == "value":
            row.append((kind, word, lineno))
            got += 1
        elif texts <= before or name_at is None:
            row.append(("cell", word, lineno))  # every line is a whole cell: never joined to the next
            texts += 1
        else:
            row.append(("qual", word, lineno))  # a text where the target is due: a worded target
            got += 1
    close()
    return rows
