"""Peer statistics: what other drafts of the archive promise for the same kind of target."""
from __future__ import annotations

from dataclasses import dataclass

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
    rows: pd.DataFrame

    def evidence(self, column: str, limit: int = 12) -> dict:
        """Quartiles and the peer rows nearest the median, each naming its draft and figure."""
        rows = self.rows.assign(_d=(self.rows[column] - self.median).abs()).sort_values(["_d", "year"]).head(limit)
        return {
            "n": self.n, "drafts": self.drafts, "q1": _round(self.q1), "median": _round(self.median), "q3": _round(self.q3),
            "peers": [{"department": r.department, "year": _int(r.year), "path": r.path, "project": r.project,
                       "project_seq": _int(r.project_seq), "indicator_seq": _int(r.indicator_seq),
                       "indicator": r.level3 or r.description, "value_raw": r.value_raw, "figure": _round(getattr(r, column))}
                      for r in rows.sort_values(column).itertuples()],
        }


def _round(x) -> float:
    return float(f"{float(x):.4g}")


def _int(x):
    return None if pd.isna(x) else int(x)


class Peers:
    """The archive's rate and count rows, grouped the way the 适当性 rules compare them.

    Grouped once per audit run; each draft's view (``excluding``) filters and
    summarises a group only when a rule asks for it, once.
    """

    def __init__(self, frame: pd.DataFrame, count_units: list[str]):
        frame = frame.copy()
        # Missing values as None, as in a record (pandas gives NaN for an empty text column).
        plain = frame[_ROW_KEYS + ["budget_total", "budget_unit"]].astype(object)
        plain = plain.where(plain.notna(), None)
        records = plain[_ROW_KEYS].to_dict("records")
        frame["rate_kind"] = [rate_kind(r) for r in records]
        costs = [unit_cost({"budget_total": b, "unit": u}, r, count_units)
                 for b, u, r in zip(plain["budget_total"], plain["budget_unit"], records)]
        frame["cost"] = [c[0] if c else None for c in costs]
        frame["cost_unit"] = [c[1] if c else None for c in costs]
        self._groups = {
            "rate": {k: g for k, g in frame[frame["rate_kind"].notna()].groupby("rate_kind")},
            "cost": {k: g for k, g in frame[frame["cost_unit"].notna()].groupby("cost_unit")},
        }
        self._documents = frame[["document_id", "sha256"]].drop_duplicates()
        self._excluded: str | None = None
        self._cache: dict[tuple[str, str], Spread | None] = {}
        self._shared = self._cache  # spreads of whole groups, shared by every draft's view

    @property
    def drafts(self) -> int:
        docs = self._documents
        return int((docs["sha256"] != self._excluded).sum()) if self._excluded else len(docs)

    def excluding(self, sha256: str | None) -> Peers:
        """The same peers without one draft (the draft under audit is never its own peer)."""
        clone = object.__new__(Peers)
        clone._groups, clone._documents = self._groups, self._documents
        clone._excluded, clone._cache, clone._shared = sha256, {}, self._shared
        return clone

    def rates(self, kind: str) -> Spread | None:
        return self._spread("rate", kind, "value")

    def unit_costs(self, unit: str) -> Spread | None:
        return self._spread("cost", unit, "cost")

    def _spread(self, family: str, key: str, column: str) -> Spread | None:
        if (family, key) not in self._cache:
            rows = self._groups[family].get(key)
            if rows is None:
                self._cache[(family, key)] = None
            elif self._excluded and (rows["sha256"] == self._excluded).any():
                self._cache[(family, key)] = _spread(rows[rows["sha256"] != self._excluded], column)
            else:  # the draft has no row in the group: the whole group's spread, computed once
                if (family, key) not in self._shared:
                    self._shared[(family, key)] = _spread(rows, column)
                self._cache[(family, key)] = self._shared[(family, key)]
        return self._cache[(family, key)]


def _spread(rows: pd.DataFrame, column: str) -> Spread | None:
    if rows.empty:
        return None
    values = rows[column].astype(float)
    return Spread(n=len(rows), drafts=rows["document_id"].nunique(), q1=values.quantile(0.25),
                  median=values.median(), q3=values.quantile(0.75), rows=rows)
