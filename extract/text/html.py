"""HTML renderings: <p> paragraphs and <table>s with rowspan/colspan.

The standard library's HTMLParser is enough here: converters emit simple,
often unbalanced fragments, and all we need is text, cell spans and the
paragraph breaks (<p>, <br>, <div>) inside and outside tables.
"""
from __future__ import annotations

from html.parser import HTMLParser

import regex

from jixiao.extract.blocks import Block, Cell, Line, Table, Where, expand_spans
from jixiao.extract.text.furniture import is_footer
from jixiao.normalize import lazy_regex

_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote", "pre", "hr", "title"}
_SKIP_TAGS = {"script", "style", "head"}
# A site's page around the draft: menus, side lists of other articles, footers. Their
# words are links to other pages (a self-evaluation report's title, 首页 | 政务公开), never
# the draft's, and would otherwise be read first as its title and department. Not
# <header> nor a class "header": an article's own <h1> often sits in one.
_CHROME_TAGS = {"nav", "aside", "footer"}
_CHROME_CLASSES = {"nav", "navbar", "menu", "side", "sidebar", "crumb", "breadcrumb", "top", "topbar", "footer",
                   "foot", "related", "share", "friendlink"}


def _span(value: str | None) -> int:
    try:
        return max(1, min(int((value or "1").strip()), 1000))
    except ValueError:
        return 1


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._text: list[str] = []  # the paragraph being read outside tables
        self._text_line = 1
        self._skip = 0
        self._tables: list[dict] = []  # a stack: tables may nest
        self._cell: dict | None = None
        self._chrome: list[list] = []  # [tag, depth] of the page chrome being skipped

    # -- text outside tables --------------------------------------------
    def _flush_text(self) -> None:
        text = "".join(self._text).replace("\u00a0", " ").strip()
        self._text = []
        if text and not is_footer(text):
            for piece in text.splitlines():
                if piece.strip():
                    self.blocks.append(Line(piece.strip(), Where(line=self._text_line), para_break_before=True))

    # -- parser callbacks -------------------------------------------------
    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        attrs = dict(attrs)
        if self._chrome:
            if tag == self._chrome[-1][0]:
                self._chrome[-1][1] += 1
            return
        if not self._tables and _is_chrome(tag, attrs):
            self._flush_text()
            self._chrome.append([tag, 1])
            return
        if tag == "iframe" and attrs.get("srcdoc"):
            # A page that shows the form in an inline frame (<iframe srcdoc="…">, the
            # parser has already undone the attribute's escapes): the frame's page is read
            # where it stands.
            self._flush_text()
            self.blocks += read(attrs["srcdoc"])
            return
        if tag == "table":
            self._flush_text()
            self._tables.append({"rows": [], "row": None, "line": self.getpos()[0]})
        elif not self._tables:
            if tag in _BLOCK_TAGS:
                self._flush_text()
        elif tag == "tr":
            self._close_row()
            self._tables[-1]["row"] = []
        elif tag in ("td", "th"):
            self._close_cell()
            if self._tables[-1]["row"] is None:
                self._tables[-1]["row"] = []
            self._cell = {"parts": [[]], "soft": set(), "rowspan": _span(attrs.get("rowspan")), "colspan": _span(attrs.get("colspan")), "line": self.getpos()[0]}
        elif self._cell is not None and tag in _BLOCK_TAGS:
            if tag == "br":
                self._cell["soft"].add(len(self._cell["parts"]))
            self._cell["parts"].append([])

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if self._chrome:
            if tag == self._chrome[-1][0]:
                self._chrome[-1][1] -= 1
                if self._chrome[-1][1] == 0:
                    self._chrome.pop()
            return
        if tag == "table" and self._tables:
            self._close_row()
            table = self._tables.pop()
            rows = table["rows"]
            if rows:
                grid = expand_spans(rows)
                where = [next((c.where for c in r if c is not None), Where(line=table["line"])) for r in grid]
                self.blocks.append(Table(grid, Where(line=table["line"]), False, where))
        elif not self._tables:
            if tag in _BLOCK_TAGS:
                self._flush_text()
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._close_row()
        elif self._cell is not None and tag in _BLOCK_TAGS:
            self._cell["parts"].append([])

    def handle_data(self, data):
        if self._skip or self._chrome:
            return
        if self._tables:
            if self._cell is not None:
                self._cell["parts"][-1].append(data)
            return
        if not self._text:
            self._text_line = self.getpos()[0]
        self._text.append(data)

    # -- table assembly ----------------------------------------------------
    def _close_cell(self) -> None:
        cell, self._cell = self._cell, None
        if cell is None or not self._tables:
            return
        pieces = _unwrapped([" ".join(_SEGMENT_BREAK.sub("", "".join(p)).replace("\u00a0", " ").split())
                             for p in cell["parts"]], cell["soft"])
        row = self._tables[-1]["row"]
        if row is None:
            row = self._tables[-1]["row"] = []
        row.append(Cell(" ".join(pieces), Where(line=cell["line"]), cell["rowspan"], cell["colspan"], tuple(pieces) if len(pieces) > 1 else ()))

    def _close_row(self) -> None:
        self._close_cell()
        if self._tables and self._tables[-1]["row"] is not None:
            if self._tables[-1]["row"]:
                self._tables[-1]["rows"].append(self._tables[-1]["row"])
            self._tables[-1]["row"] = None

    def close(self):
        super().close()
        while self._tables:
            self.handle_endtag("table")
        self._flush_text()


def _is_chrome(tag: str, attrs: dict) -> bool:
    if tag in _CHROME_TAGS:
        return True
    names = regex.split(r"[\s_-]+", f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower())
    return tag in ("div", "ul", "section", "span", "p", "table") and any(n in _CHROME_CLASSES for n in names)


# A <br> inside a sentence (the text before it runs on, the text after it is
# no new item) is a line wrapped by hand, not a list break.
_RUNS_ON = lazy_regex.compile(r"[\p{Han}，,、]$")
_NEW_ITEM = lazy_regex.compile(r"^(?:[（(]?\d{1,2}[)）.、．:：]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|目标\s*\d|[①-⑳•·\-—*])")


# A line break in the page's source between two Chinese characters renders as nothing (CSS
# Text: a segment break between wide characters is removed), so 平方\n米 in a cell is 平方米.
_WIDE = r"[\p{Han}\u3000-\u303f\uff00-\uffef]"
_SEGMENT_BREAK = lazy_regex.compile(rf"(?<={_WIDE})[ \t]*[\r\n][ \t\r\n]*(?={_WIDE})")


def _unwrapped(pieces: list[str], soft: set[int]) -> list[str]:
    out: list[str] = []
    for k, piece in enumerate(pieces):
        if not piece:
            continue
        if k in soft and out and _RUNS_ON.search(out[-1]) and regex.match(r"\p{Han}", piece) and not _NEW_ITEM.match(piece):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def read(text: str) -> list[Block]:
    reader = _Reader()
    reader.feed(text)
    reader.close()
    return reader.blocks
