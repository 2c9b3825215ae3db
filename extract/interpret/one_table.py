"""One table holding every project of a unit (Sichuan 一体化 export).

The header prints the project's own fields as the first columns (单位名称 |
项目名称 | 预算数 | 年度目标) before the indicator columns.  A project's fields
stand on its first row only: later rows leave them merged (None), blank, or
lose them entirely in a web capture (the row is then left-shifted; align.py
lays it back).  A project starts where 项目名称 changes; a row that carries
project fields but no indicator (``820-马踏镇部门 | 8,827,620.53``, the
department's subtotal) is not a project.
"""
from __future__ import annotations

from dataclasses import dataclass, field


from jixiao.extract.interpret import align, numbering, numbers
from jixiao.extract.interpret.indicators import column_fields
from jixiao.extract.interpret.layout import Layout, is_header_row
from jixiao.extract.blocks import Row
from jixiao.extract.textclean import clean
from jixiao.normalize import lazy_regex

# "820001-井研县马踏镇人民政府": a unit code, a dash, the unit's name.
_CODED_NAME = lazy_regex.compile(r"^\[?(\d{3,12})\]?\s*[-—－]?\s*(\D.+)$")


_UNIT_FIELDS = ("implementer", "department")


@dataclass
class Group:
    fields: dict[str, str] = field(default_factory=dict)  # header-block field → printed text
    rows: list[Row] = field(default_factory=list)
    # Opened by an empty merged 项目名称 cell of its own: the project's name is printed on the
    # next page (a merged cell cut by the page break prints its text on one side only).
    unnamed: bool = False


# 预算数（元）: the money unit printed in the amount column's header.
_UNIT_IN_HEADER = lazy_regex.compile(r"[（(]\s*(万元|千元|亿元|元)\s*[)）]")


def _unit(layout: Layout) -> dict[str, str]:
    for i, f in layout.project_columns.items():
        if f in ("total", "fiscal") and (m := _UNIT_IN_HEADER.search(layout.header_texts.get(i) or "")):
            return {"unit": m.group(1)}
    return {}


def split(rows: list[Row], layout: Layout) -> list[Group]:
    columns = column_fields(layout, max(len(r.cells) for r in rows))
    groups: list[Group] = []
    unit = _unit(layout)
    name_columns = [i for i, f in layout.project_columns.items() if f == "name"]
    # Tables whose 项目名称 column keeps its merges (None under a merged cell): there an empty
    # cell of its own starts a project, where a plain grid (a text export) leaves every row's blank.
    merged = {r.table for r in rows[layout.first:] if not is_header_row(r)
              for i in name_columns if i < len(r.cells) and r.cells[i] is None}
    for row in rows[layout.first:]:
        row = align.realign(row, columns)
        texts = row.texts()
        own = {f: texts[i] for i, f in layout.project_columns.items() if i < len(texts) and texts[i]}
        has_indicator = any(i < len(texts) and texts[i] for i in layout.fields)
        if not has_indicator:
            if not own and groups:
                groups[-1].rows.append(row)  # a period label or a spilled line: the reader decides
            continue  # a subtotal row: project fields and an amount, no indicator
        name = own.get("name")
        fresh = row.table in merged and any(i < len(row.cells) and row.cells[i] is not None and not texts[i]
                                            for i in name_columns)
        if name and groups and groups[-1].unnamed:
            # The name printed on the page after the rows its merged cell began with.
            groups[-1].fields.update(own)
            groups[-1].unnamed = False
            groups[-1].rows.append(row)
            continue
        if fresh and groups and not name:
            inherited = {f: t for f, t in groups[-1].fields.items() if f in _UNIT_FIELDS}
            groups.append(Group({**unit, **inherited}, unnamed=True))
            groups[-1].rows.append(row)
            continue
        if not groups or (name and name != groups[-1].fields.get("name")):
            # 单位名称 is merged down over all the unit's projects: inherit it.
            inherited = {f: t for f, t in groups[-1].fields.items() if f in _UNIT_FIELDS} if groups else {}
            groups.append(Group({**unit, **inherited, **own}))
        else:
            for f, t in own.items():
                groups[-1].fields.setdefault(f, t)
        groups[-1].rows.append(row)
    return groups


def project_fields(group: Group) -> dict:
    """The project keys a group's printed fields give."""
    f = group.fields
    out: dict = {"name": f.get("name"), "code": f.get("code"), "budget_total": numbers.number(f.get("total")),
                 "budget_fiscal": numbers.number(f.get("fiscal")), "budget_other": numbers.number(f.get("other")),
                 "purpose": f.get("purpose"), "goals": [], "department_code": None, "department": None,
                 "implementing_unit": None, "unit": f.get("unit")}
    for key in ("goals", "goals_mid_term"):  # 年度目标, and 中期目标 where a column prints it beside
        if f.get(key):
            out[key] = [clean(g) for g in numbering.split_list(f[key]) if clean(g)]
    for key in ("implementer", "department"):
        if f.get(key):
            m = _CODED_NAME.match(f[key])
            code, name = (m.group(1), clean(m.group(2))) if m else (None, f[key])
            # The unit the rows belong to is the department of the record's projects.
            out["department_code"] = out["department_code"] or code
            out["department"] = out["department"] or name
    return out
