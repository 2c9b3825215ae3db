"""What a text reader may know of the genre's words to find cell boundaries.

When a rendering lost its table markup, the only cell boundaries left are the
words themselves: the header labels of the lexicon, the framework's level names
and the grammar of a printed value.  This module asks the interpreter's lexicon
and the normalizer (one vocabulary for the whole project); it adds only the
few words that start a 指标解释 cell, which no header names.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from jixiao import normalize
from jixiao.extract.interpret import lexicon
from jixiao.normalize import _grammar, _level, lazy_regex

# A 指标解释 / 绩效标准 cell usually opens with one of these: where a name and
# its explanation are glued, the explanation starts here.
DESCRIPTION_OPENERS = ("反映", "该指标", "本指标", "指标反映", "考核", "考察", "衡量", "用于反映")

# Form titles end so; the words before them up to a break are the title.
# A bracketed year printed right after the title is part of it: 项目绩效目标表(2021年度).
FORM_TITLE = lazy_regex.compile(r"(?:绩效目标(?:申报|批复|审批|审核)?表|绩效指标表)(?:\s*[(（]\s*\d{4}\s*年度?\s*[)）])?"
                                # a budget system's page heading for the form: 项目支出绩效目标申报
                                r"|^\s*(?:项目支出|项目|部门整体支出)绩效目标申报\s*$")


# Columns the record has no field for but a form prints beside the target:
# the readers must know them to find a glued header's end and a score glued to
# the target (88100 under 指标值 | 备注); the interpreter keeps them in extra.
REMARK_COLUMNS = ("备注", "说明")


def column_labels() -> tuple[str, ...]:
    """The indicator column labels as the lexicon keys them (no brackets, no spaces), longest first."""
    return lexicon.indicator_labels()


@lru_cache(maxsize=1)
def _column_label_pattern() -> regex.Pattern:
    return regex.compile("|".join(regex.escape(t) for t in column_labels() if len(t) >= 3))


def column_labels_in(text: str) -> int:
    """How many different indicator column labels (of three characters or more) ``text``
    names: three on a page or a line and it holds a form's header."""
    return len(set(_column_label_pattern().findall(text)))


def is_column_label(text: str) -> bool:
    return column_field(text) is not None


def is_header_label(text: str) -> bool:
    return lexicon.header_label(text) is not None


def header_field(text: str) -> str | None:
    """The header-block field a label names (the lexicon's)."""
    return lexicon.header_label(text)


def is_level_name(text: str) -> bool:
    return normalize.level(text, depth=1) is not None or normalize.level(text, depth=2) is not None


@lru_cache(maxsize=1)
def level_names() -> tuple[str, ...]:
    """Every printed form of a level name, longest first."""
    names = set(_level.LEVEL1) | set(_level.LEVEL2) | set(_level.SYNONYMS) | set(_level.SYNONYMS_L2)
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def labels() -> tuple[str, ...]:
    """Header labels and indicator column labels as printed, longest first."""
    words: set[str] = set()
    for table in (getattr(lexicon, "INDICATOR_COLUMNS", {}), getattr(lexicon, "HEADER_LABELS", {})):
        for names in table.values():
            words.update(n for n in names if not regex.search(r"[（()）%]", n) and n not in lexicon.MONEY_GROUP_LABELS)
            # A bracketed word inside a label (部门（单位）名称), in either width.
            for n in names:
                if regex.search(r"[（(]\p{Han}+[)）]", n):
                    words.update({n.replace("(", "（").replace(")", "）"), n.replace("（", "(").replace("）", ")")})
    words.update(REMARK_COLUMNS)
    return tuple(sorted(words, key=len, reverse=True))


# A printed value at the start of a stream: comparator, number, unit, post word.
# Only the listed units: in a glued stream the grammar's "any single CJK measure
# word" would take the first character of the next cell (23发表… is 23 | 发表…).
# A unit per another (元/亩, 次/年) goes on after a slash: no cell starts with one.
_KNOWN_UNIT = rf"(?:{_grammar._alt(_grammar.MULTIPLIERS)})?(?:{_grammar._alt(_grammar.BASE_UNITS)})" \
              rf"(?:/(?:{_grammar._alt(_grammar.BASE_UNITS)}|\p{{Han}})(?:·\p{{Han}})?)?"
