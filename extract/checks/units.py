"""The unit printed with a value against the unit the indicator's name announces.

``资助专利数(件)`` with ``≥800个`` counts two different things.  Only a unit in
parentheses at the end of the name counts as announced: ``覆盖率`` suggests %
but does not promise it.
"""
from __future__ import annotations

import regex

from jixiao.extract.checks.issue import indicator_label, issue
from jixiao.normalize import infer_unit

_TRAILING_PAREN = regex.compile(r"[（(][^（）()]+[）)]\s*$")
# A magnitude prefix does not change what is counted: 万人 and 人 agree.
_MAGNITUDE = regex.compile(r"^(?:十|百|千|万|亿|十万|百万|千万)(?=.)")
MONEY = {"元", "万元", "亿元", "千元", "百万元"}


def run(record: dict) -> list[dict]:
    out: list[dict] = []
    for p in record.get("projects", []):
        for ind in p.get("indicators", []):
            printed = ind.get("unit")
            if not printed or ind.get("kind") != "numeric":
                continue
            for field, label in (("level3", "三级指标"), ("description", "绩效指标描述")):
                announced = announced_unit(ind.get(field))
                if announced and not compatible(announced, printed):
                    out.append(issue("warning", "unit_conflict",
                                     f"{indicator_label(p, ind)}: 指标值 '{ind.get('value_raw')}' is in {printed} but the {label} "
                                     f"'{ind.get(field)}' counts in {announced} (the value and the name measure different things)",
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
