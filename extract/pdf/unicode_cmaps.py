"""Fonts whose character codes are Unicode (UniGB-UCS2-H …): codes pdfminer's CMap copy lacks.

A CJK font a PDF only names (reportlab's STSong-Light, many report servers' output)
encodes its text in UCS-2 or UTF-16 through a predefined CMap, UniGB-UCS2-H for
Simplified Chinese. pdfminer's copy of that CMap has no entry for a few codes
Adobe's has, U+00B7 (the middle dot of 元/人·月, of 阿依古丽·买提) among them, and
pdfminer drops an unmapped code: glyph and advance, so 人·月 reads 人月 and the
characters after it move left. The code is the character, and the collection's
own CID → Unicode table says which CID draws it (U+00B7 is Adobe-GB1 CID 99): the
missing code is read through that.

``install()`` wraps pdfminer's ``CMapDB.get_cmap`` once per process for these
CMaps only; every other CMap, and every code the CMap has, is read as before.
"""
from __future__ import annotations

import regex

# UniGB-UCS2-H, UniCNS-UTF16-V, UniJIS-UCS2-HW-H …: the collection after "Uni".
_UNICODE_CMAP = regex.compile(r"^Uni(GB|CNS|JIS|KS)-(UCS2|UTF16)-")
_COLLECTION = {"GB": "Adobe-GB1", "CNS": "Adobe-CNS1", "JIS": "Adobe-Japan1", "KS": "Adobe-Korea1"}
_installed = False


class _Completed:
    """A Unicode CMap that reads a code it lacks as the CID drawing that character."""

    def __init__(self, cmap, collection: str, utf16: bool):
        self._cmap = cmap
        self._collection = collection
        self._utf16 = utf16
        self._by_char: dict[str, int] | None = None

    def __getattr__(self, name):  # is_vertical, attrs, … as the CMap has them
        return getattr(self._cmap, name)

    def _cid_of(self, char: str) -> int | None:
        if self._by_char is None:
            from pdfminer.cmapdb import CMapDB

            by_char: dict[str, int] = {}
            try:
                table = CMapDB.get_unicode_map(self._collection, self._cmap.is_vertical()).cid2unichr
            except Exception:  # noqa: BLE001 - no table for the collection: nothing to complete with
                table = {}
            for cid, ch in table.items():
                by_char.setdefault(ch, cid)
            self._by_char = by_char
        return self._by_char.get(char)

    def decode(self, code: bytes):
        k = 0
        while k + 1 < len(code):
            width = 4 if self._utf16 and 0xD8 <= code[k] <= 0xDB and k + 3 < len(code) else 2
            unit = code[k:k + width]
            k += width
            found = list(self._cmap.decode(unit))
            if found:
                yield from found
                continue
            cid = self._cid_of(unit.decode("utf-16-be", errors="ignore"))
            if cid is not None:
                yield cid


def install() -> None:
    """Complete pdfminer's Unicode CMaps (idempotent)."""
    global _installed
    if _installed:
        return
    from pdfminer.cmapdb import CMapDB

    plain = CMapDB.get_cmap.__func__
    completed: dict[str, _Completed] = {}

    def get_cmap(cls, name: str):
        cmap = plain(cls, name)
        m = _UNICODE_CMAP.match(name or "")
        if m is None:
            return cmap
        if name not in completed:
            completed[name] = _Completed(cmap, _COLLECTION[m.group(1)], m.group(2) == "UTF16")
        return completed[name]

    CMapDB.get_cmap = classmethod(get_cmap)
    _installed = True
