"""Excel number formats: a cell's value as the sheet shows it.

A spreadsheet stores 0.3 and shows ``30%``; stores 1234.5 and shows
``1,234.50``; stores 43921 and shows ``2020年3月31日``.  The draft's reader saw
what the sheet shows, and so must we: ``shown(value, format)`` renders the
common parts of Excel's format language -- sections (positive; negative;
zero; text), literals (``"万元"``, ``\\x``), ``0 # ?`` digits, ``,`` grouping
and thousands scaling, ``%``, ``E+`` exponents, ``@`` text, and dates and
times (``yyyy m d h mm ss AM/PM``, ``aaaa`` for 星期, ``[DBNum1]`` in Chinese numerals).  Colours, locales,
padding (``_x``) and fills (``*x``) are dropped; conditions (``[<1]``) choose
the section; fractions fall back to General.

Rounding is half away from zero on the decimal the cell stores, as Excel does.
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

import regex

from jixiao.normalize import lazy_regex

# Excel's built-in formats (ECMA-376 Part 1, 18.8.30): a style may name one by its id alone.
BUILTIN = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)', 6: '"$"#,##0_);[Red]("$"#,##0)', 7: '"$"#,##0.00_);("$"#,##0.00)',
    8: '"$"#,##0.00_);[Red]("$"#,##0.00)', 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
    14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
    20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
    37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)", 40: "#,##0.00_);[Red](#,##0.00)",
    41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', 42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_)_("$"* \\(#,##0.00\\)_("$"* "-"??_)_(@_)',
    45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
}
# Formats that Chinese-locale Excel keeps only as an id (no text in styles.xml).
ZH_CN_BUILTIN = {
    14: "yyyy/m/d",  # "short date": shown in the locale's own order
    22: "yyyy/m/d h:mm",
    27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: "m-d-yy", 31: 'yyyy"年"m"月"d"日"',
    32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"',
    36: 'yyyy"年"m"月"', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
    54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"',
    58: 'm"月"d"日"',
}
_GENERAL = {"", "general", "g/通用格式", "@"}
_WEEKDAYS_CN = "一二三四五六日"
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_DATE_TOKEN = lazy_regex.compile(r"(?i)(yyyy|yy|e|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|aaaa|aaa|hh|h|ss|s|am/pm|a/p|上午/下午|\[h+\]|\[m+\]|\[s+\]|\.0+)")


def general(value: float | int) -> str:
    """Excel's General: integers plainly, others to at most 10 significant digits."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.10g}"
    if "e" in text:
        mantissa, exp = text.split("e")
        return f"{mantissa}E{exp[0]}{int(exp[1:]):02d}"
    return text


