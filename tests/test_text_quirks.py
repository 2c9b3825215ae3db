"""One test per quirk of text renderings, on the real seed and our sample drafts."""
from __future__ import annotations

import codecs

import pytest

from jixiao.extract import extract_bytes, extract_file
from jixiao.extract.text import sniff
from tests.helpers import DRAFTS

SEED = DRAFTS / "seed.txt"


@pytest.fixture(scope="module")
def seed():
    return extract_file(str(SEED)).to_dict()


@pytest.fixture(scope="module")
def samples():
    return {p.stem: extract_file(str(p)).to_dict() for p in DRAFTS.iterdir() if p.suffix in (".txt", ".md", ".html")}


def project(record, seq):
    return next(p for p in record["projects"] if p["seq"] == seq)


def indicator(record, seq, level3):
    return next(i for i in project(record, seq)["indicators"] if i["level3"] == level3)


def _facts(record):
    return [(p["code"], p["budget_total"], p["goals"], [(i["level2_std"], i["level3"], i["value"], i["unit"]) for i in p["indicators"]]) for p in record["projects"]]


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda t: t.encode("utf-16-le"), id="utf-16-le-no-bom"),
        pytest.param(lambda t: t.encode("gb18030"), id="gb18030"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("gbk"), id="gbk-crlf"),
    ],
)
def test_encoding_detected_by_content(encode, seed):
    text = SEED.read_text(encoding="utf-8")
    record = extract_bytes(encode(text), "seed-reencoded.txt").to_dict()
    assert _facts(record) == _facts(seed)
    assert record["document"]["department"] == "抚宁区工业信息管理局"


def test_rendering_detected_by_content_not_name(tmp_path):
    md = (DRAFTS / "markdown_health_2021.md").read_bytes()
    renamed = tmp_path / "draft.txt"
    renamed.write_bytes(md)
    record = extract_file(str(renamed)).to_dict()
    assert record["source"]["rendering"] == "markdown"
    assert len(record["projects"]) == 4


def test_sniff_keeps_tab_rendering_with_html_inside_a_cell():
    # The seed holds <p> tags inside one tab cell; it is still a tab rendering.
    assert sniff(SEED.read_text(encoding="utf-8")) == "tsv"


def test_merged_level_cell_inherits(seed):
    rows = project(seed, 1)["indicators"]
    assert [r["level1_std"] for r in rows[:6]] == ["产出指标"] * 6
    assert rows[7]["level1"].replace(" ", "") == "效果指标" and rows[7]["level1_std"] == "效益指标"


def test_project_code_stray_space_removed(seed):
    assert project(seed, 1)["code"] == "471-0602-YBN-G1UW"


def test_goal_list_spread_over_lines(seed):
    assert project(seed, 2)["goals"] == ["涉军人员生活费", "按年度计划完成", "群众服务满意"]


def test_goal_list_in_p_tags(seed):
    goals = project(seed, 7)["goals"]
    assert len(goals) == 3 and goals[1].startswith("加强和调度")


def test_goal_numbers_inside_items_do_not_split(seed):
    goals = project(seed, 4)["goals"]
    assert len(goals) == 3 and "≤100" in goals[1].replace(" ", "")


def test_missing_value_is_kind_missing_and_flagged(seed):
    row = indicator(seed, 7, "次年一月")
    assert row["kind"] == "missing" and row["value"] is None
    assert any(i["code"] == "missing_value" and i["project"] == 7 and i["indicator"] == row["seq"] for i in seed["issues"])


def test_missing_basis_is_null_and_flagged(seed):
    row = indicator(seed, 6, "资助专利数(件)")
    assert row["basis"] is None
    assert any(i["code"] == "missing_basis" and i["project"] == 6 and i["indicator"] == row["seq"] for i in seed["issues"])


