"""One data model for SQLite and PostgreSQL: a row that loads on one loads on the other.

SQLite stores almost anything; PostgreSQL refuses NUL characters in text and JSON,
NaN in JSONB, integers past 32 bits, numbers past a NUMERIC's precision, strings past
a VARCHAR's length and btree index entries past about 2,700 bytes. Each value passes
through its column's fitter (``_fitters``, compiled per table by ``load.rows``) before
either backend sees it, so both store the same values or both refuse the draft with
the same one-line reason (``DoesNotFit``).

What is changed rather than refused, the same way on both: NUL characters are
dropped (no reader means them), non-finite floats and out-of-range integers (a page
number in the billions) become NULL. The record as extracted stays in
``documents.record_json``, with the same two repairs.
"""
from __future__ import annotations

import math
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable

from jixiao.load.columns import columns

INT_MIN, INT_MAX = -(2**31), 2**31 - 1
# PostgreSQL's btree entries stop near 2,704 bytes; keep clear of it.
MAX_INDEXED_BYTES = 2_000


class DoesNotFit(ValueError):
    """A value no backend of the archive can hold as the model defines it; the message is for the user."""


def fit_json(value: Any) -> Any:
    """JSON both backends accept: no NUL in strings or keys, no NaN or infinity."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {fit_json(str(k)): fit_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [fit_json(v) for v in value]
    return value


@lru_cache(maxsize=None)
def _fitters(table: str) -> dict[str, Callable[[Any], Any]]:
    fitters = {}
    for column in columns(table).values():
        name = f"{table}.{column.name}"
        if column.kind == "json":
            fitters[column.name] = fit_json
        elif column.kind == "text":
            fitters[column.name] = _text_fitter(name, column.length, column.indexed)
        elif column.kind == "numeric":
            fitters[column.name] = _numeric_fitter(name, column.precision, column.scale)
        elif column.kind == "float":
            fitters[column.name] = _float
        elif column.kind == "integer":
            fitters[column.name] = _int
    return fitters


def _text_fitter(name: str, length: int | None, indexed: bool) -> Callable[[Any], Any]:
    def fit(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if "\x00" in value:
            value = value.replace("\x00", "")
        if length is not None and len(value) > length:
            raise DoesNotFit(f"{name} is {len(value):,} characters ({_preview(value)}); "
                             f"the archive holds at most {length}")
        if indexed and len(value) * 4 > MAX_INDEXED_BYTES and len(value.encode("utf-8")) > MAX_INDEXED_BYTES:
            raise DoesNotFit(f"{name} is {len(value.encode('utf-8')):,} bytes ({_preview(value)}); "
                             f"the archive indexes at most {MAX_INDEXED_BYTES:,}")
        return value

    return fit


def _numeric_fitter(name: str, precision: int | None, scale: int | None) -> Callable[[Any], Any]:
    limit = Decimal(10) ** ((precision or 0) - (scale or 0)) if precision else None

    def fit(value: Any) -> Any:
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if isinstance(value, Decimal) and not value.is_finite():
            return None
        if limit is not None and abs(Decimal(str(value))) >= limit:
            raise DoesNotFit(f"{name} is {value}; the archive holds numbers below {limit:,.0f}")
        return value

    return fit


def _float(value: Any) -> Any:
    return value if not isinstance(value, float) or math.isfinite(value) else None


def _int(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and not INT_MIN <= value <= INT_MAX:
        return None
    return value


def _preview(value: str) -> str:
    return repr(value[:20] + "…") if len(value) > 20 else repr(value)
