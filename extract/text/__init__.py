"""Text renderings of drafts: tab rows, Markdown pipe tables, HTML fragments.

The rendering is told by content, never by file name: converters name their
output ``.txt`` whatever is inside.
"""
from __future__ import annotations

import regex

from extract.blocks import Block
from extract.text import html, markdown, tsv
from extract.text.decode import decode

_HTML_TABLE = regex.compile(r"<\s*table\b", regex.I)
_HTML_BLOCK_LINE = regex.compile(r"^\s*<\s*(?:p|div|h[1-6]|html|body|!doctype)\b", regex.I)


def sniff(text: str) -> str:
    """'html', 'markdown', 'tsv' or 'plain'."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return "plain"
    if _HTML_TABLE.search(text):
        return "html"
    if sum(1 for ln in lines if _HTML_BLOCK_LINE.match(ln)) >= max(3, 0.3 * len(lines)):
        return "html"
    pipe_rows = sum(1 for ln in lines if markdown.is_pipe_row(ln))
    tab_rows = sum(1 for ln in lines if "\t" in ln.strip("\n"))
    if pipe_rows >= 2 and pipe_rows >= tab_rows:
        return "markdown"
    if tab_rows:
        return "tsv"
    return "plain"


_READERS = {"html": html.read, "markdown": markdown.read, "tsv": tsv.read, "plain": tsv.read}


def read_text(text: str) -> tuple[list[Block], str]:
    rendering = sniff(text)
    return _READERS[rendering](text), rendering


def read(data: bytes, path: str) -> tuple[list[Block], dict]:
    text, encoding = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blocks, rendering = read_text(text)
    return blocks, {"format": "text", "rendering": rendering, "encoding": encoding, "pages": None}
