"""What the review page shows of a record, taken from the record in this one place.

The template (``jixiao/templates/review.html.j2``) reads only these objects, never
the record: it holds the markup, this module the data, and every string reaches
the page through the template's autoescape.  A change in how records are read
touches this module alone.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from jixiao.extract.blocks import Block, Table, Where
from jixiao.extract.record import Issue, Record, known
from jixiao.extract.record import Indicator as RecordIndicator
from jixiao.extract.record import Project as RecordProject
from jixiao.review.page_images import PageImage
from jixiao.review.row_boxes import indicator_boxes, project_pages
from jixiao.review.source_tables import Grid, TextSource, office_grids, row_key, text_source


@dataclass(frozen=True)
class IssueItem:
    severity: str
    target: str  # the id on the page the issue links to
    code: str | None
    spot: str  # "page 7", "line 250" or ""
    message: str | None


@dataclass(frozen=True)
class Box:
    """An outline over a page image, in CSS pixels."""

    cls: str
    href: str
    ident: str
    tip: str
    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class Page:
    number: int
    image: PageImage
    boxes: list[Box]


@dataclass(frozen=True)
class TypedValue:
    """The value as jixiao reads it: comparator, number(s), unit (an inferred unit shown apart)."""

    comparator: str
    reference: str | None  # a value that names a reference instead of a number
    number: str | None
    unit: str | None
    unit_inferred: str | None


@dataclass(frozen=True)
class Badge:
    severity: str | None
    code: str | None
    message: str | None


@dataclass(frozen=True)
class IndicatorRow:
    ident: str
    seq: int
    target: str
    where: str
    bad: bool
    level1: str | None
    level2: str | None
    level3: str | None
    value_raw: str | None
    value: TypedValue | None  # None: no value read
    kind: str | None
    basis: str | None
    badges: list[Badge]


@dataclass(frozen=True)
class Project:
    seq: int
    title: str | None
    code: str | None
    name: str | None
    budget: tuple[str, str, str]  # total, fiscal, other, as printed numbers or "—"
    unit: str | None
    plan: str
    issues: list[IssueItem]
    indicators: list[IndicatorRow]
    # One of: pages (a PDF or scan), grids (a Word or Excel draft's tables),
    # text (a text draft's blocks), lines (a text draft's raw lines); none: nothing to show.
    pages: list[Page] | None = None
    grids: list[Grid] | None = None
    text: TextSource | None = None
    lines: list[tuple[int, bool, str]] | None = None


@dataclass(frozen=True)
class TocEntry:
    part: str | None
    title: str | None
    page: int | str | None


@dataclass(frozen=True)
class ReviewPage:
    title: str
    heading: tuple[str | None, str | None]  # document title, department
    path: str | None
    format: str | None
    pages: int | str | None
    sha: str
    toc: list[TocEntry]
    issues: list[IssueItem]
    projects: list[Project] = field(default_factory=list)


def review_page(record: Record, *, images: dict[int, PageImage] | None = None, lines: list[str] | None = None,
                blocks: list[Block] | None = None, tables: list[Table] | None = None) -> ReviewPage:
    """The page's data.  A PDF or scan passes its page ``images``; a Word or Excel draft its
    ``tables``; a text draft its ``lines`` and, to show its tables aligned, the reader's ``blocks``."""
    doc, src = record.document, record.source
    is_pdf = images is not None
    line_ranges = project_line_ranges(record, len(lines)) if lines is not None else {}
    flagged = _flagged(record)
    low = _ocr_low(record)
    grids = office_grids(tables, _row_owners(record), {k for k in flagged if k[1] is not None}) if tables is not None else None
    projects = []
    for p in record.projects:
        q = p.seq
        source: dict = {}
        if images is not None:
            source["pages"] = _pages(p, images, flagged, low)
        elif grids is not None:
            source["grids"] = grids.get(q) or []
        elif line_ranges.get(q) and blocks is not None:
            indicator_lines = {i.line for i in p.indicators if i.line}
            source["text"] = text_source(blocks, line_ranges[q], indicator_lines, _bad_lines(p, record))
        elif line_ranges.get(q):
            source["lines"] = _lines(p, lines or [], line_ranges[q], record)
        projects.append(Project(
            seq=q, title=p.title, code=p.code, name=p.name,
            budget=(_num(p.budget_total), _num(p.budget_fiscal), _num(p.budget_other)),
            unit=p.unit,
            plan=", ".join(f"{s.month}月底 {s.pct:g}%" for s in p.spending_plan or [] if s.pct is not None),
            issues=[_issue_item(i, f"p{q}") for i in flagged.get((q, None), [])],
            indicators=[_indicator_row(q, ind, flagged.get((q, ind.seq), [])) for ind in p.indicators],
            **source))
    return ReviewPage(
        title=str(doc.title or src.path or ""),
        heading=(doc.title, doc.department),
        path=src.path, format=src.format, pages=src.pages,
        sha=(src.sha256 or "")[:12],
        toc=[TocEntry(t.part, t.title, t.page) for t in record.toc or []],
        issues=[_issue_item(i, _issue_target(i, is_pdf, line_ranges)) for i in record.issues],
        projects=projects)


def project_line_ranges(record: Record, n_lines: int) -> dict[int, tuple[int, int]]:
    """``{project seq: (first line, last line)}`` of a text draft, 1-based and inclusive."""
    projects = [p for p in record.projects if p.line]
    out = {}
    for k, p in enumerate(projects):
        rows = [i.line for i in p.indicators if i.line]
        end = projects[k + 1].line - 1 if k + 1 < len(projects) else max(rows + [p.line]) + 1
        out[p.seq] = (p.line, min(max(end, p.line), n_lines))
    return out


