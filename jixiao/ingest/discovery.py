"""Which files a batch is about."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Every regular file named or under a named folder, in a stable order; hidden ones skipped.

    A file named explicitly is taken even if hidden: the user asked for it. Paths that
    do not exist are yielded too, so they are reported as failed rather than lost.
    """
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                candidate = Path(folder, name)
                if not name.startswith(".") and candidate.is_file():
                    yield candidate
