"""A form laid out with CSS grid: ``<div>`` cells placed by the browser, no table markup.

Some portals' CMSs print the 绩效目标表 as a ``display:grid`` container of ``<div>``
cells: the container's ``grid-template-columns`` gives the number of columns, a
merged cell is only ``grid-row: span N`` / ``grid-column: span N``, and where a
cell goes follows from CSS auto-placement (row-major, each cell at the first
place at or after the last one where its whole area is free; CSS Grid §8.5,
"sparse" packing). Placed that way, the cells make the same grid a ``<table>``
with rowspan/colspan would, and the interpreter reads it as one.

Only what such pages use is understood: the container's and the cells' own
``style`` attribute, and rules of the page's ``<style>`` whose selector ends in
a class (``.form-grid``, ``.form-grid .cell``, ``div.cell``); explicit line
numbers (``grid-column: 2 / 4``, ``grid-row: 3``) as well as spans.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from jixiao.extract.blocks import Cell, Table, Where
from jixiao.normalize import lazy_regex

MAX_TRACKS = 64  # a form has a dozen columns; more is not a form's grid
MAX_SPAN = 1000

_RULE = lazy_regex.compile(r"([^{}]+)\{([^{}]*)\}")
_COMMENT = lazy_regex.compile(r"/\*.*?\*/", regex.S)
_LAST_CLASSES = lazy_regex.compile(r"(?:^|[\s>+~])[a-z0-9*]*((?:\.[\w-]+)+)(?::[\w-]+)?\s*$", regex.I)
_REPEAT = lazy_regex.compile(r"repeat\(\s*(\d+)\s*,([^()]*(?:\([^()]*\)[^()]*)*)\)", regex.I)
_TRACK = lazy_regex.compile(r"(?:minmax|fit-content)\([^()]*\)|[^\s()]+", regex.I)


def declarations(style: str | None) -> dict[str, str]:
    """``display:grid; grid-row:span 3`` → {"display": "grid", "grid-row": "span 3"}."""
    out: dict[str, str] = {}
    for part in (style or "").split(";"):
        name, sep, value = part.partition(":")
        if sep:
            out[name.strip().lower()] = value.replace("!important", "").strip().lower()
    return out


def class_rules(css: str) -> list[tuple[frozenset[str], dict[str, str]]]:
    """The style sheet's grid declarations, each with the classes its selector's last part
    names (``.cell.l`` → {cell, l}), in sheet order."""
    rules: list[tuple[frozenset[str], dict[str, str]]] = []
    for selectors, body in _RULE.findall(_COMMENT.sub("", css)):
        decls = {k: v for k, v in declarations(body).items() if k.startswith(("display", "grid"))}
        if not decls:
            continue
        for selector in selectors.split(","):
            m = _LAST_CLASSES.search(selector.strip())
            if m:
                rules.append((frozenset(m.group(1).strip(".").split(".")), decls))
    return rules


def style_of(attrs: dict, rules: list[tuple[frozenset[str], dict[str, str]]]) -> dict[str, str]:
    """An element's grid properties: the rules its classes match, later ones winning (as
    between rules of one specificity), then its own style attribute."""
    out: dict[str, str] = {}
    classes = set((attrs.get("class") or "").split())
    if classes:
        for names, decls in rules:
            if names <= classes:
                out.update(decls)
    out.update(declarations(attrs.get("style")))
    return out


def columns(style: dict[str, str]) -> int | None:
    """The number of columns of a grid container, None if ``style`` is not one."""
    if style.get("display") not in ("grid", "inline-grid"):
        return None
    template = style.get("grid-template-columns") or ""
    template = _REPEAT.sub(lambda m: " ".join([m.group(2).strip()] * min(int(m.group(1)), MAX_TRACKS)), template)
    tracks = [t for t in _TRACK.findall(template) if not t.startswith("[")]
    return len(tracks) if 0 < len(tracks) <= MAX_TRACKS else None


def _line(value: str, count: int) -> tuple[int | None, int]:
    """``grid-row``/``grid-column`` → (0-based start or None for auto, span)."""
    start_s, _, end_s = value.partition("/")
    start_s, end_s = start_s.strip(), end_s.strip()
    span, start = 1, None
    if m := regex.fullmatch(r"span\s+(\d+)", start_s):
        span = int(m.group(1))
    elif regex.fullmatch(r"-?\d+", start_s):
        start = _index(int(start_s), count)
    if m := regex.fullmatch(r"span\s+(\d+)", end_s):
        span = int(m.group(1))
    elif regex.fullmatch(r"-?\d+", end_s) and start is not None:
        end = _index(int(end_s), count)
        span = max(end - start, 1) if end is not None else 1
    return start, max(1, min(span, MAX_SPAN))


def _index(line: int, count: int) -> int | None:
    """A grid line number (1-based; negative from the end of ``count`` lines) as a 0-based
    track index; None where it cannot be told (a negative row line: the rows are not known)."""
    if line > 0:
        return line - 1
    return count + line if line < 0 and count + line >= 0 else None


@dataclass
class Item:
    cell: Cell
    style: dict[str, str]


@dataclass
class Grid:
    """A grid container being read: its column count and its items in DOM order."""
    width: int
    line: int
    items: list[Item] = field(default_factory=list)
    # Open elements from the container down: [container, cell, …]; an end tag closes up to
    # its own element, as a browser closes what an unbalanced page left open.
    open: list[str] = field(default_factory=list)

    def table(self) -> Table | None:
        placed = place(self.items, self.width)
        if not placed:
            return None
        height = max(r + cell.rowspan for r, _, cell in placed)
        rows: list[list[Cell | None]] = [[None] * self.width for _ in range(height)]
        for r, c, cell in placed:
            rows[r][c] = cell
        rows = [row for row in rows if any(row)] or rows
        return Table(rows, Where(line=self.line), False,
                     [next((c.where for c in row if c is not None), Where(line=self.line)) for row in rows])


def place(items: list[Item], width: int) -> list[tuple[int, int, Cell]]:
    """Each item's (row, column) by CSS grid placement: items with a fixed row and column
    first, then the rest in DOM order with the sparse auto-placement cursor."""
    taken: set[tuple[int, int]] = set()
    out: list[tuple[int, int, Cell]] = []

    def free(r: int, c: int, rs: int, cs: int) -> bool:
        return c + cs <= width and all((r + i, c + j) not in taken for i in range(rs) for j in range(cs))

    def take(r: int, c: int, item: Item, rs: int, cs: int) -> None:
        taken.update((r + i, c + j) for i in range(rs) for j in range(cs))
        item.cell.rowspan, item.cell.colspan = rs, cs
        out.append((r, c, item.cell))

    spans = []
    for item in items:
        row, rs = _line(item.style.get("grid-row", ""), 0)
        col, cs = _line(item.style.get("grid-column", ""), width + 1)
        cs = min(cs, width)
        if col is not None and col + cs > width:
            col = None
        spans.append((row, rs, col, cs))
    for item, (row, rs, col, cs) in zip(items, spans):
        if row is not None and col is not None:
            take(row, col, item, rs, cs)
    cursor_r, cursor_c = 0, 0
    for item, (row, rs, col, cs) in zip(items, spans):
        if row is not None and col is not None:
            continue
        if row is not None:  # locked to a row: the first columns free there
            c = next((c for c in range(width - cs + 1) if free(row, c, rs, cs)), 0)
            take(row, c, item, rs, cs)
            continue
        r, c = cursor_r, cursor_c
        while True:
            if col is not None:
                if c > col:
                    r, c = r + 1, 0
                c = col
                if free(r, c, rs, cs):
                    break
                r, c = r + 1, 0
                continue
            if c + cs > width:
                r, c = r + 1, 0
                continue
            if free(r, c, rs, cs):
                break
            c += 1
        take(r, c, item, rs, cs)
        cursor_r, cursor_c = r, c + cs
    out.sort(key=lambda t: (t[0], t[1]))
    return out
