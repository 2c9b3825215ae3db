"""``python -m jixiao.extract.schema > schemas/record.schema.json``: the record's JSON Schema.

Generated from the classes of ``record.py`` so that the two cannot drift apart
(tests/test_record_typed.py compares the committed file with this output).
"""
from __future__ import annotations

import json
import sys
from typing import Any

import msgspec

from jixiao.extract.record import Record

# What the classes cannot say: how kind constrains value, comparator and reference.
_KIND_RULES = [
    {"if": {"properties": {"kind": {"const": "numeric"}}},
     "then": {"properties": {"value": {"type": "number"}, "comparator": {"type": "string"}}}},
    {"if": {"properties": {"kind": {"enum": ["qualitative", "missing"]}}},
     "then": {"properties": {"comparator": {"const": None}, "value": {"const": None}}}},
    {"if": {"properties": {"kind": {"const": "reference"}}}, "then": {"properties": {"reference": {"type": "string"}}}},
]


def schema() -> dict[str, Any]:
    """The JSON Schema of a record, generated from the classes."""
    generated = msgspec.json.schema(Record)
    defs = generated["$defs"]
    defs["Indicator"]["allOf"] = _KIND_RULES
    for d in defs.values():
        d.pop("title", None)
    out = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://jixiao.invalid/schemas/record.schema.json",
        "title": "jixiao draft record",
        "description": ("One budget-performance draft (部门预算绩效文本) as jixiao extracts it. Meaning of each key: "
                        "CONTRACT.md. Generated from jixiao/extract/record.py by python -m jixiao.extract.schema; "
                        "do not edit by hand."),
    }
    out.update(defs.pop("Record"))
    out["$defs"] = defs
    return out


def schema_text() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else argv):
        print("usage: python -m jixiao.extract.schema > schemas/record.schema.json", file=sys.stderr)
        return 2
    sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
