"""Cross-checks: read a record, return issues.

``check(record, warnings) -> list[Issue]``.  Each family of checks is one module
with a ``run(record) -> list[Issue]``:

- ``toc``        the table of contents against the tables found
- ``budget``     预算数 against its parts, the spending plan
- ``values``     empty, qualitative where a number is due, percent above 100
                 (its ``run`` also takes normalize's warnings)
- ``units``      the unit printed with a value against the unit in the name
- ``framework``  level names, the 产出/满意度 families every project needs
- ``codes``      项目编码 used twice

The checks never change the record.  What normalize noticed reading each
指标值 cell is not part of the record: the interpreter keeps it beside the
record (``interpret.reading.Reading.warnings``) and hands it to ``check``; for a
record read back from JSON, ``check`` derives it again from the printed values.
"""
from __future__ import annotations

from jixiao.extract.checks import budget, codes, framework, toc, units, values
from jixiao.extract.record import Issue, Record

__all__ = ["check"]


def check(record: Record, warnings: dict | None = None) -> list[Issue]:
    """The issues of ``record``; ``warnings``: normalize's, by (project seq, indicator seq),
    from the reading; without them (a record read back) they are derived again."""
    issues = [*toc.run(record), *budget.run(record), *values.run(record, warnings), *units.run(record),
              *framework.run(record), *codes.run(record)]
    # Document-level issues first, then in the order of the draft.
    issues.sort(key=lambda i: (i.project is not None, i.project or 0, i.indicator or 0))
    return issues
