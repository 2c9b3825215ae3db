"""Helpers for the reliability tests (no tests here): extractors that count or dawdle, big drafts.

The extractors must be importable by worker processes, hence a module.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from test_ingest_support import SEED_TEXT, gold_extract

EXTRACTION_LOG = "JIXIAO_TEST_EXTRACTION_LOG"


def counting_extract(path: str) -> dict:
    """The gold record, after noting the extraction in $JIXIAO_TEST_EXTRACTION_LOG (one line per call)."""
    with open(os.environ[EXTRACTION_LOG], "a", encoding="utf-8") as log:
        log.write(os.path.basename(path) + "\n")
    time.sleep(0.05)  # a little work, so that two runs overlap as real ones do
    return gold_extract(path)


def slow_extract(path: str) -> dict:
    """The gold record, half a second late: a batch that is surely mid-way when a signal comes."""
    time.sleep(0.5)
    return gold_extract(path)


def extractions(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").split() if log.exists() else []


def big_draft(path: Path, indicators: int) -> Path:
    """The seed draft with its first project grown to ``indicators`` more indicator rows."""
    lines = SEED_TEXT.read_text(encoding="utf-8").split("\n")
    header = next(i for i, line in enumerate(lines) if line.startswith("一级指标\t二级指标"))
    rows = [f"\t数量指标\t补助发放人数第{n}批\t第{n}批补助对象人数\t≥{n % 500 + 1} 人\t工作计划\t"
            for n in range(indicators)]
    lines[header + 2:header + 2] = rows
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
