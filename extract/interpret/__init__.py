"""The one interpreter of the genre: blocks in, the record of CONTRACT.md out.

It knows budget-performance drafts and nothing about file formats; a quirk
fixed here is fixed for PDF and text renderings alike.
"""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Block, Line, Table, min_confidence
from jixiao.extract.interpret import cover, header_block, indicators, lexicon, one_table, sections, segment, sheet_headings, side_by_side, toc
from jixiao.extract.interpret import layout as layout_of
from jixiao.extract.interpret.reading import Reading
from jixiao.extract.record import Document, Issue, IssueCode, Project, Record, Safeguard, Source, SubGoal, TocEntry
from jixiao.extract.textclean import clean
from jixiao.normalize import lazy_regex


def _first(blocks: list[Block], pred, start: int = 0) -> int | None:
    for i in range(start, len(blocks)):
        if pred(blocks[i]):
            return i
    return None


def _is_line(pattern):
    return lambda b: isinstance(b, Line) and bool(pattern(clean(b.text)))


def interpret(blocks: list[Block], *, source: Source, explain: list[dict] | None = None) -> tuple[Record, Reading]:
    """The record of ``blocks`` and what was noticed reading it (normalize's warnings,
    for the checks); ``explain``, when given, receives one entry per table read."""
    reading = Reading(explain=explain)
    blocks = toc.parts_apart(sheet_headings.strip(blocks))

    toc_at = _first(blocks, _is_line(toc.TOC_TITLE.match))
    entries: list[TocEntry] = []
    if toc_at is not None:
        found, body = toc.parse(blocks, toc_at + 1)
        entries = [TocEntry(**e) for e in found]
        cover_blocks = blocks[:toc_at]
    else:
        body = _first(blocks, lambda b: isinstance(b, Table) or (isinstance(b, Line) and (
            toc.part_number(clean(b.text)) or sections.heading_kind(b.text) or segment.TITLE.match(clean(b.text))))) or 0
        cover_blocks = blocks[:body]

    # Part 2 starts at its heading, or at the first project title or table.
    part2 = _first(blocks, lambda b: isinstance(b, Line) and (toc.part_number(clean(b.text)) or 0) >= 2, body)
    first_project = _first(blocks, lambda b: isinstance(b, Table) or (isinstance(b, Line) and segment.TITLE.match(clean(b.text)) is not None), body)
    if part2 is not None and first_project is not None and first_project < part2 and _part1_table(blocks[first_project]):
        first_project = None  # part 1 printed as a table: part 2 starts at its own heading
    if part2 is None or (first_project is not None and first_project < part2):
        part2 = first_project if first_project is not None else len(blocks)

    found = cover.parse([b for b in cover_blocks if isinstance(b, Line)])
    headline = found.pop("headline")
    document = Document(**found)
    record = Record(source=source, document=document, toc=entries, overall_goals=[], sub_goals=[], safeguards=[],
                    projects=[], issues=reading.issues)
    _part1(blocks[body:part2], record)
    _part2(blocks[part2:], record, reading)
    if headline and record.projects and record.projects[0].title and cover.is_form_title(record.projects[0].title):
        # A page that publishes the forms (XX局2025年度项目支出绩效目标公开) over forms that
        # print their own dated title: the form's title is the document's.
        document.title = record.projects[0].title
    if not document.department:
        document.department = _filled_by(blocks)
    _fill_document(record)
    if not document.year:
        document.year = _year_line(blocks) or _budget_year(blocks)
    return record, reading


def _part1_table(block: Block) -> bool:
    """A table whose rows name part 1's sections (总体绩效目标 | …, 分项绩效目标, 保障措施), or one
    of part 1's own small tables by its header (分项目标 | 绩效目标 | 绩效指标 | 目标值)."""
    return isinstance(block, Table) and (any(
        c is not None and sections.heading_kind(c.text) for row in block.rows for c in row[:1]) or (
        bool(block.rows) and sections.is_part1_header([c.text for c in block.rows[0] if c is not None])))


