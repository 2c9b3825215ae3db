"""Many pages of one file, in parallel when there is more than one core.

Each page is a job for a process pool: a PDF page is rendered in the worker
(only a path and a number travel), an image page travels as its pixels.  Every
worker runs the recogniser single-threaded, so two workers on two cores do not
fight over them; the pool holds one page per worker, so memory stays at a few
pages' worth whatever the file's length.  Inside a daemon process (a batch
ingest worker, which already has a file per core) pages run one after another.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from dataclasses import dataclass

from jixiao.extract.errors import DraftError
from jixiao.extract.ocr import budget
from jixiao.extract.ocr.raster import DEFAULT_DPI, PageImage


@dataclass(frozen=True, slots=True)
class PdfPage:
    path: str
    number: int
    dpi: int = DEFAULT_DPI


Job = PdfPage | PageImage


def _run(job: Job):
    from jixiao.extract.ocr.page import read_page
    from jixiao.extract.ocr.raster import render_pdf_page

    image = render_pdf_page(job.path, job.number, job.dpi) if isinstance(job, PdfPage) else job
    started = time.perf_counter()
    page = read_page(image)
    page.seconds = time.perf_counter() - started
    return page


def _init_worker() -> None:
    from jixiao.extract.ocr import engine

    os.environ["JIXIAO_OCR_THREADS"] = "1"
    engine.forget()  # a forked child builds its own session, single-threaded


def _context():
    """fork where it is safe, which starts workers warm and never re-imports the
    caller's ``__main__``; forkserver when this process has threads of its own
    (a progress bar, or onnxruntime's pool from an earlier page read here)."""
    import threading

    from jixiao.extract.ocr import engine

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1 and not engine.built():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _workers(jobs: int) -> int:
    if jobs < 2 or multiprocessing.current_process().daemon:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, min(cores, jobs))


def read_pages(jobs: list[Job], path: str, page_seconds: float | None = None) -> list:
    """OCR every job; pages come back in the order given.

    ``page_seconds`` is the per-page budget: the batch's per-file timeout grows
    by this much per scanned page (extract/ocr/budget.py), and pages still not
    done after their share of it fail the file with a reason naming the page.
    """
    budget.announce(len(jobs), page_seconds)
    workers = _workers(len(jobs))
    if workers == 1:
        out = []
        return [_run(job) for job in jobs]
    from concurrent.futures import ProcessPoolExecutor, TimeoutError as PoolTimeout

    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init_worker) as pool:
        futures = [pool.submit(_run, job) for job in jobs]
        out = []
        try:
            for job, future in zip(jobs, futures):
                # Pages finish in about the order they were sent: waiting for each in turn
                # bounds a stuck page by the budget of the pages before it plus its own.
                out.append(future.result(timeout=page_seconds * len(jobs) if page_seconds else None))
        except PoolTimeout:
            for f in futures:
                f.cancel()
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()  # a stuck page must not hold the file open
            raise DraftError(path, f"OCR of page {_number(job)} took longer than its budget of {page_seconds:g} s per page", code="timeout") from None
    return out


def _number(job: Job) -> int:
    return job.number
