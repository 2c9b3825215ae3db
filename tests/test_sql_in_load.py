"""All table access lives in load/ (issue 12): the app layer (jixiao/) speaks records,
dataclasses and DataFrames, and runs no SQL of its own.

Allowed in jixiao/: SQLAlchemy's exceptions (to explain a database that is down,
locked or full) and its URL parser (to name the database in a message). Anything
else (a query builder, a connection's ``execute``, SQL text) is a failure naming
the file and line, so the next change puts its query behind a function in load/.
"""
from __future__ import annotations

import re
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "jixiao"

FORBIDDEN = [
    (re.compile(r"\.execute\(|\bexec_driver_sql\b|\.executemany\("), "runs SQL"),
    (re.compile(r"^\s*(from sqlalchemy import|import sqlalchemy\b)"), "imports SQLAlchemy's query layer"),
    (re.compile(r"^\s*from sqlalchemy\.(?!exc\b|engine import make_url\b)"), "imports SQLAlchemy beyond exc/make_url"),
    (re.compile(r"^\s*from jixiao\.load\.models import"), "reads the table models"),
    (re.compile(r"\b(SELECT\s+\S.*\bFROM|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|PRAGMA\s+\w+"
                r"|CREATE\s+(TABLE|INDEX|VIEW))\b"), "holds SQL text"),
]


def test_no_sql_outside_load():
    found = []
    files = sorted(APP.rglob("*.py"))
    assert len(files) > 30, "the app's sources were not found"
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for pattern, what in FORBIDDEN:
                if pattern.search(line):
                    found.append(f"{path.relative_to(APP.parent)}:{number}: {what}: {line.strip()}")
    assert not found, "SQL belongs in load/:\n" + "\n".join(found)


def test_the_check_sees_sql(tmp_path):
    # The patterns themselves: each kind of violation is caught, the allowed imports are not.
    caught = ["rows = conn.execute(query)", "from sqlalchemy import select",
              "from sqlalchemy.orm import Session", "from jixiao.load.models import Document",
              'sql = "SELECT id FROM documents"', 'conn.exec_driver_sql("PRAGMA table_info(x)")']
    allowed = ["from sqlalchemy.exc import DBAPIError", "from sqlalchemy.engine import make_url",
               "# select the rows from the archive", "engine.connect()"]
    for line in caught:
        assert any(p.search(line) for p, _ in FORBIDDEN), line
    for line in allowed:
        assert not any(p.search(line) for p, _ in FORBIDDEN), line
