"""Read a born-digital PDF into blocks: ruled tables as grids, the rest as lines.

One pass over the pages does the expensive work (layout, table finding, text);
a second, cheap pass over the collected lines decides furniture and paragraph
starts, which need the whole document (running headers, the body margin).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.extract.blocks import Block, Table
from jixiao.extract.errors import DraftError
from jixiao.extract.limits import DEFAULT as DEFAULT_LIMITS, Limits, check_document_streams, check_pages
from jixiao.extract.pdf import borderless, columns, forms, furniture, overprint, pictured, rotation, seal, watermark
from jixiao.extract.pdf.grid import TABLE_SETTINGS, cell_count, table_block
from jixiao.extract.pdf.lines import RawLine, body_left, raw_lines, starts_paragraph, to_line, typical_gap
from jixiao.extract.pdf.opening import open_pdf, pdf_failure
from jixiao.extract.pdf.searchable import SearchableScans, drawn_text
from jixiao.extract.pdf.textlayer import TextLayerReport


@dataclass(slots=True)
class PageContent:
    number: int
    height: float
    lines: list[RawLine] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    gutter: float | None = None  # x between two forms side by side (columns.py)
    pictures: list = field(default_factory=list)  # bare pictures among the text, for OCR (pictured.py)


def _inside_any(boxes):
    def keep(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx = (obj["x0"] + obj["x1"]) / 2
        cy = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and t <= cy <= b for x0, t, x1, b in boxes)

    return keep


def _read_page(page, number: int, tables_backend, carried=None) -> tuple[PageContent, object]:
    """The page's lines and tables, and the header of a form printed without ruling lines
    still open at its end (``borderless``), for the next page."""
    content = PageContent(number, float(page.height))
    if tables_backend is None:
        found = [t for t in page.find_tables(TABLE_SETTINGS) if cell_count(t) >= 2]
        content.tables = [table_block(t, number, page.chars) for t in found]
        if not content.tables:
            content.tables, carried = borderless.tables(page, number, carried)
        else:
            carried = None
    else:
        content.tables = tables_backend(number)
    boxes = [t.where.bbox for t in content.tables]
    text_page = page.filter(_inside_any(boxes)) if boxes else page
    content.lines = raw_lines(text_page)
    at = columns.gutter(content.tables) if tables_backend is None else None
    if at is not None:
        _in_columns(content, text_page, at)
    return content, carried


def _in_columns(content: PageContent, text_page, at: float) -> None:
    """Two forms side by side: the lines cut at the gutter, each line given its column."""
    width, height = float(text_page.width), float(text_page.height)
    halves = {1: raw_lines(text_page.crop((0, 0, at, height), strict=False)),
              2: raw_lines(text_page.crop((at, 0, width, height), strict=False))}
    whole = [l for l in content.lines
             if columns.side((l.x0, l.top, l.x1, l.bottom), at) == 0
             and columns.crosses_without_gap(text_page.chars, l.top, l.bottom, at)]
    lines = list(whole)
    for column, found in halves.items():
        for l in found:
            if not any(abs(l.top - w.top) < 0.5 * w.height for w in whole):
                l.column = column
                lines.append(l)
    content.lines, content.gutter = lines, at


def _walk(path: str, pdf, tables: str, ocr: str = "never") -> tuple[list[PageContent], TextLayerReport, list[int]]:
    """Read the text-layer pages; return them, the report, and the pages left for OCR."""
    report = TextLayerReport(path)
    backend = None
    if tables == "camelot":
        from jixiao.extract.pdf.camelot_tables import CamelotTables

        backend = CamelotTables(path, pdf)
    elif tables != "pdfplumber":
        raise ValueError(f"unknown table backend {tables!r} (pdfplumber or camelot)")
    searchable = SearchableScans(path) if ocr == "auto" else None
    try:
        return _walk_pages(pdf, backend, ocr, report, searchable)
    finally:
        if searchable is not None:
            searchable.close()


def _walk_pages(pdf, backend, ocr: str, report: TextLayerReport, searchable) -> tuple[list[PageContent], TextLayerReport, list[int]]:
    pages = []
    scans: list[int] = []
    carried = None
    for number, page in enumerate(pdf.pages, start=1):
        if ocr == "always":
            scans.append(number)
            continue
        images = bool(page.images) or drawn_text(page)
        if not report.add_page(number, page.chars, images):
            if ocr == "auto" and report.unusable(number):
                scans.append(number)  # a picture without text, or text that cannot be read
            carried = None
            continue
        if images and searchable is not None and number in searchable:
            scans.append(number)  # a scan under an invisible OCR layer: read the picture
            carried = None
            continue
        page = overprint.without_second_strokes(watermark.without_slanted_text(seal.without_seals(rotation.upright(page))))
        content, carried = _read_page(page, number, backend, carried)
        if images and ocr == "auto":
            content.pictures = pictured.bare_pictures(page)
        pages.append(content)
        page.close()  # drop pdfplumber's per-page caches: memory stays flat on long files
    return pages, report, scans


def _assemble(pages: list[PageContent]) -> list[Block]:
    margin_texts = [
        [l.text for l in p.lines if furniture.in_margin(l.top, l.bottom, p.height)] for p in pages
    ]
    running = furniture.running_lines(margin_texts)
    for p in pages:
        p.lines = [l for l in p.lines if not furniture.is_furniture(l.text, l.top, l.bottom, p.height, running)]
    left = body_left([p.lines for p in pages])
    gap = typical_gap([p.lines for p in pages])

    blocks: list[Block] = []
    prev_line: RawLine | None = None
    for p in pages:
        # A page of forms side by side is read a column at a time (columns.py).
        items: list[tuple[int, float, int, object]] = [(l.column, l.top, 1, l) for l in p.lines]
        items += [(columns.side(t.where.bbox, p.gutter) if p.gutter is not None else 0, t.where.bbox[1], 0, t)
                  for t in p.tables]
        items.sort(key=lambda it: (it[0], it[1], it[2]))
        first = True
        for _, _, _, item in items:
            page_break = first and bool(blocks)
            if isinstance(item, Table):
                item.page_break_before = page_break
                blocks.append(item)
                prev_line = None  # text after a table starts afresh
            else:
                para = starts_paragraph(item, prev_line, left, gap, same_page=not first)
                blocks.append(to_line(item, p.number, para, page_break))
                prev_line = item
            first = False
    return blocks


# pdfium reads pages several times faster than pdfminer (extract/pdf/pdfium_page.py);
# pdfplumber's own reading stays as the reference and the fallback.
ENGINES = ("pdfium", "pdfplumber")
DEFAULT_ENGINE = "pdfium"


def read(
    path: str, *, tables: str = "pdfplumber", limits: Limits = DEFAULT_LIMITS, engine: str = DEFAULT_ENGINE,
    ocr: str = "auto", _with_forms: bool = True,
) -> tuple[list[Block], dict]:
    """Blocks of a PDF draft and the facts about its source.

    ``ocr``: ``auto`` reads pages without a usable text layer by OCR (when the
    ``ocr`` extra is installed), ``always`` every page, ``never`` none.

    Raises ``DraftError`` (codes ``encrypted``, ``corrupt``, ``scanned``,
    ``bad_text_layer``, ``empty``, ``too_large``, ``too_many_pages``,
    ``needs_ocr``) instead of letting pdfminer errors escape.
    """
    from jixiao.extract import ocr as ocr_support

    ocr_support.check_mode(ocr)
    if engine not in ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r} ({' or '.join(ENGINES)})")
    if _with_forms and (flat := forms.flattened(path)) is not None:
        return _read_flattened(path, flat, tables=tables, limits=limits, engine=engine, ocr=ocr)
    if engine == "pdfium" and tables == "pdfplumber":
        from jixiao.extract.pdf.pdfium_page import Unsupported, open_pdfium

        try:
            fast = open_pdfium(path, limits)
            if fast is not None:
                return _read_open(path, fast, tables, limits, ocr, passthrough=(Unsupported,))
        except Unsupported:
            pass  # read the way the reference engine does
    pdf = open_pdf(path)
    try:
        # On pdfplumber's own parse, before any page is read: parsing the file a
        # second time for this check cost as much as the check.
        check_document_streams(pdf.doc, path, limits)
    except DraftError:
        pdf.stream.close()
        raise
    return _read_open(path, pdf, tables, limits, ocr)


def _read_flattened(path: str, flat: bytes, **options) -> tuple[list[Block], dict]:
    """A fillable form read from a copy with its fields' values printed into the pages (forms.py)."""
    from jixiao.extract import scratch

    with scratch.copy_of(flat, ".pdf") as copy:
        try:
            blocks, source = read(copy, _with_forms=False, **options)
        except DraftError as err:  # name the draft, not our temporary copy
            raise DraftError(path, err.reason, code=err.code) from None
    forms.restore_lost_characters(blocks, forms.field_values(path))
    source.setdefault("warnings", []).append("a fillable form: its fields' values were read as they print")
    return blocks, source


