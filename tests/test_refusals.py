"""Look-alikes refused by name: a year-end self-evaluation, a blank form, a budget book.

Real captures (tests/data/real/10, 15, 16) and hand-written look-alikes
(samples/negative), through the CLI as a user meets them: one line naming
the file and what it is, exit 1, no traceback.
"""
from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

from jixiao.extract import BlankForm, NotADraft, SelfEvaluation, extract_bytes, extract_file
from tests.helpers import ROOT

GOLDS = pathlib.Path(os.environ.get("JIXIAO_GOLDS_ROOT", ROOT))
REAL = GOLDS / "tests" / "data" / "real"
NEGATIVE = GOLDS / "samples" / "negative"


def _need(path: pathlib.Path) -> pathlib.Path:
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing")
        pytest.skip(f"{path} not in this checkout yet (golds branch)")
    return path


SHARED_REAL = ROOT.parent / "shared" / "real"


def _cli(path: pathlib.Path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", str(path)], capture_output=True,
                          env=env, timeout=120)


@pytest.mark.parametrize("path, code, words", [
    (REAL / "10" / "raw.txt", "self_evaluation", ("自评表", "self-evaluation")),
    (REAL / "15" / "raw.txt", "self_evaluation", ("自评表", "self-evaluation")),
    (REAL / "16" / "raw.txt", "blank_form", ("空白", "blank form")),
    (NEGATIVE / "selfeval_xinning_2023.txt", "self_evaluation", ("自评表", "self-evaluation")),
    (NEGATIVE / "blank_form_2022.txt", "blank_form", ("空白", "blank form")),
    (NEGATIVE / "budget_book_narrative_2024.txt", "not_a_draft", ("not a budget-performance draft",)),
    # The shared real budget books: their tables (收支总表, 财政拨款支出表…) name what they are.
    (SHARED_REAL / "01_shanghai_putuo_sifaju_2026_dept_budget_pdf" / "original.pdf", "not_a_draft",
     ("a budget book", "not a budget-performance draft")),
    (SHARED_REAL / "02_jiangsu_high_court_2019_dept_budget_pdf" / "original.pdf", "not_a_draft",
     ("a budget book", "not a budget-performance draft")),
], ids=["real10", "real15", "real16", "neg-selfeval", "neg-blank", "neg-budget-book", "real01-budget-book",
        "real02-budget-book"])
def test_refused_by_name_on_one_line(path, code, words):
    _need(path)
    with pytest.raises(NotADraft) as err:
        extract_file(str(path)).to_dict()
    assert err.value.code == code
    proc = _cli(path)
    assert proc.returncode == 1
    stderr = proc.stderr.decode()
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("jixiao: error: ") and str(path) in lines[0]
    assert "Traceback" not in stderr and proc.stdout == b""
    assert all(w in lines[0] for w in words)


SELF_EVALUATION = """\
项目支出绩效自评表
项目名称\t道路养护
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t养护里程\t≥50公里\t52公里\t20\t20
"""

GOAL_DRAFT_MENTIONING_SELF_EVALUATION = """\
道路养护绩效目标表
项目名称\t道路养护
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t养护里程\t≥50公里
满意度指标\t服务对象满意度指标\t群众满意度\t≥90%
年度终了，对照实际完成值开展绩效自评，自评结果和得分按规定公开。
"""


def test_self_evaluation_columns_refuse_a_table():
    with pytest.raises(SelfEvaluation):
        extract_bytes(SELF_EVALUATION.encode(), "eval.txt").to_dict()


def test_a_draft_that_mentions_self_evaluation_is_still_a_draft():
    record = extract_bytes(GOAL_DRAFT_MENTIONING_SELF_EVALUATION.encode(), "draft.txt").to_dict()
    assert [i["level3"] for i in record["projects"][0]["indicators"]] == ["养护里程", "群众满意度"]


BLANK = """\
项目支出绩效目标申报表
项目名称\t
项目资金\t年度资金总额\t
\t其中：财政拨款\t
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t指标1：\t
满意度指标\t服务对象满意度指标\t指标1：\t
"""


def test_blank_form_has_no_project_to_record():
    with pytest.raises(BlankForm) as err:
        extract_bytes(BLANK.encode(), "blank.txt").to_dict()
    assert "空白" in str(err.value)


