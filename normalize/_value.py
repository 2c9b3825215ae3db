"""``value()``: a printed 指标值 cell → a typed ``Value``."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import regex

from jixiao.normalize import lazy_regex

from . import _grammar as g
from ._text import clean_and_compact, compact, fold

KINDS = ("numeric", "reference", "qualitative", "missing")

# A range (80%-90%, 3-5户) is a floor with a ceiling beside it: comparator ">="
# on the lower bound in value, the upper bound in value_max.  A target range in
# this genre is met by reaching the lower bound (the same reading as 达到, below
# in _grammar); the samples' hand-checked golds record ranges this way.
RANGE_COMPARATOR = ">="


@dataclass(frozen=True, slots=True)
class Value:
    """A typed 指标值.

    ``value``/``value_max`` are ``int`` when the number is printed without a
    decimal point and ``float`` when it has one (``90.0%`` → 90.0): the printed
    precision is information.  ``unit`` is the unit as printed, width-folded
    (``％`` → ``%``) but with bracket forms kept (``万头（只）``).
    """

    kind: str
    comparator: str | None = None
    value: int | float | None = None
    value_max: int | float | None = None
    unit: str | None = None
    reference: str | None = None
    amount_yuan: float | None = None
    text: str = ""
    warnings: tuple[ValueWarning, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "comparator": self.comparator,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "reference": self.reference,
            "amount_yuan": self.amount_yuan,
            "text": self.text,
            "warnings": list(self.warnings),
        }


PERCENT_OVER_100 = "percent_over_100"


class ValueWarning(str):
    """What reading a cell noticed: the message, with a ``code`` saying what kind of
    thing it is (``percent_over_100``, ``symbol_font``, ``two_units``...), so that
    callers branch on the code, never on the wording."""

    __slots__ = ("code",)

    def __new__(cls, code: str, message: str) -> ValueWarning:
        out = super().__new__(cls, message)
        out.code = code
        return out

    def __reduce__(self):  # pickles with its code (records travel to ingest workers)
        return ValueWarning, (self.code, str(self))


# -- damaged glyphs -----------------------------------------------------------

# Symbol-font code points: a PDF whose text layer keeps the Symbol encoding
# gives ≥ as 0xB3 (read as ³ in Latin-1) or U+F0B3 (private use), ≤ as 0xA3 (£)
# or U+F0A3.  Left alone, NFKC-style folding would turn ³ into the digit 3.
_SYMBOL_FONT = {"³": "≥", "\uf0b3": "≥", "£": "≤", "\uf0a3": "≤", "\uf03e": ">", "\uf03c": "<",
                "\uf03d": "="}
_SYMBOL_FONT_AT_START = lazy_regex.compile(r"^\s*([³£\uf0b3\uf0a3\uf03e\uf03c\uf03d])\s*(?=[\d.])")


def _repair_symbol_font(raw: str, warnings: list[ValueWarning]) -> str:
    m = _SYMBOL_FONT_AT_START.match(raw)
    if not m:
        return raw
    glyph = m.group(1)
    sym = _SYMBOL_FONT[glyph]
    warnings.append(ValueWarning("symbol_font", f"read {glyph!r} as {sym!r}: a Symbol-font glyph in the PDF text layer"))
    return raw[: m.start(1)] + sym + raw[m.end(1):]


# -- numbers and units ---------------------------------------------------------

def _number(s: str) -> int | float:
    s = s.replace(",", "").replace("，", "")
    if "." in s:
        return float(s)
    return int(s)


_MONEY = lazy_regex.compile(rf"^(?P<mult>{g._alt(g.MULTIPLIERS)})?元$")


def _amount_yuan(num: str, unit: str | None) -> float | None:
    if not unit:
        return None
    m = _MONEY.match(unit)
    if not m:
        return None
    factor = g.MULTIPLIERS[m.group("mult")] if m.group("mult") else 1
    try:
        return float(Decimal(num.replace(",", "").replace("，", "")) * factor)
    except (InvalidOperation, ValueError):
        return None


_UNIT_SYNONYMS = {"百分比": "%", "百分率": "%", "百分数": "%", "％": "%"}


def _column_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    u = compact(str(unit))
    if u in g.PLACEHOLDERS or u in ("无", "/"):
        return None
    return _UNIT_SYNONYMS.get(u, u)


def _sign(sign: str | None) -> tuple[str | None, str | None]:
    """(comparator, nature) from a 指标性质 cell; nature is 定性, 定量 or None."""
    if sign is None:
        return None, None
    s = compact(str(sign))
    if not s or s in g.PLACEHOLDERS:
        return None, None
    if "定性" in s:
        return None, "定性"
    if "定量" in s:
        return None, "定量"
    # Some templates print the indicator's direction in the 指标性质 column: a
    # positive indicator's target is a floor, a negative one's a ceiling.
    if s.startswith("正向"):
        return ">=", None
    if s.startswith(("反向", "逆向", "负向")):
        return "<=", None
    m = g.SIGN_WORD.fullmatch(s)
    if m:
        if m.group("sym"):
            return g.SYMBOLS[m.group("sym")], None
        if m.group("pw"):
            return g.WORD_CMP[m.group("pw")], None
        return g.POST_CMP[m.group("post")], None
    return None, "?"


def _printed_comparator(pw, sym, post, approx, warnings: list[ValueWarning]) -> str | None:
    """The comparator printed in the cell: symbol, word before, word after, 余/多."""
    if not (pw or post or approx):  # the common case: a symbol or nothing
        return g.SYMBOLS[sym] if sym else None
    found = []
    if sym:
        found.append((sym, g.SYMBOLS[sym]))
    if pw:
        found.append((pw, g.WORD_CMP[pw]))
    if post:
        found.append((post, g.POST_CMP[post]))
    if approx:
        found.append((approx, ">"))
    # A redundant pair (不低于95%以上, 控制在5%以内) is one comparator; an
    # "=" word (满分, 约) yields to any real comparator next to it.
    strong = [c for _, c in found if c != "="]
    chosen = strong[0] if strong else found[0][1]
    for word, c in found:
        if c != chosen and c != "=":
            warnings.append(ValueWarning("comparators_disagree", f"comparators disagree: {found[0][0]!r} and {word!r}; kept {chosen!r}"))
            break
    return chosen


def _percent_check(num: str, value: int | float, printed_cmp: str | None, warnings: list[ValueWarning]) -> None:
    if value <= 100:
        return
    msg = f"{num}% is above 100%"
    digits = num.lstrip("+")
    # A font that maps ≥ to the digit 2 prints ≥92% as 292%.
    if printed_cmp is None and digits.startswith("2") and len(digits) > 1:
        rest = digits[1:]
        try:
            ok = 0 < float(rest.replace(",", "")) <= 100 and not rest.startswith("0")
        except ValueError:
            ok = False
        if ok:
            msg += f"; possibly a damaged '≥' glyph: ≥{rest}%"
    warnings.append(ValueWarning(PERCENT_OVER_100, msg))


# -- the parser ------------------------------------------------------------------

_DIGIT = lazy_regex.compile(r"\d")
_SPELLED_PERCENT = lazy_regex.compile(r"(?<=\d)(?:百分比|百分率|百分数)$")
_YEAR_MONTH = r"(?:19|20)\d{2}\s*(?:[.．/-]\s*(?:0?[1-9]|1[0-2])|年\s*(?:0?[1-9]|1[0-2])\s*月?)"
_PERIOD = lazy_regex.compile(rf"^{_YEAR_MONTH}\s*(?:[-－—~～至到]+)\s*{_YEAR_MONTH}$")
_TRAILING_PUNCT = "。；;，,、"
_MAX_DIGITS = 24
_ODD_START = lazy_regex.compile(r"[^\d\p{Han}]")
_QUESTION_NUMBER = lazy_regex.compile(r"[?？]\d")
# Circled and bracketed numbers, ※ and asterisks; not superscripts (m² is a unit).
_FOOTNOTE_MARK = lazy_regex.compile(r"(?<=\S)(?:[\u2460-\u2473\u2474-\u2487\u2776-\u277f※*＊]|\[\d{1,2}\])+$"
                               r"|(?<=[%\p{Han}])[¹²³\u2070-\u2079]+$")  # ≥75%¹ (m² keeps its ²)


# A note in brackets after the value (100%（按学期考核）, 3,200人次（含线上）): not part of it.
# One character in brackets is a unit's (台（套）) or the bound's (≥95%（含）) and stays.
_NOTE = lazy_regex.compile(r"[（(](?P<note>[^()（）]{2,})[)）]$")
# 百分之九十五, 千分之三, 万分之五: a share spelled in words.
_SHARE = lazy_regex.compile(r"(百|千|万)分之([零〇一二两三四五六七八九十百千]+|\d+(?:\.\d+)?)")
_SHARE_UNIT = {"百": "%", "千": "‰", "万": "‱"}
# Words before a value that say how it changes or how often it holds, not what it is compared
# with: 较上年提高2个百分点 is the target 2 个百分点, 每人每月不低于320元 is ≥320 元.
_CHANGE = lazy_regex.compile(r"^(?:较上年度?|比上年度?|同比|环比)?(?:提高|提升|增长|增加|上升|下降|降低|减少)?"
                             r"(?=[≥≤><=＞＜\d]|不|至少|高于|低于)")
_EVERY = lazy_regex.compile(r"^(?:每[\p{Han}]{1,2}){1,2}(?=[≥≤><=＞＜\d]|不|至少|最)")
_UTMOST = lazy_regex.compile(r"^最(?:长|短|高|低|多|少)(?=不|[≥≤><=＞＜])")
# 城市≥98%；农村≥95%: a target per group, the first standing for the cell.
_LABELLED_TARGET = lazy_regex.compile(r"^[\p{Han}]{1,6}(?=[≥≤><=＞＜]|\d)")


def _share(m) -> str:
    amount = m.group(2)
    if not amount[0].isdigit():
        n = 100 if amount == "百" else _cn_int(amount)
        if n is None:
            return m.group()
        amount = str(n)
    return amount + _SHARE_UNIT[m.group(1)]


def _reworded(s: str):
    """The value a cell holds under the words around it, for a cell that does not parse as it is."""
    if (m := _CHANGE.match(s)) and m.end():
        yield s[m.end():]
    if (m := _EVERY.match(s)) and m.end():
        yield s[m.end():]
    if (m := _UTMOST.match(s)) and m.end():
        yield s[m.end():]
    parts = regex.split(r"[；;]", s)
    if len(parts) >= 2 and all(_LABELLED_TARGET.match(p) for p in parts if p):
        yield parts[0][_LABELLED_TARGET.match(parts[0]).end():]


_FILLER = lazy_regex.compile(
    r"(?:完成率|完成|覆盖率|达标率|合格率|及格率|全年|年度|年均|累计|全部|共计|合计|共|总计|实现|保持|计划)?"
    r"(?P<core>.+?)"
    r"(?:完成|全覆盖|覆盖|达标|合格|以上完成)?"
)


def _parse(text, sign, unit) -> Value:
    warnings: list[ValueWarning] = []
    raw = "" if text is None else (text if isinstance(text, str) else str(text))
    if raw and raw.lstrip()[:1] in _SYMBOL_FONT:
        raw = _repair_symbol_font(raw, warnings)
    cleaned, s = clean_and_compact(raw)
    sign_cmp = nature = None
    if sign is not None:
        sign_cmp, nature = _sign(sign)
        if nature == "?":
            warnings.append(ValueWarning("unknown_sign", f"unrecognised 指标性质 {fold(str(sign)).strip()!r}"))
    col_unit = _column_unit(unit) if unit is not None else None

    if s in g.PLACEHOLDERS or s in g.COMPARATOR_ONLY:
        return Value("missing", text=cleaned, warnings=tuple(warnings))
    # Sentence punctuation after a value (≥95%。 ≤预算批复金额；) is not part of it.
    if s[-1] in _TRAILING_PUNCT:
        s = s.rstrip(_TRAILING_PUNCT)
        if not s:
            return Value("missing", text=cleaned, warnings=tuple(warnings))

    # A footnote mark after the value (≤2.8万元①, ≥95%※) points at a note under the table.
    s = _FOOTNOTE_MARK.sub("", s) or s
    # A unit spelled out in words (≥100百分比) is the symbol.
    s = _SPELLED_PERCENT.sub("%", s)
    if "分之" in s:
        s = _SHARE.sub(_share, s)
    if (m := _NOTE.search(s)) and m.start() and not regex.fullmatch(g.UNIT_FULL, m.group("note")):
        s = s[:m.start()]
    if _PERIOD.match(s):
        # 2023.07-2024.01: a period of months, not a range of numbers.
        return Value("qualitative", text=cleaned, warnings=tuple(warnings))

    # (kind, comparator, value, value_max, unit, reference, amount_yuan)
    result = None
    first = s[0]
    if (first.isdigit() or first == "每") and g.DATE.match(s):
        pass  # a date or deadline: qualitative although it has digits
    else:
        m = g.NUMERIC.fullmatch(s)
        if m:
            result = _numeric(m.groups(), sign_cmp, col_unit, warnings)
    if result is None and _CN_NUMERAL.search(s):
        result = _spelled_count(s, sign_cmp, col_unit)
    if result is None and not first.isdigit():
        for t in _reworded(s):
            m = g.NUMERIC.fullmatch(t) if t and not g.DATE.match(t) else None
            if m:
                result = _numeric(m.groups(), sign_cmp, col_unit, warnings)
                break
    if result is None and not first.isdigit():
        m = g.REFERENCE.fullmatch(s)
        if m:
            result = _reference(m.groups(), sign_cmp, warnings)
    if result is None and (m := _FILLER.fullmatch(s)) and m.group("core") != s:
        # "完成率100%", "100%完成", "全年12次": one value wrapped in words that
        # name the measure, not a comparison; the number is the target.
        core = g.NUMERIC.fullmatch(m.group("core"))
        if core and not g.DATE.match(m.group("core")):
            result = _numeric(core.groups(), sign_cmp, col_unit, warnings)
    if result is None:
        if sign_cmp and g.AMOUNT_WORDS.search(s) and not _DIGIT.search(s):
            # 指标值 "预算批复金额" with 指标性质 "≤" in its own column.
            result = ("reference", sign_cmp, None, None, None, s, None)
        else:
            if _ODD_START.match(s) and g.LOOKS_NUMERIC.match(s):
                warnings.append(ValueWarning("unreadable", f"starts like a value but does not parse: {cleaned!r}"))
            elif _QUESTION_NUMBER.match(s):
                warnings.append(ValueWarning("damaged_comparator", f"'?' before a number: possibly a damaged comparator glyph: {cleaned!r}"))
            if nature == "定量":
                warnings.append(ValueWarning("sign_disagrees", "指标性质 says 定量 but the value is not a number"))
            return Value("qualitative", text=cleaned, warnings=tuple(warnings))

    if nature == "定性":
        warnings.append(ValueWarning("sign_disagrees", f"指标性质 says 定性; the value reads as {result[0]} ({cleaned})"))
        return Value("qualitative", text=cleaned, warnings=tuple(warnings))
    kind, comparator, v, vmax, u, ref, amount = result
    return Value(kind, comparator, v, vmax, u, ref, amount, cleaned, tuple(warnings))


def comparator_only(text: str | None) -> bool:
    """True for a value cell that prints a comparator and nothing else (">", "不低于")."""
    return bool(text) and compact(text) in g.COMPARATOR_ONLY


_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMERAL = lazy_regex.compile(r"[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千]{0,5}")
# Counted things a target may spell in words (不少于三次, 两个): only these, so that
# 一流, 三级, 一次性 or 十分满意 stay words.
# Spans of time (三年, 两个月) stay words too: a period, as the notation table has it.
_COUNT_UNITS = frozenset("次个项人场家所批台套件篇份条名户座处位本册辆艘宗起轮趟期部届栋支张")


def _cn_int(text: str) -> int | None:
    """三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105; None for anything else."""
    total, digit = 0, None
    for ch in text:
        if ch in "零〇":
            continue  # 一百零五: a place left empty
        if ch in _CN_DIGIT:
            if digit is not None:
                return None  # 三四: not one number
            digit = _CN_DIGIT[ch]
        else:
            place = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (1 if digit is None else digit) * place
            digit = None
    return total + (digit or 0)


def _spelled_count(s: str, sign_cmp, col_unit):
    """不少于三次 → the count 3 次: the numeral written in digits and read again."""
    m = _CN_NUMERAL.search(s)
    after = s[m.end():]
    if after[:1] not in _COUNT_UNITS or (after[1:] and not regex.fullmatch(g.POST, after[1:])):
        return None
    n = _cn_int(m.group())
    if n is None:
        return None
    digits = g.NUMERIC.fullmatch(s[:m.start()] + str(n) + after)
    return _numeric(digits.groups(), sign_cmp, col_unit, []) if digits else None


def _resolve_sign(printed: str | None, sign_cmp: str | None, warnings: list[ValueWarning]) -> str | None:
    if sign_cmp and printed and printed != sign_cmp:
        warnings.append(ValueWarning("sign_disagrees", f"指标性质 says {sign_cmp!r} but the value prints {printed!r}; kept {printed!r}"))
    return printed or sign_cmp


def _numeric(groups: tuple, sign_cmp, col_unit, warnings):
    # groupdict() costs more than the match itself; the order is fixed by g.NUMERIC.
    pw, sym, num, approx, unit1, _sep, num2, unit2, post = groups
    # No budget figure has more digits than this; a longer run is a code or an
    # identifier, and int() refuses very long digit strings anyway.
    if len(num) > _MAX_DIGITS or (num2 is not None and len(num2) > _MAX_DIGITS):
        warnings.append(ValueWarning("too_long", f"a number of {max(len(num), len(num2 or ''))} characters is not read as a value"))
        return None
    v = _number(num)
    vmax = _number(num2) if num2 is not None else None
    unit = unit2 or unit1
    # A 4-digit year with 年 (2023年, 2020-2022年) is a date, not a count of years.
    if unit == "年" and isinstance(v, int) and 1900 <= v <= 2100:
        return None
    if unit1 and unit2 and unit1 != unit2:
        warnings.append(ValueWarning("two_units", f"range prints two units {unit1!r} and {unit2!r}; kept {unit2!r}"))
    if vmax is not None and vmax < v:
        warnings.append(ValueWarning("range_reversed", f"range upper bound {num2} is below its lower bound {num}"))
    printed = _printed_comparator(pw, sym, post, approx, warnings)
    comparator = _resolve_sign(printed, sign_cmp, warnings) or (RANGE_COMPARATOR if vmax is not None else "=")

    if unit is None:
        unit = col_unit
    elif col_unit and unit != col_unit and not _same_unit(unit, col_unit):
        warnings.append(ValueWarning("unit_column_disagrees", f"unit column says {col_unit} but the value prints {unit}"))

    if unit == "%" and v > 100:
        _percent_check(num, v, printed, warnings)
    return ("numeric", comparator, v, vmax, unit, None, _amount_yuan(num, unit) if unit and "元" in unit else None)


def _same_unit(a: str, b: str) -> bool:
    return _UNIT_SYNONYMS.get(a, a) == _UNIT_SYNONYMS.get(b, b)


_REF_TRIM = lazy_regex.compile(r"(?:的)?(?:范围|额度范围)$")


def _reference(groups: tuple, sign_cmp, warnings):
    pw, sym, ref, post = groups  # the order of g.REFERENCE's groups
    if not (pw or sym or post):
        return None
    if pw in g.NEVER_REFERENCE_PRE and not sym:
        return None
    strong = bool(sym) or (pw is not None and pw not in g.LOOSE_PRE)
    if not strong and not g.AMOUNT_WORDS.search(ref):
        return None
    printed = _printed_comparator(pw, sym, post, None, warnings)
    comparator = _resolve_sign(printed, sign_cmp, warnings)
    if comparator is None:
        return None
    ref = _REF_TRIM.sub("", ref) or ref
    return ("reference", comparator, None, None, None, ref, None)


# -- public --------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _cached(text, sign, unit) -> Value:
    return _parse(text, sign, unit)


def value_uncached(text: str | None, *, sign: str | None = None, unit: str | None = None) -> Value:
    """``value`` without the cache (for benchmarks and for callers that mutate nothing anyway)."""
    return _parse(text, sign, unit)


def value(text: str | None, *, sign: str | None = None, unit: str | None = None) -> Value:
    """Read a printed 指标值 cell; ``sign`` and ``unit`` are the 指标性质 and 计量单位 columns."""
    try:
        return _cached(text, sign, unit)
    except TypeError:  # unhashable input: read it without the cache
        return value_uncached(text, sign=sign, unit=unit)
