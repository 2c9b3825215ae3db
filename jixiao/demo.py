"""Answers to a few questions a user asks of a fresh archive (run by ``make demo``)."""
from __future__ import annotations

import sys


def main(db_url: str) -> int:
    from jixiao import load

    inds = load.read_indicators(db_url)
    if inds.empty:
        print("the archive holds no indicators yet")
        return 0
    docs = load.read_documents(db_url)
    print(f"\narchive: {len(docs)} documents, {inds['project_id'].nunique()} projects, {len(inds)} indicators")

    print("\nQ: which projects promise at least 95% satisfaction?")
    sat = inds[(inds["level2_std"] == "服务对象满意度指标") & (inds["unit"] == "%") & (inds["value"] >= 95) & (inds["comparator"].isin([">=", ">", "="]))]
    for _, r in sat.drop_duplicates(["department", "name"]).iterrows():
        print(f"  {r['department']} {r['year']}: {r['name']} — {r['level3']} {r['comparator']} {r['value']:g}{r['unit']}  (printed: {r['value_raw']})")

    print("\nQ: every indicator about 专利 (patents)")
    pat = inds[inds["level3"].fillna("").str.contains("专利") | inds["description"].fillna("").str.contains("专利")]
    for _, r in pat.drop_duplicates(["department", "name", "level3"]).iterrows():
        print(f"  {r['department']} {r['year']}: {r['level3']} = {r['value_raw']!s} ({r['kind']})")

    print("\nQ: how are targets written? (indicators by kind)")
    for kind, n in inds.drop_duplicates(["department", "code", "indicator_seq"])["kind"].value_counts().items():
        print(f"  {kind:12} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "sqlite:///jixiao.db"))
