"""What the interpreter carries beside the record while it reads one draft.

The record holds only what the draft says; the working state of reading it
lives here: the issues met on the way, the project numbers already given, and
what normalize noticed in each 指标值 cell, which the checks turn into issues
(the finished record keeps the value, not the reading of it).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.extract.record import Issue, Project
from jixiao.normalize import ValueWarning


@dataclass
class Reading:
    explain: list[dict] | None = None  # one entry per table read, for ``jixiao extract --explain``
    issues: list[Issue] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)  # project numbers given so far
    # normalize's warnings by (project seq, indicator seq)
    warnings: dict[tuple[int, int], tuple[ValueWarning, ...]] = field(default_factory=dict)
    # A one-table project whose merged name cell was cut by a page break, its name printed
    # on the next page: the next page's first project is it (interpret._one_table).
    unnamed: Project | None = None

    def next_seq(self, printed: int | None, fallback: int) -> int:
        """The printed project number, or the next free one where it is missing or taken."""
        seq = printed if printed is not None and printed not in self.seen else fallback
        while seq in self.seen:
            seq += 1
        self.seen.add(seq)
        return seq
