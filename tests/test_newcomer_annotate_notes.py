"""review --annotate: every issue is a real PDF note (a Text annotation with its popup)
carrying the issue's message, read back with pypdf as any viewer would."""
from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader

from jixiao.extract import extract_file
from jixiao.review.row_boxes import issue_spots
from tests.helpers import DRAFTS


@pytest.mark.parametrize("name", ["seed.lo.pdf", "tsv_agriculture_2019.pdf"])
def test_each_issue_is_a_note_with_its_message(tmp_path, name):
    src = DRAFTS / name
    out = tmp_path / "annotated.pdf"
    result = subprocess.run([sys.executable, "-m", "jixiao", "review", "--annotate", str(src), "-o", str(out)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    spots = issue_spots(extract_file(str(src)))
    assert spots

    reader = PdfReader(out)
    notes = []
    for number, page in enumerate(reader.pages, 1):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot["/Subtype"] == "/Text":
                popup = annot["/Popup"].get_object()
                assert popup["/Subtype"] == "/Popup" and popup.raw_get("/Parent").idnum == ref.idnum
                notes.append((number, str(annot["/Contents"]), [float(v) for v in annot["/Rect"]]))
    assert len(notes) == len(spots)
    for issue, page_number, (x0, top, x1, bottom) in spots:
        match = [n for n in notes if n[0] == page_number and issue.message in n[1]]
        assert match, issue.message
        contents, rect = match[0][1], match[0][2]
        assert contents.startswith(f"{issue.severity} · {issue.code}")
        height = float(reader.pages[page_number - 1].mediabox.height)
        # Beside its box: right of the row, at its height (PDF space grows upwards)
        assert rect[0] >= min(x1, float(reader.pages[page_number - 1].mediabox.width) - 20) - 1
        assert rect[1] <= height - top + 1 and rect[3] >= height - bottom - 1


def test_chinese_message_survives_the_round_trip(tmp_path):
    out = tmp_path / "annotated.pdf"
    subprocess.run([sys.executable, "-m", "jixiao", "review", "--annotate", str(DRAFTS / "seed.lo.pdf"), "-o", str(out)],
                   check=True, capture_output=True, timeout=300)
    contents = [str(a.get_object()["/Contents"]) for p in PdfReader(out).pages for a in (p.get("/Annots") or [])
                if a.get_object()["/Subtype"] == "/Text"]
    assert any("指标值" in c for c in contents)
