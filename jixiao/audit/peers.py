"""Peer statistics: what other drafts of the archive promise for the same kind of target.

The archive's rows come as one DataFrame (``load.peers.peer_indicators``) and are
grouped once per audit run into plain lists: each draft then asks for a handful of
groups, minus its own rows, and per-row pandas operations would cost more than the
statistics themselves.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import pandas as pd

from jixiao.audit.measures import rate_kind, unit_cost

_ROW_KEYS = ["level1_std", "level2_std", "level3", "description", "kind", "comparator", "value", "unit", "unit_inferred"]


@dataclass
class Spread:
    """A peer group's quartiles and the rows behind them (for the evidence)."""

    n: int
    drafts: int
    q1: float
    median: float
    q3: float
    rows: list[dict]
    column: str

    def evidence(self, limit: int = 12) -> dict:
        """Quartiles and the peer rows nearest the median, each naming its draft and figure."""
        nearest = sorted(self.rows, key=lambda r: (abs(r[self.column] - self.median), r["year"] or 0, r["path"]))[:limit]
        return {
            "n": self.n, "drafts": self.drafts, "q1": _round(self.q1), "median": _round(self.median), "q3": _round(self.q3),
            "peers": [{"department": r["department"], "year": r["year"], "path": r["path"], "project": r["project"],
                       "project_seq": r["project_seq"], "indicator_seq": r["indicator_seq"],
                       "indicator": r["level3"] or r["description"], "value_raw": r["value_raw"],
                       "figure": _round(r[self.column])}
                      for r in sorted(nearest, key=lambda r: r[self.column])],
        }


def _round(x) -> float:
    return float(f"{float(x):.4g}")


class Peers:
    """The archive's rate and count rows, grouped the way the 适当性 rules compare them."""

    def __init__(self, frame: pd.DataFrame, count_units: list[str]):
        # Missing values as None, as in a record (pandas gives NaN for an empty column).
        plain = frame.astype(object)
        rows = plain.where(plain.notna(), None).to_dict("records")
        groups: dict[str, dict[str, list[dict]]] = {"rate": defaultdict(list), "cost": defaultdict(list)}
        for row in rows:
            for key in ("year", "project_seq", "indicator_seq"):
                row[key] = None if row[key] is None else int(row[key])
            kind = rate_kind(row)
            if kind:
                groups["rate"][kind].append(row)
            cost = unit_cost({"budget_total": row["budget_total"], "unit": row["budget_unit"]}, row, count_units)
            if cost:
                groups["cost"][cost[1]].append(dict(row, cost=cost[0]))
        self._groups = groups
        self._shas = {row["sha256"] for row in rows}
        self._excluded: str | None = None
        self._cache: dict[tuple[str, str], Spread | None] = {}
        self._shared = self._cache  # spreads of whole groups, shared by every draft's view

    @property
    def drafts(self) -> int:
        return len(self._shas - {self._excluded})

    def excluding(self, sha256: str | None) -> Peers:
        """The same peers without one draft (the draft under audit is never its own peer)."""
        clone = object.__new__(Peers)
        clone._groups, clone._shas = self._groups, self._shas
        clone._excluded, clone._cache, clone._shared = sha256, {}, self._shared
        return clone

    def rates(self, kind: str) -> Spread | None:
        return self._spread("rate", kind, "value")

    def unit_costs(self, unit: str) -> Spread | None:
        return self._spread("cost", unit, "cost")

    def _spread(self, family: str, key: str, column: str) -> Spread | None:
        if (family, key) not in self._cache:
            rows = self._groups[family].get(key)
            if not rows:
                self._cache[(family, key)] = None
            elif self._excluded and any(r["sha256"] == self._excluded for r in rows):
                self._cache[(family, key)] = _spread([r for r in rows if r["sha256"] != self._excluded], column)
            else:  # the draft has no row in the group: the whole group's spread, computed once
                if (family, key) not in self._shared:
                    self._shared[(family, key)] = _spread(rows, column)
                self._cache[(family, key)] = self._shared[(family, key)]
        return self._cache[(family, key)]


def _spread(rows: list[dict], column: str) -> Spread | None:
    if not rows:
        return None
    values = np.array([float(r[column]) for r in rows])
    # numpy's default (linear) quantiles: the same as pandas' and a spreadsheet's QUARTILE.INC
    q1, median, q3 = np.quantile(values, [0.25, 0.5, 0.75])
    return Spread(n=len(rows), drafts=len({r["sha256"] for r in rows}), q1=float(q1), median=float(median),
                  q3=float(q3), rows=rows, column=column)
