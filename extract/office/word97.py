"""Word 97–2003 binary documents (.doc, and WPS Writer's .wps) read from their own streams.

LibreOffice converts these files for us (``libreoffice``), and does it well but
not always: it imported the second table of a Word 97 file it had itself
written as plain paragraphs, though every cell mark is in the file's text.  So
the binary is also read here, as far as a draft needs it (MS-DOC, [MS-DOC] 2.x):

* the FIB gives the table stream (``0Table``/``1Table``), the length of the
  main text (``ccpText``) and where the piece table (``Clx``) and the paragraph
  properties' bin table (``PlcBtePapx``) are;
* the piece table maps the main text's characters to the ``WordDocument``
  stream (UTF-16, or a byte per character when a piece is "compressed");
* the paragraph properties (``PAPX`` in 512-byte ``FKP`` pages) say which
  paragraphs are in a table (``sprmPFInTable``), which mark ends a row
  (``sprmPFTtp``) and the row's cell edges and vertical merges
  (``sprmTDefTable``).  A cell ends at a U+0007 mark, a row at the mark of a
  paragraph with ``sprmPFTtp``.

The result is a WordprocessingML body (``w:p``, ``w:tbl`` with ``w:gridSpan``
and ``w:vMerge`` from the cell edges and merge flags) walked by the .docx reader,
so both give the same blocks.  What LibreOffice does and this does not: list
numbers Word draws, hidden and deleted text, fields other than their shown
result.  ``office._read_ole`` therefore prefers LibreOffice's conversion and
takes this reading where the conversion lost table rows, or where LibreOffice
is not installed.
"""
from __future__ import annotations

import io
import struct

from jixiao.extract.blocks import Block
from jixiao.extract.office.package import qn

WORD97_NFIB = 0x00C1  # Word 97 and later; Word 6/95 files have another FIB
_CELL, _PARA, _SOFT, _PAGE, _TAB = "\x07", "\r", "\x0b", "\x0c", "\t"
_FIELD_BEGIN, _FIELD_SEP, _FIELD_END = "\x13", "\x14", "\x15"
# Characters that stand for an object, a footnote or comment reference, or Word's
# own markers: not text a reader sees.
_DROPPED = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x06\x08\x1f"), None)
_DROPPED.update({0x1E: "-", 0xA0: " "})
# sprm operand sizes by the sprm's spra bits (MS-DOC 2.2.5.1); 6 is variable.
_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
_IN_TABLE, _TTP, _ITAP, _DEF_TABLE = 0x2416, 0x2417, 0x6649, 0xD608
_INNER_CELL, _INNER_TTP = 0x244B, 0x244C
_VERT_MERGE, _VERT_RESTART = 0x0020, 0x0040


class NotWord97(ValueError):
    """The stream is not a Word 97+ document this reader follows (Word 6/95, damaged)."""


def read(data: bytes) -> tuple[list[Block], dict]:
    """The document's blocks and ``source`` dict, read from the OLE2 file's bytes."""
    from jixiao.extract.office.word import _Body
    from jixiao.extract.office.word_numbering import Numbering

    body = to_body(data)
    reader = _Body(Numbering(None, None), careful=False)
    reader.walk(body)
    return reader.blocks, {"format": "doc", "rendering": "docx", "pages": None,
                           "paragraphs": reader.paragraphs, "tables": reader.tables}


def table_rows(data: bytes) -> int:
    """How many table rows the file's own paragraph properties mark (0 where it cannot tell)."""
    try:
        return sum(1 for p in _paragraphs(*_streams(data)) if p.ttp)
    except NotWord97:
        return 0


