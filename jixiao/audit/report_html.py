"""The audit as one HTML page in the review page's look: drafts by score, findings, rules.

Rendered by jinja2 with autoescape on: every string from a draft (names, targets,
peers' texts) is untrusted and reaches the page escaped.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from jixiao.audit.rules import CRITERIA
from jixiao.audit.scoring import RULE
from jixiao.review.style import CSS

TEMPLATES = Path(__file__).with_name("templates")

# Additions to the review page's stylesheet for the audit's tables.
AUDIT_CSS = """
table.summary td.score { text-align: right; white-space: nowrap; }
table.summary th { cursor: pointer; user-select: none; }
td.low { background: #fde8e8; } td.mid { background: #fff3d6; }
.crit { display: inline-block; padding: 0 4px; border: 1px solid #bbb; border-radius: 3px; font-size: 12px; }
ol.findings li { margin: 4px 0; }
details.evidence { margin: 2px 0 6px; font-size: 12.5px; }
details.evidence table { width: auto; }
.rule-used { font-weight: bold; }
tr.unused td { color: #999; }
"""


def review_page_name(audit, duplicates: set[str] | None = None) -> str:
    """The review page a draft's findings link into: ``<stem>.review.html`` beside the report."""
    stem = Path(str(audit.source.get("path") or "draft")).name.rsplit(".", 1)[0]
    if duplicates and stem in duplicates:
        stem += "." + (audit.source.get("sha256") or "")[:8]
    return f"{stem}.review.html"


def _page_names(report) -> dict[int, str]:
    stems = Counter(review_page_name(a) for a in report.drafts)
    dup = {name[: -len(".review.html")] for name, n in stems.items() if n > 1}
    return {id(a): review_page_name(a, dup) for a in report.drafts}


def write_review_pages(report, folder: Path) -> list[str]:
    """Write each draft's review page next to the report; a draft whose file is gone gets a note."""
    from jixiao.review import review_html

    written = []
    names = _page_names(report)
    for audit in report.drafts:
        path = audit.source.get("path")
        if not path or not Path(path).is_file():
            audit.notes.append(f"review page not written: {path} is not readable here")
            continue
        target = folder / names[id(audit)]
        target.write_text(review_html(path, audit.record), encoding="utf-8")
        written.append(str(target))
    return written


def _band(score: float) -> str:
    return "low" if score < 60 else "mid" if score < 85 else ""


def to_html(report, *, review_pages_written: bool = False) -> str:
    """The page; without ``review_pages_written`` each draft says how to make the page its rows link into."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["g"] = lambda x: "—" if x is None else f"{x:g}" if isinstance(x, (int, float)) else str(x)
    env.filters["band"] = _band
    names = _page_names(report)
    used = Counter(f.rule for a in report.drafts for f in a.findings)
    drafts = [{"audit": a, "anchor": f"d{n}", "review": names[id(a)]} for n, a in enumerate(report.drafts, 1)]
    return env.get_template("report.html.j2").render(
        css=CSS + AUDIT_CSS, criteria=CRITERIA, drafts=drafts, rules=list(report.rules), used=used,
        rule_titles={r.id: r.title for r in report.rules},
        score_rule=RULE, notes=report.notes, sources=report.rules.sources, review_pages_written=review_pages_written)
