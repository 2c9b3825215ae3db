"""The stream pre-check as the pdfium engine runs it: a bound from raw lengths where
that suffices, real inflating where it does not; bombs refused by both engines."""
from __future__ import annotations

import pytest

from jixiao.extract import extract_file
from jixiao.extract.errors import DraftError
from jixiao.extract.limits import Limits, check_document_streams, count_inflated, pdf_streams
from tests.bad.make_bad import inflate_bomb
from tests.test_pdf_engine import SAMPLES

MB = 1024 * 1024


def _doc(path):
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    fh = open(path, "rb")
    return fh, PDFDocument(PDFParser(fh))


@pytest.mark.parametrize("pdf", SAMPLES, ids=lambda p: p.name)
def test_the_bound_is_never_below_what_the_streams_inflate_to(pdf):
    fh, doc = _doc(pdf)
    with fh:
        streams = list(pdf_streams(doc))
        truth = count_inflated(streams, str(pdf), 1 << 40)
        bound = check_document_streams(doc, str(pdf), Limits())
    assert truth > 0 and bound is not None and bound >= truth


def _bomb(path, inflated: int) -> None:
    """A one-page PDF whose content stream is a little deflate that inflates to ``inflated`` bytes."""
    inflate_bomb(path, inflated, filler=b"0 0 m\n")


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_bomb_past_the_limit_is_refused_by_either_engine(tmp_path, engine):
    path = tmp_path / "bomb.pdf"
    _bomb(path, 40 * MB)
    assert path.stat().st_size < 1 * MB  # small on disk: its bound passes the limit, so it is inflated
    with pytest.raises(DraftError, match="inflate to more than 8 MB") as err:
        extract_file(str(path), limits=Limits(max_inflated=8 * MB), pdf_engine=engine).to_dict()
    assert err.value.code == "too_large"
