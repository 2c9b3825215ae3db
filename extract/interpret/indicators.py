"""The indicator table: one record per row, columns found by header names.

Quirks handled here for every producer alike:
* merged or blank 一级/二级指标 cells inherit the value above;
* a slot covered by a vertical merge (None) inherits too, in the columns
  where producers merge (levels, basis, sign, unit);
* a header row repeated after a page break is skipped;
* a row fragment continued at the top of the next page, and a cell that
  spilled onto a line of its own, are joined back to the row they belong to;
* columns the lexicon does not know go into ``extra`` with an info issue.
"""
from __future__ import annotations

from jixiao import normalize

from jixiao.extract.blocks import Cell, Row, min_confidence
from jixiao.extract.interpret import align
from jixiao.extract.interpret import layout as layout_of
from jixiao.extract.interpret.layout import Layout
from jixiao.extract.interpret.lexicon import (BASIS_CATEGORY, BASIS_IN_BRACKETS, OUTSIDE_LEVELS, QUALITATIVE_MAX, QUALITATIVE_OPENERS,
                                             TABLE_END, indicator_column, label_key)
from jixiao.extract.interpret.reading import Reading
from jixiao.extract.record import Indicator, Issue, IssueCode, Project
from jixiao.extract.textclean import collapse, join
from jixiao.normalize import lazy_regex

_LEVELS = ("level1", "level2")
# Known columns kept as printed in the indicator's extra.
_VERBATIM = ("scoring",)
_INHERIT_WHEN_MERGED = ("level1", "level2", "level3", "basis", "sign", "unit", "direction", "weight")


def _x_span(cell: Cell | None) -> tuple[float, float] | None:
    if cell is None or cell.where.bbox is None:
        return None
    return cell.where.bbox[0], cell.where.bbox[2]


def align_continuations(rows: list[Row], h: int) -> list[Row]:
    """Lay rows of a continued table onto the header table's columns.

    A table continued on the next page often has another grid (a spurious
    column from a merged cell exists on one page only).  PDF cells carry their
    boxes, so each cell goes to the header column it overlaps most; without
    boxes, empty columns are dropped on both sides and the rest zipped.
    """
    header = rows[h]
    width = len(header.cells)
    spans = [_x_span(c) for c in header.cells]
    live = [i for i in range(width) if any(r.cells[i] is not None and r.cells[i].text.strip() for r in rows[h:] if r.table == header.table and i < len(r.cells))]
    out = rows[: h + 1]
    for row in rows[h + 1 :]:
        if row.table == header.table or len(row.cells) == width and not any(spans):
            out.append(row)
            continue
        cells: list[Cell | None] = [None] * width
        if any(spans) and any(_x_span(c) for c in row.cells):
            for c in row.cells:
                span = _x_span(c)
                if span is None:
                    continue
                best = max(range(width), key=lambda i: _overlap(span, spans[i]))
                if _overlap(span, spans[best]) > 0:
                    cells[best] = c if cells[best] is None else Cell(join(cells[best].text, c.text), cells[best].where)
        else:
            theirs = [c for c in row.cells if c is not None]
            if len(theirs) == len(live):
                for i, c in zip(live, theirs):
                    cells[i] = c
            else:
                cells = list(row.cells[:width]) + [None] * (width - len(row.cells))
        out.append(Row(cells, row.where, row.table, row.first_in_table, row.after_page_break))
    return out


