"""What an indicator measures, read off real extracted rows: unit costs and rate kinds."""
from __future__ import annotations

import pytest

from test_audit_support import DRAFTS

UNITS = ["人", "户", "家", "个", "所", "亩", "平方米"]


@pytest.fixture(scope="module")
def records():
    from jixiao.extract import extract_file

    return {name: extract_file(str(DRAFTS / name)).to_dict() for name in
            ("tsv_civil_2024.txt", "tsv_agriculture_2019.txt", "html_education_2022.html", "seed.txt")}


def _row(record, project, indicator):
    p = record["projects"][project - 1]
    return p, p["indicators"][indicator - 1]


def test_unit_costs(records):
    from jixiao.audit.measures import unit_cost

    # 城乡居民最低生活保障资金: 2860 万元 for 不少于12000人
    p, ind = _row(records["tsv_civil_2024.txt"], 1, 1)
    assert unit_cost(p, ind, UNITS) == pytest.approx((2860 / 12000, "人", 2860, 12000))
    # 耕地地力保护补贴: 10896.52 万元 for ≥ 6.2 万户: 万户 counts 62000 户
    p, ind = _row(records["tsv_agriculture_2019.txt"], 1, 2)
    assert unit_cost(p, ind, UNITS) == pytest.approx((10896.52 / 62000, "户", 10896.52, 62000))
    # 养老服务体系建设 prints its budget in 元 (500000 元 = 50 万元) for 3个 centres
    p, ind = _row(records["tsv_civil_2024.txt"], 4, 1)
    assert unit_cost(p, ind, UNITS) == pytest.approx((50 / 3, "个", 50, 3))
    # not a count: a rate, a money amount, a 质量 row
    assert unit_cost(*_row(records["tsv_civil_2024.txt"], 1, 3), UNITS) is None
    assert unit_cost(*_row(records["seed.txt"], 1, 3), UNITS) is None  # ≥100 万元
    assert unit_cost(*_row(records["html_education_2022.html"], 4, 3), UNITS) is None


def test_rate_kinds(records):
    from jixiao.audit.measures import rate_kind

    assert rate_kind(_row(records["tsv_civil_2024.txt"], 1, 3)[1]) == "准确率"      # 低保对象认定准确率
    assert rate_kind(_row(records["tsv_civil_2024.txt"], 1, 10)[1]) == "满意度"     # 低保对象满意度
    assert rate_kind(_row(records["tsv_agriculture_2019.txt"], 3, 3)[1]) == "合格率"  # 免疫抗体合格率
    assert rate_kind(_row(records["seed.txt"], 1, 8)[1]) == "下降率"                 # 群众投诉下降率 (%)
    assert rate_kind(_row(records["seed.txt"], 1, 2)[1]) is None                     # ≥400 人 is no rate
