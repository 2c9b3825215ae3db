"""Is the text layer usable?  Report damage instead of extracting garbage.

Three ways a PDF hides its text: glyphs with no Unicode mapping (pdfminer shows
``(cid:123)``), glyphs mapped into the Private Use Area or to U+FFFD (mojibake),
and pages that are only a picture (a scan).  None of them can be fixed from
the text layer: the reader sends such pages to OCR (extract/ocr/) when it may,
and this report says which pages are still affected.
"""
from __future__ import annotations

import re

from jixiao.extract.errors import DraftError

_CID = re.compile(r"^\(cid:\d+\)$")
# Share of a page's glyphs that must be damaged before the page counts as unreadable.
DAMAGED_PAGE = 0.3


# Accented Latin letters (ï ð ñ ò …) and C1 controls: what a font's codes above 127 read as
# when its map to Unicode is gone and the standard encoding is assumed. No draft of this
# genre prints them (×, ·, °, ± and ² are symbols, outside this range or let through).
_LATIN_GARBAGE = re.compile(r"[\u0080-\u009f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
# A page of Chinese text in which fewer than this share of the characters are common ones
# (GB2312's first level, Big5's frequent characters: 0.94 and up on every real page met) is
# a text layer whose map sends each glyph to the wrong character (plausible-looking,
# rare ones: 3136幵郩闩 for 2025年部门).
COMMON_SHARE = 0.75
MIN_HAN = 40  # Chinese characters on a page before their commonness is judged


def _bad_glyph(t: str) -> bool:
    if _CID.match(t):
        return True
    return any(
        "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd" or (ch < " " and ch not in "\t\n\r")
        for ch in t
    ) or bool(_LATIN_GARBAGE.search(t))


def _common(ch: str) -> bool:
    try:
        b = ch.encode("gb2312")
        if 0xB0 <= b[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E


def wrongly_mapped(chars: list[dict]) -> bool:
    """Chinese text made mostly of rare characters: a ToUnicode map that lies."""
    han = [c["text"] for c in chars if len(c["text"]) == 1 and "\u4e00" <= c["text"] <= "\u9fff"]
    return len(han) >= MIN_HAN and sum(map(_common, han)) < COMMON_SHARE * len(han)


def page_damage(chars: list[dict]) -> tuple[int, int, bool]:
    """(glyphs, damaged glyphs, any (cid:) among them) for one page."""
    total = bad = 0
    cid = False
    for c in chars:
        t = c["text"]
        if t.isspace():
            continue
        total += 1
        if _bad_glyph(t):
            bad += 1
            cid = cid or t.startswith("(cid:")
    return total, bad, cid


def _pages(nums: list[int]) -> str:
    return ("page " if len(nums) == 1 else "pages ") + ", ".join(map(str, nums))


class TextLayerReport:
    """Collects per-page facts while the reader walks the pages once."""

    def __init__(self, path: str):
        self.path = path
        self.scanned: list[int] = []  # pictures and no text
        self.damaged: list[int] = []  # mostly unreadable glyphs
        self.some_bad: list[int] = []  # a few unreadable glyphs
        self.cid = False
        self.wrong_map = False
        self.text_pages = 0
        self.glyphs = 0
        self.bad_glyphs = 0

    def add_page(self, number: int, chars: list[dict], has_images: bool) -> bool:
        """Record one page; return False when its text should not be used. ``has_images``: the
        page is a picture (an image, or text drawn as outlines) that OCR could read."""
        total, bad, cid = page_damage(chars)
        if total and wrongly_mapped(chars):
            bad, self.wrong_map = total, True
        if total == 0:
            if has_images:
                self.scanned.append(number)
            return False
        self.text_pages += 1
        self.glyphs += total
        self.bad_glyphs += bad
        self.cid = self.cid or cid
        if bad > DAMAGED_PAGE * total:
            self.damaged.append(number)
            return False
        if bad:
            self.some_bad.append(number)
        return True

    def unusable(self, number: int) -> bool:
        """A page recorded as a scan or as unreadable text: one for OCR."""
        return number in self.scanned[-1:] or number in self.damaged[-1:]

    def verdict(self, recovered: set[int] = frozenset(), ocr: str = "never") -> list[str]:
        """Raise when the draft cannot be read; otherwise return warnings.

        ``recovered``: pages read by OCR instead, which no longer count against it.
        """
        from jixiao.extract.ocr import INSTALL_HINT

        kind = ("(cid:NNN) glyphs" if self.cid else "glyphs mapped to the wrong characters" if self.wrong_map
                else "unmapped or private-use glyphs")
        scanned = [n for n in self.scanned if n not in recovered]
        damaged = [n for n in self.damaged if n not in recovered]
        why = "OCR is off (--ocr never)" if ocr == "never" else f"OCR needs the ocr extra: {INSTALL_HINT}"
        if recovered:
            if not scanned and not damaged:
                return self._some_bad(kind)
        elif self.text_pages == 0 and scanned:
            if len(scanned) == 1:
                reason = f"page {scanned[0]} has no text layer (scanned PDF); {why}"
            else:
                reason = f"{_pages(scanned)} have no text layer (scanned PDF); {why}"
            raise DraftError(self.path, reason, code="scanned")
        elif self.text_pages == 0:
            raise DraftError(self.path, "no text on any page", code="empty")
        if not recovered and damaged and (len(damaged) * 2 >= self.text_pages or self.bad_glyphs * 2 >= self.glyphs):
            raise DraftError(self.path, f"{_pages(damaged)}: text layer is unreadable ({kind})", code="bad_text_layer")
        warnings = []
        if scanned:
            warnings.append(f"{_pages(scanned)}: no text layer (scanned page); skipped, {why}")
        if damaged:
            warnings.append(f"{_pages(damaged)}: text layer is unreadable ({kind}); skipped")
        return warnings + self._some_bad(kind)

    def _some_bad(self, kind: str) -> list[str]:
        warnings = []
        if self.some_bad:
            warnings.append(f"{_pages(self.some_bad)}: some glyphs have no readable text ({kind})")
        return warnings
