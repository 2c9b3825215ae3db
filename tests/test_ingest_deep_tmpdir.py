"""A deep TMPDIR (a CI runner's, a user's home on a long mount path) must not fail a batch.

multiprocessing puts the fork server's Unix sockets under TMPDIR, and a socket path
stops at 107 bytes: every ingest with workers ended in "internal error: OSError:
AF_UNIX path too long" (found when pytest's own temporary folders grew one digit).
"""
from __future__ import annotations

import subprocess

from test_ingest_support import ROOT, cli_command, cli_env

from tests.helpers import DRAFTS


def test_ingest_with_workers_under_a_temporary_folder_too_deep_for_a_socket(tmp_path):
    deep = tmp_path / ("d" * 40) / ("e" * 40) / ("f" * 40)
    deep.mkdir(parents=True)
    assert len(str(deep)) > 110
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "seed.txt").write_bytes((DRAFTS / "seed.txt").read_bytes())
    run = subprocess.run(cli_command(str(folder), "--db", f"sqlite:///{tmp_path / 'a.db'}", "--workers", "2"),
                         cwd=ROOT, env=cli_env(TMPDIR=str(deep)), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "files: 1 ok" in run.stdout, run.stdout + run.stderr
