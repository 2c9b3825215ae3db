"""OLE2 compound files (the container of .doc, .xls, .wps, .et and of
password-protected .docx/.xlsx): which streams they hold.

The stream names tell the kind, whatever the file is called: ``WordDocument``
(Word and WPS Writer), ``Workbook``/``Book`` (Excel and WPS Spreadsheets),
``EncryptionInfo`` + ``EncryptedPackage`` (an OOXML file under a password).
xlrd's compound-document reader (already here for .xls) lists them.
"""
from __future__ import annotations

import io
import struct

from jixiao.extract.errors import DraftError

from jixiao.extract.office import OLE_MAGIC as MAGIC  # noqa: E402  (one definition)


def _open(data: bytes, path: str):
    from xlrd import compdoc

    try:
        return compdoc.CompDoc(data, logfile=io.StringIO())
    except (compdoc.CompDocError, IndexError, ValueError, struct.error, MemoryError, RecursionError, AssertionError):
        raise DraftError(path, "damaged Word/Excel file (its OLE2 container cannot be read)", code="damaged") from None


def kind(data: bytes, path: str) -> str:
    """'doc', 'xls', 'encrypted', or raises a DraftError naming what it is instead."""
    doc = _open(data, path)
    names = {(d.name or "").lower() for d in doc.dirlist}
    if "encryptioninfo" in names or "encryptedpackage" in names:
        return "encrypted"
    if "worddocument" in names:
        if _word_encrypted(doc):
            return "encrypted"
        return "doc"
    if "workbook" in names or "book" in names:
        return "xls"
    if "powerpoint document" in names:
        raise DraftError(path, "a PowerPoint file, not a draft", code="unknown_format")
    raise DraftError(path, "an OLE2 compound file that is neither a Word nor an Excel document", code="unknown_format")


def _word_encrypted(doc) -> bool:
    # FibBase: the flags word at offset 10 carries fEncrypted (0x0100).
    try:
        stream = doc.get_named_stream("WordDocument")
    except Exception:  # noqa: BLE001 - an unreadable stream is LibreOffice's to report
        return False
    if not stream or len(stream) < 12:
        return False
    (flags,) = struct.unpack_from("<H", stream, 10)
    return bool(flags & 0x0100)
