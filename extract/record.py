"""The record of one draft, as typed classes: CONTRACT.md in code.

Every key the extractor emits is a field here, so a misspelled key is a
``TypeError`` where the record is built, an ``AttributeError`` where it is read,
and a ``msgspec.ValidationError`` where JSON is decoded: never a silent NULL.
``schemas/record.schema.json`` is generated from these classes
(``python -m jixiao.extract.schema``) and a test keeps the two equal.

Three kinds of field:

* the keys CONTRACT.md fixes: no default, always in the JSON (null where the
  draft prints nothing);
* keys beyond the contract that every record carries (``value_max``, ``period``):
  a default, always in the JSON, so a record of an older jixiao still decodes;
* provenance and reader notes (``page``, ``bbox``, ``ocr_confidence``): ``UNSET``
  until known and then left out of the JSON, as a PDF record has no ``line``.
  ``UNSET`` is falsy, so ``if ind.page:`` reads as it would with ``None``.

JSON goes in and out through ``encode``/``decode`` only (msgspec: one C
encoder/decoder that checks types while it parses).
"""
from __future__ import annotations

import enum
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

__all__ = ["Record", "Source", "Extractor", "Document", "TocEntry", "SubGoal", "Safeguard", "Milestone", "Project",
           "Indicator", "Issue", "IssueCode", "Severity", "UNSET", "encode", "decode", "parse_line", "known",
           "from_data", "place"]

Positive = Annotated[int, Meta(ge=1)]
Share = Annotated[float, Meta(ge=0, le=1)]
Number = int | float
Box = Annotated[list[float], Meta(min_length=4, max_length=4)]

Level1 = Literal["产出指标", "效益指标", "满意度指标", "成本指标"]
Level2 = Literal["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
                 "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标", "生态环境成本指标"]
Kind = Literal["numeric", "reference", "qualitative", "missing"]
Comparator = Literal[">=", "<=", ">", "<", "="]
Severity = Literal["error", "warning", "info"]
Format = Literal["pdf", "text", "docx", "xlsx", "doc", "xls", "odt", "ods", "image"]
Rendering = Literal["pdf", "tsv", "csv", "markdown", "html", "plain", "pipe_lines", "cell_lines", "bare_lines", "bare_cell_lines", "spaced",
                    "glued", "docx", "xlsx", "xls", "scan"]


class _Closed(Struct, kw_only=True, forbid_unknown_fields=True):
    """A closed object of the record: unknown keys are refused when decoding."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (plain dicts, lists, str, numbers): what ``jixiao extract`` prints."""
        return msgspec.to_builtins(self)


class _Placed(_Closed, kw_only=True):
    """Where a project, indicator or issue is in the draft: a PDF page and box, a
    text line, or a place in a Word or Excel file (paragraph; table or sheet, row, cell)."""

    page: Positive | UnsetType = UNSET
    bbox: Box | UnsetType = UNSET  # x0, top, x1, bottom in PDF points
    line: Positive | UnsetType = UNSET
    paragraph: Positive | UnsetType = UNSET
    table: Positive | UnsetType = UNSET
    sheet: str | UnsetType = UNSET
    row: Positive | UnsetType = UNSET
    cell: Positive | UnsetType = UNSET


PLACE_KEYS = ("page", "bbox", "line", "paragraph", "table", "sheet", "row", "cell")


def place(obj: _Placed) -> dict[str, Any]:
    """The provenance keys ``obj`` has (``{"page": 3, "bbox": [...]}``, ``{"line": 40}``)."""
    return {k: v for k in PLACE_KEYS if (v := getattr(obj, k)) is not UNSET}


class Source(_Closed, kw_only=True):
    path: str
    sha256: Annotated[str, Meta(pattern="^[0-9a-f]{64}$")]
    format: Format
    pages: Positive | None
    rendering: Rendering | UnsetType = UNSET  # how the text showed its tables (README: Text renderings)
    encoding: str | UnsetType = UNSET
    # what the text reader undid: mhtml (a page out of its MIME container), escaped_breaks, traditional_mirror
    repairs: list[str] | UnsetType = UNSET
    ocr: bool | UnsetType = UNSET  # true where any of the text came from OCR
    ocr_pages: list[Positive] | UnsetType = UNSET
    converted_by: str | UnsetType = UNSET  # "LibreOffice" for .doc/.wps/.et read through a conversion
    sheets: list[str] | UnsetType = UNSET
    paragraphs: Annotated[int, Meta(ge=0)] | UnsetType = UNSET
    # Word: how many tables; PDF: the table finder when not the default (camelot).
    tables: Annotated[int, Meta(ge=0)] | str | UnsetType = UNSET
    warnings: list[str] | UnsetType = UNSET  # what the PDF reader noticed about the text layer


