"""Page numbers as drafts print them: ``- 5 -``, ``第 5 页 共 12 页``, ``5/12``, ``Page 5``.

One pattern set for every reader.  A PDF reader knows where a line sits, so in
the top or bottom margin a bare ``5`` or a roman ``iv`` is a page number too; a
text rendering has no position, and there a line holding only ``5`` may be a
value or a list number, so only the decorated forms count.
"""
from __future__ import annotations


from jixiao.normalize import lazy_regex

_DASH = "\\-‐‑–—－~～"

_DECORATED = (
    rf"[{_DASH}]\s*\d{{1,4}}\s*[{_DASH}]"  # - 5 -, —5—
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"  # 第 5 页, 第5页 共12页
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 5/12
    r"|(?:[Pp]age|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
)
_BARE = (
    rf"[{_DASH}\s]*\d{{1,4}}[{_DASH}\s]*"  # 5, —5, 5 -
    rf"|[{_DASH}\s]*(?:[ivxlcIVXLC]{{1,6}}|[\u2160-\u216b\u2170-\u217b])[{_DASH}\s]*"  # roman numbered front matter (iv, Ⅳ)
)
_ANYWHERE = lazy_regex.compile(rf"^\s*(?:{_DECORATED})\s*$")
_IN_MARGIN = lazy_regex.compile(rf"^\s*(?:{_DECORATED}|{_BARE})\s*$")


def is_page_number(text: str, *, in_margin: bool = False) -> bool:
    """True for a line that is only a page number.

    ``in_margin``: the reader knows the line sits in a page's top or bottom
    margin, where bare numbers and roman numerals count as well.
    """
    return bool((_IN_MARGIN if in_margin else _ANYWHERE).match(text))
