"""The unit printed with a value against the unit the indicator's name announces.

``资助专利数(件)`` with ``≥800个`` counts two different things.  Only a unit in
parentheses at the end of the name counts as announced: ``覆盖率`` suggests %
but does not promise it.
"""
from __future__ import annotations


from jixiao.extract.checks.issue import indicator_label
from jixiao.extract.record import Issue, IssueCode, Record
from jixiao.normalize import infer_unit, lazy_regex

_TRAILING_PAREN = lazy_regex.compile(r"[（(][^（）()]+[）)]\s*$")
# A magnitude prefix does not change what is counted: 万人 and 人 agree.
_MAGNITUDE = lazy_regex.compile(r"^(?:十|百|千|万|亿|十万|百万|千万)(?=.)")
MONEY = {"元", "万元", "亿元", "千元", "百万元"}


def run(record: Record) -> list[Issue]:
    out: list[Issue] = []
    for p in record.projects:
        for ind in p.indicators:
            printed = ind.unit
            if not printed or ind.kind != "numeric":
                continue
            for name, label in ((ind.level3, "三级指标"), (ind.description, "绩效指标描述")):
                announced = announced_unit(name)
                if announced and not compatible(announced, printed):
                    out.append(Issue.at(IssueCode.UNIT_CONFLICT, "warning",
                                     f"{indicator_label(p, ind)}: 指标值 '{ind.value_raw}' is in {printed} but the {label} "
                                     f"'{name}' counts in {announced} (the value and the name measure different things)",
                                     project=p, indicator=ind))
                    break
    return out


def announced_unit(name: str | None) -> str | None:
    if not name or not _TRAILING_PAREN.search(name.strip()):
        return None
    return infer_unit(name)


def compatible(a: str, b: str) -> bool:
    a, b = _base(a), _base(b)
    if a == b:
        return True
    if a in MONEY and b in MONEY:
        return True
    # 人 and 人次 both count people; 次 alone counts events.
    return {a, b} == {"人", "人次"}


def _base(unit: str) -> str:
    unit = unit.strip().replace("％", "%")
    if unit in MONEY:
        return unit
    return _MAGNITUDE.sub("", unit)
