"""The JSON Schema of a record, shipped inside the package.

``schemas/record.schema.json`` at the top of the repository is where the schema is
documented and edited (or generated); this folder holds the copy that installs with
jixiao, because a wheel has no repository around it.  tests/test_packaging.py fails
until the two are identical: after changing the schema, copy it here.
"""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files


@cache
def record_schema() -> dict:
    return json.loads(files(__name__).joinpath("record.schema.json").read_text(encoding="utf-8"))