def _read_open(path: str, pdf, tables: str, limits: Limits, ocr: str,
               passthrough: tuple = ()) -> tuple[list[Block], dict]:
    from jixiao.extract import ocr as ocr_support

    try:
        with pdf:
            n_pages = len(pdf.pages)
            check_pages(path, n_pages, limits)
            pages, report, scans = _walk(path, pdf, tables, ocr)
    except (DraftError, MemoryError, *passthrough):  # a MemoryError is the memory limit, not damage
        raise
    except Exception as exc:  # pdfminer raises dozens of types on damaged files
        raise pdf_failure(path, exc) from exc
    scanned: list = []
    coarse: list[str] = []
    # Forms pasted as pictures among a page's text: OCR reads the pictures' part (pictured.py).
    partly = [p for p in pages if p.pictures] if ocr_support.available() else []
    partly_read = _ocr(path, [p.number for p in partly], limits) if partly else []
    for content, page in zip(partly, partly_read):
        pictured.merge(content, page, content.pictures)
    if scans and (ocr == "always" or ocr_support.available()):
        if ocr == "always":
            ocr_support.require(path, "--ocr always")
        else:
            scans, coarse = _fine_enough(path, scans)
            if coarse and not scans and not pages:
                raise DraftError(path, f"{coarse[0]}, too coarse to read by OCR", code="scanned")
        scanned = _ocr(path, scans, limits) if scans else []
    warnings = report.verdict(recovered={p.number for p in scanned}, ocr=ocr)
    warnings += [f"{c}, too coarse to read by OCR; skipped" for c in coarse]
    source = {"format": "pdf", "rendering": "pdf", "pages": n_pages}
    if warnings:
        source["warnings"] = warnings
    if scanned or partly_read:
        from jixiao.extract.ocr.scans import issues, page_contents

        pages = sorted(pages + page_contents(scanned), key=lambda p: p.number)
        found = issues(scanned) + pictured.issues_within(issues(partly_read), {p.number: p.pictures for p in partly})
        source.update({"ocr": True, "ocr_pages": sorted(p.number for p in scanned + partly_read), "issues": found})
    if tables != "pdfplumber":
        source["tables"] = tables
    return _assemble(pages), source


def _fine_enough(path: str, numbers: list[int]) -> tuple[list[int], list[str]]:
    """Pages whose pictures have the resolution to be read, and what the others are."""
    from jixiao.extract.ocr.raster import MIN_SCAN_DPI, scan_resolution

    fine, coarse = [], []
    for n in numbers:
        dpi = scan_resolution(path, n)
        if dpi is not None and dpi < MIN_SCAN_DPI:
            coarse.append(f"page {n} is a scan of {dpi:.0f} dpi")
        else:
            fine.append(n)
    return fine, coarse


def _ocr(path: str, numbers: list[int], limits: Limits):
    from jixiao.extract.ocr.pages import PdfPage, read_pages

    return read_pages([PdfPage(path, n) for n in numbers], path, getattr(limits, "ocr_page_seconds", None))
