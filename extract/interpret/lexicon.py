"""The header lexicon: label text in a table → the record field it fills.

One mapping for every producer (text renderings and PDF alike).  A new
template should, ideally, be a few entries here.  Labels are matched after
``label_key()`` has squashed whitespace and dropped parenthesised units and
``其中`` prefixes, so ``预算规模 及资金用 途`` and ``其中：财政资金`` match.
"""
from __future__ import annotations

import regex

# Columns of the indicator table.  Order matters only for readability: lookups
# are exact first, then by the longest lexicon entry contained in the header.
INDICATOR_COLUMNS: dict[str, tuple[str, ...]] = {
    "level1": ("一级指标", "一级", "一级绩效指标"),
    "level2": ("二级指标", "二级", "二级绩效指标"),
    "level3": ("三级指标", "三级", "三级绩效指标", "指标名称", "绩效指标名称", "具体指标"),
    "description": ("绩效指标描述", "指标描述", "指标解释", "指标内容", "指标说明描述", "绩效指标说明", "指标定义"),
    "value": ("指标值", "目标值", "年度指标值", "绩效指标值", "指标目标值", "绩效目标值", "年度目标值", "预期目标值", "指标值（目标值）"),
    "sign": ("指标性质", "比较符", "符号", "运算符"),
    "unit": ("度量单位", "计量单位", "单位", "指标单位"),
    "basis": ("指标值确定依据", "指标值设定依据", "指标值说明", "确定依据", "设定依据", "指标值确定依据及说明", "取值依据", "指标值依据", "目标值确定依据"),
    "weight": ("权重", "分值", "权重分值", "指标权重", "权重(%)", "分值权重"),
    "direction": ("指标方向", "方向", "指标方向性"),
}

# Labels of the project header block (left of their value cell).
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "code": ("项目编码", "项目代码", "项目编号"),
    "name": ("项目名称",),
    "total": ("预算数", "预算金额", "项目预算", "年度预算数", "预算总额", "资金总额", "年度资金总额", "项目资金总额", "预算资金", "申请金额", "项目总额"),
    "fiscal": ("财政资金", "财政拨款", "财政性资金", "财政拨款资金", "一般公共预算", "当年财政拨款"),
    "other": ("其他资金", "其它资金", "其他来源资金"),
    "purpose_block": ("预算规模及资金用途", "项目资金及用途", "预算规模及用途", "资金规模及用途"),
    "purpose": ("资金用途", "项目用途", "主要用途", "资金使用用途"),
    "plan": ("资金支出计划", "支出计划", "资金支出进度计划", "资金使用计划", "预算支出计划"),
    "goals": ("绩效目标", "年度绩效目标", "年度目标", "项目绩效目标", "总体目标", "年度总体目标", "项目年度绩效目标"),
    "department": ("主管部门", "主管部门及代码", "预算部门", "部门名称"),
    "implementer": ("实施单位", "项目实施单位", "预算单位", "单位名称"),
    "indicators": ("绩效指标", "年度绩效指标", "项目绩效指标"),
}

_PARENS = regex.compile(r"[（(][^（）()]{0,12}[)）]")
_PREFIX = regex.compile(r"^(?:其中|含)[:：]?")
_SPACE = regex.compile(r"\s+")


def label_key(text: str | None) -> str:
    key = _SPACE.sub("", text or "")
    key = _PARENS.sub("", key)
    key = _PREFIX.sub("", key)
    return key.strip(":：*")


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {label_key(name): field for field, names in table.items() for name in names}


_INDICATOR_EXACT = _index(INDICATOR_COLUMNS)
_HEADER_EXACT = _index(HEADER_LABELS)
_INDICATOR_BY_LENGTH = sorted(_INDICATOR_EXACT.items(), key=lambda kv: -len(kv[0]))


def indicator_column(text: str | None) -> str | None:
    """The field an indicator-table header names, or None."""
    key = label_key(text)
    if not key or len(key) > 16:
        return None
    if key in _INDICATOR_EXACT:
        return _INDICATOR_EXACT[key]
    for name, field in _INDICATOR_BY_LENGTH:
        if len(name) >= 3 and name in key:
            return field
    return None


def header_label(text: str | None) -> str | None:
    """The header-block field a label cell names, or None (exact matches only:
    free text in value cells must never be mistaken for a label)."""
    key = label_key(text)
    if not key or len(key) > 14:
        return None
    return _HEADER_EXACT.get(key)
