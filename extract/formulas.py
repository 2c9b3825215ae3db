"""Values a converter wrote as inline formulas, read back as printed (`$\\geq 95 \\%$` → ≥95%).

MinerU's OCR of a scanned page recognises ≥, ≤ and % beside a number as mathematics
and writes a LaTeX formula into its Markdown or HTML table; the draft printed the
plain value. Only a short formula made of numbers and the few commands a target holds
is rewritten: anything else between dollar signs is left as written.
"""
from __future__ import annotations

import re

_COMMANDS = {
    r"\geqslant": "≥", r"\leqslant": "≤", r"\geq": "≥", r"\leq": "≤", r"\ge": "≥", r"\le": "≤",
    r"\%": "%", r"\times": "×", r"\pm": "±", r"\sim": "~", r"\cdot": "·", r"\permil": "‰",
    r"\circ": "°", r"\,": "", r"\;": "", r"\ ": "", r"\text": "", r"\mathrm": "",
}
_COMMAND = re.compile("|".join(re.escape(c) for c in sorted(_COMMANDS, key=len, reverse=True)))
# $ … $ holding a number and such commands only (letters only inside a command).
_FORMULA = re.compile(r"\$\s*((?:\\[A-Za-z]+|\\[%,; ]|[-+0-9.,{}^<>=~ ])+)\s*\$")


def plain(text: str) -> str:
    if "$" not in text:
        return text
    return _FORMULA.sub(_plain_formula, text)


def _plain_formula(m: re.Match) -> str:
    inner = m.group(1)
    rest = _COMMAND.sub("", inner)
    if "\\" in rest or not any(ch.isdigit() for ch in inner):
        return m.group(0)  # a command we do not know, or no number: not a value
    out = _COMMAND.sub(lambda c: _COMMANDS[c.group()], inner)
    return re.sub(r"[{}\s^]", "", out)