def _row_owners(record: Record) -> dict[tuple, tuple[int, int | None]]:
    """A Word or Excel source row -> the (project, indicator) read from it; indicator None: the project's row."""
    owner: dict[tuple, tuple[int, int | None]] = {}
    for p in record.projects:
        key = row_key(_where(p))
        if key:
            owner.setdefault(key, (p.seq, None))
        for ind in p.indicators:
            key = row_key(_where(ind))
            if key:
                owner[key] = (p.seq, ind.seq)
    return owner


def _where(entry) -> Where:
    return Where(table=known(entry.table), sheet=known(entry.sheet), row=known(entry.row))


def _bad_lines(p: RecordProject, record: Record) -> set[int]:
    return {i.line for i in record.issues if i.project == p.seq and i.line}


def _flagged(record: Record) -> dict[tuple, list[Issue]]:
    """Issues by (project, indicator) and by (project, None)."""
    out: dict[tuple, list[Issue]] = defaultdict(list)
    for i in record.issues:
        if i.project is not None:
            out[(i.project, i.indicator)].append(i)
    return out


def _issue_target(issue: Issue, is_pdf: bool, line_ranges: dict) -> str:
    p, n = issue.project, issue.indicator
    if p is None:
        return "toc"
    if not is_pdf and issue.line and any(a <= issue.line <= b for a, b in line_ranges.values()):
        return f"L{issue.line}"
    if n is not None:
        if known(issue.row) is not None:  # a Word or Excel source row
            return f"p{p}-i{n}-src"
        return f"p{p}-i{n}-box" if is_pdf else f"p{p}-i{n}"
    return f"p{p}-title" if is_pdf else f"p{p}"


def _issue_item(issue: Issue, target: str) -> IssueItem:
    spot = f"page {issue.page}" if issue.page else (f"line {issue.line}" if issue.line else "")
    return IssueItem(issue.severity or "info", target, issue.code, spot, issue.message)


def _num(v) -> str:
    return "—" if v is None else f"{v:g}"


def _indicator_row(q: int, ind: RecordIndicator, issues: list[Issue]) -> IndicatorRow:
    n = ind.seq
    where = f"page {ind.page}" if ind.page else (f"line {ind.line}" if ind.line else _cell_spot(ind))
    target = (f"p{q}-i{n}-box" if ind.bbox else f"L{ind.line}" if ind.line else
              f"p{q}-i{n}-src" if ind.row else f"p{q}-i{n}")
    return IndicatorRow(
        ident=f"p{q}-i{n}", seq=n, target=target, where=where, bad=bool(issues),
        level1=ind.level1, level2=ind.level2, level3=ind.level3, value_raw=ind.value_raw,
        value=_typed_value(ind), kind=ind.kind, basis=ind.basis,
        badges=[Badge(i.severity, i.code, i.message) for i in issues])


def _cell_spot(ind: RecordIndicator) -> str:
    if known(ind.row) is None:
        return ""
    return (f"sheet {ind.sheet} row {ind.row}" if known(ind.sheet) is not None
            else f"table {ind.table} row {ind.row}")


def _typed_value(ind: RecordIndicator) -> TypedValue | None:
    comparator = ind.comparator or ""
    if ind.kind == "reference":
        return TypedValue(comparator, str(ind.reference or ""), None, None, None)
    if ind.value is None:
        return None
    number = f"{ind.value:g}" + (f"–{ind.value_max:g}" if ind.value_max is not None else "")
    return TypedValue(comparator, None, number, ind.unit or None,
                      None if ind.unit else ind.unit_inferred or None)


def _pages(p: RecordProject, images: dict[int, PageImage], flagged: dict, ocr_low: list[Issue]) -> list[Page]:
    q = p.seq
    boxes = indicator_boxes(p)
    out = []
    for number in project_pages(p):
        img = images.get(number)
        if img is None:
            continue
        drawn = []
        if p.page == number and p.bbox and flagged.get((q, None)):
            tip = "; ".join(i.message for i in flagged[(q, None)])
            drawn.append(_box("title-box", f"p{q}", f"p{q}-title", p.bbox, img, tip))
        for n, (page, bbox) in boxes.items():
            if page == number:
                issues = flagged.get((q, n), [])
                tip = "; ".join(i.message for i in issues) or f"indicator {n}"
                drawn.append(_box("box ind bad" if issues else "box ind", f"p{q}-i{n}", f"p{q}-i{n}-box", bbox, img, tip))
        # Cells of a scanned page that OCR read with low confidence, outlined in amber.
        for k, issue in enumerate(ocr_low):
            if issue.page == number and issue.bbox:
                drawn.append(_box("box ocr-low", "issues", f"ocr-p{q}-{number}-{k}", issue.bbox, img, issue.message))
        out.append(Page(number, img, drawn))
    return out


def _ocr_low(record: Record) -> list[Issue]:
    """Low-confidence OCR cells, on the pages that were scans."""
    scanned = set(record.source.ocr_pages or [])
    return [i for i in record.issues if i.code == "ocr_low_confidence" and i.page in scanned]


def _box(cls: str, href: str, ident: str, bbox, img: PageImage, tip: str) -> Box:
    x0, top, x1, bottom = bbox
    return Box(cls, href, ident, tip, img.px(x0), img.px(top), img.px(x1 - x0), img.px(bottom - top))


def _lines(p: RecordProject, lines: list[str], span: tuple[int, int], record: Record) -> list[tuple[int, bool, str]]:
    """``(number, flagged, text)`` of the project's source lines."""
    bad = _bad_lines(p, record)
    return [(n, n in bad, (lines[n - 1] if n - 1 < len(lines) else "").expandtabs(8))
            for n in range(span[0], span[1] + 1)]
