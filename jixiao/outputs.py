"""Writing what a command produces without harming anything else.

- A file is written under a temporary name beside its destination and renamed into
  place only when complete: an interrupted or failed write leaves the old file (or
  nothing), never half a report.
- Renaming replaces a symlink at the destination rather than writing through it, so
  an output never lands somewhere the user did not name.
- An existing file is replaced only with ``--force``; an input of the same command is
  never replaced.
- A missing folder, a folder where a file is wanted (or the reverse) is a one-line
  error that says what to give instead.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from jixiao.extract.errors import UserError


def check_file(path: str | os.PathLike, *, force: bool = False, inputs: Iterable[str | os.PathLike] = (),
               option: str = "-o", example: str = "out.html") -> Path:
    """The output file ``path``, or a ``UserError`` saying why it cannot be written."""
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path} is a folder; give {option} a file name inside it, e.g. {path / example}")
    folder = path.parent
    if not folder.is_dir():
        if folder.exists():
            raise UserError(f"{folder} is not a folder; choose another {option}")
        raise UserError(f"no folder {folder} for {path}; create it first (mkdir -p {folder}) or choose another {option}")
    for given in inputs:
        if _same_file(path, Path(given)):
            raise UserError(f"{path} is the input; refusing to overwrite it, choose another {option}")
    if path.is_symlink() or path.exists():
        if not force:
            raise UserError(f"{path} exists; add --force to replace it")
    return path


def check_folder(path: str | os.PathLike, names: Iterable[str], *, force: bool = False) -> Path:
    """An output folder (created if missing) whose files ``names`` may be written."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise UserError(f"{path} is a file; this format writes a folder of files: give a folder name")
    taken = [n for n in names if (path / n).is_symlink() or (path / n).exists()]
    if taken and not force:
        raise UserError(f"{path} already holds {', '.join(taken)}; add --force to replace them")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UserError(f"cannot create the folder {path}: {err.strerror or err}") from None
    for name in taken:
        if (path / name).is_dir() and not (path / name).is_symlink():
            raise UserError(f"{path / name} is a folder; remove it or choose another output folder")
    return path


def write_atomically(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)``, then rename the result to ``path``."""
    path = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part" + path.suffix, dir=path.parent)
    os.close(fd)
    temporary = Path(temporary)
    try:
        write(temporary)
        with open(temporary, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)  # replaces a symlink itself, never its target
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def write_text(path: str | os.PathLike, text: str) -> Path:
    return write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
