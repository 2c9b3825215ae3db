"""Per-file limits the extractor itself enforces: size, pages, inflated streams.

A hostile or broken file must be refused before it costs minutes or gigabytes.
File size is checked before reading, pages after opening, and the PDF's
compressed streams are measured by inflating them in small chunks, so that a
content stream that would decompress to gigabytes (a "zip bomb") is refused in
about a second instead of being handed to pdfminer, which inflates every stream
whole in memory.  Wall time and memory are the batch's business (jixiao/ingest):
only a separate process can be killed or capped.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass

from extract.errors import DraftError

MB = 1024 * 1024
_CHUNK = 4 * MB


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 200 * MB  # the file on disk
    max_pages: int = 500
    max_inflated: int = 512 * MB  # all non-image streams of a PDF, decompressed
    ocr_page_seconds: float | None = 60.0  # wall time of one scanned page (extract/ocr/budget.py)


DEFAULT = Limits()


def _mb(n: int) -> str:
    return f"{n / MB:.0f} MB" if n >= MB else f"{n} bytes"


def check_size(path: str, size: int, limits: Limits = DEFAULT) -> None:
    if size > limits.max_bytes:
        raise DraftError(path, f"file is {_mb(size)}, over the {_mb(limits.max_bytes)} limit", code="too_large")


def check_pages(path: str, pages: int, limits: Limits = DEFAULT) -> None:
    if pages > limits.max_pages:
        raise DraftError(path, f"{pages} pages, over the {limits.max_pages}-page limit", code="too_many_pages")


def check_pdf_streams(path: str, limits: Limits = DEFAULT) -> None:
    """Refuse a PDF whose streams would inflate past ``limits.max_inflated``.

    Anything this pre-pass cannot parse is left to the real reader, which
    reports damage and encryption in its own words.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream

    budget = limits.max_inflated
    try:
        with open(path, "rb") as fh:
            doc = PDFDocument(PDFParser(fh))
            if doc.decipher:  # encrypted bytes do not inflate; the reader says "encrypted"
                return
            seen: set[int] = set()
            for xref in doc.xrefs:
                for objid in xref.get_objids():
                    if objid in seen or _in_object_stream(xref, objid):
                        continue  # objects inside an object stream are never streams themselves
                    seen.add(objid)
                    try:
                        obj = doc.getobj(objid)
                    except Exception:  # noqa: BLE001 - a broken object is the reader's to report
                        continue
                    if isinstance(obj, PDFStream) and not _is_image(obj):
                        budget -= _inflated_size(obj, budget)
                        if budget < 0:
                            raise DraftError(
                                path,
                                f"its compressed streams inflate to more than {_mb(limits.max_inflated)} "
                                "(a decompression bomb?)",
                                code="too_large",
                            )
    except DraftError:
        raise
    except Exception:  # noqa: BLE001 - see the docstring
        return


def _in_object_stream(xref, objid: int) -> bool:
    try:
        strmid, _, _ = xref.get_pos(objid)
    except Exception:  # noqa: BLE001
        return False
    return strmid is not None


def _is_image(stream) -> bool:
    # pdfminer never decodes image data for text extraction, so their size is harmless here.
    subtype = stream.attrs.get("Subtype")
    return getattr(subtype, "name", None) == "Image"


def _inflated_size(stream, cap: int) -> int:
    """Bytes the stream decodes to, counted chunk by chunk and given up past ``cap``."""
    from pdfminer.ascii85 import ascii85decode, asciihexdecode
    from pdfminer.pdftypes import LITERALS_ASCII85_DECODE, LITERALS_ASCIIHEX_DECODE, LITERALS_FLATE_DECODE

    data = stream.rawdata or b""
    for name, _ in stream.get_filters():
        if name in LITERALS_ASCII85_DECODE:
            data = ascii85decode(data)  # text encodings only shrink: cheap to undo
        elif name in LITERALS_ASCIIHEX_DECODE:
            data = asciihexdecode(data)
        elif name in LITERALS_FLATE_DECODE:
            return _count_inflate(data, cap)
        else:
            break
    return len(data)


def _count_inflate(data: bytes, cap: int) -> int:
    inflater = zlib.decompressobj()
    total = 0
    try:
        while True:
            out = inflater.decompress(data, _CHUNK)
            total += len(out)
            if total > cap:
                return total
            data = inflater.unconsumed_tail
            if not data and len(out) < _CHUNK:
                return total
    except zlib.error:
        return total
