"""Documents that look like goal drafts and are not: told apart by name.

* A year-end self-evaluation (绩效自评表) reuses the goal form's 一级/二级/三级
  指标 and 年度指标值 columns and adds what was achieved (实际完成值, 全年实际值)
  and its score (得分).  Read as a draft, its targets would pass for goals.
* A mid-year monitoring table (绩效运行监控表) reuses them too, with what was done so
  far (1-7月执行数, 实际完成值), the year's forecast (全年预计完成值) and why it deviates.
* An evaluation report (绩效评价报告) scores a year's results against an index of
  indicators (分值 | 得分), under a title naming the report.
* A blank form (a template with its pre-set rows) has the labels of a project
  (项目名称, 资金总额) and nothing beside them: there is no project to record.
* A department's final accounts (部门决算) are tables of what was received and spent
  (收入支出决算总表, …); their notes may cite the year's 绩效自评 score, but no goal table.

``kind(blocks, record)`` says which, or None for a draft (or an unrelated file,
which the caller refuses as "not a draft"); ``budget_book(blocks)`` names a
department's budget book among the files without any goal table.
"""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Block, Line, Table
from jixiao.extract.interpret import layout as layout_of
from jixiao.extract.record import Record
from jixiao.extract.interpret.lexicon import (ACTUAL_COLUMNS, MONITORING_COLUMNS, MONITORING_TITLE, SCORE_COLUMNS,
                                              SELF_EVALUATION_TITLE, header_label, label_key)
from jixiao.extract.textclean import clean
from jixiao.normalize import lazy_regex

# The labels that name a project: a form where all of them are empty is blank.
_IDENTITY = ("name", "code", "total", "fiscal")
_TITLE = lazy_regex.compile(r"自\s*评\s*表")
_SENTENCE = lazy_regex.compile(r"[，。；,;]")
_EVALUATION_REPORT = lazy_regex.compile(r"绩\s*效\s*评\s*价\s*报\s*告|评\s*价\s*报\s*告")
_PIPES = lazy_regex.compile(r"^[|｜\s]*$")
# The final accounts' tables (收入支出决算总表, 财政拨款收入支出决算总表, 一般公共预算财政拨款支出决算表)
# and the title of the book they make (XX局2024年度部门决算).
_ACCOUNTS_TABLES = lazy_regex.compile(r"[\p{Han}]{0,12}决算(?:总)?表")
_ACCOUNTS_TITLE = lazy_regex.compile(r"部门决算|单位决算|决算公开")


def _texts(blocks: list[Block]) -> list[str | None]:
    """Every line and cell in reading order; None between table rows."""
    out: list[str | None] = []
    for b in blocks:
        if isinstance(b, Line):
            out.append(clean(b.text).strip("|｜ "))
        elif isinstance(b, Table):
            for row in b.rows:
                out += [clean(c.text).strip("|｜ ") for c in row if c is not None]
                out.append(None)
    return out


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _header_words(blocks: list[Block]):
    """The words of each indicator header: with the row below (a header wrapped onto it), and its own."""
    for b in blocks:
        if not isinstance(b, Table):
            continue
        for k, row in enumerate(b.rows):
            if len(layout_of.header_fields([c.text if c else None for c in row])) < 3:
                continue
            yield [label_key(c.text) for r in b.rows[k:k + 2] for c in r if c is not None and c.text.strip()], \
                [label_key(c.text) for c in row if c is not None and c.text.strip()]


def _evaluation_header(blocks: list[Block], headers=None) -> bool:
    """An indicator header that also prints achieved values and a score."""
    return any(any(_has_any(w, ACTUAL_COLUMNS) for w in near) and any(_has_any(w, SCORE_COLUMNS) for w in near)
               for near, _ in (_header_words(blocks) if headers is None else headers))


def monitoring(blocks: list[Block], texts: list[str | None] | None = None, headers=None) -> bool:
    """A mid-year monitoring table: an indicator header that prints achieved values and
    the year's forecast or deviation, or a title naming the monitoring form over achieved values."""
    for _, own in (_header_words(blocks) if headers is None else headers):
        # The header row itself: a data row below may well say 预计完成时间.
        if any(_has_any(w, ACTUAL_COLUMNS) for w in own) and any(_has_any(w, MONITORING_COLUMNS) for w in own):
            return True
    texts = [t for t in (_texts(blocks) if texts is None else texts) if t]
    titled = any(len(t) <= 40 and MONITORING_TITLE.search(t) and not _SENTENCE.search(t) for t in texts)
    return titled and _has_any("".join(texts), ACTUAL_COLUMNS)


