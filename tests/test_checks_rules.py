"""One test per cross-check, on small hand-made records."""
from __future__ import annotations

from jixiao.extract import checks
from jixiao.extract.checks.toc import title_key
from jixiao.extract.record import from_data
from jixiao.normalize import ValueWarning, value


def ind(seq, level1="产出指标", level2="数量指标", level3="人数", raw="≥10人", basis="工作计划", **extra):
    v = value(raw)
    row = {"seq": seq, "level1": level1, "level1_std": level1, "level2": level2, "level2_std": level2, "level3": level3,
           "description": None, "value_raw": raw, "kind": v.kind, "comparator": v.comparator, "value": v.value,
           "value_max": v.value_max, "unit": v.unit, "reference": v.reference, "basis": basis, "page": 3,
           "bbox": [80, 100 + 20 * seq, 500, 120 + 20 * seq]}
    row.update(extra)
    return row


def proj(seq=1, indicators=None, **extra):
    p = {"seq": seq, "title": f"项目{seq}绩效目标表", "name": f"项目{seq}", "code": f"100-0000-ABC-{seq:04d}", "unit": "万元",
         "budget_total": 10.0, "budget_fiscal": 10.0, "budget_other": None, "spending_plan": [{"month": 6, "pct": 50.0}, {"month": 12, "pct": 100.0}],
         "goals": [], "page": 3, "indicators": indicators if indicators is not None else
         [ind(1), ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")], "department_code": None,
         "department": None, "purpose": None}
    p.update(extra)
    return {k: v for k, v in p.items() if v is not None or k not in ("page", "line")}


def rec(*projects, toc=None, fmt="pdf"):
    """A typed record from JSON data, as ``jixiao load`` reads one."""
    cover = dict.fromkeys(("title", "department", "department_code", "year", "status", "compiled_by", "reviewed_by"))
    return from_data({"source": {"path": f"draft.{fmt}", "sha256": "0" * 64, "format": fmt, "pages": None},
                      "document": cover, "toc": toc or [], "overall_goals": [], "sub_goals": [], "safeguards": [],
                      "projects": list(projects), "issues": []})


def check(record, warnings=None):
    """The checks with normalize's warnings for each value, as the interpreter hands them over."""
    if warnings is None:
        warnings = {(p.seq, i.seq): value(i.value_raw).warnings for p in record.projects for i in p.indicators}
    return checks.check(record, warnings)


def codes(record):
    return sorted((i.code, i.severity, i.project, i.indicator) for i in check(record))


def test_clean_record_has_no_issue():
    assert codes(rec(proj())) == []


def test_budget_total_not_sum_of_parts_is_an_error():
    assert codes(rec(proj(budget_total=12.0, budget_fiscal=10.0, budget_other=1.0))) == [("budget_sum", "error", 1, None)]


def test_the_carryover_of_a_national_form_is_one_of_the_parts():
    # 项目支出绩效目标申报表: 年度资金总额 1265 = 财政拨款 1105 + 上年结转资金 130 + 其他资金 30.
    assert codes(rec(proj(budget_total=1265.0, budget_fiscal=1105.0, budget_other=30.0, budget_carryover=130.0))) == []
    # A carryover printed as part of the fiscal money (其中：上年结转) leaves the sum as it was.
    assert codes(rec(proj(budget_total=1135.0, budget_fiscal=1105.0, budget_other=30.0, budget_carryover=130.0))) == []
    [issue] = check(rec(proj(budget_total=1300.0, budget_fiscal=1105.0, budget_other=30.0, budget_carryover=130.0)))
    assert issue.code == "budget_sum" and "上年结转 130" in issue.message


def test_budget_rounding_within_half_a_cent_is_fine():
    assert codes(rec(proj(budget_total=10.004, budget_fiscal=10.0))) == []


def test_spending_plan_that_goes_down():
    plan = [{"month": 3, "pct": 60.0}, {"month": 6, "pct": 40.0}]
    assert codes(rec(proj(spending_plan=plan))) == [("spending_plan_decreasing", "error", 1, None)]


def test_spending_plan_over_100():
    plan = [{"month": 6, "pct": 50.0}, {"month": 12, "pct": 120.0}]
    assert codes(rec(proj(spending_plan=plan))) == [("spending_plan_over_100", "error", 1, None)]


def test_empty_value_and_empty_basis_are_flagged():
    p = proj(indicators=[ind(1, raw="", basis=None), ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")])
    assert codes(rec(p)) == [("missing_basis", "info", 1, 1), ("missing_value", "warning", 1, 1)]


def test_a_comparator_alone_is_a_missing_value_and_says_so():
    p = proj(indicators=[ind(1, raw="≥"), ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")])
    issues = [i for i in check(rec(p)) if i.code == "missing_value"]
    assert [(i.project, i.indicator) for i in issues] == [(1, 1)]
    assert "'≥' is a comparator with no number" in issues[0].message


def test_unit_in_value_conflicts_with_unit_in_name():
    p = proj(indicators=[ind(1, level3="资助专利数(件)", raw="≥800个"), ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")])
    issues = check(rec(p))
    assert [(i.code, i.severity) for i in issues] == [("unit_conflict", "warning")]
    assert "件" in issues[0].message and "个" in issues[0].message


def test_unit_in_name_agrees_across_magnitude_and_money():
    rows = [ind(1, level3="受益人数(人)", raw="≥2.3万人"), ind(2, level2="成本指标", level3="经费(万元)", raw="≤500元"),
            ind(3, level3="参与人次(人)", raw="≥10人次"), ind(4, "满意度指标", "服务对象满意度指标", "满意度(%)", "≥90%")]
    assert codes(rec(proj(indicators=rows))) == []


def test_percent_above_100_is_one_issue_with_the_glyph_reading():
    p = proj(indicators=[ind(1, level2="质量指标", level3="合格率", raw="292%"), ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")])
    issues = check(rec(p))
    assert [i.code for i in issues] == ["percent_over_100"]
    assert "≥92%" in issues[0].message


def test_percent_above_100_without_normalize_warning_still_flagged():
    row = ind(1, level2="质量指标", level3="合格率", raw="≥150%")
    p = proj(indicators=[row, ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")])
    assert [i.code for i in check(rec(p), warnings={})] == ["percent_over_100"]


def test_other_normalize_warnings_become_value_issues_by_their_code():
    record = rec(proj(indicators=[ind(1), ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")]))
    disagree = ValueWarning("comparators_disagree", "comparators disagree: '≥' and '以下'; kept '>='")
    issues = check(record, warnings={(1, 1): (disagree,)})
    assert [(i.code, i.project, i.indicator) for i in issues] == [("value", 1, 1)]
    assert issues[0].message.endswith(str(disagree)) and issues[0].page == 3


def test_check_changes_nothing():
    record = rec(proj(budget_total=99.0), proj(2), toc=[{"part": 2, "title": "别的表", "page": 1}])
    before = record.to_dict()
    check(record)
    assert record.to_dict() == before


def test_quantity_indicator_with_a_word_target():
    p = proj(indicators=[ind(1, level3="发放人数", raw="及时"), ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")])
    assert codes(rec(p)) == [("qualitative_target", "warning", 1, 1)]


def test_cost_row_naming_a_standard_is_not_vague():
    rows = [ind(1, level2="成本指标", level3="生活费标准", raw="规定标准"), ind(2, level2="成本指标", level3="补助", raw="按国家标准执行"),
            ind(3, level2="时效指标", level3="及时性", raw="及时"), ind(4, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")]
    assert codes(rec(proj(indicators=rows))) == []


def test_cost_row_with_a_word_that_names_no_amount():
    rows = [ind(1, level2="成本指标", level3="预算控制数", raw="绩效管理"), ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")]
    assert codes(rec(proj(indicators=rows))) == [("qualitative_target", "warning", 1, 1)]


def test_duplicate_project_codes():
    assert codes(rec(proj(1), proj(2, code="100-0000-ABC-0001"))) == [("duplicate_code", "error", 2, None)]


def test_level_names_outside_the_framework():
    row = ind(1, level1="产出指标", level2="速度指标", level2_std=None)
    p = proj(indicators=[row, ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")])
    assert codes(rec(p)) == [("unknown_level", "warning", 1, 1)]


def test_a_level_read_as_the_name_it_misses_by_a_character_is_still_flagged():
    row = ind(1, level1="产出指标", level2="绩效指标", level2_std="时效指标")
    p = proj(indicators=[row, ind(2, "满意度指标", "服务对象满意度指标", "满意度", "≥90%")])
    issues = [i for i in check(rec(p)) if i.code == "unknown_level"]
    assert [(i.project, i.indicator) for i in issues] == [(1, 1)]
    assert "read as 时效指标" in issues[0].message


def test_project_without_output_or_satisfaction_indicators():
    p = proj(indicators=[ind(1, "效益指标", "社会效益指标", "效果", "≥90%")])
    assert codes(rec(p)) == [("no_output_indicator", "warning", 1, None), ("no_satisfaction_indicator", "warning", 1, None)]


def test_toc_entry_without_table_and_table_without_entry():
    toc = [{"part": 1, "title": "总体绩效目标", "page": 1}, {"part": 2, "title": "项目1绩效目标表", "page": 1},
           {"part": 2, "title": "完全不同的东西", "page": 2}]
    got = codes(rec(proj(1, page=3), proj(2, title="第二个项目的表格", page=4), toc=toc))
    assert got == [("table_without_toc", "warning", 2, None), ("toc_without_table", "warning", None, None)]


def test_toc_title_that_differs_after_folding():
    toc = [{"part": 2, "title": "项目1绩效目标表", "page": 1}, {"part": 2, "title": "项目2 绩效目标", "page": 2}]
    got = codes(rec(proj(1, page=3), proj(2, page=4), toc=toc))
    assert got == [("toc_title_mismatch", "info", 2, None)]


def test_toc_title_numbering_width_and_spaces_do_not_count():
    assert title_key("3、 项目（一期） 绩效目标表......12") == title_key("项目(一期)绩效目标表")


def test_toc_pages_offset_by_a_constant_are_fine():
    toc = [{"part": 2, "title": f"项目{k}绩效目标表", "page": k} for k in (1, 2, 3)]
    assert codes(rec(*(proj(k, page=k + 2) for k in (1, 2, 3)), toc=toc)) == []


def test_toc_page_off_the_common_offset():
    toc = [{"part": 2, "title": f"项目{k}绩效目标表", "page": k} for k in (1, 2, 3)]
    record = rec(proj(1, page=3), proj(2, page=5), proj(3, page=5), toc=toc)
    assert codes(record) == [("toc_page", "info", 2, None)]
    assert "should say 3" in check(record)[0].message


def test_toc_pages_of_a_text_draft_are_not_compared():
    toc = [{"part": 2, "title": f"项目{k}绩效目标表", "page": k * 7} for k in (1, 2)]
    p1, p2 = proj(1, page=None, line=10), proj(2, page=None, line=40)
    assert codes(rec(p1, p2, toc=toc, fmt="text")) == []
