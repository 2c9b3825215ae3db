"""The one interpreter of the genre: blocks in, the record of CONTRACT.md out.

It knows budget-performance drafts and nothing about file formats; a quirk
fixed here is fixed for PDF and text renderings alike.
"""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Block, Line, Table, min_confidence
from jixiao.extract.interpret import cover, header_block, indicators, lexicon, one_table, sections, segment, toc
from jixiao.extract.interpret import layout as layout_of
from jixiao.extract.textclean import clean


def _first(blocks: list[Block], pred, start: int = 0) -> int | None:
    for i in range(start, len(blocks)):
        if pred(blocks[i]):
            return i
    return None


def _is_line(pattern):
    return lambda b: isinstance(b, Line) and bool(pattern(clean(b.text)))


def interpret(blocks: list[Block], *, source: dict | None = None, explain: list[dict] | None = None) -> dict:
    """The record of ``blocks``; ``explain``, when given, receives one entry per table read."""
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
    _part2(blocks[part2:], record, issues, explain)
    if not document.get("department"):
        document["department"] = _filled_by(blocks)
    _fill_document(record)
    if not document.get("year"):
        document["year"] = _year_line(blocks)
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


def _part2(blocks: list[Block], record: dict, issues: list[dict], explain: list[dict] | None) -> None:
    seen: set[int] = set()
    raws = segment.split(blocks)
    titles = [raw.title for raw in raws if raw.title]
    if titles and not record["document"].get("title"):
        # No cover: the first form title names the whole file (a page heading
        # that repeats it without its year yields to the fuller form).
        first = titles[0]
        if len(titles) > 1 and titles[1].startswith(first):
            first = titles[1]
        record["document"]["title"] = first
    for raw in raws:
        h = indicators.find_header(raw.rows)
        rows = raw.rows if h is None else indicators.align_continuations(raw.rows, h)
        layout = None if h is None else layout_of.read(rows, h)
        if layout is None and (layout := layout_of.infer(rows)) is not None:
            h = layout.header
        if layout is not None and layout.project_columns:
            _one_table(raw, rows, layout, record, issues, seen, explain)
            continue
        project = _project(raw, rows, h, layout, len(record["projects"]) + 1, seen, issues)
        if project is None:
            # A table of some other kind (a budget table, a contents line), not a project.
            if explain is not None and raw.rows:
                first = next((t for t in raw.rows[0].texts() if t), "")
                explain.append({"project": None, "title": raw.title or first[:40], "family": "not a goal table",
                                "scope": None, "columns": None, "notes": ["no indicator header and no 项目名称/项目编码"],
                                "indicators": 0})
            continue
        record["projects"].append(project)
        if explain is not None:
            explain.append(_explanation(project, layout))


def _next_seq(printed: int | None, fallback: int, seen: set[int]) -> int:
    seq = printed if printed is not None and printed not in seen else fallback
    while seq in seen:
        seq += 1
    seen.add(seq)
    return seq


def _project(raw, rows, h, layout, fallback: int, seen: set[int], issues: list[dict]) -> dict | None:
    """One 绩效目标表: its header block above the indicator header, its rows below."""
    head_rows = rows if h is None else rows[:h]
    header, head_issues = header_block.parse(head_rows)
    if h is None and not (header["code"] or header["name"]):
        return None  # a table of some other kind (a budget table, a cost breakdown), not a project
    seq = _next_seq(raw.seq, fallback, seen)
    project = _skeleton(seq, raw)
    for key in ("code", "name", "budget_total", "budget_fiscal", "budget_other", "budget_carryover", "purpose",
                "spending_plan", "goals", "goals_mid_term", "implementing_unit", "extra"):
        project[key] = header[key]
    project["unit"] = raw.unit or header["unit"]
    project["department_code"] = raw.department_code or header["department_code"]
    project["department"] = raw.department or header["department"]
    if (confidence := min_confidence(c for row in head_rows for c in row.cells)) is not None:
        project["ocr_confidence"] = confidence  # the header block came from OCR: its weakest cell
    for issue in head_issues:
        issues.append({**issue, "project": seq})
    if h is None:
        issues.append({"severity": "error", "code": "no_indicator_table", "project": seq,
                       "message": f"project {seq}: no indicator table (一级指标/二级指标/三级指标/指标值 header) found"})
    else:
        project["indicators"], row_issues = indicators.parse(rows, h, project_seq=seq, layout=layout)
        issues.extend(row_issues)
    if project["title"] is None and project["name"]:
        project["title"] = project["name"]
    if project["scope"] == "project" and not (project["name"] or project["code"]) and header["department"] \
            and header["goals"]:
        # 部门(单位)名称 and 年度总体目标 with no project named: the department's own table.
        project["scope"] = "department"
    if project["name"] is None and project["scope"] == "project":
        project["name"] = _name_in_title(project["title"])
    return project


