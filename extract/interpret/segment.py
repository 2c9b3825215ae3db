"""Part 2 cut into projects: title, department line, unit, and table rows.

Producers differ in what is inside the table: the title and ``单位：万元`` may be
lines above it or rows of it; a table may be split by a page break or by a
blank line.  So everything between two project starts is gathered, row by
row, and a project starts at a title (line or one-cell row) or, when a draft
has no titles, at a header block that repeats 项目编码/项目名称.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from jixiao.extract.blocks import Block, Cell, Line, Row, Table, Where
from jixiao.extract.interpret import numbering
from jixiao.extract.interpret.layout import is_header_row
from jixiao.extract.interpret.lexicon import MONEY_UNIT_LABEL, ORG_ENDINGS, PERIOD_LABEL, SUBTABLES, header_label
from jixiao.extract.interpret.numbers import chinese_int
from jixiao.extract.textclean import clean, collapse, squash
from jixiao.normalize import lazy_regex

TITLE = lazy_regex.compile(
    # An outline number of a multilevel heading (2.1　XX项目绩效目标表) numbers the heading, not
    # the project; 2.2020年… is item 2 and a year.
    r"^(?:\d{1,2}(?:[.．]\d{1,2}){1,3}(?![\d.．])\s*|[（(]?\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:[、.．]|[)）]\s*[、.．]?)\s*)?(.{2,160}?(?:绩效目标表|绩效目标申报表|绩效目标批复表|绩效指标表|绩效目标审核表|目标申报表)(?:\s*[（(][^（）()]{1,20}[)）])?"
    # …or a budget system's page heading for its form (项目支出绩效目标申报)
    r"|.{0,40}?(?:项目支出|部门整体支出)绩效目标申报)\s*$"
)
UNIT = lazy_regex.compile(r"(?:金额|资金)?单位\s*[:：]\s*(万元|元|千元|亿元|百万元)")
# "471002 抚宁区工业信息管理局": a unit code, then an organisation name (which
# ends like one: a year such as "2020 年支持…" must not pass for a code).
DEPARTMENT = lazy_regex.compile(
    r"^(?:[\p{Han}（）()]{2,12}[:：])?\s*[\[【(（]?(\d{3,12})[\]】)）]?\s*[-—－]?\s*(?!年)"
    rf"([\p{{Han}}][\p{{Han}}（）()·\s]{{1,48}}(?:{ORG_ENDINGS}))$"
)




@dataclass
class RawProject:
    seq: int | None = None
    title: str | None = None
    department_code: str | None = None
    department: str | None = None
    unit: str | None = None
    where: Where | None = None
    rows: list[Row] = field(default_factory=list)
    tables: int = 0
    has_code: bool = False


_HEADING_MARK = lazy_regex.compile(r"^#{1,6}\s+")  # a Markdown heading's hashes are not part of the title
_SENTENCE_END = ("。", "；", ";", "！", "？", "：", ":")


# Word's caption label before a form's title (表1 城镇老旧小区改造项目绩效目标表, 附表2：…):
# a field whose saved number is often stale, and never part of the title.
_CAPTION = lazy_regex.compile(r"^(?:附)?表\s*\d{1,3}\s*[:：.．、]?\s*(?=\S)")
# A title is a heading, not a sentence: 根据…要求，现将…绩效目标表 is the text around a form.
_SENTENCE_MARKS = lazy_regex.compile(r"[，。；]")


def _title(text: str) -> tuple[int | None, str] | None:
    m = TITLE.match(_CAPTION.sub("", _HEADING_MARK.sub("", collapse(text))))
    if not m or _SENTENCE_MARKS.search(m.group(2)):
        return None
    return chinese_int(m.group(1)), clean(m.group(2))


# 单位名称, 预算部门, 填报单位: the labels of a department line.
# 主管部门（单位）, 填报单位（盖章）
_UNIT_WORDS = r"(?:预算|主管|填报)?(?:部门|单位)(?:[（(](?:部门|单位|公章|盖章|签章|印章)[)）])?"
# What a form prints after the department on the same line: the money unit, the stamp.
_STAMP = lazy_regex.compile(r"\s*[（(]\s*(?:公章|盖章|签章|印章)\s*[)）]\s*$")
_NAMED_DEPARTMENT = lazy_regex.compile(rf"^{_UNIT_WORDS}(?:名称)?\s*[:：]\s*([\p{{Han}}（）()·]{{2,48}})$")
# "部门名称：XX局　部门编码：126001": both labelled, on one line, in either order.
_NAME_LABEL = rf"{_UNIT_WORDS}(?:名称)?\s*[:：]\s*(?P<name>[\p{{Han}}（）()·]{{2,48}}?)"
_CODE_LABEL = rf"{_UNIT_WORDS}(?:预算)?(?:编码|代码|编号)\s*[:：]\s*(?P<code>\d{{3,12}})"
_NAMED_AND_CODED = lazy_regex.compile(rf"^(?:{_NAME_LABEL}\s*{_CODE_LABEL}|{_CODE_LABEL}\s*{_NAME_LABEL})$")
_CODED = lazy_regex.compile(rf"^{_CODE_LABEL}$")  # "部门编码：521001" over a form that names its 主管部门 inside


def department_line(text: str) -> tuple[str | None, str | None] | None:
    text = _STAMP.sub("", MONEY_UNIT_LABEL.sub("", collapse(text)))
    m = DEPARTMENT.match(text)
    if m:
        return m.group(1), clean(m.group(2))
    m = _NAMED_AND_CODED.match(text)
    if m:
        return m.group("code"), clean(m.group("name"))
    m = _CODED.match(text)
    if m:
        return m.group("code"), None
    m = _NAMED_DEPARTMENT.match(text)  # "单位名称：XX局", no code
    return (None, clean(m.group(1))) if m else None


# Pairs on one line are apart by a wide gap: two or more spaces, or a full-width one.
_PAIR_GAP = lazy_regex.compile(r"(?:[ \t]{2,}|\u3000+)")


def labelled_pairs(text: str) -> list[tuple[str, str]] | None:
    """``项目编码：X　　主管部门：Y`` as [(label, value), …] when every piece is a header label of
    the lexicon with its value (the label may hold a colon itself: 其中：财政拨款：320.00);
    None for any other line."""
    pieces = [p for p in _PAIR_GAP.split(text.strip()) if p]
    pairs = []
    for piece in pieces:
        found = None
        for m in reversed(list(regex.finditer(r"[:：]", piece))):
            label = piece[: m.start()].strip()
            if header_label(label) is not None:
                found = (label, piece[m.end():].strip())
                break
        if found is None:
            return None
        pairs.append(found)
    return pairs or None


def split(blocks: list[Block]) -> list[RawProject]:
    """Part 2's blocks cut into projects, in document order."""
    splitter = _Splitter()
    for block in blocks:
        if isinstance(block, Line):
            splitter.line(block)
        elif isinstance(block, Table):
            splitter.table(block)
    return [p for p in splitter.projects if p.rows or p.title]


