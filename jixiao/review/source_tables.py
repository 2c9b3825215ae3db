"""A Word or Excel draft's own tables, drawn again as HTML with the extracted rows outlined.

A .docx or .xlsx has no page images and no numbered lines: what the reviewer
knows is its tables.  The reader's blocks are laid out again (anchor cells
with their rowspan/colspan, covered slots left out), and every source row
that became an indicator is outlined and carries an id
(``p{project}-i{indicator}-src``) the extracted table links to; rows with
issues are red.  A table that holds only one project (a Word table, a sheet
per project) is shown whole; a one-table export shows each project its rows.
"""
from __future__ import annotations

import html

from jixiao.extract.blocks import Table
from jixiao.extract.record import UNSET, Record


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def row_key(where) -> tuple | None:
    """The source row a record entry (a project or indicator, or a block's ``Where``) points at."""
    def get(key):
        value = getattr(where, key, None)
        return None if value is UNSET else value

    if get("row") is None:
        return None
    if get("table") is not None:
        return ("table", get("table"), get("row"))
    if get("sheet") is not None:
        return ("sheet", get("sheet"), get("row"))
    return None


def read_tables(path: str) -> list[Table]:
    from jixiao.extract import office

    with open(path, "rb") as fh:
        data = fh.read()
    blocks, _ = office.read(data, path)
    return [b for b in blocks if isinstance(b, Table)]


def project_tables(record: Record, tables: list[Table]) -> dict[int, str]:
    """``{project seq: html}`` of the source tables each project was read from."""
    owner: dict[tuple, tuple[int, int | None]] = {}
    for p in record.projects:
        key = row_key(p)
        if key:
            owner.setdefault(key, (p.seq, None))
        for ind in p.indicators:
            key = row_key(ind)
            if key:
                owner[key] = (p.seq, ind.seq)
    flagged = {(i.project, i.indicator) for i in record.issues if i.project is not None}
    out: dict[int, list[str]] = {}
    for t in tables:
        keys = [row_key(w) for w in t.row_where]
        seqs = {owner[k][0] for k in keys if k in owner}
        for seq in sorted(seqs):
            rows = range(len(t.rows))
            if len(seqs) > 1:  # one table of every project: this project's rows only
                mine = [r for r, k in enumerate(keys) if k in owner and owner[k][0] == seq]
                rows = range(mine[0], mine[-1] + 1)
            out.setdefault(seq, []).append(_table_html(t, rows, keys, owner, flagged))
    return {seq: "".join(parts) for seq, parts in out.items()}


def _table_html(t: Table, rows: range, keys: list, owner: dict, flagged: set) -> str:
    label = f"sheet {t.where.sheet}" if t.where.sheet is not None else f"table {t.where.table}"
    out = [f'<table class="source"><caption class="muted">{_esc(label)}</caption>']
    for r in rows:
        who = owner.get(keys[r]) if keys[r] else None
        attrs = ""
        if who and who[1] is not None:
            bad = who in flagged
            attrs = f' id="p{who[0]}-i{who[1]}-src" class="ind{" bad" if bad else ""}"'
        cells = []
        for cell in t.rows[r]:
            if cell is None:
                continue
            span = ""
            if cell.rowspan > 1:
                span += f' rowspan="{min(cell.rowspan, rows.stop - r)}"'
            if cell.colspan > 1:
                span += f' colspan="{cell.colspan}"'
            text = "<br>".join(_esc(p) for p in cell.parts) if cell.parts else _esc(cell.text)
            cells.append(f"<td{span}>{text}</td>")
        out.append(f"<tr{attrs}>{''.join(cells)}</tr>")
    out.append("</table>")
    return "".join(out)
