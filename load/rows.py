"""One record (``extract.record.Record``) to the rows it becomes, ready to insert.

This is the only place that reads a record for the archive: every key the loader
stores is read here, once, as an attribute of the typed record (a misspelled key is
an AttributeError, not a silent NULL; a record given as JSON data is converted, and
checked, first). The result (``DraftRows``) is plain data: tuples in each
table's column order with values the target backend takes as they are (JSON as
text, and on SQLite numbers as floats), plus the search index's entries, segmented.
Building it is the expensive part of loading (jieba's segmentation above all), so it
runs where the draft was extracted (an ingest worker, a Dask worker, a loader's
pool) and the single writer only assigns ids and inserts.

Ids are not known here: a child row names its parent by position (the index of its
project in ``projects``), and the writer fills in the ids it draws.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterator

from jixiao.extract.record import Record, as_record, encode, known
from jixiao.extract.textclean import clean
from jixiao.load.columns import columns as table_columns
from jixiao.load.portable import MAX_INDEXED_BYTES, _fitters, fit_json
from jixiao.load.fts import tsvector_binary
from jixiao.load.segment import index_terms

# How many yuan one printed unit is; units not listed leave budget_total_yuan empty.
YUAN_PER_UNIT = {"元": 1, "千元": 1_000, "万元": 10_000, "百万元": 1_000_000, "亿元": 100_000_000}

# Allowed values, the first being what a record without the key means.
SCOPES = ("project", "department")
PERIODS = ("year", "mid_term")

_NO_SPACE = re.compile(r"[^\s\u00a0\u3000]+")


# --- the rows of one draft ---------------------------------------------------------


@dataclass
class DraftSummary:
    """What a batch reports about a loaded draft (so the writer never reads the record)."""

    department: str | None = None
    year: Any = None
    projects: int = 0
    indicators: int = 0
    issues: int = 0


@dataclass
class DraftRows:
    """A draft's rows. ``document`` lacks id and ingested_at; child tuples lack their own id
    and their document's; ``*_of`` lists give each child's project by position."""

    sha256: str
    path: str
    dialect: str
    document: tuple
    toc: list[tuple] = field(default_factory=list)
    sections: list[tuple] = field(default_factory=list)
    projects: list[tuple] = field(default_factory=list)
    milestones: list[tuple] = field(default_factory=list)  # (project position, *values)
    goals: list[tuple] = field(default_factory=list)       # (project position, *values)
    indicators: list[tuple] = field(default_factory=list)  # (project position, *values)
    issues: list[tuple] = field(default_factory=list)
    # The search index: per indexed table, one entry per row in row order: the stored
    # texts followed by (SQLite) the words and grams streams, or (PostgreSQL) the tsvector.
    index: dict[str, list[tuple]] = field(default_factory=dict)
    summary: DraftSummary = field(default_factory=DraftSummary)

    @property
    def row_count(self) -> int:
        return (1 + len(self.toc) + len(self.sections) + len(self.projects) + len(self.milestones)
                + len(self.goals) + len(self.indicators) + len(self.issues))


def draft_rows(record: Record | dict[str, Any], *, path: str, sha256: str, dialect: str, keep_json: bool = True,
               record_json: str | None = None, check: Callable[[], None] | None = None) -> DraftRows:
    """The rows of ``record`` for a ``dialect`` ("sqlite" or "postgresql") archive.

    ``record_json``: the record as JSON text, when the caller has it already (a JSON
    line): it is stored as it is unless it holds something a backend refuses.
    ``check`` is called every few thousand rows (a deadline: it raises to give up).
    Raises ``portable.DoesNotFit`` for a value no backend holds.
    """
    check = check or _never
    record = as_record(record)
    shapes = _shapes(dialect)
    source, doc = record.source, record.document
    json_text = _record_json(record, record_json) if keep_json else "null"
    document = shapes.document.fit({
        "sha256": sha256,
        "path": str(path),
        "format": source.format,
        "pages": source.pages,
        "ocr": source.ocr if isinstance(source.ocr, bool) else None,
        "department": _text(doc.department),
        "department_code": _squash(doc.department_code),
        "year": _int(doc.year),
        "title": _text(doc.title),
        "status": _text(doc.status),
        "compiled_by": _text(doc.compiled_by),
        "reviewed_by": _text(doc.reviewed_by),
        "extractor_version": record.extractor.version if record.extractor else None,
        "same_as": None,
    }) + (json_text,)
    rows = DraftRows(sha256=sha256, path=str(path), dialect=dialect, document=document)

    rows.toc = [shapes.toc.fit({"seq": i, "part": _int(e.part), "title": _text(e.title), "page": _int(e.page)})
                for i, e in enumerate(record.toc, 1)]
    sections = [_section(i, "overall_goal", text=goal) for i, goal in enumerate(record.overall_goals, 1)]
    sections += [_section(i, "sub_goal", title=g.title, goal=g.goal, indicator=g.indicator)
                 for i, g in enumerate(record.sub_goals, 1)]
    sections += [_section(i, "safeguard", title=s.title, text=s.text) for i, s in enumerate(record.safeguards, 1)]
    rows.sections = [shapes.section.fit(s) for s in sections]
    index = _Index(dialect)
    for s in sections:
        index.add("sections", s["title"], s["text"], s["goal"], s["indicator"])

    projects = record.projects
    indicators = 0
    for position, project in enumerate(projects):
        project_row = _project_row(project)
        rows.projects.append(shapes.project.fit(project_row))
        rows.milestones += [(position,) + shapes.milestone.fit({"month": _int(m.month), "pct": _float(m.pct)})
                            for m in project.spending_plan]
        goals = list(_goal_rows(project))
        rows.goals += [(position,) + shapes.goal.fit(g) for g in goals]
        joined = "\n".join(g["text"] for g in goals if g["text"]) or None
        index.add("projects", project_row["name"], project_row["purpose"], joined)
        for i, ind in enumerate(project.indicators, 1):
            row = _indicator_row(i, ind)
            rows.indicators.append((position,) + shapes.indicator.fit(row))
            index.add("indicators", row["level3"], row["description"])
            indicators += 1
            if indicators % 2_000 == 0:
                check()
    rows.issues = [shapes.issue.fit(_issue_row(issue)) for issue in record.issues]
    rows.index = index.entries
    rows.summary = DraftSummary(department=doc.department, year=doc.year, projects=len(projects),
                                indicators=indicators, issues=len(rows.issues))
    return rows


def record_rows(record: Record) -> int:
    """The rows the record becomes in the archive (indicators, projects, goals, sections, ...)."""
    rows = 1 + len(record.toc) + len(record.issues)
    rows += len(record.overall_goals) + len(record.sub_goals) + len(record.safeguards)
    for project in record.projects:
        rows += 1 + len(project.indicators) + len(project.goals)
        rows += len(project.goals_mid_term or []) + len(project.spending_plan)
    return rows


def record_indicators(record: Record) -> int:
    return sum(len(p.indicators) for p in record.projects)


def record_identity(record: Record) -> tuple[Any, Any]:
    """``(sha256, path)`` as the record's source names them."""
    return record.source.sha256, record.source.path


