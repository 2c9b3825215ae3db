"""The archive's columns as plain data: each column's kind and limits, by table.

The processes that turn records into rows (``load.rows``: the workers of ``load`` and
``ingest``) need what ``load.portable`` checks, a column's kind, length, precision and
whether it is indexed, not SQLAlchemy: importing the ORM for it took ~0.3 s of every
worker's start, on the critical path of every load. ``columns.json`` is written from
``load.models`` by ``python -m jixiao.load.columns --write``; tests/test_columns.py
fails when the two disagree.
"""
from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("columns.json")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # json | text | numeric | float | integer | other
    length: int | None = None
    precision: int | None = None
    scale: int | None = None
    indexed: bool = False


@lru_cache(maxsize=None)
def columns(table: str) -> dict[str, Column]:
    """The table's columns by name, in the table's order."""
    return {c["name"]: Column(**c) for c in _data()[table]}


@lru_cache(maxsize=1)
def _data() -> dict[str, list[dict]]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def from_models() -> dict[str, list[dict]]:
    """What the models say, as ``columns.json`` holds it."""
    from sqlalchemy import JSON, Float, Integer, Numeric, String

    from jixiao.load.models import Base

    out = {}
    for table in Base.metadata.sorted_tables:
        indexed = {c.name for index in table.indexes for c in index.columns}
        described = []
        for column in table.columns:
            kind = column.type
            if isinstance(kind, JSON):
                entry = Column(column.name, "json")
            elif isinstance(kind, String):
                entry = Column(column.name, "text", length=kind.length)
            elif isinstance(kind, Float):  # before Numeric: a Float is a Numeric
                entry = Column(column.name, "float")
            elif isinstance(kind, Numeric):
                entry = Column(column.name, "numeric", precision=kind.precision, scale=kind.scale)
            elif isinstance(kind, Integer):
                entry = Column(column.name, "integer")
            else:
                entry = Column(column.name, "other")
            entry = Column(**{**asdict(entry), "indexed": column.name in indexed})
            described.append({k: v for k, v in asdict(entry).items() if v not in (None, False)})
        out[table.name] = described
    return out


def as_text(data: dict[str, list[dict]]) -> str:
    """One line per column, so a change to the models reads as a one-line diff."""
    tables = []
    for table, described in data.items():
        lines = ",\n".join("    " + json.dumps(c, ensure_ascii=False) for c in described)
        tables.append(f"  {json.dumps(table)}: [\n{lines}\n  ]")
    return "{\n" + ",\n".join(tables) + "\n}\n"


def main(argv: list[str]) -> int:
    text = as_text(from_models())
    if argv == ["--write"]:
        DATA.write_text(text, encoding="utf-8")
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
