"""The header lexicon: label text in a table → the record field it fills.

One mapping for every producer (text renderings and PDF alike).  A new
template should, ideally, be a few entries here.  Labels are matched after
``label_key()`` has squashed whitespace and dropped parenthesised units and
``其中`` prefixes, so ``预算规模 及资金用 途`` and ``其中：财政资金`` match.
"""
from __future__ import annotations

import functools


from jixiao.normalize import lazy_regex

# Columns of the indicator table.  Order matters only for readability: lookups
# are exact first, then by the longest lexicon entry contained in the header.
INDICATOR_COLUMNS: dict[str, tuple[str, ...]] = {
    # 指标类别 (Guangdong special funds) names a level; whether its cells are
    # level-1 or level-2 names is read from the cells (indicators.relabel_levels).
    "level1": ("一级指标", "一级", "一级绩效指标", "指标类别", "指标类型"),
    "level2": ("二级指标", "二级", "二级绩效指标"),
    "level3": ("三级指标", "三级", "三级绩效指标", "指标名称", "绩效指标名称", "具体指标", "个性化指标"),
    # 指标内容 is the description beside a 三级指标 column and the indicator's
    # name where there is none (transfer-payment forms): see layout._name_from_content_column.
    "description": ("绩效指标描述", "指标描述", "指标解释", "指标内容", "指标说明描述", "绩效指标说明", "指标说明", "指标定义",
                    "指标解释及计算公式", "绩效标准"),
    "value": ("指标值", "目标值", "年度指标值", "绩效指标值", "指标目标值", "绩效目标值", "年度目标值", "预期目标值",
              "指标值（目标值）", "指标值及单位", "本年度计划完成水平", "计划完成水平", "当年预期实现值", "预期实现值",
              "中期指标值", "实施期指标值", "长期指标值", "中期目标值", "长期目标值", "年度预期值"),
    # The prior level printed beside the target (Guangdong 上年度实际水平).
    "baseline": ("上年度实际水平", "上年实际水平", "上年度实际完成值", "上年实际完成值", "上年度指标值", "基期值",
                 "现状值", "基准值", "历史值", "上年完成值", "上年度完成值", "上年值", "上年度值"),
    "sign": ("指标性质", "比较符", "符号", "运算符", "指标值类型"),
    "unit": ("度量单位", "计量单位", "单位", "指标单位"),
    "basis": ("指标值确定依据", "指标值设定依据", "指标值说明", "确定依据", "设定依据", "指标值确定依据及说明", "取值依据", "指标值依据", "目标值确定依据"),
    "weight": ("权重", "分值", "权重分值", "指标权重", "权重(%)", "分值权重"),
    "direction": ("指标方向", "方向", "指标方向性"),
    # A known column kept verbatim in the indicator's extra (no unknown-column
    # issue; 备注 and 说明 stay unknown columns, reported once per table).
    "scoring": ("评分标准", "评(扣)分标准", "评分细则", "扣分标准", "评分规则"),
}

# Indicators the national forms print across the three level columns, outside
# the framework (the 执行率 row): no levels, even where a capture lost the span.
OUTSIDE_LEVELS = ("预算执行率", "资金执行率", "项目预算执行率", "项目资金执行率")

# A value column says which indicator set it holds when a form prints the
# mid-term (实施期) and annual targets side by side.
MID_TERM_WORDS = ("中期", "实施期", "长期", "整体")
YEAR_WORDS = ("年度", "当年", "本年")

# Columns of a year-end self-evaluation (自评表): what was achieved and its
# score.  A goal draft prints targets only.
ACTUAL_COLUMNS = ("实际完成值", "全年实际值", "实际完成情况", "全年执行数", "实际值", "实际完成", "完成值")
SCORE_COLUMNS = ("得分", "自评得分")
SELF_EVALUATION_TITLE = lazy_regex.compile(r"自\s*评\s*表|绩效自评")
# A mid-year monitoring table (绩效运行监控表) prints beside the targets what was done so far,
# the year's forecast and why it deviates.
MONITORING_COLUMNS = ("预计完成", "偏差原因", "完成目标可能性", "纠偏措施", "执行数")
MONITORING_TITLE = lazy_regex.compile(r"(?:运行)?监\s*控\s*(?:情况)?表|绩效(?:运行)?监控")