def _part1(blocks: list[Block], record: Record) -> None:
    groups: dict[str, list[Line]] = {}
    kind = None
    lines: list[Line] = []
    for b in blocks:
        # Part 1 printed as a table (sections.table_lines): its rows as the lines they stand for.
        lines += [b] if isinstance(b, Line) else sections.table_lines(b)
    for b in lines:
        k = sections.heading_kind(b.text)
        if k:
            # The same heading again starts the section afresh: a part title (部门整体绩效目标)
            # read as the overall heading must not keep what stands between it and 总体绩效目标.
            kind = k
            groups[kind] = []
            continue
        if toc.part_number(clean(b.text)):
            continue
        if kind:
            groups[kind].append(b)
    record.overall_goals = sections.overall(groups.get("overall", []))
    record.sub_goals = [SubGoal(**g) for g in sections.sub_goals(groups.get("sub", []))]
    record.safeguards = [Safeguard(**g) for g in sections.safeguards(groups.get("safeguards", []))]


def _part2(blocks: list[Block], record: Record, reading: Reading) -> None:
    raws = segment.split(side_by_side.split(blocks))
    titles = [raw.title for raw in raws if raw.title and not _CONTINUED.search(raw.title)]
    if titles and (not record.document.title or cover.names_budget_book(record.document.title)):
        # No cover: the first form title names the whole file (a page heading
        # that repeats it without its year yields to the fuller form). A budget book's
        # name above its annex of goal forms (XX部2024年部门预算) names where the forms
        # were published, not what they are: the department stays, the title is the form's.
        first = titles[0]
        if len(titles) > 1 and titles[1].startswith(first):
            first = titles[1]
        elif len(titles) > 1 and (owner := cover.owner_before(first, titles[1])):
            # A page's headline is the department and the form's own title
            # (XX局2024年项目支出绩效目标表 over 2024年项目支出绩效目标表): the form names the
            # file, the headline whose it is.
            first = titles[1]
            record.document.department = record.document.department or owner
        record.document.title = first
    explain = reading.explain
    last_header = None  # the indicator header row of the form read last
    for raw in raws:
        h = layout_of.find_header(raw.rows)
        if h is None and record.projects and last_header is not None:
            raw.rows, h = _under_last_header(raw.rows, last_header, record.projects[-1])
        elif h is not None:
            last_header = raw.rows[h]
        rows = raw.rows if h is None else indicators.align_continuations(layout_of.join_split_labels(raw.rows, h), h)
        layout = None if h is None else layout_of.read(rows, h)
        if layout is None and (layout := layout_of.infer(rows)) is not None:
            h = layout.header
        if layout is not None and layout.project_columns:
            _one_table(raw, rows, layout, record, reading)
            continue
        project = _project(raw, rows, h, layout, len(record.projects) + 1, reading)
        if project is None:
            # A table of some other kind (a budget table, a contents line), not a project.
            if explain is not None and raw.rows:
                first = next((t for t in raw.rows[0].texts() if t), "")
                explain.append({"project": None, "title": raw.title or first[:40], "family": "not a goal table",
                                "scope": None, "columns": None, "notes": ["no indicator header and no 项目名称/项目编码"],
                                "indicators": 0})
            continue
        if record.projects and _continues(record.projects[-1], project, raw.title):
            # The same form again (续表, a second sheet or page repeating 项目名称 and the header):
            # its rows are the previous project's.
            _append_rows(record.projects[-1], project, reading)
            reading.seen.discard(project.seq)  # its number is free for the next project
            continue
        record.projects.append(project)
        if explain is not None:
            explain.append(_explanation(project, layout))
    if record.projects and record.projects[0].title and cover.is_attachment_heading(record.document.title or ""):
        # 附件：部分项目预算绩效目标表 introduces the annex; its first form's own title
        # (项目预算绩效目标表) is what the file is.
        record.document.title = record.projects[0].title


def _under_last_header(rows: list, header, previous: Project) -> tuple[list, int | None]:
    """A page of a form whose sheet repeats only its first rows over every page (print titles:
    the title, 项目编码 | 项目名称) and not the indicator header: its indicator rows go on
    under the header of the form before, when the repeated rows name that form's project.
    ``(rows, None)`` where they do not."""
    width = len(header.cells)
    for k, row in enumerate(rows):
        first = next((t for t in row.texts() if t), None)
        if first and layout_of.is_level_name(first) and len(row.cells) == width:
            above = header_block.parse(rows[:k])
            same = (above.code and above.code == previous.code) or (not above.code and above.name and above.name == previous.name)
            return (rows[:k] + [header] + rows[k:], k) if k and same else (rows, None)
    return rows, None


