"""Extraction on a Dask distributed cluster; the archive is still written here, by one writer.

Files travel as bytes unless storage is shared (``by_path``), so workers need jixiao
installed and nothing else.  At most ``capacity`` tasks are submitted at a time (one
per worker thread) and each result is handed to the writer and released as soon as it
completes (whichever completes first), so the client's memory stays flat however many files there are.  One task
per thread also makes a task's deadline, counted from submission, its running time.
A thread cannot be killed, so a file past its deadline is recorded as failed, its task
cancelled and the worker running it restarted by its nanny (``dask worker`` has one by
default; without one the thread runs on until the file is done).
"""
from __future__ import annotations

import os

import time

from jixiao.ingest.limits import BatchLimits, timeout_message
from jixiao.ingest.outcomes import Extracted
from jixiao.ingest.task import Extractor, Job, internal_error, run_job

DIED = "internal error: the extraction worker process died"


class SchedulerUnavailable(Exception):
    """The scheduler could not be reached or dask is missing: a one-line message for the CLI."""


def connect(scheduler: str):
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerUnavailable(
            "--executor dask needs dask.distributed: pip install 'dask[distributed]' (or jixiao[dask])"
        ) from None
    try:
        # How long to keep trying is Dask's setting (distributed.comm.timeouts.connect).
        return Client(scheduler)
    except (OSError, TimeoutError) as err:
        raise SchedulerUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {' '.join(str(err).split())}") from None


class DaskPool:
    def __init__(self, client, extractor: Extractor, limits: BatchLimits, debug: bool, *, by_path: bool = False,
                 own_client: bool = False):
        self.client = client
        self.extractor = extractor
        self.limits = limits
        self.debug = debug
        self.by_path = by_path
        self.own_client = own_client
        threads = sum(client.nthreads().values())
        if threads == 0:
            client.wait_for_workers(1, timeout=60)
            threads = sum(client.nthreads().values())
        self.capacity = max(1, threads)
        self.pending: dict = {}  # future -> (job, submitted at)

    def in_flight(self) -> int:
        return len(self.pending)

    @property
    def needs_bytes(self) -> bool:
        return not self.by_path

    def submit(self, job: Job) -> None:
        # pure=False: two files with equal bytes under different paths are two tasks.
        future = self.client.submit(run_job, self.extractor, job, self.debug, pure=False)
        job.data = None  # the client forgets the bytes once they are on their way
        self.pending[future] = (job, time.monotonic())

    def collect(self) -> list[tuple[Job, Extracted]]:
        settled = []
        for future in self._done_or_overdue():
            job, submitted = self.pending.pop(future)
            elapsed = time.monotonic() - submitted
            if not future.done():
                self._stop_overdue(future)
                settled.append((job, Extracted(None, timeout_message(self.limits.timeout), elapsed)))
                continue
            settled.append((job, self._result(future, elapsed)))
            future.release()
        return settled

    def close(self) -> None:
        if self.pending:
            self.client.cancel(list(self.pending))
        self.pending.clear()
        if self.own_client:
            self.client.close()

    def _done_or_overdue(self) -> list:
        from distributed import wait

        # distributed.wait rather than as_completed: only wait takes a timeout, and the
        # nearest deadline must wake us even when nothing completes.
        try:
            done, _ = wait(list(self.pending), timeout=self._seconds_to_next_deadline(),
                           return_when="FIRST_COMPLETED")
        except TimeoutError:
            done = set()
        now = time.monotonic()
        overdue = [f for f, (_, t) in self.pending.items()
                   if f not in done and self.limits.timeout and now - t >= self.limits.timeout]
        return list(done) + overdue

    def _stop_overdue(self, future) -> None:
        """Cancel the task and restart the worker running it: a thread cannot be killed,
        and a hung file would otherwise hold that worker's slot for the rest of the batch."""
        try:
            running_on = [w for w, keys in self.client.processing().items() if future.key in keys]
        except Exception:  # noqa: BLE001 - best effort; cancelling still frees our window
            running_on = []
        future.cancel()
        if running_on:
            left = self._processes(running_on)
            try:
                self.client.restart_workers(running_on, timeout=60, raise_for_error=False)
            except Exception:  # noqa: BLE001 - a worker without a nanny cannot be restarted
                pass
            self._remove_scratch(left)

    def _hosts(self) -> dict[str, str | None]:
        """Each worker's host, by address."""
        return {w: info.get("host") for w, info in self.client.scheduler_info()["workers"].items()}

    def _processes(self, workers: list[str]) -> list[tuple[str, int]]:
        """(host, pid) of the workers' processes, while they are still running."""
        try:
            hosts = self._hosts()
            return [(hosts.get(w), pid) for w, pid in self.client.run(os.getpid, workers=workers).items()]
        except Exception:  # noqa: BLE001 - best effort: only temporary files are at stake
            return []

    def _remove_scratch(self, processes: list[tuple[str, int]]) -> None:
        """A restarted worker's process was killed mid-file: its temporary copy of the
        draft (extract.scratch) is removed by a worker on the same host."""
        from jixiao.extract import scratch

        try:
            hosts = self._hosts()  # after the restart: the new processes' addresses
            for host, pid in processes:
                beside = [w for w, h in hosts.items() if h == host][:1]
                if beside:
                    self.client.run(scratch.remove_left_by, pid, workers=beside)
        except Exception:  # noqa: BLE001 - best effort, as above
            pass

    def _result(self, future, elapsed: float) -> Extracted:
        try:
            return future.result()
        except Exception as err:  # noqa: BLE001 - KilledWorker and friends fail one file
            if type(err).__name__ == "KilledWorker":
                return Extracted(None, DIED, elapsed)
            return Extracted(None, internal_error(err, self.debug), elapsed)

    def _seconds_to_next_deadline(self) -> float | None:
        if not self.limits.timeout or not self.pending:
            return None
        soonest = min(t for _, t in self.pending.values()) + self.limits.timeout
        return max(0.0, soonest - time.monotonic())
