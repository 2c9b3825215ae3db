"""The grammar of a printed 指标值 (target value), as named token patterns.

Every pattern here matches *compacted* text (folded, no whitespace; see
``_text.compact``).  The tokens are composed into three whole-cell patterns:

    NUMERIC    = PRE? NUM APPROX? UNIT? INCL? (SEP NUM UNIT?)? INCL? POST? INCL?
    REFERENCE  = PRE  REFTEXT POST?          (or REFTEXT POST with a named amount)
    DATE       = a calendar date or deadline (qualitative although it has digits)

where PRE is a comparator word and/or symbol.  Anything else is qualitative.

The pattern strings are built at import (cheap); the compiled patterns on first
use (``__getattr__`` below): compiling is most of what importing this module
used to cost, and most commands never read a value.
"""
from __future__ import annotations

import regex


def _alt(words) -> str:
    # Longest first, so that 小于等于 is never read as 小于 followed by 等于….
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


# -- comparators ------------------------------------------------------------

# Symbols after width folding (＞＝ is already >=).  ≮ "not less than" and
# ≯ "not greater than" are occasionally used by Word's symbol picker.
SYMBOLS = {
    ">=": ">=", "=>": ">=", "≥=": ">=", "≥": ">=", "≧": ">=", "⩾": ">=", "≮": ">=",
    "<=": "<=", "=<": "<=", "≤=": "<=", "≤": "<=", "≦": "<=", "⩽": "<=", "≯": "<=",
    ">": ">", "<": "<", "=": "=", "==": "=",
}

# Words before the number.  Chinese statutory usage (民法典 第1259条: 以上、以下、
# 以内 include the number itself; 不满、超过 do not) is the genre's usage too.
#
# 达到 / 达: a target "达到95%" in a 绩效目标表 is a floor to be reached, not an
# exact figure: self-assessment (绩效自评) gives a positive indicator full marks
# when the actual value reaches or exceeds the target.  Reading it as "=" would
# make "达到95%" stricter than "≥95%", which no drafter means, so it is ">=".
PRE_WORDS = {
    ">=": ["不低于", "不少于", "不小于", "不短于", "不差于", "大于等于", "大于或等于",
           "高于或等于", "高于等于", "至少", "最少", "最低", "达到", "达"],
    "<=": ["不高于", "不超过", "不大于", "不多于", "不长于", "小于等于", "小于或等于",
           "低于或等于", "低于等于", "最多", "最高", "未超过", "控制在", "不超出", "不超"],
    ">": ["超过", "大于", "高于", "多于", "超出"],
    "<": ["小于", "低于", "少于", "不足", "不满", "不到"],
    "=": ["等于", "满分", "为", "约", "共计", "合计", "累计"],
}
POST_WORDS = {
    ">=": ["以上", "及以上", "或以上"],
    "<=": ["以下", "及以下", "或以下", "以内", "之内", "及以内", "内", "范围内", "范围之内"],
    "=": ["左右"],
}
# 达到 + words is a qualitative target (达到要求, 达到国家标准), not a
# comparison with a named amount; neither are 为/约/满分 + words.
NEVER_REFERENCE_PRE = {"达到", "达", "为", "约", "满分", "共计", "合计", "累计", "等于"}
# Loose words make a reference only when the text names an amount
# (最高等级 is not "at most 等级"; 最高不超过预算 is caught by 不超过 anyway).
LOOSE_PRE = {"最高", "最低", "最多", "最少", "至少", "超出", "不足", "不满", "不到", "多于", "少于"}

WORD_CMP: dict[str, str] = {}
for _cmp, _ws in PRE_WORDS.items():
    for _w in _ws:
        WORD_CMP[_w] = _cmp
POST_CMP: dict[str, str] = {}
for _cmp, _ws in POST_WORDS.items():
    for _w in _ws:
        POST_CMP[_w] = _cmp

# A cell that is only a comparator (">", "不低于") prints no target: the number was
# cut off (a capture, a narrow column) or never typed. Loose words and the "=" words
# (最高, 满分, 为) can stand alone as qualitative targets, so they are not listed.
COMPARATOR_ONLY = frozenset(SYMBOLS) | frozenset(
    w for c, ws in PRE_WORDS.items() if c != "=" for w in ws if w not in LOOSE_PRE and w not in NEVER_REFERENCE_PRE)