# A form title marked as the rest of the form before it: 绩效目标表（续表）, （续）, 续表.
_CONTINUED = lazy_regex.compile(r"[（(]\s*续\s*表?\s*[)）]\s*$|续\s*表\s*$")


def _continues(previous: Project, project: Project, title: str | None) -> bool:
    """``project`` is the rest of ``previous``: it names the same project (by name, and by
    code where both print one) and either says so in its title or repeats nothing but the name."""
    marked = bool(title and _CONTINUED.search(title))
    if marked and not project.code and _title_of(title) and _title_of(title) == _title_of(previous.title):
        return True  # XX绩效目标表（续表） over rows alone, after XX绩效目标表
    if not project.name or project.name != previous.name or (project.code or previous.code) and project.code != previous.code:
        return False
    bare = project.budget_total is None and not project.goals and not project.spending_plan
    # A spreadsheet's print titles repeat the whole header block on every page: the same
    # amounts and goals again are the same form going on, not a second project.
    repeated = bool(project.goals) and project.goals == previous.goals \
        and project.budget_total in (None, previous.budget_total) and project.implementing_unit == previous.implementing_unit
    return marked or bare or repeated


_NUMBERED = lazy_regex.compile(r"^\s*(?:\d{1,3}\s*[、.．]|[（(]\s*\d{1,3}\s*[)）])\s*")


def _title_of(title: str | None) -> str:
    """A form's title without its number (1、) and its 续表 mark, spaces dropped."""
    return regex.sub(r"\s+", "", _NUMBERED.sub("", _CONTINUED.sub("", title or "")))


def _append_rows(previous: Project, project: Project, reading: Reading) -> None:
    start = len(previous.indicators)
    for k, indicator in enumerate(project.indicators, 1):
        # What normalize noticed reading a value follows its indicator to its new place.
        warnings = reading.warnings.pop((project.seq, indicator.seq), None)
        indicator.seq = start + k
        if warnings:
            reading.warnings[(previous.seq, indicator.seq)] = warnings
        previous.indicators.append(indicator)


# The header block's fields a project takes as they are.
_HEADER_FIELDS = ("code", "name", "budget_total", "budget_fiscal", "budget_other", "budget_carryover", "purpose",
                  "spending_plan", "goals", "goals_mid_term", "implementing_unit", "extra")


def _project(raw, rows, h, layout, fallback: int, reading: Reading) -> Project | None:
    """One 绩效目标表: its header block above the indicator header, its rows below."""
    head_rows = rows if h is None else rows[:h]
    header = header_block.parse(head_rows)
    if h is None and not (header.code or header.name):
        return None  # a table of some other kind (a budget table, a cost breakdown), not a project
    project = _skeleton(reading.next_seq(raw.seq, fallback), raw)
    for key in _HEADER_FIELDS:
        setattr(project, key, getattr(header, key))
    project.unit = raw.unit or header.unit
    project.department_code = raw.department_code or header.department_code
    project.department = raw.department or header.department
    if (confidence := min_confidence(c for row in head_rows for c in row.cells)) is not None:
        project.ocr_confidence = confidence  # the header block came from OCR: its weakest cell
    if h is None:
        reading.issues.append(Issue.at(IssueCode.NO_INDICATOR_TABLE, "error",
                                       f"project {project.seq}: no indicator table (一级指标/二级指标/三级指标/指标值 header) found",
                                       project=project))
    else:
        project.indicators = indicators.parse(rows, h, project=project, reading=reading, layout=layout)
    if project.title is None and project.name:
        project.title = project.name
    if project.scope == "project" and not (project.name or project.code) and header.department and header.goals:
        # 部门(单位)名称 and 年度总体目标 with no project named: the department's own table.
        project.scope = "department"
    if project.name is None and project.scope == "project":
        project.name = _name_in_title(project.title)
    return project


