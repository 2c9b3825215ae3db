"""Where an indicator table is and what its columns mean, read from content.

A table is an indicator table when one header row (or two rows read as one:
``一级`` over ``指标``) names a level column and a target column, through the
lexicon.  The header alone can mislead, so the cells below it have a say too:

* a 一级指标 column whose cells are all level-2 names (数量指标, 社会效益) is
  really the 二级 column, and the column after it holds the indicator names
  (Hubei forms print 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值 over
  数量指标 | 办公大楼日常维修维护次数 | 反映… | 2280次);
* 指标内容 is the indicator's name where the table has no 三级指标 column;
* header-block fields printed as columns of the indicator table (单位名称,
  项目名称, 预算数, 年度目标: the Sichuan 一体化 export) mark a table that
  holds many projects;
* two value columns told apart by 中期/实施期 and 年度 hold two indicator sets.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace


from jixiao import normalize
from jixiao.extract.blocks import Cell
from jixiao.extract.interpret.lexicon import BASIS_CATEGORY, MID_TERM_WORDS, YEAR_WORDS, header_label, indicator_column, label_key
from jixiao.extract.blocks import Row
from jixiao.extract.textclean import clean
from jixiao.normalize import lazy_regex

LEVELS = ("level1", "level2", "level3")
# Header-block fields that a one-table export prints as columns.
PROJECT_COLUMNS = ("implementer", "department", "name", "code", "total", "fiscal", "other", "goals", "goals_mid_term", "purpose")
_NOT_DATA = ("序号", "编号")


@dataclass
class Layout:
    header: int  # index of the first header row
    first: int  # index of the first data row
    fields: dict[int, str]  # column → indicator field
    unknown: dict[int, str] = field(default_factory=dict)  # column → header text, kept in extra
    project_columns: dict[int, str] = field(default_factory=dict)  # column → header-block field
    periods: dict[int, str] = field(default_factory=dict)  # value column → "mid_term" | "year"
    # Whole indicator sets side by side (实施期 | 年度): (period, column → field) per set.
    groups: list[tuple[str, dict[int, str]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was read from content, for --explain
    header_texts: dict[int, str] = field(default_factory=dict)
    # Levels printed as group rows in the 三级 column (tree_column), not in columns of their own.
    tree: bool = False

    @property
    def col(self) -> dict[str, int]:
        """field → column; the leftmost column wins."""
        return {f: i for i, f in sorted(self.fields.items(), reverse=True)}


def header_fields(texts: list[str | None]) -> dict[int, str]:
    return {i: f for i, t in enumerate(texts) if t and (f := indicator_column(t))}


def _is_header(texts: list[str | None]) -> bool:
    fields = set(header_fields(texts).values())
    has_level = bool(fields & {"level1", "level2", "level3"})
    has_target = bool(fields & {"value", "level3"})
    return len(fields) >= 3 and has_level and has_target


def is_header_row(row: Row) -> bool:
    return _is_header(row.texts())


def is_header_row_texts(texts: list[str | None]) -> bool:
    return _is_header(texts)


def _joined(a: Row, b: Row) -> list[str | None]:
    """Two header rows read as one, column by column (``一级`` over ``指标``); a lower cell
    that names a column by itself (指标值 over 2023年实际完成值 | 2024年目标值) keeps its own
    name; a column empty in both stays None (a header merged down from above fills it)."""
    out: list[str | None] = []
    for i in range(max(len(a.cells), len(b.cells))):
        ta, tb = a.text(i) or "", b.text(i) or ""
        if ta and tb and ta != tb and indicator_column(tb) and indicator_column(ta) != "level3":
            out.append(tb)
        else:
            out.append((ta + tb if ta != tb else ta) or None)
    return out


def find_header(rows: list[Row]) -> int | None:
    for k, row in enumerate(rows):
        if is_header_row(row) or tree_column(rows, k) is not None:
            return k
        if k + 1 < len(rows) and _split_header(rows, k):
            return k
    return None


def join_split_labels(rows: list[Row], h: int) -> list[Row]:
    """Rows with a header label cut in two by a line that is no column boundary (a scanned
    seal's ring, a stray stroke: 指 | 标值) made whole again: the two columns become one in
    every row, their texts joined."""
    texts = rows[h].texts()
    cuts = [j for j in range(len(texts) - 1)
            if texts[j] and texts[j + 1] and indicator_column(texts[j]) is None
            and indicator_column(texts[j + 1]) is None and indicator_column(texts[j] + texts[j + 1]) is not None]
    if not cuts:
        return rows
    out = []
    for row in rows:
        cells = list(row.cells)
        for j in reversed(cuts):
            if j + 1 < len(cells):
                left, right = cells[j], cells[j + 1]
                if left is None or right is None or not right.text:
                    cells[j] = left if left is not None else right
                else:
                    cells[j] = replace(left, text=left.text + right.text)
                del cells[j + 1]
        out.append(Row(cells, row.where, row.table, row.first_in_table, row.after_page_break))
    return out


def _split_header(rows: list[Row], k: int) -> bool:
    """A header whose words wrap onto a second row: neither row alone names
    enough columns, both read together do."""
    a, b = rows[k], rows[k + 1]
    if _is_header(b.texts()) or len(header_fields(a.texts())) >= 3:
        return False
    return _is_header(_joined(a, b)) and len(header_fields(_joined(a, b))) > len(header_fields(a.texts())) + 1


# The one column of a tree-style export (绩效指标 | 指标值 | 权重 | 指标解释): the levels are rows
# of it, 产出指标 over 数量指标 over the indicators, told apart on screen only by indentation.
TREE_COLUMN_LABELS = ("绩效指标", "指标", "指标名称")
_TREE_GROUP_ROWS = 2  # level-name rows without a value below the header, at least


def tree_column(rows: list[Row], h: int) -> int | None:
    """The column holding the whole level hierarchy when ``rows[h]`` heads a tree-style table:
    no level column, a value column, and below it rows whose only name is a level name
    (产出指标, 数量指标) with no value. None otherwise."""
    texts = rows[h].texts()
    if not any(t and "".join(t.split()) in TREE_COLUMN_LABELS for t in texts):
        return None  # asked of every row while looking for a header: the cheap test first
    fields = header_fields(texts)
    if not fields or set(fields.values()) & {"level1", "level2", "level3"} or "value" not in fields.values():
        return None
    names = [i for i, t in enumerate(texts) if i not in fields and label_key(t) in TREE_COLUMN_LABELS]
    if len(names) != 1 or len(fields) < 2:
        return None
    name, value = names[0], min(i for i, f in fields.items() if f == "value")
    return name if _has_group_rows(rows[h + 1:], name, value) else None


def _has_group_rows(rows: list[Row], name: int, value: int) -> bool:
    """Enough rows below a header whose name column holds only a level name, with no value:
    the levels stand in rows of their own, not in columns."""
    return sum(1 for r in rows if is_level_name(r.text(name)) and not r.text(value)) >= _TREE_GROUP_ROWS


def _banner_levels(rows: list[Row], layout: "Layout") -> bool:
    """A table with a 三级 column and no column for level 1 or 2, whose level names stand in
    rows of their own over its indicators (一、产出指标 / （一）数量指标 across the table):
    read as a tree-style table, each banner row heading the rows below it."""
    names = [i for i, f in layout.fields.items() if f == "level3"]
    if len(names) != 1 or {"level1", "level2"} & set(layout.fields.values()) or "value" not in layout.fields.values():
        return False
    name, value = names[0], min(i for i, f in layout.fields.items() if f == "value")
    return _has_group_rows(rows[layout.first:], name, value)


def _with_merged_from_above(rows: list[Row], h: int, texts: list[str | None]) -> list[str | None]:
    """Header cells merged down from the row above (单位名称 spanning two header
    rows over 一级指标 | 二级指标): their text is the one printed above."""
    if h == 0:
        return texts
    above = rows[h - 1]
    return [above.text(i) if t is None and above.text(i) and i < len(above.cells) else t
            for i, t in enumerate(texts)]


def _continues_header(a: Row, b: Row) -> bool:
    """Row b finishes the words of header row a (``一级 | 指标`` over ``指标 | 值``)."""
    if any(is_level_name(t) for t in b.texts()):
        return False  # a data row
    return len(header_fields(_joined(a, b))) > len(header_fields(a.texts()))


def read(rows: list[Row], h: int) -> Layout:
    """The layout of the indicator table whose header starts at ``rows[h]``."""
    texts, first = rows[h].texts(), h + 1
    if h + 1 < len(rows) and _continues_header(rows[h], rows[h + 1]):
        texts, first = _joined(rows[h], rows[h + 1]), h + 2
    texts = _with_merged_from_above(rows, h, texts)
    fields = header_fields(texts)
    if (tree := tree_column(rows, h)) is not None:
        fields[tree] = "level3"
    layout = Layout(h, first, fields, header_texts={i: t for i, t in enumerate(texts) if t})
    if tree is not None:
        layout.tree = True
        layout.notes.append(f"{texts[tree]}→level3, level 1 and 2 from its group rows (a tree-style export)")
    elif _banner_levels(rows, layout):
        layout.tree = True
        layout.notes.append("level 1 and 2 from the rows that print them across the table (banner rows)")
    _merge_second_header(rows, layout)
    _project_columns(texts, layout)
    _money_subheader(rows, layout)
    _value_periods(layout)
    _nature_column(layout, rows[layout.first:])
    _side_by_side(rows, layout)
    data = rows[layout.first:]
    _one_sign_column(layout, data)
    relabel_levels(layout, data)
    _name_from_content_column(layout)
    for i, t in enumerate(texts):
        if t and i not in layout.fields and i not in layout.project_columns and label_key(t) not in _NOT_DATA \
                and header_label(t) != "indicators":
            layout.unknown[i] = t
    return layout


def _merge_second_header(rows: list[Row], layout: Layout) -> None:
    """A second header row (指标值 spanning 指标性质 | 指标值 | 度量单位)."""
    if layout.first >= len(rows):
        return
    below_row = rows[layout.first]
    below = header_fields(below_row.texts())
    fields = layout.fields
    clash = any(i in fields and fields[i] == f for i, f in below.items())
    if len(below) >= 2 and not clash and len(below) >= len(below_row.filled()) - 1:
        fields.update(below)
        layout.header_texts.update({i: below_row.text(i) for i in below})
        layout.first += 1


def _project_columns(texts: list[str | None], layout: Layout) -> None:
    for i, t in enumerate(texts):
        if not t or i in layout.fields:
            continue
        f = header_label(t)
        if f in PROJECT_COLUMNS:
            layout.project_columns[i] = f
    if "name" not in layout.project_columns.values():
        # Without 项目名称 among them there are no projects to tell apart.
        layout.project_columns = {}
    if layout.project_columns:
        names = ", ".join(f"{texts[i]}→{f}" for i, f in sorted(layout.project_columns.items()))
        layout.notes.append(f"project columns in the indicator table (one table holds many projects): {names}")


_MONEY_COLUMNS = ("total", "fiscal", "other")


def _money_subheader(rows: list[Row], layout: Layout) -> None:
    """A second header row naming the money columns under one spanning label (项目资金
    over 资金总额 | 财政拨款 | 其他资金) in a table of many projects: it is header, not a
    row of data, and its words say which amount each column holds."""
    if not layout.project_columns or layout.first >= len(rows):
        return
    below = rows[layout.first]
    found = {}
    for i, t in enumerate(below.texts()):
        if not t:
            continue
        f = header_label(t)
        if f not in _MONEY_COLUMNS or i in layout.fields or i in layout.project_columns:
            return  # anything else: a row of data
        found[i] = f
    if not found:
        return
    layout.project_columns.update(found)
    layout.header_texts.update({i: below.text(i) for i in found})
    layout.first += 1
    layout.notes.append("money columns named in a second header row: "
                        + ", ".join(f"{below.text(i)}→{f}" for i, f in sorted(found.items())))


def period_of(text: str | None) -> str | None:
    key = label_key(text)
    if any(w in key for w in MID_TERM_WORDS):
        return "mid_term"
    if any(w in key for w in YEAR_WORDS):
        return "year"
    return None


def _value_periods(layout: Layout) -> None:
    values = [i for i, f in layout.fields.items() if f == "value"]
    if len(values) < 2:
        return
    periods = {i: period_of(layout.header_texts.get(i)) for i in values}
    if "mid_term" in periods.values():
        layout.periods = {i: p or "year" for i, p in periods.items()}
        layout.notes.append("value columns by period: " + ", ".join(
            f"{layout.header_texts.get(i)}→{p}" for i, p in sorted(layout.periods.items())))


def _side_by_side(rows: list[Row], layout: Layout) -> None:
    """Two indicator sets in one table (approval forms: 实施期绩效指标 | 年度绩效指标):
    the level columns repeat.  Each set runs from its first level column to
    the next set's; columns after the last set (分值, 指标解释) belong to it.
    The row above the header names each set's period."""
    first_level = min((f for f in layout.fields.values() if f in LEVELS), default=None)
    starts = sorted(i for i, f in layout.fields.items() if f == first_level)
    if len(starts) < 2:
        return
    above = rows[layout.header - 1] if layout.header > 0 else None
    bounds = starts + [max(layout.fields) + 1]
    for k, start in enumerate(starts):
        cols = {i: f for i, f in layout.fields.items() if start <= i < bounds[k + 1]}
        label = None
        if above is not None:
            for j in range(start, -1, -1):  # a merged super-header cell: its text is at its left edge
                if above.text(j):
                    label = above.text(j)
                    break
        period = period_of(label) or ("mid_term" if k < len(starts) - 1 else "year")
        layout.groups.append((period, cols))
    layout.notes.append("indicator sets side by side: " + ", ".join(
        f"columns {min(c)}-{max(c)}→{p}" for p, c in layout.groups))


def _level_kinds(cells: list[str]) -> tuple[int, int, int]:
    """(level-1 names, level-2-only names, other text) among the cells."""
    l1 = l2 = other = 0
    for t in cells:
        one, two = normalize.level(t, depth=1), normalize.level(t, depth=2)
        if one and two:
            continue  # 成本指标 is a level of both depths: no evidence either way
        if one:
            l1 += 1
        elif two:
            l2 += 1
        else:
            other += 1
    return l1, l2, other


def _filled_count(row: Row) -> int:
    return sum(1 for t in row.texts() if t)


def _one_sign_column(layout: Layout, data: list[Row]) -> None:
    """Two columns whose headers may name the comparator (指标性质 holding 定量/定性 beside
    运算符号 holding 大于等于): the one whose cells are comparators is the sign, the other
    is kept in extra."""
    signs = [i for i, f in layout.fields.items() if f == "sign"]
    if len(signs) < 2:
        return
    count = {i: sum(1 for r in data if normalize.comparator_only(r.text(i))) for i in signs}
    best = max(signs, key=lambda i: (count[i], -i))
    for i in signs:
        if i != best:
            del layout.fields[i]
            layout.unknown[i] = layout.header_texts.get(i, "")
    layout.notes.append(f"{layout.header_texts.get(best)}→sign (its cells are comparators)")


# 定量/定性 (quantitative or not): what an indicator is, not a level of the framework.
_NATURE = lazy_regex.compile(r"^(?:定量|定性)(?:指标)?$")


def _nature_column(layout: Layout, data: list[Row]) -> None:
    """A level header whose cells say 定量/定性 (指标类型 beside 一级指标 on Xinjiang's
    forms) is the sign column, as 指标性质 is elsewhere."""
    if "sign" in layout.fields.values():
        return
    for i, f in list(layout.fields.items()):
        cells = [t for r in data if (t := r.text(i))]
        if f == "level1" and len(cells) >= 2 and sum(1 for t in cells if _NATURE.match(t)) >= 0.9 * len(cells):
            layout.fields[i] = "sign"
            layout.notes.append(f"{layout.header_texts.get(i)}→sign (its cells are 定量/定性)")
            return


def _column(data: list[Row], i: int) -> list[str]:
    """The column's texts in the fullest rows: a short row may be shifted
    (a merged cell lost), so it says nothing about its columns yet."""
    most = max((_filled_count(r) for r in data), default=0)
    return [t for r in data if _filled_count(r) == most and (t := r.text(i))]


def relabel_levels(layout: Layout, data: list[Row]) -> None:
    """Columns whose cells say another level than their header: shift the levels."""
    col = layout.col
    if layout.groups or "level1" not in col or "level2" in col and "level3" in col:
        return
    l1, l2, other = _level_kinds(_column(data, col["level1"]))
    if l2 == 0 or l1 > 0 or other > l2:
        return
    fields = layout.fields
    fields[col["level1"]] = "level2"
    moved = [f"{layout.header_texts.get(col['level1'])}→level2"]
    if "level2" in col:
        n1, n2, rest = _level_kinds(_column(data, col["level2"]))
        if rest > n1 + n2 and "level3" not in col:
            fields[col["level2"]] = "level3"
            moved.append(f"{layout.header_texts.get(col['level2'])}→level3")
    layout.notes.append("levels read from the cells (level-2 names under a level-1 header): " + ", ".join(moved))


def _name_from_content_column(layout: Layout) -> None:
    if "level3" in layout.fields.values():
        return
    for i, f in layout.fields.items():
        if f == "description" and label_key(layout.header_texts.get(i)) in ("指标内容", "绩效指标"):
            layout.fields[i] = "level3"
            layout.notes.append(f"{layout.header_texts.get(i)}→level3 (no 三级指标 column)")
            return


_VALUE_LIKE = lazy_regex.compile(r"^(?:[≥≤><=＞＜]|不低于|不少于|不高于|不超过)?\s*\d")


def infer(rows: list[Row]) -> Layout | None:
    """A table without a header whose rows carry the framework's level names
    beside values (产出指标 | 数量指标 | 培训人次 | ≥200人次): columns by content."""
    level1: dict[int, int] = {}
    level2: dict[int, int] = {}
    value: dict[int, int] = {}
    data = []
    for k, row in enumerate(rows):
        texts = row.texts()
        levels = [i for i, t in enumerate(texts) if is_level_name(t)]
        values = [i for i, t in enumerate(texts) if t and _VALUE_LIKE.match(t) and i > (max(levels) if levels else 99)]
        if not levels or not values:
            continue
        data.append(k)
        for i in levels:
            one, two = normalize.level(texts[i], depth=1), normalize.level(texts[i], depth=2)
            if one and not two:
                level1[i] = level1.get(i, 0) + 1
            elif two and not one:
                level2[i] = level2.get(i, 0) + 1
        last = values[-1]
        value[last] = value.get(last, 0) + 1
    if len(data) < 2 or not value:
        return None
    fields: dict[int, str] = {}
    if level1:
        fields[max(level1, key=level1.get)] = "level1"
    if level2:
        fields[max(level2, key=level2.get)] = "level2"
    value_col = max(value, key=value.get)
    name_col = max(fields, default=-1) + 1
    if name_col < value_col:
        fields[name_col] = "level3"
    fields[value_col] = "value"
    if not (set(fields.values()) & {"level1", "level2"}):
        return None
    # After the value, a column of the standards a target rests on (计划标准, 行业标准) is the basis.
    basis: dict[int, int] = {}
    for k in data:
        for i, t in enumerate(rows[k].texts()):
            if i > value_col and t and BASIS_CATEGORY.match(clean(t)):
                basis[i] = basis.get(i, 0) + 1
    if basis and (col := max(basis, key=basis.get)) and basis[col] >= len(data) / 2:
        fields[col] = "basis"
    first = data[0]
    layout = Layout(first, first, fields, header_texts={i: f for i, f in fields.items()})
    layout.notes.append("no header row: columns read from the level names and values in the rows")
    return layout


def describe(layout: Layout) -> str:
    """One line per column, for --explain."""
    parts = [f"{layout.header_texts.get(i, '?')}→{f}" for i, f in sorted(layout.fields.items())]
    parts += [f"{t}→extra" for i, t in sorted(layout.unknown.items())]
    return ", ".join(parts)


def is_level_name(text: str | None) -> bool:
    return bool(text) and (normalize.level(text, depth=1) or normalize.level(text, depth=2)) is not None


def blank(cell: Cell | None) -> bool:
    return cell is None or not clean(cell.text)
