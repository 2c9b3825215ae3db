"""Numbers in header-block cells: budgets, spending-plan percentages, months."""
from __future__ import annotations

import unicodedata

import regex

_NUMBER = regex.compile(r"[-+]?\d[\d,，]*(?:\.\d+)?")
_MONTH = regex.compile(r"(\d{1,2})\s*月|([一二三四五六七八九十]{1,3})\s*月")
_QUARTER = regex.compile(r"(?:第\s*)?([1-4一二三四])\s*季度")
_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def number(text: str | None) -> float | int | None:
    """The first number in a cell; None for blanks and placeholders."""
    if not text:
        return None
    text = unicodedata.normalize("NFKC", text).replace(" ", "")
    m = _NUMBER.search(text)
    if not m:
        return None
    raw = m.group(0).replace(",", "").replace("，", "")
    try:
        value = float(raw)
    except ValueError:
        return None
    return int(value) if value.is_integer() and "." not in raw else value


def month(text: str | None) -> int | None:
    """``3 月底`` → 3, ``三月`` → 3, ``第二季度`` → 6."""
    if not text:
        return None
    text = unicodedata.normalize("NFKC", text)
    m = _MONTH.search(text)
    if m:
        value = int(m.group(1)) if m.group(1) else _CN.get(m.group(2))
        return value if value and 1 <= value <= 12 else None
    m = _QUARTER.search(text)
    if m:
        q = m.group(1)
        return 3 * (int(q) if q.isdigit() else _CN[q])
    return None
