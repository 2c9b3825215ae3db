"""Extraction in local worker processes that can be killed one at a time.

concurrent.futures cannot cancel a running task, and when one of its workers dies
the whole pool breaks and takes every file in flight with it.  Here each worker
is a process with its own pipe, holding one file at a time: a worker past its
deadline is killed and replaced, a worker that dies fails only its own file, and
the other workers never notice.
"""
from __future__ import annotations

import time
from collections import deque
from multiprocessing.connection import wait

from jixiao.extract import scratch
from jixiao.ingest.limits import BatchLimits, cap_memory, memory_message, timeout_message
from jixiao.ingest.outcomes import Extracted
from jixiao.ingest.task import Extractor, Job, run_job

DIED = "internal error: the extraction worker process died"


def _context():
    from jixiao.forkserver import context

    return context()


def _worker_main(conn, extractor: Extractor, debug: bool, max_memory_mb: int | None) -> None:
    import signal

    # Ctrl-C reaches the whole process group: the writer decides and ends the workers, which
    # must not each print a KeyboardInterrupt traceback. SIGTERM ends a worker quietly by default.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not debug:
        import warnings

        # Library warnings from many workers would tear the progress display apart.
        warnings.simplefilter("ignore")
    from jixiao.load.segment import warm_up

    # Before the cap, which bounds what a file adds: jieba's dictionary is part of a warm
    # worker (a no-op when the fork server had it loaded: jixiao.ingest.warm).
    warm_up()
    cap_memory(max_memory_mb)
    from jixiao.extract.ocr import budget

    # A scan's pages each bring their own time budget: tell the pool to wait longer.
    budget.listen(lambda seconds: conn.send(budget.Extension(seconds)))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the writer is gone
        if job is None:
            return
        result = run_job(extractor, job, debug)
        try:
            try:
                conn.send(result)
            except MemoryError:  # the record itself was too big to pickle under the cap
                result = Extracted(None, memory_message(), result.seconds, retire=True)
                conn.send(result)
        except (BrokenPipeError, EOFError, OSError):
            return  # the writer is gone (killed, or it stopped the batch): nothing to report to
        if result.retire:
            return  # after a MemoryError the heap may be in any state: start afresh


class _Worker:
    def __init__(self, context, extractor: Extractor, debug: bool, limits: BatchLimits):
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main, args=(child, extractor, debug, limits.max_memory_mb), daemon=True,
        )
        self.process.start()
        child.close()
        self.job: Job | None = None
        self.started = 0.0
        self.extra = 0.0  # seconds granted on top of the timeout (scanned pages)
        self.result: Extracted | None = None

    def stop(self, *, kill: bool) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()
        # Killed, or ended by multiprocessing's os._exit, it removed none of its temporary
        # paths (a copy of the draft, LibreOffice's profile): this process does.
        scratch.remove_left_by(self.process.pid)


class LocalPool:
    """One file per worker process, and one more waiting per worker.

    The waiting file starts the moment a worker is done, in ``collect``, before the
    writer has even seen the result: the writer's own work per file (hashing,
    claiming, writing) then overlaps extraction instead of alternating with it.
    """

    def __init__(self, extractor: Extractor, workers: int, limits: BatchLimits, debug: bool):
        self.extractor = extractor
        self.workers = workers
        self.capacity = 2 * workers
        self.waiting: deque[Job] = deque()
        self.limits = limits
        self.debug = debug
        self.context = _context()
        if self.context.get_start_method() == "forkserver":
            # Started now if `jixiao ingest` has not started it already: its preloading
            # overlaps the writer's own start (schema, survey, claims).
            from jixiao.forkserver import start

            start()
        self.idle: list[_Worker] = []
        self.busy: list[_Worker] = []

    def in_flight(self) -> int:
        return len(self.busy) + len(self.waiting)

    def submit(self, job: Job) -> None:
        if len(self.busy) >= self.workers:
            self.waiting.append(job)
        else:
            self._start(job)

    def _start_waiting(self) -> None:
        while self.waiting and len(self.busy) < self.workers:
            self._start(self.waiting.popleft())

    def _start(self, job: Job) -> None:
        worker = self._idle_worker()
        try:
            worker.conn.send(job)
        except OSError:  # it died while idle; a fresh one takes the job
            worker.stop(kill=True)
            worker = self._new_worker()
            worker.conn.send(job)
        worker.job, worker.started, worker.extra, worker.result = job, time.monotonic(), 0.0, None
        self.busy.append(worker)

    def collect(self) -> list[tuple[Job, Extracted]]:
        """Block until at least one file is settled: done, its worker dead, or past its deadline."""
        self._start_waiting()
        waitables = [w.conn for w in self.busy] + [w.process.sentinel for w in self.busy]
        ready = set(wait(waitables, timeout=self._seconds_to_next_deadline()))
        settled = []
        for worker in list(self.busy):
            if worker.conn in ready and self._still_working(worker):
                continue
            if worker.conn in ready or worker.process.sentinel in ready:
                settled.append((worker.job, self._receive(worker)))
            elif self._overdue(worker):
                elapsed = time.monotonic() - worker.started
                settled.append((worker.job, Extracted(None, timeout_message(self.limits.timeout + worker.extra), elapsed)))
                self._retire(worker, kill=True)
        self._start_waiting()
        return settled

    def close(self) -> None:
        self.waiting.clear()
        for worker in self.busy:
            worker.stop(kill=True)
        for worker in self.idle:
            worker.stop(kill=False)
        self.busy, self.idle = [], []

    def _still_working(self, worker: _Worker) -> bool:
        """Take the worker's budget extensions; True if no result came with them."""
        from jixiao.extract.ocr.budget import Extension

        try:
            while worker.result is None and worker.conn.poll():
                message = worker.conn.recv()
                if isinstance(message, Extension):
                    worker.extra += message.seconds
                else:
                    worker.result = message
        except (EOFError, OSError):
            return False
        return worker.result is None and worker.process.is_alive()

    def _receive(self, worker: _Worker) -> Extracted:
        elapsed = time.monotonic() - worker.started
        result, worker.result = worker.result, None
        try:
            if result is None:
                result = worker.conn.recv() if worker.conn.poll() else None
        except (EOFError, OSError):
            result = None
        if result is None:
            # A crash in native code or the OOM killer: only this worker's file is lost.
            self._retire(worker, kill=True)
            return Extracted(None, DIED, elapsed)
        if result.retire or not worker.process.is_alive():
            self._retire(worker, kill=False)
        else:
            self.busy.remove(worker)
            worker.job = None
            self.idle.append(worker)
        return result

    def _retire(self, worker: _Worker, *, kill: bool) -> None:
        self.busy.remove(worker)
        worker.stop(kill=kill)

    def _overdue(self, worker: _Worker) -> bool:
        return bool(self.limits.timeout) and time.monotonic() - worker.started >= self.limits.timeout + worker.extra

    def _seconds_to_next_deadline(self) -> float | None:
        if not self.limits.timeout or not self.busy:
            return None
        soonest = min(w.started + w.extra for w in self.busy) + self.limits.timeout
        return max(0.0, soonest - time.monotonic())

    def _idle_worker(self) -> _Worker:
        while self.idle:
            worker = self.idle.pop()
            if worker.process.is_alive():
                return worker
            worker.stop(kill=True)
        return self._new_worker()

    def _new_worker(self) -> _Worker:
        return _Worker(self.context, self.extractor, self.debug, self.limits)
