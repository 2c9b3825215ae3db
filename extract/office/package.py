"""The parts of a .docx/.xlsx package and how they point at each other.

An Office Open XML file is a zip of XML parts tied together by relationship
parts (``_rels/*.rels``): the package names its main part (``word/document.xml``,
``xl/workbook.xml``), and the main part its styles, numbering, shared strings
and sheets.  The readers need only that much of OPC, so it is read here with
zipfile and lxml rather than through python-docx's or openpyxl's object model,
which cost more than the whole extraction (benchmarks/bench_office.py).
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from functools import lru_cache

from lxml import etree

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
OFFICE_DOCUMENT = "/officeDocument"


@lru_cache(maxsize=256)
def qn(tag: str) -> str:
    """'w:p' → '{http://…/wordprocessingml/2006/main}p' (lxml's Clark notation)."""
    prefix, local = tag.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


# ISO/IEC 29500 Strict ("Strict Open XML Document/Spreadsheet") names the same elements in
# namespaces of its own: http://purl.oclc.org/ooxml/wordprocessingml/main for
# http://schemas.openxmlformats.org/wordprocessingml/2006/main, and so on for every
# vocabulary and relationship type. The readers know the Transitional names; a Strict part's
# are renamed as it is read (its namespaces are declared on its root, in its first bytes).
STRICT = b"http://purl.oclc.org/ooxml/"
_STRICT_NAME = re.compile(rb"http://purl\.oclc\.org/ooxml/(\w+)/")
_HEAD = 4096


def transitional(data: bytes) -> bytes:
    """A Strict part's bytes with the Transitional namespaces (unchanged if it has none)."""
    if STRICT not in data:
        return data
    return _STRICT_NAME.sub(rb"http://schemas.openxmlformats.org/\1/2006/", data)


class _Prefixed(io.RawIOBase):
    """A part's stream with its first bytes (already read to look at) put back in front."""

    def __init__(self, head: bytes, rest):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        chunk = self._rest.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        self._rest.close()
        super().close()


def parser() -> etree.XMLParser:
    # guards.check_xml_parts has already refused any part that declares a DTD; this is the belt.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class Package:
    def __init__(self, data: bytes):
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = set(self.zip.namelist())
        self._parser = parser()

    def xml(self, name: str):
        """The root element of part ``name`` (KeyError when the package lacks it)."""
        return self.parse(self.zip.read(name))

    def parse(self, data: bytes):
        return etree.fromstring(transitional(data), self._parser)

    def open(self, name: str):
        """Part ``name`` as a stream (a large sheet is parsed as it is unzipped)."""
        stream = self.zip.open(name)
        head = stream.read(_HEAD)
        if STRICT in head:
            data = transitional(head + stream.read())
            stream.close()
            return io.BytesIO(data)
        return io.BufferedReader(_Prefixed(head, stream))

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """{id: (relationship type, part name)} of ``part`` ('' for the package itself); external targets left out."""
        folder, base = posixpath.split(part)
        name = posixpath.join(folder, "_rels", base + ".rels")
        if name not in self.names:
            return {}
        out = {}
        for rel in self.xml(name).iter(_PKG_REL):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id")] = (rel.get("Type") or "", path)
        return out

    def main_part(self, default: str) -> str:
        return related(self.rels(""), OFFICE_DOCUMENT) or default

    def content_type(self, part: str) -> str | None:
        if "[Content_Types].xml" not in self.names:
            return None
        root = self.xml("[Content_Types].xml")
        for el in root.iter(f"{_CT}Override"):
            if (el.get("PartName") or "").lstrip("/") == part:
                return el.get("ContentType")
        ext = posixpath.splitext(part)[1].lstrip(".").lower()
        for el in root.iter(f"{_CT}Default"):
            if (el.get("Extension") or "").lower() == ext:
                return el.get("ContentType")
        return None


def related(rels: dict[str, tuple[str, str]], kind: str) -> str | None:
    """The part the first relationship of type ``.../kind`` points at."""
    return next((path for t, path in rels.values() if t.endswith(kind)), None)
