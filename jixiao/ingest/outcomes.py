"""What a batch produces: per-file outcomes, the run's summary, and who hears about them."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class Extracted:
    """What a worker sends back: a record or a one-line error, never an exception object."""

    record: dict | None
    error: str | None
    seconds: float
    retire: bool = False  # the worker hit its memory cap and should not be trusted with more work
    rows: Any = None  # load.rows.DraftRows, built in the worker (then ``record`` stays behind)


@dataclass
class FileOutcome:
    path: str
    status: str  # ok | failed | skipped
    sha256: str | None = None
    error: str | None = None
    kind: str | None = None  # why it was skipped, for the summary (jixiao.ingest.sniff.SKIP_KINDS)
    document_id: int | None = None
    department: str | None = None
    year: int | None = None
    projects: int = 0
    indicators: int = 0
    issues: int = 0
    replaced: int = 0
    older_kept: int = 0
    seconds_extract: float | None = None
    seconds_load: float | None = None


@dataclass
class Summary:
    run_id: int | None = None
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    projects: int = 0
    indicators: int = 0
    issues: int = 0
    replaced: int = 0
    older_kept: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped_by: Counter = field(default_factory=Counter)
    interrupted: bool = False
    signal: int | None = None  # what interrupted it (SIGINT, SIGTERM)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 128 + int(self.signal or 2)  # the shell's convention: 130 for Ctrl-C, 143 for SIGTERM
        return 1 if self.failed else 0

    def add(self, outcome: FileOutcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        self.projects += outcome.projects
        self.indicators += outcome.indicators
        self.issues += outcome.issues
        self.replaced += outcome.replaced
        self.older_kept += outcome.older_kept
        if outcome.status == "failed":
            self.failures.append((outcome.path, outcome.error or ""))
        elif outcome.status == "skipped":
            self.skipped_by[outcome.kind or "other"] += 1


class Reporter(Protocol):
    def start(self, total: int) -> None: ...
    def file_done(self, outcome: FileOutcome) -> None: ...
    def finish(self, summary: Summary) -> None: ...


class SilentReporter:
    def start(self, total: int) -> None:
        pass

    def file_done(self, outcome: FileOutcome) -> None:
        pass

    def finish(self, summary: Summary) -> None:
        pass
