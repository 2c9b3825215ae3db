"""Sanity checks for hand-written golds: valid JSON, schema where it applies, score.py self-F1 of 1.0.

usage: python3 samples/families/check_golds.py GOLD.json...
The schema needs `source` and `issues`, which a gold does not hold; placeholders are put in for the check only.
"""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCORE = ROOT / "tests" / "score.py"


def schema_errors(gold: dict) -> list[str]:
    try:
        import jsonschema
    except ImportError:
        return ["(jsonschema not installed: schema not checked)"]
    schema = json.loads((ROOT / "schemas" / "record.schema.json").read_text(encoding="utf-8"))
    rec = copy.deepcopy(gold)
    rec.setdefault("source", {"path": "x", "sha256": "0" * 64, "format": "text", "pages": None})
    rec.setdefault("issues", [])
    v = jsonschema.Draft202012Validator(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in v.iter_errors(rec)]


def main(paths: list[str]) -> int:
    bad = 0
    for p in paths:
        gold = json.loads(Path(p).read_text(encoding="utf-8"))
        out = subprocess.run([sys.executable, str(SCORE), p, p], capture_output=True, text=True, check=True).stdout
        f1 = json.loads(out)["f1"]
        errs = schema_errors(gold)
        n_ind = sum(len(q["indicators"]) for q in gold["projects"])
        print(f"{p}: projects={len(gold['projects'])} indicators={n_ind} self-F1={f1} schema_errors={len(errs)}")
        for e in errs:
            print("   ", e)
        bad += f1 != 1.0
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
