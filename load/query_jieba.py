"""jieba for queries: the same segmentation, without loading the whole dictionary.

Segmenting a text, jieba looks up each of its substrings (up to the longest word)
in a prefix dictionary of ~580,000 entries that it first loads whole: about a second,
most of a ``jixiao search`` from the command line, for a query that needs a few
dozen look-ups. Here the dictionary is a SQLite file (jieba's own entries, unchanged)
read one look-up at a time, so a query is segmented exactly as the index was, in
milliseconds.

The file is a cache: built once from jieba's dictionary (the first long query pays
the load it would have paid anyway, plus about a second), named after jieba's version
and its dictionary's size, next to jieba's own cache in the temporary directory, and
written under a temporary name then renamed, so concurrent first queries cannot
read half a file. Where it cannot be written, jieba is loaded whole, as before.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path


class _Lookups:
    """The part of a dict jieba's segmentation uses (``in``, ``[]``, ``get``), over SQLite."""

    def __init__(self, path: Path):
        # immutable: nobody writes the file once it is in place, so SQLite takes no locks.
        self._db = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._seen: dict[str, int | None] = {}

    def get(self, word: str, default=None):
        if word not in self._seen:
            row = self._db.execute("SELECT n FROM freq WHERE word = ?", (word,)).fetchone()
            self._seen[word] = row[0] if row else None
        found = self._seen[word]
        return default if found is None else found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def total(self) -> int:
        return self._db.execute("SELECT total FROM meta").fetchone()[0]


def cache_path() -> Path:
    import jieba

    size = os.path.getsize(os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME))
    return Path(tempfile.gettempdir()) / f"jixiao-jieba-{jieba.__version__}-{size}.sqlite"


def build(path: Path, freq: dict[str, int], total: int) -> None:
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".part")
    os.close(fd)
    try:
        db = sqlite3.connect(temporary)
        with db:
            db.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
            db.execute("CREATE TABLE meta (total INTEGER NOT NULL)")
            db.executemany("INSERT INTO freq VALUES (?, ?)", freq.items())
            db.execute("INSERT INTO meta VALUES (?)", (total,))
        db.close()
        os.chmod(temporary, 0o644)  # a cache every user of the machine may read (mkstemp made it private)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


@lru_cache(maxsize=1)
def tokenizer():
    """A jieba Tokenizer that segments like the default one; loaded whole only when it has
    to be (already loaded in this process, or no cache file can be read or written)."""
    import jieba

    from jixiao.load import jieba_whole

    if not jieba.dt.initialized:
        path = cache_path()
        if path.is_file():
            try:
                return lean_tokenizer(path)
            except sqlite3.Error:  # not a dictionary file after all (a stray file by that name)
                pass
        jieba_whole.load(jieba.dt)
        if not path.is_file():
            try:
                build(path, jieba.dt.FREQ, jieba.dt.total)
            except (OSError, sqlite3.Error):
                pass  # a read-only temporary directory: this process has the whole dictionary anyway
    return jieba.dt


def lean_tokenizer(path: Path):
    """A jieba Tokenizer over the dictionary file at ``path``."""
    import jieba

    lookups = _Lookups(path)
    lean = jieba.Tokenizer()
    lean.FREQ, lean.total, lean.initialized = lookups, lookups.total(), True
    return lean
