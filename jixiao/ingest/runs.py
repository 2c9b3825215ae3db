"""An ingest run's row: started, alive, and ended one way or another.

A run writes its host and pid and a heartbeat; it ends ``finished`` or, on SIGTERM,
SIGINT or an error, ``interrupted``, both with a finish time. A run killed outright
(SIGKILL, a lost machine) cannot say so itself: the next run finds it ``running``
with its process gone (same host) or its heartbeat stale (another host), marks it
``interrupted`` and releases the files it had claimed.
"""
from __future__ import annotations

import datetime as dt
import os
import socket
import sys
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update

from jixiao.load.models import IngestClaim, IngestRun

HEARTBEAT_SECONDS = 30
# A run on another host is presumed dead after this long without a heartbeat.
STALE_AFTER = dt.timedelta(minutes=10)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def start_run(engine: Engine, args: Any) -> int:
    reap_dead_runs(engine)
    with engine.begin() as conn:
        stamp = now()
        row = {"started_at": stamp, "heartbeat_at": stamp, "status": "running", "host": socket.gethostname(),
               "pid": os.getpid(), "args": args if args is not None else sys.argv[1:],
               "files_ok": 0, "files_failed": 0, "files_skipped": 0}
        return conn.execute(insert(IngestRun).returning(IngestRun.id), row).scalar_one()


def heartbeat(engine: Engine, run_id: int) -> None:
    with engine.begin() as conn:
        conn.execute(update(IngestRun).where(IngestRun.id == run_id).values(heartbeat_at=now()))


def finish_run(engine: Engine, summary, status: str = "finished") -> None:
    with engine.begin() as conn:
        conn.execute(
            update(IngestRun).where(IngestRun.id == summary.run_id).values(
                finished_at=now(), heartbeat_at=now(), status=status, files_ok=summary.ok,
                files_failed=summary.failed, files_skipped=summary.skipped,
            )
        )
        conn.execute(delete(IngestClaim).where(IngestClaim.run_id == summary.run_id))


def reap_dead_runs(engine: Engine, only: int | None = None) -> list[int]:
    """Mark runs whose process is gone ``interrupted`` and free their claims; returns their ids."""
    query = select(IngestRun.id, IngestRun.host, IngestRun.pid, IngestRun.heartbeat_at, IngestRun.started_at)
    query = query.where(IngestRun.status == "running")
    if only is not None:
        query = query.where(IngestRun.id == only)
    with engine.connect() as conn:
        candidates = conn.execute(query).all()
    dead = [r for r in candidates if not _alive(r.host, r.pid, r.heartbeat_at or r.started_at)]
    for run in dead:
        with engine.begin() as conn:
            # Only if still 'running': two runs reaping at once must not both act.
            conn.execute(update(IngestRun).where(IngestRun.id == run.id, IngestRun.status == "running").values(
                status="interrupted", finished_at=run.heartbeat_at or run.started_at))
            conn.execute(delete(IngestClaim).where(IngestClaim.run_id == run.id))
    return [r.id for r in dead]


def _alive(host: str | None, pid: int | None, last_seen: dt.datetime | None) -> bool:
    if host == socket.gethostname() and pid:
        if pid == os.getpid():
            return True  # our own process: a run of an earlier ingest() call that did not end is ours to judge
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # someone else's process, alive
        return _is_not_zombie(pid)
    if last_seen is None:
        return False
    if last_seen.tzinfo is None:  # SQLite hands back naive UTC
        last_seen = last_seen.replace(tzinfo=dt.timezone.utc)
    return now() - last_seen < STALE_AFTER


def _is_not_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True
