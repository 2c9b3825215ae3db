"""Building issues: one shape for every family, with the spot they point at."""
from __future__ import annotations

SEVERITIES = ("error", "warning", "info")


def issue(severity: str, code: str, message: str, *, project: dict | None = None, indicator: dict | None = None) -> dict:
    """An issue about a project, one of its indicators, or the whole draft.

    Its ``page`` or ``line`` (or Word/Excel place) is the indicator's if there
    is one, else the project's, so that a reader can jump to the spot.
    """
    assert severity in SEVERITIES, severity
    out = {
        "severity": severity,
        "code": code,
        "project": project["seq"] if project else None,
        "indicator": indicator["seq"] if indicator else None,
        "where": where(project, indicator),
        "message": message,
    }
    spot = indicator or project or {}
    # A PDF page, a text line, or a Word/Excel place (paragraph; table or sheet, row, cell).
    for key in ("page", "line", "paragraph", "table", "sheet", "row", "cell"):
        if spot.get(key) is not None:
            out[key] = spot[key]
    return out


def where(project: dict | None, indicator: dict | None = None) -> str:
    if not project:
        return "document"
    text = f"project {project['seq']}"
    if indicator:
        text += f", indicator {indicator['seq']}"
    return text


def project_label(project: dict) -> str:
    name = project.get("name") or project.get("title") or ""
    return f"project {project['seq']} ({name})" if name else f"project {project['seq']}"


def indicator_label(project: dict, indicator: dict) -> str:
    name = indicator.get("level3") or indicator.get("description") or f"row {indicator['seq']}"
    return f"{project_label(project)}, indicator {indicator['seq']} ({name})"
