"""Archives for the search, export, stats and Datasette tests: real samples, real extractor."""
from __future__ import annotations

import copy
import functools

from jixiao import load
from jixiao.load.url import make_engine
from tests.helpers import DRAFTS

SEED = DRAFTS / "seed.txt"
HEALTH = DRAFTS / "markdown_health_2021.md"


@functools.cache
def _extracted(name: str) -> dict:
    from jixiao.extract import extract_file

    return extract_file(str(DRAFTS / name)).to_dict()


def record(name: str) -> dict:
    return copy.deepcopy(_extracted(name))


def build_archive(db_url: str, *names: str) -> str:
    """An archive at ``db_url`` holding the named sample drafts (default: the seed)."""
    load.upgrade(db_url)
    engine = make_engine(db_url)
    try:
        for i, name in enumerate(names or ("seed.txt",), 1):
            load.write_record(engine, record(name), path=str(DRAFTS / name), sha256=f"{i:064x}")
    finally:
        engine.dispose()
    return db_url
