"""Markdown renderings: pipe tables, ``<br>`` inside cells, ``#`` headings.

Also the pipe rows of web captures that flattened an HTML table (``a | b | c |``
without a leading pipe, ragged, padded with ``||||``): the cells are kept in
order, padding included, and the interpreter lays rows that lost their merged
cells back under the header.  Image lines (``![](images/…)``, Docling's
``<!-- image -->``) carry nothing to read and are dropped.
"""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Block, Cell, Line, Where
from jixiao.extract.text import inline
from jixiao.extract.text.furniture import is_footer
from jixiao.extract.text.rows import TableRun, cell
from jixiao.normalize import lazy_regex

_SEPARATOR = lazy_regex.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HEADING = lazy_regex.compile(r"^\s{0,3}#{1,6}\s*")
_EMPHASIS = lazy_regex.compile(r"(\*\*|__)(.+?)\1")
_CELL_SPLIT = lazy_regex.compile(r"(?<!\\)\|")
_RULE = lazy_regex.compile(r"[-*_ ]{3,}")


_IMAGE = lazy_regex.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)\s*)+$|^\s*<!--\s*image\s*-->\s*$", regex.I)


def is_pipe_row(line: str) -> bool:
    """A Markdown table row, or a captured row ``a | b |`` without the leading pipe."""
    s = line.strip()
    if s.count("|") < 2:
        return False
    return s.startswith("|") or s.endswith("|") or s.count(" | ") >= 2


def is_image(line: str) -> bool:
    return bool(_IMAGE.match(line))


# A list item's bullet before the item's own number (- 1.强化组织领导: Docling writes a numbered
# paragraph so): the number is the item's, the bullet only Markdown's.
_BULLETED_NUMBER = lazy_regex.compile(r"^\s{0,3}[-*+]\s+(?=[（(]?\d{1,2}[.．、)）]|[（(]?[一二三四五六七八九十]{1,3}[、.．)）])")


# A grid table (pandoc's plain and Markdown writers, Emacs org) draws its rows apart by
# +----+----+ rules; under a cell merged down the rows the rule is partial: | … +----+.
_GRID_RULE = lazy_regex.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_GRID_PIECE = lazy_regex.compile(r"^\+?(?:[-=:]+\+)*[-=:]+\+?$")


def _grid_partial_rule(line: str) -> bool:
    """``|   |   +-----+----+``: blank cells, the rest of the line a rule."""
    pieces = [p.strip() for p in _CELL_SPLIT.split(line.strip().strip("|"))]
    return "+" in line and any(pieces) and all(not p or _GRID_PIECE.match(p) for p in pieces)


def _plain(text: str) -> str:
    text = _BULLETED_NUMBER.sub("", _HEADING.sub("", text))
    return _EMPHASIS.sub(r"\2", text).replace("\\|", "|")


def _cells(line: str, lineno: int) -> list[Cell | None]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [cell(_plain(raw.strip()), lineno) for raw in _CELL_SPLIT.split(s)]


def read(text: str) -> list[Block]:
    blocks: list[Block] = []
    run = TableRun(blocks)
    page_break = False
    for i, raw in enumerate(text.splitlines()):
        lineno = i + 1
        if "\f" in raw:
            page_break = True
            raw = raw.replace("\f", "")
        if _GRID_RULE.match(raw):
            continue  # a grid table's (pandoc's) rule between its rows: the rows go on
        if is_pipe_row(raw):
            if _SEPARATOR.match(raw) or _grid_partial_rule(raw):
                continue
            run.add(_cells(raw, lineno), lineno, page_break=page_break)
            page_break = False
            continue
        run.flush()
        stripped = raw.strip()
        if not stripped or _RULE.fullmatch(stripped) or is_image(stripped):
            continue
        if is_footer(stripped):
            page_break = True
            continue
        for k, piece in enumerate(inline.parts(stripped)):
            piece = _plain(piece).strip()
            if piece:
                blocks.append(Line(piece, Where(line=lineno), para_break_before=True, page_break_before=page_break and k == 0))
        page_break = False
    run.flush()
    return blocks
