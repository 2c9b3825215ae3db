"""Issue 15, items 4 and 7: only regular files are read, nothing aborts the batch, paths are resolved.

A FIFO, /dev/zero (named, or as a link inside a folder) and a socket are named and skipped at
once; an unreadable folder or file is named; `a/../a/f.txt`, `./f.txt`, an absolute path and a
symlink are one file in the archive, and a changed file reached by another spelling replaces it.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from test_ingest_support import ROOT, SEED_TEXT, cli_command, cli_env, counts, file_log, gold_extract, seed_variants

from jixiao.ingest import ingest


def _odd_folder(folder: Path) -> None:
    folder.mkdir()
    shutil.copyfile(SEED_TEXT, folder / "seed.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    server.close()


def test_fifos_devices_sockets_and_broken_links_are_named_and_skipped(tmp_path):
    folder = tmp_path / "in"
    _odd_folder(folder)
    fifo_named = tmp_path / "named.fifo"
    os.mkfifo(fifo_named)
    url = f"sqlite:///{tmp_path / 'a.db'}"
    # named on the command line and found in a folder; a hang would be caught by the timeout
    run = subprocess.run(cli_command(str(folder), str(fifo_named), "/dev/zero", "--db", url, "--workers", "1"),
                         cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stderr.splitlines()
    for shown in (f"{folder / 'pipe.txt'}: not a regular file (a FIFO)",
                  f"{folder / 'zero.txt'}: not a regular file (a character device /dev/zero)",
                  f"{folder / 'sock.txt'}: not a regular file (a socket)",
                  f"{fifo_named}: not a regular file (a FIFO)",
                  "/dev/zero: not a regular file (a character device)"):
        assert f"skipped {shown}" in lines, (shown, lines)
    assert any(line.startswith(f"skipped {folder / 'gone.txt'}: a link to ") for line in lines)
    assert f"ok {folder / 'seed.txt'} — " in run.stderr
    assert "not regular files" in run.stdout and "1 broken link" in run.stdout
    assert counts(url)["documents"] == 1


def test_strict_fails_the_odd_files_without_reading_them(tmp_path):
    folder = tmp_path / "in"
    _odd_folder(folder)
    summary = ingest([folder], f"sqlite:///{tmp_path / 'a.db'}", extractor=gold_extract, workers=1, strict=True)
    assert (summary.ok, summary.failed) == (1, 4)
    assert {Path(p).name for p, _ in summary.failures} == {"pipe.txt", "zero.txt", "sock.txt", "gone.txt"}


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_extract_refuses_a_device_or_a_fifo_at_once(tmp_path, target):
    if target == "fifo":
        target = str(tmp_path / "draft.txt")
        os.mkfifo(target)
    run = subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", target], cwd=ROOT, env=cli_env(),
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    kind = "a character device" if target == "/dev/zero" else "a FIFO"
    assert run.stderr.strip() == f"jixiao: error: {target}: not a regular file ({kind})"


def _without_root_powers():
    """As root, read permissions do not apply; drop the capabilities that bypass them, for the child.

    CAP_DAC_OVERRIDE (1) and CAP_DAC_READ_SEARCH (2) leave the bounding set, so the exec'd
    ingest (and its workers) obey file modes like any user.
    """
    if os.geteuid() != 0:
        return None

    def drop():
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    return drop


def test_unreadable_folders_and_files_are_named_and_the_batch_goes_on():
    base = Path(tempfile.mkdtemp(prefix="jixiao-perm-"))
    try:
        folder = base / "in"
        seed_variants(folder, 1)
        (folder / "locked").mkdir()
        seed_variants(folder / "locked", 1, start=1)
        (folder / "closed").mkdir()
        seed_variants(folder / "closed", 1, start=2)
        secret = seed_variants(folder, 1, start=3)[0]
        hidden_inside = seed_variants(folder / "listable", 1, start=4)[0]
        (folder / "listable").chmod(0o600)  # its names can be read, its files cannot be reached
        (folder / "locked").chmod(0o000)  # cannot be listed
        (folder / "closed").chmod(0o300)  # can be listed? no: write and search only
        secret.chmod(0o000)
        url = f"sqlite:///{base / 'a.db'}"
        run = subprocess.run(cli_command(str(folder), "--db", url, "--workers", "1"), cwd=ROOT, env=cli_env(),
                             capture_output=True, text=True, timeout=120, preexec_fn=_without_root_powers())
        assert run.returncode == 1, run.stdout + run.stderr
        assert "Traceback" not in run.stderr and "internal error" not in run.stderr + run.stdout
        assert f"failed {folder / 'locked'}: cannot read folder: permission denied" in run.stderr
        assert f"failed {folder / 'closed'}: cannot read folder: permission denied" in run.stderr
        assert f"failed {secret}: cannot read: permission denied" in run.stderr, run.stderr
        assert f"failed {hidden_inside}: cannot read: permission denied" in run.stderr, run.stderr
        assert "files: 1 ok, 4 failed" in run.stdout
    finally:
        for path in base.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(base)


def test_one_file_by_any_spelling_is_one_document(db_url, tmp_path, monkeypatch):
    path = seed_variants(tmp_path / "rp", 1)[0]
    (tmp_path / "link.txt").symlink_to(path)
    monkeypatch.chdir(tmp_path)
    spellings = ["rp/../rp/" + path.name, str(path), "./rp/" + path.name, "link.txt", tmp_path / "rp" / "." / path.name]
    first = ingest([spellings[0]], db_url, extractor=gold_extract, workers=1)
    assert first.ok == 1
    for spelling in spellings[1:]:
        again = ingest([spelling], db_url, extractor=gold_extract, workers=1)
        assert (again.ok, again.skipped) == (0, 1), spelling
    logged = [row for row in file_log(db_url)]
    assert {row["path"] for row in logged} == {str(path.resolve())}
    assert {row["error"] for row in logged if row["status"] == "skipped"} == {"already loaded"}

    # a changed file reached by another spelling replaces the one loaded before
    path.write_text(path.read_text(encoding="utf-8").replace("抚宁区工业信息管理局0000", "新名字", 1), encoding="utf-8")
    changed = ingest(["rp/../rp/./" + path.name], db_url, extractor=gold_extract, workers=1)
    assert (changed.ok, changed.replaced) == (1, 1)
    assert counts(db_url)["documents"] == 1