def _never() -> None:
    return None


def _section(seq: int, kind: str, *, title=None, text=None, goal=None, indicator=None) -> dict:
    return {"seq": seq, "kind": kind, "title": _text(title), "text": _text(text), "goal": _text(goal),
            "indicator": _text(indicator)}


def _goal_rows(project) -> Iterator[dict]:
    annual = project.goals
    for i, goal in enumerate(annual, 1):
        yield {"seq": i, "text": _text(goal), "period": "year"}
    # One numbering per project, so seq still orders every goal of it.
    for i, goal in enumerate(project.goals_mid_term or [], 1):
        yield {"seq": len(annual) + i, "text": _text(goal), "period": "mid_term"}


def _project_row(project) -> dict:
    unit = _text(project.unit)
    total = _decimal(project.budget_total)
    return {
        "seq": _int(project.seq),
        "code": _squash(project.code),
        "name": _text(project.name),
        "title": _text(project.title),
        "department": _text(project.department),
        "department_code": _squash(project.department_code),
        # Records written before the department family existed have no scope: they are projects.
        "scope": _choice(project.scope, SCOPES),
        "implementing_unit": _text(project.implementing_unit),
        "unit": unit,
        "budget_total": total,
        "budget_fiscal": _decimal(project.budget_fiscal),
        "budget_other": _decimal(project.budget_other),
        "budget_carryover": _decimal(project.budget_carryover),
        "budget_total_yuan": total * YUAN_PER_UNIT[unit] if total is not None and unit in YUAN_PER_UNIT else None,
        "purpose": _text(project.purpose),
        "extra": project.extra or None,
        "page": _int(project.page),
        "bbox": known(project.bbox),
        "line": _int(project.line),
    }


