"""Digits of two numeric cells that ran together: ``88100`` for 88 | 100.

A glued capture prints a target and the score beside it (指标值 | 备注), or a
baseline and a target (上年度实际水平 | 本年度计划完成水平), with nothing between.
Such a run is split only where the split is forced: no part may start with a
zero, and a score (权重/分值/备注) lies in 1..100.  When several splits remain,
the explanation printed in the same row may quote the target (``811`` with
``完成11位…`` is 8 | 11); otherwise the run is left whole.
"""
from __future__ import annotations

import regex

from jixiao.normalize import lazy_regex

_RUN = lazy_regex.compile(r"^\d{2,}$")
SCORE_FIELDS = ("weight", "remark", "scoring")


def _number_ok(part: str) -> bool:
    return part == "0" or not part.startswith("0")


def _fits(part: str, field: str | None) -> bool:
    if not _number_ok(part):
        return False
    if field in SCORE_FIELDS:
        return 1 <= int(part) <= 100
    return True


def splits(run: str, first: str | None, second: str | None) -> list[tuple[str, str]]:
    """Every plausible (left, right) for a run under the columns ``first`` and ``second``."""
    if not _RUN.match(run):
        return []
    return [(run[:k], run[k:]) for k in range(1, len(run))
            if _fits(run[:k], first) and _fits(run[k:], second)]


def split(run: str, first: str | None, second: str | None, context: str = "") -> tuple[str, str] | None:
    """The one plausible split, or the one whose right part ``context`` quotes; else None."""
    found = splits(run, first, second)
    if len(found) == 1:
        return found[0]
    quoted = [(a, b) for a, b in found if regex.search(rf"(?<![\d.]){b}(?![\d.])", context)]
    return quoted[0] if len(quoted) == 1 else None
