"""The project header block: code, name, budget, purpose, spending plan, goals.

Cells are read as label → value pairs found by the lexicon, wherever the
producer put them.  Some labels open a region that runs over the following
label-less rows: 预算规模及资金用途 (the purpose text), 资金支出计划 (a row of
month headers then a row of percentages), 绩效目标 (the goal list, which
producers spread over several rows and columns) and small tables (年度履职目标,
实施进度计划, 项目预算成本构成) kept as rows in extra.  Goal labels printed over
their texts (长期目标 | 年度目标) and ``label：value`` inside one cell are read too.
"""
from __future__ import annotations

import regex

from jixiao.extract.interpret import numbering, numbers
from jixiao.extract.interpret.lexicon import (MID_TERM_WORDS, MONEY_UNIT_WORD, MONEY_UNITS, OVERALL_GOAL_LABEL,
                                              STAGE_GOAL_LABELS, SUBTABLES, YEAR_WORDS, header_label, label_key)
from jixiao.normalize import lazy_regex
from dataclasses import dataclass, field

from jixiao.extract.blocks import Row
from jixiao.extract.record import Milestone
from jixiao.extract.textclean import clean, join, squash

_VALUE_FIELDS = {"code", "name", "total", "fiscal", "other", "carryover", "purpose", "department", "implementer",
                 "department_code", "info", "fiscal_part", "other_part"}
_NUMERIC = {"total", "fiscal", "other", "carryover"}
_MONEY = _NUMERIC | {"fiscal_part", "other_part"}
# 合计 among the money labels (资金来源 | 合计 | 财政拨款 | …): the total. Elsewhere (a cost
# table's last row, a weights' subtotal) it is no label of the block.
_MONEY_TOTAL = ("合计", "总计", "资金合计")
_GOAL_FIELDS = {"goals": "goals", "goals_mid_term": "goals_mid_term", "goals_overall": "goals_overall"}
# "[173]中国科学院", "219-池州市贵池区棠溪镇人民政府": a code, then the name.
_CODED_NAME = lazy_regex.compile(r"^[\[【(（]?(\d{2,12})[\]】)）]?\s*[-—－]?\s*(\D.*)$")
_UNIT_IN_LABEL = lazy_regex.compile(r"[（(]\s*(万元|元|千元|亿元)\s*[)）]")
# A label cell that only names the money unit of the block: "项目资金（万元）".
_UNIT_LABEL = lazy_regex.compile(r"^[\p{Han}\s]{0,12}[（(]\s*(万元|元|千元|亿元)\s*[)）]$"
                                 # …or a cell of its own in a row of the block: 单位：万元, 金额单位：万元.
                                 r"|^(?:金额|资金)?单位\s*[:：]\s*(万元|元|千元|亿元)$")
# A money column's header naming its period: 实施期资金总额 | 年度资金总额.
_MONEY_WORDS = ("资金", "金额", "预算")


@dataclass
class Header:
    """The fields a header block prints (the department only where it names one)."""

    code: str | None = None
    name: str | None = None
    unit: str | None = None
    budget_total: float | int | None = None
    budget_fiscal: float | int | None = None
    budget_other: float | int | None = None
    budget_carryover: float | int | None = None
    purpose: str | None = None
    spending_plan: list[Milestone] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    goals_mid_term: list[str] = field(default_factory=list)
    department: str | None = None
    department_code: str | None = None
    implementing_unit: str | None = None
    extra: dict = field(default_factory=dict)
    fiscal_parts: dict[str, float | int] = field(default_factory=dict)  # 中央补助 → amount
    other_parts: dict[str, float | int] = field(default_factory=dict)  # 单位资金 → amount

    def budget(self, field: str):
        """``budget("total")``: the amount of a money label."""
        return getattr(self, "budget_" + field)

    def set_budget(self, field: str, amount) -> None:
        setattr(self, "budget_" + field, amount)