def _indicator_row(position: int, ind) -> dict:
    baseline = ind.baseline_raw
    return {
        "seq": _int(ind.seq) or position,
        "period": _choice(ind.period, PERIODS),
        "level1": _text(ind.level1),
        "level1_std": _text(ind.level1_std),
        "level2": _text(ind.level2),
        "level2_std": _text(ind.level2_std),
        "level3": _text(ind.level3),
        "description": _text(ind.description),
        # As printed, on purpose: the one field kept byte for byte.
        "value_raw": ind.value_raw,
        "kind": ind.kind,
        "comparator": ind.comparator,
        "value": _float(ind.value),
        "value_max": _float(ind.value_max),
        "unit": _text(ind.unit),
        "unit_inferred": _text(ind.unit_inferred),
        "amount_yuan": _decimal(ind.amount_yuan),
        "reference": _text(ind.reference),
        "direction": _text(ind.direction),
        "sign": _text(ind.sign),
        "basis": _text(ind.basis),
        # As printed, like value_raw: the baseline is compared with the target by eye.
        "baseline_raw": baseline if baseline not in ("", None) else None,
        "weight": _float(ind.weight),
        "extra": ind.extra or None,
        "page": _int(ind.page),
        "bbox": known(ind.bbox),
        "line": _int(ind.line),
    }


def _issue_row(issue) -> dict:
    return {
        "severity": issue.severity,
        "code": str(issue.code),  # IssueCode: its slug
        "project_seq": _int(issue.project),
        "indicator_seq": _int(issue.indicator),
        "where": issue.where,
        "message": issue.message,
        "page": _int(issue.page),
        "line": _int(issue.line),
    }


def _record_json(record: Record, given: str | None) -> str:
    """The record as JSON text both backends store: the given text when it is clean.

    msgspec writes NaN and infinity as null; a NUL character, which PostgreSQL's text
    refuses, takes the slow, thorough way."""
    if given is not None and "\\u0000" not in given and "NaN" not in given and "Infinity" not in given:
        return given
    text = encode(record).decode("utf-8")
    return json.dumps(fit_json(record.to_dict()), ensure_ascii=False) if "\\u0000" in text else text


# --- the search index's entries ----------------------------------------------------


class _Index:
    def __init__(self, dialect: str):
        self.sqlite = dialect == "sqlite"
        self.entries: dict[str, list[tuple]] = {"indicators": [], "projects": [], "sections": []}

    def add(self, table: str, *texts: str | None) -> None:
        if sum(len(t) for t in texts if t) <= _CACHED_ENTRY_CHARS:
            self.entries[table].append(_cached_entry(self.sqlite, texts))
        else:
            self.entries[table].append(_entry(self.sqlite, texts))


# Drafts repeat their short texts (level names, 群众满意度, 完成率) across rows, projects and
# departments: each distinct one is turned into index terms once per process. Longer
# texts are rarely repeated and would crowd the cache.
_CACHED_ENTRY_CHARS = 400


def _entry(sqlite: bool, texts: tuple[str | None, ...]) -> tuple:
    """One index row: the texts and their streams (SQLite), or the tsvector (PostgreSQL)."""
    terms = index_terms(*texts)
    if sqlite:
        return (*texts, " ".join(terms.words), " ".join(terms.grams))
    return (tsvector_binary(terms),)


_cached_entry = functools.lru_cache(maxsize=32768)(_entry)


# --- backend-ready tuples ----------------------------------------------------------


