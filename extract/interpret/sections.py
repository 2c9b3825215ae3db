"""Part 1: 总体绩效目标, 分项绩效目标, 工作保障措施.

Sections are found by their heading words, whatever numbering style prints
them.  Items inside a section start at a numbered paragraph; a paragraph that
a page break split (no closing punctuation, next one not numbered) is joined
back, and unnumbered paragraphs after an item belong to it.
"""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Line, Table
from jixiao.extract.interpret import numbering
from jixiao.extract.textclean import clean, join
from jixiao.normalize import lazy_regex

KINDS = {
    # 总体绩效目标, 部门整体目标, or as some departments word it: 年度总体目标.
    "overall": lazy_regex.compile(r"^(?:部门)?(?:年度)?(?:整体|总体)(?:绩效)?目标$"),
    # 分项绩效目标, or 年度重点任务及绩效目标 / 重点工作任务及绩效目标.
    "sub": lazy_regex.compile(r"^(?:部门)?分项(?:绩效)?目标$|^(?:年度)?重点(?:工作)?任务(?:及|和|与)(?:其)?绩效目标$"
                              # …or the year's tasks, each with its target and measures: 年度工作任务.
                              r"|^(?:年度)?(?:重点)?工作任务$"),
    # 工作保障措施, 实现绩效目标的保障措施, or 保障绩效目标实现的措施.
    "safeguards": lazy_regex.compile(r"^(?:实现绩效目标的)?(?:工作)?保障措施$|^保障(?:绩效)?目标实现的(?:工作)?措施$"),
}
PART_TITLES = lazy_regex.compile(r"^(?:第[一二三\d]部分)?\s*(?:部门整体绩效目标|部门整体支出绩效目标|部门职责及绩效目标"
                                 r"|预算项目绩效目标表?|项目支出绩效目标表?|项目绩效目标表?)$")
_TERMINAL = tuple("。！？；!?;…")
_GOAL_LABEL = lazy_regex.compile(r"(?:^|(?<=[。；;\s]))(?:年度|任务)?(?:绩效)?目标\s*[:：]")
_INDICATOR_LABEL = lazy_regex.compile(r"(?:^|(?<=[。；;\s]))(?:绩效|考核)?指标\s*[:：]")


def heading_kind(text: str) -> str | None:
    text = clean(numbering.strip(text)).rstrip("：:")
    if len(text) > 20:
        return None
    for kind, pattern in KINDS.items():
        if pattern.match(text):
            return kind
    return None


def _paragraphs(lines: list[Line]) -> list[str]:
    paras: list[str] = []
    for line in lines:
        text = clean(line.text)
        if not text or PART_TITLES.match(numbering.strip(text)) or regex.fullmatch(r"\d{1,4}", text):
            continue
        if paras and not line.para_break_before and not numbering.has(text) and not _bare_heading(paras[-1]):
            paras[-1] = join(paras[-1], text)
        else:
            paras.append(text)
    # Rejoin paragraphs a page break split: no closing punctuation, and the
    # next one neither starts an item nor a label.
    out: list[str] = []
    for text in paras:
        if out and not out[-1].endswith(_TERMINAL) and not numbering.has(text) and not _starts_label(text) \
                and not _is_heading_line(out[-1]) and not _bare_heading(out[-1]):
            out[-1] = join(out[-1], text)
        else:
            out.append(text)
    return out


def _starts_label(text: str) -> bool:
    return bool(_GOAL_LABEL.match(text) or _INDICATOR_LABEL.match(text))


def _is_heading_line(text: str) -> bool:
    # A short numbered line without punctuation is an item heading, not a
    # sentence cut by a page break.
    return numbering.has(text) and len(text) <= 40 and not regex.search(r"[，。；：:]", text)


def _bare_heading(text: str) -> bool:
    """A short line without a number or any punctuation: an item's title set in bold on a
    line of its own (粮食生产能力提升, 压实管理责任); a wrapped sentence's first line runs
    the page's width."""
    return len(text) <= _BARE_HEADING_CHARS and not numbering.has(text) and not regex.search(r"[，。；：:、,;.！？!?]", text)


_BARE_HEADING_CHARS = 20


def _items(paras: list[str]) -> list[list[str]]:
    """Group paragraphs into items, each starting at a numbered paragraph (or, where nothing
    is numbered, at a title on a line of its own)."""
    if not any(numbering.has(p) for p in paras):
        if sum(map(_bare_heading, paras)) >= 2 and _bare_heading(paras[0]):
            items: list[list[str]] = []
            for p in paras:
                if _bare_heading(p):
                    items.append([p])
                else:
                    items[-1].append(p)
            return items
        return [[p] for p in paras]
    items: list[list[str]] = []
    item_style = sublist = None
    for p in paras:
        mine = numbering.style(p)
        if items and mine and mine != item_style and _goes_on_inside(items[-1][-1], p):
            # 绩效指标：（1）…；（2）… / （3）…: the next number of a list the paragraph before began.
            items[-1].append(p)
            continue
        if item_style and mine and mine != item_style and (sublist == mine or items[-1][-1].rstrip().endswith(("：", ":"))):
            # A list of another numbering inside the item, after its lead-in or label
            # (1、基本公共卫生服务 … 绩效指标： / 1.… / 2.…; 二、规范资金管理。严格执行以下要求： / 1.… / 2.…).
            sublist = mine
            items[-1].append(p)
        elif mine or not items:
            item_style = item_style or mine
            sublist = None
            items.append([p])
        else:
            items[-1].append(p)
    return items


