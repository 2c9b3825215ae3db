"""Command-line values checked as argparse reads them, so a wrong one is a usage error
(exit 2) that says what is expected, never a silent ``--workers -1``."""
from __future__ import annotations

import argparse
import re

_SIZE_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "M": 1024**2, "MB": 1024**2,
               "G": 1024**3, "GB": 1024**3, "T": 1024**4, "TB": 1024**4}
_SECONDS = {"": 1, "S": 1, "SEC": 1, "M": 60, "MIN": 60, "H": 3600}


def positive_int(text: str) -> int:
    """1, 2, 3, ...: counts of workers, pages, hits."""
    try:
        value = int(str(text).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def count(text: str) -> int:
    """0, 1, 2, ...: where 0 has a meaning (no worker processes: the work is done in this one)."""
    try:
        value = int(str(text).strip())
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number (0 or more), got {text!r}")
    return value


def size(text: str) -> int:
    """``4096``, ``50M``, ``2G``: a number of bytes (0 allowed, for "no limit" where offered)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*", str(text))
    unit = match and _SIZE_UNITS.get(match.group(2).upper())
    if unit is None:
        raise argparse.ArgumentTypeError(f"expected a size like 4096, 50M or 2G, got {text!r}")
    return int(float(match.group(1)) * unit)


def duration(text: str) -> float:
    """``60``, ``90s``, ``5m``, ``1h``: seconds (0 allowed, for "no limit")."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*", str(text))
    unit = match and _SECONDS.get(match.group(2).upper())
    if unit is None:
        raise argparse.ArgumentTypeError(f"expected seconds or a duration like 90s, 5m, 1h, got {text!r}")
    return float(match.group(1)) * unit


def year(text: str) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a year like 2024, got {text!r}") from None
    if not 1900 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"expected a year like 2024, got {text!r}")
    return value


DB_HELP = ("the archive: an SQLite file (archive.db, sqlite:///archive.db) or a PostgreSQL URL "
           "(postgresql://USER@HOST/DB, needs jixiao[postgres]); default: $JIXIAO_DB or jixiao.db")
