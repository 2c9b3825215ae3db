"""The review page: issues on top, then each project's source beside its record.

Every string that comes from a draft goes through ``esc``: a draft is
untrusted input and may carry markup of its own.
"""
from __future__ import annotations

import html
from collections import defaultdict

from jixiao.extract.record import Indicator, Issue, Project, Record
from jixiao.review.page_images import PageImage
from jixiao.review.row_boxes import indicator_boxes, project_pages
from jixiao.review.style import CSS


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def build(record: Record, *, images: dict[int, PageImage] | None = None, lines: list[str] | None = None,
          line_ranges: dict[int, tuple[int, int]] | None = None, tables: dict[int, str] | None = None,
          blocks: list | None = None) -> str:
    """The whole page.  A PDF passes ``images``; a text draft ``lines`` and ``line_ranges``,
    and the reader's ``blocks`` to show its tables aligned (else the raw lines); a Word or
    Excel draft ``tables`` (each project's source tables as HTML)."""
    flagged = _flagged(record)
    body = [_header(record), _issue_list(record, images is not None, line_ranges or {})]
    for p in record.projects:
        if images is not None:
            source = _pdf_pages(p, images, flagged, _ocr_low(record))
        elif tables is not None:
            source = tables.get(p.seq) or '<p class="muted">no source table</p>'
        elif blocks is not None:
            source = _text_tables(p, blocks, (line_ranges or {}).get(p.seq), record)
        else:
            source = _text_lines(p, lines or [], (line_ranges or {}).get(p.seq), record)
        body.append(_project(p, source, flagged))
    title = esc(record.document.title or record.source.path)
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width">'
            f"<title>review · {title}</title><style>{CSS}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def _flagged(record: Record) -> dict[tuple, list[Issue]]:
    """Issues by (project, indicator) and by (project, None)."""
    out: dict[tuple, list[Issue]] = defaultdict(list)
    for i in record.issues:
        if i.project is not None:
            out[(i.project, i.indicator)].append(i)
    return out


def _header(record: Record) -> str:
    doc, src = record.document, record.source
    toc = "".join(f"<tr><td>{esc(t.part)}</td><td>{esc(t.title)}</td><td class=num>{esc(t.page)}</td></tr>"
                  for t in record.toc)
    toc_table = f'<details id="toc"><summary>目录 (table of contents, {len(record.toc)} entries)</summary><table><tr><th>part</th><th>title</th><th>page</th></tr>{toc}</table></details>'
    return (f"<header><h1>{esc(doc.title)} · {esc(doc.department)}</h1>"
            f'<p class="muted">{esc(src.path)} · {esc(src.format)}'
            f"{' · ' + esc(src.pages) + ' pages' if src.pages else ''} · sha256 {esc((src.sha256 or '')[:12])}"
            f" · {len(record.projects)} projects · {len(record.issues)} issues</p>{toc_table}</header>")


def _issue_target(issue: Issue, is_pdf: bool, line_ranges: dict) -> str:
    p, n = issue.project, issue.indicator
    if p is None:
        return "toc"
    if not is_pdf and issue.line and any(a <= issue.line <= b for a, b in line_ranges.values()):
        return f"L{issue.line}"
    if n is not None:
        if issue.row:  # a Word or Excel source row
            return f"p{p}-i{n}-src"
        return f"p{p}-i{n}-box" if is_pdf else f"p{p}-i{n}"
    return f"p{p}-title" if is_pdf else f"p{p}"


def _issue_item(issue: Issue, target: str) -> str:
    sev = issue.severity or "info"
    spot = f"page {issue.page}" if issue.page else (f"line {issue.line}" if issue.line else "")
    return (f'<li><span class="sev {esc(sev)}">{esc(sev)}</span> <a href="#{esc(target)}"><code>{esc(issue.code)}</code>'
            f"{' · ' + esc(spot) if spot else ''}</a> {esc(issue.message)}</li>")


def _issue_list(record: Record, is_pdf: bool, line_ranges: dict) -> str:
    issues = record.issues
    if not issues:
        return '<section id="issues"><h2>Issues</h2><p>No issues found.</p></section>'
    items = "".join(_issue_item(i, _issue_target(i, is_pdf, line_ranges)) for i in issues)
    return f'<section id="issues"><h2>Issues ({len(issues)})</h2><ol class="issues">{items}</ol></section>'


def _project(p: Project, source: str, flagged: dict) -> str:
    q = p.seq
    plan = ", ".join(f"{s.month}月底 {s.pct:g}%" for s in p.spending_plan if s.pct is not None)
    own = "".join(_issue_item(i, f"p{q}") for i in flagged.get((q, None), []))
    return (f'<section class="project" id="p{q}"><h2>{q}. {esc(p.title)}</h2>'
            f'<p class="meta"><span>项目编码 <code>{esc(p.code)}</code></span><span>项目名称 {esc(p.name)}</span>'
            f"<span>预算数 {esc(_num(p.budget_total))} = 财政资金 {esc(_num(p.budget_fiscal))} + 其他资金 {esc(_num(p.budget_other))} {esc(p.unit)}</span>"
            f"<span>资金支出计划 {esc(plan) or '—'}</span></p>"
            + (f'<ol class="issues">{own}</ol>' if own else "")
            + f'<div class="side"><div class="pages">{source}</div><div class="record">{_indicator_table(p, flagged)}</div></div></section>')


def _num(v) -> str:
    return "—" if v is None else f"{v:g}"


