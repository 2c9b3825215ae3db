"""Legacy .doc/.xls/.wps/.et: .xls through xlrd, the others through LibreOffice.

The legacy files are made at test time by LibreOffice from our own samples
(seed.docx → .doc, a workbook → .xls).  These tests need LibreOffice
(``soffice``): locally they skip without it; under CI they fail.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor

import pytest

from jixiao.extract import DraftError, extract_bytes, extract_file
from jixiao.extract.blocks import Table
from jixiao.extract.office import libreoffice, sheet, xls
from tests.helpers import DRAFTS, ROOT, f1, load_gold



@pytest.fixture(scope="module")
def legacy(soffice, tmp_path_factory):
    """seed.doc and tsv_civil_2024.xls, written by LibreOffice from our samples."""
    out = tmp_path_factory.mktemp("legacy")
    profile = out / "profile"
    for source, target in ((DRAFTS / "seed.docx", "doc"), (DRAFTS / "tsv_civil_2024.xlsx", "xls")):
        subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
                        "--outdir", str(out), str(source)], check=True, capture_output=True, timeout=180)
    doc, xls_file = out / "seed.doc", out / "tsv_civil_2024.xls"
    assert doc.read_bytes()[:4] == xls_file.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    return {"doc": doc, "xls": xls_file}


def test_doc_through_libreoffice_scores_one(legacy):
    record = extract_file(str(legacy["doc"])).to_dict()
    assert record["source"]["format"] == "doc" and record["source"]["converted_by"] == "LibreOffice"
    score, misses = f1(load_gold(DRAFTS / "seed.docx"), record)
    assert score == 1.0, "\n".join(misses[:30])


def test_xls_through_xlrd_keeps_merges_and_hidden_parts(legacy):
    record = extract_file(str(legacy["xls"])).to_dict()
    assert record["source"]["format"] == "xls" and "converted_by" not in record["source"]
    score, misses = f1(load_gold(DRAFTS / "tsv_civil_2024.xlsx"), record)
    assert score >= 0.99, "\n".join(misses[:30])
    assert {"hidden_sheet", "hidden_rows"} <= {i["code"] for i in record["issues"]}
    blocks, _ = sheet.blocks(xls.read(legacy["xls"].read_bytes(), "x.xls"))
    table = next(b for b in blocks if isinstance(b, Table) and any(c is None for row in b.rows for c in row))
    level1 = [row[0] for row in table.rows]
    anchors = [c for c in level1 if c is not None and c.rowspan > 1]
    assert anchors and None in level1  # merged level cells: one anchor, covered slots below


def test_wps_and_et_named_files_are_read(legacy, tmp_path):
    # WPS writes .wps/.et in the binary Word/Excel formats; the name changes nothing.
    wps, et = tmp_path / "draft.wps", tmp_path / "draft.et"
    shutil.copy(legacy["doc"], wps)
    shutil.copy(legacy["xls"], et)
    assert extract_file(str(wps)).to_dict()["source"]["format"] == "doc"
    assert extract_file(str(et)).to_dict()["source"]["format"] == "xls"


def test_xls_named_xlsx_and_doc_named_docx(legacy, tmp_path):
    for source, name, kind in ((legacy["xls"], "draft.xlsx", "xls"), (legacy["doc"], "draft.docx", "doc")):
        path = tmp_path / name
        shutil.copy(source, path)
        assert extract_file(str(path)).to_dict()["source"]["format"] == kind


def test_parallel_conversions_do_not_collide(legacy, tmp_path):
    # Two workers converting at once: each process has its own LibreOffice profile.
    def run(k):
        path = tmp_path / f"copy{k}.doc"
        shutil.copy(legacy["doc"], path)
        return subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", str(path)], capture_output=True,
                              text=True, cwd=ROOT, timeout=300)

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(run, range(2)))
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]


def test_conversion_timeout_kills_libreoffice(legacy):
    with pytest.raises(DraftError, match="did not convert it within"):
        libreoffice.convert(legacy["doc"].read_bytes(), "slow.doc", to="docx", suffix=".doc", what=".doc", timeout=0.3)
    profile = str(libreoffice._profile_dir())
    left = subprocess.run(["pgrep", "-f", profile], capture_output=True, text=True)
    assert left.stdout.strip() == "", "LibreOffice still running after the timeout"


def test_killed_conversion_leaves_no_libreoffice_socket(soffice, tmp_path):
    # Killed mid-conversion (its timeout, the OOM killer), LibreOffice cannot remove its socket
    # in /tmp: one would be left per such draft of a batch.
    big = _repeated_docx(DRAFTS / "seed.docx", tmp_path / "big.docx", 12)
    pipe = libreoffice.pipe_of(libreoffice._profile_dir())
    with ThreadPoolExecutor(1) as pool:
        done = pool.submit(libreoffice.convert, big.read_bytes(), "big.docx", to="docx", suffix=".docx",
                           what=".doc", timeout=30)
        deadline = time.monotonic() + 25
        while not pipe.exists() and time.monotonic() < deadline and not done.done():
            time.sleep(0.02)
        assert pipe.exists(), "LibreOffice never made its socket where pipe_of() says"
        # What the timeout or the OOM killer does, now that the conversion is under way.
        for proc in subprocess.run(["pgrep", "-f", str(libreoffice._profile_dir())], capture_output=True,
                                   text=True).stdout.split():
            os.kill(int(proc), 9)
        with pytest.raises(DraftError):
            done.result()
    assert not pipe.exists(), "the killed conversion's socket was left in /tmp"


def test_word_file_marked_encrypted_is_refused_by_name(legacy, tmp_path):
    import olefile

    path = tmp_path / "locked.doc"
    shutil.copy(legacy["doc"], path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        stream[11] |= 0x01  # FibBase flags (offset 10, little-endian): fEncrypted is 0x0100
        ole.write_stream("WordDocument", bytes(stream))
    with pytest.raises(DraftError, match="password-protected") as info:
        extract_file(str(path)).to_dict()
    assert info.value.code == "encrypted"


def test_missing_libreoffice_is_named_with_its_package(legacy, tmp_path):
    # A real run without soffice on PATH (not a mock): the user sees what to install. A Word 97
    # .doc is read from its own binary then (test_word97); RTF saved as .doc still needs LibreOffice.
    rtf = tmp_path / "draft.doc"
    subprocess.run([libreoffice.program(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "rtf", "--outdir", str(tmp_path), str(legacy["doc"])], check=True,
                   capture_output=True, timeout=180)
    (tmp_path / "seed.rtf").rename(rtf)
    env = {**os.environ, "PATH": os.path.dirname(sys.executable)}
    done = subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", str(rtf)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 1
    assert done.stderr == (f"jixiao: error: {rtf}: LibreOffice (soffice) is needed to read RTF (.rtf/.doc) files: "
                           "apt-get install libreoffice-writer-nogui\n")


def test_xls_needs_no_libreoffice(legacy):
    env_path = os.environ["PATH"]
    try:
        os.environ["PATH"] = os.path.dirname(sys.executable)
        assert libreoffice.program() is None
        record = extract_bytes(legacy["xls"].read_bytes(), "book.xls").to_dict()
    finally:
        os.environ["PATH"] = env_path
    assert record["projects"]


def test_ingest_picks_up_word_and_excel_drafts_of_every_kind(legacy, tmp_path):
    from sqlalchemy import select

    from jixiao.load.models import Document
    from jixiao.load.url import make_engine
    from test_ingest_support import cli_command, cli_env

    folder = tmp_path / "drafts"
    folder.mkdir()
    for source in (DRAFTS / "seed.docx", DRAFTS / "tsv_civil_2024.xlsx", legacy["doc"], legacy["xls"]):
        shutil.copy(source, folder / f"{source.stem}{source.suffix}")
    shutil.copy(legacy["doc"], folder / "seed.wps")  # the same bytes as seed.doc: skipped as already loaded
    url = f"sqlite:///{tmp_path / 'archive.db'}"
    done = subprocess.run(cli_command(str(folder), "--db", url, "--workers", "2"), cwd=ROOT, env=cli_env(),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "files: 4 ok, 0 failed, 1 skipped" in done.stdout, done.stdout
    engine = make_engine(url)
    with engine.connect() as conn:
        formats = sorted(conn.execute(select(Document.format)).scalars())
    engine.dispose()
    assert formats == ["doc", "docx", "xls", "xlsx"]


def test_a_killed_worker_takes_its_conversion_with_it(soffice, tmp_path):
    # What `jixiao ingest --timeout` does to a worker: SIGKILL, no chance to clean up.
    # A long document (the seed twelve times over) keeps LibreOffice busy for seconds.
    big = _repeated_docx(DRAFTS / "seed.docx", tmp_path / "big.docx", 12)
    script = ("import sys; from jixiao.extract.office import libreoffice; "
              "libreoffice.convert(open(sys.argv[1], 'rb').read(), 'x.doc', to='docx', suffix='.docx', what='.doc')")
    worker = subprocess.Popen([sys.executable, "-c", script, str(big)], cwd=ROOT)
    marker = f"jixiao-soffice-{worker.pid}-"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _running(marker, "soffice.bin"):
        time.sleep(0.05)
    assert _running(marker, "soffice.bin"), "LibreOffice never started"
    time.sleep(1)  # well into the conversion
    assert _running(marker, "soffice.bin"), "the conversion ended before the kill: make the document longer"
    profile = next(Path(tempfile.gettempdir()).glob(marker + "*")) / "profile"
    pipe = libreoffice.pipe_of(profile)
    assert pipe.exists(), f"LibreOffice's socket is not where pipe_of() says: {pipe}"
    worker.kill()
    worker.wait()
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and _running(marker):
        time.sleep(0.1)
    assert not _running(marker), "LibreOffice outlived the worker that started it"
    # What the batch then does: the killed worker's copy of the draft and its profile, both
    # named by its pid (extract.scratch), are removed.
    from jixiao.extract import scratch

    assert pipe.exists()  # a killed LibreOffice does not remove its socket
    assert scratch.remove_left_by(worker.pid) == 2
    assert not pipe.exists(), "the killed conversion's socket was left in /tmp"


def _repeated_docx(source, target, times: int):
    """``source`` with its body repeated ``times`` over: a long real document, made in milliseconds
    (python-docx would take seconds to lay out as many tables)."""
    import zipfile

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                start, end = xml.index(">", xml.index("<w:body")) + 1, xml.rindex("<w:sectPr")
                data = (xml[:start] + xml[start:end] * times + xml[end:]).encode("utf-8")
            out.writestr(item, data)
    return target


def _running(marker: str, name: str = "") -> bool:
    found = subprocess.run(["pgrep", "-a", "-f", marker], capture_output=True, text=True).stdout
    return any(name in line for line in found.splitlines()) if name else bool(found.strip())


def test_rtf_served_as_doc_is_read_through_libreoffice(soffice, tmp_path):
    # Word's Rich Text Format, which many sites serve under a .doc name.
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to",
                    "rtf", "--outdir", str(tmp_path), str(DRAFTS / "seed.docx")], check=True, capture_output=True,
                   timeout=180)
    served = tmp_path / "draft.doc"
    (tmp_path / "seed.rtf").rename(served)
    assert served.read_bytes().startswith(b"{\\rtf")
    record = extract_file(str(served)).to_dict()
    assert record["source"]["converted_by"] == "LibreOffice"
    score, misses = f1(load_gold(DRAFTS / "seed.docx"), record)
    assert score == 1.0, "\n".join(misses[:30])


def test_ingest_workers_leave_no_temporary_files(legacy, tmp_path):
    # A worker that ends (multiprocessing skips atexit) or is killed past --timeout cannot
    # remove its copy of the draft or LibreOffice's profile: the batch's writer does.
    from test_ingest_support import cli_command, cli_env

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**cli_env(), "TMPDIR": str(scratch)}
    folder = tmp_path / "drafts"
    folder.mkdir()
    shutil.copy(legacy["doc"], folder / "seed.doc")
    converted = subprocess.run(cli_command(str(folder), "--db", f"sqlite:///{tmp_path / 'a.db'}", "--workers", "1"),
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert converted.returncode == 0 and "files: 1 ok" in converted.stdout, converted.stdout + converted.stderr
    # LibreOffice takes longer than a second to start: the worker is killed mid-conversion.
    killed = subprocess.run(cli_command(str(folder), "--db", f"sqlite:///{tmp_path / 'b.db'}", "--workers", "1",
                                        "--timeout", "1"),
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert "files: 0 ok, 1 failed" in killed.stdout, killed.stdout + killed.stderr
    assert "1 s" in killed.stdout + killed.stderr  # failed by its timeout, not otherwise
    left = sorted(p.name for p in scratch.iterdir() if p.name.startswith("jixiao-"))
    assert left == [], left
