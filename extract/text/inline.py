"""Cell and line text that carries a little markup: <p>, <br>, entities.

Converters leave HTML inside otherwise plain renderings (the seed's tab rows
hold ``<p>1、…</p> <p>2、…</p>`` in one cell; Markdown tables use ``<br>``).
Paragraph-like tags become separate parts so a list held in them still splits.
Only the formatting tags converters emit are taken out: any other markup
(``<script>`` in a hostile cell) is content and is kept verbatim.
"""
from __future__ import annotations

import html

import regex

from jixiao.normalize import lazy_regex

_BREAK = lazy_regex.compile(r"<\s*br\s*/?\s*>|<\s*/\s*(?:p|div|li|h[1-6])\s*>|<\s*(?:p|div|li|h[1-6])(?:\s[^>]*)?>", regex.I)
_FORMATTING = r"(?:p|br|div|span|font|b|i|u|em|strong|sup|sub|li|ul|ol|h[1-6]|o:p)"
_TAG = lazy_regex.compile(rf"<\s*/?\s*{_FORMATTING}(?:\s[^<>]{{0,200}})?\s*/?\s*>", regex.I)
_HAS_MARKUP = lazy_regex.compile(rf"<\s*/?\s*{_FORMATTING}(?:\s[^<>]{{0,200}})?\s*/?\s*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);", regex.I)


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
