"""The audit as plain text for the terminal: drafts worst first, each finding on one line."""
from __future__ import annotations

from jixiao.audit.rules import CRITERIA


def to_text(report) -> str:
    lines = []
    for note in report.notes:
        lines.append(f"note: {note}")
    for audit in report.drafts:
        scores = "  ".join(f"{c} {audit.scores[c]:g}" for c in CRITERIA)
        lines.append(f"{audit.label()}  overall {audit.overall:g}  ({scores})  {audit.source.get('path')}")
        for note in audit.notes:
            lines.append(f"  note: {note}")
        if audit.previous:
            changed = [c for m in audit.year_over_year for c in m["indicators"] if c["change"] in ("lowered", "raised")]
            lines.append(f"  year over year: {len(audit.year_over_year)} projects matched in the {audit.previous['year']} "
                         f"draft {audit.previous['path']}; {len(changed)} targets changed")
        for f in audit.findings:
            lines.append(f"  [{f.severity}] {f.criterion} {f.rule} (−{f.points:g}): {f.message}")
        if not audit.findings:
            lines.append("  no findings")
    return "\n".join(lines)
