"""项目编码 identify projects: one code, one table."""
from __future__ import annotations

import regex

from jixiao.extract.checks.issue import issue, project_label


def run(record: dict) -> list[dict]:
    out: list[dict] = []
    first_with: dict[str, dict] = {}
    for p in record.get("projects", []):
        code = regex.sub(r"\s+", "", p.get("code") or "").upper()
        if not code:
            continue
        if code in first_with:
            other = first_with[code]
            out.append(issue("error", "duplicate_code",
                             f"{project_label(p)}: 项目编码 {p['code']} is also the code of {project_label(other)} "
                             f"(two tables claim the same project)", project=p))
        else:
            first_with[code] = p
    return out
