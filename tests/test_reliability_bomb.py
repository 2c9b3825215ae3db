"""Issue 15, item 12: with the default limits, a 400 MB inflate bomb is refused before parsing.

The bomb is made at test time: a one-page PDF whose content stream is one deflate
stream of 400 MB of zeros (about 400 KB on disk). 512 MB, the old default, let it through
to pdfminer, which inflated it whole (a worker at 859 MB).
"""
from __future__ import annotations

import subprocess
import sys
import time
import zlib

from test_ingest_support import ROOT, cli_command, cli_env, file_log

MB = 1024 * 1024


def zeros_bomb(path, inflated: int = 400 * MB):
    packer = zlib.compressobj(9)
    chunk = bytes(4 * MB)
    body = b"".join(packer.compress(chunk) for _ in range(inflated // len(chunk))) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


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
