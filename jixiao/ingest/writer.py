"""The only process that writes: batches of drafts, each draft with its log row.

The sha256 of a file's bytes is its identity, and the unique index on it is the
referee between concurrent ingests: whoever commits second is told "skipped".
Claims (claims.py) make that rare: a file claimed by a live run is not extracted
again by another.

Workers send rows ready to insert (load.rows: cleaned, checked, segmented for the
search index), so writing is all the writer does: the drafts that arrive together
go into the archive in one transaction (load.write.write_batch), each with its
``ingest_files`` row and its claim released, so a killed batch leaves whole drafts
only and the log agrees with the archive. A draft the database refuses fails alone.

The write is bounded: rows go in chunks, and the file's time limit covers the
write too (what extraction left of it): a draft that takes too long to load is
rolled back and failed with the reason, like one that takes too long to extract.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator

from jixiao.extract.errors import DraftError
from jixiao.extract.files import open_regular, read_regular
from jixiao.extract.limits import Limits, check_size
from jixiao.errors import database_refusal, database_unavailable
from jixiao.ingest.claims import claim
from jixiao.ingest.discovery import Found
from jixiao.ingest.outcomes import Extracted, FileOutcome
from jixiao.ingest.task import Job, internal_error
from jixiao.load.ingest_log import Loaded, claim_files, loaded_documents, log_files, log_outcomes, release_claims
from jixiao.load.portable import DoesNotFit
from jixiao.load.renderings import link_new, relink_orphans
from jixiao.load.write import Deadline, LoadTimeout, write_batch

# Whatever extraction used up, the write gets at least this much of the limit.
MIN_LOAD_SHARE = 0.25


class Writer:
    def __init__(self, engine: Engine, run_id: int, *, replace: bool, limits: Limits,
                 timeout: float | None = None, max_rows: int | None = None):
        self.engine = engine
        self.run_id = run_id
        self.replace = replace
        self.limits = limits
        self.timeout = timeout
        self.max_rows = max_rows

    def precheck_many(self, files: list[Found | str], *,
                      with_bytes: bool = False) -> list[tuple[Job | None, FileOutcome | None]]:
        """For each file, its job or already its outcome if it needs no extraction.

        Only a regular file is opened, and the size limit is checked before it is read:
        a 50 GB file must not be hashed, let alone shipped to a worker. The files are
        looked up in the archive in one read and claimed in one transaction (per file,
        both cost the writer more than writing the draft's rows); only a file whose
        bytes some claim holds already is settled on its own (claims.claim).
        """
        results: list = [None] * len(files)
        hashed = []  # (position, path, sha256, data)
        for position, found in enumerate(files):
            if isinstance(found, str):
                found = Found(found)
            if found.settled:
                results[position] = (None, FileOutcome(found.path, found.status, error=found.reason, kind=found.kind))
                continue
            data = None
            try:
                if with_bytes:
                    data = read_regular(found.path, self.limits)
                    sha256 = hashlib.sha256(data).hexdigest()
                else:
                    sha256 = _hash_regular(found.path, self.limits)
            except DraftError as err:
                results[position] = (None, FileOutcome(found.path, "failed", error=err.reason))
                continue
            hashed.append((position, found.path, sha256, data))
        # A read first: re-ingesting a loaded folder takes no write lock at all.
        loaded = loaded_documents(self.engine, [sha for _, _, sha, _ in hashed]) if hashed else {}
        claimed = claim_files(self.engine, self.run_id, [(sha, path) for _, path, sha, _ in hashed
                                                         if sha not in loaded])
        handed_out = set()  # claims given to a job here: a second file with those bytes is a duplicate
        for position, path, sha256, data in hashed:
            if sha256 in loaded:
                results[position] = (None, self._already_loaded(path, sha256, loaded[sha256]))
            elif sha256 in claimed and claimed[sha256] is not None:  # loaded by another run a moment ago
                results[position] = (None, self._already_loaded(path, sha256, claimed[sha256]))
            elif sha256 in claimed and sha256 not in handed_out:
                handed_out.add(sha256)
                results[position] = (Job(path, sha256, data, max_rows=self.max_rows,
                                         dialect=self.engine.dialect.name), None)
            else:
                results[position] = self._claim_one(path, sha256, data)
        # What was settled here is logged in one transaction (it holds no claim to release).
        settled = [outcome for _, outcome in results if outcome is not None]
        if settled:
            log_outcomes(self.engine, self.run_id, settled, release=False)
        return results

    def _claim_one(self, path: str, sha256: str, data: bytes | None) -> tuple[Job | None, FileOutcome | None]:
        verdict, detail = claim(self.engine, self.run_id, sha256, path)
        if verdict == "claimed":
            return Job(path, sha256, data, max_rows=self.max_rows, dialect=self.engine.dialect.name), None
        if verdict == "held":
            if detail == self.run_id:
                note, kind = "same bytes as another file of this run", "duplicate"
            else:
                note, kind = f"being loaded by ingest run {detail}", "claimed"
            return None, FileOutcome(path, "skipped", sha256=sha256, error=note, kind=kind)
        return None, self._already_loaded(path, sha256, Loaded(*detail))

    @staticmethod
    def _already_loaded(path: str, sha256: str, loaded: Loaded) -> FileOutcome:
        note = "already loaded" if loaded.path == path else f"already loaded from {loaded.path}"
        return FileOutcome(path, "skipped", sha256=sha256, error=note, document_id=loaded.id, kind="already loaded")

    def load(self, job: Job, extracted: Extracted) -> FileOutcome:
        return list(self.load_batch([(job, extracted)]))[0]

    def load_batch(self, settled: list[tuple[Job, Extracted]]) -> Iterator[FileOutcome]:
        """Settle the files the pool returned together: their drafts in one transaction.

        When the database cannot take the batch as a whole (a disk that fills up), the
        drafts go in one by one, so what fits is loaded; the first that does not stops
        the run as before, after the outcomes of those that went in."""
        outcomes: list[FileOutcome | None] = [None] * len(settled)
        batch = []  # (position, job, extracted, rows, deadline)
        for position, (job, extracted) in enumerate(settled):
            deadline = self._deadline(extracted.seconds)
            rows = extracted.rows
            if rows is None and extracted.record is not None:
                rows = self._rows_here(job, extracted, deadline)
            if isinstance(rows, str):
                outcomes[position] = self._failed_load(job, extracted, rows)
            elif rows is None:
                outcomes[position] = self._log(FileOutcome(job.path, "failed", sha256=job.sha256,
                                                           error=extracted.error, seconds_extract=extracted.seconds))
            else:
                batch.append((position, job, extracted, rows, deadline))
        if not batch:
            yield from outcomes
            return
        try:
            written = self._write(batch)
        except Exception as err:
            if len(batch) == 1 or not database_unavailable(err):
                raise
            yield from (o for o in outcomes if o is not None)
            for item in batch:
                yield self._write([item])[0]
            return
        for position, outcome in zip((b[0] for b in batch), written):
            outcomes[position] = outcome
        yield from outcomes

    def _rows_here(self, job: Job, extracted: Extracted, deadline: Deadline):
        """Rows for a record extracted in this process (an extractor that cannot travel)."""
        from jixiao.load.rows import draft_rows
        from jixiao.load.segment import warm_up

        warm_up()  # the segmenter's one-time start (up to a second) is not this file's time
        try:
            return draft_rows(extracted.record, path=job.path, sha256=job.sha256, dialect=self.engine.dialect.name,
                              check=deadline.check)
        except LoadTimeout:
            return self._timeout_message()
        except DoesNotFit as err:  # the same refusal on SQLite and PostgreSQL
            return f"does not fit the archive: {err}"

    def _write(self, batch) -> list[FileOutcome]:
        started = time.perf_counter()
        outcomes = [FileOutcome(job.path, "ok", sha256=job.sha256, seconds_extract=extracted.seconds)
                    for _, job, extracted, _, _ in batch]

        def log(conn, result) -> None:
            # In the batch's transaction: a file is logged ok exactly when its draft is in.
            if any(result.replaced.values()):
                relink_orphans(conn)  # after the replace, so that a deleted old version leads no group
            link_new(conn, sorted(result.loaded.values()))
            seconds = (time.perf_counter() - started) / len(batch)
            for position, document_id in result.loaded.items():
                outcome, rows = outcomes[position], batch[position][3]
                outcome.document_id, outcome.seconds_load = document_id, seconds
                outcome.replaced = result.replaced.get(position, 0)
                outcome.older_kept = result.older_kept.get(position, 0)
                summary = rows.summary
                outcome.department, outcome.year = summary.department, summary.year
                outcome.projects, outcome.indicators, outcome.issues = (summary.projects, summary.indicators,
                                                                        summary.issues)
            for position, document_id in result.skipped.items():
                outcome = outcomes[position]
                outcome.status, outcome.document_id, outcome.kind = "skipped", document_id, "already loaded"
                outcome.error = "loaded by another process"
            done = sorted([*result.loaded, *result.skipped])
            log_files(conn, self.run_id, [outcomes[p] for p in done])
            release_claims(conn, self.run_id, [outcomes[p].sha256 for p in done])

        result = write_batch(self.engine, [b[3] for b in batch], replace=self.replace,
                             deadlines=[b[4] for b in batch], fatal=database_unavailable, then=log)
        for position, err in result.refused:
            _, job, extracted, _, deadline = batch[position]
            outcomes[position] = self._failed_load(job, extracted, self._refusal(err, deadline))
        return outcomes

    def _refusal(self, err: BaseException, deadline: Deadline) -> str:
        from sqlalchemy.exc import IntegrityError

        if isinstance(err, LoadTimeout) or deadline.expired(grace=1.0):  # or PostgreSQL's statement_timeout
            return self._timeout_message()
        if isinstance(err, IntegrityError):
            return "the archive refused the record (integrity error)"
        return database_refusal(err) or internal_error(err, False)

    def _timeout_message(self) -> str:
        return f"exceeds the time limit of {self.timeout:g} s (while loading)"

    def _deadline(self, seconds_extract: float) -> Deadline:
        if not self.timeout:
            return Deadline(None)
        left = max(self.timeout - (seconds_extract or 0.0), self.timeout * MIN_LOAD_SHARE)
        return Deadline(time.monotonic() + left)

    def _failed_load(self, job: Job, extracted: Extracted, error: str) -> FileOutcome:
        return self._log(FileOutcome(job.path, "failed", sha256=job.sha256, error=error,
                                     seconds_extract=extracted.seconds))

    def _log(self, outcome: FileOutcome) -> FileOutcome:
        """A claimed file settled without its draft written: its log row, its claim released."""
        log_outcomes(self.engine, self.run_id, [outcome], release=True)
        return outcome


def _hash_regular(path: str, limits: Limits) -> str:
    """The sha256 of a regular file within the size limit, read in chunks."""
    digest = hashlib.sha256()
    with open_regular(path, limits) as fh:
        read = 0
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            read += len(chunk)
            check_size(path, read, limits)  # it grew past the limit since the stat
            digest.update(chunk)
    return digest.hexdigest()