# A range (95%-100%, 12-15分钟) is one value when it ends in a known unit;
# without one, 3-6 in 3-6岁儿童 is part of a name.
VALUE_AT = lazy_regex.compile(
    rf"{_grammar.PRE}{_grammar.NUM}{_grammar.APPROX}?"
    rf"(?:(?:{_KNOWN_UNIT})?{_grammar.SEP}{_grammar.NUM2}(?:{_KNOWN_UNIT})|(?:{_KNOWN_UNIT})?)"
    rf"(?:{_grammar.POST})?",
    regex.VERSION1,
)


# 项目资金（万元） at the end of a run of text, before the next label: a cell of its own
# (its unit may be left out: 实施单位XX所项目资金年度资金总额…).
MONEY_GROUP = lazy_regex.compile(
    rf"(?:{_grammar._alt(lexicon.MONEY_GROUP_LABELS)})(?:\s*[（(]\s*(?:万元|千元|亿元|元)\s*[)）])?$")


# A budget label whose value is a breakdown table starts with one of these
# column heads (项目预算 | 成本构成 | 金额 | 测算依据 | …).
BREAKDOWN_HEADS = ("成本构成", "支出构成", "费用构成", "经费构成", "预算构成", "支出明细", "明细项目")

# A qualitative target glued after its indicator's name starts with one of the lexicon's
# openers (补助资金拨付时间按季度拨付, 均等化持续推进, 便利程度明显提高).
QUALITATIVE_OPENERS = lexicon.QUALITATIVE_OPENERS
# Openers that are a whole target by themselves; the others take a two-character verb (逐步完善).
QUALITATIVE_WHOLE = ("良好", "较好")
QUALITATIVE_MAX = lexicon.QUALITATIVE_MAX

# What ends a form's indicator table in a capture: the review block, the
# signature line, a note under the form.
TABLE_END = lazy_regex.compile(r"(?:财政部门|主管部门|省级主管部门)?(?:审核|批复)意见|填报人\s*[:：]|审核人\s*[:：]|联系电话\s*[:：]|(?<![\p{Han}])注\s*[:：]"
                               # a web system's total under its grid: 权重合计：100分
                               r"|^\s*权重合计")

# A signature placeholder (年 月 日 with no date written in): page furniture
# that would otherwise glue its 日 to the form title after it.
DATE_PLACEHOLDER = lazy_regex.compile(r"(?<!\d)年\s*月\s*日")


@lru_cache(maxsize=1)
def short_level_names() -> tuple[str, ...]:
    """Level names printed without their 指标 (社会效益 for 社会效益指标), where the
    normalizer still knows them; only the long ones, which no indicator name
    would use on its own."""
    out = set()
    for name in level_names():
        short = name[:-2] if name.endswith("指标") else None
        if short and len(short) >= 4 and is_level_name(short) and short not in level_names():
            out.add(short)
    return tuple(sorted(out, key=len, reverse=True))


def column_field(text: str) -> str | None:
    """The indicator field a header label names (the lexicon's), ``remark`` for
    REMARK_COLUMNS."""
    field = lexicon.indicator_column(text)
    if field is None and lexicon.label_key(text) in REMARK_COLUMNS:
        return "remark"
    return field


# Where a header has no 三级指标 column, 指标内容 holds the indicator's name (the
# interpreter reads it so too: layout._name_from_content_column).
NAME_BY_CONTENT = ("指标内容", "绩效指标")


def header_fields(labels: list[str]) -> list[str | None]:
    """The indicator field of each header label, 指标内容 as the name column
    when no 三级 column is printed."""
    fields = [column_field(t) for t in labels]
    if "level3" not in fields:
        for j, t in enumerate(labels):
            if fields[j] == "description" and lexicon.label_key(t) in NAME_BY_CONTENT:
                fields[j] = "level3"
                break
    return fields
