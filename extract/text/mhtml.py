"""A web page saved as one file (.mht/.mhtml): the page inside its MIME container.

Word's "single file web page" and a browser's "save as MHTML" wrap the page in a
multipart/related message: headers, then the HTML part (quoted-printable or
base64, its charset in its own header), then the pictures and style sheets.
Read as text, the wrapper's soft line breaks (``=`` at a line's end, often inside a
character's bytes) and ``=E5=90=89`` escapes would be all there is; unwrapped, it is
the HTML page the HTML reader knows.
"""
from __future__ import annotations

import email
import email.policy

import regex


def is_mhtml(data: bytes) -> bool:
    head = data[:4096]
    return bool(regex.search(rb"(?im)^mime-version\s*:", head)) and bool(
        regex.search(rb"(?i)content-type\s*:\s*multipart/related", head))


def html_part(data: bytes) -> tuple[bytes, str | None] | None:
    """The first HTML part's bytes, its transfer encoding undone, and its declared charset."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                return payload, part.get_content_charset()
    return None
