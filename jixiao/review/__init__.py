"""See where every extracted number came from.

``review_html(path)`` returns one self-contained HTML page: each project's PDF
page(s) with every indicator row outlined (rows with issues in red, cells that
OCR read with low confidence in amber on scanned pages), the text draft's tables as
the reader saw them (aligned, every extracted row outlined), or a Word/Excel draft's
own tables, beside the extracted table.
``annotate_pdf(path, out)`` writes the PDF with the issue spots drawn on it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jixiao.extract.record import Record

__all__ = ["review_html", "annotate_pdf"]


def review_html(path: str, record: Record | dict | None = None) -> str:
    """The page of the draft at ``path``; ``record`` (typed, or its JSON form as an archive
    stores it) saves extracting it again."""
    from jixiao.review import html_page

    record = _data(path, record)
    if record.source.format in ("pdf", "image"):
        from jixiao.review.page_images import render_image_pages, render_pages
        from jixiao.review.row_boxes import project_pages

        pages = [n for p in record.projects for n in project_pages(p)]
        render = render_pages if record.source.format == "pdf" else render_image_pages
        return html_page.build(record, images=render(path, pages))
    if record.source.format in ("docx", "xlsx", "doc", "xls", "odt", "ods"):
        from jixiao.review.source_tables import read_tables

        return html_page.build(record, tables=read_tables(path))
    from jixiao.review.source_lines import read_blocks, read_lines

    return html_page.build(record, lines=read_lines(path), blocks=read_blocks(path))


def annotate_pdf(path: str, out_path: str, record: Record | dict | None = None) -> int:
    """Write ``out_path``; return how many issue boxes were drawn."""
    from jixiao.review.annotate import draw_issue_boxes

    return draw_issue_boxes(path, out_path, _data(path, record))


def _data(path: str, record: Record | dict | None) -> Record:
    """The typed record: as given, decoded from its JSON form (as an archive stores it), or
    extracted from ``path`` (also where a stored record of an older jixiao no longer decodes)."""
    import msgspec

    from jixiao.extract import extract_file
    from jixiao.extract.record import from_data

    if isinstance(record, dict):
        try:
            return from_data(record)
        except msgspec.ValidationError:
            record = None
    return record if record is not None else extract_file(path)
