"""Text turned a quarter counter-clockwise in a cell reads from the bottom up.

A tall label cell printed sideways (Excel's text rotated 90°, Word's btLr direction,
LibreOffice's export of either) draws 产出指标 going up the page: 产 lowest. pdfplumber
orders a cell's glyphs top to bottom, and the cell would read 标指出产. Where every glyph
of a cell is turned that way (matrix b > 0, not upright), the cell is read as printed:
its columns of glyphs left to right, each from the bottom up. Text turned clockwise
(tbRl, 270°) reads top to bottom already.
"""
from __future__ import annotations


def _up(char: dict) -> bool:
    matrix = char.get("matrix") or (1, 0, 0, 1, 0, 0)
    return not char.get("upright", True) and matrix[1] > 0 and abs(matrix[0]) < abs(matrix[1])


def turned_chars(chars: list[dict]) -> list[dict]:
    """The page's glyphs turned counter-clockwise (none on most pages)."""
    return [c for c in chars if not c["text"].isspace() and _up(c)]


def cell_text(chars: list[dict], turned: list[dict], bbox) -> str | None:
    """The cell's text read upward, where all its glyphs are turned; else None."""
    x0, top, x1, bottom = bbox

    def inside(c: dict) -> bool:
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        return x0 <= cx <= x1 and top <= cy <= bottom

    mine = [c for c in turned if inside(c)]
    if not mine or any(inside(c) and not c["text"].isspace() and not _up(c) for c in chars):
        return None
    columns: list[list[dict]] = []
    for c in sorted(mine, key=lambda c: c["x0"]):
        if columns and c["x0"] - columns[-1][-1]["x0"] < 0.5 * (c["x1"] - c["x0"]):
            columns[-1].append(c)
        else:
            columns.append([c])
    return "".join("".join(c["text"] for c in sorted(col, key=lambda c: -c["bottom"])) for col in columns)
