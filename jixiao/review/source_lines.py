"""A text draft's lines, numbered as the text reader numbers them."""
from __future__ import annotations

from jixiao.extract.record import Record


def read_lines(path: str) -> list[str]:
    from jixiao.extract.text.decode import decode

    with open(path, "rb") as fh:
        data = fh.read()
    text, _ = decode(data, path)
    # The same newline folding as extract.text.read, so line numbers agree.
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return text.splitlines()


def project_line_ranges(record: Record, n_lines: int) -> dict[int, tuple[int, int]]:
    """``{project seq: (first line, last line)}``, 1-based and inclusive."""
    projects = [p for p in record.projects if p.line]
    out = {}
    for k, p in enumerate(projects):
        rows = [i.line for i in p.indicators if i.line]
        end = projects[k + 1].line - 1 if k + 1 < len(projects) else max(rows + [p.line]) + 1
        out[p.seq] = (p.line, min(max(end, p.line), n_lines))
    return out