class Extractor(_Closed, kw_only=True):
    name: str = "jixiao"
    version: str


class Document(_Closed, kw_only=True):
    """The cover: the draft's title and year, department, status, who compiled and reviewed it."""

    title: str | None
    department: str | None
    department_code: str | None
    year: Annotated[int, Meta(ge=1990, le=2100)] | None
    status: str | None
    compiled_by: str | None
    reviewed_by: str | None


class TocEntry(_Closed, kw_only=True):
    part: Literal[1, 2, 3]
    title: str
    page: int | None


class SubGoal(_Closed, kw_only=True):
    title: str | None
    goal: str | None
    indicator: str | None


class Safeguard(_Closed, kw_only=True):
    title: str
    text: str


class Milestone(_Closed, kw_only=True):
    """资金支出计划: by the end of ``month``, ``pct`` percent is spent."""

    month: Annotated[int, Meta(ge=1, le=12)]
    pct: Number | None


class Indicator(_Placed, kw_only=True):
    seq: Positive
    level1: str | None
    level1_std: Level1 | None
    level2: str | None
    level2_std: Level2 | None
    level3: str | None
    description: str | None
    value_raw: str
    kind: Kind
    comparator: Comparator | None
    value: Number | None
    value_max: Number | None = None
    unit: str | None
    unit_inferred: str | None = None
    amount_yuan: Number | None = None
    reference: str | None
    basis: str | None
    direction: Literal["正向", "反向", "中性"] | None = None
    weight: Number | None = None  # 权重 / 分值 as a number
    sign: str | None = None  # 指标性质 as printed
    baseline_raw: str | None = None  # the prior level printed beside the target (上年度实际水平), as printed
    period: Literal["year", "mid_term"] | None = None  # 年度 (the default) or 中期/实施期
    extra: dict[str, str] = {}  # columns the lexicon does not know, by printed header
    ocr_confidence: Share | UnsetType = UNSET  # the lowest of the row's cells, where OCR read it


class Project(_Placed, kw_only=True):
    seq: Positive
    title: str | None
    scope: Literal["project", "department"] | None = None  # department: a 部门(单位)整体支出绩效目标表
    department_code: str | None
    department: str | None
    code: str | None
    name: str | None
    unit: str | None
    budget_total: Number | None
    budget_fiscal: Number | None
    budget_other: Number | None
    budget_carryover: Number | None = None  # 上年结转资金, in unit
    implementing_unit: str | None = None  # 实施单位 / 项目单位 printed apart from the department
    purpose: str | None
    spending_plan: list[Milestone]
    goals: list[str]
    goals_mid_term: list[str] | None = None  # 中期目标 / 实施期绩效目标 printed beside the annual goals
    indicators: list[Indicator]
    extra: dict[str, Any] = {}  # labels the lexicon does not know, and small tables of the header block
    ocr_confidence: Share | UnsetType = UNSET  # the lowest of its header block's cells, where OCR read it


class IssueCode(str, enum.Enum):
    """What an issue is about; the value is the slug the JSON carries."""

    # the interpreter
    NO_INDICATOR_TABLE = "no_indicator_table"
    UNKNOWN_COLUMN = "unknown_column"
    # extract/checks
    TOC_TITLE_MISMATCH = "toc_title_mismatch"
    TOC_WITHOUT_TABLE = "toc_without_table"
    TABLE_WITHOUT_TOC = "table_without_toc"
    TOC_PAGE = "toc_page"
    BUDGET_SUM = "budget_sum"
    SPENDING_PLAN_OVER_100 = "spending_plan_over_100"
    SPENDING_PLAN_DECREASING = "spending_plan_decreasing"
    MISSING_VALUE = "missing_value"
    MISSING_BASIS = "missing_basis"
    QUALITATIVE_TARGET = "qualitative_target"
    PERCENT_OVER_100 = "percent_over_100"
    LOST_PERCENT = "lost_percent"
    VALUE = "value"  # what normalize noticed reading a 指标值 cell
    UNIT_CONFLICT = "unit_conflict"
    UNKNOWN_LEVEL = "unknown_level"
    NO_INDICATORS = "no_indicators"
    NO_OUTPUT_INDICATOR = "no_output_indicator"
    NO_SATISFACTION_INDICATOR = "no_satisfaction_indicator"
    DUPLICATE_CODE = "duplicate_code"
    # the readers
    GLUED_DIGITS = "glued_digits"
    HIDDEN_SHEET = "hidden_sheet"
    HIDDEN_ROWS = "hidden_rows"
    HIDDEN_COLUMNS = "hidden_columns"
    OUTSIDE_PRINT_AREA = "outside_print_area"
    OCR_LOW_CONFIDENCE = "ocr_low_confidence"
    OCR_CORRECTED = "ocr_corrected"

    def __str__(self) -> str:  # in an f-string, the slug
        return self.value


