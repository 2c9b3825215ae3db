"""What a text reader could not settle, as issues on the record.

A glued capture may print two numeric cells as one run of digits (``95100``);
where the table gives no evidence for one split the reader keeps the run as
printed and says so here, against the indicator that holds it.
"""
from __future__ import annotations

from jixiao.extract.checks.issue import issue


def issues(doubts: list[dict], record: dict) -> list[dict]:
    out = []
    for d in doubts:
        project = indicator = None
        for p in record.get("projects") or []:
            for i in p.get("indicators") or []:
                if i.get("value_raw") == d["text"] and indicator is None:
                    project, indicator = p, i
        found = issue("warning", d["code"], d["message"], project=project, indicator=indicator)
        found.setdefault("line", d.get("line"))
        out.append(found)
    return out