class _Shape:
    """A table's columns (besides ids) in order, each with its portable fit and its conversion.

    ``portable``'s fitters, compiled into one expression per column that skips
    what cannot apply (a NULL, a short text without NUL): this runs for every value of
    every row, so it is generated once per table rather than interpreted per value.
    """

    def __init__(self, table: str, columns: tuple[str, ...], dialect: str):
        self.columns = columns
        fitters = _fitters(table)
        described = table_columns(table)
        parts = []
        for name in columns:
            column = described[name]
            fit = f"F[{name!r}]"
            v = f"(v := g({name!r}))"
            if column.kind == "json":
                # None is JSON null, as SQLAlchemy's JSON type stores it
                parts.append(f"'null' if {v} is None else dumps({fit}(v), ensure_ascii=False)")
            elif column.kind == "text":
                # Texts this short cannot break a length or index-size limit.
                limit = min(column.length or 1 << 30, MAX_INDEXED_BYTES // 4 if column.indexed else 1 << 30)
                parts.append(f"v if {v} is None or (v.__class__ is str and len(v) <= {limit} and NUL not in v) "
                             f"else {fit}(v)")
            elif dialect == "sqlite" and column.kind == "numeric":
                parts.append(f"None if {v} is None else real({fit}(v))")  # NUMERIC is REAL on SQLite
            elif name in fitters:
                parts.append(f"v if {v} is None else {fit}(v)")
            else:
                parts.append(f"g({name!r})")
        source = "def fit(row):\n    g = row.get\n    return (\n" + "".join(f"        ({p}),\n" for p in parts) + "    )\n"
        scope = {"F": fitters, "dumps": json.dumps, "NUL": "\x00", "real": _real}
        exec(compile(source, f"<fit {table}>", "exec"), scope)  # noqa: S102 - our own text
        self.fit = scope["fit"]


def _real(value: Any) -> float | None:
    return None if value is None else float(value)


DOCUMENT_COLUMNS = ("sha256", "path", "format", "pages", "ocr", "department", "department_code", "year", "title",
                    "status", "compiled_by", "reviewed_by", "extractor_version", "same_as")
# The document's full column list in insert order: id first, then these, ingested_at, record_json.
TOC_COLUMNS = ("seq", "part", "title", "page")
SECTION_COLUMNS = ("seq", "kind", "title", "text", "goal", "indicator")
PROJECT_COLUMNS = ("seq", "code", "name", "title", "department", "department_code", "scope", "implementing_unit",
                   "unit", "budget_total", "budget_fiscal", "budget_other", "budget_carryover", "budget_total_yuan",
                   "purpose", "extra", "page", "bbox", "line")
MILESTONE_COLUMNS = ("month", "pct")
GOAL_COLUMNS = ("seq", "text", "period")
INDICATOR_COLUMNS = ("seq", "period", "level1", "level1_std", "level2", "level2_std", "level3", "description",
                     "value_raw", "kind", "comparator", "value", "value_max", "unit", "unit_inferred", "amount_yuan",
                     "reference", "direction", "sign", "basis", "baseline_raw", "weight", "extra", "page", "bbox",
                     "line")
ISSUE_COLUMNS = ("severity", "code", "project_seq", "indicator_seq", "where", "message", "page", "line")


@dataclass(frozen=True)
class _Shapes:
    document: _Shape
    toc: _Shape
    section: _Shape
    project: _Shape
    milestone: _Shape
    goal: _Shape
    indicator: _Shape
    issue: _Shape


_SHAPES: dict[str, _Shapes] = {}


def _shapes(dialect: str) -> _Shapes:
    if dialect not in _SHAPES:
        _SHAPES[dialect] = _Shapes(
            document=_Shape("documents", DOCUMENT_COLUMNS, dialect),
            toc=_Shape("toc_entries", TOC_COLUMNS, dialect),
            section=_Shape("sections", SECTION_COLUMNS, dialect),
            project=_Shape("projects", PROJECT_COLUMNS, dialect),
            milestone=_Shape("spending_milestones", MILESTONE_COLUMNS, dialect),
            goal=_Shape("project_goals", GOAL_COLUMNS, dialect),
            indicator=_Shape("indicators", INDICATOR_COLUMNS, dialect),
            issue=_Shape("extraction_issues", ISSUE_COLUMNS, dialect),
        )
    return _SHAPES[dialect]


def ingested_at(dialect: str) -> Any:
    """Now, as the documents table stores it (SQLAlchemy's text form on SQLite)."""
    now = dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y-%m-%d %H:%M:%S.%f") if dialect == "sqlite" else now


# --- values ------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    """The cleaned form CONTRACT.md asks the loader to store; empty becomes NULL."""
    if value is None:
        return None
    value = str(value)
    if _NO_SPACE.fullmatch(value):
        return value  # nothing to clean: by far the common case, and the cheap one
    return clean(value) or None


def _choice(value: Any, allowed: tuple[str, ...]) -> str:
    """The value if it is one of ``allowed``, else the default (the first)."""
    return value if value in allowed else allowed[0]


def _squash(value: Any) -> str | None:
    return "".join(str(value).split()) or None if value is not None else None


def _int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


def _float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _decimal(value: Any) -> Decimal | None:
    """Through ``str`` so 124.93 stays 124.93, not the float's binary neighbour."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None
