"""Cross-checks: read a record, return issues.

``check(record) -> list[issue]``; an issue is ``{severity, code, project,
indicator, page | line, where, message}``.  Each family of checks is one module
with a ``run(record) -> list[issue]``:

- ``toc``        the table of contents against the tables found
- ``budget``     预算数 against its parts, the spending plan
- ``values``     empty, qualitative where a number is due, percent above 100
- ``units``      the unit printed with a value against the unit in the name
- ``framework``  level names, the 产出/满意度 families every project needs
- ``codes``      项目编码 used twice

The checks never change the record, with one exception: the interpreter
leaves normalize's warnings in each indicator's private ``_warnings`` key for
``values`` to turn into issues, and ``check`` removes that key so that it never
reaches the JSON.
"""
from __future__ import annotations

from jixiao.extract.checks import budget, codes, framework, toc, units, values

FAMILIES = (toc, budget, values, units, framework, codes)

__all__ = ["check", "FAMILIES"]


def check(record: dict) -> list[dict]:
    issues: list[dict] = []
    for family in FAMILIES:
        issues.extend(family.run(record))
    _drop_private_warnings(record)
    # Document-level issues first, then in the order of the draft.
    issues.sort(key=lambda i: (i["project"] is not None, i["project"] or 0, i["indicator"] or 0))
    return issues


def _drop_private_warnings(record: dict) -> None:
    for project in record.get("projects", []):
        for ind in project.get("indicators", []):
            ind.pop("_warnings", None)
