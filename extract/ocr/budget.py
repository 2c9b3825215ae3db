"""The per-page time budget of scanned pages.

A batch gives each file a wall-time limit sized for text-layer drafts, which
take a second or two.  A scanned page takes seconds of its own, so a scan would
always time out, or the limit would have to be so high that it no longer
catches a stuck file.  Instead the reader announces how many pages it is about
to OCR, and whoever runs the extraction (the ingest worker) extends that file's
deadline by the per-page budget (``Limits.ocr_page_seconds``, default
``PAGE_SECONDS``) for each of them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

PAGE_SECONDS = 60.0  # default budget per scanned page: ~3 s alone, far more on a busy machine

_listener: Callable[[float], None] | None = None


@dataclass(frozen=True)
class Extension:
    """The message an ingest worker sends its pool: this file needs ``seconds`` more."""

    seconds: float


def listen(callback: Callable[[float], None] | None) -> None:
    """Call ``callback(seconds)`` whenever a file is about to OCR pages (None stops)."""
    global _listener
    _listener = callback


def announce(pages: int, page_seconds: float | None) -> None:
    if _listener is not None and pages:
        _listener(pages * (page_seconds or PAGE_SECONDS))
