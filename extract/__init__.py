"""Read a draft (PDF or a text rendering) and return its record.

``extract_file(path)`` is the one entry point the CLI and the batch ingest use:
format readers turn bytes into blocks, the interpreter turns blocks into the
record of CONTRACT.md, the checks add issues.
"""
from __future__ import annotations

import hashlib
import os

from extract.errors import DraftError, NotADraft
from extract.limits import DEFAULT as DEFAULT_LIMITS, Limits, check_size

__all__ = ["extract_file", "extract_bytes", "DraftError", "NotADraft", "Limits", "VERSION"]

VERSION = "0.1.0"
MAX_BYTES = DEFAULT_LIMITS.max_bytes


def extract_file(path: str, *, tables: str = "pdfplumber", limits: Limits | None = None, ocr: str = "auto") -> dict:
    limits = limits or DEFAULT_LIMITS
    try:
        check_size(path, os.path.getsize(path), limits)
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise DraftError(path, "no such file", code="not_found") from None
    except IsADirectoryError:
        raise DraftError(path, "is a directory", code="not_found") from None
    except PermissionError:
        raise DraftError(path, "permission denied", code="unreadable") from None
    return extract_bytes(data, path, tables=tables, limits=limits, ocr=ocr)


def extract_bytes(data: bytes, path: str, *, tables: str = "pdfplumber", limits: Limits | None = None,
                  ocr: str = "auto") -> dict:
    """``ocr``: ``auto`` (pages without a usable text layer, image files), ``always``, ``never``."""
    from extract.checks import check
    from extract.interpret import interpret

    if not data.strip():
        raise DraftError(path, "empty file", code="empty")
    if data.lstrip()[:5] == b"%PDF-":
        blocks, source = _read_pdf(data, path, tables, limits or DEFAULT_LIMITS, ocr)
    elif data[:4] == b"PK\x03\x04":
        raise DraftError(path, "a Word/Excel/zip file; export it to PDF or text first", code="unknown_format")
    elif kind := _image_kind(data):
        blocks, source = _read_image(data, path, kind, limits or DEFAULT_LIMITS, ocr)
    else:
        from extract import text

        blocks, source = text.read(data, path)
    reader_issues = source.pop("issues", [])  # what OCR noticed: low-confidence cells, corrections
    source = {"path": path, "sha256": hashlib.sha256(data).hexdigest(), **source}
    record = interpret(blocks, source=source)
    record["issues"].extend(reader_issues)
    record["extractor"] = {"name": "jixiao", "version": VERSION}
    # The genre is defined by its 绩效目标表: a file without one indicator table
    # (a budget book, a notice) is not a draft, however many tables it has.
    if not any(p["indicators"] for p in record["projects"]):
        raise NotADraft(path)
    record["issues"].extend(check(record))
    return record


_IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF87a": "GIF", b"GIF89a": "GIF",
                b"II*\x00": "TIFF", b"MM\x00*": "TIFF"}


def _image_kind(data: bytes) -> str | None:
    for magic, kind in _IMAGE_MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


# Scans come as these; a GIF or a WebP is a picture, not a page.
_SCAN_KINDS = ("PNG", "JPEG", "TIFF")


def _read_image(data: bytes, path: str, kind: str, limits: Limits, ocr: str):
    if kind not in _SCAN_KINDS:
        raise DraftError(path, f"an image ({kind}), not a draft", code="unknown_format")
    if ocr == "never":
        raise DraftError(path, f"an image ({kind}): a scan, and OCR is off (--ocr never)", code="scanned")
    from extract.ocr.scans import read_images

    check_size(path, len(data), limits)
    return read_images(data, path, limits.max_pages, getattr(limits, "ocr_page_seconds", None))


def _read_pdf(data: bytes, path: str, tables: str, limits: Limits, ocr: str = "auto"):
    from extract import pdf

    check_size(path, len(data), limits)
    if os.path.isfile(path):
        return pdf.read(path, tables=tables, limits=limits, ocr=ocr)
    # Bytes from stdin: pdfplumber wants a file.
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(data)
        tmp.flush()
        try:
            blocks, source = pdf.read(tmp.name, tables=tables, limits=limits, ocr=ocr)
        except DraftError as err:  # name the draft, not our temporary copy
            raise DraftError(path, err.reason, code=err.code) from None
    return blocks, source