_FORM_WORDS = lazy_regex.compile(r"\s*(?:项目)?(?:支出)?绩效目标(?:申报|批复|审批|审核)?表.*$")
_LEADING_YEAR = lazy_regex.compile(r"^(?:(?:19|20)\d{2}\s*年度?)")


def _name_in_title(title: str | None) -> str | None:
    """A form without 项目名称 names its project in the title: "XX项目绩效目标表" → XX."""
    if not title:
        return None
    name = _FORM_WORDS.sub("", _LEADING_YEAR.sub("", title)).strip()
    return name if len(name) >= 4 and not lexicon.family_of(name) else None


def _skeleton(seq: int, raw) -> Project:
    project = Project(seq=seq, title=raw.title, scope=_scope(raw.title), department_code=raw.department_code,
                      department=raw.department, code=None, name=None, unit=raw.unit, budget_total=None,
                      budget_fiscal=None, budget_other=None, purpose=None, spending_plan=[], goals=[],
                      goals_mid_term=[], indicators=[], extra={})
    if raw.where is not None:
        _place(project, raw.where)
    return project


def _place(project: Project, where) -> None:
    for key, value in where.to_dict().items():
        setattr(project, key, value)


def _scope(title: str | None) -> str:
    """A 部门(单位)整体支出绩效目标表 holds the department's own indicators."""
    return "department" if title and lexicon.family_of(title) == "department" else "project"


def _one_table(raw, rows, layout, record: Record, reading: Reading) -> None:
    """Every project of a unit in one table: one project per 项目名称."""
    header_rows = rows[: layout.first]
    for k, group in enumerate(one_table.split(rows, layout)):
        project = _skeleton(reading.next_seq(None, len(record.projects) + 1), raw)
        project.title = None
        project.scope = "project"
        for key, value in one_table.project_fields(group).items():
            if value not in (None, "", []):  # 0.00 of 其他资金 is an amount, not a blank
                setattr(project, key, value)
        project.indicators = indicators.parse(header_rows + group.rows, layout.header, project=project,
                                              reading=reading, layout=layout)
        if group.rows and group.rows[0].where is not None:
            _place(project, group.rows[0].where)
        if k == 0 and record.projects and reading.unnamed is record.projects[-1] and project.name:
            # The last page ended in rows whose merged 项目名称 cell prints its text on this
            # page: this page's first project began there.
            previous = record.projects[-1]
            for key, value in one_table.project_fields(group).items():
                if value not in (None, "", []) and getattr(previous, key) in (None, "", []):
                    setattr(previous, key, value)
            _append_rows(previous, project, reading)
            reading.seen.discard(project.seq)
            reading.unnamed = None
            continue
        if k == 0 and record.projects and _continues(record.projects[-1], project, raw.title):
            # A page's table opens with the project the last page ended in, its merged
            # name, amount and goal printed again (a report export redraws them): its rows
            # are that project's.
            _append_rows(record.projects[-1], project, reading)
            reading.seen.discard(project.seq)
            continue
        record.projects.append(project)
        reading.unnamed = project if group.unnamed else None
        if reading.explain is not None:
            reading.explain.append(_explanation(project, layout, family="one_table_export"))


def _explanation(project: Project, layout, family: str | None = None) -> dict:
    return {
        "project": project.seq,
        "title": project.title or project.name,
        "family": family or (lexicon.family_of(project.title or "") or "project"),
        "scope": project.scope,
        "columns": layout_of.describe(layout) if layout is not None else None,
        "notes": list(layout.notes) if layout is not None else ["no indicator header found"],
        "indicators": len(project.indicators),
    }


# The sign line's other labels (its spaces may be gone): the name ends before one, and a line
# left blank (填报单位（盖章）：　　单位负责人：) names no unit.
_SIGN_LABEL = r"(?:单位负责人|负责人|填报人|联系人|联系电话|审核人|填报日期|日期)\s*[:：]"
_FILLED_BY = lazy_regex.compile(r"填报单位\s*(?:[（(]\s*盖章\s*[)）])?\s*[:：]\s*(?!" + _SIGN_LABEL + r")"
                                r"([\p{Han}（）()]{2,40}?)(?=" + _SIGN_LABEL + r"|[^\p{Han}（）()]|$)")


