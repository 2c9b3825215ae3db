"""What a text reader could not settle, as issues on the record.

A glued capture may print two numeric cells as one run of digits (``95100``);
where the table gives no evidence for one split the reader keeps the run as
printed and says so here, against the indicator that holds it.
"""
from __future__ import annotations

from jixiao.extract.record import Issue, Record


def issues(doubts: list[dict], record: Record) -> list[Issue]:
    out = []
    for d in doubts:
        project = indicator = None
        for p in record.projects:
            for i in p.indicators:
                if i.value_raw == d["text"] and indicator is None:
                    project, indicator = p, i
        found = Issue.at(d["code"], "warning", d["message"], project=project, indicator=indicator)
        if not found.line and d.get("line"):
            found.line = d["line"]
        out.append(found)
    return out