def shown(value, fmt: str | None, *, date1904: bool = False) -> str:
    """``value`` (str, number, bool, date/time, None) as a cell with format ``fmt`` shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    fmt = fmt or "General"
    sections = _sections(fmt)
    if isinstance(value, str):
        text_section = sections[3] if len(sections) > 3 else (sections[0] if "@" in sections[0] else None)
        if text_section is None:
            return value
        return "".join(value if kind == "@" else tok for kind, tok in _tokens(text_section) if kind in ("lit", "@"))
    if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        return _date(value, sections[0])
    if not isinstance(value, (int, float)):
        return str(value)
    section, negative_sign = _pick(sections, value)
    if regex.sub(r"\[[^\]]*\]", "", section).strip().lower() in _GENERAL:
        return ("-" if negative_sign and value < 0 else "") + general(abs(value) if negative_sign else value)
    if _is_date_format(section):
        stamp = from_serial(float(value), date1904)
        return _date(stamp, section) if stamp is not None else general(value)
    return _number(abs(value) if len(sections) > 1 and value < 0 else value, section, negative_sign)


def from_serial(serial: float, date1904: bool = False) -> dt.datetime | None:
    """An Excel serial day number as a datetime (1900 system, with its phantom 29 Feb 1900)."""
    if serial < 0 or serial > 2_958_465:
        return None
    if date1904:
        base = dt.datetime(1904, 1, 1)
    else:
        base = dt.datetime(1899, 12, 31) if serial < 60 else dt.datetime(1899, 12, 30)
    return base + dt.timedelta(days=serial)


@lru_cache(maxsize=512)
def _sections(fmt: str) -> tuple[str, ...]:
    out, current, quoted, escaped, bracket = [], [], False, False, False
    for ch in fmt:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == "[" and not quoted:
            bracket = True
            current.append(ch)
        elif ch == "]" and not quoted:
            bracket = False
            current.append(ch)
        elif ch == ";" and not quoted and not bracket:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return tuple(out)


_CONDITION = regex.compile(r"\[(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)\]")
_HOLDS = {"<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b,
          ">=": lambda a, b: a >= b, "<>": lambda a, b: a != b}


def _pick(sections: tuple[str, ...], value: float) -> tuple[str, bool]:
    """The section for ``value``, and whether a minus sign must be added to it."""
    conditions = [_CONDITION.search(s) for s in sections[:3]]
    if any(conditions):
        # [=1]"100%";[<1]"≥"0%;General: the first section whose condition holds, else the
        # first without one (a negative number keeps its sign there, as Excel shows it).
        for section, c in zip(sections, conditions):
            if c and _HOLDS[c.group(1)](value, float(c.group(2))):
                return section, value < 0
        rest = [section for section, c in zip(sections, conditions) if not c]
        return (rest[0] if rest else sections[-1]), value < 0
    if value < 0:
        return (sections[1], False) if len(sections) > 1 else (sections[0], True)
    if value == 0 and len(sections) > 2:
        return sections[2], False
    return sections[0], False


@lru_cache(maxsize=512)
def _tokens(section: str) -> tuple[tuple[str, str], ...]:
    """('lit', text) | ('@', '@') | ('code', char) | ('bracket', inner)."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(section)
    while i < n:
        ch = section[i]
        if ch == '"':
            j = section.find('"', i + 1)
            j = n if j < 0 else j
            out.append(("lit", section[i + 1 : j]))
            i = j + 1
        elif ch == "\\" and i + 1 < n:
            out.append(("lit", section[i + 1]))
            i += 2
        elif ch == "_" and i + 1 < n:  # padding the width of the next character
            out.append(("lit", " " if section[i + 1] in ")" else ""))
            i += 2
        elif ch == "*" and i + 1 < n:  # fill: nothing to show in text
            i += 2
        elif ch == "[":
            j = section.find("]", i)
            j = n if j < 0 else j
            inner = section[i + 1 : j]
            if inner.startswith("$") and "-" in inner:  # [$¥-804]: a currency symbol and a locale
                out.append(("lit", inner[1 : inner.index("-")]))
            elif regex.fullmatch(r"(?i)h+|m+|s+", inner):
                out.append(("bracket", inner))
            i = j + 1
        elif ch == "@":
            out.append(("@", "@"))
            i += 1
        elif ch in "+-" and not (out and out[-1] in (("code", "E"), ("code", "e"))):
            out.append(("lit", ch))  # a sign outside an exponent is printed as it stands
            i += 1
        elif ch in "0#?.,%Ee+-" or ch.isdigit():
            out.append(("code", ch))
            i += 1
        else:
            out.append(("lit", ch))
            i += 1
    return tuple(out)


def _is_date_format(section: str) -> bool:
    stripped = "".join(tok for kind, tok in _tokens(section) if kind in ("lit", "bracket"))
    return bool(regex.search(r"(?i)[ymdhs]|aaa|上午", stripped))


def _number(value: float, section: str, negative_sign: bool) -> str:
    tokens = _tokens(section)
    codes = [(k, t) for k, t in tokens if k == "code"]
    pattern = "".join(t for _, t in codes)
    if not regex.search(r"[0#?]", pattern):  # only literals: the format prints no number
        return "".join(t for k, t in tokens if k == "lit")
    percent = pattern.count("%")
    value = value * (100 ** percent)
    exp_at = regex.search(r"[Ee][+-]", pattern)
    mantissa_pattern = pattern[: exp_at.start()] if exp_at else pattern
    digits = mantissa_pattern.replace("%", "")
    # Trailing commas after the last digit scale by a thousand each (#,##0, and #,##0.0,"千元").
    trailing = len(digits) - len(digits.rstrip(","))
    value = value / (1000 ** trailing)
    int_part, _, frac_part = digits.rstrip(",").partition(".")
    grouping = "," in int_part
    min_int = int_part.count("0")
    decimals = sum(1 for ch in frac_part if ch in "0#?")
    min_decimals = len(frac_part.rstrip("#"))
    min_decimals = sum(1 for ch in frac_part[:min_decimals] if ch in "0?")
    exponent = None
    if exp_at:
        exponent = 0
        if value:
            import math

            int_places = max(int_part.count("0") + int_part.count("#") + int_part.count("?"), 1)
            exponent = math.floor(math.log10(abs(value)))
            exponent -= (exponent % int_places) if int_places > 1 else 0
            value = value / (10 ** exponent)
    number = _fixed(value, decimals, min_decimals, min_int, grouping)
    if exponent is not None:
        exp_digits = pattern[exp_at.end():].count("0") or 1
        sign = "-" if exponent < 0 else ("+" if exp_at.group(0)[1] == "+" else "")
        number += f"{exp_at.group(0)[0]}{sign}{abs(exponent):0{exp_digits}d}"
    if negative_sign and value < 0:
        number = "-" + number.lstrip("-")
    # Literals keep their places around the number; the number goes where its first digit code is.
    out, placed = [], False
    for kind, tok in tokens:
        if kind == "lit":
            out.append(tok)
        elif kind == "code" and tok == "%":
            out.append("%")
        elif kind == "code" and not placed and tok in "0#?.":
            out.append(number)
            placed = True
    return "".join(out) if placed else number


