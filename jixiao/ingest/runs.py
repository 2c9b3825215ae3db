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

from jixiao.load.ingest_log import end_run, insert_run, mark_interrupted, now, running_runs, touch_run

HEARTBEAT_SECONDS = 30
# A run on another host is presumed dead after this long without a heartbeat.
STALE_AFTER = dt.timedelta(minutes=10)

__all__ = ["HEARTBEAT_SECONDS", "STALE_AFTER", "now", "start_run", "heartbeat", "finish_run", "reap_dead_runs"]


def start_run(engine, args: Any) -> int:
    reap_dead_runs(engine)
    stamp = now()
    return insert_run(engine, {
        "started_at": stamp, "heartbeat_at": stamp, "status": "running", "host": socket.gethostname(),
        "pid": os.getpid(), "args": args if args is not None else sys.argv[1:],
        "files_ok": 0, "files_failed": 0, "files_skipped": 0})


def heartbeat(engine, run_id: int) -> None:
    touch_run(engine, run_id)


def finish_run(engine, summary, status: str = "finished") -> None:
    end_run(engine, summary.run_id, status=status, ok=summary.ok, failed=summary.failed, skipped=summary.skipped)


def reap_dead_runs(engine, only: int | None = None) -> list[int]:
    """Mark runs whose process is gone ``interrupted`` and free their claims; returns their ids."""
    dead = [r for r in running_runs(engine, only) if not _alive(r.host, r.pid, r.heartbeat_at or r.started_at)]
    for run in dead:
        mark_interrupted(engine, run.id, run.heartbeat_at or run.started_at)
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
