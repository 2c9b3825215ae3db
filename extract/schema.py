"""``python -m jixiao.extract.schema [--write]``: the record's JSON Schema.

Generated from the classes of ``record.py`` so that the two cannot drift apart
(tests/test_record_typed.py compares the committed file with this output). Without
arguments it is printed; ``--write`` (in a checkout) writes both copies: the
documented ``schemas/record.schema.json`` and ``jixiao/schemas/record.schema.json``,
the one installed with the package (tests/test_packaging.py checks they agree).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
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


# The checkout this module sits in: extract/ beside schemas/ and jixiao/.
CHECKOUT = Path(__file__).resolve().parent.parent
COPIES = (Path("schemas") / "record.schema.json", Path("jixiao") / "schemas" / "record.schema.json")


def write_copies(root: Path = CHECKOUT) -> list[Path]:
    if not (root / "schemas").is_dir() or not (root / "jixiao" / "schemas").is_dir():
        raise SystemExit(f"jixiao: error: --write needs a checkout (schemas/ and jixiao/schemas/ under {root})")
    text = schema_text()
    written = []
    for copy in COPIES:
        (root / copy).write_text(text, encoding="utf-8")
        written.append(root / copy)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--write"]:
        for path in write_copies():
            print(f"wrote {path}")
        return 0
    if args:
        print("usage: python -m jixiao.extract.schema [--write]  (without --write: the schema on stdout)",
              file=sys.stderr)
        return 2
    sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
