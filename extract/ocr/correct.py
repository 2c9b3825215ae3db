"""What OCR typically gets wrong in this genre, put right where there is one answer.

Two kinds of knowledge decide a fix.  The value grammar: a 指标值 is a comparator,
a number and a unit, so ``≥9596`` on a rate is ``≥95%`` (a ``%`` read as
``96``), ``295%`` on a rate is ``≥95%`` (a ``≥`` read as ``2``), ``1O0`` is
``100``, ``万 兀`` is ``万元``.  The framework vocabulary: a 一级/二级指标 cell one
character off a standard level name (``数量指杯``) is that name, when it is the
only name that close.  Anything with two readings is left as read.  Every fix
is counted by kind, and the reader reports the counts as an info issue.
"""
from __future__ import annotations

import re

from jixiao.normalize import LEVEL1, LEVEL2

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
# 丶 (a radical nobody writes in running text) is how the recogniser sees 、.
_DOT = re.compile(r"丶")
# ASCII , ; : between Chinese characters: the full-width mark was meant.
_HALF_PUNCT = re.compile(rf"(?<=[{_CJK}])([,;:])(?=[{_CJK}“（]|$)")
# A full stop between two sentences read as a middle dot.
_STOP = re.compile(rf"(?<=[{_CJK}])[·•](?=[{_CJK}])")
_FULL = {",": "，", ";": "；", ":": "："}
# 部门编码 with 门 read as 内 or 力 (one stroke lost or bent): no label says 部内编码, no title
# 部内预算, no bracket (部力). Read as the traditional 內, 门 is misread wherever it stands:
# the drafts are printed in simplified characters, where 部内 is written with 内.
_DEPARTMENT_LABEL = re.compile(r"部[内力](?=\s*(?:及?代码|编码|名称|预算|整体|[)）]))|部內"
                               # a heading or 目录 entry 部门职责 / 部门概况, alone on its line
                               r"|部[内力](?=(?:职责|概况|职能)\s*[.·…。．\s]*\d*$)")
# Brackets round Chinese words are full-width in print; OCR gives the ASCII ones.
_HALF_BRACKETS = re.compile(rf"\(([{_CJK}]{{1,8}})\)")
_SPECK_MARKS = ".·．。 "
# Letters that look like digits, in a token of digits (not in a code such as G1O-3).
_TOKEN = re.compile(r"[0-9A-Za-z|〇○.%]+")
_DIGIT_OF = {"O": "0", "o": "0", "〇": "0", "○": "0", "l": "1", "I": "1", "|": "1"}
# 〇 between Chinese numerals (二〇二〇年) read as a letter O or a digit 0.
_HAN_ZERO = re.compile(r"(?<=[一二三四五六七八九十〇])[OoΟ0○](?=[一二三四五六七八九十〇年])")
_WANYUAN = re.compile(r"万\s*[兀无丌]|万\s+元")
# Words a stroke off another that is no word at all, in this genre's print: 入 read as 人
# (纳人), 置 as 量 or 僵 (配量, 购量 — but 采购量 and 收购量 are words), 门 as 内 (内急诊),
# 岸 as 伴 (伴线), 资金 in small grey type as 汽全 or 资全 (the dots of 金 and the left of 资 lost),
# 金额单位 as 全额单位, 竣工 as 峻工.
_MISREAD_WORDS = re.compile(r"(?<=[纳投列融深引录准收])人(?=[\u4e00-\u9fff])|(?<=[配处设安布装])[量僵](?![量])|(?<![采收认订申团]购)(?<=购)[量僵](?=[\u4e00-\u9fff（(]|$)"
                            r"|[内內](?=急诊)|伴(?=线)|汽全|资全|全(?=额单位)|峻(?=工)")
_WORD_FIX = {"人": "入", "量": "置", "僵": "置", "内": "门", "內": "门", "伴": "岸", "汽全": "资金", "资全": "资金", "全": "金", "峻": "竣"}
# The colon of 单位：万元 read as a point (its two dots seen as one, or the lower alone) or
# lost, at the end of a line (a form's code line: 873715 营山县民政局 …… 单位：万元).
_UNIT_LABEL_COLON = re.compile(r"(?<=单位)\s*[.·．。,，]?(?=\s*(?:亿元|万元|千元|元)\s*$)")
# A sentence's closing 。 read as a letter o after its last character.
_STOP_AS_O = re.compile(r"(?<=[\u4e00-\u9fff])[oO○](?=$)")
# 率 read as 串 at the end of a rate's name (增长串, 控制串): no name of this genre ends in 串.
_RATE_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})串(?=$|[\s，。；、：:（(）)%≥≤<>0-9])")

