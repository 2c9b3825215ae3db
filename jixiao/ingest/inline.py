"""Extraction in the writer's own process, for extractors that cannot travel.

A closure or a lambda (tests, notebooks) cannot be pickled to a worker process; it
runs here, one file at a time, under an alarm instead of a killable deadline and
without a memory cap (a cap would bind the writer too).
"""
from __future__ import annotations

import dataclasses
import time

from jixiao.ingest.limits import BatchLimits, Timeout, alarm, timeout_message
from jixiao.ingest.outcomes import Extracted
from jixiao.ingest.task import Extractor, Job, run_job


class InlinePool:
    capacity = 1

    def __init__(self, extractor: Extractor, limits: BatchLimits, debug: bool):
        self.extractor = extractor
        self.limits = limits
        self.debug = debug
        self.pending: Job | None = None

    def in_flight(self) -> int:
        return 1 if self.pending else 0

    def submit(self, job: Job) -> None:
        self.pending = job

    def collect(self) -> list[tuple[Job, Extracted]]:
        job, self.pending = self.pending, None
        # The record comes back whole: the writer turns it into rows itself, under the
        # write's deadline rather than the extraction's alarm.
        job = dataclasses.replace(job, dialect=None)
        started = time.perf_counter()
        try:
            with alarm(self.limits.timeout):
                result = run_job(self.extractor, job, self.debug)
        except Timeout:
            result = Extracted(None, timeout_message(self.limits.timeout), time.perf_counter() - started)
        return [(job, result)]

    def close(self) -> None:
        pass
