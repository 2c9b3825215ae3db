"""Library functions take a database URL or an open Connection; this opens one when needed."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from jixiao.load.url import make_engine


@contextmanager
def connected(target: Connection | str | None) -> Iterator[Connection]:
    """The caller's connection as is, or a fresh one on the URL (default: $JIXIAO_DB) closed after."""
    if isinstance(target, Connection):
        yield target
        return
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()