# Label cells that only group the money rows and name their unit
# (项目资金（万元） | 总额 | 其中：财政资金 …); a glued capture needs the words to
# find where such a cell starts.
MONEY_GROUP_LABELS = ("项目资金", "项目资金情况", "资金情况", "资金来源")

# Labels of the project header block (left of their value cell).
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "code": ("项目编码", "项目代码", "项目编号"),
    "name": ("项目名称", "专项名称", "专项资金名称", "资金名称", "转移支付名称", "转移支付项目名称", "专项转移支付名称"),
    "total": ("预算数", "预算金额", "项目金额", "项目预算", "年度预算数", "预算总额", "资金总额", "年度资金总额", "项目资金总额", "预算资金", "申请金额", "项目总额", "总额",
              "年度预算安排", "年度资金总额及构成"),
    "fiscal": ("财政资金", "财政拨款", "财政性资金", "财政拨款资金", "一般公共预算", "当年财政拨款", "本年财政拨款",
               "一般公共预算拨款"),
    "other": ("其他资金", "其它资金", "其他来源资金", "其他"),
    # The government sources of the fiscal money (资金来源 on Inner Mongolia's and Xinjiang's
    # forms): where no 财政拨款 line is printed beside 其他资金, the fiscal money is their sum.
    "fiscal_part": ("中央补助", "中央补助资金", "中央财政补助", "中央资金", "中央财政资金", "中央转移支付",
                    "省级补助", "省级资金", "省级财政资金", "省本级", "自治区本级", "自治区补助", "自治区级",
                    "市本级", "市级资金", "市级配套", "地区配套", "盟市配套", "州本级", "州级配套",
                    "县本级", "县级资金", "县级配套", "区本级", "区级资金", "旗县本级", "旗县（市区）本级"),
    # The sources of the other money printed beside 财政拨款 (Tianjin's, Jiangxi's 资金来源:
    # 财政拨款 | 财政专户 | 单位资金 | 其他): 其他资金 is their sum with 其他.
    "other_part": ("财政专户", "财政专户资金", "财政专户管理资金", "单位资金", "单位自有资金", "单位自筹",
                   "事业收入", "经营收入"),
    "carryover": ("上年结转资金", "上年结转", "结转资金", "上年结余收入", "上年结余"),
    "purpose_block": ("预算规模及资金用途", "项目资金及用途", "预算规模及用途", "资金规模及用途"),
    "purpose": ("资金用途", "项目用途", "主要用途", "资金使用用途"),
    "plan": ("资金支出计划", "支出计划", "资金支出进度计划", "资金使用计划", "预算支出计划"),
    "goals": ("绩效目标", "年度绩效目标", "年度目标", "项目绩效目标", "总体目标", "年度总体目标", "项目年度绩效目标", "项目年度目标", "年度项目目标",
              "年度总体绩效目标", "年度阶段性目标", "阶段性目标", "阶段目标", "整体绩效目标", "年度整体绩效目标"),
    "goals_mid_term": ("中期目标", "实施期目标", "实施期绩效目标", "中期绩效目标", "长期目标", "长期绩效目标", "整体目标", "总目标"),
    "department": ("主管部门", "主管部门及代码", "预算部门", "部门名称", "主管部门名称", "部门（单位）名称"),
    "department_code": ("部门预算编码", "主管部门编码", "部门编码", "单位编码", "预算单位编码"),
    "implementer": ("实施单位", "项目实施单位", "预算单位", "单位名称", "项目单位"),
    # Facts of the form the record has no key for: kept in the project's extra.
    "info": ("项目分类", "项目类别", "项目类型", "项目性质", "项目属性", "建设周期", "实施期限", "实施周期", "实施期", "项目负责人",
             "联系电话", "项目起止时间", "项目期限", "实施期资金总额", "立项依据", "项目概况", "部门职责", "填报人",
             "预算年度", "申报年度"),
    # Small tables inside the header block, kept as rows in extra (SUBTABLES).
    "duties": ("年度履职目标", "履职目标", "部门履职目标"),
    "schedule": ("实施进度计划", "项目实施进度计划"),
    "costs": ("项目预算成本构成", "预算成本构成", "成本构成"),
    # 长期绩效指标: the title of the 2015-style form's long-term indicator table (Hunan);
    # 保障绩效目标实现措施: Hubei's caption beside 绩效指标 (it names the goal, it holds none).
    "indicators": ("绩效指标", "年度绩效指标", "项目绩效指标", "长期绩效指标", "保障绩效目标实现措施"),
    # 项目资金（万元）: names the unit and ends the label before it (项目单位 | X | 项目资金（万元） | 总额：245).
    "money_group": MONEY_GROUP_LABELS,
    # Row-group labels of the plan-style form (预期产出 | 产出计划 | 总目标：… | 效率计划 |
    # 项目实施进度计划 …): they hold no value, and end the cell before them.
    "row_group": ("预期产出", "产出计划", "效率计划", "预期效果", "效益计划"),
}