def parse(rows: list[Row]) -> Header:
    """The header fields of ``rows``."""
    reader = _BlockReader()
    for row in rows:
        reader.read(row)
    return reader.finish()


class _BlockReader:
    """Reads the header block row by row.

    State carried between rows: the open region (purpose, plan, goals, a small
    table), the months of a spending plan waiting for its percentages, goal
    labels printed over their texts, and the goal pieces gathered so far.
    """

    def __init__(self) -> None:
        self.out = Header()
        self.region: str | None = None
        self.months: list[tuple[int, int]] = []  # (column, month)
        # goals_overall: what a 总体目标 label holds, the year's goals unless a 阶段性目标 is the year's.
        self.pieces: dict[str, list[str]] = {"goals": [], "goals_mid_term": [], "goals_overall": []}
        self.from_parts: dict[str, bool] = {"goals": False, "goals_mid_term": False, "goals_overall": False}
        self.staged = False  # a 阶段性目标 label seen
        self.stacked: dict[int, str] = {}  # labels printed over their values: column → goal field
        self.stacked_over: list[str | None] = []  # the row those labels were printed in
        self.money_over_row: list[str | None] = []  # the row money labels stood in, over their amounts
        self.tables: dict[str, list[dict]] = {}  # small tables inside the block, by printed label
        self.table_rows: list[dict] = []
        self.table_header: list[tuple[int, str]] = []
        # Money printed per period (项目资金 | 实施期资金总额 | 年度资金总额): column → period word.
        self.money_periods: dict[int, str] = {}
        self.purpose_labelled = False  # 预算规模及资金用途 seen: the block prints a purpose
        # Money labels printed over a row of their amounts (资金总额 | 中央补助 | 其他资金): column → label, field.
        self.money_over: dict[int, tuple[str, str]] = {}
        self.money_rows = False  # the last labelled row held money labels only: a 合计 below is the total

    # -- one row ---------------------------------------------------------------

    def read(self, row: Row) -> None:
        texts = row.texts()
        _inline_amounts(self.out, texts)
        for i, t in enumerate(texts):
            if t and not self.out.unit and (m := _UNIT_LABEL.match(t)):
                self.out.unit = m.group(1) or m.group(2)
            elif (t and not self.out.unit and MONEY_UNIT_WORD.match(t) and i + 1 < len(texts)
                  and (texts[i + 1] or "").strip() in MONEY_UNITS):
                # 金额单位 | 万元: a label/value layout gives the unit a cell of its own.
                self.out.unit = texts[i + 1].strip()
                texts = texts[:i] + [None, None] + texts[i + 2:]
        if inline := self._inline_fields(texts):
            texts = [None if i in inline else t for i, t in enumerate(texts)]
            if not any(texts):
                return
        if self.money_over:
            # The amounts' row under money labels: the group's label repeated into it (Docling
            # writes a merged cell into each slot) names nothing new; a capture that dropped the
            # merged cell shifts the amounts left, under the labels they belong to.
            texts = [None if t and i < len(self.money_over_row) and t == self.money_over_row[i]
                     and i not in self.money_over else t for i, t in enumerate(texts)]
            texts = _under_labels(texts, self.money_over)
        if self.stacked:
            # The group's label repeated in every row it spans (Docling writes a merged cell
            # into each slot): under the labels row it names nothing new.
            texts = [None if t and i < len(self.stacked_over) and t == self.stacked_over[i]
                     and i not in self.stacked else t for i, t in enumerate(texts)]
        labels = [(i, header_label(t)) for i, t in enumerate(texts) if t and header_label(t)]
        if self.region == "table" and self._table_row(texts):
            return
        if self.money_rows or any(f in _MONEY or f == "money_group" for _, f in labels):
            labels = sorted(labels + [(i, "total") for i, t in enumerate(texts)
                                      if t and label_key(t) in _MONEY_TOTAL and not header_label(t)])
        if labels:
            self.money_rows = all(f in _MONEY or f == "money_group" for _, f in labels)
        if periods := _money_periods(texts):
            self.money_periods = periods
            return
        if not labels:
            if self.money_over and self._amounts_under_labels(texts):
                return
            self._unlabelled(row, [(i, t) for i, t in enumerate(texts) if t])
            return
        self.region = None
        self.money_over = {}
        if self._units_budget_table(texts, labels):
            return
        if self._money_labels_over_amounts(texts, labels):
            return
        if self._labels_over_values(texts, labels):
            return
        label_cols = [i for i, _ in labels]
        for k, (i, field) in enumerate(labels):
            stop = label_cols[k + 1] if k + 1 < len(label_cols) else len(texts)
            values = [(j, texts[j]) for j in range(i + 1, stop) if texts[j]]
            self._label(row, texts, i, field, values, alone=len(labels) == 1)

    def _inline_fields(self, texts: list[str | None]) -> set[int]:
        """Cells holding a text field's label and value together (项目名称：城乡环境综合整治,
        Word forms typed as one line per cell): read, and their columns returned."""
        read = set()
        for i, t in enumerate(texts):
            if not t or header_label(t) or not (m := _INLINE_FIELD.match(t)):
                continue
            field = header_label(m.group(1))
            if field in _INLINE_FIELDS:
                self._value(m.group(1), field, [(i, clean(m.group(2)))])
                read.add(i)
        return read

    def _add_goal_cells(self, field: str, row: Row, cols: list[int]) -> None:
        got, parts = _cell_pieces(row, cols)
        self.pieces[field] += got
        self.from_parts[field] |= parts

    def _table_row(self, texts: list[str | None]) -> bool:
        """A row of the open small table; False where a label ends it."""
        first = next((t for t in texts if t), None)
        if self.table_header and header_label(first):
            return False
        self.table_header = _table_row(self.table_rows, self.table_header, texts)
        return True

    def _unlabelled(self, row: Row, filled: list[tuple[int, str]]) -> None:
        """A row without labels continues the open region."""
        if self.region not in _GOAL_FIELDS and _inline_goals(self.pieces, filled):
            self.region = None
        elif self.stacked:
            self._stacked_values(row, filled)
        elif self.region == "purpose":
            text = clean(" ".join(_distinct(t for _, t in filled)))
            if text and not regex.fullmatch(r"[\d.,\s%]+", text):
                self.out.purpose = join(self.out.purpose or "", text)
        elif self.region == "plan":
            _plan_values(self.out, self.months, filled)
            self.region = None
        elif self.region in _GOAL_FIELDS:
            self._add_goal_cells(self.region, row, [i for i, _ in filled])

    def _money_labels_over_amounts(self, texts: list[str | None], labels: list[tuple[int, str]]) -> bool:
        """资金总额 | 中央补助 | … | 其他资金 over a row of amounts: two money labels or more and no
        amount beside them (a label that only names the group and its unit may lead)."""
        money = [(i, (texts[i], f)) for i, f in labels if f in _MONEY]
        if len(money) < 2 or any(t and _AMOUNT_CELL.match(t) for t in texts):
            return False
        # 资金用途 may close the row (预算数 | 其中：财政资金 | 其他资金 | 资金用途): its text stands
        # under it beside the amounts.
        purpose = [(i, (texts[i], f)) for i, f in labels if f == "purpose" and i > money[-1][0]]
        groups = ("money_group", "purpose_block", "purpose")  # 预算规模及资金用途 leads such a row too
        if any(f not in _MONEY and f not in groups for _, f in labels) and not all(
                _UNIT_LABEL.match(texts[i] or "") for i, f in labels if f not in _MONEY and f not in groups):
            return False
        money += purpose
        for i, t in enumerate(texts):
            if t and (m := _UNIT_IN_LABEL.search(t)):
                self.out.unit = self.out.unit or m.group(1)
        self.money_over = dict(money)
        self.money_over_row = list(texts)
        return True

    def _units_budget_table(self, texts: list[str | None], labels: list[tuple[int, str]]) -> bool:
        """单位名称 | 资金总额 | 财政拨款 | 其他资金 over a row per unit and their 合计: a department's
        budget by its units, kept as a small table whose 合计 row is the department's money."""
        if len(labels) < 3 or labels[0][1] != "implementer" or any(f not in _MONEY for _, f in labels[1:]) \
                or any(t and _AMOUNT_CELL.match(t) for t in texts):
            return False
        self.table_rows, self.region = [], "table"
        self.table_header = [(i, texts[i]) for i, _ in labels]
        self.tables[_UNITS_BUDGET] = self.table_rows
        return True

    def _amounts_under_labels(self, texts: list[str | None]) -> bool:
        """The row of amounts under ``money_over``'s labels, column by column."""
        labels, self.money_over = self.money_over, {}
        if not any(texts[i] and _AMOUNT_CELL.match(texts[i]) for i in labels if i < len(texts)):
            return False
        for i, (label, field) in labels.items():
            value = texts[i] if i < len(texts) else None
            self._value(label, field, [(i, value)] if value else [])
        return True

    def _labels_over_values(self, texts: list[str | None], labels: list[tuple[int, str]]) -> bool:
        """长期目标 | 年度目标 over a row of their texts."""
        label_cols = {i for i, _ in labels}
        goal_labels = [(i, f) for i, f in labels if f in _GOAL_FIELDS or f == "indicators"]
        if len(goal_labels) < 2 or any(texts[j] for j in range(len(texts)) if j not in label_cols):
            return False
        stacked = {i: f for i, f in goal_labels if f in _GOAL_FIELDS}
        if not stacked:
            return False  # 绩效指标 twice (a caption over the indicators' own header): no goals above their texts
        self.stacked = stacked
        self.stacked_over = list(texts)
        first = min(self.stacked)
        if len(self.stacked) >= 3 and self.stacked[first] == "goals":
            # 项目绩效目标 | 长期目标 | 年度目标: the first names the group (in every slot it
            # spans, where Docling repeats a merged cell).
            for i in [i for i in self.stacked if texts[i] == texts[first]]:
                del self.stacked[i]
        return True

    def _stacked_values(self, row: Row, filled: list[tuple[int, str]]) -> None:
        columns = sorted(self.stacked)
        in_order = len(filled) == len(columns)  # a capture that lost the blank cells
        under: dict[str, list[int]] = {}  # each goal field's columns, in order
        for k, (j, _) in enumerate(filled):
            if in_order:
                field = self.stacked[columns[k]]
            else:
                left = [c for c in columns if c <= j]
                field = self.stacked[left[-1] if left else columns[0]]
            under.setdefault(field, []).append(j)
        for field, cols in under.items():
            # One call per field: a merged cell repeated in each slot it spans (Docling) is read once.
            self._add_goal_cells(field, row, cols)
        self.stacked = {}
        self.region = None

    # -- one label and the values right of it ------------------------------------

    def _label(self, row: Row, texts: list[str | None], i: int, field: str, values: list[tuple[int, str]],
               alone: bool) -> None:
        m = _UNIT_IN_LABEL.search(row.cells[i].text if row.cells[i] else "")
        if m and field in _NUMERIC:
            self.out.unit = self.out.unit or m.group(1)
        if field in _VALUE_FIELDS:
            self._value(texts[i], field, values)
        elif field == "purpose_block":
            self.region = "purpose"
            self.purpose_labelled = True
            if alone and values:
                # The merged label repeated on the purpose row itself.
                text = clean(" ".join(_distinct(t for _, t in values)))
                if not regex.fullmatch(r"[\d.,\s%]+", text):
                    self.out.purpose = join(self.out.purpose or "", text)
        elif field == "plan":
            self._plan(values)
        elif field in _GOAL_FIELDS:
            key = label_key(texts[i])
            self.staged = self.staged or key in STAGE_GOAL_LABELS
            if field == "goals" and key == OVERALL_GOAL_LABEL:
                field = "goals_overall"
            self._add_goal_cells(field, row, [j for j, _ in values])
            self.region = field
        elif field == "row_group":
            self.region = None  # a new group of rows: whatever ran on above has ended
        elif field in SUBTABLES:
            # A small table (年度履职目标, 实施进度计划, 项目预算成本构成): rows kept in extra.
            self.table_rows, self.table_header, self.region = [], [], "table"
            self.tables[label_key(texts[i])] = self.table_rows
            if values:
                first_col = [(i, SUBTABLES[field])] if SUBTABLES[field] else []
                self.table_header = first_col + [(j, t) for j, t in values]

    def _value(self, label: str, field: str, values: list[tuple[int, str]]) -> None:
        out = self.out
        value = values[0][1] if values else None
        if field not in _NUMERIC and len(values) > 1:
            # A text value split over cells (a wrapped code, a long name): join
            # them, counting a repeated merged cell once.
            value = ""
            for piece in _distinct(t for _, t in values):
                value = join(value, piece)
        if field == "code":
            out.code = squash(value) or None if value else None
        elif field in _NUMERIC:
            if self.money_periods:
                value = self._by_period(label, values, value)
            amount = _amount(value)
            if amount is not None and (u := _AMOUNT_UNIT.match(value)):
                out.unit = out.unit or u.group(1)  # "10606.7522万元"
            if amount is not None or out.budget(field) is None:
                out.set_budget(field, amount)
            if self.purpose_labelled and not out.purpose:
                # Under 预算规模及资金用途, words after the amount (or in place of an empty one)
                # are the purpose, where the rendering dropped the empty cells between them.
                rest = [t for _, t in values[1 if amount is not None else 0:]
                        if _PURPOSE_TEXT.match(t) and not header_label(t)]
                if rest:
                    out.purpose = clean(" ".join(rest))
        elif field in ("fiscal_part", "other_part"):
            amount = _amount(value)
            if amount is not None:
                (out.fiscal_parts if field == "fiscal_part" else out.other_parts)[label_key(label)] = amount
        elif field == "info":
            if value:
                out.extra[label_key(label)] = value
        elif field in ("department", "implementer"):
            out.extra[label] = value
            _coded_name(out, field, value)
        elif field == "department_code":
            # One cell: a row may go on with other cells after it (部门编码 | 372016 | 单位：万元).
            value = values[0][1] if values else None
            out.department_code = out.department_code or (squash(value) or None if value else None)
        else:
            setattr(out, field, value)  # name, purpose
        if field == "purpose" and not values:
            self.region = "purpose"

    def _by_period(self, label: str, values: list[tuple[int, str]], first: str | None) -> str | None:
        """The year's amount of a money row printed per period; the other periods' amounts
        are kept in extra under their period (实施期资金总额, 实施期财政拨款)."""
        year = None
        for j, text in values:
            word = self.money_periods.get(j)
            if word is None:
                continue
            if word in YEAR_WORDS:
                year = text
            else:
                self.out.extra[word + label_key(label)] = text
        has_year = any(w in YEAR_WORDS for w in self.money_periods.values())
        return year if has_year else first

    def _plan(self, values: list[tuple[int, str]]) -> None:
        found: list[tuple[int, int]] = []
        for j, t in values:
            m = numbers.month(t)
            if m and m not in [seen for _, seen in found]:
                found.append((j, m))
        pairs = _inline_pairs(values)
        if pairs:
            self.out.spending_plan = pairs
        elif not found and self.months and values:
            # The merged label repeated on the percentages row.
            _plan_values(self.out, self.months, values)
        else:
            self.months = found
            self.region = "plan"

    # -- the end -------------------------------------------------------------------

    def finish(self) -> Header:
        out = self.out
        into = "goals_mid_term" if self.staged else "goals"
        self.pieces[into][:0] = self.pieces.pop("goals_overall")
        self.from_parts[into] |= self.from_parts.pop("goals_overall")
        _route_labelled_goals(self.pieces)
        out.goals = _goals(self.pieces["goals"], self.from_parts["goals"])
        out.goals_mid_term = _goals(self.pieces["goals_mid_term"], self.from_parts["goals_mid_term"])
        for name, items in self.tables.items():
            if items:
                out.extra[name] = items
                _total_row(out, items)
        if out.fiscal_parts or out.other_parts:
            out.extra["funding_sources"] = {**out.fiscal_parts, **out.other_parts}
        if out.other_parts:
            out.budget_other = _sum([*out.other_parts.values(), *([out.budget_other] if out.budget_other else [])])
        if out.fiscal_parts:
            if out.budget_fiscal is None and out.budget_other is not None:
                # No 财政拨款 line on a form that splits its money into fiscal and 其他资金: the
                # government sources add up to the fiscal side. (A transfer payment's 中央补助 |
                # 省级资金 split the whole transfer and print no such split: it stays unknown.)
                out.budget_fiscal = _sum(out.fiscal_parts.values())
        return out


