"""value(): the hand-written notation table, plus behaviour the table cannot express."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from jixiao.normalize import Value, value, value_uncached

TABLE = Path(__file__).parent / "data" / "notations.tsv"
COLUMNS = ["text", "sign", "unit", "kind", "comparator", "value", "value_max", "unit_out",
           "reference", "amount_yuan", "warning"]


def _cell_text(s: str):
    if s == "<None>":
        return None
    if s == "<empty>":
        return ""
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\u3000", "\u3000").replace("\\uf0b3", "\uf0b3")


def _opt(s: str):
    return None if s == "~" else s


def _num(s: str):
    if s == "~":
        return None
    return float(s) if "." in s else int(s)


def _rows():
    rows = []
    for lineno, line in enumerate(TABLE.read_text(encoding="utf-8").split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        assert len(cells) == len(COLUMNS), f"notations.tsv:{lineno}: {len(cells)} cells"
        row = dict(zip(COLUMNS, cells))
        rows.append(pytest.param(row, id=f"{lineno}:{row['text']}|{row['sign']}|{row['unit']}"))
    return rows


ROWS = _rows()


def test_notation_table_has_at_least_150_rows():
    assert len(ROWS) >= 150


@pytest.mark.parametrize("row", ROWS)
def test_notation_reads_as_expected(row):
    v = value(_cell_text(row["text"]), sign=_opt(row["sign"]), unit=_opt(row["unit"]))
    got = (v.kind, v.comparator, v.value, v.value_max, v.unit, v.reference)
    want = (row["kind"], _opt(row["comparator"]), _num(row["value"]), _num(row["value_max"]),
            _opt(row["unit_out"]), _opt(row["reference"]))
    assert got == want, v.to_dict()
    # int when the printed number has no decimal point, float when it has one
    assert type(v.value) is type(want[2])
    assert type(v.value_max) is type(want[3])
    want_amount = _num(row["amount_yuan"])
    if want_amount is None:
        assert v.amount_yuan is None
    else:
        assert v.amount_yuan is not None and math.isclose(v.amount_yuan, want_amount, rel_tol=1e-12)
    if row["warning"] == "~":
        assert v.warnings == (), v.warnings
    else:
        assert any(row["warning"] in w for w in v.warnings), v.warnings


def test_seed_gold_values_all_read_as_the_gold_says():
    gold = Path(__file__).resolve().parent.parent / "samples" / "expected" / "seed.gold.json"
    if not gold.exists():
        gold = Path(__file__).parents[1] / "samples" / "expected" / "seed.gold.json"
    d = json.loads(gold.read_text(encoding="utf-8"))
    n = 0
    for p in d["projects"]:
        for ind in p["indicators"]:
            v = value(ind["value_raw"])
            assert (v.kind, v.comparator, v.value, v.unit, v.reference) == (
                ind["kind"], ind["comparator"], ind["value"], ind["unit"], ind["reference"]), ind["value_raw"]
            n += 1
    assert n > 50


def test_value_is_frozen_and_to_dict_lists_every_field():
    v = value("≥90%")
    with pytest.raises(Exception):
        v.value = 1  # type: ignore[misc]
    d = v.to_dict()
    assert list(d) == ["kind", "comparator", "value", "value_max", "unit", "reference",
                       "amount_yuan", "text", "warnings"]
    assert d["warnings"] == [] and isinstance(d["warnings"], list)
    json.dumps(d, ensure_ascii=False)


def test_to_dict_warnings_are_a_list_of_strings():
    d = value("292%").to_dict()
    assert isinstance(d["warnings"], list) and all(isinstance(w, str) for w in d["warnings"])


def test_damaged_glyph_is_never_fixed_silently():
    v = value("292%")
    assert (v.comparator, v.value) == ("=", 292)
    assert v.warnings == ("292% is above 100%; possibly a damaged '≥' glyph: ≥92%",)


def test_percent_above_100_with_a_printed_comparator_warns_without_a_glyph_guess():
    v = value("≥292%")
    assert v.value == 292 and v.comparator == ">="
    assert len(v.warnings) == 1 and "damaged" not in v.warnings[0]


def test_qualitative_keeps_the_cleaned_text():
    assert value(" 良 好 ").text == "良好"
    assert value("按月 安排").text == "按月安排"


def test_text_keeps_space_between_latin_words():
    assert value("A B").text == "A B"


def test_numeric_text_is_the_cleaned_cell():
    assert value("≥ 95 %").text == "≥95%"
    assert value("＞＝９０％").text == ">=90%"


def test_full_width_brackets_in_units_are_kept_as_printed():
    assert value("20台（套）").unit == "台（套）"
    assert value("20台(套)").unit == "台(套)"


def test_unit_column_fills_a_value_without_unit_and_gives_amount():
    v = value("10.94", unit="万元")
    assert v.unit == "万元" and v.amount_yuan == 109400.0


def test_unit_column_placeholder_is_ignored():
    assert value("95", unit="—").unit is None
    assert value("95", unit="  ").unit is None


def test_sign_column_does_not_override_printed_comparator():
    v = value("≥90%", sign="≤")
    assert v.comparator == ">="
    assert v.warnings == ("指标性质 says '<=' but the value prints '>='; kept '>='",)


def test_sign_column_agreeing_with_the_value_gives_no_warning():
    assert value("≥90%", sign="≥").warnings == ()


def test_sign_column_words_are_comparators():
    assert value("90", sign="不低于").comparator == ">="
    assert value("5", sign="以内").comparator == "<="


def test_non_string_inputs_do_not_raise():
    assert value(95).kind == "numeric"  # type: ignore[arg-type]
    assert value(95.5).value == 95.5  # type: ignore[arg-type]
    assert value(["≥90%"]).kind in ("qualitative", "numeric", "missing")  # type: ignore[arg-type]
    assert value(b"\xff").kind == "qualitative"  # type: ignore[arg-type]


def test_cached_and_uncached_agree():
    for t in ["≥90%", "≤预算批复金额", "及时", "", None, "80%-90%", "292%"]:
        assert value(t) == value_uncached(t)


def test_cached_value_returns_value_instances():
    assert isinstance(value("≥90%"), Value)


def test_range_upper_bound_and_unit():
    v = value("80%至90%")
    assert (v.value, v.value_max, v.unit, v.comparator) == (80, 90, "%", ">=")


def test_range_with_two_different_units_warns():
    v = value("3个月-1年")
    assert v.kind == "numeric" and v.value == 3 and v.value_max == 1
    assert any("two units" in w for w in v.warnings)


def test_amount_yuan_is_exact_for_decimal_wan_yuan():
    assert value("10.94万元").amount_yuan == 109400.0
    assert value("0.1万元").amount_yuan == 1000.0


def test_per_unit_money_is_not_an_amount():
    assert value("300元/人·月").amount_yuan is None
    assert value("89.6元/亩").amount_yuan is None


def test_negative_number():
    v = value("≥-5%")
    assert (v.comparator, v.value, v.unit) == (">=", -5, "%")


def test_very_long_inputs_are_read_quickly_and_without_internal_errors():
    import time
    for text in ["1" * 20000, "预" * 20000, "≥" + "预" * 20000, ("≥90% ") * 5000, "1" * 5000 + "万" * 5000]:
        t0 = time.perf_counter()
        v = value_uncached(text)
        assert time.perf_counter() - t0 < 1.0
        assert not any(w.startswith("internal error") for w in v.warnings)
    assert value_uncached("1" * 20000).kind == "qualitative"