# A form that splits 绩效目标 into 总体目标 and 阶段性目标 (Jiangxi's, over a 项目期限 of
# years): the stage is the year's goals, the whole the period's (goals_mid_term).
STAGE_GOAL_LABELS = ("阶段性目标", "阶段目标", "年度阶段性目标")
OVERALL_GOAL_LABEL = "总体目标"

# Header-block fields that open a small table, with the name of the column
# their own label heads ("" where the label stands above the table):
# 项目预算成本构成 | 金额 | … heads the column of cost items.
SUBTABLES: dict[str, str] = {"duties": "", "schedule": "", "costs": "成本构成"}

# Form titles, by template family.  ``family_of`` names the family a title
# belongs to for --explain and decides the project's scope; everything else is
# read from the tables' content.
FAMILIES: dict[str, tuple[str, ...]] = {
    "department": ("部门整体支出绩效目标表", "整体支出绩效目标表", "部门整体绩效目标表", "整体绩效目标表",
                   "单位整体支出绩效目标表", "部门整体绩效目标申报表", "部门整体支出绩效目标申报表"),
    "approval": ("绩效目标批复表", "绩效目标审批表", "绩效目标审核表"),
    "transfer_payment": ("转移支付绩效目标表", "转移支付绩效目标申报表", "专项资金绩效目标表", "专项资金绩效目标申报表",
                         "转移支付区域绩效目标表"),
    "national_application": ("项目支出绩效目标申报表", "财政支出绩效目标申报表", "部门预算项目绩效目标申报表"),
    "budget_annex": ("项目预算绩效目标表",),
    "project": ("项目支出绩效目标表", "项目绩效目标表", "绩效目标表", "绩效目标申报表", "绩效指标表"),
}
DEPARTMENT_SCOPE = lazy_regex.compile(r"整体(?:支出)?绩效")

# The standard a target rests on, printed in brackets inside another cell
# (Fujian: 指标解释 "100%(历史标准)"): the basis where no basis column exists.
BASIS_IN_BRACKETS = lazy_regex.compile(r"[（(]\s*([\p{Han}]{0,6}标准)\s*[)）]\s*$")
# A worded target opens with one of these (明显改善, 逐步建立, 按季度拨付, 良好) and is short:
# a longer text is a name or an explanation.
QUALITATIVE_OPENERS = ("初步", "明显", "显著", "持续", "逐步", "稳步", "有效", "不断", "进一步", "大幅", "按季度", "按月",
                       "按年", "按期", "按时", "按计划", "每年", "每月", "每季度", "全面", "基本", "得到", "良好", "较好")
QUALITATIVE_MAX = 8

# A cell that is only such a standard (计划标准, 行业标准, 历史标准, 其他标准): a 指标值确定依据 column's.
BASIS_CATEGORY = lazy_regex.compile(r"^(?:计划|行业|历史|其他|国家|地方|省级|部门|预算)标准$")

# Rows after an indicator table that end it: review blocks, signatures, notes, the
# approving office's stamp line (批复单位：…财政局  批复日期：…).
# An indicator set's name on a line or in a cell of its own (长期绩效指标, 年度绩效指标).
PERIOD_LABEL = lazy_regex.compile(r"^(?:中期|实施期|长期|年度|当年|本年)(?:绩效)?(?:目标)?(?:绩效)?指标$")

