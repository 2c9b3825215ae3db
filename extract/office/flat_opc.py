"""Word's "Word XML Document" (Flat OPC): a whole .docx package as one XML file.

Word 2007 and later save it as ``.xml`` (OA systems export drafts so, and portals
serve them as ``.xml`` or ``.doc``): under ``<?mso-application progid="Word.Document"?>``
a ``pkg:package`` holds every part of the package as a ``pkg:part`` named by its
path, with its content type, and either its XML inline (``pkg:xmlData``) or its
bytes in base64 (``pkg:binaryData``). It is not Word 2003 XML (``wordml2003``): the
body inside is the .docx body itself. The parts are put back into a zip, with the
``[Content_Types].xml`` their types make, and read as the .docx it is.
"""
from __future__ import annotations

import base64
import binascii
import io
import zipfile
from xml.sax.saxutils import quoteattr

PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"


def is_flat_opc(data: bytes) -> bool:
    """A Flat OPC package, by its root element's namespace in the file's head."""
    head = data[:4096]
    return PKG.encode() in head and b"package" in head


def to_zip(data: bytes) -> bytes:
    """The .docx (or .xlsx) package the XML file holds."""
    from lxml import etree

    from jixiao.extract.office.package import parser

    root = etree.fromstring(data, parser())
    if root.tag != f"{{{PKG}}}package":
        raise ValueError("not a Flat OPC package: its root is not pkg:package")
    out = io.BytesIO()
    types = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for part in root.iterchildren(f"{{{PKG}}}part"):
            name = (part.get(f"{{{PKG}}}name") or "").lstrip("/")
            if not name or name == "[Content_Types].xml":
                continue
            xml = part.find(f"{{{PKG}}}xmlData")
            binary = part.find(f"{{{PKG}}}binaryData")
            if xml is not None and len(xml):
                body = etree.tostring(xml[0], xml_declaration=True, encoding="UTF-8", standalone=True)
            elif binary is not None:
                try:
                    body = base64.b64decode("".join((binary.text or "").split()))
                except (binascii.Error, ValueError):
                    continue  # a picture that does not decode: nothing a draft's text needs
            else:
                continue
            zf.writestr(name, body)
            types.append((name, part.get(f"{{{PKG}}}contentType") or "application/octet-stream"))
        overrides = "".join(f"<Override PartName={quoteattr('/' + n)} ContentType={quoteattr(t)}/>" for n, t in types)
        zf.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                    f"{overrides}</Types>")
    return out.getvalue()