_DIGITS = lazy_regex.compile(r"\d{1,2}")


def _goes_on_inside(before: str, text: str) -> bool:
    """Does ``text`` open with the number after one printed inside ``before`` (… （2）…； then
    （3）…), the list running on over a line break?"""
    m = numbering.LEADING.match(text)
    digits = _DIGITS.search(m.group(0)) if m else None
    if digits is None or int(digits.group()) < 2:
        return False
    marker = m.group(0).strip()
    n = int(digits.group())
    previous = marker.replace(str(n), str(n - 1), 1)
    return previous in before and not before.startswith(previous)


def overall(lines: list[Line]) -> list[str]:
    out = []
    items = _items(_paragraphs(lines))
    if len(items) > 1 and _introduces(items[0]):
        items = items[1:]  # 我局围绕以下目标开展工作： before the numbered goals
    for item in items:
        text = item[0]
        for p in item[1:]:
            text = join(text, p)
        out.append(numbering.strip(text))
    if len(out) == 1 and len(parts := numbering.split_sentence_list(out[0])) >= 2:
        # One paragraph listing the goals as 一是…；二是…；三是…
        return parts
    if len(out) == 1 and len(parts := numbering.split_list(out[0])) >= 2:
        # …or as ①…②…③… (1、…2、…) run into one line, after a lead-in (我局将做好以下工作：).
        if not numbering.has(out[0]) and parts[0].endswith(("：", ":")):
            parts = parts[1:]
        return parts
    return out


def _introduces(item: list[str]) -> bool:
    """An unnumbered paragraph ending in a colon, before other items: their lead-in."""
    return len(item) == 1 and not numbering.has(item[0]) and item[0].rstrip().endswith(("：", ":"))


def sub_goals(lines: list[Line]) -> list[dict]:
    out = []
    for item in _items(_paragraphs(lines)):
        entry = {"title": None, "goal": None, "indicator": None}
        field = None
        for k, p in enumerate(item):
            if k == 0:
                p = numbering.strip(p)
            # A paragraph may hold a title and both labels at once.
            for piece, label in _split_labels(p):
                if label is None and field is None and entry["title"] is None:
                    entry["title"] = piece
                    continue
                if label is not None:
                    field = label
                if field is None:
                    entry["title"] = join(entry["title"] or "", piece)
                else:
                    entry[field] = join(entry[field] or "", piece) if piece else entry[field]
        out.append(entry)
    return out


def _split_labels(text: str) -> list[tuple[str, str | None]]:
    marks = [(m.start(), m.end(), "goal") for m in _GOAL_LABEL.finditer(text)]
    marks += [(m.start(), m.end(), "indicator") for m in _INDICATOR_LABEL.finditer(text)]
    marks.sort()
    if not marks:
        return [(text, None)]
    out = []
    if text[: marks[0][0]].strip():
        out.append((text[: marks[0][0]].strip(), None))
    for k, (start, end, label) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        out.append((text[end:stop].strip(), label))
    return out


_TITLED = lazy_regex.compile(r"^[^，。；：:,;]{2,12}。.")


def _titled_items(paras: list[str]) -> list[list[str]] | None:
    """Unnumbered measures each opening with a short title and its full stop (压实工作责任。…):
    a paragraph without such a title goes on with the measure above. None where fewer than two
    paragraphs open so, or the first does not."""
    if any(numbering.has(p) for p in paras) or sum(1 for p in paras if _TITLED.match(p)) < 2 or not _TITLED.match(paras[0]):
        return None
    items: list[list[str]] = []
    for p in paras:
        if _TITLED.match(p) or not items:
            items.append([p])
        else:
            items[-1].append(p)
    return items


def safeguards(lines: list[Line]) -> list[dict]:
    out = []
    paras = _paragraphs(lines)
    for item in _titled_items(paras) or _items(paras):
        head = numbering.strip(item[0])
        m = regex.search(r"[。]", head)
        if m:
            title, text = head[: m.start()], head[m.end():]
        elif len(head) <= 30 and len(item) > 1:
            title, text = head, ""
        else:
            m = regex.search(r"[：:]", head)
            title, text = (head[: m.start()], head[m.end():]) if m else (head, "")
        for p in item[1:]:
            text = join(text, p)
        out.append({"title": title.strip(), "text": text.strip()})
    return out


