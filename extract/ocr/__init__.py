"""OCR for scanned drafts: page images to the same blocks the PDF reader emits.

Everything heavy (OpenCV, onnxruntime, the PP-OCR models) is imported only when
a page needs it: a text-layer PDF never pays for this package.  The extra that
brings it is named in the error when it is missing.
"""
from __future__ import annotations

import importlib.util
import os

from jixiao.extract.errors import DraftError

# OpenCV runs single-threaded here, set before it is first imported. Pages are read in
# parallel a process per core (pages.py), so its own thread pool would only oversubscribe
# the cores; and once that pool has started, a worker forked from the process inherits it
# without its threads and can wait on them for ever (a CI run hung 300 s on one page).
os.environ.setdefault("OPENCV_FOR_THREADS_NUM", "1")

INSTALL_HINT = "pip install 'jixiao[ocr]'"
MODES = ("auto", "always", "never")


def available() -> bool:
    """Is the ``ocr`` extra installed?  (Looks without importing.)"""
    try:
        return all(importlib.util.find_spec(m) is not None for m in ("cv2", "rapidocr_onnxruntime", "onnxruntime"))
    except (ImportError, ValueError):  # a module blocked or half-installed
        return False


def missing_reason(what: str) -> str:
    return f"{what} needs OCR, which is not installed: {INSTALL_HINT}"


def require(path: str, what: str) -> None:
    if not available():
        raise DraftError(path, missing_reason(what), code="needs_ocr")


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"unknown OCR mode {mode!r} (auto, always or never)")
    return mode


__all__ = ["INSTALL_HINT", "MODES", "available", "require", "check_mode", "missing_reason"]
