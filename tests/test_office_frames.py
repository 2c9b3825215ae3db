"""A PDF opened by LibreOffice and saved as Word: pages of positioned text boxes and line shapes.

The real conversion (LibreOffice's PDF import, then .docx) of the seed's LibreOffice PDF, fifteen
pages whose every line of text is a text box and every ruling a line shape, with no Word table
and no running paragraph: read by position, it gives the seed's hand-checked record back.
"""
from __future__ import annotations

import json
import subprocess

from tests.helpers import DRAFTS, EXPECTED, f1

from jixiao.extract import extract_file
from jixiao.extract.office import frames, package


def _imported(soffice: str, tmp_path, pdf, to: str = "docx") -> str:
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--infilter=writer_pdf_import",
                    "--convert-to", to, "--outdir", str(tmp_path), str(pdf)], check=True, capture_output=True, timeout=300)
    return str(tmp_path / (pdf.name.removesuffix(".pdf") + f".{to}"))


def test_a_pdf_imported_by_libreoffice_and_saved_as_word_reads_as_the_pdf(soffice, tmp_path):
    converted = _imported(soffice, tmp_path, DRAFTS / "seed.lo.pdf")
    body = package.Package(open(converted, "rb").read())
    root = body.xml("word/document.xml").find(package.qn("w:body"))
    assert frames.laid_out_by_position(root) and next(root.iter(package.qn("w:tbl")), None) is None
    record = extract_file(converted)
    assert record.source.format == "docx" and record.source.rendering == "pdf"
    score, misses = f1(json.loads((EXPECTED / "seed.gold.json").read_text(encoding="utf-8")), record)
    assert score == 1.0, "\n".join(misses[:20])


def test_the_same_import_saved_as_opendocument_reads_its_pages_from_the_frames(soffice, tmp_path):
    """Saved as .odt the frames keep their page numbers (a .docx cannot say them): the file is
    read from its own content.xml, without a conversion."""
    converted = _imported(soffice, tmp_path, DRAFTS / "seed.lo.pdf", to="odt")
    record = extract_file(converted)
    assert record.source.format == "odt" and record.source.rendering == "pdf"  # a PDF's pages, read as such
    score, misses = f1(json.loads((EXPECTED / "seed.gold.json").read_text(encoding="utf-8")), record)
    assert score == 1.0, "\n".join(misses[:20])


def test_text_boxes_beside_running_text_are_a_document_not_a_converted_page(soffice, tmp_path):
    """The same boxes in a body that has running paragraphs (or a table) of its own are Word's
    layout: the file is read as a document."""
    from lxml import etree

    converted = _imported(soffice, tmp_path, DRAFTS / "seed.lo.pdf")
    root = package.Package(open(converted, "rb").read()).xml("word/document.xml").find(package.qn("w:body"))
    paragraph = etree.SubElement(root, package.qn("w:p"))
    etree.SubElement(etree.SubElement(paragraph, package.qn("w:r")), package.qn("w:t")).text = "本部门2025年预算绩效目标说明如下。" * 3
    assert not frames.laid_out_by_position(root)
    root.remove(paragraph)
    etree.SubElement(root, package.qn("w:tbl"))
    assert not frames.laid_out_by_position(root)
