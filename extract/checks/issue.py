"""How an issue names what it is about (issues themselves: ``record.Issue.at``)."""
from __future__ import annotations

from jixiao.extract.record import Indicator, Project


def project_label(project: Project) -> str:
    name = project.name or project.title or ""
    return f"project {project.seq} ({name})" if name else f"project {project.seq}"


def indicator_label(project: Project, indicator: Indicator) -> str:
    name = indicator.level3 or indicator.description or f"row {indicator.seq}"
    return f"{project_label(project)}, indicator {indicator.seq} ({name})"