# An amount cell starts with its number; a cell of text that merely contains
# digits (a glued cost table, "依据2020年…") is not an amount.
# A purpose is words, not a number, a unit or a label's stub (其中：).
_PURPOSE_TEXT = lazy_regex.compile(r"^(?![\d.,\s%（）()万元]+$)(?!.*[:：]$).{4,}$")
_AMOUNT_CELL = lazy_regex.compile(r"^\s*[:：]?\s*[¥￥]?\s*[-+]?\d")
_INLINE_LABEL = lazy_regex.compile(r"([\p{Han}]{2,12})[:：]\s*([-+]?\d[\d,，.]*)\s*(万元|元|千元|亿元)?")
# 项目名称：城乡环境综合整治 — a label of a text field, its value after the colon.
_INLINE_FIELD = lazy_regex.compile(r"^\s*([\p{Han}（）()]{2,12})\s*[:：]\s*(\S.*)$", regex.DOTALL)
_INLINE_FIELDS = {"code", "name", "department", "implementer", "department_code"}
_AMOUNT_UNIT = lazy_regex.compile(r"^\s*[-+]?\d[\d,，.]*\s*(万元|元|千元|亿元)\s*$")


# The accounting format's zero: a spreadsheet's "_(* \"-\"??_)" section prints a lone dash.
_ACCOUNTING_ZERO = lazy_regex.compile(r"^\s*[-－]\s*$")


