"""Numbers in header-block cells: budgets, spending-plan percentages, months."""
from __future__ import annotations

import unicodedata


from jixiao.normalize import lazy_regex

_NUMBER = lazy_regex.compile(r"[-+]?\d[\d,，]*(?:\.\d+)?")
_MONTH = lazy_regex.compile(r"(\d{1,2})\s*月|([一二三四五六七八九十]{1,3})\s*月")
_QUARTER = lazy_regex.compile(r"(?:第\s*)?([1-4一二三四])\s*季度")
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def chinese_int(text: str | None) -> int | None:
    """A number as drafts print it in words or digits: ``3``, ``三``, ``十二``,
    ``二十一``, and a year written digit by digit, ``二〇二〇`` → 2020.

    None when any character is not a numeral. The one reader of Chinese
    numerals: part numbers, project ordinals, months and cover years use it.
    """
    text = (text or "").strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if "十" in text:  # positional form, below 100: 十, 十二, 二十, 二十一
        tens, _, ones = text.partition("十")
        t = _CN_DIGIT.get(tens) if tens else 1
        o = _CN_DIGIT.get(ones) if ones else 0
        return None if t is None or o is None else t * 10 + o
    digits = [_CN_DIGIT.get(c) for c in text]
    if None in digits:
        return None
    return int("".join(map(str, digits)))


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
        value = chinese_int(m.group(1) or m.group(2))
        return value if value and 1 <= value <= 12 else None
    m = _QUARTER.search(text)
    if m:
        q = m.group(1)
        return 3 * chinese_int(q)
    return None
