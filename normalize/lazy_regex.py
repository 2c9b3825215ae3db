"""Patterns compiled on first use, not at import.

The extractor's modules hold some two hundred patterns at module level; compiling
them all at import cost ~70 ms of a one-page PDF's ~0.5 s (issue 17), and a draft
uses about half of them.  ``compile`` takes ``regex.compile``'s arguments and
returns a stand-in that compiles the first time a method is looked up, then
keeps the compiled pattern's bound methods on itself, so that later calls cost
what a compiled pattern's do.  ``.pattern`` (used to build bigger patterns from
smaller ones) never compiles.
"""
from __future__ import annotations

import regex

# What callers use of a compiled pattern; copied onto the stand-in once compiled.
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "splititer", "finditer", "findall",
            "scanner", "flags", "groups", "groupindex")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0, **kwargs):
        self.pattern = pattern
        self._args = (pattern, flags)
        self._kwargs = kwargs

    @property
    def compiled(self) -> regex.Pattern:
        found = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = regex.compile(*self._args, **self._kwargs)
            for name in _METHODS:
                self.__dict__[name] = getattr(found, name)
        return found

    def __getattr__(self, name: str):
        # Only names not yet on the instance come here: the methods before the first use.
        if name.startswith("__") or name not in _METHODS:
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy_regex.compile({self.pattern!r})"


def compile(pattern: str, flags: int = 0, **kwargs) -> LazyPattern:  # noqa: A001 - regex.compile's name, on purpose
    return LazyPattern(pattern, flags, **kwargs)
