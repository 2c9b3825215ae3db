"""The archive: the extractor's records as rows in SQLite or PostgreSQL.

``upgrade(db_url)`` creates or migrates the schema; ``write_record`` loads one record;
``read_indicators`` / ``read_projects`` / ``read_documents`` give analysts DataFrames.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the heavy imports wait until first use, so `jixiao --help` stays fast
    from load.read import read_documents, read_indicators, read_projects
    from load.schema import upgrade
    from load.url import make_engine, normalize_url
    from load.write import write_record

_EXPORTS = {
    "upgrade": "load.schema",
    "write_record": "load.write",
    "read_indicators": "load.read",
    "read_projects": "load.read",
    "read_documents": "load.read",
    "make_engine": "load.url",
    "normalize_url": "load.url",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'load' has no attribute {name!r}")
