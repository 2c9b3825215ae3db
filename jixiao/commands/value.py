"""``jixiao value TEXT...``: read printed 指标值 cells, one JSON line each."""
from __future__ import annotations


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "value",
        help="read printed target values (指标值) into typed values",
        description="Print one JSON object per TEXT: kind, comparator, value, unit, reference, ...",
    )
    p.add_argument("text", nargs="+", metavar="TEXT", help="a printed 指标值 cell, e.g. '≥ 95 %%'")
    p.add_argument("--sign", default=None, help="the 指标性质 column (≥, ≤, =, 定性, 定量)")
    p.add_argument("--unit", default=None, help="the 计量单位 / 度量单位 column")
    p.set_defaults(func=run)


def run(args) -> int:
    from jixiao.terminal import json_line
    from jixiao.normalize import value

    for text in args.text:
        v = value(text, sign=args.sign, unit=args.unit)
        print(json_line(v.to_dict()))
    return 0
