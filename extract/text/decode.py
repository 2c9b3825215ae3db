"""Bytes of a text rendering to str, whatever encoding the producer chose.

Drafts come as UTF-8 (with or without BOM), UTF-16 (Windows "Unicode" exports)
or GBK/GB18030 (older Chinese Windows tools).  BOMs are decisive; otherwise
strict UTF-8, then strict GB18030, then each line by itself (UTF-8 with GBK lines
pasted in), and charset-normalizer only as a last guess, because its statistics
misjudge short Chinese texts.
"""
from __future__ import annotations

import codecs

from jixiao.extract.errors import DraftError

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def _texty(text: str) -> float:
    """Share of characters that plausibly belong to a Chinese document."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r\f")
    return good / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    # UTF-16 without a BOM (some Windows exports): ASCII-heavy text has a NUL in
    # every other byte, Chinese-heavy text has few; either way one byte order
    # decodes to printable text and the other to noise.
    if b"\x00" not in data[:8000] or len(data) % 2:
        return None
    sample = data[:8000]
    best, score = None, 0.0
    for name in ("utf-16-le", "utf-16-be"):
        try:
            ratio = _texty(sample.decode(name))
        except UnicodeDecodeError:
            continue
        if ratio > score:
            best, score = name, ratio
    return best if score > 0.97 else None


def _lines_of_two_encodings(data: bytes) -> str | None:
    """UTF-8 text with lines pasted in from a GBK one (a capture's editor kept each paste's
    bytes): every line strict UTF-8 or, failing that, strict GB18030; None if a line is neither."""
    lines = []
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("gb18030"))
            except UnicodeDecodeError:
                return None
    return "\n".join(lines)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name).  Raises DraftError for undecodable bytes."""
    if not data.strip():
        raise DraftError(path, "empty file", code="empty")
    if not data.strip(b"\x00 \t\r\n"):
        # A download manager reserves the file's length before writing: a transfer that never
        # ran leaves it all zeros.
        raise DraftError(path, "empty file (nothing but NUL bytes: a download that never finished?)", code="empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as err:
                raise DraftError(path, f"undecodable text: bad {name} at byte {err.start}", code="undecodable") from None
    guess = _utf16_without_bom(data)
    if guess:
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8000]:
        raise DraftError(path, "not a text or PDF file (binary content)", code="unknown_format")
    for name in ("utf-8", "gb18030"):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    mixed = _lines_of_two_encodings(data)
    if mixed is not None:
        return mixed, "utf-8+gb18030"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DraftError(path, "undecodable text (not UTF-8, UTF-16 or GB18030)", code="undecodable")
    return str(best), best.encoding