def _indicator_table(p: Project, flagged: dict) -> str:
    head = ("<tr><th>#</th><th>一级 / 二级</th><th>三级指标</th><th>指标值 (printed)</th>"
            "<th>typed value</th><th>指标值确定依据</th><th>issues</th></tr>")
    rows = [head]
    for ind in p.indicators:
        q, n = p.seq, ind.seq
        issues = flagged.get((q, n), [])
        codes = " ".join(f'<span class="sev {esc(i.severity)}" title="{esc(i.message)}">{esc(i.code)}</span>' for i in issues)
        where = f"page {ind.page}" if ind.page else (f"line {ind.line}" if ind.line else _cell_spot(ind))
        target = f"p{q}-i{n}-box" if ind.bbox else (f"L{ind.line}" if ind.line else
                                                          (f"p{q}-i{n}-src" if ind.row else f"p{q}-i{n}"))
        rows.append(f'<tr id="p{q}-i{n}"{" class=bad" if issues else ""}><td><a href="#{target}" title="{esc(where)}">{n}</a></td>'
                    f'<td>{esc(ind.level1)}<br><span class="muted">{esc(ind.level2)}</span></td>'
                    f"<td>{esc(ind.level3)}</td><td>{esc(ind.value_raw)}</td>"
                    f'<td class="nowrap">{_typed_value(ind)}<br><span class="muted">{esc(ind.kind)}</span></td>'
                    f"<td>{esc(ind.basis)}</td><td>{codes}</td></tr>")
    return f'<table class="indicators">{"".join(rows)}</table>'


def _cell_spot(ind: Indicator) -> str:
    if not ind.row:
        return ""
    return (f"sheet {ind.sheet} row {ind.row}" if ind.sheet
            else f"table {ind.table} row {ind.row}")


def _typed_value(ind: Indicator) -> str:
    """The value as jixiao reads it: comparator, number(s), unit (an inferred unit in grey)."""
    cmp = esc(ind.comparator or "")
    if ind.kind == "reference":
        return f"{cmp} {esc(ind.reference)}"
    if ind.value is None:
        return "—"
    number = f"{ind.value:g}" + (f"–{ind.value_max:g}" if ind.value_max is not None else "")
    if ind.unit:
        unit = esc(ind.unit)
    elif ind.unit_inferred:
        unit = f'<span class="inferred" title="inferred from the name">({esc(ind.unit_inferred)})</span>'
    else:
        unit = ""
    return f"{cmp} {esc(number)} {unit}".strip()


def _pdf_pages(p: Project, images: dict[int, PageImage], flagged: dict, ocr_issues: list[Issue] | None = None) -> str:
    q = p.seq
    boxes = indicator_boxes(p)
    out = []
    for number in project_pages(p):
        img = images.get(number)
        if img is None:
            continue
        parts = [f'<div class="page" style="width:{img.width_px}px;height:{img.height_px}px">'
                 f'<img src="{img.data_uri}" alt="PDF page {number}"><span class="label">page {number}</span>']
        if p.page == number and p.bbox and flagged.get((q, None)):
            parts.append(_box("title-box", f"p{q}", f"p{q}-title", p.bbox, img, "; ".join(i.message for i in flagged[(q, None)])))
        for n, (page, bbox) in boxes.items():
            if page == number:
                issues = flagged.get((q, n), [])
                tip = "; ".join(i.message for i in issues) or f"indicator {n}"
                parts.append(_box("box ind bad" if issues else "box ind", f"p{q}-i{n}", f"p{q}-i{n}-box", bbox, img, tip))
        parts += _low_confidence_cells(f"p{q}", number, img, ocr_issues or [])
        parts.append("</div>")
        out.append("".join(parts))
    return "".join(out)


def _ocr_low(record: Record) -> list[Issue]:
    """Low-confidence OCR cells, on the pages that were scans."""
    scanned = set(record.source.ocr_pages or [])
    return [i for i in record.issues if i.code == "ocr_low_confidence" and i.page in scanned]


def _low_confidence_cells(prefix: str, number: int, img: PageImage, issues: list[Issue]) -> list[str]:
    """Cells of a scanned page that OCR read with low confidence, outlined in amber."""
    out = []
    for k, issue in enumerate(issues):
        if issue.page == number and issue.bbox:
            out.append(_box("box ocr-low", "issues", f"ocr-{prefix}-{number}-{k}", issue.bbox, img, issue.message))
    return out


def _box(cls: str, href: str, ident: str, bbox, img: PageImage, tip: str) -> str:
    x0, top, x1, bottom = bbox
    return (f'<a class="{cls}" id="{ident}" href="#{href}" title="{esc(tip)}" style="left:{img.px(x0):.1f}px;top:{img.px(top):.1f}px;'
            f'width:{img.px(x1 - x0):.1f}px;height:{img.px(bottom - top):.1f}px"></a>')


def _text_lines(p: Project, lines: list[str], span: tuple[int, int] | None, record: Record) -> str:
    if not span:
        return '<p class="muted">no source lines</p>'
    bad = {i.line for i in record.issues if i.project == p.seq and i.line}
    out = ['<div class="lines">']
    for n in range(span[0], span[1] + 1):
        text = lines[n - 1] if n - 1 < len(lines) else ""
        out.append(f'<div class="ln{" bad" if n in bad else ""}" id="L{n}"><span class="no">{n}</span>{esc(text.expandtabs(8))}</div>')
    out.append("</div>")
    return "".join(out)


def _text_tables(p: Project, blocks: list, span: tuple[int, int] | None, record: Record) -> str:
    from jixiao.review.text_tables import render

    if not span:
        return '<p class="muted">no source lines</p>'
    rows = {i.line for i in p.indicators if i.line}
    bad = {i.line for i in record.issues if i.project == p.seq and i.line}
    return render(blocks, span, rows, bad)
