"""Cross-checks: read a record, return issues.  They never change the record."""
from __future__ import annotations


def _issue(severity: str, code: str, message: str, project=None, indicator=None, where: dict | None = None) -> dict:
    out = {"severity": severity, "code": code, "project": project, "indicator": indicator, "message": message}
    if where:
        out.update({k: v for k, v in where.items() if k in ("page", "line")})
    return out


def _loc(ind: dict) -> dict:
    return {k: ind[k] for k in ("page", "line") if ind.get(k) is not None}


def check(record: dict) -> list[dict]:
    issues: list[dict] = []
    for p in record.get("projects", []):
        q = p["seq"]
        total, fiscal, other = p.get("budget_total"), p.get("budget_fiscal"), p.get("budget_other")
        if total is not None and fiscal is not None and abs(total - (fiscal + (other or 0))) > 0.005:
            issues.append(_issue("warning", "budget_sum", f"project {q}: 预算数 {total} ≠ 财政资金 {fiscal} + 其他资金 {other or 0}", q))
        for ind in p.get("indicators", []):
            name = ind.get("level3") or ind.get("description") or f"row {ind['seq']}"
            if ind.get("kind") == "missing":
                issues.append(_issue("warning", "missing_value", f"project {q}, indicator {ind['seq']} ({name}): 指标值 is empty", q, ind["seq"], _loc(ind)))
            if not ind.get("basis"):
                issues.append(_issue("info", "missing_basis", f"project {q}, indicator {ind['seq']} ({name}): 指标值确定依据 is empty", q, ind["seq"], _loc(ind)))
            if ind.get("level1") and not ind.get("level1_std"):
                issues.append(_issue("warning", "unknown_level", f"project {q}, indicator {ind['seq']}: level-1 name '{ind['level1']}' is outside the standard framework", q, ind["seq"], _loc(ind)))
            if ind.get("level2") and not ind.get("level2_std"):
                issues.append(_issue("warning", "unknown_level", f"project {q}, indicator {ind['seq']}: level-2 name '{ind['level2']}' is outside the standard framework", q, ind["seq"], _loc(ind)))
            for w in ind.pop("_warnings", []) or []:
                issues.append(_issue("warning", "value", f"project {q}, indicator {ind['seq']} ({name}): {w}", q, ind["seq"], _loc(ind)))
    return issues
