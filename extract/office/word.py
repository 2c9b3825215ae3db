"""Word (.docx) drafts: body paragraphs and tables, in body order, as blocks.

The package is opened with zipfile and lxml (``package``) and the body walked
at the XML level: python-docx's object model costs more than the whole
extraction, and its ``table.rows[i].cells`` repeats a merged cell in every
slot it covers and hides which slots are merged.  From the ``w:tc`` elements
themselves:

* ``w:gridSpan`` (a cell spanning grid columns) and ``w:vMerge`` (restart /
  continue down a column) become the blocks' convention: the anchor cell holds
  the text, every slot it covers holds ``None``;
* each paragraph of a cell, and each soft line break, is a part of the cell
  (a goal list written one item per line still splits on its items);
* the list numbers Word draws (``1、`` from a list style) are put back in front
  of the text (``word_numbering``);
* headers and footers live in parts of their own and are never read; hidden
  (``w:vanish``), deleted and moved-away text is skipped;
* text boxes (a form's title is often one) are read as paragraphs before the
  paragraph that anchors them, once (not their VML fallback copy);
* an altChunk (content imported where it stands: a web page, a .docx, text) is read
  by the reader of its kind, its blocks put in its place.

Provenance is the 1-based body paragraph, or the table, row and grid column.
"""
from __future__ import annotations

from jixiao.extract.blocks import Block, Cell, Line, Table, Where
from jixiao.extract.office import frames
from jixiao.extract.page_numbers import is_page_number
from jixiao.extract.office.guards import MAX_GRID_SLOTS, GridTooLarge
from jixiao.extract.office.package import Package, qn, related
from jixiao.extract.office.pictures import BLIP as _BLIP, Picture, crop_of_blip
from jixiao.extract.office.word_numbering import Numbering

# The main part of a Word document; a template (.dotx) or a macro-enabled file (.docm) has another.
DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_TR, _TC, _TC_PR, _TR_PR = qn("w:tr"), qn("w:tc"), qn("w:tcPr"), qn("w:trPr")
_R, _T, _TAB, _PTAB, _BR, _CR = qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr")
_NB_HYPHEN, _RPR, _PPR, _VAL = qn("w:noBreakHyphen"), qn("w:rPr"), qn("w:pPr"), qn("w:val")
_CUSTOM_XML = qn("w:customXml")
_V_MERGE, _GRID_SPAN, _GRID_BEFORE, _TYPE = qn("w:vMerge"), qn("w:gridSpan"), qn("w:gridBefore"), qn("w:type")
_VANISH, _PAGE_BREAK_BEFORE, _SECT_PR = qn("w:vanish"), qn("w:pageBreakBefore"), qn("w:sectPr")
# Containers whose runs are text of the paragraph; anything else is skipped
# (w:del, w:moveFrom: text no longer there; drawings: not the body; text boxes are read
# apart, before their paragraph: _text_boxes).
_RUN_CONTAINERS = {qn(t) for t in ("w:hyperlink", "w:ins", "w:moveTo", "w:smartTag", "w:customXml", "w:fldSimple",
                                    "w:sdt", "w:sdtContent", "w:bdo", "w:dir")}