def _under_labels(texts: list[str | None], labels: dict[int, tuple]) -> list[str | None]:
    """``texts`` moved right where they start left of the labels with an amount and fill no
    more columns than the labels do (the merged cell before them lost)."""
    filled = [i for i, t in enumerate(texts) if t]
    if not filled or not labels:
        return texts
    shift = min(labels) - filled[0]
    if shift <= 0 or not _AMOUNT_CELL.match(texts[filled[0]] or "") or len(filled) > len(labels):
        return texts
    moved = [None] * shift + texts
    return moved if any(moved[len(texts):]) else moved[: len(texts)]  # the row keeps its width where it can


def _amount(value: str | None) -> float | int | None:
    """The amount a money cell prints; 0 for the accounting format's dash."""
    if not value:
        return None
    if _AMOUNT_CELL.match(value):
        return numbers.number(value)
    return 0 if _ACCOUNTING_ZERO.match(value) else None


def _sum(amounts) -> float | int:
    """Amounts added as printed (two decimals at most): 986.40 + 180.00 is 1166.4, not 1166.3999…"""
    total = sum(amounts)
    return round(total, 6) if isinstance(total, float) else total


def _money_periods(texts: list[str | None]) -> dict[int, str]:
    """Columns of money headed by their period (实施期资金总额 | 年度资金总额), where a row
    heads two periods or more; else nothing."""
    if any(t and _AMOUNT_CELL.match(t) for t in texts):
        return {}  # amounts beside their labels (年度资金总额 | 1450 | 实施期资金总额 | 3600): a row of values
    periods = {}
    for i, t in enumerate(texts):
        key = label_key(t) if t else ""
        if not any(w in key for w in _MONEY_WORDS):
            continue
        word = next((w for w in (*MID_TERM_WORDS, *YEAR_WORDS) if key.startswith(w)), None)
        if word is not None:
            periods[i] = word
    return periods if len(set(periods.values())) >= 2 else {}