def self_evaluation(blocks: list[Block], *, found_indicators: bool, texts: list[str | None] | None = None,
                    headers=None) -> bool:
    texts = [t for t in (_texts(blocks) if texts is None else texts) if t]
    joined = "".join(texts)
    actual = _has_any(joined, ACTUAL_COLUMNS)
    scored = _has_any(joined, SCORE_COLUMNS)
    # A short text naming the form (绩效自评表(2022年度)) is its title, not narrative.
    titled = any(len(t) <= 40 and _TITLE.search(t) and not _SENTENCE.search(t) for t in texts)
    if _evaluation_header(blocks, headers) or titled and (actual or scored):
        return True
    if found_indicators:
        return False  # a draft that mentions 自评 in its narrative is still a draft
    return bool(SELF_EVALUATION_TITLE.search(joined)) and (actual or scored) or actual and scored and "指标" in joined


def blank_form(blocks: list[Block], record: Record, texts: list[str | None] | None = None) -> bool:
    """Project labels with nothing beside them, and no project named anywhere."""
    for p in record.projects:
        if p.name or p.code or p.budget_total is not None or p.goals:
            return False
    texts = _texts(blocks) if texts is None else texts
    labels = 0
    for k, t in enumerate(texts):
        if not t or header_label(t) not in _IDENTITY:
            continue
        labels += 1
        for nxt in texts[k + 1:]:
            if nxt is None:
                break  # the end of the label's table row: nothing beside it
            if not nxt or _PIPES.match(nxt):
                continue
            if header_label(nxt) or regex.match(r"^[\p{Han}]{2,10}[:：]$", nxt):
                break  # the next label: this one is empty
            return False  # a value beside a project label: not blank
    return labels >= 2


def final_accounts(texts: list[str | None]) -> bool:
    """Two of the final accounts' own tables (收入支出决算总表, 财政拨款收入支出决算总表, …)
    named, or a short line naming the department's 决算 as what the file is."""
    named = {m.group() for t in texts if t for m in _ACCOUNTS_TABLES.finditer(t)}
    titled = any(len(t) <= 40 and _ACCOUNTS_TITLE.search(t) and not _SENTENCE.search(t) for t in texts if t)
    return len(named) >= 2 or titled and bool(named)


def kind(blocks: list[Block], record: Record) -> str | None:
    found = any(p.indicators for p in record.projects)
    texts = _texts(blocks)  # once for every look-alike: cleaning every cell is most of the cost
    headers = list(_header_words(blocks))
    if not found and final_accounts(texts):
        return "final_accounts"  # before the self-evaluation: its notes cite the 自评 score
    # The scored table of an evaluation report, named by its title (with or without achieved values).
    report = any(len(t) <= 40 and _EVALUATION_REPORT.search(t) and not _SENTENCE.search(t) for t in texts if t)
    if self_evaluation(blocks, found_indicators=found, texts=texts, headers=headers):
        return "evaluation_report" if report else "self_evaluation"
    if report and any(any(_has_any(w, SCORE_COLUMNS) for w in own) for _, own in headers):
        return "evaluation_report"
    if monitoring(blocks, texts, headers):
        return "monitoring"
    if blank_form(blocks, record, texts):
        return "blank_form"
    return None


# The tables a budget book (部门预算公开) is made of: 部门收支总表, 财政拨款支出表, 一般公共预算…
_BUDGET_TABLES = lazy_regex.compile(r"(?:收支|收入|支出)总表|财政拨款(?:收支|支出)|一般公共预算(?:支出|基本支出)|政府性基金预算支出|三公.{0,2}经费")


def budget_book(blocks: list[Block]) -> bool:
    """A department's budget book: two or more of its own tables named in its lines or in
    its tables' first rows.  Asked only of a file with no goal table (the caller's refusal)."""
    found = set()
    for b in blocks:
        texts = [b.text] if isinstance(b, Line) else [c.text for row in b.rows[:2] for c in row if c is not None]
        for t in texts:
            found.update(m.group() for m in _BUDGET_TABLES.finditer(t or ""))
        if len(found) >= 2:
            return True
    return False
