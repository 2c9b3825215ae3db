"""The table of contents: entries with their part and printed page number.

A TOC entry is text, leader dots (or a tab), a page number.  An entry may wrap
over two lines with the page number on the second.  The TOC ends where the
body starts again: a part heading seen before, or two lines in a row that
carry no page number.
"""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Block, Line
from jixiao.extract.interpret import numbering, numbers
from jixiao.extract.textclean import clean
from jixiao.normalize import lazy_regex

TOC_TITLE = lazy_regex.compile(r"^\s*目\s*录\s*$")
PART = lazy_regex.compile(r"^\s*第\s*([一二三四五六七八九十\d])\s*部分\s*(.*)$")
# A printed page number: 3, -3-, — 3 —, or a Roman one for front matter (Ⅱ, ii).
_PAGE = r"(?:[-－—–]\s*)?(\d{1,4}|[\u2160-\u216b\u2170-\u217b]|(?<![A-Za-z])(?:[ivxl]{1,6}|[IVXL]{1,6}))(?:\s*[-－—–])?"
# A leader may be a single point before a space where Word's filtered web page lost the
# dotted tab (1.总体绩效目标. 1).
_ENTRY = lazy_regex.compile(rf"^(.*?)[\s.．。…·•⋯_\-—]*?(?:[.．。…·•⋯_]{{2,}}|\t|\s{{2,}}|(?<=[\p{{Han}}）)])[.．]?\s*)\s*{_PAGE}\s*$")
_LEADERS = lazy_regex.compile(r"[\s.．。…·•⋯_\-—]+$")
_PAGE_ONLY = lazy_regex.compile(rf"^\s*[.．。…·•⋯_\s]*{_PAGE}\s*$")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def page_number(token: str) -> int:
    """3 → 3; Ⅱ or ii → 2."""
    if token.isdigit():
        return int(token)
    if "\u2160" <= token <= "\u216b":
        return ord(token) - 0x2160 + 1
    if "\u2170" <= token <= "\u217b":
        return ord(token) - 0x2170 + 1
    values = [_ROMAN[c] for c in token.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def part_number(text: str) -> int | None:
    m = PART.match(text)
    if not m:
        return None
    return numbers.chinese_int(m.group(1))


# A part's own heading in the TOC, numbered as the document numbers its parts (一、 / 1　 /
# 第一部分): it opens the part's entries and is none of them.
_PART_ONE = lazy_regex.compile(r"^(?:部门整体绩效目标|部门整体支出绩效目标|部门职责及绩效目标)$")
_PART_TWO = lazy_regex.compile(r"^(?:部门)?(?:预算)?(?:项目支出|项目|预算项目)(?:预算)?绩效目标(?:表|申报表)?$")
_PAGE_TAIL = lazy_regex.compile(rf"(?:[.．。…·•⋯_\t]{{2,}}|\t|\s{{2,}}|(?<=[\p{{Han}}）)]))\s*{_PAGE}\s*$")


# A part's heading run into the first title under it (第二部分  预算项目绩效目标1、XX项目绩效目标表:
# a converter joined the two lines into one paragraph).
_GLUED_PART = lazy_regex.compile(r"^(\s*第\s*[一二三四五六七八九十\d]\s*部分\s*(?:部门整体(?:支出)?绩效目标|(?:预算)?项目(?:支出)?绩效目标|预算项目绩效目标))"
                                 r"\s*(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\S)")


def parts_apart(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each part heading glued to a title split off into a line of its own."""
    out: list[Block] = []
    for b in blocks:
        m = _GLUED_PART.match(b.text) if isinstance(b, Line) else None
        if m:
            out.append(Line(m.group(1).strip(), b.where, b.para_break_before, b.page_break_before))
            out.append(Line(b.text[m.end():].strip(), b.where, True, False))
        else:
            out.append(b)
    return out


def part_of_title(title: str) -> int | None:
    """1 or 2 for a part's heading by its words (部门整体绩效目标, 项目支出绩效目标表), else None."""
    if _PART_ONE.match(title):
        return 1
    if _PART_TWO.match(title):
        return 2
    return None


# Entries a converter ran into one paragraph (pdf2docx joins a TOC's lines): each ends at its
# leader's page number, and the next starts right after it (…目标......1二、分项… / ……3 2、…).
# A part's heading after a page number is the right-hand column of a two-column 目录, not the
# next entry of the left one: the line is left whole there.
_GLUED_ENTRY_END = lazy_regex.compile(r"([.．。…·•⋯_]{4,}[ \t]*\d{1,3})(?=[ \t]+(?!第\s*[一二三四五六七八九十\d]\s*部分)\S|(?!第\s*[一二三四五六七八九十\d]\s*部分)[\p{Han}（(])")


def _texts(block: Block) -> list[tuple[str, object]]:
    if isinstance(block, Line):
        return [(t, block.where) for t in _GLUED_ENTRY_END.sub("\\1\n", block.text).split("\n")]
    rows = []
    for row in block.rows:
        cells = [c.text for c in row if c is not None and c.text.strip()]
        if cells:
            rows.append(("\t".join(cells), row[0].where if row[0] is not None else block.where))
    return rows


def _entry_title(text: str) -> str:
    return clean(numbering.strip(_LEADERS.sub("", text)))


def parse(blocks: list[Block], start: int) -> tuple[list[dict], int]:
    """Read TOC entries from ``blocks[start]`` (the line after 目录).

    Returns the entries and the index of the first block of the body.
    """
    entries: list[dict] = []
    part = None
    pending: str | None = None
    pending_at = start
    seen_parts: set[int] = set()
    i = start
    while i < len(blocks):
        block = blocks[i]
        lines = _texts(block)
        stop = False
        for text, _where in lines:
            text = text.strip()
            if not text:
                continue
            p = part_number(text)
            if p is None:
                p = part_of_title(_entry_title(_PAGE_TAIL.sub("", text)))
            if p is not None:
                if p in seen_parts and entries:
                    stop = True
                    break
                seen_parts.add(p)
                part, pending = p, None
                continue
            m = _ENTRY.match(text)
            if m and m.group(1).strip(" .．。…·•⋯_\t"):
                title = _entry_title((pending + " " if pending else "") + m.group(1))
                entries.append({"part": part, "title": title, "page": page_number(m.group(2))})
                pending = None
                continue
            m = _PAGE_ONLY.match(text)
            if m and pending:
                entries.append({"part": part, "title": _entry_title(pending), "page": page_number(m.group(1))})
                pending = None
                continue
            if pending is not None:
                stop = True
                break
            pending, pending_at = text, i
        if stop:
            break
        i += 1
    if pending is not None:
        i = pending_at  # a line left pending when the TOC ended belongs to the body
    _infer_parts(entries)
    return entries, i


def _infer_parts(entries: list[dict]) -> None:
    # Without 第一部分/第二部分 headings, project tables are part 2, the rest part 1.
    for e in entries:
        if e["part"] is None:
            e["part"] = 2 if regex.search(r"目标表|申报表", e["title"]) else 1
