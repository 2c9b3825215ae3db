"""项目编码 identify projects: one code, one table."""
from __future__ import annotations

import regex

from jixiao.extract.checks.issue import project_label
from jixiao.extract.record import Issue, IssueCode, Project, Record


def run(record: Record) -> list[Issue]:
    out: list[Issue] = []
    first_with: dict[str, Project] = {}
    for p in record.projects:
        code = regex.sub(r"\s+", "", p.code or "").upper()
        if not code:
            continue
        if code in first_with:
            other = first_with[code]
            out.append(Issue.at(IssueCode.DUPLICATE_CODE, "error",
                             f"{project_label(p)}: 项目编码 {p.code} is also the code of {project_label(other)} "
                             f"(two tables claim the same project)", project=p))
        else:
            first_with[code] = p
    return out