# 指标值 grammar.
_PERMILLE = re.compile(r"(?<=\d)%[0oO]$")
_BOX_KOU = re.compile(r"(?<=\d)[□▢◻]")
_COMPARATORS = "≥≤><=＞＜＝"
_VALUE = re.compile(rf"^([{_COMPARATORS}]?)(\d+(?:\.\d+)?)(%)?$")
_RATE_NAME = re.compile(r"(?:率|度|比例|比重|占比)(?:[（(]%[)）])?$")

_LEVEL_NAMES = tuple(dict.fromkeys(LEVEL1 + LEVEL2))
# A 。 between two characters of a unit after a number (800元/人。年, 3万人。次).
_UNIT_DOT = re.compile(r"^([^\u4e00-\u9fff]*\d[\u4e00-\u9fff/]{0,4}[\u4e00-\u9fff])。(?=[\u4e00-\u9fff]{1,2}$)")


def _header_labels() -> dict[str, str]:
    """Every table label of four characters or more, with the field (column) it names."""
    from jixiao.extract.interpret.lexicon import HEADER_LABELS, INDICATOR_COLUMNS

    out: dict[str, str] = {}
    for kind, table in (("column", INDICATOR_COLUMNS), ("header", HEADER_LABELS)):
        for field, names in table.items():
            for n in names:
                if len(n) >= 4 and n.isalpha():
                    out.setdefault(n, f"{kind}:{field}")
    return out


_LABELS: dict[str, str] | None = None


def header_label(text: str) -> str | None:
    """The table label (项目名称, 绩效指标描述, …) one character off ``text``, if exactly one
    is, or if all that are name the same column (指标值碘定依据: 确定依据 and 设定依据 alike)."""
    global _LABELS
    if _LABELS is None:
        _LABELS = _header_labels()
    if not 4 <= len(text) <= 12 or text in _LABELS or text in _LEVEL_NAMES:
        return None  # a word of the genre already (时效指标 is one off 绩效指标, and right)
    hits = [n for n in _LABELS if _one_off(text, n)]
    return hits[0] if hits and len({_LABELS[n] for n in hits}) == 1 else None


def _count(fixes: dict[str, int], kind: str, n: int = 1) -> None:
    if n:
        fixes[kind] = fixes.get(kind, 0) + n


def clean(text: str, fixes: dict[str, int] | None = None) -> str:
    """Character-level fixes any recognised line gets."""
    fixes = fixes if fixes is not None else {}
    text = text.strip()
    text, n = _DOT.subn("、", text)
    _count(fixes, "、 read as 丶", n)
    text, n = _STOP.subn("。", text)
    _count(fixes, "。 read as ·", n)
    text, n = _HALF_PUNCT.subn(lambda m: _FULL[m.group(1)], text)
    _count(fixes, "full-width punctuation", n)
    text, n = _DEPARTMENT_LABEL.subn("部门", text)
    _count(fixes, "部门 read as 部内", n)
    text, n = _HALF_BRACKETS.subn(r"（\1）", text)
    _count(fixes, "full-width punctuation", n)
    text = _TOKEN.sub(lambda m: _digits(m.group(), fixes), text)
    text, n = _HAN_ZERO.subn("〇", text)
    _count(fixes, "〇 read as O", n)
    text, n = _WANYUAN.subn("万元", text)
    _count(fixes, "万元 split or misread", n)
    text, n = _MISREAD_WORDS.subn(lambda m: _WORD_FIX[m.group()], text)
    _count(fixes, "a word read a stroke off", n)
    text, n = _RATE_END.subn("率", text)
    _count(fixes, "率 read as 串", n)
    text, n = _STOP_AS_O.subn("。", text)
    _count(fixes, "。 read as o", n)
    text, n = _UNIT_LABEL_COLON.subn("：", text)
    _count(fixes, "： lost or read as a point", n)
    return text


