"""Claims: at most one run extracts a file at a time, whatever the number of ingests.

Before a file goes to a worker its run inserts ``(sha256, run_id)`` into
``ingest_claims``; the primary key lets exactly one run win, on SQLite and
PostgreSQL alike. The loser skips the file ("being loaded by ingest run N"). A
claim held by a run that died is released (runs.reap_dead_runs) and taken over.
"""
from __future__ import annotations

from jixiao.ingest.runs import reap_dead_runs
from jixiao.load.ingest_log import release_claims, try_claim


def claim(engine, run_id: int, sha256: str, path: str) -> tuple[str, object]:
    """Claim the file for ``run_id``.

    Returns ``("claimed", None)``, ``("loaded", (document id, path))`` if it is in the archive
    by now, or ``("held", run id)`` if a live run holds it. The claim and the look into
    the archive are one transaction: a run that loaded the file and released its claim
    a moment ago is seen as having loaded it, not as gone.
    """
    for _ in range(2):
        verdict, detail = try_claim(engine, run_id, sha256, path)
        if verdict != "taken":
            return verdict, detail
        holder = detail
        if holder is None:
            continue  # released meanwhile: try again
        if holder == run_id:
            return "held", holder  # the same bytes under a second name, in flight in this very run
        if not reap_dead_runs(engine, only=holder):
            return "held", holder
    return "claimed", None


def release(conn, run_id: int, sha256: str) -> None:
    release_claims(conn, run_id, [sha256])
