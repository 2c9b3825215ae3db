"""Refuse hostile Word/Excel containers before a parser touches them.

A .docx/.xlsx is a zip of XML parts.  Two tricks cost a reader minutes or
gigabytes: a zip bomb (a small member that inflates to gigabytes) and XML
entity tricks (a DTD whose entities expand a billion times, or pull in a local
file).  Both are refused here, from cheap evidence:

* the zip's central directory states every member's inflated size, and
  ``zipfile`` never inflates past the stated size, so the sum and the ratios
  are checked before anything is read;
* OOXML parts never carry a DTD, so a part whose prolog declares one is
  refused outright (the readers also parse with entity
  resolution off: this is the belt to their braces).
"""
from __future__ import annotations

import io
import zipfile

from jixiao.extract.errors import DraftError
from jixiao.extract.limits import DEFAULT, Limits, _mb

MB = 1024 * 1024
MAX_MEMBERS = 20_000
# Real XML parts compress 5-30x; a large member that claims more than this is a bomb.
MAX_RATIO = 200
RATIO_FLOOR = 8 * MB  # below this size a high ratio costs nothing
_PROLOG_LIMIT = 64 * 1024
# A table or sheet laid out on more slots than this is refused: a draft has at most a
# few thousand rows of a dozen columns, and a hostile file can declare a merge or a
# span over millions of empty cells in a few bytes.
MAX_GRID_SLOTS = 1_000_000


class GridTooLarge(Exception):
    """A table or sheet whose grid would exceed MAX_GRID_SLOTS; the reader names the file."""


def open_zip(data: bytes, path: str, limits: Limits = DEFAULT) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        members = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise DraftError(path, "damaged Word/Excel file (its zip container cannot be read)", code="damaged") from None
    if len(members) > MAX_MEMBERS:
        raise DraftError(path, f"its zip container holds {len(members)} members, over the {MAX_MEMBERS} limit", code="too_large")
    if any(m.flag_bits & 0x1 for m in members):
        raise DraftError(path, "encrypted zip container; remove the password first", code="encrypted")
    total = sum(m.file_size for m in members)
    if total > limits.max_inflated:
        raise DraftError(path, f"its parts inflate to {_mb(total)}, over the {_mb(limits.max_inflated)} limit "
                               "(a decompression bomb?)", code="too_large")
    for m in members:
        if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise DraftError(path, f"its part {m.filename} inflates {m.file_size // max(m.compress_size, 1)}-fold "
                                   "(a decompression bomb?)", code="too_large")
    return zf


def check_xml_parts(zf: zipfile.ZipFile, path: str) -> None:
    """Refuse any XML part whose prolog declares a DTD or entities."""
    for m in zf.infolist():
        name = m.filename.lower()
        if name.endswith((".xml", ".rels", ".vml")) and m.file_size:
            if _declares_dtd(_prolog(zf, m)):
                raise DraftError(path, f"its XML part {m.filename} declares a DTD or entities, which Word and Excel "
                                       "never write (an entity-expansion or external-entity attack?)", code="hostile")


def _prolog(zf: zipfile.ZipFile, member: zipfile.ZipInfo) -> str:
    """The text before the root element, read in small chunks."""
    try:
        with zf.open(member) as fh:
            head = fh.read(4096)
            text = _decode(head)
            # A DTD comes before the root element: read on only while still in the prolog.
            while _in_prolog(text) and len(head) < _PROLOG_LIMIT:
                more = fh.read(4096)
                if not more:
                    break
                head += more
                text = _decode(head)
            return text
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
        return ""  # a damaged member is the reader's to report


def _decode(head: bytes) -> str:
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        encoding = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-16-le" if head[:1] == b"<" else "utf-16-be")
        return head[: len(head) // 2 * 2].decode(encoding, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def _in_prolog(text: str) -> bool:
    """True while no root element has started (only <?..?>, comments and DOCTYPE so far)."""
    i = 0
    while True:
        j = text.find("<", i)
        if j < 0:
            return True
        if text.startswith("<?", j) or text.startswith("<!", j):
            end = text.find(">", j)
            if end < 0:
                return True
            i = end + 1
            continue
        return False


def _declares_dtd(prolog: str) -> bool:
    upper = prolog.upper()
    return "<!DOCTYPE" in upper or "<!ENTITY" in upper
