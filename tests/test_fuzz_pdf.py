"""A bounded fuzz of the PDF path: sample PDFs with bytes flipped, spliced or cut off.

Whatever pdfminer makes of them, the extractor answers with a record or a DraftError,
within a time limit (a hang would stall a batch worker until its timeout kills it).
"""
from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from jixiao.extract import extract_bytes
from jixiao.extract.errors import DraftError
from jixiao.ingest.limits import Timeout, alarm

DRAFTS = Path(__file__).resolve().parent.parent / "samples" / "drafts"
PDFS = {p.name: p.read_bytes() for p in sorted(DRAFTS.glob("*.pdf")) if p.stat().st_size < 120_000}
HUNT = int(os.environ.get("JIXIAO_FUZZ_EXAMPLES", "0"))
SECONDS_PER_FILE = 30


@st.composite
def damaged_pdf(draw) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(PDFS)))
    data = bytearray(PDFS[name])
    for _ in range(draw(st.integers(1, 12))):
        at = draw(st.integers(0, len(data) - 1))
        edit = draw(st.sampled_from(["flip", "splice", "zero_run"]))
        if edit == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif edit == "splice":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            data[at:at + draw(st.integers(1, 64))] = b"\x00" * 8
    if draw(st.booleans()):
        data = data[: draw(st.integers(8, len(data)))]
    return name, bytes(data)


@settings(max_examples=HUNT or 100, deadline=None, database=None, derandomize=not HUNT,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(damaged_pdf())
def test_damaged_sample_pdfs(case):
    name, data = case
    try:
        with alarm(SECONDS_PER_FILE):
            # Without OCR: a page whose damage leaves no readable text goes to OCR, whose time
            # is the per-page budget's to bound (tests/test_ocr_ingest.py), not this limit's;
            # what is fuzzed here is the parsers.
            record = extract_bytes(data, f"damaged-{name}", ocr="never").to_dict()
    except DraftError as err:
        assert "\n" not in str(err) and str(err).startswith(f"damaged-{name}: ")
        return
    except Timeout:
        raise AssertionError(f"no answer within {SECONDS_PER_FILE} s") from None
    assert record["projects"]