def _overlap(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float:
    if a is None or b is None:
        return 0.0
    return min(a[1], b[1]) - max(a[0], b[0])


def parse(rows: list[Row], h: int, *, project: Project, reading: Reading, layout: Layout | None = None) -> list[Indicator]:
    """The indicator rows below header row ``h``; issues and normalize's warnings go to ``reading``."""
    rows = align_continuations(rows, h)
    layout = layout or layout_of.read(rows, h)
    for name in layout.unknown.values():
        reading.issues.append(Issue.at(IssueCode.UNKNOWN_COLUMN, "info",
                                       f"column '{name}' is not a known indicator column; its cells are kept in 'extra'",
                                       project=project))
    columns = column_fields(layout, max(len(r.cells) for r in rows))
    data = [align.realign(r, columns) for r in rows[layout.first:]]
    # "长期绩效指标" just above the header names the set that follows.
    above = period_row(rows[layout.header - 1].texts()) if layout.header > 0 else None
    # …or in the header row's own first cell (长期绩效指标 | 一级指标 | 二级指标 | …).
    own = _period_cell(rows[layout.header].texts(), layout.fields)
    above = own[0] if own else above
    out: list[dict] = []
    for period, fields in _column_sets(layout):
        out += _read_rows(data, layout, fields, period, above)
    no_level1 = "level1" not in layout.fields.values()
    has_description = "description" in layout.fields.values()
    found = []
    for k, r in enumerate(out):
        indicator, warnings = _finish(r, k + 1, has_description, no_level1)
        if warnings:
            reading.warnings[(project.seq, indicator.seq)] = warnings
        found.append(indicator)
    return found


def column_fields(layout: Layout, width: int) -> list[str | None]:
    """One field name (or None) per column: what realign() fits cells against."""
    names: list[str | None] = [None] * max(width, 1 + max([*layout.fields, *layout.project_columns, *layout.unknown], default=0))
    for i, f in layout.project_columns.items():
        names[i] = f
    for i, f in layout.fields.items():
        names[i] = f
    for i in layout.unknown:
        names[i] = "unknown"
    return names


def _column_sets(layout: Layout) -> list[tuple[str | None, dict[int, str]]]:
    """The indicator sets a table holds: one, or one per period when a
    mid-term and an annual value column stand side by side."""
    if layout.groups:
        return layout.groups
    if not layout.periods:
        return [(None, layout.fields)]
    sets = []
    for p in ("mid_term", "year"):
        own = {i for i, q in layout.periods.items() if q == p}
        fields = {i: f for i, f in layout.fields.items() if f != "value" or i in own}
        sets.append((p, fields))
    return sets


_PERIOD_ROW = lazy_regex.compile(r"^(?:(中期|实施期|长期)|(年度|当年|本年))(?:绩效)?(?:目标)?(?:绩效)?指标$")


def period_row(texts: list[str | None]) -> str | None:
    """A one-cell row naming the indicator set that follows (长期绩效指标 / 年度绩效指标)."""
    distinct = {label_key(t) for t in texts if t}
    if len(distinct) != 1:
        return None
    m = _PERIOD_ROW.match(distinct.pop())
    return None if not m else "mid_term" if m.group(1) else "year"


def _period_cell(texts: list[str | None], fields: dict[int, str]) -> tuple[str, list[str | None]] | None:
    """(period, the row's texts without it) when a cell outside the indicator's fields names a set."""
    for i, t in enumerate(texts):
        if t and i not in fields and (p := period_row([t])) is not None:
            return p, [None if k == i else x for k, x in enumerate(texts)]
    return None


_INDICATOR_HEADERS = {"level1", "level2", "level3", "value", "description"}


def _another_tables_header(texts: list[str | None], col: dict[str, int]) -> bool:
    """A header row of some other table: three labels or more, no number, none of them a
    heading of the indicator table's own columns, and at most one a level's name (数量 heads
    a cost table's column as well). A row whose basis cell names a standard (行业标准, 工作计划)
    or whose target is worded (持续完善) is the form's own row, however short its words: the
    first row of a form continued on the next sheet or page."""
    filled = [t for t in texts if t]
    if len(filled) < 3 or sum(map(layout_of.is_level_name, filled)) > 1 or not all(
            len(t) <= 12 and not any(c.isdigit() for c in t) and indicator_column(t) not in _INDICATOR_HEADERS for t in filled):
        return False
    basis = texts[col["basis"]] if col.get("basis") is not None and col["basis"] < len(texts) else None
    target = texts[col["value"]] if col.get("value") is not None and col["value"] < len(texts) else None
    return not ((basis and (BASIS_CATEGORY.match(basis) or basis.endswith("计划")))
                or (target and len(target) <= QUALITATIVE_MAX and target.startswith(QUALITATIVE_OPENERS)))


def _read_rows(data: list[Row], layout: Layout, fields: dict[int, str], period: str | None,
               above: str | None = None) -> list[dict]:
    col = {f: i for i, f in sorted(fields.items(), reverse=True)}  # the leftmost column wins
    unknown = layout.unknown
    out: list[dict] = []
    inherited: dict[str, str | None] = {}
    current_period = period or above
    value_col = col.get("value")
    header_unit = _header_unit(layout.header_texts.get(value_col))
    for k, row in enumerate(data):
        texts = row.texts()
        if layout.tree and (group := _tree_group(data, k, col)) is not None:
            level, name = group
            inherited[level] = name
            if level == "level1":
                inherited["level2"] = None
            continue
        # A set's name starts its level names afresh; the same name again over a header
        # repeated after a page break goes on with them (a merged 效益指标 cut by the break
        # prints its name on the first page only).
        if (p := period_row(texts)) is not None:
            if p != current_period:
                inherited.clear()
            current_period = p
            continue
        if (p := _period_cell(texts, fields)) is not None:
            # 中期绩效指标 in a column of its own, merged down its set: printed on the set's first row.
            if p[0] != current_period:
                inherited.clear()
            current_period, texts = p
        if layout_of.is_header_row(row):
            # A header repeated after a page break, or the next set's (年度绩效指标 | 一级指标 | …),
            # which may print its values' unit as a header of its own (指标值（%）).
            if value_col is not None:
                header_unit = _header_unit(row.text(value_col))
            if (p := _period_cell(texts, fields)) is not None:
                if p[0] != current_period:
                    inherited.clear()
                current_period = p[0]
            continue
        first_text = next((t for t in texts if t), "")
        if TABLE_END.match(first_text):
            break  # the review block or a note under the table
        if row.first_in_table and row.table > 0 and _another_tables_header(texts, col):
            break  # a table after the form (测算内容 | 数量 | 标准（元） | 金额（元）): not its rows
        get = lambda f: texts[col[f]] if f in col and col[f] < len(texts) else ""  # noqa: E731
        filled = [i for i, t in enumerate(texts) if t and i not in layout.project_columns]
        if not filled:
            continue
        cells = {f: get(f) for f in col}
        if any(t and "计" in t and label_key(t) in _SUBTOTAL for t in texts) and not cells.get("value"):
            continue  # 小计 / 合计: the weights of the rows above, summed
        for f, t in cells.items():
            if t and t.strip() in _DITTO:
                # 〃 or 同上: the cell above, typed out by the form's author
                cells[f] = inherited.get(f) if f in _LEVELS else (out[-1].get(f) if out else None)
        if cells.get("level3"):
            cells["level3"] = _OUTLINE_NUMBER.sub("", _TEMPLATE_PROMPT.sub("", cells["level3"]))
            if _unfilled(cells):
                # A template row nobody filled in (……, a bare 指标2：): no indicator, but its
                # printed level names still head the rows below.
                inherited.update({f: cells[f] for f in ("level1", "level2") if cells.get(f)})
                continue
        path = next((p for f in ("level1", "level2") if (p := _level_path(cells.get(f)))), None)
        if path is not None:
            cells["level1"], cells["level2"] = path
        extra = {unknown[i]: texts[i] for i in unknown if i < len(texts) and texts[i]}
        extra.update({layout.header_texts[i]: texts[i] for i, f in fields.items()
                      if f in _VERBATIM and i < len(texts) and texts[i]})
        filled_fields = {fields.get(i) for i in filled}
        content = filled_fields - set(_LEVELS) - set(_VERBATIM) - {None}
        if not content and not extra:
            # Only level names: a merged level cell printed on a row of its own.
            for f in _LEVELS:
                if cells.get(f):
                    inherited[f] = cells[f]
            continue
        spanning = _spanning_name(row, col)
        if not spanning and not any(cells.get(f) for f in ("level1", "level2")) \
                and label_key(cells.get("level3")) in OUTSIDE_LEVELS:
            spanning = cells["level3"]  # the same row where a capture lost its span
        if spanning:
            # 预算执行率 printed across the level columns: an indicator without levels.
            cells.update({"level1": "", "level2": "", "level3": spanning})
        glued = _glued_value(cells) if "value" in col else None
        if glued is None and "value" in col:
            glued = _colon_merged(row, col, cells)
        if glued is not None:
            cells["level3"], cells["value"] = glued
        # The first row of a table that goes on after a page break, under its repeated header or not.
        top = row.table > 0 and (row.first_in_table or (k > 0 and data[k - 1].first_in_table
                                                         and data[k - 1].table == row.table
                                                         and layout_of.is_header_row(data[k - 1])))
        if out and _continues_previous(row, cells, filled, fields, out[-1], top):
            _join_into(out[-1], cells, extra, fields, filled)
            continue
        record: dict = {}
        for f in col:
            value = cells[f]
            if spanning and f in _LEVELS:
                record[f] = None
                continue
            if f in _LEVELS and not value:
                value = inherited.get(f)
            elif value is None and f in _INHERIT_WHEN_MERGED:
                value = inherited.get(f)
            record[f] = value
            if value:
                inherited[f] = value
        if path is not None:  # both levels from one cell, whichever column the form gave it
            record["level1"], record["level2"] = inherited["level1"], inherited["level2"] = path
        if cells.get("level1"):
            # A new level-1 group: an old level 2 must not leak into it unless printed.
            inherited["level2"] = cells.get("level2") or inherited.get("level2")
        if layout.tree:
            record["level1"], record["level2"] = inherited.get("level1"), inherited.get("level2")
        if header_unit and not record.get("unit"):
            record["_header_unit"] = header_unit
        record["_extra"] = extra
        record["_where"] = row.where
        record["_level1_printed"] = bool(cells.get("level1"))
        record["_period"] = current_period
        record["_confidence"] = min_confidence(row.cells)
        if glued is None and "value" in col and col["value"] < len(row.cells) and row.cells[col["value"]] is not None:
            # value_raw is the cell as printed: whitespace collapsed, nothing removed.
            cell = row.cells[col["value"]]
            record["value"] = _printed_value(cell.parts or (cell.text,))
        out.append(record)
    if period is not None:
        # Side by side, a row whose column for this period is empty holds no indicator of it.
        out = [r for r in out if r.get("value") or r.get("level3")]
    return out


# A 三级 name with its target run into it, the target's own cell empty (居民满意度≥85％: an OCR
# tool or a capture lost the gap): a comparator, then a number and its unit, at the name's end.
_GLUED_TARGET = lazy_regex.compile(r"^(?P<name>.*\p{Han}[）)]?)\s*(?P<value>(?:[≥≤＞＜><]=?|[=＝])\s*\d[\d,，.]*\s*[%％‰\p{Han}/·]{0,6})$")


# 产出指标-数量指标, 效益指标/社会效益指标, 产出指标＞时效指标: a form's one 指标类别 column printing
# both levels of a row as a path.
_PATH_SEPARATOR = lazy_regex.compile(r"\s*[-－—–/／>＞→|｜]+\s*")


def _level_path(text: str | None) -> tuple[str, str] | None:
    """(level 1, level 2) of a cell that names both, each a level name of its depth."""
    if not text:
        return None
    parts = _PATH_SEPARATOR.split(text.strip())
    if len(parts) != 2 or not normalize.level(parts[0], depth=1) or not normalize.level(parts[1], depth=2):
        return None
    return parts[0], parts[1]


def _glued_value(cells: dict[str, str | None]) -> tuple[str, str] | None:
    """(name, target) of a 三级 cell holding both, when the target's own cell is empty."""
    name = cells.get("level3") or ""
    if cells.get("value") or not name:
        return None
    m = _GLUED_TARGET.match(name)
    return (m.group("name"), m.group("value")) if m else None


_SUBTOTAL = frozenset({"小计", "合计", "总计", "共计", "分值合计", "权重合计"})
_DITTO = frozenset({"〃", "同上", "\"", "”", "''", "々"})


# The national 申报表 template prompts each 三级 cell with 指标1：, 指标2：… (and each goal with
# 目标1：, numbering.py); a filled-in form often keeps the prompt before the name.
_TEMPLATE_PROMPT = lazy_regex.compile(r"^\s*指标\s*\d{1,2}\s*[:：]\s*")
# An outline number before a 三级 name (1.1.1 改造老旧小区数量, under 1 产出指标 / 1.1 数量指标):
# the form's numbering, not the name's. Three parts: no quantity is written so.
_OUTLINE_NUMBER = lazy_regex.compile(r"^\s*\d{1,2}[.．]\d{1,2}[.．]\d{1,3}[.．、]?\s*(?=\p{Han})")
# What an unused template row holds in its name cell, if anything.
_PLACEHOLDER_NAME = lazy_regex.compile(r"^[\s…．.。—\-/／]*$")


def _unfilled(cells: dict[str, str | None]) -> bool:
    """A row whose 三级 is a placeholder (or only the template's prompt) and whose value,
    explanation and basis are empty."""
    return bool(_PLACEHOLDER_NAME.match(cells.get("level3") or "")) and not any(
        cells.get(f) for f in ("value", "description", "basis", "baseline"))


_HEADER_UNIT = lazy_regex.compile(r"[（(]\s*([^()（）\s]{1,4})\s*[)）]\s*$")


def _header_unit(text: str | None) -> str | None:
    """The unit a value column's header prints for its cells (指标值（%）, 目标值(万元)),
    when the value grammar knows it as one."""
    m = _HEADER_UNIT.search(text or "")
    if not m:
        return None
    v = normalize.value(f"1{m.group(1)}")
    return v.unit if v.kind == "numeric" else None


def _printed_value(parts: tuple[str, ...]) -> str:
    """A value cell as printed: whitespace collapsed, nothing removed, and the lines or
    paragraphs it holds (≥26.5⏎公里, 100%⏎（按学期考核）) joined as they read, with no space
    where Chinese meets."""
    lines = [collapse(line) for part in parts for line in part.splitlines() if line.strip()]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        out = join(out, line)
    return out


def _tree_group(data: list[Row], k: int, col: dict[str, int]) -> tuple[str, str] | None:
    """("level1" | "level2", name) when row k of a tree-style table is a group row: a level
    name in the 三级 column and no value (its weight, a subtotal, goes nowhere).

    A name of either depth (成本指标, 满意度指标) is a level 1 when a level-2 group row
    comes next (成本指标 over 经济成本指标), else a level 2 under the current level 1."""
    def group_name(row: Row) -> str | None:
        name = row.text(col["level3"])
        return name if layout_of.is_level_name(name) and not row.text(col.get("value", -1)) else None

    name = group_name(data[k])
    if name is None:
        return None
    one, two = normalize.level(name, depth=1), normalize.level(name, depth=2)
    if one and two:
        after = group_name(data[k + 1]) if k + 1 < len(data) else None
        below = after is not None and normalize.level(after, depth=2) and not normalize.level(after, depth=1)
        return ("level1" if below else "level2"), name
    return ("level1" if one else "level2"), name


def _colon_merged(row: Row, col: dict[str, int], cells: dict[str, str | None]) -> tuple[str, str] | None:
    """(name, target) of a 三级 cell merged over the value's slot and printed 名称：目标值
    (家庭医生签约人数：≥6.5万人): the colon is where the value's cell would start."""
    name, i = cells.get("level3") or "", col["value"]
    if cells.get("value") or i >= len(row.cells) or row.cells[i] is not None:
        return None  # the value has a cell of its own, empty or not
    head, colon, tail = name.partition("：") if "：" in name else name.partition(":")
    return (head.strip(), tail.strip()) if colon and head.strip() and tail.strip() else None


def _spanning_name(row: Row, col: dict[str, int]) -> str | None:
    """The text of a cell merged across all level columns, when it is no level name."""
    levels = [col[f] for f in ("level1", "level2", "level3") if f in col]
    if len(levels) < 2:
        return None
    first, rest = levels[0], levels[1:]
    text = row.text(first)
    if not text or any(row.cells[i] is not None for i in rest if i < len(row.cells)) or layout_of.is_level_name(text):
        return None
    return text


# The tail of a 三级 name that wrapped onto a physical line of its own (覆盖率, 完成率),
# under a name that stops before its measure (…雨污分流管网): a name that ends in one
# (…开工时间, …合格率) is whole, and a short name under it is an indicator of its own.
_NAME_TAIL_CHARS = 4
_ENDS_IN_A_MEASURE = lazy_regex.compile(r"[率度数量次间额比值]$")


def _continues_previous(row: Row, cells: dict, filled: list[int], fields: dict[int, str], prev: dict,
                        top: bool = False) -> bool:
    """A fragment of the previous row: no level names, no 三级指标, and either
    the first row after a page/table break or a single spilled cell; or a short
    三级 alone under a complete row (its name wrapped in a text rendering)."""
    if any(cells.get(f) for f in _LEVELS):
        # At the top of the next page, the rest of a level name the row broke in (服务对象满意 |
        # 度指标): only the two pieces together are a level's name.
        return top and not cells.get("level3") and all(
            _completes_level(prev.get(f), cells[f], depth) for depth, f in enumerate(_LEVELS, 1) if cells.get(f))
    if cells.get("level3"):
        if len(filled) == 1 and top and prev.get("value"):
            # Alone at the top of the next page, under the repeated header: the rest of a
            # row that broke across the page (Word lets a row break), not a row of its own.
            return True
        if top and _cut_at_the_break(prev, cells):
            return True
        return len(filled) == 1 and _wrapped_name(cells["level3"], prev)
    if top:
        return True
    return len(filled) == 1


# A name cut at a word that cannot end it (道路桥梁设施数字化台账建立及 | 预防性养护…).
_OPEN_END = lazy_regex.compile(r"[及和与暨或并的、，,（(]$")
_OPEN_START = lazy_regex.compile(r"^[及和与暨或并的、，,）)]")


def _cut_at_the_break(prev: dict, cells: dict) -> bool:
    """The rest of a row Word let break across the page, every cell's last lines at the top
    of the next page beside blank level cells: the name above stops where no name can (on 及,
    和, 、…), or this one starts where none can. Two qualitative targets in a row prove
    nothing (持续改善 | 圆满完成 are a row each)."""
    return bool(_OPEN_END.search(prev.get("level3") or "") or _OPEN_START.match(cells.get("level3") or ""))


def _completes_level(before: str | None, text: str, depth: int) -> bool:
    return bool(before) and normalize.level(text, depth=depth) is None \
        and normalize.level(before + text, depth=depth) is not None


def _wrapped_name(text: str, prev: dict) -> bool:
    """A short name with no value under a row that has its value and an explanation or basis:
    an indicator of its own would have those columns filled like its neighbours."""
    name = prev.get("level3") or ""
    return (len(text) <= _NAME_TAIL_CHARS and bool(name) and not _ENDS_IN_A_MEASURE.search(name)
            and bool(prev.get("value")) and bool(prev.get("description") or prev.get("basis")))


def _join_into(prev: dict, cells: dict, extra: dict, fields: dict[int, str], filled: list[int]) -> None:
    for i in filled:
        f = fields.get(i)
        if f is None:
            continue
        text = cells.get(f)
        if not text:
            continue
        if not prev.get(f) and len(filled) == 1 and f in ("level1", "level2"):
            continue
        target = f
        if not prev.get(f) and len(filled) == 1:
            # The spilled text's column is empty above: it belongs to the
            # longest (most likely wrapped) text cell of the row.
            longest = max(("level3", "description", "basis"), key=lambda k: len(prev.get(k) or ""))
            target = longest if prev.get(longest) else f
        prev[target] = join(prev.get(target) or "", text) if target != "value" else (prev.get(target) or "") + text
    for k, v in extra.items():
        prev["_extra"][k] = join(prev["_extra"].get(k, ""), v)


def _sign_or_direction(r: dict, value_raw: str) -> str | None:
    """The sign cell; where a form splits the value over 目标值 (a bare number), 计量单位 and
    指标方向 columns and prints no comparator, the direction is it: 正向 (the more the
    better) a floor, 反向 a ceiling, 中性 the target itself. A value cell that prints its
    unit (5个 beside 正向) states the target, and its direction only describes it."""
    sign = r.get("sign") or None
    if r.get("direction") and (sign is None or _NATURE_ONLY.match(sign)) and _BARE_NUMBER.match(value_raw):
        return _DIRECTION_SIGN.get(normalize.direction(None, r["direction"]) or "", sign)
    return sign


_BARE_NUMBER = lazy_regex.compile(r"^\s*\d[\d,]*(?:\.\d+)?\s*$")
_NATURE_ONLY = lazy_regex.compile(r"^\s*定量(?:指标)?\s*$")
_DIRECTION_SIGN = {"正向": "≥", "反向": "≤", "中性": "="}


def _finish(r: dict, seq: int, has_description: bool, no_level1: bool = False) -> tuple[Indicator, tuple]:
    """One indicator from a row's cells, and what normalize noticed reading its value."""
    value_raw = r.get("value") or ""
    v = normalize.value(value_raw, sign=_sign_or_direction(r, value_raw), unit=r.get("unit") or None)
    if v.kind == "numeric" and v.unit is None and r.get("_header_unit"):
        # Bare numbers under 指标值（%）: the header prints their unit once for all.
        v = normalize.value(value_raw, sign=_sign_or_direction(r, value_raw), unit=r["_header_unit"])
    level1, level2 = r.get("level1"), r.get("level2")
    level2_std = normalize.level(level2, depth=2)
    level1_std = normalize.level(level1, depth=1) or normalize.near_level(level1, depth=1)
    if level2 and level2_std is None:  # 绩效指标 under 产出指标: 时效指标, misprinted or misread
        level2_std = normalize.near_level(level2, depth=2, under=level1_std)
    level1_std = level1_std or normalize.LEVEL1_OF.get(level2_std or "")
    if no_level1 and level1_std is None and level2_std == "成本指标":
        # A form without a 一级 column is the older framework, where 成本指标
        # is a level 2 under 产出指标.
        level1_std = "产出指标"
    parent = normalize.LEVEL1_OF.get(level2_std or "")
    if level1_std and level1_std == normalize.older_parent(level2):
        # The older framework put 社会公众或服务对象满意度指标 under 效益指标: printed
        # there (merged down or not) it stays there, as its 成本指标 stays under 产出指标.
        parent = level1_std
    if parent and level1_std != parent and not r["_level1_printed"]:
        # An inherited level 1 that its own level 2 contradicts: converters that
        # print a merged cell's text on the middle row of its group leave the
        # group's first rows blank, so "above" is the previous group.
        level1, level1_std = parent, parent
    unit_inferred = normalize.infer_unit(r.get("level3")) if v.unit is None else None
    warnings = v.warnings + _lost_percent_warning(v, value_raw, unit_inferred, r.get("description"))
    out = Indicator(
        seq=seq,
        level1=level1 or None,
        level1_std=level1_std,
        level2=level2 or None,
        level2_std=level2_std,
        level3=r.get("level3") or None,
        description=(r.get("description") or None) if has_description else None,
        value_raw=value_raw,
        kind=v.kind,
        comparator=v.comparator,
        value=v.value,
        value_max=v.value_max,
        unit=v.unit,
        unit_inferred=unit_inferred,
        amount_yuan=v.amount_yuan,
        reference=v.reference,
        basis=r.get("basis") or _bracketed_basis(r.get("description")),
        direction=normalize.direction(v.comparator, r.get("direction") or None),
        weight=_weight(r.get("weight")),
        sign=r.get("sign") or None,
        baseline_raw=r.get("baseline") or None,
        period=r.get("_period") or "year",
        extra=r["_extra"],
        **r["_where"].to_dict(),
    )
    if r.get("_confidence") is not None:
        out.ocr_confidence = r["_confidence"]
    return out, warnings


def _bracketed_basis(description: str | None) -> str | None:
    m = BASIS_IN_BRACKETS.search(description or "")
    return m.group(1) if m else None


LOST_PERCENT = "lost_percent"  # the code of the warning below


def value_warnings(ind: Indicator) -> tuple:
    """What normalize notices in a finished indicator's printed value: the warnings the
    reading made (checks.check re-derives them for a record read back from JSON)."""
    v = normalize.value(ind.value_raw or "", sign=ind.sign, unit=ind.unit)
    return v.warnings + _lost_percent_warning(v, ind.value_raw or "", ind.unit_inferred, ind.description)


def _lost_percent_warning(v, value_raw: str, unit_inferred: str | None, description: str | None) -> tuple:
    if not _lost_percent(v, unit_inferred, description):
        return ()
    return (normalize.ValueWarning(LOST_PERCENT, f"possibly a percentage whose Excel number format was lost: "
                                   f"指标值 '{value_raw}' where the indicator is a rate; kept as printed "
                                   f"(1 may mean 100%)"),)


def _lost_percent(v, unit_inferred: str | None, description: str | None) -> bool:
    """A bare 1 (or 0.95) under a rate: Excel printed the cell without its % format."""
    if v.kind != "numeric" or v.unit is not None or v.value is None or not 0 < v.value <= 1:
        return False
    return unit_inferred == "%" or "%" in (description or "")


def _weight(text: str | None):
    from jixiao.extract.interpret.numbers import number

    return number(text) if text else None
