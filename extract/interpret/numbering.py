"""Item numbering as drafts print it: （一） 一、 1、 1. (1) ①, and lists split on it."""
from __future__ import annotations

import regex

from jixiao.normalize import lazy_regex

_CN = "一二三四五六七八九十"
# Each way of numbering is a named group: ``style`` tells a list inside an item from the items.
LEADING = lazy_regex.compile(
    rf"^\s*(?:(?P<paren_cn>[（(]\s*[{_CN}]+\s*[)）])|(?P<paren>[（(]\s*\d{{1,2}}\s*[)）])|(?P<cn>[{_CN}]{{1,3}}\s*[、.．])"
    rf"|(?P<comma>\d{{1,2}}\s*、)|(?P<point>\d{{1,2}}\s*[.．](?!\d))|(?P<circled>[①-⑳])"
    rf"|(?P<article>第[{_CN}\d]{{1,3}}[条项点][、，,：:]?)"
    # Outline numbers of Word's multilevel headings: 1.2.1　水库除险加固, 1　部门整体绩效目标
    # (a space after them, or two levels and more: 1.5万亩 opens no heading).
    rf"|(?P<outline>\d{{1,2}}(?:[.．]\d{{1,2}}){{2,3}}(?=\p{{Han}})|\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}}(?=[ \t\u3000])"
    rf"|\d{{1,2}}(?=[\t\u3000])))\s*"
)


def strip(text: str) -> str:
    """Text without its leading item number."""
    return LEADING.sub("", text, count=1)


def has(text: str) -> bool:
    return bool(LEADING.match(text))


def style(text: str) -> str | None:
    """How the leading item number is printed (``comma`` for 1、, ``point`` for 1., ``cn`` for
    一、…), or None: a list inside an item is told from the items by it."""
    m = LEADING.match(text)
    return m.lastgroup if m else None


def _cn(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN[tens - 1]) + "十" if tens else "") + (_CN[ones - 1] if ones else "")


# An item number follows the start, a space or punctuation -- never a digit or
# a decimal point, so the 1 of "11、" or "0.1、" is not item 1.
_NOT_AFTER_DIGIT = r"(?<![\d.．])"
_STYLES = (
    # "1.2025—2027年…": a year right after the point is the item's first word, not a decimal.
    # "…项目；2.65岁及以上…": where item 1 ended its sentence, the next number's point is the
    # item's, though a digit follows it (a decimal does not open a sentence after 1.…；).
    lambda n: lazy_regex.compile(rf"{_NOT_AFTER_DIGIT}{n}\s*(?:、|[．.](?!\d)|[．.](?=(?:19|20)\d{{2}}\s*(?:年|[—–\-~～至])))"
                                 + (rf"|(?<=[；;。]\s*){n}[．.](?=\d)" if n >= 2 else "")),
    lambda n: lazy_regex.compile(rf"[（(]\s*{n}\s*[)）]"),
    lambda n: lazy_regex.compile(regex.escape(chr(0x2460 + n - 1))),
    # The national 申报表 template: "目标1：…；目标2：…".
    lambda n: lazy_regex.compile(rf"目标\s*{n}\s*[:：]"),
    # One paragraph of 一是…，二是…，三是…: a list written as a sentence.
    lambda n: lazy_regex.compile(rf"{_cn(n)}是(?!否|指|由|在|为|以)"),
)
_LIST_SENTENCE = len(_STYLES) - 1  # its lead-in (重点做好以下工作：) is no item


def split_list(text: str) -> list[str]:
    """Split ``1、a 2、b 3、c`` into items, trusting only a 1, 2, 3… sequence.

    Only numbers that continue the sequence split, so ``≤100 万元`` or
    ``2020 年`` inside an item never do.
    """
    text = text.strip()
    for k, style in enumerate(_STYLES):
        cuts = _cuts(text, style)
        if len(cuts) >= 2 or (cuts and cuts[0].start() == 0):
            head = text[: cuts[0].start()].strip()
            lead_in = k == _LIST_SENTENCE and head.endswith(("：", ":"))
            items = [head] if head and not _ok_prefix(head) and not lead_in else []
            return items + _between(text, cuts)
    return [text] if text else []


def _cuts(text: str, style) -> list:
    """The matches of item numbers 1, 2, 3… of one style, in order, while the sequence holds."""
    cuts = []
    pos = 0
    for n in range(1, 21):
        m = style(n).search(text, pos)
        if not m:
            break
        cuts.append(m)
        pos = m.end()
    return cuts


def _between(text: str, cuts: list) -> list[str]:
    """The non-empty texts after each cut, up to the next."""
    items = []
    for k, m in enumerate(cuts):
        stop = cuts[k + 1].start() if k + 1 < len(cuts) else len(text)
        item = text[m.end():stop].strip()
        if item:
            items.append(item)
    return items


def _ok_prefix(head: str) -> bool:
    """A label like ``目标：`` before the first item is not an item itself."""
    return bool(regex.fullmatch(r"\s*(?:[\p{Han}]{0,8}[:：])?\s*", head))


def split_sentence_list(text: str) -> list[str]:
    """The items of one sentence listing them as 一是…；二是…；三是… (its lead-in left out,
    each without the punctuation that separated it from the next); [] for any other text."""
    cuts = _cuts(text, _STYLES[_LIST_SENTENCE])
    if len(cuts) < 2:
        return []
    return [item for t in _between(text, cuts) if (item := t.rstrip("；;，,。"))]