_FORM_WORDS = regex.compile(r"\s*(?:项目)?(?:支出)?绩效目标(?:申报|批复|审批|审核)?表.*$")
_LEADING_YEAR = regex.compile(r"^(?:(?:19|20)\d{2}\s*年度?)")


def _name_in_title(title: str | None) -> str | None:
    """A form without 项目名称 names its project in the title: "XX项目绩效目标表" → XX."""
    if not title:
        return None
    name = _FORM_WORDS.sub("", _LEADING_YEAR.sub("", title)).strip()
    return name if len(name) >= 4 and not lexicon.family_of(name) else None


def _skeleton(seq: int, raw) -> dict:
    project = {
        "seq": seq, "title": raw.title, "scope": _scope(raw.title), "department_code": raw.department_code,
        "department": raw.department, "code": None, "name": None, "unit": raw.unit, "budget_total": None,
        "budget_fiscal": None, "budget_other": None, "budget_carryover": None, "implementing_unit": None,
        "purpose": None, "spending_plan": [], "goals": [], "goals_mid_term": [], "indicators": [], "extra": {},
    }
    if raw.where is not None:
        project.update(raw.where.to_dict())
    return project


def _scope(title: str | None) -> str:
    """A 部门(单位)整体支出绩效目标表 holds the department's own indicators."""
    return "department" if title and lexicon.family_of(title) == "department" else "project"


def _one_table(raw, rows, layout, record: dict, issues: list[dict], seen: set[int], explain) -> None:
    """Every project of a unit in one table: one project per 项目名称."""
    header_rows = rows[: layout.first]
    for group in one_table.split(rows, layout):
        seq = _next_seq(None, len(record["projects"]) + 1, seen)
        project = _skeleton(seq, raw)
        project["title"] = None
        project["scope"] = "project"
        project.update({k: v for k, v in one_table.project_fields(group).items() if v or k not in project})
        project["indicators"], row_issues = indicators.parse(header_rows + group.rows, layout.header,
                                                             project_seq=seq, layout=layout)
        issues.extend(row_issues)
        if group.rows and group.rows[0].where is not None:
            project.update(group.rows[0].where.to_dict())
        record["projects"].append(project)
        if explain is not None:
            explain.append(_explanation(project, layout, family="one_table_export"))


def _explanation(project: dict, layout, family: str | None = None) -> dict:
    return {
        "project": project["seq"],
        "title": project.get("title") or project.get("name"),
        "family": family or (lexicon.family_of(project.get("title") or "") or "project"),
        "scope": project["scope"],
        "columns": layout_of.describe(layout) if layout is not None else None,
        "notes": list(layout.notes) if layout is not None else ["no indicator header found"],
        "indicators": len(project["indicators"]),
    }


_FILLED_BY = regex.compile(r"填报单位\s*(?:[（(]\s*盖章\s*[)）])?\s*[:：]\s*([\p{Han}（）()]{2,40})")


def _filled_by(blocks: list[Block]) -> str | None:
    """填报单位(盖章):XX: the unit that filled the form in is the document's department."""
    for b in blocks:
        texts = [b.text] if isinstance(b, Line) else [c.text for row in b.rows for c in row if c is not None]
        for t in texts:
            m = _FILLED_BY.search(clean(t))
            if m:
                return m.group(1)
    return None


_YEAR_LINE = regex.compile(r"^[（(]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$")


def _year_line(blocks: list[Block]) -> int | None:
    """``（2022年度）`` on a line of its own under a form title."""
    for b in blocks[:40]:
        texts = [b.text] if isinstance(b, Line) else [c.text for row in b.rows[:3] for c in row if c is not None]
        for t in texts:
            m = _YEAR_LINE.match(clean(t))
            if m:
                return int(m.group(1))
    return None


def _fill_document(record: dict) -> None:
    doc = record["document"]
    if doc.get("title") and not doc.get("year"):
        doc["year"] = cover.year_of(doc["title"])
    codes = [p["department_code"] for p in record["projects"] if p.get("department_code")]
    if codes and not doc.get("department_code"):
        doc["department_code"] = max(dict.fromkeys(codes), key=codes.count)
    if not doc.get("department"):
        names = [p["department"] for p in record["projects"] if p.get("department")]
        if names:
            doc["department"] = max(dict.fromkeys(names), key=names.count)
    if not doc.get("year"):
        for p in record["projects"]:
            m = regex.search(r"((?:19|20)\d{2})\s*年", p.get("title") or "")
            if m:
                doc["year"] = int(m.group(1))
                break
