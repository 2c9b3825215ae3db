"""OpenDocument drafts (.odt/.ods, as LibreOffice and WPS users save them), read through LibreOffice.

samples/office/unseen/odf holds two unseen drafts LibreOffice saved as ODF (from w1_numbered_kv_xinhui_2024.docx
and x2_onesheet_merged_nanbu_2025.xlsx); they are scored against the hand-typed golds of those drafts. Only
the two scoring tests convert (a few seconds each); the others stop before LibreOffice. Without LibreOffice
the scoring tests skip locally and fail under CI.
"""
from __future__ import annotations

import io
import json
import shutil
import zipfile

import pytest

from jixiao.extract import DraftError, extract_bytes, extract_file
from jixiao.ingest import survey
from tests.helpers import ROOT, f1

UNSEEN = ROOT / "samples" / "office" / "unseen"
ODF = sorted((UNSEEN / "odf").iterdir())


@pytest.mark.parametrize("draft", ODF, ids=lambda p: p.name)
def test_opendocument_draft_through_libreoffice_scores_against_its_gold(soffice, draft):
    gold = json.loads((UNSEEN / "expected" / f"{draft.stem}.gold.json").read_text(encoding="utf-8"))
    record = extract_file(str(draft)).to_dict()
    assert record["source"]["format"] == draft.suffix[1:] and record["source"]["converted_by"] == "LibreOffice"
    score, misses = f1(gold, record)
    assert score >= 0.97, "\n".join(misses[:30])


def test_opendocument_is_told_by_content_and_a_missing_libreoffice_is_named(tmp_path, monkeypatch):
    renamed = tmp_path / "draft.zip"  # an .odt under another name: its mimetype member says what it is
    shutil.copyfile(UNSEEN / "odf" / "w1_numbered_kv_xinhui_2024.odt", renamed)
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # a machine without LibreOffice
    with pytest.raises(DraftError) as err:
        extract_file(str(renamed))
    assert err.value.code == "missing_program"
    assert "LibreOffice (soffice) is needed to read OpenDocument (.odt) files: apt-get install libreoffice-writer-nogui" \
        in str(err.value)


def _odf(mimetype: str, manifest: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as ODF requires
        zf.writestr("content.xml", '<?xml version="1.0"?><office:document-content '
                                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
        zf.writestr("META-INF/manifest.xml", manifest or '<?xml version="1.0"?><manifest:manifest '
                    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return buf.getvalue()


def test_a_presentation_or_a_locked_opendocument_file_is_refused_in_one_line():
    with pytest.raises(DraftError, match="a presentation, not a draft"):
        extract_bytes(_odf("application/vnd.oasis.opendocument.presentation"), "slides.odp")
    locked = _odf("application/vnd.oasis.opendocument.spreadsheet",
                  '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                  'manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
                  '</manifest:file-entry></manifest:manifest>')
    with pytest.raises(DraftError, match="password-protected OpenDocument file") as err:
        extract_bytes(locked, "book.ods")
    assert err.value.code == "encrypted"


def test_ingest_takes_opendocument_drafts(tmp_path):
    for path in ODF:
        shutil.copyfile(path, tmp_path / path.name)
    verdicts = {found.path.rsplit("/", 1)[-1]: (found.status, found.kind) for found in survey([tmp_path])}
    assert verdicts == {p.name: (None, None) for p in ODF}
