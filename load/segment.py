"""Chinese text to search terms, the same way for the index and for queries.

Every indexed text yields two streams:

- ``words``: jieba's ``cut_for_search`` tokens (``群众满意度`` → 群众 满意 满意度), so whole
  words rank high and Datasette's plain ``_search`` finds what jieba calls a word;
- ``grams``: every pair of adjacent CJK characters (群众 众满 满意 意度), so *any*
  substring of two or more characters is found as a phrase of consecutive bigrams,
  whatever jieba made of the sentence.

Tokens are runs of letters and digits after NFKC and lower-casing, joined by spaces:
SQLite's ``ascii`` tokenizer splits the streams at the spaces only (load.fts.TOKENIZER)
and PostgreSQL is fed the same tokens, so both index the same terms, byte for byte.

Both backends get the same bounded terms, so a draft loads on both or on neither:
a token longer than ``MAX_TOKEN_CHARS`` is indexed as a hash of itself (PostgreSQL
refuses lexemes over 2,046 bytes; the query hashes the same word the same way, so
the word is still found), and only the first ``MAX_INDEXED_CHARS`` of a row's text
are indexed (PostgreSQL counts positions only to 16,383 and a tsvector stops at
1 MB); the text itself is stored whole. A query is at most ``MAX_QUERY_CHARS``.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TOKEN = re.compile(r"[^\W_]+")
CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
# Ends a CJK run in the grams stream, so a phrase never spans two runs
# (「A，B」 must not match the query AB). A letter no query bigram can contain.
RUN_BREAK = "ǂ"

MAX_TOKEN_CHARS = 100
MAX_INDEXED_CHARS = 16_000
MAX_QUERY_CHARS = 500
MAX_POSITIONS = 16_000  # words and grams of one row together; PostgreSQL counts to 16,383
# Starts a hashed token: a letter (so it stays part of the token) no word begins with.
HASHED = "ǁ"
_CACHED_CHARS = 400  # longer texts are rare and would crowd the cache: segment them uncached


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    from jixiao.load import jieba_whole

    if not jieba.dt.initialized:
        jieba_whole.load(jieba.dt)  # jieba.initialize(), from a faster cache
    return jieba


def warm_up() -> None:
    """Load jieba's dictionary now rather than inside the first timed write."""
    _jieba()


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def words(text: str) -> list[str]:
    """jieba's search segmentation, reduced to letter/digit tokens."""
    return list(_words(text) if len(text) <= _CACHED_CHARS else _words.__wrapped__(text))


def capped(token: str) -> str:
    """A token short enough for every backend's index: over-long ones become their hash."""
    if len(token) <= MAX_TOKEN_CHARS:
        return token
    return HASHED + hashlib.blake2b(token.encode("utf-8"), digest_size=16).hexdigest()


# Drafts repeat their texts (level names, 群众满意度, 工作计划) across projects and
# departments; segmenting each distinct text once takes most of the writer's
# indexing time off it.
@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for piece in _jieba().cut_for_search(normalize(text)):
        out.extend(capped(token) for token in TOKEN.findall(piece))
    return tuple(out)


@lru_cache(maxsize=65536)
def _terms(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _words(text), tuple(grams(text))


def grams(text: str) -> list[str]:
    """Adjacent-character pairs of every CJK run (a lone character stands for itself)."""
    out: list[str] = []
    for run in CJK_RUN.findall(normalize(text)):
        out.extend(run[i:i + 2] for i in range(max(len(run) - 1, 1)))
        out.append(RUN_BREAK)
    return out


@dataclass(frozen=True)
class Terms:
    """A text's two token streams, in order (positions matter for phrases)."""

    words: list[str]
    grams: list[str]


def index_terms(*texts: str | None) -> Terms:
    present = [t for t in texts if t]
    if sum(map(len, present)) <= MAX_INDEXED_CHARS:
        # The common case, from the cache: a draft's rows repeat the same texts
        # (level names, 群众满意度, "≥90%") across projects, drafts and departments.
        streams = [_terms(t) if len(t) <= _CACHED_CHARS else (words(t), grams(t)) for t in present]
        terms = Terms(words=[w for s in streams for w in s[0]], grams=[g for s in streams for g in s[1]])
        if len(terms.words) + len(terms.grams) <= MAX_POSITIONS:
            return terms
    room = MAX_INDEXED_CHARS
    while True:
        parts, left = [], room
        for text in texts:
            if text and left > 0:
                parts.append(text[:left])  # a very long text is indexed by its beginning
                left -= len(parts[-1])
        terms = Terms(words=[w for t in parts for w in words(t)], grams=[g for t in parts for g in grams(t)])
        positions = len(terms.words) + len(terms.grams)
        if positions <= MAX_POSITIONS:
            return terms
        # PostgreSQL numbers positions only up to 16,383: a phrase further on would match on
        # SQLite and not there. Index less text, so that both backends see every position.
        room = int(sum(len(t) for t in parts) * MAX_POSITIONS / positions * 0.95)


# --- queries ---------------------------------------------------------------------


@dataclass(frozen=True)
class Clause:
    """One piece of a query; a document must satisfy every clause.

    ``phrase``: bigrams that must appear consecutively (a CJK run of ≥ 2 characters);
    ``prefix``: a single CJK character, found as the start of a bigram (or as a word);
    ``words``: jieba's words for the same piece: with a phrase they only raise the
    score of rows that have all of them; for a non-CJK token, the word that must match.
    """

    words: tuple[str, ...]
    phrase: tuple[str, ...] = ()
    prefix: str | None = None


def query_clauses(query: str) -> list[Clause]:
    if len(query) > MAX_QUERY_CHARS:
        from jixiao.extract.errors import UserError

        raise UserError(f"the search text is {len(query):,} characters; at most {MAX_QUERY_CHARS} are searched")
    clauses: list[Clause] = []
    for token in TOKEN.findall(normalize(query)):
        position = 0
        for run in CJK_RUN.finditer(token):
            if run.start() > position:
                clauses.append(Clause(words=(capped(token[position:run.start()]),)))
            clauses.append(_cjk_clause(run.group()))
            position = run.end()
        if position < len(token):
            clauses.append(Clause(words=(capped(token[position:]),)))
    return clauses


def _cjk_clause(run: str) -> Clause:
    if len(run) == 1:
        return Clause(words=(run,), prefix=run)
    # Two characters are one word whatever jieba says. Longer runs are cut by a jieba
    # that looks words up on disk (load.query_jieba): loading its whole dictionary
    # (about a second) would be most of a search from the command line.
    from jixiao.load.query_jieba import tokenizer

    segmented = (run,) if len(run) == 2 else tuple(
        dict.fromkeys(capped(w) for piece in tokenizer().cut(run) for w in TOKEN.findall(piece)))
    return Clause(words=segmented, phrase=tuple(run[i:i + 2] for i in range(len(run) - 1)))
