"""Word 97–2003 binaries read from their own streams (extract/office/word97.py).

LibreOffice is the oracle where it reads a file well: on every Word 97 sample our own
reading gives the tables LibreOffice's conversion gives, cell for cell, merges included.
Where it does not (23a p3: its second table imported as paragraphs), the record comes
from our reading; without LibreOffice a Word 97 .doc is still read.
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from jixiao.extract import extract_file
from jixiao.extract.blocks import Table
from jixiao.extract.office import _read_docx, libreoffice, word97
from tests.helpers import ROOT, f1

SAMPLES = ROOT / "samples"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _word97_samples() -> list[Path]:
    found = []
    for path in sorted(SAMPLES.glob("heldout*/drafts/*")):
        data = path.read_bytes()
        if data[:8] == OLE and b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t" in data:
            found.append(path)
    return found


WORD97 = _word97_samples()
P3 = next(p for p in WORD97 if p.suffix == ".wps")


def _gold(draft: Path) -> dict:
    import json

    return json.loads((draft.parent.parent / "expected" / f"{draft.stem}.gold.json").read_text(encoding="utf-8"))


def _shape(blocks) -> list:
    return [[[None if c is None else (c.text, c.rowspan, c.colspan) for c in row] for row in b.rows]
            for b in blocks if isinstance(b, Table)]


def test_the_samples_hold_word97_files():
    assert len(WORD97) >= 4 and P3 in WORD97


# The samples whose forms are Word tables (31a q4 carries its form as a picture: no table to compare).
WITH_TABLES = [p for p in WORD97 if p != P3 and word97.table_rows(p.read_bytes())]


def test_most_word97_samples_hold_tables():
    assert len(WITH_TABLES) >= 3


@pytest.mark.parametrize("draft", WITH_TABLES, ids=lambda p: p.stem)
def test_own_reading_gives_libreoffices_tables(soffice, draft):
    data = draft.read_bytes()
    own, _ = word97.read(data)
    converted, _ = _read_docx(libreoffice.convert(data, str(draft), to="docx", suffix=".doc", what=".doc"), str(draft))
    assert _shape(own) == _shape(converted)
    assert any(c is None for t in _shape(own) for row in t for c in row), "no merged cell to compare"


def test_a_table_libreoffice_loses_is_read_from_the_binary(soffice):
    data = P3.read_bytes()
    own, _ = word97.read(data)
    converted, _ = _read_docx(libreoffice.convert(data, str(P3), to="docx", suffix=".doc", what=".doc"), str(P3))
    own_rows = sum(len(t) for t in _shape(own))
    assert own_rows == word97.table_rows(data) > sum(len(t) for t in _shape(converted))
    record = extract_file(str(P3)).to_dict()
    assert record["source"]["warnings"] == ["LibreOffice's conversion lost table rows: read from the Word 97 binary itself"]
    gold = _gold(P3)
    assert [len(p["indicators"]) for p in record["projects"]] == [len(p["indicators"]) for p in gold["projects"]]
    score, misses = f1(gold, record)
    assert score >= 0.99, misses


def test_a_doc_is_read_without_libreoffice(tmp_path):
    draft = next(p for p in WORD97 if p.suffix == ".doc")
    env = {**os.environ, "PATH": os.path.dirname(sys.executable)}  # no soffice on it
    done = subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", str(draft)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    import json

    record = json.loads(done.stdout)
    assert "converted_by" not in record["source"]
    assert record["source"]["warnings"] == [
        "read without LibreOffice (not installed): list numbers Word draws are not shown"]
    assert f1(_gold(draft), record)[0] == 1.0


def test_word6_and_damaged_streams_are_left_to_libreoffice():
    import olefile
    import io

    data = bytearray(P3.read_bytes())
    with olefile.OleFileIO(io.BytesIO(bytes(data))) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
    stream[2:4] = (0x65).to_bytes(2, "little")  # nFib of Word 6
    patched = io.BytesIO(bytes(data))
    with olefile.OleFileIO(patched, write_mode=True) as ole:
        ole.write_stream("WordDocument", bytes(stream))
    with pytest.raises(word97.NotWord97, match="not a Word 97"):
        word97.read(patched.getvalue())
    assert word97.table_rows(patched.getvalue()) == 0


def test_random_damage_raises_nothing_but_its_own_error():
    # The reader runs before LibreOffice on every .doc: a damaged file must fall back, not crash.
    import io

    import olefile

    with olefile.OleFileIO(io.BytesIO(P3.read_bytes())) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        table = bytearray(ole.openstream("1Table").read())
    rng = random.Random(17)
    outcomes = set()
    for _ in range(40):
        s, t = bytearray(stream), bytearray(table)
        for buf in (s, t):
            for _ in range(8):
                buf[rng.randrange(len(buf))] = rng.randrange(256)
        out = io.BytesIO(P3.read_bytes())
        with olefile.OleFileIO(out, write_mode=True) as ole:
            ole.write_stream("WordDocument", bytes(s))
            ole.write_stream("1Table", bytes(t))
        try:
            word97.read(out.getvalue())
            outcomes.add("read")
        except word97.NotWord97:
            outcomes.add("refused")
    assert outcomes
