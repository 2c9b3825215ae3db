"""Open a PDF, turning pdfminer's many failure types into one-line DraftErrors."""
from __future__ import annotations

import logging
import os

import pdfplumber

from jixiao.extract.errors import DraftError

# pdfminer logs a warning per glyph of a font it finds odd (Chromium's fonts have no
# FontBBox: hundreds of lines a page), and with logging unconfigured Python prints them
# all on stderr, burying the one line per file a batch prints. What matters reaches the
# user as our own error or issue; a caller who set pdfminer's level keeps it.
if logging.getLogger("pdfminer").level == logging.NOTSET:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__
        # pdfplumber wraps pdfminer's error as the first argument
    return


def pdf_failure(path: str, exc: BaseException) -> DraftError:
    names = []
    texts = []
    for e in _chain(exc):
        names.append(type(e).__name__)
        texts.append(str(e))
        for arg in getattr(e, "args", ()):
            if isinstance(arg, BaseException):
                names.append(type(arg).__name__)
                texts.append(str(arg))
    blob = " ".join(names + texts).lower()
    if "password" in blob or "encrypt" in blob:
        return DraftError(path, "the PDF is encrypted (a password is needed to open it)", code="encrypted")
    reason = next((t for t in texts if t.strip()), names[0] if names else "unknown error")
    reason = " ".join(reason.split())[:120]
    return DraftError(path, f"the PDF is damaged or truncated ({reason})", code="corrupt")


def open_pdf(path: str):
    if not os.path.exists(path):
        raise DraftError(path, "no such file", code="missing")
    if os.path.getsize(path) == 0:
        raise DraftError(path, "the file is empty", code="empty")
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF" not in head:
        raise DraftError(path, "not a PDF (no %PDF header)", code="corrupt")
    try:
        return pdfplumber.open(path)
    except Exception as exc:
        raise pdf_failure(path, exc) from exc
