"""可行性: targets that can be met and checked, and that keep faith with last year's."""
from __future__ import annotations


from jixiao.audit.context import AuditContext
from jixiao.audit.finding import Finding, finding
from jixiao.audit.rules import RuleSet
from jixiao.normalize import lazy_regex

# A time limit in words: 12月底前, 30个工作日, 按月, 每季度, 次年一月, 上半年
_TIME_WORDS = lazy_regex.compile(r"\d|[一二三四五六七八九十]+月|按月|每月|按季|每季|季度|年底|年末|月底|上半年|下半年|当年|次年|日内|天内")


def run(record: dict, rules: RuleSet, ctx: AuditContext) -> list[Finding]:
    out: list[Finding] = []
    for p in record.get("projects") or []:
        for ind in p.get("indicators") or []:
            out += _qualitative(p, ind, rules)
            out += _timeliness(p, ind, rules)
        out += _all_full(p, rules)
    out += _against_last_year(record, rules, ctx)
    return out


def _qualitative(p: dict, ind: dict, rules: RuleSet) -> list[Finding]:
    rule = rules.get("qualitative_where_number")
    if not rule or ind.get("kind") != "qualitative" or ind.get("level2_std") not in rule.param("levels", []):
        return []
    return [finding(rule, {"value_raw": ind.get("value_raw"), "level": ind.get("level2_std")}, project=p, indicator=ind,
                    evidence={"value_raw": ind.get("value_raw"), "level2_std": ind.get("level2_std")})]


def _timeliness(p: dict, ind: dict, rules: RuleSet) -> list[Finding]:
    rule = rules.get("timeliness_without_date")
    if not rule or ind.get("level2_std") != "时效指标" or ind.get("kind") == "missing":
        return []
    raw = ind.get("value_raw") or ""
    if _TIME_WORDS.search(raw):
        return []
    return [finding(rule, {"value_raw": raw}, project=p, indicator=ind, evidence={"value_raw": raw})]


def _all_full(p: dict, rules: RuleSet) -> list[Finding]:
    rule = rules.get("all_full_no_basis")
    if not rule:
        return []
    rates = [i for i in p.get("indicators") or [] if i.get("unit") == "%" and i.get("value") is not None]
    if len(rates) < rule.param("min_rates", 2):
        return []
    if all(float(i["value"]) >= 100 for i in rates) and not any((i.get("basis") or "").strip() for i in rates):
        return [finding(rule, {"n": len(rates)}, project=p, rows=[(p["seq"], i["seq"]) for i in rates],
                        evidence={"rates": [i.get("value_raw") for i in rates]})]
    return []


def _against_last_year(record: dict, rules: RuleSet, ctx: AuditContext) -> list[Finding]:
    lowered, raised = rules.get("target_lowered"), rules.get("target_raised")
    if ctx.previous is None or not (lowered or raised):
        return []
    prior = ctx.previous
    out = []
    for match in ctx.year_over_year:
        for change in match.indicators:
            rule = lowered if change.change == "lowered" else raised if change.change == "raised" else None
            if rule is None or (rule is raised and change.relative < rule.param("min_change", 0.2)):
                continue
            ind, old = change.indicator, change.previous
            facts = {"value_raw": ind.get("value_raw"), "previous_raw": old.get("value_raw"), "previous_year": prior.year,
                     "previous_project": f"project {match.previous.get('seq')}, matched by {match.matched_by}",
                     "change": f"{change.relative:.0%}"}
            evidence = {"value_raw": ind.get("value_raw"), "value": ind.get("value"), "relative_change": round(change.relative, 4),
                        "previous": {"year": prior.year, "path": prior.path, "department": prior.department,
                                     "project_seq": match.previous.get("seq"), "project": match.previous.get("name"),
                                     "project_code": match.previous.get("code"), "matched_by": match.matched_by,
                                     "similarity": match.similarity, "indicator_seq": old.get("seq"),
                                     "indicator": old.get("level3") or old.get("description"),
                                     "value_raw": old.get("value_raw"), "value": old.get("value")}}
            out.append(finding(rule, facts, project=match.project, indicator=ind, evidence=evidence))
    return out
