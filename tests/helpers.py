"""Shared test helpers: where samples live, and scoring a record against its gold."""
from __future__ import annotations

import json
import pathlib

from tests import score

ROOT = pathlib.Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "samples" / "drafts"
EXPECTED = ROOT / "samples" / "expected"
SCHEMA = ROOT / "schemas" / "record.schema.json"


def gold_for(draft: pathlib.Path) -> pathlib.Path:
    return EXPECTED / (draft.name.split(".")[0] + ".gold.json")


def drafts_with_gold(suffixes: tuple[str, ...]) -> list[pathlib.Path]:
    return sorted(p for p in DRAFTS.iterdir() if p.suffix in suffixes and gold_for(p).exists())


def f1(gold: dict, pred: dict) -> tuple[float, list[str]]:
    """F1 over facts, as shared/tools/score.py counts them, plus the misses."""
    G, P = score.flatten(gold, gold), score.flatten(pred, gold)
    hit = sum(1 for k, v in G.items() if P.get(k) == v)
    prec = hit / len(P) if P else 0.0
    rec = hit / len(G) if G else 0.0
    value = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    misses = [f"MISS {k} gold={v!r} pred={P.get(k)!r}" for k, v in G.items() if P.get(k) != v]
    misses += [f"EXTRA {k} {v!r}" for k, v in P.items() if k not in G]
    return value, misses


def load_gold(draft: pathlib.Path) -> dict:
    return json.loads(gold_for(draft).read_text(encoding="utf-8"))
