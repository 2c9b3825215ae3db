"""Page furniture: page numbers and running headers/footers.

They sit in the top or bottom margin band and say nothing about the draft; left
in, a ``- 5 -`` would end up glued to a paragraph that runs over the page break.
"""
from __future__ import annotations

import re
from collections import Counter

from jixiao.extract import page_numbers
from jixiao.extract.interpret import lexicon
from jixiao.extract.text import vocabulary

# Fraction of the page height that counts as the header / footer band.
MARGIN_BAND = 0.09

def in_margin(top: float, bottom: float, page_height: float) -> bool:
    return top < page_height * MARGIN_BAND or bottom > page_height * (1 - MARGIN_BAND)


def is_page_number(text: str) -> bool:
    """A page number, judged for a line already known to sit in the margin band."""
    return page_numbers.is_page_number(text, in_margin=True)


def _shape(text: str) -> str:
    # Running headers often carry the page number: compare them with digits blurred.
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def running_lines(pages_margin_texts: list[list[str]]) -> set[str]:
    """Shapes of margin lines repeated on most pages (running headers/footers)."""
    n = len(pages_margin_texts)
    if n < 3:
        return set()
    seen = Counter()
    for texts in pages_margin_texts:
        seen.update({_shape(t) for t in texts})
    return {s for s, k in seen.items() if k >= max(3, n / 2) and s}


# The print date a browser or a spreadsheet's page header stamps in the margin, US-style as
# their print dialogs write it (12/03/2026, 12/3/26, 8:40 AM): a draft writes 2024年1月22日.
_PRINT_STAMP = re.compile(r"(?:\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?)?|\d{1,2}:\d{2}\s*[AP]M)\s*$")


def is_furniture(text: str, top: float, bottom: float, page_height: float, running: set[str]) -> bool:
    if not in_margin(top, bottom, page_height):
        return False
    if vocabulary.FORM_TITLE.search(text) or lexicon.MONEY_UNIT_LABEL.search(text):
        # A form's title on top of every page (one form a page) is the form's, not a header;
        # so is the line naming its department and money unit that a sheet's print titles
        # repeat over every page (968508 XX局 … 单位：万元).
        return False
    return is_page_number(text) or _shape(text) in running or bool(_PRINT_STAMP.search(text))