def _inline_amounts(out: Header, texts: list[str | None]) -> None:
    """``总额：86``, ``…二、自有资金:0万元三、其他:3683.3970万元``: money labels
    and their amounts inside one cell."""
    for t in texts:
        for m in _INLINE_LABEL.finditer(t or ""):
            field = header_label(m.group(1))
            if field in _NUMERIC and out.budget(field) is None:
                out.set_budget(field, numbers.number(m.group(2)))
                out.unit = out.unit or m.group(3)


def _inline_goals(pieces: dict[str, list[str]], filled: list[tuple[int, str]]) -> bool:
    """``总目标：…`` / ``年度阶段性目标：…``: a goal label and its text in one cell."""
    found = False
    for _, t in filled:
        m = _GOAL_PREFIX.match(t)
        field = header_label(m.group(1)) if m else None
        if field in _GOAL_FIELDS and t[m.end():].strip():
            pieces[field].append(clean(t[m.end():]))
            found = True
    return found


_GOAL_PREFIX = lazy_regex.compile(r"^\s*([\p{Han}]{2,8})\s*[:：]\s*")


def _route_labelled_goals(pieces: dict[str, list[str]]) -> None:
    """``长期目标：…`` and ``年度目标：…`` inside one 总体目标 cell: each to its list."""
    routed: dict[str, list[str]] = {"goals": [], "goals_mid_term": []}
    for field, items in pieces.items():
        for piece in items:
            m = _GOAL_PREFIX.match(piece)
            target = header_label(m.group(1)) if m else None
            if target in _GOAL_FIELDS:
                routed[target].append(piece[m.end():])
            else:
                routed[field].append(piece)
    pieces.update(routed)


