"""Shared test helpers: where samples live, and scoring a record against its gold."""
from __future__ import annotations

import json
import pathlib

from tests import score

ROOT = pathlib.Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "samples" / "drafts"
EXPECTED = ROOT / "samples" / "expected"
SCHEMA = ROOT / "schemas" / "record.schema.json"


def table_rows(blocks) -> list[list[str]]:
    """Every ``Table`` row of ``blocks`` as its cells' texts (a merged slot as ""), trailing blanks dropped."""
    from jixiao.extract.blocks import Table

    out = []
    for b in blocks:
        if isinstance(b, Table):
            for r in b.rows:
                cells = ["" if c is None else c.text for c in r]
                while cells and not cells[-1]:
                    cells.pop()
                out.append(cells)
    return out


def gold_for(draft: pathlib.Path) -> pathlib.Path:
    return EXPECTED / (draft.name.split(".")[0] + ".gold.json")


def drafts_with_gold(suffixes: tuple[str, ...]) -> list[pathlib.Path]:
    return sorted(p for p in DRAFTS.iterdir() if p.suffix in suffixes and gold_for(p).exists())


def _data(record) -> dict:
    """JSON data, as score.py reads it: a typed Record (what extract_file returns) is converted."""
    return record.to_dict() if hasattr(record, "to_dict") else record


def f1(gold: dict, pred) -> tuple[float, list[str]]:
    """F1 over facts, as shared/tools/score.py counts them, plus the misses."""
    gold, pred = _data(gold), _data(pred)
    return _f1(score.flatten(gold, gold), score.flatten(pred, gold))


def _f1(G: dict, P: dict) -> tuple[float, list[str]]:
    hit = sum(1 for k, v in G.items() if P.get(k) == v)
    prec = hit / len(P) if P else 0.0
    rec = hit / len(G) if G else 0.0
    value = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    misses = [f"MISS {k} gold={v!r} pred={P.get(k)!r}" for k, v in G.items() if P.get(k) != v]
    misses += [f"EXTRA {k} {v!r}" for k, v in P.items() if k not in G]
    return value, misses


def load_gold(draft: pathlib.Path) -> dict:
    return json.loads(gold_for(draft).read_text(encoding="utf-8"))


# Printed forms score.py does not compare: the upper end of a range, the value
# cell as printed, the level names as printed.  Counted only where the gold
# carries the key, so a gold written before a key existed is not penalised.
STRICT_FIELDS = {"value_max": score.num, "value_raw": score.s, "level1": score.s, "level2": score.s}


def _strict_facts(rec: dict, gold: dict) -> dict:
    """Facts of score.flatten plus STRICT_FIELDS, indicators paired with the gold's as score.py pairs them."""
    facts = score.flatten(rec, gold)
    gold_projects = {p.get("seq"): p for p in gold.get("projects") or []}
    for p in rec.get("projects") or []:
        q = p.get("seq")
        ginds = (gold_projects.get(q) or {}).get("indicators") or []
        gkeys = {(score.s(d.get("level3")), score.s(d.get("description"))): j for j, d in enumerate(ginds)}
        used: set[int] = set()
        for j, d in enumerate(p.get("indicators") or []):
            slot = gkeys.get((score.s(d.get("level3")), score.s(d.get("description"))), j)
            while slot in used:
                slot += 1000
            used.add(slot)
            gd = ginds[slot] if slot < len(ginds) else {}
            for field, norm in STRICT_FIELDS.items():
                if field in gd and (v := norm(d.get(field))) is not None:
                    facts[("ind", q, slot, field)] = v
    return facts


def f1_strict(gold: dict, pred) -> tuple[float, list[str]]:
    """``f1`` that also compares value_max, value_raw and the printed level names."""
    gold, pred = _data(gold), _data(pred)
    return _f1(_strict_facts(gold, gold), _strict_facts(pred, gold))
