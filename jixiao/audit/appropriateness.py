"""适当性: targets in proportion to the money and to what peers promise; numbers within range."""
from __future__ import annotations


from jixiao.audit.context import AuditContext
from jixiao.audit.finding import Finding, finding
from jixiao.audit.measures import rate_kind, unit_cost
from jixiao.audit.rules import RuleSet
from jixiao.normalize import lazy_regex

# A printed date: 2021年12月底前, 2020.12, 2020-06
_DATE = lazy_regex.compile(r"((?:19|20)\d{2})\s*(?:年|[.\-/．])\s*(\d{1,2})")


def run(record: dict, rules: RuleSet, ctx: AuditContext) -> list[Finding]:
    year = (record.get("document") or {}).get("year")
    out: list[Finding] = []
    for p in record.get("projects") or []:
        for ind in p.get("indicators") or []:
            out += _over_100(p, ind, rules)
            out += _deadline(p, ind, year, rules)
            # Peers promise annual targets; a 中期 (mid_term) target is not their kind.
            if ctx.peers is not None and ind.get("period") != "mid_term":
                out += _unit_cost(p, ind, rules, ctx)
                out += _rate(p, ind, rules, ctx)
    return out


def _g(x: float) -> str:
    return f"{x:.4g}"


def _unit_cost(p: dict, ind: dict, rules: RuleSet, ctx: AuditContext) -> list[Finding]:
    rule = rules.get("unit_cost_outlier")
    if not rule:
        return []
    cost = unit_cost(p, ind, rule.param("units", []))
    if cost is None:
        return []
    per_unit, unit, budget, count = cost
    spread = ctx.peers.unit_costs(unit)
    if spread is None or spread.n < rule.param("min_peers", 5):
        return []
    factor = float(rule.param("factor", 2.0))
    if spread.q1 / factor <= per_unit <= spread.q3 * factor:
        return []
    facts = {"cost": _g(per_unit), "unit": unit, "budget": _g(budget), "count": _g(count),
             "median": _g(spread.median), "q1": _g(spread.q1), "q3": _g(spread.q3), "n": spread.n}
    evidence = {"unit_cost_wan": float(_g(per_unit)), "unit": unit, "budget_wan": budget, "count": count,
                "side": "below" if per_unit < spread.q1 else "above", **spread.evidence()}
    return [finding(rule, facts, project=p, indicator=ind, evidence=evidence)]


def _rate(p: dict, ind: dict, rules: RuleSet, ctx: AuditContext) -> list[Finding]:
    rule = rules.get("rate_outside_peers")
    kind = rate_kind(ind)
    if not rule or kind is None:
        return []
    spread = ctx.peers.rates(kind)
    if spread is None or spread.n < rule.param("min_peers", 5):
        return []
    margin, value = float(rule.param("margin", 0.0)), float(ind["value"])
    if spread.q1 - margin <= value <= spread.q3 + margin:
        return []
    side = "below" if value < spread.q1 else "above"
    facts = {"value": _g(value), "side": side, "q1": _g(spread.q1), "q3": _g(spread.q3), "kind": kind, "n": spread.n}
    evidence = {"value": value, "kind": kind, "side": side, **spread.evidence()}
    return [finding(rule, facts, project=p, indicator=ind, evidence=evidence)]


def _over_100(p: dict, ind: dict, rules: RuleSet) -> list[Finding]:
    rule = rules.get("rate_over_100")
    if not rule or ind.get("unit") != "%":
        return []
    top = max((v for v in (ind.get("value"), ind.get("value_max")) if v is not None), default=None)
    text = (ind.get("level3") or "") + (ind.get("description") or "")
    if top is None or top <= 100 or any(w in text for w in rule.param("exempt_words", [])):
        return []
    return [finding(rule, {"value_raw": ind.get("value_raw")}, project=p, indicator=ind, evidence={"value": top})]


def _deadline(p: dict, ind: dict, year: int | None, rules: RuleSet) -> list[Finding]:
    """A month past 12, or a printed date after the budget year: the target cannot be met in the year."""
    rule = rules.get("deadline_after_year")
    if not rule or ind.get("level2_std") != "时效指标":
        return []
    raw = ind.get("value_raw") or ""
    late = None
    if ind.get("unit") == "月" and ind.get("value") is not None and ind["value"] > 12:
        late = {"month": ind["value"]}
    for y, m in _DATE.findall(raw):
        if (year is not None and int(y) > year) or int(m) > 12:
            late = {"printed_year": int(y), "month": int(m)}
    if late is None:
        return []
    return [finding(rule, {"value_raw": raw, "year": year or "the budget year"}, project=p, indicator=ind,
                    evidence={"value_raw": raw, "budget_year": year, **late})]
