"""Every sample PDF through the whole pipeline: against its gold, and against
the record of the same draft's text rendering (so a gap shows whether the PDF
reader or the interpreter is at fault)."""
from __future__ import annotations

import pytest

from jixiao.extract import extract_file
from tests.helpers import DRAFTS, drafts_with_gold, f1, f1_strict, load_gold

PDFS = drafts_with_gold((".pdf",))
TEXT_SUFFIXES = (".txt", ".md", ".html")


def text_twin(pdf):
    stem = pdf.name.split(".")[0]
    return next((DRAFTS / f"{stem}{s}" for s in TEXT_SUFFIXES if (DRAFTS / f"{stem}{s}").exists()), None)


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_pdf_record_scores_against_gold(pdf):
    record = extract_file(str(pdf)).to_dict()
    assert record["source"]["format"] == "pdf" and record["source"]["pages"] >= 1
    score, misses = f1_strict(load_gold(pdf), record)
    assert score == 1.0, "\n".join(misses[:40])  # as for the text drafts


# The generated tsv_civil_2024.pdf has no 指标方向 column (make_pdfs.py does not draw
# it), and normalize reads the range 85%-95% as '=' unless a direction says '>='.
KNOWN_GAPS: dict[str, str] = {}  # sample name → why it may fall short; none now
TWINNED = [
    pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_GAPS[p.name], strict=False)) if p.name in KNOWN_GAPS else p
    for p in PDFS
    if text_twin(p)
]


@pytest.mark.parametrize("pdf", TWINNED, ids=lambda p: p.name)
def test_pdf_record_equals_the_text_rendering_record(pdf):
    score, misses = f1(extract_file(str(text_twin(pdf))).to_dict(), extract_file(str(pdf)).to_dict())
    assert score == 1.0, "\n".join(misses[:40])


def test_both_table_backends_give_the_same_grid_text_on_the_rl_seed():
    pytest.importorskip("camelot")
    from jixiao.extract.blocks import Table
    from jixiao.extract.pdf import read

    path = str(DRAFTS / "seed.rl.pdf")

    def grids(tables):
        blocks, _ = read(path, tables=tables)
        return [[[c and c.text for c in row] for row in b.rows] for b in blocks if isinstance(b, Table)]

    assert grids("camelot") == grids("pdfplumber")