SYM = rf"(?P<sym>{_alt(SYMBOLS)})"
PRE = rf"(?:(?P<pw>{_alt(WORD_CMP)})?{SYM}?)"
POST = rf"(?P<post>{_alt(POST_CMP)})"

# -- numbers ------------------------------------------------------------------

# Thousands groups only in threes ("1,200", "1，200"); a bare "1,2" is not a number.
_NUM_BODY = r"(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+"
NUM = rf"(?P<num>[-+]?(?:{_NUM_BODY}))"
NUM2 = rf"(?P<num2>[-+]?(?:{_NUM_BODY}))"
# 100余人 / 100多人: "more than 100".
APPROX = r"(?P<approx>余|多)"
# A range is printed as lo-hi; its comparator is RANGE_COMPARATOR (see _value).
SEP = r"(?P<sep>~|〜|-|—|–|—+|至|到)"

# -- units --------------------------------------------------------------------

# Multipliers that prefix a base unit: 万人次, 亿元, 万头（只）, 千瓦.
MULTIPLIERS = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "十万": 100_000,
               "百万": 1_000_000, "千万": 10_000_000, "亿": 100_000_000}
BASE_UNITS = [
    # percent and points
    "%", "‰", "‱", "百分点", "个百分点",
    # money
    "元",
    # people, households, organisations, things
    "人", "人次", "人日", "人天", "名", "位", "户", "户次", "家", "家次", "个", "个次",
    "项", "项次", "次", "件", "篇", "篇次", "份", "场", "场次", "期", "批", "批次",
    "类", "种", "套", "台", "辆", "艘", "架", "座", "所", "间", "张", "条", "处",
    "块", "部", "本", "册", "卷", "幅", "首", "集", "门", "节", "课时", "学时",
    "床", "例", "起", "宗", "栋", "幢", "层", "口", "眼", "盏", "根", "片", "株",
    "棵", "头", "只", "羽", "尾", "匹", "箱", "袋", "瓶", "盒", "包", "支", "队",
    "组", "班", "村", "镇", "乡", "校", "园", "站", "点", "级", "等", "等级", "个等级", "星", "轮", "届",
    "人/次", "篇/年", "架次", "台次", "车次", "辆次", "株次", "点次", "台套", "套次",
    # time
    "年", "个月", "月", "周", "个周", "星期", "个星期", "天", "日", "个工作日", "工作日",
    "自然日", "个自然日", "小时", "个小时", "个学期", "个批次",
    "分钟", "秒", "季度", "个季度", "学期", "学年", "年度",
    # score
    "分",
    # measures
    "平方米", "平方公里", "平方千米", "立方米", "公里", "千米", "米", "厘米", "毫米",
    "公顷", "亩", "亩次", "公顷次", "吨", "千克", "公斤", "斤", "克", "升", "毫升", "千瓦", "千瓦时",
    "度", "兆瓦", "微克", "毫克", "倍",
    "㎡", "m²", "m2", "m³", "m3", "km", "km²", "km2", "kg", "t", "kWh", "kW", "MW",
    "mg", "μg", "L", "h",
    # data (a data centre's or an information system's targets: 入库数据≥1.2PB, 带宽≥100Mbps)
    "PB", "TB", "GB", "MB", "KB", "Gbps", "Mbps", "Kbps",
]
# A single CJK measure word missing from the list above is still a unit
# (辆, 所, 座…), except characters that start deadlines or comparator words:
# with them "12月底前" or "3个以上" would be misread.
_STOP = "以及或之内上下左右前后底末初中旬至到达起止每等约余多近共计累和与的"
_HAN_UNIT = rf"[\p{{Han}}--[{_STOP}]]"
# A listed unit of one character that _HAN_UNIT matches anyway is left out of the
# alternation: the match is the same (longer words are tried first either way)
# and the pattern, repeated six times in NUMERIC, is a third shorter to compile.
_HAN_STOP = frozenset(_STOP)
_LISTED = [u for u in BASE_UNITS if not (len(u) == 1 and u not in _HAN_STOP and "\u3400" <= u <= "\u9fff")]
# Any measure word counted in turns is a unit too (犬次: dogs vaccinated, 头次, 船次).
# So is a measure word over time (站年: station-years of records, 床日, 台时).
_BASE = rf"(?:{_alt(_LISTED)}|{_HAN_UNIT}[次年日时]|{_HAN_UNIT})"
_MULT = rf"(?:{_alt(MULTIPLIERS)})"
# A bracketed qualifier that is part of the unit: 万头（只）, 台（套）; not （含）.
_QUAL = r"(?:[（(](?!含|不含|包含)[^（）()\d]{1,4}[）)])"
# "(含)" after a number or a 以上/以下 says the bound is inclusive, which 以上/≥
# already are: accepted and ignored.
INCL = r"(?:[（(](?:含|包含|含本数)[）)])"
_PER = rf"(?:[/每]{_MULT}?{_BASE}(?:[·/]{_BASE})*)"
UNIT_BODY = rf"(?:{_MULT}?{_BASE}{_QUAL}?{_PER}?{_QUAL}?)"
UNIT = rf"(?P<unit>{UNIT_BODY})"
UNIT2 = rf"(?P<unit2>{UNIT_BODY})"

