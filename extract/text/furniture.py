"""Page furniture that text renderings keep: page footers like ``- 5 -``."""
from __future__ import annotations

from extract.page_numbers import is_page_number


def is_footer(text: str) -> bool:
    return is_page_number(text)
