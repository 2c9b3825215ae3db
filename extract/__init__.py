"""Read a draft (PDF, Word, Excel or a text rendering) and return its record.

``extract_file(path)`` is the one entry point the CLI and the batch ingest use:
format readers turn bytes into blocks, the interpreter turns blocks into the
record of CONTRACT.md, the checks add issues.
"""
from __future__ import annotations

import hashlib
import os

import msgspec

from jixiao import __version__ as VERSION
from jixiao.extract.errors import BlankForm, BudgetBook, DraftError, EvaluationReport, FinalAccounts, Monitoring, NotADraft, SelfEvaluation
from jixiao.extract.limits import DEFAULT as DEFAULT_LIMITS, Limits, check_size
from jixiao.extract.record import Extractor, Issue, Record, Source

__all__ = ["extract_file", "extract_bytes", "Record", "DraftError", "NotADraft", "SelfEvaluation", "Monitoring", "BlankForm",
           "Limits", "VERSION"]

MAX_BYTES = DEFAULT_LIMITS.max_bytes


def extract_file(path: str, *, tables: str = "pdfplumber", limits: Limits | None = None,
                 explain: list[dict] | None = None, pdf_engine: str | None = None, ocr: str = "auto") -> Record:
    from jixiao.extract.files import read_regular

    limits = limits or DEFAULT_LIMITS
    data = read_regular(path, limits)  # only a regular file, never past the size limit
    return extract_bytes(data, path, tables=tables, limits=limits, explain=explain, pdf_engine=pdf_engine, ocr=ocr)


def extract_bytes(data: bytes, path: str, *, tables: str = "pdfplumber", limits: Limits | None = None,
                  explain: list[dict] | None = None, pdf_engine: str | None = None, ocr: str = "auto") -> Record:
    """The record of one draft (``record.to_dict()`` or ``record.encode`` for its JSON).

    ``explain``, when a list, receives one entry per table read (family, column mapping,
    what was read from content); ``ocr``: ``auto`` (pages without a usable text layer,
    image files), ``always``, ``never``.
    """
    from jixiao.extract import formulas, office, radicals, scripts
    from jixiao.extract.blocks import rewrite_texts
    from jixiao.extract.checks import check
    from jixiao.extract.interpret import interpret

    if not data.strip():
        raise DraftError(path, "empty file", code="empty")
    unread_pictures = 0
    if data.lstrip()[:5] == b"%PDF-":
        blocks, source = _read_pdf(data, path, tables, limits or DEFAULT_LIMITS, pdf_engine, ocr)
    elif office.is_office(data):
        blocks, source = office.read(data, path, limits or DEFAULT_LIMITS)
        blocks, unread_pictures = _with_pictures(blocks, source, path, ocr, limits or DEFAULT_LIMITS)
    elif kind := _image_kind(data):
        blocks, source = _read_image(data, path, kind, limits or DEFAULT_LIMITS, ocr)
    else:
        from jixiao.extract import text

        blocks, source = text.read(data, path)
    # Every reader's text, in one walk: radicals folded, a bilingual form's other script left out,
    # a converter's inline formulas ($\geq 95 \%$) read back as the value printed.
    blocks = rewrite_texts(blocks, lambda text: formulas.plain(scripts.strip(radicals.fold(text))))
    # What a reader noticed: a hidden sheet, low-confidence OCR cells and corrections.
    reader_issues = [msgspec.convert(i, Issue) for i in source.pop("issues", [])]
    doubts = source.pop("doubts", [])  # what a text reader could not decide (a glued digit run)
    source = Source(path=path, sha256=hashlib.sha256(data).hexdigest(), **source)
    record, reading = interpret(blocks, source=source, explain=explain)
    record.issues.extend(reader_issues)
    record.extractor = Extractor(name="jixiao", version=VERSION)
    _refuse_confusables(blocks, record, path)
    # The genre is defined by its 绩效目标表: a file without one indicator table
    # (a budget book, a notice) is not a draft, however many tables it has.
    if not any(p.indicators for p in record.projects):
        from jixiao.extract.interpret import confusables

        if unread_pictures:
            from jixiao.extract.office.pictures import unread_reason

            raise DraftError(path, unread_reason(unread_pictures, ocr), code="needs_ocr" if ocr != "never" else "scanned")
        raise BudgetBook(path) if confusables.budget_book(blocks) else NotADraft(path)
    record.issues.extend(check(record, reading.warnings))
    if doubts:
        from jixiao.extract.text import doubts as text_doubts

        record.issues.extend(text_doubts.issues(doubts, record))
    return record


def _with_pictures(blocks, source: dict, path: str, ocr: str, limits: Limits):
    """A Word or Excel file's pictures that may be its forms, read in their places
    (office/pictures.py); and how many were left unread for want of OCR."""
    found = source.pop("pictures", None)
    if not found:
        return blocks, 0
    from jixiao.extract.office.pictures import read_into

    reading = read_into(blocks, found, path, ocr, limits)
    if reading.read:
        source["ocr"] = True
        source["issues"] = source.get("issues", []) + (reading.issues or [])
    return reading.blocks, reading.unread


def _refuse_confusables(blocks, record: Record, path: str) -> None:
    """Self-evaluations, monitoring tables and blank forms look like drafts: refuse them by name."""
    from jixiao.extract.interpret import confusables

    found = confusables.kind(blocks, record)
    if found == "self_evaluation":
        raise SelfEvaluation(path)
    if found == "evaluation_report":
        raise EvaluationReport(path)
    if found == "monitoring":
        raise Monitoring(path)
    if found == "final_accounts":
        raise FinalAccounts(path)
    if found == "blank_form":
        raise BlankForm(path)


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
    from jixiao.extract.ocr.scans import read_images

    check_size(path, len(data), limits)
    return read_images(data, path, limits.max_pages, getattr(limits, "ocr_page_seconds", None))


def _read_pdf(data: bytes, path: str, tables: str, limits: Limits, pdf_engine: str | None = None, ocr: str = "auto"):
    from jixiao.extract import pdf

    check_size(path, len(data), limits)
    engine = {"engine": pdf_engine} if pdf_engine else {}  # None: the reader's default
    if os.path.isfile(path):
        return pdf.read(path, tables=tables, limits=limits, ocr=ocr, **engine)
    # Bytes from stdin: pdfplumber wants a file.
    from jixiao.extract import scratch

    with scratch.copy_of(data, ".pdf") as copy:
        try:
            blocks, source = pdf.read(copy, tables=tables, limits=limits, ocr=ocr, **engine)
        except DraftError as err:  # name the draft, not our temporary copy
            raise DraftError(path, err.reason, code=err.code) from None
    return blocks, source
