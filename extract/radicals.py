"""Radicals that stand for whole characters, folded back into them (部⻔ → 部门).

Some PDF producers (Chromium's print to PDF, Skia) map a CJK font's glyph to the
Kangxi radical or the CJK Radicals Supplement code point that shares it, not to the
unified ideograph: on screen 部⻔ is 部门, in the text layer it is not, and neither
search nor the level names match it.  Text copied from such a PDF carries the same
code points into Word or a web page.  No draft writes a radical on purpose, so every
reader's text is folded here: the Kangxi radicals by NFKC (each has a decomposition
to its ideograph), the supplement's simplified forms by the table below (they have
none; their ideographs follow Unicode's EquivalentUnifiedIdeograph.txt).
"""
from __future__ import annotations

import re
import unicodedata


_SUPPLEMENT = {
    0x2E9F: "母", 0x2EA0: "民", 0x2EAE: "竹", 0x2EB7: "羊", 0x2EBB: "聿", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角",
    0x2EC8: "讠", 0x2EC9: "贝", 0x2ECB: "车", 0x2ED1: "長", 0x2ED3: "长", 0x2ED4: "门", 0x2ED7: "雨", 0x2ED8: "青",
    0x2EDA: "页", 0x2EDB: "风", 0x2EDC: "飞", 0x2EDD: "食", 0x2EE0: "饣", 0x2EE2: "马", 0x2EE3: "骨", 0x2EE4: "鬼",
    0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE7: "卤", 0x2EE8: "麦", 0x2EE9: "黄", 0x2EEA: "黾", 0x2EEC: "齐", 0x2EEE: "齿",
    0x2EF0: "龙", 0x2EF3: "龟",
}
_KANGXI = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
TABLE = {**_KANGXI, **_SUPPLEMENT}


_RADICAL = re.compile("[\u2e80-\u2fdf]")


def _has_radical(text: str) -> bool:
    return _RADICAL.search(text) is not None  # one C-level scan: every cell of every draft comes here


def fold(text: str) -> str:
    return text.translate(TABLE) if _has_radical(text) else text