_TOTAL_ROW = ("合计", "总计", "小计")
_UNITS_BUDGET = "单位预算"  # the name a department's budget by units is kept under in extra
_AMOUNT_COLUMN = lazy_regex.compile(r"^(?:金额|预算数|预算金额|资金|合计金额)")


def _total_row(out: Header, items: list[dict]) -> None:
    """The 合计 row of a cost breakdown is the project's budget when none is printed."""
    if out.budget_total is not None:
        return
    for item in items:
        values = list(item.values())
        if not values or label_key(values[0]) not in _TOTAL_ROW:
            continue
        for key, text in item.items():
            if _AMOUNT_COLUMN.match(label_key(key)):
                out.budget_total = numbers.number(text)
                # 合计 | 资金总额 | 财政拨款 | 其他资金 (a budget by units): the split too.
                for part, amount in item.items():
                    if (f := header_label(part)) in ("fiscal", "other") and out.budget(f) is None:
                        out.set_budget(f, numbers.number(amount))
                return


def _coded_name(out: Header, field: str, value: str | None) -> None:
    """主管部门 ``[173]中国科学院`` → code and name; 实施单位 → implementing_unit."""
    if not value:
        return
    m = _CODED_NAME.match(squash(value))
    code, name = (m.group(1), clean(m.group(2))) if m else (None, value)
    if field == "department":
        out.department = out.department or name
        out.department_code = out.department_code or code
    else:
        out.implementing_unit = out.implementing_unit or name


