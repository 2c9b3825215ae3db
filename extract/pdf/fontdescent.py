"""Font descents as pdfminer reads them, so that pdfium's glyph boxes match pdfplumber's.

pdfminer gives every glyph the box ``baseline + descent`` to ``baseline + descent +
font size``, with the descent taken from the font descriptor (or the standard-14
metrics).  pdfium reports a descent of its own (rounded, or guessed from the glyph
outlines when the descriptor says 0, as LibreOffice's CJK subsets do), so the
PDF engine looks the descriptor up here, by the font's name without its subset
prefix, which is the name pdfium gives back.
"""
from __future__ import annotations

from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral

# Nested form XObjects deeper than this are not searched for fonts (hostile files).
_MAX_DEPTH = 8


def _name(value) -> str | None:
    value = resolve1(value)
    if isinstance(value, PSLiteral):
        value = value.name
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value if isinstance(value, str) else None


def _num(value, default: float = 0.0) -> float:
    value = resolve1(value)
    return float(value) if isinstance(value, (int, float)) else default


def strip_subset(name: str) -> str:
    """``AAAAAA+UMingCN-0`` -> ``UMingCN-0``."""
    head, plus, rest = name.partition("+")
    return rest if plus and len(head) == 6 and head.isupper() else name


class UnknownDescent(Exception):
    """A font whose descent only pdfminer's full font machinery knows (Type 3)."""


def descent(spec: dict) -> tuple[str, float]:
    """(pdfminer's font name, descent per unit of font size) of one font dictionary."""
    from pdfminer.fontmetrics import FONT_METRICS

    subtype = _name(spec.get("Subtype"))
    if subtype == "Type3":
        raise UnknownDescent
    if subtype == "Type0":
        descendants = resolve1(spec.get("DescendantFonts")) or []
        sub = resolve1(descendants[0]) if descendants else {}
        descriptor = resolve1(sub.get("FontDescriptor")) if isinstance(sub, dict) else None
        descriptor = descriptor if isinstance(descriptor, dict) else {}
    else:
        descriptor = resolve1(spec.get("FontDescriptor"))
        if not isinstance(descriptor, dict):
            base = _name(spec.get("BaseFont")) or "unknown"
            if base not in FONT_METRICS:
                descriptor = {}
            else:
                descriptor = FONT_METRICS[base][0]
    value = _num(descriptor.get("Descent"))
    if value > 0:  # pdfminer forces a positive /Descent negative (PScript5.dll writes it so)
        value = -value
    name = _name(descriptor.get("FontName")) or _name(spec.get("BaseFont")) or "unknown"
    return name, value * 0.001


def _fonts_in(resources, depth: int, out: dict[str, set], seen: set[int], specs: dict[str, list]) -> None:
    resources = resolve1(resources)
    if not isinstance(resources, dict) or depth > _MAX_DEPTH:
        return
    fonts = resolve1(resources.get("Font"))
    if isinstance(fonts, dict):
        for ref in fonts.values():
            key = getattr(ref, "objid", None)
            if key is not None and key in seen:
                continue
            if key is not None:
                seen.add(key)
            spec = resolve1(ref)
            if not isinstance(spec, dict):
                continue
            base = _name(spec.get("BaseFont")) or ""
            specs.setdefault(strip_subset(base), []).append(spec)
            try:
                out.setdefault(strip_subset(base), set()).add(descent(spec))
            except UnknownDescent:
                out.setdefault(strip_subset(base), set()).add(None)
    xobjects = resolve1(resources.get("XObject"))
    if isinstance(xobjects, dict):
        for ref in xobjects.values():
            key = getattr(ref, "objid", None)
            if key is not None and key in seen:
                continue
            if key is not None:
                seen.add(key)
            xobj = resolve1(ref)
            attrs = getattr(xobj, "attrs", None)
            if attrs and _name(attrs.get("Subtype")) == "Form":
                _fonts_in(attrs.get("Resources"), depth + 1, out, seen, specs)


class FontTable:
    """Every font the pages use, by the name pdfium reports."""

    def __init__(self):
        self._by_name: dict[str, set] = {}
        self._specs: dict[str, list] = {}
        self._seen: set[int] = set()
        self._hyphens: dict[str, str | None] = {}

    def add_resources(self, resources) -> None:
        _fonts_in(resources, 0, self._by_name, self._seen, self._specs)

    def lookup(self, pdfium_name: str) -> tuple[str, float] | None:
        """pdfminer's (name, descent) for the font, or None if it is not known for sure.

        Subsets of one font share a name once the prefix is gone; they also share
        the descent, which is all that matters (the name only labels the glyph).
        """
        found = self._by_name.get(pdfium_name)
        if not found or None in found:
            return None  # not among the pages' fonts, or a Type 3 font
        if len({d for _, d in found}) != 1:
            return None  # two fonts of one name with different metrics
        return min(found)


    def hyphen(self, pdfium_name: str) -> str | None:
        """The one hyphen (``-`` or a soft hyphen) the fonts of this name map a glyph to.

        pdfium's text page overwrites a hyphen that ends a line before a word goes on
        (its ``IsHyphen``) with a marker, losing which of the two it was; the font's
        ToUnicode map says, when it holds only one of them.  None when it holds both,
        neither, or a font of this name has no ToUnicode map to ask.
        """
        if pdfium_name not in self._hyphens:
            self._hyphens[pdfium_name] = _hyphen_of(self._specs.get(pdfium_name) or [])
        return self._hyphens[pdfium_name]


def _hyphen_of(specs: list) -> str | None:
    from io import BytesIO

    from pdfminer.cmapdb import CMapParser, FileUnicodeMap
    from pdfminer.pdftypes import PDFStream

    found: set[str] = set()
    for spec in specs:
        stream = resolve1(spec.get("ToUnicode"))
        if not isinstance(stream, PDFStream):
            return None
        umap = FileUnicodeMap()
        try:
            CMapParser(umap, BytesIO(stream.get_data())).run()
        except Exception:  # noqa: BLE001 - a map pdfminer cannot parse answers nothing
            return None
        found |= {text for text in umap.cid2unichr.values() if text in ("-", "\u00ad")}
    return found.pop() if len(found) == 1 else None
