#!/usr/bin/env python3
# Vendored from shared/tools/score.py (the project's scorer) so the tests run without shared/.
"""Score an extracted record against a gold record, fact by fact.

usage: score.py GOLD.json PRED.json [--details]
Prints precision / recall / F1 over flattened facts; exit 0 always.
"""
import json, re, sys

def s(x):
    if x is None: return None
    x = re.sub(r"\s+", "", str(x))
    return x.strip("。；;，,.") or None

def num(x):
    try: return None if x is None or x == "" else round(float(x), 4)
    except (TypeError, ValueError): return "bad:" + str(x)

def title(x):
    return s(re.sub(r"^\s*\d+\s*[、.．]\s*", "", x or "").rstrip("."))

IND_FIELDS = ["level1_std", "level2_std", "level3", "description", "kind", "comparator", "value", "unit", "reference", "basis"]

def ind_facts(d, gold_d=None):
    out = {}
    for f in IND_FIELDS:
        v = d.get(f)
        if f == "value": v = num(v)
        elif f == "unit" and gold_d is not None and gold_d.get("unit") is None and v is not None:
            v = None  # an inferred unit where the draft printed none is not penalised
        else: v = s(v)
        out[f] = v
    return out

def flatten(rec, gold=None):
    facts = {}
    doc = rec.get("document") or {}
    for k in ["title", "department", "department_code", "status", "compiled_by", "reviewed_by"]:
        facts[("doc", k)] = s(doc.get(k))
    facts[("doc", "year")] = num(doc.get("year"))
    for e in rec.get("toc") or []:
        facts[("toc", e.get("part"), title(e.get("title")))] = num(e.get("page"))
    for i, t in enumerate(rec.get("overall_goals") or []):
        facts[("overall", s(t))] = True
    for i, g in enumerate(rec.get("sub_goals") or []):
        for k in ["title", "goal", "indicator"]:
            facts[("sub", i, k)] = s(g.get(k))
    for i, g in enumerate(rec.get("safeguards") or []):
        for k in ["title", "text"]:
            facts[("safe", i, k)] = s(g.get(k))
    gold_projects = {p.get("seq"): p for p in (gold or {}).get("projects", [])}
    for p in rec.get("projects") or []:
        q = p.get("seq")
        for k in ["title", "code", "name", "unit", "purpose", "department_code"]:
            facts[("proj", q, k)] = s(title(p.get(k)) if k == "title" else p.get(k))
        for k in ["budget_total", "budget_fiscal", "budget_other"]:
            facts[("proj", q, k)] = num(p.get(k))
        for e in p.get("spending_plan") or []:
            if e.get("pct") is not None:
                facts[("plan", q, num(e.get("month")))] = num(e.get("pct"))
        for g in p.get("goals") or []:
            facts[("goal", q, s(g))] = True
        gp = gold_projects.get(q)
        ginds = (gp or {}).get("indicators") or []
        gkeys = {(s(d.get("level3")), s(d.get("description"))): j for j, d in enumerate(ginds)}
        used = set()
        for j, d in enumerate(p.get("indicators") or []):
            key = (s(d.get("level3")), s(d.get("description")))
            slot = gkeys.get(key, j)
            while slot in used: slot += 1000
            used.add(slot)
            gd = ginds[slot] if slot < len(ginds) else None
            for f, v in ind_facts(d, gd).items():
                facts[("ind", q, slot, f)] = v
    return {k: v for k, v in facts.items() if v is not None}

def main():
    gold = json.load(open(sys.argv[1], encoding="utf-8"))
    pred = json.load(open(sys.argv[2], encoding="utf-8"))
    G, P = flatten(gold, gold), flatten(pred, gold)
    hit = sum(1 for k, v in G.items() if P.get(k) == v)
    prec = hit / len(P) if P else 0.0
    rec = hit / len(G) if G else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    if "--details" in sys.argv:
        for k, v in G.items():
            if P.get(k) != v: print("MISS", k, "gold=", v, "pred=", P.get(k))
        for k, v in P.items():
            if k not in G: print("EXTRA", k, v)
    print(json.dumps({"facts_gold": len(G), "facts_pred": len(P), "hit": hit,
                      "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}))

if __name__ == "__main__":
    main()