# The column headers of part 1's own small tables (项目 | 绩效目标 | 绩效指标, 措施 | 内容), and
# what each column of a 分项 table holds.
_COLUMN_FIELDS = {"项目": "title", "项目名称": "title", "名称": "title", "分项目标": "title", "分项绩效目标": "title",
                  "目标名称": "title", "任务": "title", "任务名称": "title", "分项名称": "title", "序号": None, "绩效目标": "goal", "目标": "goal", "任务目标": "goal",
                  "绩效指标": "indicator", "指标": "indicator", "考核指标": "indicator", "目标值": "value", "指标值": "value",
                  "措施": None, "保障措施": None, "内容": None, "具体内容": None, "具体措施": None}
_PART1_COLUMNS = frozenset(_COLUMN_FIELDS)
_CN_DIGITS = "一二三四五六七八九十"


def is_part1_column(text: str) -> bool:
    """One of part 1's column names (分项目标, 任务名称, 绩效指标, …)."""
    return clean(text) in _PART1_COLUMNS


def is_part1_header(texts: list[str]) -> bool:
    """A row of part 1's column names only, a title's column among them (分项目标 | 绩效目标 | …)."""
    names = [clean(t) for t in texts if t and t.strip()]
    return len(names) >= 2 and all(t in _PART1_COLUMNS for t in names) and any(
        _COLUMN_FIELDS[t] == "title" for t in names) and any(_COLUMN_FIELDS[t] == "goal" for t in names)


def table_lines(table: Table) -> list[Line]:
    """Part 1 printed as a table, as the lines a page would print: a section's name in a row's
    first cell with its text beside it; a 分项 table (项目 | 绩效目标 | 绩效指标) as numbered
    items with their 绩效目标：/绩效指标： lines; a 保障措施 table (措施 | 内容) as numbered
    items, the measure's name before its text. Where a 分项 table names its columns and
    merges an item's first cells down its indicator rows (分项目标 | 绩效目标 | 绩效指标 | 目标值),
    each further row adds its indicator and target to the item's, after a ；."""
    out: list[Line] = []
    kind = None
    n = 0
    columns: dict[int, str | None] | None = None
    indicator_at: int | None = None  # the item's 绩效指标： line in ``out``
    for row in table.rows:
        placed = []
        for j, c in enumerate(row):
            if c is not None and c.text.strip() and (not placed or c is not placed[-1][1]):
                placed.append((j, c))
        cells = [c for _, c in placed]
        if not cells:
            continue
        first = clean(cells[0].text)
        if len(cells) > 1 and is_part1_header([c.text for c in cells]):
            # The table's own header (分项目标 | 绩效目标 | …): its first name is no section's heading.
            columns = {j: _COLUMN_FIELDS[clean(c.text)] for j, c in placed}
            kind = kind or "sub"
            continue
        found = heading_kind(first)
        if found is not None:
            kind, n, columns = found, 0, None
            out.append(Line(first, cells[0].where, para_break_before=True))
            for c in cells[1:]:
                out += [Line(p, c.where, para_break_before=True) for p in (c.parts or (c.text,)) if p.strip()]
            continue
        if all(clean(c.text) in _PART1_COLUMNS for c in cells):
            columns = {j: _COLUMN_FIELDS[clean(c.text)] for j, c in placed}
            continue  # the small table's own header row
        texts = ["".join(p.strip() for p in (c.parts or (c.text,))) for c in cells]
        if kind == "sub" and columns and "title" in columns.values():
            got = {columns.get(j): t for (j, _), t in zip(placed, texts) if columns.get(j)}
            indicator = (got.get("indicator") or "") + (got.get("value") or "")
            title_at = next(j for j, f in columns.items() if f == "title")
            if row[title_at] is None and indicator_at is not None and indicator:
                # A row under the item's merged first cells: one more indicator of it.
                line = out[indicator_at]
                out[indicator_at] = Line(f"{line.text}；{indicator}", line.where, para_break_before=True)
                continue
            n += 1
            number = _CN_DIGITS[n - 1] if n <= len(_CN_DIGITS) else str(n)
            out.append(Line(f"{number}、{got.get('title') or ''}", cells[0].where, para_break_before=True))
            if got.get("goal"):
                out.append(Line(f"绩效目标：{got['goal']}", cells[0].where, para_break_before=True))
            indicator_at = None
            if indicator:
                out.append(Line(f"绩效指标：{indicator}", cells[0].where, para_break_before=True))
                indicator_at = len(out) - 1
            continue
        n += 1
        number = _CN_DIGITS[n - 1] if n <= len(_CN_DIGITS) else str(n)
        if kind == "sub" and len(cells) >= 2:
            out.append(Line(f"{number}、{first}", cells[0].where, para_break_before=True))
            out.append(Line(f"绩效目标：{texts[1]}", cells[1].where, para_break_before=True))
            if len(cells) >= 3:
                out.append(Line(f"绩效指标：{texts[2]}", cells[2].where, para_break_before=True))
        elif kind == "safeguards" and len(cells) >= 2:
            title = first.rstrip("。")
            out.append(Line(f"（{number}）{title}。{texts[1]}", cells[0].where, para_break_before=True))
        else:
            out += [Line(t, c.where, para_break_before=True) for c, t in zip(cells, texts)]
    return out
