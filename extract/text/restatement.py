"""Where one row's explanation ends and the next row's name begins.

In a glued capture whose 指标解释 column follows the values, the text between
two rows' values is ``<explanation of row 1><name of row 2>`` with nothing
between them (``完成11位新教师的培养任务培养世国家集训队赛选手``).  An
explanation restates its own indicator: it shares words with its row's name,
and the next name shares words with the explanation printed after it.  The cut
is where those two overlaps together are largest, a name opening like its
explanation counting one more.
A sentence end (。；) is taken first when there is one.
"""
from __future__ import annotations

import regex

from jixiao.normalize import lazy_regex

_SENTENCE_END = lazy_regex.compile(r"[。；;]")
_MIN_NAME = 2
_SHORT_NAME = 4


def _bigrams(text: str) -> set[str]:
    han = _clean(text)
    return {han[k:k + 2] for k in range(len(han) - 1)}


def _clean(text: str) -> str:
    return regex.sub(r"[^\p{Han}\w]", "", text)


def _running(text: str, words: set[str]) -> list[int]:
    """For each k, how many of ``words`` occur in text[:k] (one pass)."""
    seen: set[str] = set()
    out = [0] * (len(text) + 1)
    for k in range(1, len(text) + 1):
        pair = _clean(text[max(0, k - 2):k])
        if len(pair) == 2 and pair in words:
            seen.add(pair)
        out[k] = len(seen)
    return out


def _long_enough(name: str) -> bool:
    return len(_clean(name)) >= _SHORT_NAME


def cut(text: str, before_name: str, after_text: str) -> int:
    """Index in ``text`` where the next row's name starts (len(text) if none)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= len(text) - _MIN_NAME]
    if ends:
        return ends[-1]
    mine, theirs = _bigrams(before_name), _bigrams(after_text)
    if not theirs and not mine:
        return len(text)
    head = _running(text, mine)
    # Bigrams of text[k:] counted from the right: the same pass on the reversed text.
    tail_rev = _running(text[::-1], {w[::-1] for w in theirs})
    best, tied = -1, [len(text)]
    for k in range(1, len(text) - _MIN_NAME + 1):
        score = head[k] + tail_rev[len(text) - k]
        # A name and its explanation often open with the same verb (培养… / 培养更多…),
        # unless the name would be too short to be one (快检 of 农贸市场快检).
        if after_text and text[k:k + 2] == after_text[:2] and _long_enough(text[k:]):
            score += 1
        if score > best:
            best, tied = score, [k]
        elif score == best:
            tied.append(k)
    # Ties: the name starts where its own words start (the latest cut:
    # 两期|森林火灾受害率), unless that leaves a stub: a name opens with its
    # qualifiers (电梯定期|检验率), so it then starts where the explanation's
    # words stop.  With nothing printed after it, there too.
    at = tied[-1] if theirs and _long_enough(text[tied[-1]:]) else tied[0]
    return at if best > 0 else 0
