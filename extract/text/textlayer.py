"""A PDF viewer's page saved as HTML: the form is only text runs with their positions.

pdf.js (and the attachment previews built on it, kkFileView among them) draws a
PDF page on a ``<canvas>`` and lays a transparent ``textLayer`` over it: one
``<span>`` per text run, placed with ``left``/``top`` and sized with
``font-size`` and a ``scaleX`` transform. Saved, the canvas is empty: the grid
is gone, the words and where they stood remain. Each page's runs are turned
into positioned words for positioned.py, which rebuilds the form.

Positions come as pixels (``left: 56px``), as ``calc(var(--scale-factor)*56px)``
(newer pdf.js: the factor is the same for every run, so the bare length will
do) or as percentages of the page (then the page's own size, or a nominal one).
A run's width is not saved: it is estimated from its characters (a Chinese
character as wide as the font size, others about half).
"""
from __future__ import annotations

from html.parser import HTMLParser

import regex

from jixiao.extract.blocks import Block
from jixiao.extract.text.css_grid import declarations
from jixiao.extract.text.positioned import Word, blocks
from jixiao.normalize import lazy_regex

MIN_RUNS = 20  # placed runs that make a page a viewer's text layer rather than a styled article
_PLACED = lazy_regex.compile(r"<span\b[^>]*style\s*=\s*[\"'][^\"']*\bleft\s*:[^\"']*\btop\s*:", regex.I)
_LENGTH = lazy_regex.compile(r"(-?\d+(?:\.\d+)?)\s*(px|%)?")
_SCALE_X = lazy_regex.compile(r"scalex\(\s*(-?\d+(?:\.\d+)?)\s*\)", regex.I)
_WIDE = lazy_regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef\u2e80-\u2fff]")
_NOMINAL = (1000.0, 1414.0)  # a page's size where it is not given (A4's proportions)


def looks_like(text: str) -> bool:
    """A saved viewer page: a text layer, and runs placed by left/top."""
    return "textlayer" in text[:400_000].lower() and len(_PLACED.findall(text, endpos=2_000_000)) >= MIN_RUNS


def read(text: str) -> list[Block]:
    parser = _Runs()
    parser.feed(text)
    parser.close()
    out: list[Block] = []
    carried = None  # the header of a form that ran to the last page's foot
    for number, words in parser.pages:
        found, carried = blocks(words, number, carried)
        out += found
    return out


def _length(value: str | None, whole: float) -> float | None:
    """``56px``, ``calc(var(--scale-factor)*56.00px)`` → 56; ``5%`` → 5% of ``whole``."""
    if not value:
        return None
    found = _LENGTH.findall(value)
    if not found:
        return None
    number, unit = found[-1]
    return float(number) * whole / 100 if unit == "%" else float(number)


def _width(text: str, size: float, scale: float) -> float:
    wide = len(_WIDE.findall(text))
    return (wide + 0.55 * (len(text) - wide)) * size * scale


class _Runs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pages: list[tuple[int, list[Word]]] = []
        self._size = _NOMINAL
        self._run: dict | None = None
        self._depth = 0  # spans open inside the run (pdf.js nests marked content)
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
            return
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        style = declarations(attrs.get("style"))
        if tag == "div" and ("page" in classes or "data-page-number" in attrs):
            number = attrs.get("data-page-number") or ""
            self.pages.append((int(number) if number.isdigit() else len(self.pages) + 1, []))
            width, height = _length(style.get("width"), 0), _length(style.get("height"), 0)
            self._size = (width, height) if width and height else _NOMINAL
            return
        if tag != "span":
            return
        if self._run is not None:
            self._depth += 1
            return
        left, top = _length(style.get("left"), self._size[0]), _length(style.get("top"), self._size[1])
        if left is None or top is None:
            return
        size = _length(style.get("font-size"), self._size[1]) or 10.0
        scale = _SCALE_X.search(style.get("transform") or "")
        self._run = {"left": left, "top": top, "size": size, "scale": float(scale.group(1)) if scale else 1.0, "text": []}
        self._depth = 0

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
            return
        if tag != "span" or self._run is None:
            return
        if self._depth:
            self._depth -= 1
            return
        run, self._run = self._run, None
        text = "".join(run["text"]).replace("\u00a0", " ")
        if not text.strip():
            return
        if not self.pages:
            self.pages.append((1, []))
        x0, top, size = run["left"], run["top"], run["size"]
        self.pages[-1][1].append(Word(text, x0, x0 + _width(text, size, run["scale"]), top, top + size))

    def handle_data(self, data):
        if self._run is not None and not self._skip:
            self._run["text"].append(data)
