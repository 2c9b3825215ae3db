"""Temporary files and folders named after the process that made them.

A worker that a batch kills (``jixiao ingest --timeout``, the memory cap) cannot
remove its temporary copies of a draft or LibreOffice's profile, and a worker that
ends normally does not either: multiprocessing ends its children with ``os._exit``,
which skips ``atexit``. So every temporary path jixiao makes is named
``jixiao-<kind>-<pid>-<random>``, and the process that outlives the worker (the
batch's writer) removes what that pid left (``remove_left_by``) once it has ended.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from contextlib import contextmanager
from typing import Iterator

_NAME = re.compile(r"jixiao-[a-z]+-(\d+)-")


def prefix(kind: str) -> str:
    """The name prefix for a temporary path of this process: ``jixiao-<kind>-<pid>-``."""
    return f"jixiao-{kind}-{os.getpid()}-"


@contextmanager
def copy_of(data: bytes, suffix: str) -> Iterator[str]:
    """The path of a private temporary file holding ``data``, for readers that want a path."""
    with tempfile.NamedTemporaryFile(prefix=prefix("copy"), suffix=suffix) as tmp:
        tmp.write(data)
        tmp.flush()
        yield tmp.name


def remove_left_by(pid: int) -> int:
    """Remove this user's temporary paths made by process ``pid`` (which has ended);
    returns how many there were. Never raises: cleaning up must not fail a batch."""
    removed = 0
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return 0
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or int(match.group(1)) != pid:
            continue
        try:
            if entry.stat(follow_symlinks=False).st_uid != os.getuid():
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
                if entry.name.startswith("jixiao-soffice-"):
                    from jixiao.extract.office import libreoffice  # only batches that converted need it

                    libreoffice.remove_pipe(Path(entry.path) / "profile")
            else:
                os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    return removed