def _table_row(rows: list[dict], header: list[tuple[int, str]], texts: list[str | None]) -> list[tuple[int, str]]:
    """A row of a small table inside the header block (年度履职目标): the first
    row names the columns, each later row becomes ``{column: text}``."""
    filled = [(i, t) for i, t in enumerate(texts) if t]
    if not filled:
        return header
    if not header:
        return filled
    item = {}
    if len(filled) == len(header):  # one text per column: the capture may have shifted them
        rows.append({name: t for (_, name), (_, t) in zip(header, filled)})
        return header
    for i, t in filled:
        left = [name for c, name in header if c <= i]
        key = left[-1] if left else header[0][1]
        item[key] = join(item[key], t) if key in item else t
    rows.append(item)
    return header


def _cell_pieces(row: Row, cols: list[int]) -> tuple[list[str], bool]:
    pieces: list[str] = []
    from_parts = False
    previous = None
    for j in cols:
        cell = row.cells[j]
        if cell is None or cell.text == previous:
            continue  # a merged cell that the producer repeated in every column
        previous = cell.text
        if cell.parts:
            pieces += [clean(p) for p in cell.parts if clean(p)]
            from_parts = True
        elif clean(cell.text):
            pieces.append(clean(cell.text))
    return pieces, from_parts


def _distinct(texts):
    """Drop a text that repeats the one before (a repeated merged cell)."""
    previous = None
    for t in texts:
        if t != previous:
            yield t
        previous = t


