"""可行性: targets that can be met and checked, and that keep faith with last year's."""
from __future__ import annotations

import regex

from jixiao.audit.context import AuditContext
from jixiao.audit.finding import Finding, finding
from jixiao.audit.rules import RuleSet

# A time limit in words: 12月底前, 30个工作日, 按月, 每季度, 次年一月, 上半年
_TIME_WORDS = regex.compile(r"\d|[一二三四五六七八九十]+月|按月|每月|按季|每季|季度|年底|年末|月底|上半年|下半年|当年|次年|日内|天内")


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
    from load.lineage import link_indicators, link_projects

    lowered, raised = rules.get("target_lowered"), rules.get("target_raised")
    if ctx.previous is None or not (lowered or raised):
        return []
    prior = ctx.previous
    min_similarity = (rules.rules["target_lowered"].param("min_name_similarity", 0.8)
                      if "target_lowered" in rules.rules else 0.8)
    links = link_projects(record.get("projects") or [], prior.record.get("projects") or [], min_similarity=min_similarity)
    out = []
    for p in record.get("projects") or []:
        link = links.get(p["seq"])
        if link is None:
            continue
        matched = link_indicators(p.get("indicators") or [], link.previous.get("indicators") or [])
        for ind in p.get("indicators") or []:
            old = matched.get(ind["seq"])
            change = _change(ind, old)
            if change is None:
                continue
            weaker, relative = change
            facts = {"value_raw": ind.get("value_raw"), "previous_raw": old.get("value_raw"), "previous_year": prior.year,
                     "previous_project": f"project {link.previous.get('seq')}, matched by {link.method}",
                     "change": f"{relative:.0%}"}
            evidence = {"value_raw": ind.get("value_raw"), "value": ind.get("value"),
                        "previous": {"year": prior.year, "path": prior.path, "department": prior.department,
                                     "project_seq": link.previous.get("seq"), "project": link.previous.get("name"),
                                     "project_code": link.previous.get("code"), "matched_by": link.method,
                                     "similarity": link.similarity, "indicator_seq": old.get("seq"),
                                     "indicator": old.get("level3") or old.get("description"),
                                     "value_raw": old.get("value_raw"), "value": old.get("value")}}
            if weaker and lowered:
                out.append(finding(lowered, facts, project=p, indicator=ind, evidence=evidence))
            elif not weaker and raised and relative >= raised.param("min_change", 0.2):
                out.append(finding(raised, facts, project=p, indicator=ind, evidence=evidence))
    return out


def _change(ind: dict, old: dict | None) -> tuple[bool, float] | None:
    """(weaker?, relative change) when both years print comparable numbers that differ."""
    if old is None or ind.get("kind") != "numeric" or old.get("kind") != "numeric":
        return None
    new_v, old_v = ind.get("value"), old.get("value")
    if new_v is None or old_v is None or new_v == old_v:
        return None
    if (ind.get("unit") or ind.get("unit_inferred")) != (old.get("unit") or old.get("unit_inferred")):
        return None  # 万人 against 人: not the same scale, say nothing rather than something wrong
    # A ≤ target (反向: cost, complaints, days) is weakened by raising it.
    reverse = ind.get("direction") == "反向" or ind.get("comparator") in ("<=", "<")
    lower = new_v < old_v
    relative = abs(new_v - old_v) / abs(old_v) if old_v else 1.0
    return (lower != reverse), relative
