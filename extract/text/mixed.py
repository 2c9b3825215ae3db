"""Markdown with HTML tables: what MinerU (and Docling's HTML-table mode) write.

The prose is Markdown (``# 标题``, paragraphs, ``![](images/…)`` figures); each
table is an HTML ``<table>`` whose rowspan/colspan keep the merged cells and
whose text is entity-escaped (``&gt;=90%``).  The Markdown parts go through the
Markdown reader and the tables through the HTML reader, in document order.
"""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Block, Line, Table, Where
from jixiao.extract.text import html, markdown
from jixiao.normalize import lazy_regex

_TABLE = lazy_regex.compile(r"<\s*table\b.*?(?:<\s*/\s*table\s*>|\Z)", regex.I | regex.S)


def _shift(block: Block, lines: int) -> Block:
    """Line numbers of a piece read on its own, made relative to the whole text."""
    if not lines:
        return block
    if isinstance(block, Line):
        block.where = Where(line=(block.where.line or 1) + lines)
        return block
    block.where = Where(line=(block.where.line or 1) + lines)
    block.row_where = [Where(line=(w.line or 1) + lines) for w in block.row_where]
    for row in block.rows:
        for cell in row:
            if cell is not None and cell.where.line is not None:
                cell.where = Where(line=cell.where.line + lines)
    return block


def read(text: str) -> list[Block]:
    blocks: list[Block] = []
    pos = 0
    for match in _TABLE.finditer(text):
        before = text[pos:match.start()]
        offset = text.count("\n", 0, pos)
        blocks += [_shift(b, offset) for b in markdown.read(before)]
        offset = text.count("\n", 0, match.start())
        blocks += [_shift(b, offset) for b in html.read(match.group()) if isinstance(b, Table) or b.text.strip()]
        pos = match.end()
    offset = text.count("\n", 0, pos)
    blocks += [_shift(b, offset) for b in markdown.read(text[pos:])]
    return blocks


def outside_tables(text: str) -> str:
    """The text with its tables taken out: what tells Markdown prose from an HTML page."""
    return _TABLE.sub("\n", text)
