"""A converter's inline formulas read back as the value printed (extract/formulas.py)."""
from __future__ import annotations

import pytest

from jixiao.extract import extract_bytes
from jixiao.extract.formulas import plain


@pytest.mark.parametrize("written, printed", [
    (r"$\geq 95 \%$", "≥95%"),
    (r"$\leq 4.8$万元", "≤4.8万元"),
    (r"$\geqslant 1{,}200$矿次", "≥1,200矿次"),
    (r"$x + y$", r"$x + y$"),  # letters outside a command: not a value
    (r"$\alpha 5$", r"$\alpha 5$"),  # a command no target holds
    ("US$ 5 and $6", "US$ 5 and $6"),
])
def test_only_a_short_formula_of_a_number_and_a_targets_commands_is_rewritten(written, printed):
    assert plain(written) == printed


def test_a_mineru_cell_written_as_a_formula_reads_as_its_value():
    md = ("# 项目支出绩效目标表\n\n<table><tr><td>项目名称</td><td>矿山执法</td></tr>"
          "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
          r"<tr><td>产出指标</td><td>质量指标</td><td>执法文书规范率</td><td>$\geq 95 \%$</td></tr></table>" "\n")
    indicator = extract_bytes(md.encode(), "mineru.md").projects[0].indicators[0]
    assert (indicator.value_raw, indicator.comparator, indicator.value, indicator.unit) == ("≥95%", ">=", 95, "%")
