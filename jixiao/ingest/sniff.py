"""Does a file look like a draft? Decided from its name and its first bytes, never by extracting it.

Drafts come as PDF, as text renderings (tab rows, Markdown, HTML, in any of the
encodings extract/text/decode.py reads), as Word/Excel/WPS files and as scans
(images). A text file is a draft only if its beginning has a word of the genre
(绩效, 指标, or their traditional forms) and either a table (tab or pipe rows, HTML
table tags) or the framework's level names (产出指标, 数量指标, …) at least twice, as
captures whose table markup was lost still print them; a changelog or meeting notes
have at most one of the two, and a README or CHANGELOG is a note by its name. Everything else beside the
drafts (the archive, JSON, code, config, packed archives) is skipped by name, but for an .xml
file Word 2003 saved (a draft as old OA systems export it).
"""
from __future__ import annotations

import os
import re

# Suffixes that are drafts whatever their content; the readers say if one is broken.
DRAFT_BINARY = {".pdf", ".docx", ".xlsx", ".doc", ".xls", ".wps", ".et", ".dps", ".odt", ".ods",
                ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp"}
# Text renderings: drafts if their content says so.
DRAFT_TEXT = {".txt", ".text", ".tsv", ".csv", ".tab", ".md", ".markdown", ".html", ".htm", ".xhtml", ""}

# Skip categories as the summary counts them: kind -> (one, several).
SKIP_KINDS = {
    "already loaded": ("already loaded", "already loaded"),
    "duplicate": ("duplicate of another file", "duplicates of other files"),
    "claimed": ("being loaded by another ingest", "being loaded by another ingest"),
    "archive": ("archive file", "archive files"),
    "database": ("database file", "database files"),
    "hidden": ("hidden", "hidden"),
    "json": ("JSON file", "JSON files"),
    "code": ("code file", "code files"),
    "config": ("config file", "config files"),
    "packed": ("packed archive", "packed archives"),
    "note": ("note", "notes"),
    "lock": ("lock file", "lock files"),
    "other": ("other file", "other files"),
    "not a regular file": ("not a regular file", "not regular files"),
    "broken link": ("broken link", "broken links"),
}


def skip_label(kind: str, count: int) -> str:
    one, several = SKIP_KINDS.get(kind, (kind, kind))
    return f"{count} {one if count == 1 else several}"


_BY_SUFFIX = {
    "json": {".json", ".jsonl", ".ndjson", ".geojson", ".ipynb"},
    "code": {".py", ".pyc", ".pyi", ".js", ".mjs", ".ts", ".tsx", ".jsx", ".java", ".c", ".h", ".cc", ".cpp",
             ".hpp", ".cs", ".go", ".rs", ".rb", ".php", ".pl", ".r", ".sh", ".bash", ".zsh", ".ps1", ".bat",
             ".cmd", ".sql", ".css", ".scss", ".lua", ".swift", ".kt", ".m", ".vue", ".svelte"},
    "config": {".toml", ".yaml", ".yml", ".ini", ".cfg", ".conf", ".lock", ".env", ".xml", ".log", ".properties"},
    "packed": {".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar", ".whl", ".jar"},
    "database": {".db", ".sqlite", ".sqlite3", ".db3"},
}
_SQLITE_JOURNALS = ("-wal", "-shm", "-journal")
_MAGIC_DRAFT = (b"%PDF-", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff",
                b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_SQLITE_MAGIC = b"SQLite format 3\x00"

_HEAD = 1024 * 1024  # a draft's first table comes within its first pages
_GENRE = re.compile("绩效|績效|指标|指標")
# Level names of the framework: glued or space-separated captures keep these when they lose their table.
_LEVEL_NAME = re.compile("(?:产出|產出|效益|满意度|滿意度|数量|數量|质量|質量|时效|時效|成本)(?:指标|指標)")
# A simplified→traditional mirror puts a reading after characters: 績(jì)效(xiào).
_READING = re.compile(r"\([a-zA-Z\u00e0-\u01dc]{1,7}\)")
_NOTE_NAMES = re.compile(r"^(?:readme|changelog|changes|license|licence|notes?|todo|authors|contributing)\b", re.I)
# The file an editor keeps beside a draft while it is open: Word/Excel/WPS ``~$draft.docx``
# (the owner's name, not the draft), LibreOffice ``.~lock.draft.xlsx#``.
_LOCK_NAME = re.compile(r"^(?:~\$.|\.~lock\..*#$)", re.S)
_TABLE_ROW = re.compile(r"^[^\n]*\t[^\n]*$|^\s*\|.*\|\s*$|<t[dhr][\s>]|<table[\s>]", re.M | re.I)


def is_lock_file(name: str) -> bool:
    return _LOCK_NAME.match(name) is not None


def classify(path: str) -> tuple[str | None, str | None]:
    """(None, None) for a draft to extract, else (skip kind, reason). May raise OSError."""
    name = os.path.basename(path)
    if is_lock_file(name):
        return "lock", "not a draft: an editor's lock file (the draft beside it is open in Word, WPS or LibreOffice)"
    lower = name.lower()
    suffix = os.path.splitext(lower)[1]
    if lower.endswith(_SQLITE_JOURNALS) and os.path.splitext(lower.rsplit("-", 1)[0])[1] in _BY_SUFFIX["database"]:
        return "database", "not a draft: a database journal file"
    if suffix == ".xml" and _is_word_xml(path):
        return None, None  # a Word 2003 XML document: the file an OA system exported
    for kind, suffixes in _BY_SUFFIX.items():
        if suffix in suffixes:
            return kind, f"not a draft: a {SKIP_KINDS[kind][0]}"
    if suffix in DRAFT_BINARY:
        return None, None
    if _NOTE_NAMES.match(name):
        return "note", "not a draft: a note (README, changelog, licence)"
    with open(path, "rb", opener=_nonblocking) as fh:
        head = fh.read(_HEAD)
    if head.startswith(_SQLITE_MAGIC):
        return "database", "not a draft: a database file"
    if head.startswith(_MAGIC_DRAFT):
        return None, None
    if not head.strip():
        return None, None  # an empty "draft" is a broken draft: the extractor says "empty file"
    text = _decode(head)
    if text is None:
        return ("other", "not a draft: binary content") if suffix not in DRAFT_TEXT else (None, None)
    plain = _READING.sub("", text)
    if _GENRE.search(plain) and (_TABLE_ROW.search(text) or len(_LEVEL_NAME.findall(plain)) >= 2):
        return None, None
    return "note", "not a draft: a note (text without a table or the words 绩效/指标)"


def _is_word_xml(path: str) -> bool:
    """An .xml file that Word saved (``<?mso-application progid="Word.Document"?>``): Word 2003 XML,
    or Word 2007's Flat OPC package."""
    from jixiao.extract.office.flat_opc import is_flat_opc
    from jixiao.extract.office.wordml2003 import is_wordml

    with open(path, "rb", opener=_nonblocking) as fh:
        head = fh.read(8192)
    return is_wordml(head) or is_flat_opc(head)


def _decode(head: bytes) -> str | None:
    """The head as text, or None for binary. Tolerant: a cut multibyte character at the end is fine."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if b"\x00" in head[:8000]:
        even, odd = head[0:8000:2].count(0), head[1:8000:2].count(0)
        if max(even, odd) > 8 * max(min(even, odd), 1):  # UTF-16 without a BOM: NULs on one side
            return head.decode("utf-16-be" if even > odd else "utf-16-le", errors="replace")
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            return head.decode(encoding)
        except UnicodeDecodeError as err:
            if err.start > len(head) - 4:  # only the cut at the end of the head
                return head[:err.start].decode(encoding)
    return head.decode("utf-8", errors="replace")


def _nonblocking(path: str, flags: int) -> int:
    # The caller checked it is a regular file; O_NONBLOCK keeps a swap for a FIFO from hanging.
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
