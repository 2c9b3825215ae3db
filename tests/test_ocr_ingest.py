"""A scan in a batch: each scanned page brings its own time budget, so the
per-file --timeout still catches a stuck text draft without failing every scan."""
from __future__ import annotations

import subprocess

from tests.test_ocr_support import CLEAN, DRAFTS, needs_ocr, page_images
from test_ingest_support import ROOT, cli_command, cli_env, file_log


def _ingest(folder, url, *limits):
    return subprocess.run(cli_command(str(folder), "--db", url, "--workers", "1", *limits), cwd=ROOT, env=cli_env(),
                          capture_output=True, text=True, timeout=600)


def test_scanned_pages_extend_the_file_timeout_by_their_budget(tmp_path):
    needs_ocr()
    folder = tmp_path / "in"
    folder.mkdir()
    page_images(DRAFTS / "seed.rl.pdf", CLEAN, pages=[7])[0].save(folder / "scan.png", dpi=(200, 200))
    url = f"sqlite:///{tmp_path / 'a.db'}"
    # Two seconds are too few for one page of OCR, but the page's own budget is added.
    run = _ingest(folder, url, "--timeout", "2", "--ocr-page-timeout", "300")
    assert run.returncode == 0, run.stderr
    assert file_log(url)[0]["status"] == "ok"
    # With a budget too small as well, the file fails on the sum, named as such.
    url = f"sqlite:///{tmp_path / 'b.db'}"
    run = _ingest(folder, url, "--timeout", "2", "--ocr-page-timeout", "0.5")
    assert run.returncode == 1
    assert "exceeds the time limit of 2.5 s" in run.stderr, run.stderr
