"""Cell and line text that carries a little markup: <p>, <br>, entities.

Converters leave HTML inside otherwise plain renderings (the seed's tab rows
hold ``<p>1、…</p> <p>2、…</p>`` in one cell; Markdown tables use ``<br>``).
Paragraph-like tags become separate parts so a list held in them still splits.
"""
from __future__ import annotations

import html

import regex

_BREAK = regex.compile(r"<\s*br\s*/?\s*>|<\s*/\s*(?:p|div|li|h[1-6])\s*>|<\s*(?:p|div|li|h[1-6])(?:\s[^>]*)?>", regex.I)
_TAG = regex.compile(r"<[^<>]{0,200}>")
_HAS_MARKUP = regex.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,200}>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")


def parts(text: str) -> list[str]:
    """Split text on paragraph tags and <br>; strip other tags; unescape."""
    if not _HAS_MARKUP.search(text):
        return [text]
    pieces = _BREAK.split(text)
    out = []
    for piece in pieces:
        piece = html.unescape(_TAG.sub("", piece)).replace("\u00a0", " ").strip()
        if piece:
            out.append(piece)
    return out
