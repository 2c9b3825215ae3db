"""相关性: indicators measure the project's goals and money, in words of their own."""
from __future__ import annotations

from collections import defaultdict

from jixiao.audit.context import AuditContext
from jixiao.audit.finding import Finding, finding
from jixiao.audit.rules import RuleSet


def run(record: dict, rules: RuleSet, ctx: AuditContext) -> list[Finding]:
    vocab = ctx.vocabulary
    out: list[Finding] = []
    unrelated, unmeasured = rules.get("unrelated_indicator"), rules.get("unmeasured_goal")
    for p in record.get("projects") or []:
        project_terms = vocab.terms(p.get("name"), p.get("title"), p.get("purpose"), *(p.get("goals") or []))
        indicators = p.get("indicators") or []
        if unrelated:
            exempt = set(unrelated.param("exempt_level2", []))
            for ind in indicators:
                if ind.get("level2_std") in exempt or ind.get("level1_std") in exempt:
                    continue
                terms = vocab.terms(ind.get("level3"), ind.get("description"))
                if terms and not terms & project_terms:
                    out.append(finding(unrelated, {"terms": "、".join(sorted(terms))}, project=p, indicator=ind,
                                       evidence={"indicator_terms": sorted(terms), "project_terms": sorted(project_terms)}))
        if unmeasured and indicators:
            measured = vocab.terms(*(t for ind in indicators for t in (ind.get("level3"), ind.get("description"))))
            for n, goal in enumerate(p.get("goals") or [], 1):
                terms = vocab.terms(goal)
                if terms and not terms & measured:
                    out.append(finding(unmeasured, {"goal_no": n, "goal": goal}, project=p,
                                       evidence={"goal": goal, "goal_terms": sorted(terms)}))
    out += _boilerplate(record, rules, ctx)
    return out


def indicator_text(ind: dict) -> tuple[str, str]:
    """The words a reviewer compares to spot a copied indicator: 三级指标 and its description."""
    return ("".join((ind.get("level3") or "").split()), "".join((ind.get("description") or "").split()))


def _boilerplate(record: dict, rules: RuleSet, ctx: AuditContext) -> list[Finding]:
    rule = rules.get("boilerplate_indicator")
    if not rule:
        return []
    rows: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for p in record.get("projects") or []:
        for ind in p.get("indicators") or []:
            key = indicator_text(ind)
            if any(key):
                rows[key].append((p["seq"], ind["seq"]))
    own = (record.get("document") or {}).get("department")
    out = []
    for key, spots in rows.items():
        projects = len({q for q, _ in spots})
        elsewhere = sorted(d for d in ctx.departments_using(key) if d and d != own)
        if projects >= rule.param("min_projects", 3) or len(elsewhere) >= rule.param("min_departments", 3):
            text = " / ".join(part for part in key if part)
            out.append(finding(rule, {"text": text, "projects": projects, "departments": len(elsewhere)}, rows=spots,
                               evidence={"text": text, "projects": sorted({q for q, _ in spots}),
                                         "other_departments": elsewhere[:20], "other_department_count": len(elsewhere)}))
    return out