_GOAL_LABELS = ("goals", "goals_mid_term")

# A form's whole generic title: a line of its own, never the second half of a wrapped one.
_WHOLE_FORM_TITLE = lazy_regex.compile(r"^(?:项目|部门|单位|财政|整体)\S{0,8}绩效目标(?:申报|批复|审批|审核)?表$")
_YEAR_FIRST = lazy_regex.compile(r"^\s*(?:19|20)\d{2}\s*年")


class _Splitter:
    """Reads blocks one by one into the project they belong to.

    State carried between blocks: the projects so far (the last one is open),
    the line just before, unconsumed, which may be the first half of a title
    wrapped over two lines, and the department a line above the tables named
    (部门名称：XX局 部门编码：126001 under the document's heading): the projects
    after it that name none are that department's.
    """

    def __init__(self) -> None:
        self.projects: list[RawProject] = []
        self.pending: list[str] = []
        self.department: tuple[str | None, str] | None = None
        self.unit: str | None = None  # the last money unit printed
        self.open_value: Cell | None = None  # a labelled line's empty value, filled by the lines below
        self.labelled_run: tuple[int, int] | None = None  # the project and table labelled lines go to

    @property
    def current(self) -> RawProject:
        if not self.projects:
            self.projects.append(RawProject())
        return self.projects[-1]

    def start(self, seq: int | None, title: str | None, where: Where) -> None:
        # The money unit printed once above the forms (单位：万元 beside 部门编码) is theirs too.
        project = RawProject(seq=seq, title=title, where=where, unit=self.unit)
        if self.department:
            project.department_code, project.department = self.department
        self.projects.append(project)

    # -- a line ------------------------------------------------------------------

    def line(self, block: Line) -> None:
        if self.projects and (PERIOD_LABEL.match(squash(block.text))
                              or self.current.rows and header_label(block.text) in SUBTABLES):
            # "长期绩效指标" on a line between two indicator tables: the set's name, kept as a row;
            # so is "项目预算成本构成" over its own table inside a form: the table's label.
            p = self.current
            p.rows.append(Row([Cell(block.text, block.where)], block.where, max(p.tables - 1, 0), False, False))
        elif self.side_text(block.text, block.where):
            pass  # a title, a department or a unit line first: 部门编码：402006单位：万元 is not a pair
        elif self.labelled_line(block):
            return
        elif self.projects and self.current.rows and header_label(block.text) in _GOAL_LABELS:
            # 年度总体目标 on a line of its own between a form's tables (a sheet saved as text):
            # the numbered lines under it are its value.
            self.labelled_line(block, [(collapse(block.text), "")])
            return
        else:
            self.pending.append(collapse(block.text))
        self.open_value = self.labelled_run = None

    def labelled_line(self, block: Line, pairs: list[tuple[str, str]] | None = None) -> bool:
        """A header block printed as lines (项目名称：X　　项目编码：Y) read as its rows; the lines
        under a label with nothing after it (年度目标：) are its value, item by item."""
        pairs = pairs or labelled_pairs(block.text)
        if pairs is None:
            cell = self.open_value
            if cell is None or not self.projects or _title(block.text) or (cell.text and not numbering.has(clean(block.text))):
                return False
            cell.parts = (*(cell.parts or ((cell.text,) if cell.text else ())), clean(block.text))
            cell.text = "\n".join(cell.parts)
            return True
        cells = [Cell(t, block.where) for pair in pairs for t in pair]
        p = self.project_of([c for c in cells if c.text], block.where)
        first = self.labelled_run != (id(p), p.tables)
        if first:
            p.tables += 1
            self.labelled_run = (id(p), p.tables)
        p.rows.append(Row(cells, block.where, p.tables - 1, first, False))
        if p.where is None:
            p.where = block.where
        self.open_value = cells[-1] if not pairs[-1][1] else None
        return True

    def side_text(self, text: str, where: Where) -> bool:
        """Title, department or unit, in a line or a one-cell row; False for anything else."""
        text = collapse(text)
        before = self.pending.pop() if self.pending else None
        m = UNIT.search(text)
        if m:
            self.current.unit = self.unit = m.group(1)
            text = collapse(text[: m.start()] + text[m.end():])
            if not text:
                return True
        t = _title(text)
        if t and t[0] is None and before and numbering.has(before) and not before.rstrip().endswith(_SENTENCE_END) \
                and not _YEAR_FIRST.match(text) and not _WHOLE_FORM_TITLE.match(text):
            # A title wrapped over two lines: its number is on the first (a numbered note
            # that ends its sentence, 3.本表金额单位为万元。, is no title's first half; a
            # heading over a whole title of its own, 二、农村人居环境整治 / 2024年度项目支出
            # 绩效目标表, is the project's heading, not the title's first half; so is one over
            # the form's whole generic title, 二、包虫病综合防治 / 项目支出绩效目标表).
            t = _title(before + text) or t
        if t:
            self.start(t[0], t[1], where)
            return True
        d = department_line(text)
        if d and not self.current.rows:
            p = self.current
            p.department_code, p.department = d
            self.department = d
            return True
        return bool(m)

    # -- a table -------------------------------------------------------------------

    def table(self, block: Table) -> None:
        self.pending.clear()
        self.open_value = self.labelled_run = None
        first = True
        for r, cells in enumerate(block.rows):
            where = block.row_where[r] if r < len(block.row_where) else block.where
            filled = [c for c in cells if c is not None and c.text.strip()]
            if not filled or self.side_row(filled, where):
                continue
            if len(filled) > 1 and self.department_cell(filled[0], where):
                cells = [None if c is filled[0] else c for c in cells]
            p = self.project_of(filled, where)
            if first:
                p.tables += 1
            p.rows.append(Row(list(cells), where, p.tables - 1, first, first and block.page_break_before))
            if p.where is None:
                p.where = where
            first = False

    def side_row(self, filled: list[Cell], where: Where) -> bool:
        """One-cell rows (a merged row across the table) may carry the title, the
        department or the unit; a unit may also share a row with the department line,
        whose name and code may stand in cells of their own (部门名称：… | 部门编码：… | 单位：万元)."""
        distinct = list(dict.fromkeys(collapse(c.text) for c in filled))
        p = self.current
        if len(distinct) > 3 or not all(_title(t) or (department_line(t) and not p.rows) or UNIT.search(t) for t in distinct):
            # A row of an export's furniture (导出时间：… | 操作员：… | 金额单位：万元): not the
            # project's, but its unit cell names the unit of the money below (this form's only:
            # the next sheet may print its own amounts otherwise).
            unit = next((m for t in distinct if (m := UNIT.fullmatch(t))), None)
            if unit is not None and not p.rows and p.unit is None:
                p.unit = unit.group(1)
            return False
        named = [t for t in distinct if not _title(t) and not UNIT.search(t)]
        if len(named) > 1:  # the name and the code in cells of their own: one department line
            distinct = [t for t in distinct if t not in named] + ["　".join(named)]
        for t in distinct:
            self.side_text(t, where)
        return True

    def department_cell(self, cell: Cell, where: Where) -> bool:
        """A form's first row opening with its coded department line (746913 XX局 | … |
        项目名称): a PDF-to-Word converter pulled the line over the form into the form's
        first row. The department is read from it; the rest of the row stays the form's."""
        p = self.current
        if p.rows or p.department or not DEPARTMENT.match(collapse(cell.text)):
            return False
        self.side_text(collapse(cell.text), where)
        return True

    def project_of(self, filled: list[Cell], where: Where) -> RawProject:
        """The project a table row belongs to: a second 项目编码/项目名称 block after
        an indicator table starts the next project (drafts without titles)."""
        labels = {header_label(c.text) for c in filled}
        p = self.current
        if "code" in labels or "name" in labels:
            if p.has_code and _has_indicator_rows(p):
                # Stacked under the one title the sheet or table prints: the next project shares it.
                self.start(None, p.title, where)
                p = self.current
            p.has_code = True
        return p


def _has_indicator_rows(p: RawProject) -> bool:
    return any(is_header_row(row) for row in p.rows)
