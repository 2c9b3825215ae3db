"""The review page's HTML: the record's view (``view.py``) through ``review.html.j2``.

The template is autoescaped: a draft is untrusted input and may carry markup of its
own, and no string reaches the page without being escaped.
"""
from __future__ import annotations

from markupsafe import Markup

from jixiao.review.style import CSS
from jixiao.review.view import review_page
from jixiao.templates import render


def build(record: "Record", **source) -> str:
    """The whole page; ``source`` as ``view.review_page`` takes it."""
    return render("review.html.j2", page=review_page(record, **source), css=Markup(CSS))
