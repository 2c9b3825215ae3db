"""Datasette metadata for an archive: ``datasette archive.db -m metadata.json``.

``metadata.json`` describes a database named ``jixiao`` (the file ``jixiao.db``);
Datasette names a database after its file, so for another file name run
``python -m jixiao.datasette archive.db > metadata.json`` to get the same metadata
under that name.
"""
from __future__ import annotations

import json
from pathlib import Path

METADATA = Path(__file__).with_name("metadata.json")


def metadata_for(database: str = "jixiao") -> dict:
    """The metadata with its database section keyed by ``database`` (a file's stem)."""
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    metadata["databases"] = {database: metadata["databases"]["jixiao"]}
    return metadata