def test_paragraph_split_by_page_break_joined(seed):
    assert "效益水平明显改善" in seed["sub_goals"][1]["goal"].replace(" ", "")
    assert "实效，促进了全区" in seed["safeguards"][0]["text"]


def test_spending_plan_blank_cells_omitted(seed):
    assert project(seed, 7)["spending_plan"] == [{"month": 10, "pct": 100}]
    assert [m["month"] for m in project(seed, 3)["spending_plan"]] == [3, 6, 10, 12]


def test_provenance_line_numbers(seed):
    first = project(seed, 1)["indicators"][0]
    assert SEED.read_text(encoding="utf-8").splitlines()[first["line"] - 1].startswith("产出指标\t质量指标\t改制情况")


def test_table_continued_after_page_break_with_repeated_header(samples):
    # Project 1 runs over "- 7 -" and repeats its header row on the next page.
    rows = project(samples["tsv_agriculture_2019"], 1)["indicators"]
    assert len(rows) == 12
    assert not any(r["level3"] == "三级指标" for r in rows)


def test_table_continued_without_repeated_header(samples):
    assert len(project(samples["tsv_agriculture_2019"], 2)["indicators"]) == 9


def test_cell_spilled_onto_line_of_its_own(samples):
    rows = project(samples["tsv_agriculture_2019"], 3)["indicators"]
    assert any(r["description"] == "春秋两季集中免疫期间应免畜禽的免疫密度" for r in rows)
    assert len(rows) == 8


def test_wrapped_toc_entry_joined(samples):
    toc = samples["tsv_agriculture_2019"]["toc"]
    assert {"part": 1, "title": "工作保障措施", "page": 4} in toc


def test_markdown_br_inside_cell_joined(samples):
    rows = project(samples["markdown_health_2021"], 2)["indicators"]
    assert any(r["level3"] == "签约居民续约率" for r in rows)


def test_separate_sign_and_unit_columns_combine(samples):
    record = samples["markdown_health_2021"]
    row = project(record, 1)["indicators"][0]
    assert (row["comparator"], row["value"], row["unit"], row["description"]) == (">=", 90, "%", None)


def test_html_rowspan_levels_inherit(samples):
    rows = project(samples["html_education_2022"], 1)["indicators"]
    assert all(r["level1_std"] for r in rows)
    assert {r["level1_std"] for r in rows} >= {"产出指标", "成本指标"}


def test_weight_column_kept(samples):
    for p in samples["html_education_2022"]["projects"]:
        assert sum(r["weight"] or 0 for r in p["indicators"]) == pytest.approx(100)


def test_unknown_column_kept_in_extra_with_info_issue(samples):
    record = samples["tsv_civil_2024"]
    assert any(r["extra"].get("备注") for p in record["projects"] for r in p["indicators"])
    assert any(i["code"] == "unknown_column" and "备注" in i["message"] for i in record["issues"])


def test_direction_column_as_printed(samples):
    rows = [r for p in samples["tsv_civil_2024"]["projects"] for r in p["indicators"]]
    assert {r["direction"] for r in rows} >= {"正向", "反向"}


def test_fragment_row_after_page_break_joins_previous_row():
    header = "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据"
    text = "\n".join([
        "1、测试项目绩效目标表", "100001 某某县测试局", "单位：万元",
        "项目编码\t100-01\t项目名称\t测试项目",
        header,
        "产出指标\t数量指标\t培训人次\t全年组织业务培训的\t≥200人次\t工作计划",
        "- 3 -", "",
        "\t\t\t人次总数\t\t",
        "\t质量指标\t合格率\t培训考核合格率\t≥95%\t历史标准",
    ])
    record = extract_bytes(text.encode(), "fragment.txt").to_dict()
    rows = record["projects"][0]["indicators"]
    assert [r["level3"] for r in rows] == ["培训人次", "合格率"]
    assert rows[0]["description"] == "全年组织业务培训的人次总数"
    assert rows[1]["level1_std"] == "产出指标"
