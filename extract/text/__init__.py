"""Text renderings of drafts, told apart by content, never by file name.

Converters name their output ``.txt`` whatever is inside.  The renderings:

* ``tsv``        -- tab-separated rows (the seed, spreadsheet exports);
* ``csv``        -- comma-separated rows (an Excel CSV export), read as ``tsv``;
* ``markdown``   -- pipe tables, or MinerU/Docling Markdown with HTML tables;
* ``html``       -- HTML pages and fragments;
* ``pipe_lines`` -- web captures that flattened a table to ``a | b |`` rows;
* ``cell_lines`` -- one cell per line ending in `` |``, bare ``|`` between rows;
* ``bare_lines`` -- one cell per line with nothing between rows (a viewer's copy);
* ``bare_cell_lines`` -- the same with each line's `` |`` kept;
* ``spaced``     -- a spreadsheet shown as page text: cells apart by spaces;
* ``glued``      -- a capture that dropped the table markup: cells run together;
* ``plain``      -- paragraphs only.

Before that, a single-file web page (.mht) is taken out of its MIME container, and
two repairs are made, each only when the text shows it needs it: escaped line
breaks (``\\r\\n`` as characters) and a simplified→traditional mirror.
"""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Block, Line
from jixiao.extract.text import (bare_lines, cell_lines, csv_rows, escapes, glued, html, markdown, mhtml, mirror, mixed,
                                 spaced, tsv)
from jixiao.extract.text.decode import decode
from jixiao.extract.text.furniture import is_breadcrumb, is_site_chrome, without_running_heads
from jixiao.normalize import lazy_regex

_HTML_TABLE = lazy_regex.compile(r"<\s*table\b", regex.I)
_HTML_DOCUMENT = lazy_regex.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html\b|<html\b)", regex.I)
_HTML_BLOCK_LINE = lazy_regex.compile(r"^\s*<\s*(?:p|div|h[1-6]|html|body|!doctype|table|tr|td|th|/)", regex.I)


def sniff(text: str) -> str:
    """The rendering's name (see the module docstring)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return "plain"
    if _HTML_DOCUMENT.match(text):
        return "html"  # a whole page (Word's "web page, filtered": its style sheet is no Markdown)
    if _HTML_TABLE.search(text):
        outside = [ln for ln in mixed.outside_tables(text).splitlines() if ln.strip()]
        markup = sum(1 for ln in outside if _HTML_BLOCK_LINE.match(ln))
        return "html" if markup >= 0.5 * len(outside) else "markdown"
    if sum(1 for ln in lines if _HTML_BLOCK_LINE.match(ln)) >= max(3, 0.3 * len(lines)):
        return "html"
    marked = cell_lines.marked(lines)
    if marked == "rows":
        return "cell_lines"
    if marked == "unseparated" and bare_lines.looks_like(cell_lines.unmarked(text).splitlines()):
        return "bare_cell_lines"
    pipe_rows = [ln for ln in lines if markdown.is_pipe_row(ln)]
    tab_rows = sum(1 for ln in lines if _tab_row(ln))
    if len(pipe_rows) >= 2 and len(pipe_rows) >= tab_rows:
        leading = sum(1 for ln in pipe_rows if ln.lstrip().startswith("|"))
        return "markdown" if leading * 2 >= len(pipe_rows) else "pipe_lines"
    # A form written a cell a line keeps a tab or two where a line held two cells (the department
    # line before 单位：万元): a tab-separated table has a tab in each of its rows.
    if tab_rows and (tab_rows >= _FEW_TAB_ROWS or not bare_lines.looks_like(lines)):
        return "tsv"
    if bare_lines.looks_like(lines):
        return "bare_lines"
    if spaced.looks_like(lines):
        return "spaced"
    if glued.looks_like(text):
        return "glued"
    return "plain"


# A tab that makes no table row: a TOC entry's before its page (四、保障措施⇥2), a list number's
# before its item (1.⇥守牢…), as Word and WPS write them into plain text.
_TAB_PAGE = lazy_regex.compile(r"^\t*[^\t]+\t+\s*\d{1,4}\s*$")  # docx2txt keeps the entry's leading tab stop
_FEW_TAB_ROWS = 3
_TAB_MARKER = lazy_regex.compile(r"^\s*(?:[（(]?\d{1,2}[)）.．、]?|[（(]?[一二三四五六七八九十]{1,3}[)）、.．]|[①-⑳•·●])\t+[^\t]+$")


def _tab_row(line: str) -> bool:
    line = line.strip("\n")
    return "\t" in line and not _TAB_PAGE.match(line) and not _TAB_MARKER.match(line)


_READERS = {
    "html": html.read, "markdown": mixed.read, "pipe_lines": markdown.read, "tsv": tsv.read,
    "cell_lines": cell_lines.read, "bare_lines": bare_lines.read,
    "bare_cell_lines": lambda text: bare_lines.read(cell_lines.unmarked(text)), "spaced": spaced.read, "glued": glued.read, "plain": tsv.read,
}


def repair(text: str) -> tuple[str, list[str]]:
    """The text with escaped breaks and a traditional mirror undone; the repairs made."""
    done = []
    if escapes.has_escaped_breaks(text):
        text = escapes.unescape_breaks(text)
        done.append("escaped_breaks")
    if mirror.is_traditional(text):
        text = mirror.to_simplified(text)
        done.append("traditional_mirror")
    return text, done


def read_text(text: str, doubts: list[dict] | None = None) -> tuple[list[Block], str]:
    """The blocks and the rendering's name; a reader's unsettled readings go to ``doubts``."""
    rendering = sniff(text)
    blocks = glued.read(text, doubts) if rendering == "glued" else _READERS[rendering](text)
    # A captured page's navigation path and a sharing site's words round its preview are
    # furniture, not a title or a department.
    return [b for b in blocks if not (isinstance(b, Line) and (is_breadcrumb(b.text) or is_site_chrome(b.text)))], \
        rendering


def read(data: bytes, path: str) -> tuple[list[Block], dict]:
    unwrapped = []
    if mhtml.is_mhtml(data) and (page := mhtml.html_part(data)) is not None:
        data, charset = page  # a single-file web page: the page inside its MIME container
        unwrapped.append("mhtml")
        if charset:
            try:
                data = data.decode(charset).encode("utf-8")
            except (LookupError, UnicodeDecodeError):
                pass  # the charset the part declares is wrong: decode() guesses
    text, encoding = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # An Excel CSV export read as the tab-separated sheet it is (csv_rows.py): before the
    # repairs, which need to see no more than the cells' text.
    from_csv = csv_rows.looks_like(text)
    if from_csv:
        text = csv_rows.to_tab_separated(text)
    elif csv_rows.quoted_tab_separated(text):
        text = csv_rows.to_tab_separated(text, "\t")
    text, repairs = repair(text)
    repairs = unwrapped + repairs
    # A page-by-page rendering's running head opens every page: furniture, not a paragraph
    # of the page it cuts (a goal split by the break reads whole again).
    text = without_running_heads(text)
    doubts: list[dict] = []
    blocks, rendering = read_text(text, doubts)
    if from_csv and rendering == "tsv":
        rendering = "csv"
    source = {"format": "text", "rendering": rendering, "encoding": encoding, "pages": None}
    if repairs:
        source["repairs"] = repairs
    if doubts:
        source["doubts"] = doubts
    return blocks, source