class Issue(_Placed, kw_only=True):
    """What the extractor noticed, pointing at the project, indicator and spot it is about."""

    severity: Severity
    code: IssueCode
    project: Positive | None = None
    indicator: Positive | None = None
    where: str  # "document", "project 3", "project 3, indicator 7", "sheet 附表"
    message: Annotated[str, Meta(min_length=1)]
    count: Annotated[int, Meta(ge=0)] | UnsetType = UNSET  # ocr_corrected: the number of fixes

    @classmethod
    def at(cls, code: IssueCode | str, severity: Severity, message: str, *, project: Project | None = None,
           indicator: Indicator | None = None, **spot: Any) -> Issue:
        """An issue about ``indicator`` of ``project``, ``project``, or the whole draft.

        Its spot (page or line, or Word/Excel place) is the indicator's if there is one,
        else the project's, so that a reader can jump to it; ``spot`` gives it where
        neither has one (a reader's issue).
        """
        anchor = indicator if indicator is not None else project
        if anchor is not None:  # the spot, not the row's box: a bbox on an issue marks an OCR cell
            spot = {**{k: v for k, v in place(anchor).items() if k != "bbox"}, **spot}
        return cls(severity=severity, code=IssueCode(code), message=message,
                   project=project.seq if project is not None else None,
                   indicator=indicator.seq if indicator is not None else None,
                   where=_where(project, indicator), **spot)


def _where(project: Project | None, indicator: Indicator | None) -> str:
    if project is None:
        return "document"
    if indicator is None:
        return f"project {project.seq}"
    return f"project {project.seq}, indicator {indicator.seq}"


class Record(_Closed, kw_only=True):
    """One draft: CONTRACT.md's record."""

    source: Source
    document: Document
    toc: list[TocEntry]
    overall_goals: list[str]
    sub_goals: list[SubGoal]
    safeguards: list[Safeguard]
    projects: list[Project]
    issues: list[Issue]
    extractor: Extractor | UnsetType = UNSET


# -- JSON in and out -----------------------------------------------------------------

_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(Record)


def encode(record: Record, *, indent: int | None = None) -> bytes:
    """The record as UTF-8 JSON (CJK as is); ``indent`` pretty-prints."""
    data = _ENCODER.encode(record)
    return msgspec.json.format(data, indent=indent) if indent else data


def decode(data: bytes | str) -> Record:
    """A record from JSON; an unknown or mistyped key raises ``msgspec.ValidationError``
    naming its path (``Object contains unknown field `valeu` - at `$.projects[0].indicators[2]```)."""
    return _DECODER.decode(data)


def parse_line(line: bytes | str) -> tuple[Record | None, str | None]:
    """The record of one line of ``jixiao extract --jsonl``, or why it is not one
    (``not JSON (...)``, ``not a jixiao record: Expected `int`, got `str` - at `$.projects[0].seq```)."""
    try:
        return _DECODER.decode(line), None
    except msgspec.ValidationError as err:
        return None, f"not a jixiao record: {err}"
    except msgspec.DecodeError as err:
        return None, f"not JSON ({err})"


def known(value: Any) -> Any:
    """None for a provenance key the record leaves unset (msgspec.UNSET): a PDF row has
    no Word row, a text row no page."""
    return None if value is UNSET else value


def as_record(record: Record | dict[str, Any]) -> Record:
    """The typed record; JSON data (a gold, a custom extractor's dict) is converted and checked."""
    return record if isinstance(record, Record) else from_data(record)


def from_data(data: dict[str, Any]) -> Record:
    """A record from JSON data already parsed (checked as ``decode`` checks JSON)."""
    return msgspec.convert(data, Record)
