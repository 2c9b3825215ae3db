"""The HTML pages' templates (Jinja2, autoescaped: every value from a draft is escaped)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("jixiao", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                       finalize=_blank_none)


def _blank_none(value):
    """A missing value (None) prints as nothing, not as the word None."""
    return "" if value is None else value


def render(name: str, **context) -> str:
    return _environment().get_template(name).render(**context)
