"""The minority-language half of a bilingual form, left out (ᠲᠥᠰᠥᠯ ᠦᠨ ᠨᠡᠷ᠎ᠡ 项目名称 → 项目名称).

Departments in Inner Mongolia, Xinjiang, Tibet, Yanbian, Liangshan or Xishuangbanna
print every label of the form, and often the title and names, in the region's script as
well as in Chinese: a line above the Chinese, a paragraph in the same cell, or words
beside it on one line. The record is the Chinese form (what the contract's keys and the
level framework name), so every reader's text loses these scripts here, before the
interpreter reads labels: traditional Mongolian, Tibetan, the Arabic script of Uyghur
and Kazakh, Hangul, Yi, Tai Le and New Tai Lue. A line or paragraph that held such a
script and keeps no Chinese character once it is gone (the Mongolian title line, with
only its year left) goes as a whole. Zhuang and other Latin-script languages cannot be
told from English or codes, and are left as they are.
"""
from __future__ import annotations

import re


_SCRIPTS = (
    "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"  # Arabic script (Uyghur, Kazakh)
    "\u0f00-\u0fff"                                                      # Tibetan
    "\u1800-\u18af\U00011660-\U0001167f"                                 # Mongolian (with its supplement)
    "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff"               # Hangul
    "\ua000-\ua4cf"                                                      # Yi
    "\u1950-\u19df"                                                      # Tai Le, New Tai Lue
)
_MARKS = "\u200b-\u200f\u202a-\u202f\u2060\u061c"  # Mongolian's narrow no-break space, joiners, direction marks
# A run of those words: from a letter to a letter, with the spaces, marks, digits and brackets
# between (بىرلىك: 10 مىڭ يۈەن, "unit: 10 thousand yuan"), digits that begin its first word
# (1급지표, 1-دەرىجىلىك), a bracket it opened, and the colon after it when it is a label (단위: 만원).
_RUN = re.compile(f"\\s*(?:(?<!\\S)[0-9]+[-‐]?(?=[{_SCRIPTS}]))?[{_SCRIPTS}]"
                  f"(?:[{_SCRIPTS}{_MARKS}\\s\\d.,:：()（）-]*[{_SCRIPTS}])?[{_MARKS}]*[:：]?\\s*")
# What a run leaves behind: a bracket it closed, an emptied pair.
_LEFT = re.compile(r"^\s*[)）]|[(（]\s*[)）]")
_ANY = re.compile(f"[{_SCRIPTS}]")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def has_other_script(text: str) -> bool:
    return _ANY.search(text) is not None  # one C-level scan: every cell of every draft comes here


def strip(text: str) -> str:
    """``text`` without the other scripts' words; a line left with no Chinese goes whole."""
    if not has_other_script(text):
        return text
    kept = []
    for line in text.split("\n"):
        if not has_other_script(line):
            kept.append(line)
            continue
        # Where the words stood between two fields, a wide gap still parts them (部门名称：X 부문번호
        # 部门编码：Y keeps its two fields); at either end of the line nothing is left.
        rest = _LEFT.sub("", _RUN.sub("  ", line).strip()).strip()
        if _HAN.search(rest):
            kept.append(rest)
    return "\n".join(kept)
