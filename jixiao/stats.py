"""What the archive holds: counts and distributions, as text or a self-contained HTML report.

Besides the counts (by year in year order, by department, level, kind of value, unit)
the report answers the questions a reviewer brings: which issues the extraction found
(by code, by department, and the drafts to look at first), and how departments compare
(the share of quantitative indicators; projects without a 满意度 or a 成本 indicator).

Each draft counts once: other renderings of a draft (``documents.same_as``) are left
out unless ``all_files``. The HTML page (``templates/stats.html.j2``, autoescaped:
every label comes from drafts) loads nothing from anywhere, so it opens offline and
can be mailed as one file.
"""
from __future__ import annotations

import datetime as dt

# The counting is the archive's (load/statistics.py); this module writes it out.
from jixiao.load.statistics import DepartmentRow, Distribution, DraftToCheck, Stats, compute

# --- text ------------------------------------------------------------------------


def to_text(stats: Stats, width: int = 30) -> str:
    lines = ["Archive: " + ", ".join(f"{v} {k}" for k, v in stats.totals.items())]
    if not stats.all_files and stats.totals.get("other renderings"):
        lines.append("(each draft counted once; --all-files counts every file)")
    lines.append("")
    for dist in [*stats.distributions, *stats.issues]:
        lines += _text_distribution(dist, width)
    if stats.drafts_to_check:
        lines.append("Drafts to look at first (errors, warnings, notes)")
        for d in stats.drafts_to_check:
            lines.append(f"  {d.errors:>3} {d.warnings:>3} {d.infos:>3}  {d.department} {d.year or ''}  {d.path}")
        lines.append("")
    if stats.departments:
        lines.append("Departments compared (quantitative share; projects without 满意度 / 成本 indicators)")
        label_width = min(max(_display_width(r.department) for r in stats.departments), 40)
        for r in stats.departments:
            pad = " " * max(label_width - _display_width(r.department), 0)
            lines.append(f"  {r.department}{pad}  {r.quantitative_share:>5.0%} of {r.indicators:>5} indicators;"
                         f"  {r.without_satisfaction:>3} / {r.without_cost:>3} of {r.projects} projects")
        lines.append("")
    return "\n".join(lines)


def _text_distribution(dist: Distribution, width: int) -> list[str]:
    lines = [dist.title]
    if not dist.rows:
        return lines + ["  (nothing)", ""]
    biggest = max(c for _, c in dist.rows) or 1
    label_width = min(max(_display_width(label) for label, _ in dist.rows), 40)
    for label, count in dist.rows:
        pad = " " * max(label_width - _display_width(label), 0)
        bar = "█" * max(1, round(width * count / biggest)) if count else ""
        lines.append(f"  {label}{pad}  {count:>7}  {bar}")
    if dist.note:
        lines.append(f"  ({dist.note})")
    lines.append("")
    return lines


def _display_width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# --- HTML ------------------------------------------------------------------------


def to_html(stats: Stats, *, title: str = "jixiao archive statistics") -> str:
    from jixiao.templates import render

    return render("stats.html.j2", stats=stats, title=title, bars=bars,
                  generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"))


def bars(rows: list[tuple[str, int]]) -> list[tuple[str, int, float]]:
    """``(label, count, percent of the largest)`` for a chart's bars."""
    biggest = max((c for _, c in rows), default=0) or 1
    return [(label, count, round(100 * count / biggest, 2)) for label, count in rows]


__all__ = ["Stats", "Distribution", "DepartmentRow", "DraftToCheck", "compute", "to_text", "to_html"]
