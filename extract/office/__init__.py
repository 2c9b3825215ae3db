"""Word and Excel drafts, read directly: .docx, .xlsx, and the legacy .doc, .xls, .wps, .et.

The kind is told by content, never by the file's name (a .docx renamed .zip,
an .xlsx saved as .xls): a zip whose main part is ``word/document.xml`` or
``xl/workbook.xml``, or an OLE2 compound file with Word or Excel streams
(``ole``).  Each reader emits the same blocks as the PDF and text readers:

* .docx (``word``) and .xlsx (``excel``) read from their XML parts (``package``),
  .xls through xlrd (``xls``);
* Word 2003 XML (one XML file, often served as .doc) by the .docx reader, its
  names renamed (``wordml2003``); Word 2007's "Word XML Document" (Flat OPC: the
  whole package in one XML file) put back into its zip (``flat_opc``);
* Strict Open XML files (ISO/IEC 29500 Strict namespaces) as they are read (``package``);
* .doc, RTF (often served as .doc), WPS files and OpenDocument .odt/.ods
  (a zip whose first member ``mimetype`` names the kind) through LibreOffice
  (``libreoffice``), converted to .docx/.xlsx and read as those.

Hostile containers are refused first (``guards``).  ``read`` returns the
blocks and the ``source`` dict; reader issues (hidden sheets) travel in
``source["issues"]``, which ``extract_bytes`` moves into the record.
"""
from __future__ import annotations

import os
import re

from jixiao.extract.blocks import Block
from jixiao.extract.errors import DraftError
from jixiao.extract.limits import DEFAULT, Limits

# Only the magic numbers are needed to route bytes here; the readers, zipfile and
# the Office libraries are imported when a Word or Excel file actually comes.
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
_MAIN_PART = re.compile(rb'<Relationship\b[^>]*?Type="[^"]*/officeDocument"[^>]*?Target="/?([^"]+)"|'
                        rb'<Relationship\b[^>]*?Target="/?([^"]+)"[^>]*?Type="[^"]*/officeDocument"')


def is_office(data: bytes) -> bool:
    # Word also saves (and many sites serve as ".doc") Rich Text Format and, from Word 2003,
    # a single XML file.
    from jixiao.extract.office import flat_opc, wordml2003

    return data[:4] in ZIP_MAGIC or data[:8] == OLE_MAGIC or data.lstrip()[:5] == RTF_MAGIC or wordml2003.is_wordml(data) \
        or flat_opc.is_flat_opc(data)


def read(data: bytes, path: str, limits: Limits = DEFAULT) -> tuple[list[Block], dict]:
    if data[:8] == OLE_MAGIC:
        return _read_ole(data, path, limits)
    if data.lstrip()[:5] == RTF_MAGIC:
        return _read_rtf(data, path, limits)
    if data[:4] not in ZIP_MAGIC:
        from jixiao.extract.office import flat_opc

        if flat_opc.is_flat_opc(data):
            return _read_flat_opc(data, path, limits)
        return _read_wordml(data, path)
    kind = _zip_kind(data, path, limits)
    if kind == "docx":
        return _read_docx(data, path)
    if kind == "xlsx":
        return _read_xlsx(data, path)
    return _read_odf(data, path, limits, kind)


def _zip_kind(data: bytes, path: str, limits: Limits) -> str:
    from jixiao.extract.office import guards

    zf = guards.open_zip(data, path, limits)
    names = set(zf.namelist())
    guards.check_xml_parts(zf, path)
    main = ""
    if "_rels/.rels" in names:
        m = _MAIN_PART.search(zf.read("_rels/.rels"))
        if m:
            main = (m.group(1) or m.group(2)).decode("utf-8", "replace")
    if main.startswith("word/") or (not main and "word/document.xml" in names):
        return "docx"
    if main.startswith("xl/") or (not main and "xl/workbook.xml" in names):
        return "xlsx"
    if "mimetype" in names:
        odf = _odf_kind(zf, path)
        if odf:
            return odf
    if main.startswith("ppt/"):
        raise DraftError(path, "a PowerPoint file, not a draft", code="unknown_format")
    raise DraftError(path, "a zip archive, not a Word or Excel file", code="unknown_format")


# OpenDocument: the ``mimetype`` member (stored first, uncompressed) names the kind;
# templates read as the documents they make.
_ODF_KINDS = {"text": "odt", "text-template": "odt", "spreadsheet": "ods", "spreadsheet-template": "ods"}
_ODF_PREFIX = b"application/vnd.oasis.opendocument."


