"""Reading a draft's bytes: regular files only, never more than the size limit.

A FIFO blocks the reader forever, /dev/zero never ends, and a file may grow
between the size check and the read. So: stat the name first, open without
blocking (a FIFO swapped in after the stat opens at once instead of waiting for a
writer), check the open file itself, and read at most one byte past the limit.
"""
from __future__ import annotations

import os
import stat

from jixiao.extract.errors import DraftError
from jixiao.extract.limits import DEFAULT, Limits, check_size

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def kind_of_mode(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def check_regular(path: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise DraftError(path, "is a directory", code="not_found")
    if not stat.S_ISREG(mode):
        raise DraftError(path, f"not a regular file ({kind_of_mode(mode)})", code="not_regular")


def open_regular(path: str, limits: Limits = DEFAULT):
    """A binary file object on ``path``, once it is known to be a regular file within the size limit."""
    try:
        check_regular(path, os.stat(path).st_mode)
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise DraftError(path, "no such file", code="not_found") from None
    except PermissionError:
        raise DraftError(path, "permission denied", code="unreadable") from None
    except OSError as err:
        raise DraftError(path, f"cannot read: {(err.strerror or str(err)).lower()}", code="unreadable") from None
    fh = open(fd, "rb", closefd=True)
    try:
        info = os.fstat(fh.fileno())
        check_regular(path, info.st_mode)  # what was opened, not what was stat'ed a moment ago
        check_size(path, info.st_size, limits)
    except BaseException:
        fh.close()
        raise
    return fh


def read_regular(path: str, limits: Limits = DEFAULT) -> bytes:
    """The file's bytes, or a DraftError naming why not (missing, unreadable, not regular, too big)."""
    with open_regular(path, limits) as fh:
        data = fh.read(limits.max_bytes + 1)
    check_size(path, len(data), limits)  # it grew meanwhile
    return data
