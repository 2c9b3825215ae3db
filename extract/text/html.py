"""HTML renderings: <p> paragraphs and <table>s with rowspan/colspan.

The standard library's HTMLParser is enough here: converters emit simple,
often unbalanced fragments, and all we need is text, cell spans and the
paragraph breaks (<p>, <br>, <div>) inside and outside tables.
"""
from __future__ import annotations

from html.parser import HTMLParser

import regex

from jixiao.extract.blocks import Block, Cell, Line, Table, Where, expand_spans
from jixiao.extract.text import css_grid
from jixiao.extract.text.furniture import is_footer
from jixiao.normalize import lazy_regex

_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote", "pre", "hr", "title"}
_SKIP_TAGS = {"script", "style", "head"}
# Elements without an end tag: they open nothing a grid's cell would have to close.
_VOID_TAGS = {"br", "img", "hr", "input", "meta", "link", "wbr", "col", "area", "base", "source", "embed", "param", "track"}
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
        self._in_style = False
        self._tables: list[dict] = []  # a stack: tables may nest
        self._cell: dict | None = None
        self._chrome: list[list] = []  # [tag, depth] of the page chrome being skipped
        self._css: list[str] = []  # the page's <style> text: a CSS grid form's columns are set there
        self._css_rules: list | None = None
        self._grid: css_grid.Grid | None = None  # a display:grid form being read

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
            self._in_style = tag == "style"
            return
        attrs = dict(attrs)
        if self._grid is not None:
            self._grid_start(tag, attrs)
            return
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
        if not self._tables and tag not in _VOID_TAGS and (width := css_grid.columns(self._style(attrs))):
            self._flush_text()
            self._grid = css_grid.Grid(width, self.getpos()[0], open=[tag])
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
            self._cell = self._new_cell(_span(attrs.get("rowspan")), _span(attrs.get("colspan")))
        elif self._cell is not None and tag in _BLOCK_TAGS:
            if tag == "br":
                self._cell["soft"].add(len(self._cell["parts"]))
            self._cell["parts"].append([])

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            self._in_style = False
            return
        if self._grid is not None:
            self._grid_end(tag)
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
        if self._skip and self._in_style:
            self._css.append(data)
            self._css_rules = None  # read again with this sheet
        if self._skip or self._chrome:
            return
        if self._tables or self._grid is not None:
            if self._cell is not None:
                self._cell["parts"][-1].append(data)
            return  # text between a grid's cells: none in a form
        if not self._text:
            self._text_line = self.getpos()[0]
        self._text.append(data)

    # -- CSS grid forms (css_grid.py) ----------------------------------------
    def _style(self, attrs: dict) -> dict[str, str]:
        if self._css_rules is None:
            self._css_rules = css_grid.class_rules("".join(self._css)) if self._css else []
        if not self._css_rules and "grid" not in (attrs.get("style") or ""):
            return {}  # no grid rule in the page and none inline: no element of it is a grid's
        return css_grid.style_of(attrs, self._css_rules)

    def _grid_start(self, tag: str, attrs: dict) -> None:
        grid = self._grid
        if len(grid.open) == 1:  # a child of the container: one cell
            self._grid_close_cell()
            self._cell = self._new_cell(1, 1)
            self._cell["style"] = self._style(attrs)
        elif self._cell is not None and tag in _BLOCK_TAGS:
            if tag == "br":
                self._cell["soft"].add(len(self._cell["parts"]))
            self._cell["parts"].append([])
        if tag not in _VOID_TAGS:
            grid.open.append(tag)
        elif len(grid.open) == 1:
            self._grid_close_cell()  # a void child (<br>, <img>) is an empty cell

    def _grid_end(self, tag: str) -> None:
        grid = self._grid
        if tag not in grid.open:
            return  # a stray end tag
        while grid.open:
            closed = grid.open.pop()
            if len(grid.open) == 1:
                self._grid_close_cell()
            if closed == tag:
                break
        if self._cell is not None and tag in _BLOCK_TAGS and len(grid.open) > 1:
            self._cell["parts"].append([])
        if not grid.open:
            self._grid_close_cell()
            self._grid = None
            table = grid.table()
            if table is not None:
                self.blocks.append(table)

    def _grid_close_cell(self) -> None:
        cell, self._cell = self._cell, None
        if cell is not None and self._grid is not None:
            self._grid.items.append(css_grid.Item(self._cell_of(cell), cell["style"]))

    # -- table assembly ----------------------------------------------------
    def _new_cell(self, rowspan: int, colspan: int) -> dict:
        return {"parts": [[]], "soft": set(), "rowspan": rowspan, "colspan": colspan, "line": self.getpos()[0]}

    @staticmethod
    def _cell_of(cell: dict) -> Cell:
        pieces = _unwrapped([" ".join(_SEGMENT_BREAK.sub("", "".join(p)).replace("\u00a0", " ").split())
                             for p in cell["parts"]], cell["soft"])
        return Cell(" ".join(pieces), Where(line=cell["line"]), cell["rowspan"], cell["colspan"], tuple(pieces) if len(pieces) > 1 else ())

    def _close_cell(self) -> None:
        cell, self._cell = self._cell, None
        if cell is None or not self._tables:
            return
        row = self._tables[-1]["row"]
        if row is None:
            row = self._tables[-1]["row"] = []
        row.append(self._cell_of(cell))

    def _close_row(self) -> None:
        self._close_cell()
        if self._tables and self._tables[-1]["row"] is not None:
            if self._tables[-1]["row"]:
                self._tables[-1]["rows"].append(self._tables[-1]["row"])
            self._tables[-1]["row"] = None

    def close(self):
        super().close()
        if self._grid is not None:
            self._grid_end(self._grid.open[0])
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
    from jixiao.extract.text import textlayer

    if textlayer.looks_like(text):
        # A PDF viewer's page: runs placed by position, no table markup. A page that shows
        # no form there (a viewer beside the page's own tables) is read as HTML.
        found = textlayer.read(text)
        if any(isinstance(b, Table) for b in found):
            return found
    reader = _Reader()
    reader.feed(text)
    reader.close()
    return reader.blocks