def _filled_by(blocks: list[Block]) -> str | None:
    """填报单位(盖章):XX: the unit that filled the form in is the document's department."""
    for b in blocks:
        texts = [b.text] if isinstance(b, Line) else [c.text for row in b.rows for c in row if c is not None]
        for t in texts:
            # 填报单位（盖章）：XX局　　单位：万元: the money unit's label is not part of the name.
            m = _FILLED_BY.search(lexicon.MONEY_UNIT_LABEL.sub("", clean(t)))
            if m:
                # 填报单位：XX局部门编码：635011 (a scan's line, its gap closed): the name before the code.
                named = segment.department_line(t)
                return named[1] if named is not None and named[1] else m.group(1)
    return None


_YEAR_LINE = lazy_regex.compile(r"^[（(]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$")


def _year_line(blocks: list[Block]) -> int | None:
    """``（2022年度）`` on a line of its own under a form title."""
    for b in blocks[:40]:
        texts = [b.text] if isinstance(b, Line) else [c.text for row in b.rows[:3] for c in row if c is not None]
        for t in texts:
            m = _YEAR_LINE.match(clean(t))
            if m:
                return int(m.group(1))
    return None


_BUDGET_YEAR_LABEL = lazy_regex.compile(r"^(?:预算|申报|项目)?年度$")
_YEAR_VALUE = lazy_regex.compile(r"^((?:19|20)\d{2})\s*年?度?$")


def _budget_year(blocks: list[Block]) -> int | None:
    """预算年度 | 2025 in a form's header block (a budget system's screen prints its year so)."""
    for b in blocks[:40]:
        if not isinstance(b, Table):
            continue
        for row in b.rows[:8]:
            texts = [clean(c.text) if c is not None else "" for c in row]
            for label, value in zip(texts, texts[1:]):
                if _BUDGET_YEAR_LABEL.match(label) and (m := _YEAR_VALUE.match(value)):
                    return int(m.group(1))
    return None


# A place, not a body: a heading's "department" that only names where.
_REGION = lazy_regex.compile(r"(?:省|自治区|市|区|县|旗|州|盟)$")


def _fill_document(record: Record) -> None:
    doc = record.document
    if doc.title and not doc.year:
        doc.year = cover.year_of(doc.title)
    if doc.department_code:
        # A code line above the forms (部门编码：311004) is every form's that prints none, as a
        # department line between the forms is for the forms below it (segment).
        for p in record.projects:
            p.department_code = p.department_code or doc.department_code
    codes = [p.department_code for p in record.projects if p.department_code]
    if codes and not doc.department_code:
        doc.department_code = max(dict.fromkeys(codes), key=codes.count)
    names = [p.department for p in record.projects if p.department]
    if not doc.department:
        if names:
            doc.department = max(dict.fromkeys(names), key=names.count)
    elif _REGION.search(doc.department) and names and all(n.startswith(doc.department) and n != doc.department
                                                          for n in names):
        # A page heading names only the region (鞍山市铁东区2023年度部门整体支出绩效目标公开);
        # the forms name the department in it, its own table first.
        doc.department = names[0]
    elif names and all(n.endswith(doc.department) and n != doc.department and _REGION.search(n[: -len(doc.department)])
                       for n in names):
        # A headline's short name (银海区教育局) of the department the forms name in full, with
        # the region before it (北海市银海区教育局): the full name.
        doc.department = names[0]
    elif names and all(doc.department.startswith(n) and cover.names_body(doc.department[len(n):]) for n in names):
        # The form was filled in by an office of the department (填报单位：XX局规划财务司), the
        # forms name the department itself ([137]XX局): the department is the draft's.
        doc.department = names[0]
    elif names and not cover.names_body(doc.department) and all(cover.names_body(n) and n not in doc.department
                                                                for n in names):
        # A line over the first form that names no body (a sheet's page header: the
        # fund's name, 耕地地力保护补贴) yields to the department the forms name.
        doc.department = max(dict.fromkeys(names), key=names.count)
    if not doc.year:
        for p in record.projects:
            m = regex.search(r"((?:19|20)\d{2})\s*年", p.title or "")
            if m:
                doc.year = int(m.group(1))
                break
