"""Excel number formats: a value shown as the sheet shows it (extract/office/numfmt.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from jixiao.extract.office.numfmt import from_serial, general, shown

CASES = [
    (0.3, "0%", "30%"),
    (0.955, "0.0%", "95.5%"),
    (1234.5, "#,##0.00", "1,234.50"),
    (3309840, "#,##0.00", "3,309,840.00"),
    (124.93, "0.00", "124.93"),
    (30, "0.00", "30.00"),
    (2.675, "0.00", "2.68"),  # half away from zero on the stored decimal, as Excel rounds
    (-5, "0.00", "-5.00"),
    (-5, "0.00;[Red]-0.00", "-5.00"),
    (-5, "#,##0_);(#,##0)", "(5)"),
    (0, '0;-0;"-"', "-"),
    (5, "0.##", "5."),
    (5.25, "0.##", "5.25"),
    (0.5, "#.00", ".50"),
    (1234567, '#,##0,"千"', "1,235千"),
    (12.5, '0.00"万元"', "12.50万元"),
    (95, '0"%"', "95%"),
    (1, '"≥"0"%"', "≥1%"),
    (123456789, "0.00E+00", "1.23E+08"),
    (0.1 + 0.2, "General", "0.3"),
    # Conditions choose the section: one format for a column of shares, 100% printed whole.
    (1, '[=1]"100%";[<1]"≥"0%;General', "100%"),
    (0.95, '[=1]"100%";[<1]"≥"0%;General', "≥95%"),
    (3, '[=1]"100%";[<1]"≥"0%;General', "3"),
    (12, '[>=10]0"个";0.0', "12个"),
    (1268000, '"≤"#,##0.0,"千元"', "≤1,268.0千元"),  # a scaling comma after the decimals
    (45900, '[DBNum1]yyyy"年"m"月"d"日前"', "二〇二五年八月三十一日前"),
    (95, "[$-804]G/通用格式", "95"),  # Chinese Excel's spelling of General
    (1e20, "General", "1E+20"),
    (0.0001234, "General", "0.0001234"),
    (1234.5, "[$¥-804]#,##0.00", "¥1,234.50"),
    ("abc", "@", "abc"),
    ("x", '@"万元"', "x万元"),
    (True, "General", "TRUE"),
    (None, "0.00", ""),
    (dt.datetime(2020, 3, 31), 'yyyy"年"m"月"d"日"', "2020年3月31日"),
    (dt.datetime(2020, 3, 31), "yyyy/m/d", "2020/3/31"),
    (dt.datetime(2020, 3, 31, 14, 5), "yyyy-mm-dd hh:mm", "2020-03-31 14:05"),
    (dt.datetime(2020, 3, 31, 14, 5, 9), "h:mm:ss AM/PM", "2:05:09 PM"),
    (dt.datetime(2020, 3, 31), "aaaa", "星期二"),
    (dt.date(2021, 12, 1), "yyyy年m月", "2021年12月"),
    (43921.0, "yyyy-mm-dd", "2020-03-31"),  # a serial number under a date format
]


@pytest.mark.parametrize("value, fmt, expected", CASES, ids=[f"{v!r}|{f}" for v, f, _ in CASES])
def test_shown(value, fmt, expected):
    assert shown(value, fmt) == expected


def test_serials_in_both_date_systems():
    assert from_serial(43921) == dt.datetime(2020, 3, 31)
    assert from_serial(43921 - 1462, date1904=True) == dt.datetime(2020, 3, 31)
    assert from_serial(1) == dt.datetime(1900, 1, 1)


def test_general_of_integers_and_floats():
    assert general(12) == "12" and general(12.0) == "12" and general(124.93000000000001) == "124.93"