# -- whole-cell patterns ------------------------------------------------------

_V = regex.VERSION1

# A comparator followed by text that is not a number compares with a named
# amount: ≤预算批复金额, 不低于上年水平, 控制在预算范围内.
REFTEXT = r"(?P<ref>(?![-+]?[\d.])[^\d<>=≥≤≧≦⩾⩽≮≯]+?)"

PLACEHOLDERS = frozenset({"", "-", "--", "---", "—", "——", "———", "–", "/", "//", "\\",
                          "…", "……", "...", "n/a", "N/A", "NA", "null", "None", "空白"})

# name -> (pattern, flags, the group names in order, or None when not checked).
# _value unpacks match.groups() positionally (groupdict() is slow): keep the order.
_PATTERNS = {
    # The second unit calls the first's pattern ((?&unit)) instead of spelling it out again:
    # the same matches, at half the compiling.
    "NUMERIC": (rf"{PRE}{NUM}{APPROX}?{UNIT}?{INCL}?(?:{SEP}{NUM2}(?P<unit2>(?&unit))?)?{INCL}?{POST}?{INCL}?", _V,
                ["pw", "sym", "num", "approx", "unit", "sep", "num2", "unit2", "post"]),
    "REFERENCE": (rf"{PRE}{REFTEXT}{POST}?", _V, ["pw", "sym", "ref", "post"]),
    # A named amount without a comparator word in front still needs one after it
    # (预算批复金额以内) and must look like an amount, or 年度内 would be a reference.
    "AMOUNT_WORDS": (r"预算|金额|资金|批复|经费|上年|去年|上一年|同期|水平|标准|计划|定额|额度|平均|均值|基数|目标值", 0, None),
    # Calendar dates and deadlines carry digits but are qualitative targets:
    # 2023年12月底前, 2023-12-31, 12月31日前, 每月10日前, 次年3月.
    "DATE": (r"(?:(?:19|20)\d{2}(?:年|[-/](?:0?[1-9]|1[0-2])(?!\d)|\.(?:0?[1-9]|1[0-2])\.\d{1,2}))"
             r"|(?:\d{1,2}月\d{1,2}日)"
             r"|(?:\d{1,2}月(?:底|末|初|中旬|上旬|下旬|前|份前))"
             r"|(?:每(?:年|月|季度?|周|日|天))", _V, None),
    # A printed comparator that starts a value we could not read: worth a warning.
    "LOOKS_NUMERIC": (rf"{PRE}[-+]?\d", _V, None),
    # UNIT_BODY with its base unit spelled once and called twice ((?&base)): a third of the
    # compiling. Only whether it matches is used, never its groups.
    "UNIT_FULL": (rf"(?:{_MULT}?(?P<base>{_BASE}){_QUAL}?(?:[/每]{_MULT}?(?&base)(?:[·/](?&base))*)?{_QUAL}?)", _V, None),
    "SIGN_WORD": (rf"(?:(?P<pw>{_alt(WORD_CMP)})|{SYM}|{POST})", _V, None),
}


def __getattr__(name: str) -> regex.Pattern:
    """Compile a whole-cell pattern the first time it is asked for, then keep it as a
    module attribute (later look-ups never come here)."""
    try:
        pattern, flags, groups = _PATTERNS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    compiled = regex.compile(pattern, flags)
    if groups is not None and list(compiled.groupindex) != groups:
        raise AssertionError(f"{name}: groups {list(compiled.groupindex)}, _value expects {groups}")
    globals()[name] = compiled
    return compiled