_OFF = {"0", "false", "off"}
_VERT_ALIGN = qn("w:vertAlign")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SIMPLE = {_TAB: "\t", _PTAB: "\t", _CR: "\n", _NB_HYPHEN: "-"}
# Text that a paragraph holds but Word does not print as its text: the careful walk skips it.
_CAREFUL = [qn(t) for t in ("w:vanish", "w:del", "w:moveFrom", "w:txbxContent", "w:vertAlign", "w:ddList")] + [
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"]


def _on(el) -> bool:
    return el is not None and el.get(_VAL, "true") not in _OFF


def read(data: bytes, depth: int = 0) -> tuple[list[Block], dict]:
    pkg = Package(data)
    main = pkg.main_part("word/document.xml")
    content_type = pkg.content_type(main)
    if content_type is not None and content_type != DOCUMENT_MAIN:
        raise ValueError(f"not a Word document: content type is {content_type}")
    body = pkg.xml(main).find(qn("w:body"))
    if body is None:
        raise KeyError("w:body")
    _without_placeholders(body)
    if frames.laid_out_by_position(body):
        # A PDF's pages as text boxes and line shapes (LibreOffice's PDF import): read by position.
        return frames.read(body), {"format": "docx", "rendering": "pdf", "pages": None, "paragraphs": 0, "tables": 0}
    reader = _Body(_numbering(pkg, main, body), careful=next(body.iter(*_CAREFUL), None) is not None)
    if next(body.iter(_ALT_CHUNK), None) is not None:
        reader.chunks = _ChunkReader(pkg, main, depth)
    if next(body.iter(_BLIP, _IMAGEDATA), None) is not None:
        reader.pictures = _PictureFinder(pkg, main)
    reader.walk(body)
    info = {"format": "docx", "rendering": "docx", "pages": None, "paragraphs": reader.paragraphs, "tables": reader.tables}
    if reader.pictures is not None and reader.pictures.found:
        info["pictures"] = reader.pictures.found
    return reader.blocks, info


_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
_EMBED, _RID_ATTR = qn("r:embed"), qn("r:id")


class _PictureFinder:
    """The pictures a paragraph or a table shows (pictures.py reads them): a DrawingML picture
    (a:blip) with Word's crop, or an old VML one (v:imagedata) where no DrawingML copy stands
    beside it (mc:Fallback copies are the same picture again)."""

    def __init__(self, pkg: Package, main: str):
        self.pkg, self.rels = pkg, pkg.rels(main)
        self.found: list[Picture] = []

    def add(self, el, at: int, where: Where) -> None:
        for pic in el.iter(_BLIP, _IMAGEDATA):
            if _elsewhere(pic, el):
                continue
            rid = pic.get(_EMBED) if pic.tag == _BLIP else pic.get(_RID_ATTR)
            _, part = self.rels.get(rid or "", ("", ""))
            if part not in self.pkg.names:
                continue  # a linked picture (r:link) is not in the file
            crop = crop_of_blip(pic) if pic.tag == _BLIP else (0.0, 0.0, 0.0, 0.0)
            self.found.append(Picture(at, self.pkg.zip.read(part), where, crop))


def _elsewhere(el, stop) -> bool:
    """Is this picture another's copy (mc:Fallback), or in a text box of paragraph ``stop``
    (read with the box's own paragraphs)?"""
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == _FALLBACK or (parent.tag == _TXBX and stop.tag == _P):
            return True
        parent = parent.getparent()
    return False



_SHOWING_PLACEHOLDER, _SDT_PR = qn("w:showingPlcHdr"), qn("w:sdtPr")


def _without_placeholders(body) -> None:
    """A content control the filler left empty shows its placeholder (单击此处输入文字。, 选择一项。):
    Word marks it showingPlcHdr, and its text is the template's prompt, not a value."""
    for pr in list(body.iter(_SDT_PR)):
        if pr.find(_SHOWING_PLACEHOLDER) is None:
            continue
        content = pr.getparent().find(_SDT_CONTENT)
        if content is not None:
            for t in content.iter(_T):
                t.text = ""


def _numbering(pkg: Package, main: str, body) -> Numbering:
    """The list counter; the styles part (often the largest of a document) is parsed only when it defines lists."""
    rels = pkg.rels(main)
    numbering, styles = related(rels, "/numbering"), related(rels, "/styles")
    if not numbering or numbering not in pkg.names:
        return Numbering(None, None)  # no list definitions: nothing is numbered by Word
    styles_el = None
    if styles and styles in pkg.names:
        data = pkg.zip.read(styles)
        if b"numPr" in data:
            styles_el = pkg.parse(data)
    return Numbering.of(pkg.xml(numbering), styles_el, body)


_ALT_CHUNK, _RID = qn("w:altChunk"), qn("r:id")
_MAX_CHUNK_DEPTH = 2  # a chunk that is a .docx with chunks of its own, and no deeper


class _ChunkReader:
    """The blocks of an altChunk: content Word imports into the document where it stands (a
    web page as .mht/.html, a .docx, plain text), kept as a part of its own. Mail merges and
    OA systems put a whole form there; Word shows it, the document's own XML holds none of it."""

    def __init__(self, pkg: Package, main: str, depth: int):
        self.pkg, self.rels, self.depth = pkg, pkg.rels(main), depth

    def __call__(self, rid: str | None) -> list[Block]:
        _, part = self.rels.get(rid or "", ("", ""))
        if part not in self.pkg.names:
            return []
        data = self.pkg.zip.read(part)
        kind = (self.pkg.content_type(part) or "").lower()
        if data[:4] == b"PK\x03\x04" or "wordprocessingml" in kind:
            if self.depth >= _MAX_CHUNK_DEPTH:
                return []
            return read(data, self.depth + 1)[0]
        if data.lstrip()[:5] == b"{\\rtf":
            return []  # RTF needs LibreOffice; a chunk is not worth a conversion of its own
        from jixiao.extract import text

        try:
            return text.read(data, part)[0]
        except Exception:  # noqa: BLE001 - a chunk that reads as nothing adds nothing
            return []


class _Body:
    def __init__(self, numbering: Numbering, careful: bool = True):
        self.chunks: _ChunkReader | None = None
        self.pictures: _PictureFinder | None = None
        self.numbering = numbering
        # Without hidden, moved, deleted or boxed text, every text node of a
        # paragraph is its text, and lxml can find them in one C-level pass.
        self.careful = careful
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0
        self._page_break = False

    def walk(self, parent, where: Where | None = None) -> None:
        """Paragraphs and tables of ``parent`` in order; ``where`` places those of a frame's cell."""
        for el in parent.iterchildren():
            if el.tag == _P:
                self._paragraph(el, where)
            elif el.tag == _TBL:
                self._table(el)
            elif el.tag in (_SDT, _SDT_CONTENT, _CUSTOM_XML):
                # Content controls (Word's own TOC sits in one) hold body paragraphs.
                content = el.find(_SDT_CONTENT) if el.tag == _SDT else el
                if content is not None:
                    self.walk(content, where)
            elif el.tag == _ALT_CHUNK and self.chunks is not None:
                self.blocks.extend(self.chunks(el.get(_RID)))

    # -- paragraphs outside tables ---------------------------------------
    def _paragraph(self, p, where: Where | None = None) -> None:
        if where is None:
            self.paragraphs += 1
            where = Where(paragraph=self.paragraphs)
        ppr = p.find(_PPR)
        if ppr is not None and _on(ppr.find(_PAGE_BREAK_BEFORE)):
            self._page_break = True
        if self.careful:
            for box in _text_boxes(p):
                self.walk(box, where)
        text, breaks_page = paragraph_text(p, self.numbering, self.careful)
        # A page number as a paragraph of its own (— 1 —: a PDF's footer a converter wrote into
        # the body) is no text of the draft.
        pieces = [piece.strip() for piece in text.split("\n") if not is_page_number(piece)]
        first = True
        for piece in pieces:
            if piece:
                self.blocks.append(Line(piece, where, para_break_before=first,
                                        page_break_before=self._page_break))
                first = False
                self._page_break = False
        if self.pictures is not None:
            self.pictures.add(p, len(self.blocks), where)
        if breaks_page or (ppr is not None and ppr.find(_SECT_PR) is not None):
            self._page_break = True

    # -- tables ------------------------------------------------------------
    def _table(self, tbl) -> None:
        self.tables += 1
        t = self.tables
        frame = _is_frame(tbl)
        self._table_body(tbl, t, frame)
        if self.pictures is not None and not frame:
            # A picture in a data table's cell (smaller than a form's: a table holding one of
            # those is a frame, read cell by cell) is read after its table.
            self.pictures.add(tbl, len(self.blocks), Where(table=t))

    def _table_body(self, tbl, t: int, frame: bool) -> None:
        if frame:
            # A layout table framing the form: its cells' paragraphs and tables are the body.
            for r, tr in enumerate(_rows(tbl)):
                for c, tc in enumerate(_cells(tr)):
                    self.walk(tc, Where(table=t, row=r + 1, cell=c + 1))
            return
        rows: list[list[Cell | None]] = []
        anchors: dict[int, tuple[int, Cell]] = {}  # grid column → (row, anchor cell) of an open vertical merge
        slots = 0
        for r, tr in enumerate(_rows(tbl)):
            row: list[Cell | None] = []
            trpr = tr.find(_TR_PR)
            before = _int_val(trpr, _GRID_BEFORE, 0) if trpr is not None else 0
            row.extend([Cell("", Where(table=t, row=r + 1, cell=k + 1)) for k in range(before)])
            for tc in _cells(tr):
                c = len(row)
                tcpr = tc.find(_TC_PR)
                span = max(_int_val(tcpr, _GRID_SPAN, 1), 1) if tcpr is not None else 1
                vmerge = tcpr.find(_V_MERGE) if tcpr is not None else None
                if vmerge is not None and vmerge.get(_VAL, "continue") == "continue" and c in anchors:
                    anchor_row, anchor = anchors[c]
                    anchor.rowspan = r - anchor_row + 1
                    row.extend([None] * span)
                    continue
                parts = self._cell_parts(tc)
                cell = Cell(" ".join(parts), Where(table=t, row=r + 1, cell=c + 1), 1, span,
                            tuple(parts) if len(parts) > 1 else ())
                row.append(cell)
                row.extend([None] * (span - 1))
                for k in range(c, c + span):
                    anchors.pop(k, None)
                if vmerge is not None:  # a restart
                    anchors[c] = (r, cell)
            # A column without a cell in this row ends any merge running down it.
            for k in [k for k in anchors if k >= len(row)]:
                anchors.pop(k)
            rows.append(row)
            slots += len(row)
            if slots > MAX_GRID_SLOTS:
                raise GridTooLarge(f"table {t} spans more than {MAX_GRID_SLOTS:,} cells")
        if not rows:
            return
        if len(rows) * max(len(r) for r in rows) > MAX_GRID_SLOTS:
            raise GridTooLarge(f"table {t} spans more than {MAX_GRID_SLOTS:,} cells")
        width = max(len(r) for r in rows)
        if width == 1:
            # A one-column table is layout (a boxed cover, a framed note), not data:
            # its paragraphs are read as paragraphs.
            for r, (cell,) in enumerate(rows):
                if cell is not None:
                    for k, part in enumerate(cell.parts or ((cell.text,) if cell.text else ())):
                        self.blocks.append(Line(part, cell.where, para_break_before=True,
                                                page_break_before=self._page_break and r == 0 and k == 0))
            self._page_break = False
            return
        for r, row in enumerate(rows):
            row.extend(Cell("", Where(table=t, row=r + 1, cell=k + 1)) for k in range(len(row), width))
        row_where = [Where(table=t, row=r + 1) for r in range(len(rows))]
        self.blocks.append(Table(rows, Where(table=t), self._page_break, row_where))
        self._page_break = False

    def _cell_parts(self, tc) -> list[str]:
        """Each paragraph and each soft line break of a cell; tabs become spaces."""
        parts: list[str] = []
        for p in tc.iter(_P):  # nested tables' paragraphs too, in order
            text, _ = paragraph_text(p, self.numbering, self.careful)
            for piece in text.split("\n"):
                piece = " ".join(piece.replace("\t", " ").split())
                if piece:
                    parts.append(piece)
        return parts


def _is_frame(tbl) -> bool:
    """A table laid out around tables: one cell per row and a table inside (a frame drawn around
    a form, a page box), or cells side by side each holding a table and no words of its own (a
    header block set as two tables next to each other in a borderless grid); or a table laid out
    around pictures of forms (a caption cell beside the picture of its form)."""
    if _holds_a_form_picture(tbl):
        return True
    if next(tbl.iterdescendants(_TBL), None) is None:
        return False
    rows = list(_rows(tbl))
    if all(sum(1 for _ in _cells(tr)) == 1 for tr in rows):
        return True
    return not any(_own_words(tc) for tr in rows for tc in _cells(tr))


_EXTENT = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"
# A picture this large on the page (EMU: 8 cm by 3 cm) may be a form; a signature, a seal or a
# logo in a form's cell is smaller, and that table stays a table.
FORM_PICTURE_EMU = (2_880_000, 1_080_000)


def _holds_a_form_picture(tbl) -> bool:
    for extent in tbl.iter(_EXTENT):
        try:
            large = int(extent.get("cx", 0)) >= FORM_PICTURE_EMU[0] and int(extent.get("cy", 0)) >= FORM_PICTURE_EMU[1]
        except ValueError:
            continue
        if large and next(extent.getparent().iter(_BLIP), None) is not None:
            return True
    return False


def _own_words(tc) -> bool:
    """Does the cell print words outside the tables it holds?"""
    return any("".join(t.text or "" for t in p.iter(_T)).strip() for p in tc.iterchildren(_P))


def _rows(tbl):
    """A table's rows, those inside row-level content controls too, however deep (Word's
    repeating section wraps each row in an item control inside the section's control)."""
    for el in tbl.iterchildren():
        if el.tag == _TR:
            yield el
        elif el.tag in (_SDT, _CUSTOM_XML):
            content = el.find(_SDT_CONTENT) if el.tag == _SDT else el
            if content is not None:
                yield from _rows(content)


def _cells(tr):
    for el in tr.iterchildren():
        if el.tag == _TC:
            yield el
        elif el.tag in (_SDT, _CUSTOM_XML):
            content = el.find(_SDT_CONTENT) if el.tag == _SDT else el
            if content is not None:
                yield from _cells(content)


def _int_val(parent, tag: str, default: int) -> int:
    """The integer w:val of ``parent``'s child ``tag`` (a Clark name)."""
    el = parent.find(tag)
    if el is None:
        return default
    try:
        return min(int(el.get(_VAL, default)), 1000)
    except (TypeError, ValueError):
        return default


_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p) -> list:
    """The text boxes anchored in paragraph ``p``, each once: Word stores a box twice (the
    drawing in mc:Choice and a VML copy in mc:Fallback for old readers) and prints it once;
    a form's title and 部门编码 line are often set in one."""
    boxes = []
    for box in p.iter(_TXBX):
        parent = box.getparent()
        while parent is not None and parent is not p and parent.tag != _FALLBACK:
            parent = parent.getparent()
        if parent is p:
            boxes.append(box)
    # A box inside a box is walked with its outer box.
    return [b for b in boxes if not any(o is not b and b in o.iter(_TXBX) for o in boxes)]