# -- streams -------------------------------------------------------------------
def _streams(data: bytes) -> tuple[bytes, bytes]:
    from xlrd import compdoc

    try:
        doc = compdoc.CompDoc(data, logfile=io.StringIO())
        word = doc.get_named_stream("WordDocument")
        if not word or len(word) < 0x200:
            raise NotWord97("no WordDocument stream")
        (ident, nfib) = struct.unpack_from("<HH", word, 0)
        (flags,) = struct.unpack_from("<H", word, 10)
        if ident != 0xA5EC or nfib < WORD97_NFIB:
            raise NotWord97(f"not a Word 97+ file (nFib {nfib:#x})")
        table = doc.get_named_stream("1Table" if flags & 0x0200 else "0Table")
    except (compdoc.CompDocError, IndexError, ValueError, struct.error, MemoryError, RecursionError,
            AssertionError) as err:
        if isinstance(err, NotWord97):
            raise
        raise NotWord97(f"unreadable container: {err}") from None
    if not table:
        raise NotWord97("no table stream")
    return word, table


class _Fib:
    """The few FIB fields this reader uses: ccpText, and the Clx's and PlcBtePapx's places."""

    def __init__(self, word: bytes):
        try:
            (csw,) = struct.unpack_from("<H", word, 32)
            at = 34 + 2 * csw
            (cslw,) = struct.unpack_from("<H", word, at)
            (self.ccp_text,) = struct.unpack_from("<i", word, at + 2 + 3 * 4)
            fc_lcb = at + 2 + 4 * cslw + 2
            self.clx = struct.unpack_from("<II", word, fc_lcb + 8 * 33)
            self.papx = struct.unpack_from("<II", word, fc_lcb + 8 * 13)
        except struct.error:
            raise NotWord97("truncated FIB") from None
        if self.ccp_text < 0:
            raise NotWord97("negative text length")


