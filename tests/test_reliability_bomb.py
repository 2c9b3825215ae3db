"""Issue 15, item 12: with the default limits, a 400 MB inflate bomb is refused before parsing.

The bomb is made at test time: a one-page PDF whose content stream is one deflate
stream of 400 MB of zeros (about 400 KB on disk). 512 MB, the old default, let it through
to pdfminer, which inflated it whole (a worker at 859 MB).
"""
from __future__ import annotations

import subprocess
import sys
import time

from test_ingest_support import ROOT, cli_command, cli_env, file_log

sys.path.insert(0, str(ROOT / "tests" / "bad"))
from make_bad import inflate_bomb  # noqa: E402

MB = 1024 * 1024


def zeros_bomb(path, inflated: int = 400 * MB):
    return inflate_bomb(path, inflated, filler=b"\0")


def test_the_400_mb_bomb_is_refused_with_the_default_limits(tmp_path):
    bomb = zeros_bomb(tmp_path / "bomb.pdf")
    assert bomb.stat().st_size < 2 * MB
    url = f"sqlite:///{tmp_path / 'a.db'}"
    started = time.monotonic()
    run = subprocess.run(cli_command(str(bomb), "--db", url, "--workers", "1"), cwd=ROOT, env=cli_env(),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stdout + run.stderr
    reason = "its compressed streams inflate to more than 256 MB (a decompression bomb?)"
    assert run.stderr.strip() == f"failed {bomb}: {reason}"
    assert file_log(url)[-1]["error"] == reason
    assert time.monotonic() - started < 120

    extract = subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", str(bomb)], cwd=ROOT, env=cli_env(),
                             capture_output=True, text=True, timeout=300)
    assert extract.returncode == 1
    assert extract.stderr.strip() == f"jixiao: error: {bomb}: {reason}"
