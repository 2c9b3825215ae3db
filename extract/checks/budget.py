"""预算数 against 财政资金 (+ 上年结转) + 其他资金, and the 资金支出计划 milestones."""
from __future__ import annotations

from jixiao.extract.checks.issue import project_label
from jixiao.extract.record import Issue, IssueCode, Project, Record

# Amounts are printed with two decimals; anything closer is rounding.
TOLERANCE = 0.005


def run(record: Record) -> list[Issue]:
    out: list[Issue] = []
    for p in record.projects:
        out.extend(_budget_sum(p))
        out.extend(_spending_plan(p))
    return out


def _budget_sum(p: Project) -> list[Issue]:
    total, fiscal, other = p.budget_total, p.budget_fiscal, p.budget_other
    if total is None or (fiscal is None and other is None):
        return []
    parts = (fiscal or 0) + (other or 0)
    if abs(total - parts) <= TOLERANCE:
        return []
    carryover = p.budget_carryover
    if carryover is not None and abs(total - parts - carryover) <= TOLERANCE:
        return []  # the national 申报表: 年度资金总额 = 财政拨款 + 上年结转资金 + 其他资金
    also = f" + 上年结转 {carryover:g}" if carryover is not None else ""
    return [Issue.at(IssueCode.BUDGET_SUM, "error",
                  f"{project_label(p)}: 预算数 {total:g} ≠ 财政资金 {fiscal or 0:g}{also} + 其他资金 {other or 0:g} = "
                  f"{parts + (carryover or 0):g} (the budget total does not equal the sum of its funding sources)", project=p)]


def _spending_plan(p: Project) -> list[Issue]:
    out: list[Issue] = []
    # The plan is cumulative: "by the end of month m, pct% is spent".
    steps = [(s.month, s.pct) for s in p.spending_plan if s.pct is not None]
    for month, pct in steps:
        if pct > 100 or pct < 0:
            out.append(Issue.at(IssueCode.SPENDING_PLAN_OVER_100, "error",
                             f"{project_label(p)}: 资金支出计划 {month}月底 {pct:g}% is outside 0–100% "
                             f"(a cumulative spending share cannot exceed the whole budget)", project=p))
    for (m1, p1), (m2, p2) in zip(steps, steps[1:]):
        if p2 < p1:
            out.append(Issue.at(IssueCode.SPENDING_PLAN_DECREASING, "error",
                             f"{project_label(p)}: 资金支出计划 falls from {p1:g}% ({m1}月底) to {p2:g}% ({m2}月底) "
                             f"(cumulative spending cannot go down)", project=p))
    return out