def paragraph_text(p, numbering: Numbering, careful: bool = True) -> tuple[str, bool]:
    """The paragraph's text with its drawn list number; and whether it breaks the page."""
    out: list[str] = []
    page_break = _collect(p, out) if careful else _collect_fast(p, out)
    text = "".join(out)
    label = numbering.label(p)
    if label:
        # Word puts a tab (or a space) after the number; after 、 or ） none reads better.
        text = label + ("" if label[-1] in "、.．)）:：" else " ") + text.lstrip()
    return text, page_break


def _collect_fast(p, out: list[str]) -> bool:
    page_break = False
    for el in p.iter(_T, _TAB, _PTAB, _BR, _CR, _NB_HYPHEN):
        tag = el.tag
        if tag == _T:
            out.append(el.text or "")
        elif tag == _BR:
            if el.get(_TYPE) == "page":
                page_break = True
            else:
                out.append("\n")
        else:
            out.append(_SIMPLE[tag])
    return page_break


_FLD_CHAR, _DD_LIST = qn("w:fldChar"), qn("w:ddList")
_FF_DATA, _LIST_ENTRY, _RESULT, _DEFAULT = qn("w:ffData"), qn("w:listEntry"), qn("w:result"), qn("w:default")


def _dropdown_choice(fld_char) -> str:
    """A legacy drop-down form field (FORMDROPDOWN) prints its chosen entry, but the document
    holds only the entry's index (w:result, else w:default, else the first): the entry is read
    from the field's list. Any other field's text is in the runs that follow."""
    dd = fld_char.find(f"{_FF_DATA}/{_DD_LIST}")
    if dd is None:
        return ""
    entries = [e.get(_VAL, "") for e in dd.findall(_LIST_ENTRY)]
    chosen = dd.find(_RESULT)
    if chosen is None:
        chosen = dd.find(_DEFAULT)
    try:
        index = int(chosen.get(_VAL, "0")) if chosen is not None else 0
    except ValueError:
        index = 0
    return entries[index] if 0 <= index < len(entries) else ""


def _collect(parent, out: list[str]) -> bool:
    page_break = False
    for el in parent.iterchildren():
        tag = el.tag
        if tag == _R:
            rpr = el.find(_RPR)
            if rpr is not None and _on(rpr.find(_VANISH)):
                continue
            align = rpr.find(_VERT_ALIGN) if rpr is not None else None
            # A raised footnote mark (≥75%¹) stays a superscript, which the value grammar leaves out.
            raised = align is not None and align.get(_VAL) == "superscript"
            for child in el.iterchildren():
                ctag = child.tag
                if ctag == _T:
                    out.append((child.text or "").translate(_SUPERSCRIPT) if raised else child.text or "")
                elif ctag in (_TAB, _PTAB):
                    out.append("\t")
                elif ctag == _BR:
                    if child.get(_TYPE) == "page":
                        page_break = True
                    else:
                        out.append("\n")
                elif ctag == _CR:
                    out.append("\n")
                elif ctag == _NB_HYPHEN:
                    out.append("-")
                elif ctag == _FLD_CHAR:
                    out.append(_dropdown_choice(child))
        elif tag in _RUN_CONTAINERS:
            page_break |= _collect(el, out)
    return page_break