def _odf_kind(zf, path: str) -> str | None:
    mimetype = zf.read("mimetype")[:100].strip()
    if not mimetype.startswith(_ODF_PREFIX):
        return None
    kind = mimetype[len(_ODF_PREFIX):].decode("ascii", "replace")
    if kind not in _ODF_KINDS:
        what = "a presentation" if kind.startswith("presentation") else f"an OpenDocument {kind} file"
        raise DraftError(path, f"{what}, not a draft (a text document or a spreadsheet is)", code="unknown_format")
    try:
        manifest = zf.read("META-INF/manifest.xml")
    except KeyError:
        manifest = b""
    if b"encryption-data" in manifest:
        raise DraftError(path, "password-protected OpenDocument file; remove the password first", code="encrypted")
    return _ODF_KINDS[kind]


def _damaged(path: str, what: str, err: Exception) -> DraftError:
    """One line a user can act on, whatever the parser tripped over."""
    from lxml.etree import XMLSyntaxError

    if isinstance(err, XMLSyntaxError):
        detail = "malformed XML: " + " ".join(str(err.msg or err).split())[:100]
    elif isinstance(err, KeyError) or "PackageNotFound" in type(err).__name__:
        detail = "a part of the document is missing"
    else:
        detail = f"it cannot be read as a {what} document"
    return DraftError(path, f"damaged {what} file ({detail})", code="damaged")


def _read_docx(data: bytes, path: str, source: dict | None = None) -> tuple[list[Block], dict]:
    from jixiao.extract.office import word
    from jixiao.extract.office.guards import GridTooLarge

    try:
        blocks, info = word.read(data)
    except DraftError:
        raise
    except GridTooLarge as err:
        raise DraftError(path, f"{err} (too large for a draft)", code="too_large") from None
    except ValueError as err:
        if "content type" in str(err):  # .docm, .dotx: python-docx reads only documents
            raise DraftError(path, "a Word template or macro-enabled file; save it as .docx first", code="unknown_format") from None
        raise _damaged(path, "Word", err) from None
    except Exception as err:  # noqa: BLE001 - any parse failure of the user's bytes is "damaged"
        raise _damaged(path, "Word", err) from None
    return blocks, {**info, **(source or {})}


def _read_wordml(data: bytes, path: str) -> tuple[list[Block], dict]:
    from jixiao.extract.office import wordml2003

    try:
        return wordml2003.read(data)
    except Exception as err:  # noqa: BLE001 - see _read_docx
        raise _damaged(path, "Word 2003 XML", err) from None


def _read_flat_opc(data: bytes, path: str, limits: Limits) -> tuple[list[Block], dict]:
    from jixiao.extract.office import flat_opc

    try:
        package = flat_opc.to_zip(data)
    except Exception as err:  # noqa: BLE001 - see _read_docx
        raise _damaged(path, "Word XML", err) from None
    kind = _zip_kind(package, path, limits)
    if kind == "xlsx":
        return _read_xlsx(package, path)
    if kind != "docx":
        raise DraftError(path, "a Word XML package without a Word document in it", code="unknown_format")
    return _read_docx(package, path)


def _read_xlsx(data: bytes, path: str, source: dict | None = None) -> tuple[list[Block], dict]:
    from jixiao.extract.office import excel

    try:
        sheets = excel.read(data)
    except DraftError:
        raise
    except Exception as err:  # noqa: BLE001 - see _read_docx
        raise _damaged(path, "Excel", err) from None
    return _sheets(sheets, {"format": "xlsx", "rendering": "xlsx", "pages": None, **(source or {})}, path)


def _sheets(sheets, source: dict, path: str) -> tuple[list[Block], dict]:
    from jixiao.extract.office import sheet
    from jixiao.extract.office.guards import GridTooLarge

    pictures: list = []
    try:
        blocks, issues = sheet.blocks(sheets, pictures)
    except GridTooLarge as err:
        raise DraftError(path, f"{err} (too large for a draft)", code="too_large") from None
    out = {**source, "sheets": [s.name for s in sheets], "issues": issues}
    if pictures:
        out["pictures"] = pictures
    return blocks, out


