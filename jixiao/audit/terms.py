"""Words of a text for the relevance rules: jieba's words, stop words out, synonyms folded."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from jixiao.extract.errors import UserError
from jixiao.normalize import lazy_regex

DEFAULT_WORDS = Path(__file__).with_name("words.toml")
_HAN = lazy_regex.compile(r"\p{Han}")


@dataclass(frozen=True)
class Vocabulary:
    stopwords: frozenset[str]
    canonical: dict[str, str]  # word -> the first word of its synonym group

    def terms(self, *texts: str | None) -> set[str]:
        out: set[str] = set()
        for text in texts:
            if text:
                out.update(self._terms(text))
        return out

    def _terms(self, text: str) -> set[str]:
        from jixiao.load.segment import words  # jieba, the same segmentation as the search index

        out = set()
        for word in words(text):
            # One character (人, 率, 和) or a bare number says nothing about a project.
            if len(word) < 2 or not _HAN.search(word) or word in self.stopwords:
                continue
            out.add(self.canonical.get(word, word))
        return out


def load_vocabulary(path: str | None = None) -> Vocabulary:
    source = Path(path) if path else DEFAULT_WORDS
    try:
        return _load(str(source), source.stat().st_mtime_ns)
    except FileNotFoundError:
        raise UserError(f"{source}: no such words file") from None


@lru_cache(maxsize=8)
def _load(path: str, _mtime: int) -> Vocabulary:
    """Read once per version of the file (the mtime is part of the cache key)."""
    source = Path(path)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"{source}: no such words file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise UserError(f"{source}: cannot read the words file: {err}") from None
    stop, groups = data.get("stopwords", []), data.get("synonyms", [])
    if not isinstance(stop, list) or not isinstance(groups, list) or not all(isinstance(g, list) and g for g in groups):
        raise UserError(f"{source}: expected `stopwords = [...]` and `synonyms = [[...], ...]`")
    canonical = {str(word): str(group[0]) for group in groups for word in group}
    return Vocabulary(stopwords=frozenset(map(str, stop)), canonical=canonical)
