"""What the user can fix, as one line and an exit code.

``UserError`` (from ``extract.errors``) is any mistake or circumstance the user can
act on: exit 1. ``UsageError`` is a wrong command line: exit 2, like argparse's own.
``explain(err)`` turns the exceptions the environment throws at us (a database that is
down, locked or full, a missing optional package, a folder that is not there) into
such a line; whatever it does not recognise is a bug of ours and exits 70.
"""
from __future__ import annotations

import errno
import re

from jixiao.extract.errors import UserError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 70

# The optional package a module belongs to, and the extra that installs it.
EXTRAS = {
    "psycopg": "postgres",
    "psycopg_binary": "postgres",
    "camelot": "camelot",
    "cv2": "camelot",
    "distributed": "dask",
    "dask": "dask",
    "datasette": "datasette",
}


class UsageError(UserError):
    """A wrong command line (exit 2)."""


class MissingExtra(UserError):
    def __init__(self, feature: str, extra: str):
        super().__init__(f"{feature} needs an optional part of jixiao: pip install 'jixiao[{extra}]'")
        self.extra = extra


def require(module: str, feature: str) -> None:
    """Import ``module`` now, so a missing extra is named before any work starts."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError as err:
        raise MissingExtra(feature, EXTRAS.get(module.split(".")[0], "all")) from err


def explain(err: BaseException, db_url: str | None = None) -> tuple[str, int] | None:
    """``(one-line message, exit code)`` for an environmental failure, else None (a bug).

    ``db_url``: the database the command was using, named in database messages.
    """
    if isinstance(err, UsageError):
        return str(err), EXIT_USAGE
    if isinstance(err, UserError):
        return str(err), EXIT_ERROR
    if isinstance(err, ModuleNotFoundError) and err.name:
        extra = EXTRAS.get(err.name.split(".")[0])
        if extra:
            return f"this needs an optional part of jixiao: pip install 'jixiao[{extra}]'", EXIT_ERROR
    database = _database_trouble(err, db_url)
    if database:
        return database, EXIT_ERROR
    if isinstance(err, OSError) and err.errno in _OS_ERRORS:
        where = f"{err.filename}: " if err.filename else ""
        return f"{where}{_OS_ERRORS[err.errno]}", EXIT_ERROR
    return None


_OS_ERRORS = {
    errno.ENOSPC: "no space left on the disk; free some space and run again",
    errno.EDQUOT: "disk quota exceeded; free some space and run again",
    errno.EACCES: "permission denied; choose a place you can write to",
    errno.EPERM: "operation not permitted; choose a place you can write to",
    errno.EROFS: "the file system is read-only; choose another place",
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "is a folder; give a file name",
}


# --- databases ---------------------------------------------------------------------

# (pattern in the driver's message, what to tell the user); first match wins.
_DATABASE_MESSAGES = [
    (r"database \"?([^\"\s]+)\"? does not exist",
     "database {0} does not exist on the server; create it (createdb {0}) or fix --db"),
    (r"password authentication failed|no password supplied|role \"?[^\"\s]+\"? does not exist",
     "the PostgreSQL server refused the user or password in --db; fix them"),
    (r"connection refused|could not connect|connection failed|timeout expired|"
     r"could not translate host name|name or service not known|server closed the connection|"
     r"no route to host|connection to server .* failed|terminating connection|connection is closed",
     "cannot reach the PostgreSQL server{where}; start it, or check the host and port in --db"),
    (r"database is locked|database table is locked|lock timeout|canceling statement due to lock timeout|"
     r"could not obtain lock",
     "the archive is locked by another process (held longer than the wait allowed); "
     "retry when that process has finished"),
    (r"database or disk is full|no space left on device|disk full|could not extend file",
     "the disk holding the archive is full; free some space and run again (what was loaded is kept)"),
    (r"attempt to write a readonly database|readonly database",
     "the archive{where} is read-only; make it writable or choose another --db"),
    (r"unable to open database file",
     "cannot open the SQLite archive{where}: its folder does not exist or is not writable; fix --db"),
    (r"file is not a database|file is encrypted or is not a database",
     "{where_plain} is not an SQLite archive; choose another --db"),
    (r"database disk image is malformed",
     "the SQLite archive{where} is damaged; restore it from a copy or ingest into a new one"),
]


def database_refusal(err: BaseException, limit: int = 300) -> str | None:
    """A short reason for a draft the database would not store (not the SQL and its
    parameters, which can run to many kilobytes): the driver's first line."""
    try:
        from sqlalchemy.exc import DBAPIError
    except ImportError:  # pragma: no cover
        return None
    if not isinstance(err, DBAPIError):
        return None
    orig = err.orig if err.orig is not None else err
    first = " ".join((str(orig).splitlines() or [""])[0].split())
    if len(first) > limit:
        first = first[: limit - 1] + "…"
    return f"the database refused this draft: {type(orig).__name__}: {first}"


def database_unavailable(err: BaseException) -> bool:
    """The database itself is in trouble (down, missing, locked, full, read-only), as
    opposed to refusing one record: the batch should stop rather than fail every file."""
    return _database_trouble(err, None) is not None


def _database_trouble(err: BaseException, db_url: str | None) -> str | None:
    try:
        from sqlalchemy.exc import DBAPIError, NoSuchModuleError
    except ImportError:  # pragma: no cover - sqlalchemy is a base dependency
        return None
    if isinstance(err, NoSuchModuleError):
        return f"unknown kind of database URL ({err}); use sqlite:///FILE or postgresql://HOST/DB"
    if not isinstance(err, DBAPIError):
        return None
    text = " ".join(str(err.orig or err).split())
    where, where_plain = _where(db_url)
    for pattern, message in _DATABASE_MESSAGES:
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            groups = [g for g in match.groups() if g] or [""]
            return message.format(*groups, where=where, where_plain=where_plain)
    return None


def _where(url: str | None) -> tuple[str, str]:
    """The database the command was using, password hidden."""
    if not url:
        return "", "the file"
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f" at {parsed.database}", str(parsed.database)
    place = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    return f" at {place}", place
