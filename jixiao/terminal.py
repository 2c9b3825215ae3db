"""Text from drafts, safe to print on a terminal.

A draft is untrusted input: its text may carry escape sequences (clear the screen,
set the window title, move the cursor) or line breaks that forge output lines.
Everything a command prints that came from a draft goes through ``plain``.
"""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the Unicode line/paragraph separators; bidi overrides
# too, which can make a line read differently from what it holds.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_KEEP_NEWLINES = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def plain(text) -> str:
    """One terminal line: control characters are shown as escapes (``\\x1b``), not obeyed."""
    return _CONTROL.sub(_escaped, "" if text is None else str(text))


def plain_lines(text) -> str:
    """Like ``plain`` but newlines stay newlines (for multi-line reports)."""
    return _CONTROL_KEEP_NEWLINES.sub(_escaped, "" if text is None else str(text))


# What json.dumps(ensure_ascii=False) leaves raw although a terminal may obey it.
_JSON_RAW = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_line(obj, indent: int | None = None) -> str:
    """JSON with Chinese kept readable and every control character escaped (``\\u009b``)."""
    import json

    return json_safe(json.dumps(obj, ensure_ascii=False, indent=indent))


def json_safe(text: str) -> str:
    """JSON text with the controls a JSON encoder leaves raw written as ``\\u`` escapes."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
