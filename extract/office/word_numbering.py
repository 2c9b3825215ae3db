"""The item numbers Word draws but the text does not hold (``1、`` from a list style).

A paragraph in a numbered list stores no number: Word counts the paragraphs of
the list and draws ``lvlText`` (``%1、``, ``（%1）``) in the level's format.  The
interpreter needs those numbers (a project title's sequence, a goal list's
items), so they are counted here in body order and put back in front of the
text, as a typed number would be.

Counting follows Word: lists that share an abstract definition continue each
other's count unless a ``w:num`` restarts it (``w:startOverride``); a level
restarts whenever a shallower level advances.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.extract.office.package import qn

_PPR, _NUM_PR, _NUM_ID, _ILVL, _P_STYLE, _VAL = (qn(t) for t in ("w:pPr", "w:numPr", "w:numId", "w:ilvl", "w:pStyle", "w:val"))
_CN_DIGITS = "零一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def _chinese(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (list numbers stay small)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + _chinese(rest) if rest < 10 else (_CN_DIGITS[1] + _chinese(rest) if rest < 20 else _chinese(rest)))
        return _CN_DIGITS[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter past Z: 27 → AA, 28 → BB.
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalHalfWidth": str,
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "chineseLegalSimplified": _chinese,
    "japaneseCounting": _chinese,
    "ideographTraditional": lambda n: _TIANGAN[(n - 1) % 10],
    "ideographDigital": lambda n: "".join(_CN_DIGITS[int(d)] for d in str(n)),
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})",
    "decimalEnclosedFullstop": lambda n: chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}.",
}


def format_number(n: int, fmt: str) -> str:
    """``n`` in a ``w:numFmt``; unknown formats fall back to decimal digits."""
    return _FORMATS.get(fmt, str)(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False  # w:isLgl: every %k of this level in decimal digits


@dataclass
class _Num:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)  # level → startOverride


def _val(el, tag: str) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val")) if child is not None else None


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


class Numbering:
    """Counts list paragraphs in body order and returns each one's drawn label."""

    def __init__(self, numbering_el, styles_el):
        self._levels: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, _Num] = {}
        self._style_num: dict[str, tuple[str | None, int | None]] = {}
        self._style_base: dict[str, str] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        self._active = True
        if styles_el is not None:
            self._read_styles(styles_el)
        if numbering_el is not None:
            self._read_numbering(numbering_el)

    @classmethod
    def of(cls, numbering_el, styles_el, body) -> "Numbering":
        """The counter for ``body``, from the numbering and styles parts (None where a document has none)."""
        numbering = cls(numbering_el, styles_el)
        numbering.activate(body)
        return numbering

    def activate(self, body) -> None:
        """Count only if some paragraph is in a list: most drafts type their numbers."""
        numbered_styles = {sid for sid in self._style_base.keys() | self._style_num.keys() if self._from_style(sid)[0]}
        self._active = next(body.iter(_NUM_PR), None) is not None or any(
            el.get(_VAL) in numbered_styles for el in body.iter(_P_STYLE))

    # -- reading the definitions ---------------------------------------------
    def _read_styles(self, styles_el) -> None:
        for style in styles_el.iterchildren(qn("w:style")):
            sid = style.get(qn("w:styleId"))
            if not sid:
                continue
            base = _val(style, "w:basedOn")
            if base:
                self._style_base[sid] = base
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                ilvl = _val(num_pr, "w:ilvl")
                self._style_num[sid] = (_val(num_pr, "w:numId"), int(ilvl) if ilvl and ilvl.isdigit() else None)

    def _read_numbering(self, numbering_el) -> None:
        links: dict[str, str] = {}
        for abstract in numbering_el.iterchildren(qn("w:abstractNum")):
            aid = abstract.get(qn("w:abstractNumId"))
            levels = {}
            for lvl in abstract.iterchildren(qn("w:lvl")):
                ilvl = _int(lvl.get(qn("w:ilvl")), 0)
                text = _val(lvl, "w:lvlText")
                levels[ilvl] = _Level(
                    start=_int(_val(lvl, "w:start"), 1),
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=text if text is not None else "",
                    legal=lvl.find(qn("w:isLgl")) is not None,
                )
            self._levels[aid] = levels
            link = _val(abstract, "w:numStyleLink")
            if link:
                links[aid] = link
        for num in numbering_el.iterchildren(qn("w:num")):
            nid = num.get(qn("w:numId"))
            aid = _val(num, "w:abstractNumId")
            overrides = {}
            for override in num.iterchildren(qn("w:lvlOverride")):
                start = _val(override, "w:startOverride")
                if start is not None:
                    overrides[_int(override.get(qn("w:ilvl")), 0)] = _int(start, 1)
            self._nums[nid] = _Num(aid, overrides)
        # A list defined through a numbering style points at that style's list.
        for aid, style_id in links.items():
            target, _ = self._style_num.get(style_id, (None, None))
            if target in self._nums:
                for num in self._nums.values():
                    if num.abstract == aid:
                        num.abstract = self._nums[target].abstract

    # -- counting ------------------------------------------------------------
    def _from_style(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self._style_num:
                return self._style_num[style_id]
            style_id = self._style_base.get(style_id)
        return None, None

    def label(self, p_el) -> str:
        """The label Word draws before paragraph ``p_el`` (advancing the count), or ''."""
        if not self._active or not self._nums:
            return ""
        ppr = p_el.find(_PPR)
        if ppr is None:  # most paragraphs: no properties, no list
            return ""
        num_id = ilvl = None
        num_pr = ppr.find(_NUM_PR)
        if num_pr is not None:
            el = num_pr.find(_NUM_ID)
            num_id = el.get(_VAL) if el is not None else None
            el = num_pr.find(_ILVL)
            level = el.get(_VAL) if el is not None else None
            ilvl = int(level) if level and level.isdigit() else None
        if (num_id is None or ilvl is None) and self._style_num:
            el = ppr.find(_P_STYLE)
            style_num, style_lvl = self._from_style(el.get(_VAL) if el is not None else None)
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_lvl
        if not num_id or num_id == "0" or num_id not in self._nums:
            return ""
        ilvl = min(max(ilvl or 0, 0), 8)
        num = self._nums[num_id]
        levels = self._levels.get(num.abstract, {})
        level = levels.get(ilvl)
        if level is None or level.fmt in ("bullet", "none"):
            return ""
        counters = self._counters.setdefault(num.abstract, [None] * 9)
        if num_id not in self._started:
            self._started.add(num_id)
            for k, start in num.overrides.items():
                if 0 <= k < 9:
                    counters[k] = start - 1
        counters[ilvl] = (counters[ilvl] if counters[ilvl] is not None else level.start - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        text = level.text
        for k in range(ilvl, -1, -1):
            placeholder = f"%{k + 1}"
            if placeholder not in text:
                continue
            at = levels.get(k, _Level())
            n = counters[k] if counters[k] is not None else at.start
            text = text.replace(placeholder, str(n) if level.legal else format_number(n, at.fmt))
        return text
