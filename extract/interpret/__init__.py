"""The one interpreter of the genre: blocks in, the record of CONTRACT.md out.

It knows budget-performance drafts and nothing about file formats; a quirk
fixed here is fixed for PDF and text renderings alike.
"""
from __future__ import annotations

import regex

from extract.blocks import Block, Line, Table, min_confidence
from extract.interpret import cover, header_block, indicators, sections, segment, toc
from extract.textclean import clean


def _first(blocks: list[Block], pred, start: int = 0) -> int | None:
    for i in range(start, len(blocks)):
        if pred(blocks[i]):
            return i
    return None


def _is_line(pattern):
    return lambda b: isinstance(b, Line) and bool(pattern(clean(b.text)))


def interpret(blocks: list[Block], *, source: dict | None = None) -> dict:
    issues: list[dict] = []

    toc_at = _first(blocks, _is_line(toc.TOC_TITLE.match))
    entries: list[dict] = []
    if toc_at is not None:
        entries, body = toc.parse(blocks, toc_at + 1)
        cover_blocks = blocks[:toc_at]
    else:
        body = _first(blocks, lambda b: isinstance(b, Table) or (isinstance(b, Line) and (
            toc.part_number(clean(b.text)) or sections.heading_kind(b.text) or segment.TITLE.match(clean(b.text))))) or 0
        cover_blocks = blocks[:body]

    # Part 2 starts at its heading, or at the first project title or table.
    part2 = _first(blocks, lambda b: isinstance(b, Line) and (toc.part_number(clean(b.text)) or 0) >= 2, body)
    first_project = _first(blocks, lambda b: isinstance(b, Table) or (isinstance(b, Line) and segment.TITLE.match(clean(b.text)) is not None), body)
    if part2 is None or (first_project is not None and first_project < part2):
        part2 = first_project if first_project is not None else len(blocks)

    document = cover.parse([b for b in cover_blocks if isinstance(b, Line)])
    record = {
        "document": document,
        "toc": entries,
        "overall_goals": [],
        "sub_goals": [],
        "safeguards": [],
        "projects": [],
        "issues": issues,
    }
    _part1(blocks[body:part2], record)
    _part2(blocks[part2:], record, issues)
    _fill_document(record)
    if source is not None:
        record = {"source": source, **record}
    return record


def _part1(blocks: list[Block], record: dict) -> None:
    groups: dict[str, list[Line]] = {}
    kind = None
    for b in blocks:
        if not isinstance(b, Line):
            continue
        k = sections.heading_kind(b.text)
        if k:
            kind = k
            groups.setdefault(kind, [])
            continue
        if toc.part_number(clean(b.text)):
            continue
        if kind:
            groups[kind].append(b)
    record["overall_goals"] = sections.overall(groups.get("overall", []))
    record["sub_goals"] = sections.sub_goals(groups.get("sub", []))
    record["safeguards"] = sections.safeguards(groups.get("safeguards", []))


def _part2(blocks: list[Block], record: dict, issues: list[dict]) -> None:
    seen = set()
    for n, raw in enumerate(segment.split(blocks), start=1):
        seq = raw.seq if raw.seq is not None and raw.seq not in seen else n
        seen.add(seq)
        h = indicators.find_header(raw.rows)
        head_rows = raw.rows if h is None else raw.rows[:h]
        header, head_issues = header_block.parse(head_rows)
        project = {
            "seq": seq,
            "title": raw.title,
            "department_code": raw.department_code,
            "department": raw.department,
            "code": header["code"],
            "name": header["name"],
            "unit": raw.unit or header["unit"],
            "budget_total": header["budget_total"],
            "budget_fiscal": header["budget_fiscal"],
            "budget_other": header["budget_other"],
            "purpose": header["purpose"],
            "spending_plan": header["spending_plan"],
            "goals": header["goals"],
            "indicators": [],
            "extra": header["extra"],
        }
        if raw.where is not None:
            project.update(raw.where.to_dict())
        if (confidence := min_confidence(c for row in head_rows for c in row.cells)) is not None:
            project["ocr_confidence"] = confidence
        for issue in head_issues:
            issues.append({**issue, "project": seq})
        if h is None:
            issues.append({"severity": "error", "code": "no_indicator_table", "project": seq,
                           "message": f"project {seq}: no indicator table (一级指标/二级指标/三级指标/指标值 header) found"})
        else:
            rows, row_issues = indicators.parse(raw.rows, h, project_seq=seq)
            project["indicators"] = rows
            issues.extend(row_issues)
        if h is None and not (header["code"] or header["name"]):
            continue  # a table of some other kind, not a project
        if project["title"] is None and project["name"]:
            project["title"] = project["name"]
        record["projects"].append(project)


def _fill_document(record: dict) -> None:
    doc = record["document"]
    codes = [p["department_code"] for p in record["projects"] if p.get("department_code")]
    if codes and not doc.get("department_code"):
        doc["department_code"] = max(set(codes), key=codes.count)
    if not doc.get("department"):
        names = [p["department"] for p in record["projects"] if p.get("department")]
        if names:
            doc["department"] = max(set(names), key=names.count)
    if not doc.get("year"):
        for p in record["projects"]:
            m = regex.search(r"((?:19|20)\d{2})\s*年", p.get("title") or "")
            if m:
                doc["year"] = int(m.group(1))
                break
