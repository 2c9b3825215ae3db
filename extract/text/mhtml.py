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
    """The page's HTML, its transfer encoding undone, and its declared charset.

    A browser saves each frame of the page as an HTML part of its own (Blink: the
    notice around an <iframe src="cid:frame-…">, the form in the frame's part): every
    HTML part is the page's, in the order saved, each decoded by its own charset."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = []
    for part in message.walk():
        if part.get_content_type() == "text/html" and (payload := part.get_payload(decode=True)):
            parts.append((payload, part.get_content_charset()))
    if len(parts) <= 1:
        return parts[0] if parts else None
    texts = []
    for payload, charset in parts:
        try:
            texts.append(payload.decode(charset or "utf-8"))
        except (LookupError, UnicodeDecodeError):
            return parts[0]  # a part whose charset is wrong: the first, as decode() guesses it
    return "\n".join(texts).encode("utf-8"), "utf-8"
