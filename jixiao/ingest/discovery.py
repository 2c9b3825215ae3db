"""Which files a batch is about, and which of them look like drafts.

``survey`` walks the paths a user gives and settles, without extracting anything,
every file that cannot be a draft: the archive's own files, hidden files, JSON,
code, notes (text without a table or a genre word), FIFOs and devices, broken
links, folders it may not read. What is left is handed to the extractor. Skipping is
not failing: a folder of drafts with a README and the archive beside them is a
clean batch. ``strict`` turns every non-draft into a failure instead.

Paths are resolved (``realpath``) here, once: the resolved path is a file's name
in the archive, so ``a/../a/f.txt``, ``./f.txt`` and a symlink to it are one file.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from jixiao.extract.files import kind_of_mode
from jixiao.ingest.sniff import classify, is_lock_file


@dataclass(frozen=True)
class Found:
    """A file to extract (``status`` None) or one already settled by its name, type or content."""

    path: str
    status: str | None = None  # None | "skipped" | "failed"
    kind: str | None = None  # a skip's category, counted in the summary (see sniff.SKIP_KINDS)
    reason: str | None = None

    @property
    def settled(self) -> bool:
        return self.status is not None


def survey(paths: Iterable[str | os.PathLike], *, strict: bool = False,
           own_files: Iterable[str] = ()) -> Iterator[Found]:
    """Every file named or under a named folder, in a stable order, each with its verdict.

    A file named explicitly is taken even if hidden (the user asked for it), but the
    other skip rules apply to it too: ``jixiao ingest *`` must not choke on the archive.
    ``own_files``: the archive's database and journal files, never input even with
    ``strict``. Paths that do not exist are yielded to the extractor, which reports them.
    """
    own = {os.path.realpath(p) for p in own_files}
    for given in paths:
        given = os.fspath(given)
        if os.path.isdir(given):
            yield from _walk(given, strict, own)
        else:
            yield _judge(given, strict, own)


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """The files ``survey`` would hand to the extractor."""
    return (Path(found.path) for found in survey(paths) if not found.settled)


def _walk(top: str, strict: bool, own: set[str]) -> Iterator[Found]:
    problems: list[Found] = []

    def unreadable(err: OSError) -> None:
        # os.walk cannot list this folder: say so by name instead of losing it silently.
        problems.append(Found(err.filename or top, "failed", reason=f"cannot read folder: {_strerror(err)}"))

    for folder, dirs, files in os.walk(top, onerror=unreadable):
        yield from problems
        problems.clear()
        for name in sorted(d for d in dirs if d.startswith(".")):
            yield Found(os.path.join(folder, name), "skipped", "hidden", "hidden folder")
        for name in sorted(d for d in dirs if os.path.islink(os.path.join(folder, d))):
            # os.walk does not follow them (a link loop would never end); say that it did not.
            yield _settle(os.path.join(folder, name), strict, "not a regular file", "a link to a folder (not followed)")
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not os.path.islink(os.path.join(folder, d)))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if name.startswith(".") and not is_lock_file(name):
                yield Found(path, "skipped", "hidden", "hidden file")
            else:
                yield _judge(path, strict, own)
    yield from problems


def _judge(given: str, strict: bool, own: set[str]) -> Found:
    path = os.path.realpath(given)
    if path in own:
        return Found(path, "skipped", "archive", "the archive's own database file")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(given):
            return _settle(os.path.abspath(given), strict, "broken link", f"a link to {path}, which does not exist")
        return Found(path)  # the extractor says "no such file"
    except OSError as err:
        return Found(os.path.abspath(given), "failed", reason=f"cannot read: {_strerror(err)}")
    if stat.S_ISDIR(info.st_mode):
        return Found(path)  # a folder named by a path that changed meanwhile: the extractor says so
    if not stat.S_ISREG(info.st_mode):
        # Reading a FIFO blocks forever and a device never ends: never open one.
        what = kind_of_mode(info.st_mode)
        shown = what if path == os.path.abspath(given) else f"{what} {path}"
        return _settle(os.path.abspath(given), strict, "not a regular file", f"not a regular file ({shown})")
    if strict and not is_lock_file(os.path.basename(path)):  # an editor's lock file is never a draft
        return Found(path)
    try:
        kind, reason = classify(path)
    except OSError as err:
        return Found(path, "failed", reason=f"cannot read: {_strerror(err)}")
    if kind is None:
        return Found(path)
    return Found(path, "skipped", kind, reason)


def _settle(path: str, strict: bool, kind: str, reason: str) -> Found:
    return Found(path, "failed", reason=reason) if strict else Found(path, "skipped", kind, reason)


def _strerror(err: OSError) -> str:
    return (err.strerror or str(err)).lower()
