"""Issue 15, item 11: concurrent ingests of one folder extract each file once.

Two `jixiao ingest` processes started together on the same 40 drafts: each file is
claimed by one run, extracted by it alone (every extraction is counted), and loaded once;
the other run says it is being loaded elsewhere. Timing for 200 drafts:
benchmarks/bench_concurrent.py.
"""
from __future__ import annotations

import collections
import subprocess

from test_ingest_support import ROOT, cli_command, cli_env, counts, seed_variants
from test_reliability_support import EXTRACTION_LOG, extractions

DRAFTS = 40


def test_two_concurrent_ingests_extract_each_file_once(db_url, tmp_path):
    from jixiao import load

    load.upgrade(db_url)  # as after a first ingest: both runs start at once, nobody creates tables
    seed_variants(tmp_path / "in", DRAFTS)
    log = tmp_path / "extractions.log"
    env = cli_env(**{EXTRACTION_LOG: str(log)})
    command = cli_command(str(tmp_path / "in"), "--db", db_url, "--workers", "2",
                          "--extractor", "test_reliability_support:counting_extract")
    runs = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    for code, out, err in results:
        assert code == 0, out + err

    extracted = collections.Counter(extractions(log))
    assert len(extracted) == DRAFTS and set(extracted.values()) == {1}, extracted.most_common(3)
    assert counts(db_url)["documents"] == counts(db_url)["distinct_sha"] == DRAFTS
    # both did a share of the work, and said so
    oks = [err.count("\nok ") + err.startswith("ok ") for _, _, err in results]
    assert sum(oks) == DRAFTS
    claimed_elsewhere = sum(err.count(": being loaded by ingest run ") for _, _, err in results)
    already = sum(err.count(": already loaded") for _, _, err in results)
    assert claimed_elsewhere + already == DRAFTS
