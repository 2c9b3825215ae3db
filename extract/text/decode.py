"""Bytes of a text rendering to str, whatever encoding the producer chose.

Drafts come as UTF-8 (with or without BOM), UTF-16 (Windows "Unicode" exports)
or GBK/GB18030 (older Chinese Windows tools).  BOMs are decisive; otherwise
strict UTF-8, then strict GB18030, and charset-normalizer only as a last guess,
because its statistics misjudge short Chinese texts.
"""
from __future__ import annotations

import codecs

from extract.errors import DraftError

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def _utf16_without_bom(data: bytes) -> str | None:
    # ASCII-heavy UTF-16 has a NUL in every other byte; Chinese-heavy UTF-16
    # shows up as an even-length blob that decodes without surrogate errors.
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name).  Raises DraftError for undecodable bytes."""
    if not data.strip():
        raise DraftError(path, "empty file", code="empty")
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
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DraftError(path, "undecodable text (not UTF-8, UTF-16 or GB18030)", code="undecodable")
    return str(best), best.encoding