MONITORING = """\
2024年项目支出绩效运行监控表
项目名称\t学前教育保教费补助\t项目编码\tDLH-JY-2024-03
一级指标\t二级指标\t三级指标\t年度指标值\t1-7月实际完成值\t全年预计完成值\t偏差原因分析
产出指标\t数量指标\t补助在园幼儿\t≥2600人\t2614人\t2620人\t
满意度指标\t服务对象满意度指标\t家长满意度\t≥90%\t93%\t93%\t
"""

GOAL_DRAFT_WITH_LAST_YEAR_AND_A_DATE = """\
项目支出绩效目标表
项目名称\t学前教育保教费补助
一级指标\t二级指标\t三级指标\t上年实际完成值\t本年目标值
产出指标\t时效指标\t项目预计完成时间\t2023年10月\t2024年10月底前
满意度指标\t服务对象满意度指标\t家长满意度\t92%\t≥90%
"""


def test_a_mid_year_monitoring_table_is_refused_by_name():
    with pytest.raises(NotADraft) as err:
        extract_bytes(MONITORING.encode(), "monitor.txt")
    assert err.value.code == "monitoring" and "监控" in str(err.value)


def test_a_goal_draft_with_last_years_values_is_not_a_monitoring_table():
    record = extract_bytes(GOAL_DRAFT_WITH_LAST_YEAR_AND_A_DATE.encode(), "draft.txt").to_dict()
    assert [i["level3"] for i in record["projects"][0]["indicators"]] == ["项目预计完成时间", "家长满意度"]


EVALUATION_REPORT = """\
谯城区2023年城乡居民医保补助项目绩效评价报告
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t参保人数\t≥52万人\t52.6万人\t10\t10
满意度指标\t服务对象满意度指标\t参保群众满意度\t≥90%\t88%\t10\t8
"""


def test_an_evaluation_report_is_refused_as_one_not_as_a_self_evaluation():
    with pytest.raises(NotADraft) as err:
        extract_bytes(EVALUATION_REPORT.encode(), "report.txt")
    assert err.value.code == "evaluation_report" and "评价报告" in str(err.value)


SCORED_INDEX = """\
东港区市场监督管理局2024年度部门整体支出绩效评价报告
经评价，综合得分92.5分，评价等级为“优”。
一级指标\t二级指标\t三级指标\t分值\t得分
决策指标\t目标设定\t绩效目标合理性\t5\t4.5
产出指标\t职责履行\t食品安全监督抽检批次\t10\t10
效益指标\t满意度\t社会公众满意度\t10\t9
"""


def test_an_evaluation_reports_scored_index_without_achieved_values_is_the_report():
    # A department's own evaluation scores its index (分值 | 得分) with no achieved-value column.
    with pytest.raises(NotADraft) as err:
        extract_bytes(SCORED_INDEX.encode(), "report.txt")
    assert err.value.code == "evaluation_report"
    # A goal form with a 分值 (weight) column and no report title is a draft.
    form = ("东港区市场监督管理局2025年部门整体支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\t分值\n"
            "产出指标\t数量指标\t食品安全监督抽检批次\t≥3200批次\t10\n")
    record = extract_bytes(form.encode(), "form.txt")
    assert [(i.level3, i.weight) for i in record.projects[0].indicators] == [("食品安全监督抽检批次", 10)]


FINAL_ACCOUNTS = """\
淇滨区教育局2024年度部门决算公开
一、部门概况
二、2024年度部门决算表
收入支出决算总表
项目\t行次\t金额
一般公共预算财政拨款收入\t1\t18,652.30
财政拨款收入支出决算总表
项目\t行次\t金额
支出总计\t2\t18,420.11
三、2024年度部门决算情况说明
我局开展项目支出绩效自评，自评得分93分，绩效目标基本实现。
"""


def test_final_accounts_citing_the_self_evaluation_score_are_named_for_what_they_are():
    from jixiao.extract import DraftError

    with pytest.raises(DraftError) as err:
        extract_bytes(FINAL_ACCOUNTS.encode(), "juesuan.txt")
    assert err.value.code == "final_accounts" and "final accounts" in str(err.value)


def test_a_goal_form_about_auditing_final_accounts_is_read():
    text = ("2025年项目支出绩效目标表\n项目名称\t决算审核经费\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t部门决算审核覆盖率\t100%\n产出指标\t质量指标\t财政拨款收入支出决算总表审核差错\t0个\n")
    record = extract_bytes(text.encode(), "form.txt")
    assert [i.level3 for i in record.projects[0].indicators] == ["部门决算审核覆盖率", "财政拨款收入支出决算总表审核差错"]
