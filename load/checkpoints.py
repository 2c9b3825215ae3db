"""WAL checkpoints in a thread beside a bulk writer (SQLite).

In WAL mode a commit appends pages to ``archive.db-wal``; a *checkpoint* copies them
into the database file. SQLite runs one inside the commit that takes the log past
``wal_autocheckpoint`` pages, so with batches of seed-size drafts nearly every
commit of ``jixiao load`` or ``jixiao ingest`` copied a batch's pages: ~58 ms of each
~400 ms write, during which the writer did nothing else.

Here a thread with a connection of its own copies the pages just committed
(``wal_checkpoint(PASSIVE)``: it never blocks the writer) while the writer goes on
with its next batch; SQLite releases Python's lock while it works. The writer's own
automatic checkpoint stays, at a larger threshold: it finds the pages copied already
and lets the log start over at the next transaction, so the log stays bounded
(a thread alone can never finish a checkpoint between two of the writer's batches).
A checkpoint is safe to interrupt at any point (SQLite's design), so a killed load
loses nothing by it.
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Engine, event

AUTOCHECKPOINT_PAGES = 4096  # the writer's own checkpoint: a 16 MiB log at 4 KiB pages


class Checkpointer:
    """Copies committed pages from the log while ``engine``'s connections write."""

    def __init__(self, engine: Engine, database: str):
        self.engine = engine
        self.database = database
        self._poked = threading.Event()
        self._stopping = False
        self.checkpoints = 0  # how many ran: the tests' evidence that it works
        event.listen(engine, "connect", _larger_autocheckpoint)
        event.listen(engine, "checkin", self._checked_in)  # after its transaction ended: commit or not
        self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)
        self._thread.start()

    def _checked_in(self, dbapi_connection, connection_record) -> None:
        self._poked.set()

    def _run(self) -> None:
        self._poked.wait()  # the writer has connected: the database exists (this never creates it)
        try:
            conn = sqlite3.connect(Path(self.database).resolve().as_uri() + "?mode=rw", uri=True,
                                   isolation_level=None, check_same_thread=False)
        except sqlite3.Error:
            return  # the writer's own checkpoints still run
        try:
            while True:
                self._poked.wait()
                self._poked.clear()
                if self._stopping:
                    return
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.checkpoints += 1
                except sqlite3.Error:
                    continue  # busy, or the disk is full: the writer meets (and reports) the latter itself
        finally:
            conn.close()

    def close(self) -> None:
        event.remove(self.engine, "checkin", self._checked_in)
        self._stopping = True
        self._poked.set()
        self._thread.join()


def _larger_autocheckpoint(dbapi_connection, connection_record) -> None:
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")


def beside(engine: Engine) -> Checkpointer | None:
    """A Checkpointer for a SQLite file archive in WAL mode, else None (PostgreSQL, memory).

    Call it before the engine's first connection: the threshold is set per connection."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Checkpointer(engine, database)
