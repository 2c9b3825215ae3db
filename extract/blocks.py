"""The shape in the middle: what every reader emits and the interpreter reads.

Readers know formats and nothing about budgets; the interpreter knows the genre
and nothing about formats.  Between them is a flat list of blocks:

* ``Line``  -- one line (or one PDF text line) outside any table;
* ``Table`` -- a grid of ``Cell`` rows, already expanded so that every row has
  one slot per grid column.  A slot covered by a merged (row- or col-spanning)
  cell holds ``None``; a blank cell holds ``Cell("")``.  The interpreter treats
  both as "inherit / nothing here", so HTML rowspans, PDF merged cells and the
  blank cells of a tab rendering all look alike.

Page furniture (running headers, ``- 5 -`` footers) is dropped by the reader.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.extract.textclean import clean


@dataclass(frozen=True, slots=True)
class Where:
    """Provenance of a block or cell: a PDF page and box, a text line, or a place
    in a Word or Excel file (which have neither pages nor lines of their own)."""

    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom in PDF points
    line: int | None = None  # 1-based line in the decoded text
    # Word: the 1-based body paragraph, or the 1-based table with its row and grid
    # column; Excel: the sheet's name with the row and column as Excel numbers them.
    paragraph: int | None = None
    table: int | None = None
    sheet: str | None = None
    row: int | None = None
    cell: int | None = None

    def to_dict(self) -> dict:
        if self.page is not None:
            out: dict = {"page": self.page}
            if self.bbox is not None:
                out["bbox"] = [round(v, 1) for v in self.bbox]
            return out
        if self.line is not None:
            return {"line": self.line}
        out = {}
        for key in ("paragraph", "sheet", "table", "row", "cell"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


NOWHERE = Where()


@dataclass(slots=True)
class Line:
    text: str
    where: Where = NOWHERE
    # Paragraph boundaries matter for the narrative sections: a reader sets this
    # when the source shows a break (blank line, <p>, a PDF vertical gap).
    para_break_before: bool = False
    # A page break between this line and the previous one (PDF page, form feed).
    page_break_before: bool = False


@dataclass(slots=True)
class Cell:
    text: str
    where: Where = NOWHERE
    rowspan: int = 1
    colspan: int = 1
    # Separate paragraphs inside one cell (<p>, <br>, Markdown <br>): kept so that
    # a goal list held in <p> tags still splits on its items.
    parts: tuple[str, ...] = ()
    # Recognition confidence (0..1) where the text came from OCR; None for a text layer.
    confidence: float | None = None


@dataclass(slots=True)
class Table:
    rows: list[list[Cell | None]]
    where: Where = NOWHERE
    # The reader saw a page break right before this table (PDF: the table starts
    # at the top of a new page).  Used to stitch continued tables.
    page_break_before: bool = False
    row_where: list[Where] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


Block = Line | Table


def rewrite_texts(blocks: list[Block], rewrite) -> list[Block]:
    """The blocks with ``rewrite`` applied to every line's and cell's text and a cell's parts,
    in place (one walk for every reader-wide repair); a line or part it leaves blank goes."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Line):
            text = rewrite(b.text)
            if text is not b.text:
                if not text.strip():
                    continue
                b.text = text
        else:
            for row in b.rows:
                for cell in row:
                    if cell is None:
                        continue
                    cell.text = rewrite(cell.text)
                    if cell.parts:
                        parts = [(p, rewrite(p)) for p in cell.parts]
                        cell.parts = tuple(new for old, new in parts if new is old or new.strip())
        out.append(b)
    return out


def min_confidence(cells) -> float | None:
    """The lowest OCR confidence among ``cells`` (None slots skipped); None without OCR."""
    scores = [c.confidence for c in cells if c is not None and c.confidence is not None]
    return min(scores) if scores else None


def expand_spans(rows: list[list[Cell]]) -> list[list[Cell | None]]:
    """Lay cells carrying rowspan/colspan onto a rectangular grid.

    The anchor cell keeps its text; the slots it covers get ``None``.
    """
    grid: list[list[Cell | None]] = []
    pending: dict[tuple[int, int], bool] = {}  # (row, col) slots already covered
    for r, row in enumerate(rows):
        out: list[Cell | None] = []
        c = 0
        for cell in row:
            while pending.pop((r, c), False):
                out.append(None)
                c += 1
            out.append(cell)
            for dr in range(max(cell.rowspan, 1)):
                for dc in range(max(cell.colspan, 1)):
                    if dr or dc:
                        if dr == 0:
                            out.append(None)
                        else:
                            pending[(r + dr, c + dc)] = True
            c += max(cell.colspan, 1)
        while pending.pop((r, c), False):
            out.append(None)
            c += 1
        grid.append(out)
    width = max((len(r) for r in grid), default=0)
    for row in grid:
        row.extend([None] * (width - len(row)))
    return grid


# One table row as the interpreter reads it, with the table it came from.
@dataclass
class Row:
    cells: list[Cell | None]
    where: Where
    table: int  # index of the table this row came from, within the project
    first_in_table: bool
    after_page_break: bool

    def text(self, i: int) -> str | None:
        """Cleaned text of column i; None where a merged cell covers it."""
        if i >= len(self.cells):
            return ""
        cell = self.cells[i]
        return None if cell is None else clean(cell.text)

    def texts(self) -> list[str | None]:
        return [self.text(i) for i in range(len(self.cells))]

    def filled(self) -> list[int]:
        return [i for i, c in enumerate(self.cells) if c is not None and c.text.strip()]
