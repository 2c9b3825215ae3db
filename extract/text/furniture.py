"""Page furniture that text renderings keep: page footers like ``- 5 -``."""
from __future__ import annotations

import regex

_FOOTER = regex.compile(
    r"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d+(?:\s*of\s*\d+)?)\s*$"
)


def is_footer(text: str) -> bool:
    return bool(_FOOTER.match(text))