def _fixed(value: float, decimals: int, min_decimals: int, min_int: int, grouping: bool) -> str:
    try:
        d = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return general(value)
    negative = d < 0
    text = f"{abs(d):f}"
    whole, _, frac = text.partition(".")
    if decimals > min_decimals:
        keep = len(frac.rstrip("0"))
        frac = frac[: max(keep, min_decimals)]
    whole = whole.lstrip("0")
    whole = whole.rjust(min_int, "0") if len(whole) < min_int else whole
    if grouping and whole:
        whole = f"{int(whole):,}"
    # Excel keeps the point of "0.##" even with no digit after it: 5 shows "5.".
    text = whole + ("." + frac if decimals else "")
    return ("-" if negative and d != 0 else "") + text


_DBNUM1 = regex.compile(r"(?i)\[DBNum1\]")
_CN_DIGITS = "〇一二三四五六七八九"


def _chinese_numerals(text: str) -> str:
    """[DBNum1]: a year digit by digit (二〇二五), a month or day as a number (八, 三十一)."""
    def one(m) -> str:
        digits = m.group(0)
        if len(digits) > 2:
            return "".join(_CN_DIGITS[int(d)] for d in digits)
        n = int(digits)
        tens, ones = divmod(n, 10)
        head = ("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else ""
        return head + (_CN_DIGITS[ones] if ones or not tens else "")
    return regex.sub(r"\d+", one, text)


def _date(value, section: str) -> str:
    if _DBNUM1.search(section):
        return _chinese_numerals(_date(value, _DBNUM1.sub("", section)))
    if isinstance(value, dt.timedelta):
        value = dt.datetime(1899, 12, 30) + value
    if isinstance(value, dt.time):
        value = dt.datetime.combine(dt.date(1899, 12, 30), value)
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    text = "".join(tok if kind != "code" else tok for kind, tok in _tokens(section) if kind in ("lit", "code"))
    has_ampm = bool(regex.search(r"(?i)am/pm|a/p|上午/下午", text))
    parts = _DATE_TOKEN.split(text)
    out = []
    last_was_hour = False
    for k, part in enumerate(parts):
        if k % 2 == 0:
            out.append(part)
            continue
        low = part.lower()
        following = "".join(parts[k + 1 :]).lower()
        is_minute = low in ("m", "mm") and (last_was_hour or regex.match(r"^[^ymd]*s", following) is not None)
        if low == "yyyy" or low == "e":
            out.append(f"{value.year:04d}")
        elif low == "yy":
            out.append(f"{value.year % 100:02d}")
        elif is_minute:
            out.append(f"{value.minute:02d}" if low == "mm" else str(value.minute))
        elif low == "mmmmm":
            out.append(_MONTHS_EN[value.month - 1][0])
        elif low == "mmmm":
            out.append(_MONTHS_EN[value.month - 1])
        elif low == "mmm":
            out.append(_MONTHS_EN[value.month - 1][:3])
        elif low == "mm":
            out.append(f"{value.month:02d}")
        elif low == "m":
            out.append(str(value.month))
        elif low == "dddd":
            out.append(_WEEKDAYS_EN[value.weekday()])
        elif low == "ddd":
            out.append(_WEEKDAYS_EN[value.weekday()][:3])
        elif low == "dd":
            out.append(f"{value.day:02d}")
        elif low == "d":
            out.append(str(value.day))
        elif low == "aaaa":
            out.append("星期" + _WEEKDAYS_CN[value.weekday()])
        elif low == "aaa":
            out.append(_WEEKDAYS_CN[value.weekday()])
        elif low in ("h", "hh"):
            hour = value.hour % 12 or 12 if has_ampm else value.hour
            out.append(f"{hour:02d}" if low == "hh" else str(hour))
        elif low in ("s", "ss"):
            out.append(f"{value.second:02d}" if low == "ss" else str(value.second))
        elif low == "am/pm":
            out.append("AM" if value.hour < 12 else "PM")
        elif low == "a/p":
            out.append("A" if value.hour < 12 else "P")
        elif part == "上午/下午":
            out.append("上午" if value.hour < 12 else "下午")
        elif low.startswith(".0"):
            out.append("." + f"{value.microsecond:06d}"[: len(low) - 1])
        else:
            out.append(part)
        last_was_hour = low in ("h", "hh")
    return "".join(out)
