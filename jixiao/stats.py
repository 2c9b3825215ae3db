"""What the archive holds: counts and distributions, as text or a self-contained HTML report.

The report draws its bar charts as inline SVG and loads nothing from anywhere, so it
opens offline and can be mailed as one file. Every label comes from drafts and is
escaped.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape

from sqlalchemy import Connection, func, select

from load.models import Document, Indicator, Project


@dataclass
class Distribution:
    title: str
    rows: list[tuple[str, int]]  # (label, count), largest first
    note: str = ""


@dataclass
class Stats:
    totals: dict[str, int]
    distributions: list[Distribution] = field(default_factory=list)


def compute(conn: Connection, top: int = 25) -> Stats:
    totals = {
        "documents": _count(conn, Document.id),
        "projects": _count(conn, Project.id),
        "indicators": _count(conn, Indicator.id),
        "departments": conn.execute(select(func.count(func.distinct(Document.department)))).scalar_one(),
    }
    numeric = conn.execute(select(func.count()).where(Indicator.kind == "numeric")).scalar_one()
    totals["numeric indicators"] = numeric
    joined = Indicator.__table__.join(Document.__table__, Indicator.document_id == Document.id)
    dists = [
        _distribution(conn, "Drafts by year", Document.year, Document.__table__, top),
        _distribution(conn, "Drafts by department", Document.department, Document.__table__, top),
        _distribution(conn, "Indicators by department", Document.department, joined, top),
        _distribution(conn, "Indicators by year", Document.year, joined, top),
        _distribution(conn, "Indicators by level 1 (standard)", Indicator.level1_std, Indicator.__table__, top),
        _distribution(conn, "Indicators by level 2 (standard)", Indicator.level2_std, Indicator.__table__, top),
        _distribution(conn, "Indicators by kind of value", Indicator.kind, Indicator.__table__, top),
        _distribution(conn, "Indicators by unit", Indicator.unit, Indicator.__table__, top),
        _distribution(conn, "Indicators by comparator", Indicator.comparator, Indicator.__table__, top),
    ]
    return Stats(totals=totals, distributions=dists)


def _count(conn: Connection, column) -> int:
    return conn.execute(select(func.count(column))).scalar_one()


def _distribution(conn: Connection, title: str, column, source, top: int) -> Distribution:
    n = func.count().label("n")
    rows = conn.execute(
        select(column, n).select_from(source).group_by(column).order_by(n.desc(), column)
    ).all()
    labelled = [("(none)" if value is None else str(value), count) for value, count in rows]
    note = ""
    if len(labelled) > top:
        rest = sum(c for _, c in labelled[top:])
        note = f"{len(labelled) - top} more values with {rest} rows not shown"
        labelled = labelled[:top]
    return Distribution(title, labelled, note)


# --- text ------------------------------------------------------------------------


def to_text(stats: Stats, width: int = 30) -> str:
    lines = ["Archive: " + ", ".join(f"{v} {k}" for k, v in stats.totals.items()), ""]
    for dist in stats.distributions:
        lines.append(dist.title)
        if not dist.rows:
            lines += ["  (nothing)", ""]
            continue
        biggest = max(c for _, c in dist.rows) or 1
        label_width = min(max(_display_width(label) for label, _ in dist.rows), 40)
        for label, count in dist.rows:
            pad = " " * max(label_width - _display_width(label), 0)
            bar = "█" * max(1, round(width * count / biggest)) if count else ""
            lines.append(f"  {label}{pad}  {count:>7}  {bar}")
        if dist.note:
            lines.append(f"  ({dist.note})")
        lines.append("")
    return "\n".join(lines)


def _display_width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# --- HTML ------------------------------------------------------------------------

_STYLE = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222;max-width:60rem}
h1{font-size:1.5rem} h2{font-size:1.1rem;margin-top:2rem}
.totals{display:flex;gap:1rem;flex-wrap:wrap} .totals div{background:#f2f5f9;padding:.6rem 1rem;border-radius:6px}
.totals b{display:block;font-size:1.4rem} svg text{font-size:12px} .note{color:#666;font-size:.9rem}
"""


def to_html(stats: Stats, *, title: str = "jixiao archive statistics") -> str:
    parts = [
        "<!DOCTYPE html>", '<html lang="zh"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="note">Generated {escape(dt.datetime.now().strftime("%Y-%m-%d %H:%M"))}</p>',
        '<div class="totals">',
        *(f"<div><b>{v}</b>{escape(k)}</div>" for k, v in stats.totals.items()),
        "</div>",
    ]
    for dist in stats.distributions:
        parts.append(f"<h2>{escape(dist.title)}</h2>")
        parts.append(bar_chart_svg(dist.rows, label=dist.title) if dist.rows else "<p>(nothing)</p>")
        if dist.note:
            parts.append(f'<p class="note">{escape(dist.note)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def bar_chart_svg(rows: list[tuple[str, int]], *, label: str, bar_width: int = 420) -> str:
    """A horizontal bar chart: one labelled bar per row, its count at the end."""
    row_height, label_width = 22, 230
    biggest = max(c for _, c in rows) or 1
    height = row_height * len(rows) + 4
    width = label_width + bar_width + 70
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'role="img" aria-label="{escape(label)}">']
    for i, (name, count) in enumerate(rows):
        y = i * row_height + 2
        length = max(1, round(bar_width * count / biggest)) if count else 0
        shown = name if len(name) <= 18 else name[:17] + "…"
        out.append(f'<g><title>{escape(name)}: {count}</title>'
                   f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">{escape(shown)}</text>'
                   f'<rect x="{label_width}" y="{y + 3}" width="{length}" height="{row_height - 6}" fill="#4a7bb7"/>'
                   f'<text x="{label_width + length + 5}" y="{y + 15}">{count}</text></g>')
    out.append("</svg>")
    return "".join(out)
