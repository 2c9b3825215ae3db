"""Indicator level names, units from indicator names, indicator direction."""
from __future__ import annotations

from functools import lru_cache


from jixiao.normalize import lazy_regex

from . import _grammar as g
from ._text import compact

LEVEL1 = ("产出指标", "效益指标", "满意度指标", "成本指标")
LEVEL2 = ("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标",
          "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标",
          "社会成本指标", "生态环境成本指标")
# The level 1 each level 2 sits under.  成本指标 is a level 2 under 产出指标
# (old framework) and a level 1 of its own (2021): it cannot contradict either,
# so it is not in this map.
LEVEL1_OF = {
    "数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标",
    "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标", "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
    "经济成本指标": "成本指标", "社会成本指标": "成本指标", "生态环境成本指标": "成本指标",
}

# Names printed in older or local templates for the same standard level.
SYNONYMS = {
    "效果指标": "效益指标",
    "社会公众或服务对象满意度指标": "服务对象满意度指标",
    "社会公众满意度指标": "服务对象满意度指标",
    "服务对象或社会公众满意度指标": "服务对象满意度指标",
    "生态环境效益指标": "生态效益指标",
    "可持续发展指标": "可持续影响指标",
    "可持续影响力指标": "可持续影响指标",
    "时效性指标": "时效指标",
}
# The older framework's names for a level 2 that sat under another level 1 than
# today's: its satisfaction indicator was an effect (效益指标), not a level 1 of its own.
OLDER_PARENT = {
    "社会公众或服务对象满意度指标": "效益指标",
    "社会公众满意度指标": "效益指标",
    "服务对象或社会公众满意度指标": "效益指标",
}
# At level 2 the only satisfaction indicator is the service-object one, so a
# level-2 cell that just says 满意度(指标) means it.
SYNONYMS_L2 = {"满意度指标": "服务对象满意度指标"}

# Prefixes shorter than this are too ambiguous to read as a truncated name.
_MIN_PREFIX = 2

# A level's own numbering: 一、 （一） 1. ① , or an outline number (1 产出指标, 1.1 数量指标) whose
# space compact() took away, and a printed depth label (一级：产出指标).
_ENUM = lazy_regex.compile(r"^(?:[一二三]级\s*[:：]\s*)?(?:\d{1,2}(?:[.．]\d{1,2})*[.．、]?(?=\p{Han})"
                           r"|[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[①-⑳])?")
# 2021-framework tables often print the weight in the level cell: 产出指标(50分).
# A score range may stand there too: 成本指标(0-20)分.
_WEIGHT = lazy_regex.compile(r"[（(]?\d+(?:\.\d+)?(?:\s*[-~－—～]\s*\d+(?:\.\d+)?)?\s*分?\s*[)）]?\s*分?$")
_PUNCT = lazy_regex.compile(r"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$")


def _forms(depth: int | None) -> dict[str, str]:
    names = LEVEL1 if depth == 1 else LEVEL2 if depth == 2 else LEVEL1 + LEVEL2
    forms = {n: n for n in names}
    for k, v in SYNONYMS.items():
        if v in names:
            forms[k] = v
    if depth == 2:
        forms.update(SYNONYMS_L2)
    return forms


_FORMS = {d: _forms(d) for d in (None, 1, 2)}


@lru_cache(maxsize=1024)
def near_level(text: str | None, depth: int = 2, under: str | None = None) -> str | None:
    """The one standard name a level cell misses by a single character (绩效指标 for
    时效指标: a misprint, or OCR reading 时 as 绩), or None.

    Only for a cell ``level`` cannot read: same length, the same 指标 ending, one other
    character different, one candidate, and (``under``: the row's level 1) a level 2
    that belongs there. Kept apart from ``level``, which readers use to tell level
    cells from other text: a near miss is a reading of a known level cell, not a test."""
    if not text:
        return None
    key = _PUNCT.sub("", _WEIGHT.sub("", _ENUM.sub("", compact(text))))
    if len(key) < 4 or not key.endswith("指标"):
        return None
    names = LEVEL1 if depth == 1 else LEVEL2
    hits = [n for n in names if len(n) == len(key) and sum(a != b for a, b in zip(n, key)) == 1]
    if depth == 2 and under is not None:
        hits = [n for n in hits if LEVEL1_OF.get(n, under) == under]
    return hits[0] if len(hits) == 1 else None


@lru_cache(maxsize=4096)
def _level(text: str, depth: int | None) -> str | None:
    key = compact(text)
    key = _ENUM.sub("", key)
    key = _WEIGHT.sub("", key)
    key = _PUNCT.sub("", key)
    if len(key) < _MIN_PREFIX:
        return None
    forms = _FORMS.get(depth, _FORMS[None])
    if key in forms:
        return forms[key]
    # A wrapped or truncated cell (服务对象满意度指, 经济效益, 产出) is a prefix
    # of exactly one name; two or more candidates (社会, 生态) mean we do not know.
    hits = {std for form, std in forms.items() if form.startswith(key)}
    if len(hits) == 1:
        return hits.pop()
    return None


def level(text: str | None, *, depth: int | None = None) -> str | None:
    """The standard level name of a printed 一级/二级指标 cell, or None when unknown."""
    if text is None:
        return None
    return _level(str(text), depth if depth in (1, 2) else None)


_TRAILING_PAREN = lazy_regex.compile(r"[（(]\s*(?:单位\s*[:：]\s*)?([^（）()]{1,12}?)\s*[）)]\s*$")
# Names ending in 率 that are not percentages.
_RATE_NOT_PERCENT = ("频率", "效率", "功率", "汇率", "帧率", "速率")


def infer_unit(name: str | None) -> str | None:
    """A unit from the indicator's own name: 资助专利数(件) → 件, 覆盖率 → %."""
    if not name:
        return None
    s = compact(str(name))
    m = _TRAILING_PAREN.search(s)
    if m:
        u = m.group(1)
        return u if g.UNIT_FULL.fullmatch(u) else None
    if s.endswith("率") and not s.endswith(_RATE_NOT_PERCENT):
        return "%"
    return None


_DIRECTIONS = [
    (lazy_regex.compile(r"^(?:正向|正指标|越高越好|越大越好|越多越好)"), "正向"),
    (lazy_regex.compile(r"^(?:反向|逆向|负向|逆指标|负指标|越低越好|越小越好|越少越好)"), "反向"),
    (lazy_regex.compile(r"^(?:中性|中间|适度)"), "中性"),
]


def direction(comparator: str | None, printed: str | None = None) -> str | None:
    """正向 for >=/>, 反向 for <=/<; a printed 指标方向 cell wins when it is readable."""
    if printed:
        p = compact(str(printed))
        for pat, name in _DIRECTIONS:
            if pat.match(p):
                return name
    if comparator in (">=", ">"):
        return "正向"
    if comparator in ("<=", "<"):
        return "反向"
    return None


def older_parent(text: str | None) -> str | None:
    """The level 1 a level-2 cell printed with an older framework's name sat under
    there (社会公众或服务对象满意度指标 → 效益指标), or None."""
    return OLDER_PARENT.get(_PUNCT.sub("", compact(text))) if text else None
