"""Word 2003 XML documents (WordprocessingML 2003): one XML file, often served as ``.doc``.

Word 2003 could save a document as a single XML file (``<?mso-application
progid="Word.Document"?>``, root ``w:wordDocument``); OA systems of that time
still export drafts so, and portals serve them named ``.doc``. Its body is the
.docx body's ancestor: the same ``w:p``/``w:r``/``w:t``, ``w:tbl``/``w:tr``/
``w:tc`` with ``w:gridSpan``, in another namespace, with ``w:vmerge`` for
``w:vMerge``, ``w:hlink`` for ``w:hyperlink`` and sections wrapped in
``wx:sect``/``wx:sub-section``. Those are renamed and unwrapped here and the
body is walked by the .docx reader (``word``), so both give the same blocks.
"""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Block

W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
WX = "http://schemas.microsoft.com/office/word/2003/auxHint"
AML = "http://schemas.microsoft.com/aml/2001/core"
W2006 = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_RENAMED = {"vmerge": "vMerge", "hlink": "hyperlink"}
_HEAD = regex.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*\?>\s*(?:<\?mso-application\s+progid=\"Word\.Document\"\?>|[^<]*<w:wordDocument\b)")


def is_wordml(data: bytes) -> bool:
    """A Word 2003 XML document, by its head (the processing instruction or the root)."""
    return bool(_HEAD.match(data[:4096])) and W2003.encode() in data[:8192]


def read(data: bytes) -> tuple[list[Block], dict]:
    from lxml import etree

    from jixiao.extract.office.word import _Body
    from jixiao.extract.office.word_numbering import Numbering

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    root = etree.fromstring(data, parser)
    body = root.find(f"{{{W2003}}}body")
    if body is None:
        raise KeyError("w:body")
    _as_2006(body)
    reader = _Body(Numbering(None, None), careful=True)
    reader.walk(body)
    return reader.blocks, {"format": "doc", "rendering": "docx", "pages": None,
                           "paragraphs": reader.paragraphs, "tables": reader.tables}


def _as_2006(body) -> None:
    """Rename the 2003 namespace's elements and attributes to the .docx ones, in place, and
    lift the contents of section and annotation wrappers into their parents."""
    for el in list(body.iter()):
        if not isinstance(el.tag, str):
            continue
        ns, _, local = el.tag[1:].partition("}")
        if ns == W2003:
            el.tag = f"{{{W2006}}}{_RENAMED.get(local, local)}"
        for name in [a for a in el.attrib if a.startswith(f"{{{W2003}}}")]:
            el.set(f"{{{W2006}}}{name.partition('}')[2]}", el.attrib.pop(name))
    # wx:sect / wx:sub-section hold body paragraphs and tables; aml:annotation holds an
    # insertion's runs (kept) or a deletion's (w:delText: not read, as in .docx).
    for el in list(body.iter(f"{{{WX}}}sect", f"{{{WX}}}sub-section", f"{{{AML}}}annotation", f"{{{AML}}}content")):
        parent = el.getparent()
        if parent is None:
            continue
        at = parent.index(el)
        for k, child in enumerate(list(el)):
            parent.insert(at + k, child)
        parent.remove(el)
