"""完整性: every part and level the framework requires is there and filled in."""
from __future__ import annotations


from jixiao.audit.context import AuditContext
from jixiao.audit.finding import Finding, finding
from jixiao.audit.rules import RuleSet
from jixiao.normalize import lazy_regex

# Clauses of a goal paragraph: what a numbered list would have split into items.
_CLAUSE_END = lazy_regex.compile(r"[；;。！!]+")


def run(record: dict, rules: RuleSet, ctx: AuditContext) -> list[Finding]:
    year = (record.get("document") or {}).get("year")
    out = _draft_goals(record, rules)
    has_basis_column = any((ind.get("basis") or "").strip()
                           for p in record.get("projects") or [] for ind in p.get("indicators") or [])
    for p in record.get("projects") or []:
        out += _levels(p, year, rules)
        out += _goals(p, rules)
        out += _budget(p, rules)
        out += _targets(p, rules, has_basis_column)
    return out


def required_level1(rule, year: int | None) -> list[str]:
    """The 一级指标 the year's framework requires; an unknown year gets the newest framework."""
    levels = list(rule.param("required", []))
    for level, first_year in (rule.param("required_from") or {}).items():
        if year is None or year >= first_year:
            levels.append(level)
    return levels


def _levels(p: dict, year: int | None, rules: RuleSet) -> list[Finding]:
    out = []
    indicators = p.get("indicators") or []
    level1 = {ind.get("level1_std") for ind in indicators}
    level2 = {(ind.get("level1_std"), ind.get("level2_std")) for ind in indicators}
    rule = rules.get("missing_level1")
    if rule:
        required = required_level1(rule, year)
        for level in required:
            if level not in level1:
                as_level2 = [ind["seq"] for ind in indicators if ind.get("level2_std") == level]
                hint = f"; it is printed only as a 二级指标 (rows {', '.join(map(str, as_level2))})" if as_level2 else ""
                out.append(finding(rule, {"level": level, "year": year or "current", "required": "、".join(required),
                                          "hint": hint},
                                   project=p, rows=[(p["seq"], n) for n in as_level2] or [(p["seq"], None)],
                                   evidence={"missing_level": level, "depth": 1, "required": required,
                                             "present": sorted(x for x in level1 if x)}))
    rule = rules.get("missing_level2")
    if rule:
        for parent, children in (rule.param("required") or {}).items():
            if parent not in level1:
                continue  # already a missing_level1 finding (or not required)
            for child in children:
                if (parent, child) not in level2:
                    out.append(finding(rule, {"level1": parent, "level": child}, project=p,
                                       evidence={"missing_level": child, "depth": 2, "level1": parent,
                                                 "present": sorted(c for a, c in level2 if a == parent and c)}))
    return out


def _goals(p: dict, rules: RuleSet) -> list[Finding]:
    goals = [g for g in p.get("goals") or [] if (g or "").strip()]
    if not goals:
        rule = rules.get("no_goals")
        return [finding(rule, {}, project=p)] if rule else []
    rule = rules.get("goals_unnumbered")
    if rule and len(goals) == 1:
        clauses = [c for c in _CLAUSE_END.split(goals[0]) if c.strip()]
        if len(clauses) >= rule.param("min_clauses", 3):
            return [finding(rule, {"clauses": len(clauses)}, project=p, evidence={"goal": goals[0]})]
    return []


def _draft_goals(record: dict, rules: RuleSet) -> list[Finding]:
    """Only a department's 绩效文本 has a part one; a lone project form (申报表) has none to miss."""
    rule = rules.get("no_overall_goals")
    title = (record.get("document") or {}).get("title") or ""
    has_part_one = ("绩效文本" in title or any(t.get("part") == 1 for t in record.get("toc") or [])
                    or record.get("sub_goals") or record.get("safeguards"))
    if rule and has_part_one and not [g for g in record.get("overall_goals") or [] if (g or "").strip()]:
        return [finding(rule, {})]
    return []


def _budget(p: dict, rules: RuleSet) -> list[Finding]:
    out = []
    rule = rules.get("no_spending_plan")
    if rule and not any(m.get("pct") is not None for m in p.get("spending_plan") or []):
        out.append(finding(rule, {}, project=p))
    rule = rules.get("missing_budget")
    if rule:
        if p.get("budget_total") is None:
            out.append(finding(rule, {"field": "预算数 (budget)"}, project=p, evidence={"field": "budget_total"}))
        if not (p.get("purpose") or "").strip():
            out.append(finding(rule, {"field": "资金用途 (purpose)"}, project=p, evidence={"field": "purpose"}))
    return out


def _targets(p: dict, rules: RuleSet, has_basis_column: bool) -> list[Finding]:
    out = []
    target, basis = rules.get("missing_target"), rules.get("missing_basis")
    for ind in p.get("indicators") or []:
        if target and ind.get("kind") == "missing":
            out.append(finding(target, {}, project=p, indicator=ind, evidence={"value_raw": ind.get("value_raw")}))
        # A template without a basis column cannot be blamed for an empty basis.
        if basis and has_basis_column and not (ind.get("basis") or "").strip():
            out.append(finding(basis, {}, project=p, indicator=ind))
    return out