def _read_ole(data: bytes, path: str, limits: Limits) -> tuple[list[Block], dict]:
    from jixiao.extract.office import libreoffice, ole, xls

    kind = ole.kind(data, path)
    suffix = os.path.splitext(path)[1].lower()
    if kind == "encrypted":
        raise DraftError(path, "password-protected Word/Excel file; remove the password first", code="encrypted")
    if kind == "xls":
        try:
            return _sheets(xls.read(data, path), {"format": "xls", "rendering": "xls", "pages": None}, path)
        except DraftError as err:
            # WPS's .et adds records of its own that xlrd may not follow; LibreOffice reads them.
            if err.code != "damaged" or libreoffice.program() is None:
                raise
        converted = libreoffice.convert(data, path, to="xlsx", suffix=suffix if suffix in (".xls", ".et") else ".xls",
                                        what=suffix if suffix in (".xls", ".et") else ".xls")
        return _read_xlsx(_checked(converted, path, limits), path,
                          {"format": "xls", "rendering": "xlsx", "converted_by": "LibreOffice"})
    return _read_doc(data, path, limits, suffix)


def _read_doc(data: bytes, path: str, limits: Limits, suffix: str) -> tuple[list[Block], dict]:
    """A Word 97–2003 binary: LibreOffice's conversion (it draws list numbers and drops hidden
    text), unless it lost table rows the file's own properties mark, or LibreOffice is
    missing; then our own reading of the binary (``word97``)."""
    from jixiao.extract.office import libreoffice, word97

    own = _own_word97(data, path)
    if libreoffice.program() is None and own is not None:
        return own[0], {**own[1], "warnings": ["read without LibreOffice (not installed): list numbers Word draws are not shown"]}
    what = suffix.lstrip(".") if suffix in (".doc", ".wps", ".dot", ".wpt") else "doc"
    converted = libreoffice.convert(data, path, to="docx", suffix=f".{what}", what=f".{what}")
    blocks, source = _read_docx(_checked(converted, path, limits), path,
                                {"format": "doc", "rendering": "docx", "converted_by": "LibreOffice"})
    if own is not None and _table_rows(own[0]) > _table_rows(blocks):
        return own[0], {**own[1], "warnings": ["LibreOffice's conversion lost table rows: read from the Word 97 binary itself"]}
    return blocks, source


def _own_word97(data: bytes, path: str) -> tuple[list[Block], dict] | None:
    from jixiao.extract.office import word97
    from jixiao.extract.office.guards import GridTooLarge

    try:
        return word97.read(data)
    except GridTooLarge as err:
        raise DraftError(path, f"{err} (too large for a draft)", code="too_large") from None
    except Exception:  # noqa: BLE001 - Word 6/95, or bytes this reader does not follow: LibreOffice's to read
        return None


def _table_rows(blocks: list[Block]) -> int:
    from jixiao.extract.blocks import Table

    return sum(len(b.rows) for b in blocks if isinstance(b, Table))


def _read_odf(data: bytes, path: str, limits: Limits, kind: str) -> tuple[list[Block], dict]:
    from jixiao.extract.office import libreoffice

    if kind == "odt" and (blocks := _positioned_odt(data, path, limits)) is not None:
        # The file is a PDF's pages as positioned frames, read as those pages are.
        return blocks, {"format": "odt", "rendering": "pdf", "pages": None}
    to = "docx" if kind == "odt" else "xlsx"
    converted = libreoffice.convert(data, path, to=to, suffix=f".{kind}", what=f"OpenDocument (.{kind})")
    source = {"format": kind, "rendering": to, "converted_by": "LibreOffice"}
    read_as = _read_docx if to == "docx" else _read_xlsx
    return read_as(_checked(converted, path, limits), path, source)


def _positioned_odt(data: bytes, path: str, limits: Limits):
    """A PDF LibreOffice opened and saved as .odt: its frames keep their pages, which a
    conversion to .docx would lose (``frames``); None for any other .odt."""
    from jixiao.extract.office import frames, guards
    from jixiao.extract.office.package import parser

    zf = guards.open_zip(data, path, limits)
    if "content.xml" not in zf.namelist():
        return None
    from lxml import etree

    try:
        content = etree.fromstring(zf.read("content.xml"), parser())
    except etree.XMLSyntaxError:
        return None
    if not frames.odt_laid_out_by_position(content):
        return None
    return frames.read_odt(content)


def _read_rtf(data: bytes, path: str, limits: Limits) -> tuple[list[Block], dict]:
    from jixiao.extract.office import libreoffice

    converted = libreoffice.convert(data, path, to="docx", suffix=".rtf", what="RTF (.rtf/.doc)")
    return _read_docx(_checked(converted, path, limits), path,
                      {"format": "doc", "rendering": "docx", "converted_by": "LibreOffice"})


def _checked(converted: bytes, path: str, limits: Limits) -> bytes:
    from jixiao.extract.office import guards

    guards.open_zip(converted, path, limits)
    return converted
