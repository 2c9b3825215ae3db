"""``jixiao extract --explain``: which family and which header mapping each table got."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers import ROOT

CELLS = ROOT / "tests" / "data" / "families"

SICHUAN_EXPORT = """\
| 部门预算项目绩效目标申报表(2024年度) | |||||||||||
| 金额单位:元 | |||||||||||
| 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性 |
| 110-某某镇部门 | 500,000.00 | ||||||||||
| 110001-某某镇人民政府 | 道路养护 | 300,000.00 | 养护村道 | 产出指标 | 数量指标 | 养护里程 | ≥ | 20 | 公里 | 30 | 正向指标 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 90 | % | 20 | 正向指标 | ||||
| 环境整治 | 200,000.00 | 整治人居环境 | 产出指标 | 数量指标 | 整治村数 | = | 8 | 个 | 30 | 正向指标 | |
"""


def run(*args, stdin: bytes | None = None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", *args], input=stdin,
                          capture_output=True, env=env, timeout=120)


def test_explain_names_family_and_columns_per_table():
    proc = run("--explain", "-", stdin=SICHUAN_EXPORT.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert not out.lstrip().startswith("{")  # human-readable, not the JSON
    assert out.count("family: one_table_export") == 2  # one entry per project of the export
    assert "单位名称→implementer" in out and "指标性质→sign" in out and "度量单位→unit" in out
    assert "table 1: 道路养护" in out and "table 2: 环境整治" in out


def test_explain_says_what_was_read_from_content():
    proc = run("--explain", str(CELLS / "real06_cells.tsv"))
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "一级指标→level2" in out and "二级指标→level3" in out
    assert "当年预期实现值→value" in out


def test_explain_of_a_refused_file_is_the_refusal():
    evaluation = "项目支出绩效自评表\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\n" \
                 "产出指标\t数量指标\t养护里程\t≥50公里\t52公里\t20\n"
    proc = run("--explain", "-", stdin=evaluation.encode())
    assert proc.returncode == 1 and proc.stdout == b""
    assert "自评表" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()