def _digits(token: str, fixes: dict[str, int]) -> str:
    """``1O0`` → ``100``: only in a token that is otherwise digits."""
    letters = [ch for ch in token if ch in _DIGIT_OF]
    if not letters or not any(ch.isdigit() for ch in token):
        return token
    if any(ch.isalpha() and ch not in _DIGIT_OF for ch in token):
        return token  # a code: letters there are letters
    out = "".join(
        _DIGIT_OF[ch] if ch in _DIGIT_OF and _between_digits(token, k) else ch for k, ch in enumerate(token)
    )
    _count(fixes, "letter read for a digit", sum(a != b for a, b in zip(token, out)))
    return out


def _between_digits(token: str, k: int) -> bool:
    before = token[k - 1] if k else ""
    after = token[k + 1] if k + 1 < len(token) else ""
    return (before.isdigit() or before == ".") and (after.isdigit() or after in "%." or after == "") or (
        before == "" and after == "." )


def _one_off(a: str, b: str) -> bool:
    """One character read as another.  (A missing last character is a wrapped
    cell, which normalize.level reads as a prefix: not ours to fill in.)"""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def level_name(text: str) -> str | None:
    """The framework name one character off ``text``, if exactly one is."""
    if len(text) < 4 or text in _LEVEL_NAMES:
        return None
    hits = [n for n in _LEVEL_NAMES if _one_off(text, n)]
    return hits[0] if len(hits) == 1 else None


def value(text: str, rate: bool) -> tuple[str, str | None]:
    """A 指标值 put right by the grammar, and what was fixed (None: nothing)."""
    if _PERMILLE.search(text):
        # ‰'s last ring read as a digit or a letter after %: no value ends in %0.
        return _PERMILLE.sub("‰", text), "‰ read as %0"
    if _BOX_KOU.search(text):
        # 口 (the measure word of wells and ponds: 46口) read as a drawn square.
        return _BOX_KOU.sub("口", text), "口 read as □"
    if _UNIT_DOT.search(text):
        # 800元/人·年: a value's compound unit holds no sentence, so a 。 inside it is the ·.
        return _UNIT_DOT.sub(r"\1·", text), "· read as 。"
    m = _VALUE.match(text)
    if not m:
        return text, None
    comparator, number, unit = m.groups()
    kind = None
    if unit is None and rate and number.endswith("96") and len(number) > 2 and "." not in number:
        # ``%`` and ``96`` look alike at scan resolution; a rate of 9596 is not one.
        head = number[:-2]
        if float(number) > 100 and float(head) <= 100:
            text, number, unit, kind = f"{comparator}{head}%", head, "%", "% read as 96"
    if unit == "%" and rate and not comparator and number.startswith("2") and len(number) >= 3:
        rest = number[1:]
        if float(number) > 100 and float(rest) <= 100 and not rest.startswith("0"):
            return f"≥{rest}%", kind or "≥ read as 2"
    return text, kind


def _level_columns(rows: list[list]) -> set[int]:
    """Columns holding level names: some cell there is one exactly, or names the column."""
    out = set()
    for row in rows:
        for k, cell in enumerate(row):
            if cell is not None and (cell.text in _LEVEL_NAMES or cell.text in ("一级指标", "二级指标")):
                out.add(k)
    return out


def fix_rows(rows: list[list], fixes: dict[str, int]) -> None:
    """Grammar and vocabulary fixes on a table's cells (``Cell`` or None), in place."""
    levels = _level_columns(rows)
    for row in rows:
        texts = [c.text if c is not None else "" for c in row]
        rate = any(_RATE_NAME.search(t) for t in texts if t and not _VALUE.match(t))
        for k, cell in enumerate(row):
            if cell is None or not cell.text:
                continue
            name = level_name(cell.text) if k in levels else None
            if name:
                cell.text = name
                _count(fixes, "level name one character off")
                continue
            # A speck beside a label reads as a trailing dot: 主管部内及代码. is still one.
            label = header_label(cell.text) or header_label(cell.text.rstrip(_SPECK_MARKS))
            if label:
                cell.text = label
                _count(fixes, "table label one character off")
                continue
            fixed, kind = value(cell.text.replace(" ", ""), rate)
            if kind:
                cell.text = fixed
                _count(fixes, kind)
