"""Typing aid for hand-written golds: fills the record's fixed keys so the author types only facts.

Nothing here reads a draft or the extractor; every value passed in is typed by hand from the printed page.
"""
from __future__ import annotations

import json
from pathlib import Path

IND_KEYS = ["seq", "level1", "level1_std", "level2", "level2_std", "level3", "description", "value_raw",
            "kind", "comparator", "value", "unit", "reference", "basis"]


def ind(level1, level1_std, level2, level2_std, level3, description, value_raw, kind, comparator, value, unit,
        reference=None, basis=None, **more):
    d = dict(level1=level1, level1_std=level1_std, level2=level2, level2_std=level2_std, level3=level3,
             description=description, value_raw=value_raw, kind=kind, comparator=comparator, value=value,
             unit=unit, reference=reference, basis=basis)
    d.update(more)
    return d


def project(seq, *, name, indicators, title=None, department_code=None, department=None, code=None, unit=None,
            budget_total=None, budget_fiscal=None, budget_other=None, purpose=None, spending_plan=(), goals=(),
            scope="project", **more):
    p = dict(seq=seq, title=title, department_code=department_code, department=department, code=code, name=name,
             unit=unit, budget_total=budget_total, budget_fiscal=budget_fiscal, budget_other=budget_other,
             purpose=purpose, spending_plan=list(spending_plan), goals=list(goals), scope=scope)
    p.update(more)
    p["indicators"] = [dict(seq=i, **d) for i, d in enumerate(indicators, 1)]
    return p


def record(*, title=None, department=None, department_code=None, year=None, status=None, compiled_by=None,
           reviewed_by=None, projects=(), overall_goals=(), toc=(), sub_goals=(), safeguards=(), **more):
    r = dict(document=dict(title=title, department=department, department_code=department_code, year=year,
                           status=status, compiled_by=compiled_by, reviewed_by=reviewed_by),
             toc=list(toc), overall_goals=list(overall_goals), sub_goals=list(sub_goals),
             safeguards=list(safeguards), projects=list(projects))
    r.update(more)
    return r


def write(rec, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
