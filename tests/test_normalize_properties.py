"""Property tests: the public normalizers never raise on any text (they catch
nothing broadly, so a bug fails here), and printing a typed value in any
notation of the genre then reading it back gives the same typed value."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.normalize import LEVEL1, LEVEL2, direction, infer_unit, level, value, value_uncached
from jixiao.normalize._text import compact

FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters the cells are made of, so that the fuzzing reaches the grammar.
ALPHABET = st.sampled_from(
    list("0123456789.,，%％≥≤><=≧≦＞＜＝-~～至到年月日前底内以上下及不低于高超过达到预算批复金额元万人个次项"
         "家分天（）()/·³£?？ \u3000\n\t") + ["满分", "以内", "控制在", "小于等于", "大于或等于", "万头（只）"])


@FAST
@given(st.text())
def test_value_never_raises_on_arbitrary_text(text):
    v = value_uncached(text)
    assert v.kind in ("numeric", "reference", "qualitative", "missing")
    assert v.to_dict()["kind"] == v.kind
    assert value(text) == v  # the cached reading is the same reading


@FAST
@given(st.lists(ALPHABET, max_size=12).map("".join), st.one_of(st.none(), st.text(max_size=6), ALPHABET),
       st.one_of(st.none(), st.text(max_size=6), ALPHABET))
def test_value_never_raises_on_genre_like_text(text, sign, unit):
    v = value(text, sign=sign, unit=unit)
    assert v.kind in ("numeric", "reference", "qualitative", "missing")
    if v.kind == "numeric":
        assert v.comparator in (">=", "<=", ">", "<", "=") and v.value is not None
    if v.kind in ("qualitative", "missing"):
        assert v.comparator is None and v.value is None
    if v.kind == "reference":
        assert v.comparator and v.reference and v.value is None
    assert not any(w.startswith("internal error") for w in v.warnings)


@FAST
@given(st.text(), st.sampled_from([None, 1, 2, 3]))
def test_level_never_raises(text, depth):
    names = LEVEL1 if depth == 1 else LEVEL2 if depth == 2 else LEVEL1 + LEVEL2
    assert level(text, depth=depth) in (*names, None)
    unit = infer_unit(text)
    assert unit is None or unit == "%" or unit in compact(text)  # a unit is read off the name, never made up
    assert direction(None, text) in ("正向", "反向", "中性", None)
    assert direction(">=", text) in ("正向", "反向", "中性")


# -- round trip -----------------------------------------------------------------

UNITS = ["%", "人", "万元", "元", "个", "家", "项", "次", "件", "户", "人次", "万人次", "个工作日",
         "个月", "天", "小时", "分", "平方米", "公里", "亩", "篇", "份", "场", "期", "元/人",
         "元/人·月", "微克/立方米", "万头（只）", "台（套）", "年", None]

# Every notation the genre prints for each comparator: symbol, word before, word after.
SYMBOLS = {">=": ["≥", ">=", "≧", "＞＝", "⩾", "=>"], "<=": ["≤", "<=", "≦", "＜＝", "⩽", "=<"],
           ">": [">", "＞"], "<": ["<", "＜"], "=": ["=", "＝", ""]}
WORDS_BEFORE = {">=": ["不低于", "不少于", "不小于", "大于等于", "大于或等于", "至少", "达到"],
                "<=": ["不高于", "不超过", "不大于", "小于等于", "小于或等于"],
                ">": ["超过", "大于", "高于"], "<": ["小于", "低于"], "=": [""]}
WORDS_AFTER = {">=": ["以上", "及以上", "或以上"], "<=": ["以内", "以下", "及以下", "之内"],
               ">": [], "<": [], "=": []}

FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def _numbers():
    ints = st.integers(min_value=0, max_value=99_999)
    decs = st.builds(lambda i, f, places: Decimal(i) + Decimal(f) / (10 ** places),
                     st.integers(0, 9_999), st.integers(1, 99), st.sampled_from([2]))
    return st.one_of(ints, decs.filter(lambda d: d != d.to_integral_value()))


@st.composite
def printed_values(draw):
    cmp_ = draw(st.sampled_from(list(SYMBOLS)))
    number = draw(_numbers())
    unit = draw(st.sampled_from(UNITS))
    if unit == "%" and number > 100:
        number = number % 100  # percentages above 100 rightly carry a warning
    styles = ["symbol", "before"] + (["after"] if WORDS_AFTER[cmp_] else [])
    style = draw(st.sampled_from(styles))
    num_s = str(number)
    if unit == "年" and isinstance(number, int) and 1900 <= number <= 2100:
        unit = "个月"  # 2023年 is a date, by design
    u = unit or ""
    if style == "symbol":
        parts = [draw(st.sampled_from(SYMBOLS[cmp_])), num_s, u]
    elif style == "before":
        parts = [draw(st.sampled_from(WORDS_BEFORE[cmp_])), num_s, u]
    else:
        parts = ["", num_s, u, draw(st.sampled_from(WORDS_AFTER[cmp_]))]
    if draw(st.booleans()):
        parts[1] = parts[1].translate(FULL)
        parts[2] = parts[2].replace("%", "％")
    sep = draw(st.sampled_from(["", " ", "\u3000", "  "]))
    text = sep.join(p for p in parts if p)
    if draw(st.booleans()):
        text = " " + text + " "
    return text, cmp_, number, unit


@settings(max_examples=1500, deadline=None)
@given(printed_values())
def test_round_trip_printed_value_reads_back(case):
    text, cmp_, number, unit = case
    v = value_uncached(text)
    assert v.kind == "numeric", (text, v)
    assert v.comparator == cmp_, (text, v)
    assert v.unit == unit, (text, v)
    if isinstance(number, int):
        assert v.value == number and type(v.value) is int, (text, v)
    else:
        assert Decimal(str(v.value)) == number and type(v.value) is float, (text, v)
    assert v.warnings == (), (text, v)


@settings(max_examples=500, deadline=None)
@given(st.integers(0, 99), st.integers(0, 99), st.sampled_from(["-", "～", "~", "至", "—"]),
       st.sampled_from(["%", "户", "家", "万元", "期"]), st.booleans())
def test_round_trip_range(lo, span, sep, unit, unit_on_both):
    hi = lo + span + 1
    text = f"{lo}{unit if unit_on_both else ''}{sep}{hi}{unit}"
    v = value_uncached(text)
    assert (v.kind, v.comparator, v.value, v.value_max, v.unit) == ("numeric", ">=", lo, hi, unit), text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["≤", "<=", "不超过", "小于等于", "不高于", "≦"]),
       st.sampled_from(["预算批复金额", "预算金额", "预算数", "预算批复数", "年度预算"]),
       st.sampled_from(["", " "]))
def test_round_trip_reference(cmp_word, ref, sep):
    v = value_uncached(f"{cmp_word}{sep}{ref}")
    assert (v.kind, v.comparator, v.reference, v.value) == ("reference", "<=", ref, None)
