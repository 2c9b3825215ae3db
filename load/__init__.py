"""The archive: the extractor's records as rows in SQLite or PostgreSQL.

``upgrade(db_url)`` creates or migrates the schema; ``write_record`` loads one record;
``read_indicators`` / ``read_projects`` / ``read_documents`` give analysts DataFrames.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the heavy imports wait until first use, so `jixiao --help` stays fast
    from jixiao.load.read import read_documents, read_indicators, read_projects
    from jixiao.load.schema import upgrade
    from jixiao.load.url import make_engine, normalize_url
    from jixiao.load.write import write_record

_EXPORTS = {
    "upgrade": "jixiao.load.schema",
    "write_record": "jixiao.load.write",
    "read_indicators": "jixiao.load.read",
    "read_projects": "jixiao.load.read",
    "read_documents": "jixiao.load.read",
    "make_engine": "jixiao.load.url",
    "normalize_url": "jixiao.load.url",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'load' has no attribute {name!r}")