# What a form prints after a name on the same line: the money unit's label (单位：万元).
MONEY_UNIT_LABEL = lazy_regex.compile(r"\s*(?:金额)?单位\s*[:：]\s*(?:亿元|万元|千元|元)\s*$")
# …and a label/value layout's: 金额单位 in a cell of its own, one of the money units in the next.
MONEY_UNIT_WORD = lazy_regex.compile(r"^(?:金额|资金)?单位$")
MONEY_UNITS = ("万元", "元", "千元", "亿元")

TABLE_END = lazy_regex.compile(r"^(?:审核意见|主管部门审核意见|财政部门审核意见|省级主管部门审核意见|(?:财政部门|主管部门)?批复意见|审核人|填报人|单位负责人|财务负责人|注\s*[:：]|备注\s*[:：]"
                          r"|批复(?:单位|机关|日期|时间|文号)\s*[:：])")

_ENUM = lazy_regex.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d))")
_PARENS = lazy_regex.compile(r"[（(][^（）()]{0,12}[)）]")
_PREFIX = lazy_regex.compile(r"^(?:其中|含)[:：]?")
_SPACE = lazy_regex.compile(r"\s+")
_YEAR_PREFIX = lazy_regex.compile(r"^(?:19|20)\d{2}(?:年(?!度))?(?=\p{Han})")


# Header words are looked up over and over (every cell of every row while a table's
# header is searched for, in every project of every draft): each distinct text is
# worked out once. The lexicon does not change at run time, so the answers cannot.
@functools.lru_cache(maxsize=16384)
def label_key(text: str | None) -> str:
    key = _SPACE.sub("", text or "")
    key = _YEAR_PREFIX.sub("", key)  # 2025年度资金总额, 2025年度绩效目标: the form's year before the label
    key = _PARENS.sub("", key)
    key = _ENUM.sub("", key)
    key = _PREFIX.sub("", key)
    return key.strip(":：*")


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {label_key(name): field for field, names in table.items() for name in names}


_INDICATOR_EXACT = _index(INDICATOR_COLUMNS)
_HEADER_EXACT = _index(HEADER_LABELS)
_INDICATOR_BY_LENGTH = sorted(_INDICATOR_EXACT.items(), key=lambda kv: -len(kv[0]))


def indicator_labels() -> tuple[str, ...]:
    """Every indicator column label the lexicon knows, as label_key writes it, longest first."""
    return tuple(name for name, _ in _INDICATOR_BY_LENGTH)


# A past year's achieved value beside the target (2023年实际完成值 in a 2024 draft): the baseline.
_YEAR_ACTUAL = lazy_regex.compile(r"^(?:19|20)\d{2}年度?(?:实际完成值|实际完成情况|实际完成|实际值|完成值|实际水平)$")


@functools.lru_cache(maxsize=16384)
def indicator_column(text: str | None) -> str | None:
    """The field an indicator-table header names, or None."""
    if text and _YEAR_ACTUAL.match(_SPACE.sub("", text)):
        return "baseline"
    key = label_key(text)
    if not key or len(key) > 16:
        return None
    if key in _INDICATOR_EXACT:
        return _INDICATOR_EXACT[key]
    for name, field in _INDICATOR_BY_LENGTH:
        if len(name) >= 3 and name in key:
            return field
    return None


@functools.lru_cache(maxsize=16384)
def header_label(text: str | None) -> str | None:
    """The header-block field a label cell names, or None (exact matches only:
    free text in value cells must never be mistaken for a label)."""
    key = label_key(text)
    if not key or len(key) > 14:
        return None
    return _HEADER_EXACT.get(key)


_FAMILY_TITLES = sorted(((label_key(t), fam) for fam, ts in FAMILIES.items() for t in ts), key=lambda x: -len(x[0]))


def family_of(title: str | None) -> str | None:
    """The template family a form title names (the longest title it contains)."""
    key = label_key(title)
    if not key:
        return None
    if DEPARTMENT_SCOPE.search(key):
        return "department"
    for name, fam in _FAMILY_TITLES:
        if name in key:
            return fam
    return None


# How the name of a department or unit ends (局, 委员会, 中心, 集团公司...), as a
# regex alternation: the cover and the project department lines both read it.
ORG_ENDINGS = "局|委|厅|院|办|会|中心|所|站|馆|部|处|室|队|校|园|司|社|团|署|府|区|县|市|镇|街道|乡|村|场|台|库|社区|机关|单位|集团|公司"
