"""Office packages in the shapes Word and Excel also save them: Strict Open XML, Word's Flat
OPC "Word XML Document", and a form that lives only in an altChunk. Each is made here from a
sample draft (as Word or Excel would save the same content), and must give that draft's record."""
from __future__ import annotations

import base64
import io
import re
import zipfile

import pytest

from jixiao.extract import DraftError, extract_bytes
from jixiao.extract.office import package
from tests.helpers import DRAFTS, f1, load_gold

_TRANSITIONAL = re.compile(rb"http://schemas\.openxmlformats\.org/(wordprocessingml|spreadsheetml|drawingml|"
                           rb"officeDocument)/2006/")


def _strict(data: bytes) -> bytes:
    """The package with every Transitional namespace and relationship type in its Strict name,
    as Office's "Strict Open XML" save writes them."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename.endswith((".xml", ".rels")):
                body = _TRANSITIONAL.sub(rb"http://purl.oclc.org/ooxml/\1/", body)
            dst.writestr(item, body)
    return out.getvalue()


def _record(data: bytes, name: str) -> dict:
    record = extract_bytes(data, name).to_dict()
    record.pop("source")
    return record


@pytest.mark.parametrize("name", ["seed.docx", "tsv_civil_2024.xlsx", "html_education_2022.intable.docx"])
def test_strict_open_xml_reads_as_its_transitional_twin(name):
    data = (DRAFTS / name).read_bytes()
    strict = _strict(data)
    with zipfile.ZipFile(io.BytesIO(strict)) as zf:
        parts = b"".join(zf.read(n) for n in zf.namelist() if n.endswith((".xml", ".rels")))
    assert package.STRICT in parts and not re.search(rb"schemas\.openxmlformats\.org/(wordprocessingml|spreadsheetml)", parts)
    assert _record(strict, name) == _record(data, name)


def test_a_strict_part_keeps_streaming_and_its_bytes():
    part = b'<?xml version="1.0"?><worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><x/></worksheet>'
    assert package.transitional(part) == part.replace(b"purl.oclc.org/ooxml/spreadsheetml/",
                                                      b"schemas.openxmlformats.org/spreadsheetml/2006/")
    plain = b"<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'/>"
    assert package.transitional(plain) is plain


def _flat_opc(data: bytes) -> bytes:
    """The .docx as Word's "Word XML Document": every part inline in one pkg:package."""
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        types = zf.read("[Content_Types].xml").decode()
        for name in zf.namelist():
            if name == "[Content_Types].xml":
                continue
            body = zf.read(name)
            override = re.search(rf'PartName="/{re.escape(name)}" ContentType="([^"]+)"', types)
            kind = override.group(1) if override else "application/vnd.openxmlformats-package.relationships+xml" \
                if name.endswith(".rels") else "application/xml"
            if name.endswith((".xml", ".rels")):
                xml = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", body).decode()
                parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="{kind}"><pkg:xmlData>{xml}</pkg:xmlData>'
                             "</pkg:part>")
            else:
                parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="{kind}" pkg:compression="store">'
                             f"<pkg:binaryData>{base64.encodebytes(body).decode()}</pkg:binaryData></pkg:part>")
    return ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            + "".join(parts) + "</pkg:package>").encode()


def test_word_xml_document_flat_opc_reads_as_the_docx():
    data = (DRAFTS / "seed.docx").read_bytes()
    flat = _flat_opc(data)
    assert flat[:5] == b"<?xml" and b"word/document.xml" in flat
    record = _record(flat, "seed.xml")
    assert record == _record(data, "seed.docx")
    assert f1(load_gold(DRAFTS / "seed.docx"), {**record, "source": {}})[0] == 1.0


def test_flat_opc_without_a_word_document_is_refused_by_name():
    flat = _flat_opc((DRAFTS / "seed.docx").read_bytes()).replace(b'pkg:name="/word/document.xml"',
                                                                     b'pkg:name="/word/other.xml"')
    flat = flat.replace(b'Target="word/document.xml"', b'Target="word/missing.xml"')
    with pytest.raises(DraftError) as info:
        extract_bytes(flat, "broken.xml")
    assert "damaged Word file" in str(info.value) or "Word XML" in str(info.value)


def test_ingest_takes_a_flat_opc_xml_file(tmp_path):
    from jixiao.ingest.sniff import _is_word_xml

    path = tmp_path / "draft.xml"
    path.write_bytes(_flat_opc((DRAFTS / "seed.docx").read_bytes()))
    assert _is_word_xml(str(path))
    (tmp_path / "data.xml").write_bytes(b'<?xml version="1.0"?><rows><row>1</row></rows>')
    assert not _is_word_xml(str(tmp_path / "data.xml"))


def _with_alt_chunk(chunk: bytes, name: str, content_type: str) -> bytes:
    """A .docx whose body is a heading and an altChunk holding ``chunk``, as a mail merge writes it."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("（本表由系统生成）")
    out = io.BytesIO()
    doc.save(out)
    src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b"<w:sectPr", b'<w:altChunk r:id="AltChunkId1"/><w:sectPr', 1)
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", b'<Relationship Id="AltChunkId1" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="'
                                    + name.encode() + b'"/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", b'<Override PartName="/word/' + name.encode() + b'" ContentType="'
                                    + content_type.encode() + b'"/></Types>')
            dst.writestr(item, body)
        dst.writestr(f"word/{name}", chunk)
    return result.getvalue()


def test_a_form_only_in_an_alt_chunk_reads_as_the_page_it_is():
    page = (DRAFTS / "html_education_2022.html").read_bytes()
    data = _with_alt_chunk(page, "afchunk.htm", "text/html")
    record = extract_bytes(data, "merged.docx").to_dict()
    gold = load_gold(DRAFTS / "html_education_2022.html")
    assert [len(p["indicators"]) for p in record["projects"]] == [len(p["indicators"]) for p in gold["projects"]]
    assert f1(gold, record)[0] >= f1(gold, extract_bytes(page, "page.html").to_dict())[0] - 0.01


def test_a_docx_in_an_alt_chunk():
    inner = (DRAFTS / "seed.docx").read_bytes()
    data = _with_alt_chunk(inner, "afchunk.docx",
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    assert f1(load_gold(DRAFTS / "seed.docx"), extract_bytes(data, "merged.docx").to_dict())[0] == 1.0
