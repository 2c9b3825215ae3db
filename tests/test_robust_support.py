"""Helpers for the robustness tests (no tests here): extractors that misbehave on cue.

They wrap the real extractor and must be importable by worker processes, hence a module.
"""
from __future__ import annotations

import time
from pathlib import Path


def hang_or_extract(path: str) -> dict:
    """The real extractor, except that a file starting with HANG never finishes."""
    if Path(path).read_bytes()[:4] == b"HANG":
        while True:  # a busy loop, not a sleep: the worker must be killed, not woken
            time.monotonic()
    from jixiao.extract import extract_file

    return extract_file(path).to_dict()


def record_rows(db_url: str) -> dict[str, list[tuple]]:
    """The archive's documents, projects and indicators, without ids and timestamps, sorted.

    Two archives built from the same files hold the same rows whatever the order of loading.
    """
    from sqlalchemy import select

    from jixiao.load.models import Document, Indicator, Project
    from jixiao.load.url import make_engine

    skip = {"id", "document_id", "project_id", "ingested_at", "record_json"}
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            paths = dict(conn.execute(select(Document.id, Document.path)).all())
            # same_as names the rendering loaded first, which hangs on the order of loading: each
            # document is compared by the paths of its group of renderings instead.
            group_of = dict(conn.execute(select(Document.id, Document.same_as)).all())
            group_of = {i: rep or i for i, rep in group_of.items()}
            renderings = {i: tuple(sorted(paths[j] for j, g in group_of.items() if g == group_of[i])) for i in paths}
            project_doc = dict(conn.execute(select(Project.id, Project.document_id)).all())
            rows = {}
            for name, model, owner in (("documents", Document, None), ("projects", Project, "document_id"),
                                       ("indicators", Indicator, "project_id")):
                columns = [c for c in model.__table__.columns if c.name not in skip]
                result = []
                for row in conn.execute(select(model)).mappings():
                    key = ()
                    if owner == "document_id":
                        key = (paths[row["document_id"]],)
                    elif owner == "project_id":
                        key = (paths[project_doc[row["project_id"]]],)
                    values = tuple(repr(renderings[row["id"]] if c.name == "same_as" else row[c.name]) for c in columns)
                    result.append(key + values)
                rows[name] = sorted(result)
            return rows
    finally:
        engine.dispose()
