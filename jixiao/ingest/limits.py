"""The batch's per-file limits: wall time and memory, plus the extractor's own.

Time and memory can only be enforced from outside the extraction: the local pool
kills a worker that runs past its deadline, and caps each worker's address space
(RLIMIT_AS) so a blow-up is a MemoryError in that worker rather than the OOM
killer choosing a victim, possibly the writer.  Size, pages and inflated streams
are checked by the extractor (extract/limits.py) wherever it runs.
"""
from __future__ import annotations

import contextlib
import os
import signal
from dataclasses import dataclass, field

from jixiao.extract.limits import DEFAULT as DEFAULT_EXTRACT_LIMITS, Limits

MB = 1024 * 1024


@dataclass(frozen=True)
class BatchLimits:
    timeout: float | None = 60.0  # seconds per file; None: no limit
    max_memory_mb: int | None = 2048  # growth of a worker's address space per file; None: no cap
    # Rows one draft may become (indicators, projects, ...). The biggest real drafts have a few
    # thousand; the bound keeps the writer's memory flat whatever a hostile file holds.
    max_rows: int | None = 50_000
    extract: Limits = field(default_factory=lambda: DEFAULT_EXTRACT_LIMITS)


def timeout_message(seconds: float) -> str:
    return f"exceeds the time limit of {seconds:g} s"


_memory_cap_mb: int | None = None  # set in a worker process by cap_memory


def memory_message() -> str:
    if _memory_cap_mb:
        return f"exceeds the memory limit of {_memory_cap_mb} MB"
    return "ran out of memory"


def cap_memory(max_memory_mb: int | None) -> None:
    """Cap this process's address space at what it uses now plus ``max_memory_mb``.

    Relative to the current size because a warm worker already maps the extractor's
    libraries; an absolute number would mean something different on every machine.
    """
    global _memory_cap_mb
    if not max_memory_mb:
        return
    try:
        import resource

        with open("/proc/self/statm") as fh:
            current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = current + max_memory_mb * MB
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        _memory_cap_mb = max_memory_mb
    except (ImportError, OSError, ValueError):
        pass  # no /proc or no RLIMIT_AS (not Linux): the time limit still holds


class Timeout(BaseException):
    """Raised by the alarm; a BaseException so the extractor's `except Exception` cannot swallow it."""


@contextlib.contextmanager
def alarm(seconds: float | None):
    """Interrupt Python code running in this (main) thread after ``seconds``.

    Only for extraction in the writer's own process, where killing is not an option;
    code stuck inside a C call is interrupted when it returns to Python.
    """
    usable = seconds and hasattr(signal, "setitimer")
    if usable:
        try:
            previous = signal.signal(signal.SIGALRM, _raise_timeout)
        except ValueError:  # not the main thread
            usable = False
    if not usable:
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _raise_timeout(signum, frame):
    raise Timeout()
