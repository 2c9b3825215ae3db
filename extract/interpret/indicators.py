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

import normalize
from extract.blocks import Cell, min_confidence
from extract.interpret.lexicon import header_label, indicator_column, label_key
from extract.interpret.segment import Row
from extract.textclean import collapse, join

_LEVELS = ("level1", "level2")
_INHERIT_WHEN_MERGED = ("level1", "level2", "level3", "basis", "sign", "unit", "direction", "weight")
_LEVEL1_OF = {
    "数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标",
    "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标", "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
    # 成本指标 is a level 2 under 产出指标 (old framework) and a level 1 of its own
    # (2021): it cannot contradict either, so it is not in this map.
    "经济成本指标": "成本指标", "社会成本指标": "成本指标", "生态环境成本指标": "成本指标",
}


def header_fields(row: Row) -> dict[int, str]:
    return {i: f for i, t in enumerate(row.texts()) if t and (f := indicator_column(t))}


def is_header_row(row: Row) -> bool:
    fields = set(header_fields(row).values())
    return len(fields) >= 3 and bool(fields & {"level3", "value"}) and bool(fields & {"level1", "level2", "level3"})


def find_header(rows: list[Row]) -> int | None:
    for k, row in enumerate(rows):
        if is_header_row(row):
            return k
    return None


def columns(rows: list[Row], h: int) -> tuple[dict[int, str], dict[int, str], int]:
    """Map column index → field (and unknown headers), merging a two-row header.

    Returns (fields, unknown headers, index of the first data row).
    """
    header = rows[h]
    fields = header_fields(header)
    first = h + 1
    # A second header row (e.g. 指标值 spanning 指标性质 | 指标值 | 度量单位).
    if first < len(rows):
        below = header_fields(rows[first])
        if len(below) >= 2 and not any(f in fields.values() and i in fields and fields[i] == f for i, f in below.items()) and len(below) >= len(rows[first].filled()) - 1:
            fields.update(below)
            first += 1
    unknown = {}
    for i, t in enumerate(header.texts()):
        # A left-hand "年度绩效指标" label column or a row number is not data.
        if t and i not in fields and label_key(t) not in ("序号", "编号") and header_label(t) != "indicators":
            unknown[i] = t
    return fields, unknown, first


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


def parse(rows: list[Row], h: int, *, project_seq: int | None) -> tuple[list[dict], list[dict]]:
    rows = align_continuations(rows, h)
    fields, unknown, first = columns(rows, h)
    col = {f: i for i, f in sorted(fields.items(), reverse=True)}  # the leftmost column wins
    issues = []
    for i, name in unknown.items():
        issues.append({"severity": "info", "code": "unknown_column", "project": project_seq,
                       "message": f"column '{name}' is not a known indicator column; its cells are kept in 'extra'"})
    out: list[dict] = []
    inherited: dict[str, str | None] = {}
    for row in rows[first:]:
        if is_header_row(row):
            continue  # a header repeated after a page break
        texts = row.texts()
        get = lambda f: texts[col[f]] if f in col and col[f] < len(texts) else ""  # noqa: E731
        filled = [i for i, t in enumerate(texts) if t]
        if not filled:
            continue
        cells = {f: get(f) for f in col}
        extra = {unknown[i]: texts[i] for i in unknown if i < len(texts) and texts[i]}
        filled_fields = {fields.get(i) for i in filled}
        content = filled_fields - set(_LEVELS) - {None}
        if not content and not extra:
            # Only level names: a merged level cell printed on a row of its own.
            for f in _LEVELS:
                if cells.get(f):
                    inherited[f] = cells[f]
            continue
        if out and _continues_previous(row, cells, filled, fields):
            _join_into(out[-1], cells, extra, fields, filled)
            continue
        record: dict = {}
        for f in col:
            value = cells[f]
            if f in _LEVELS and not value:
                value = inherited.get(f)
            elif value is None and f in _INHERIT_WHEN_MERGED:
                value = inherited.get(f)
            record[f] = value
            if value:
                inherited[f] = value
        if cells.get("level1"):
            # A new level-1 group: an old level 2 must not leak into it unless printed.
            inherited["level2"] = cells.get("level2") or inherited.get("level2")
        record["_extra"] = extra
        record["_where"] = row.where
        record["_level1_printed"] = bool(cells.get("level1"))
        record["_confidence"] = min_confidence(row.cells)
        if "value" in col and col["value"] < len(row.cells) and row.cells[col["value"]] is not None:
            # value_raw is the cell as printed: whitespace collapsed, nothing removed.
            record["value"] = collapse(row.cells[col["value"]].text)
        out.append(record)
    return [_finish(r, k + 1, "description" in col) for k, r in enumerate(out)], issues


def _continues_previous(row: Row, cells: dict, filled: list[int], fields: dict[int, str]) -> bool:
    """A fragment of the previous row: no level names, no 三级指标, and either
    the first row after a page/table break or a single spilled cell."""
    if any(cells.get(f) for f in _LEVELS):
        return False
    if cells.get("level3"):
        return False
    if row.first_in_table and row.table > 0:
        return True
    return len(filled) == 1 and not (cells.get("value") and "level3" in fields.values() and False)


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


def _finish(r: dict, seq: int, has_description: bool) -> dict:
    value_raw = r.get("value") or ""
    v = normalize.value(value_raw, sign=r.get("sign") or None, unit=r.get("unit") or None)
    level1, level2 = r.get("level1"), r.get("level2")
    level2_std = normalize.level(level2, depth=2)
    level1_std = normalize.level(level1, depth=1) or _LEVEL1_OF.get(level2_std or "")
    parent = _LEVEL1_OF.get(level2_std or "")
    if parent and level1_std != parent and not r["_level1_printed"]:
        # An inherited level 1 that its own level 2 contradicts: converters that
        # print a merged cell's text on the middle row of its group leave the
        # group's first rows blank, so "above" is the previous group.
        level1, level1_std = parent, parent
    unit_inferred = normalize.infer_unit(r.get("level3")) if v.unit is None else None
    where = r["_where"]
    out = {
        "seq": seq,
        "level1": level1 or None,
        "level1_std": level1_std,
        "level2": level2 or None,
        "level2_std": level2_std,
        "level3": r.get("level3") or None,
        "description": (r.get("description") or None) if has_description else None,
        "value_raw": value_raw,
        "kind": v.kind,
        "comparator": v.comparator,
        "value": v.value,
        "value_max": v.value_max,
        "unit": v.unit,
        "unit_inferred": unit_inferred,
        "amount_yuan": v.amount_yuan,
        "reference": v.reference,
        "basis": r.get("basis") or None,
        "direction": normalize.direction(v.comparator, r.get("direction") or None),
        "weight": _weight(r.get("weight")),
        "sign": r.get("sign") or None,
        "extra": r["_extra"],
        "_warnings": list(v.warnings),
    }
    out.update(where.to_dict())
    if r.get("_confidence") is not None:
        out["ocr_confidence"] = r["_confidence"]
    return out


def _weight(text: str | None):
    from extract.interpret.numbers import number

    return number(text) if text else None