# A piece that opens with these continues the one before: a cell's line wrapped before its comma.
_CONTINUES = ("，", "。", "；", "、", ",", ";", "）", ")")


def _goals(pieces: list[str], from_parts: bool) -> list[str]:
    if not pieces:
        return []
    joined: list[str] = []
    for p in pieces:
        if joined and p.lstrip().startswith(_CONTINUES):
            joined[-1] += p.strip()
        else:
            joined.append(p)
    pieces = joined
    items = numbering.split_list(" ".join(pieces))
    if len(items) <= 1 and len(pieces) > 1:
        items = [numbering.strip(p) for p in pieces]
    # A merged goal cell repeated in every slot it spans (Docling) is one goal.
    return list(dict.fromkeys(clean(i) for i in items if clean(i)))


def _inline_pairs(values: list[tuple[int, str]]) -> list[Milestone]:
    """``3月底 | 30 | 6月底 | 50``: months and percentages in one row; or the months
    first, then as many percentages (a rendering that put every cell on a line of its own)."""
    cells = [(j, t) for j, t in values if numbers.month(t) is not None or numbers.number(t) is not None]  # not （%）
    half = len(cells) // 2
    if half and len(cells) == 2 * half:
        months = [numbers.month(t) for _, t in cells[:half]]
        pcts = [numbers.number(t) for _, t in cells[half:]]
        if all(m is not None for m in months) and all(p is not None for p in pcts) \
                and not any(numbers.month(t) for _, t in cells[half:]):
            return [Milestone(month=m, pct=p) for m, p in zip(months, pcts)]
    out = []
    k = 0
    while k + 1 < len(values):
        m, pct = numbers.month(values[k][1]), numbers.number(values[k + 1][1])
        if m is None or numbers.month(values[k + 1][1]) is not None or pct is None:
            return []
        out.append(Milestone(month=m, pct=pct))
        k += 2
    return out if k == len(values) and out else []


def _plan_values(out: Header, months: list[tuple[int, int]], filled: list[tuple[int, str]]) -> None:
    values = [(j, numbers.number(t)) for j, t in filled if numbers.number(t) is not None]
    month_cols = [c for c, _ in months]
    by_month: dict[int, float] = {}
    if all(j in month_cols for j, _ in values):
        lookup = dict(months)
        by_month = {lookup[j]: v for j, v in values}
    elif len(values) == len(months):
        by_month = {m: v for (_, m), (_, v) in zip(months, values)}
    else:
        # A value sits under the nearest month header to its left.
        for j, v in values:
            left = [(c, m) for c, m in months if c <= j]
            if left:
                by_month[left[-1][1]] = v
    out.spending_plan = [Milestone(month=m, pct=by_month[m]) for _, m in months if by_month.get(m) is not None]