def _pieces(table: bytes, fib: _Fib) -> list[tuple[int, int, int, bool]]:
    """The piece table: (first cp, end cp, stream offset, one byte per character)."""
    fc, lcb = fib.clx
    clx = table[fc:fc + lcb]
    i = 0
    try:
        while i < len(clx) and clx[i] == 1:  # Prc: property modifiers, skipped
            (cb,) = struct.unpack_from("<H", clx, i + 1)
            i += 3 + cb
        if i >= len(clx) or clx[i] != 2:
            raise NotWord97("no piece table")
        (size,) = struct.unpack_from("<I", clx, i + 1)
        plc = clx[i + 5:i + 5 + size]
        n = (len(plc) - 4) // 12
        cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
        pieces = []
        for k in range(n):
            _, fc_raw, _ = struct.unpack_from("<HIH", plc, 4 * (n + 1) + 8 * k)
            compressed = bool(fc_raw & 0x40000000)
            offset = fc_raw & 0x3FFFFFFF
            pieces.append((cps[k], cps[k + 1], offset // 2 if compressed else offset, compressed))
    except struct.error:
        raise NotWord97("truncated piece table") from None
    return pieces


class _Para:
    __slots__ = ("text", "in_table", "ttp", "depth", "cells")

    def __init__(self, text: str):
        self.text = text
        self.in_table = False
        self.ttp = False
        self.depth = 0
        self.cells: list[tuple[int, int, int]] | None = None  # (left, right, merge flags) a cell


def _paragraphs(word: bytes, table: bytes) -> list[_Para]:
    """The main text's paragraphs, each ending at its mark (\\r, or \\x07 in a table), with
    its table properties."""
    fib = _Fib(word)
    papx = _papx_runs(word, table, fib)
    paras: list[_Para] = []
    for cp0, cp1, fc, compressed in _pieces(table, fib):
        if cp0 >= fib.ccp_text:
            break
        cp1 = min(cp1, fib.ccp_text)
        width = 1 if compressed else 2
        raw = word[fc:fc + (cp1 - cp0) * width]
        text = raw.decode("cp1252", "replace") if compressed else raw.decode("utf-16-le", "replace")
        start = 0
        for k, ch in enumerate(text):
            if ch in (_PARA, _CELL):
                para = _Para(text[start:k + 1])
                _apply(para, papx, fc + k * width)
                paras.append(para)
                start = k + 1
        if start < len(text):
            paras.append(_Para(text[start:]))
    return paras


def _papx_runs(word: bytes, table: bytes, fib: _Fib) -> list[tuple[int, int, bytes]]:
    """(first fc, end fc, grpprl) of every paragraph-property run, from the FKP pages."""
    fc, lcb = fib.papx
    plc = table[fc:fc + lcb]
    n = (len(plc) - 4) // 8
    if n <= 0:
        return []
    runs = []
    try:
        pages = struct.unpack_from(f"<{n}I", plc, 4 * (n + 1))
        for pn in pages:
            page = word[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
            if len(page) < 512:
                continue
            crun = page[511]
            fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for k in range(crun):
                offset = page[4 * (crun + 1) + 13 * k] * 2
                if offset == 0:
                    continue
                cb = page[offset]
                grpprl = page[offset + 1:offset + 2 * cb] if cb else page[offset + 2:offset + 2 + 2 * page[offset + 1]]
                runs.append((fcs[k], fcs[k + 1], grpprl[2:]))  # after the style index
    except (struct.error, IndexError):
        raise NotWord97("truncated paragraph properties") from None
    return runs


def _apply(para: _Para, runs: list[tuple[int, int, bytes]], fc: int) -> None:
    """Give ``para`` (whose mark is at stream offset ``fc``) its run's table properties."""
    import bisect

    k = bisect.bisect_right(runs, (fc, 1 << 62)) - 1 if runs else -1
    if k < 0 or not (runs[k][0] <= fc < runs[k][1]):
        return
    for op, operand in _sprms(runs[k][2]):
        if op == _IN_TABLE:
            para.in_table = bool(operand[:1] and operand[0])
        elif op == _TTP:
            para.ttp = bool(operand[:1] and operand[0])
        elif op == _ITAP and len(operand) == 4:
            para.depth = struct.unpack("<i", operand)[0]
        elif op in (_INNER_CELL, _INNER_TTP) and operand[:1] and operand[0]:
            para.depth = max(para.depth, 2)
        elif op == _DEF_TABLE:
            para.cells = _cell_edges(operand)
    if para.in_table and para.depth == 0:
        para.depth = 1


def _sprms(grpprl: bytes):
    i = 0
    while i + 2 <= len(grpprl):
        (op,) = struct.unpack_from("<H", grpprl, i)
        i += 2
        spra = op >> 13
        if spra == 6:
            if op == _DEF_TABLE or op == 0xD606:  # a two-byte length, counting itself once
                if i + 2 > len(grpprl):
                    return
                (size,) = struct.unpack_from("<H", grpprl, i)
                operand, i = grpprl[i + 2:i + 1 + size], i + 1 + size
            else:
                if i >= len(grpprl):
                    return
                size = grpprl[i]
                operand, i = grpprl[i + 1:i + 1 + size], i + 1 + size
        else:
            size = _OPERAND[spra]
            operand, i = grpprl[i:i + size], i + size
        yield op, operand


def _cell_edges(operand: bytes) -> list[tuple[int, int, int]] | None:
    """sprmTDefTable: each cell's left and right edge (twips) and its merge flags."""
    if not operand:
        return None
    count = operand[0]
    try:
        edges = struct.unpack_from(f"<{count + 1}h", operand, 1)
    except struct.error:
        return None
    flags_at = 1 + 2 * (count + 1)
    cells = []
    for k in range(count):
        at = flags_at + 20 * k
        flags = struct.unpack_from("<H", operand, at)[0] if at + 2 <= len(operand) else 0
        cells.append((edges[k], edges[k + 1], flags))
    return cells


# -- the WordprocessingML body ----------------------------------------------------
def to_body(data: bytes):
    """A ``w:body`` element holding the document's paragraphs and tables."""
    from lxml import etree

    paras = _paragraphs(*_streams(data))
    body = etree.Element(qn("w:body"))
    rows: list[tuple[list[str], list[tuple[int, int, int]] | None]] = []
    cells: list[str] = []
    pending: list[str] = []  # paragraphs of the cell being read
    for para in paras:
        if para.depth >= 1 or para.ttp:
            if para.ttp and para.depth <= 1:
                rows.append((cells, para.cells))
                cells, pending = [], []
                continue
            if para.depth > 1 and para.text.endswith(_PARA) and para.ttp:
                continue  # an inner table's row mark
            pending.append(para.text[:-1] if para.text[-1:] in (_PARA, _CELL) else para.text)
            if para.text.endswith(_CELL) and para.depth <= 1:
                cells.append("\r".join(pending))
                pending = []
            continue
        if rows or cells:
            _table(body, rows + ([(cells, None)] if cells else []))
            rows, cells, pending = [], [], []
        _paragraph(body, para.text[:-1] if para.text.endswith(_PARA) else para.text)
    if rows or cells:
        _table(body, rows + ([(cells, None)] if cells else []))
    return body


def _table(body, rows: list[tuple[list[str], list[tuple[int, int, int]] | None]]) -> None:
    """A ``w:tbl``: grid columns from every row's cell edges; spans and vertical merges from them."""
    from lxml import etree

    edges = sorted({x for _, defs in rows if defs for left, right, _ in defs for x in (left, right)})
    tbl = etree.SubElement(body, qn("w:tbl"))
    for texts, defs in rows:
        tr = etree.SubElement(tbl, qn("w:tr"))
        usable = defs if defs and len(defs) == len(texts) else None
        for k, text in enumerate(texts):
            tc = etree.SubElement(tr, qn("w:tc"))
            if usable:
                left, right, flags = usable[k]
                span = sum(1 for x in edges if left < x <= right)
                tcpr = etree.SubElement(tc, qn("w:tcPr"))
                if span > 1:
                    etree.SubElement(tcpr, qn("w:gridSpan")).set(qn("w:val"), str(span))
                if flags & _VERT_MERGE:
                    etree.SubElement(tcpr, qn("w:vMerge")).set(qn("w:val"),
                                                               "restart" if flags & _VERT_RESTART else "continue")
            for piece in text.split("\r"):
                _paragraph(tc, piece)


def _paragraph(parent, text: str) -> None:
    from lxml import etree

    p = etree.SubElement(parent, qn("w:p"))
    text = _shown(text)
    if _PAGE in text:
        before, _, text = text.rpartition(_PAGE)
        _runs(p, before.replace(_PAGE, ""))
        etree.SubElement(etree.SubElement(p, qn("w:r")), qn("w:br")).set(qn("w:type"), "page")
    _runs(p, text)


def _runs(p, text: str) -> None:
    from lxml import etree

    if not text:
        return
    r = etree.SubElement(p, qn("w:r"))
    for k, line in enumerate(text.split(_SOFT)):
        if k:
            etree.SubElement(r, qn("w:br"))
        for j, piece in enumerate(line.split(_TAB)):
            if j:
                etree.SubElement(r, qn("w:tab"))
            if piece:
                t = etree.SubElement(r, qn("w:t"))
                t.text = piece


def _shown(text: str) -> str:
    """The text a reader sees: a field's result without its instructions, no object marks."""
    if _FIELD_BEGIN in text:
        out, depth_stack = [], []  # per open field: True while in its instructions
        for ch in text:
            if ch == _FIELD_BEGIN:
                depth_stack.append(True)
            elif ch == _FIELD_SEP and depth_stack:
                depth_stack[-1] = False
            elif ch == _FIELD_END and depth_stack:
                depth_stack.pop()
            elif not any(depth_stack):
                out.append(ch)
        text = "".join(out)
    text = text.translate(_DROPPED)
    # XML 1.0 cannot hold the other control characters.
    return "".join(ch for ch in text if (ch >= " " or ch in "\t\x0b\x0c") and ch not in "\ufffe\uffff")
