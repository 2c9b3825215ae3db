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

from jixiao.extract.errors import DraftError

MB = 1024 * 1024
_CHUNK = 4 * MB


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 200 * MB  # the file on disk
    max_pages: int = 500
    # All non-image streams of a PDF, decompressed. Real drafts need a few MB to a few tens (fonts
    # included); 256 MB refuses the 400 MB bomb that 512 MB let through (a worker at 859 MB).
    max_inflated: int = 256 * MB
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

    try:
        with open(path, "rb") as fh:
            check_document_streams(PDFDocument(PDFParser(fh)), path, limits)
    except DraftError:
        raise
    except Exception:  # noqa: BLE001 - see the docstring
        return


def check_document_streams(doc, path: str, limits: Limits = DEFAULT) -> int | None:
    """``check_pdf_streams`` on a pdfminer ``PDFDocument`` the caller parsed already:
    the reader's own parse (pdfplumber's ``pdf.doc``, or the one the pdfium engine
    reads font descriptors from), so that the file is not parsed twice.

    Returns an upper bound of the bytes the streams inflate to (None where it cannot
    tell).  Most files need no inflating at all: no filter chain can expand past
    its maximum ratio (zlib's is 1032:1), so raw lengths times those ratios bound
    the total, and only a file whose bound passes the limit is inflated chunk by
    chunk to learn the truth.
    """
    try:
        if doc.decipher:  # encrypted bytes do not inflate; the reader says "encrypted"
            return None
        streams = list(pdf_streams(doc))
        bound = _inflated_bound(streams)
        if bound is not None and bound <= limits.max_inflated:
            return bound
        return count_inflated(streams, path, limits.max_inflated)
    except DraftError:
        raise
    except Exception:  # noqa: BLE001 - see check_pdf_streams
        return None


def count_inflated(streams: list, path: str, limit: int) -> int:
    """Inflate ``streams`` (chunk by chunk) and refuse the file past ``limit`` bytes."""
    budget = limit
    for obj in streams:
        budget -= _inflated_size(obj, budget)
        if budget < 0:
            raise DraftError(
                path,
                f"its compressed streams inflate to more than {_mb(limit)} (a decompression bomb?)",
                code="too_large",
            )
    return limit - budget


def pdf_streams(doc):
    """Every non-image stream of the document, each once."""
    from pdfminer.pdftypes import PDFStream

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
                yield obj


def _ratios():
    from pdfminer import pdftypes as t

    # The most one encoded byte can decode to, per filter.
    ratios = {}
    for names, ratio in ((t.LITERALS_FLATE_DECODE, 1032), (t.LITERALS_LZW_DECODE, 4096),
                         (t.LITERALS_ASCII85_DECODE, 0.8), (t.LITERALS_ASCIIHEX_DECODE, 0.5),
                         (t.LITERALS_RUNLENGTH_DECODE, 128)):
        for name in names:
            ratios[name] = ratio
    return ratios


def _inflated_bound(streams: list) -> int | None:
    """Raw lengths times the filters' maximum ratios; None for a filter without one."""
    ratios = _ratios()
    total = 0.0
    for obj in streams:
        size = float(len(obj.rawdata or b""))
        for name, _ in obj.get_filters():
            ratio = ratios.get(name)
            if ratio is None:
                return None
            size *= ratio
        total += size
    return int(total) + 1


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
