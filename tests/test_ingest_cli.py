"""`jixiao ingest` as a user runs it: plain lines when piped, a summary, exit codes, concurrency."""
from __future__ import annotations

import subprocess

from test_ingest_support import ROOT, cli_command, cli_env, counts, seed_variants


def _run(args, **env):
    return subprocess.run(cli_command(*args), cwd=ROOT, env=cli_env(**env), capture_output=True,
                          text=True, timeout=300)


def test_piped_output_summary_and_exit_codes(db_url, tmp_path):
    drafts = seed_variants(tmp_path / "in", 2)
    (tmp_path / "in" / "notes.txt").write_text("not a draft at all\n", encoding="utf-8")
    # postgresql:// (no driver) must work too: rewritten to psycopg 3
    url = db_url.replace("postgresql+psycopg://", "postgresql://")

    first = _run([str(tmp_path / "in"), "--db", url, "--workers", "2", "--strict"])  # the note must be tried
    assert first.returncode == 1, first.stderr
    lines = sorted(first.stderr.splitlines())
    assert [line.split(" ", 1)[0] for line in lines] == ["failed", "ok", "ok"]
    assert any(line.startswith(f"ok {drafts[0]} — 抚宁区工业信息管理局0000 2020: 8 projects, 61 indicators")
               for line in lines)
    assert "not a budget-performance draft" in lines[0] and "Traceback" not in first.stderr
    assert "files: 2 ok, 1 failed, 0 skipped" in first.stdout
    assert "loaded: 16 projects, 122 indicators" in first.stdout

    (tmp_path / "in" / "notes.txt").unlink()
    second = _run([str(tmp_path / "in"), "--db", url, "--workers", "1"])
    assert second.returncode == 0, second.stderr
    assert sorted(line.split(" ", 1)[0] for line in second.stderr.splitlines()) == ["skipped", "skipped"]
    assert "files: 0 ok, 0 failed, 2 skipped" in second.stdout
    assert counts(db_url)["documents"] == 2


def test_default_database_comes_from_jixiao_db(tmp_path):
    seed_variants(tmp_path / "in", 1)
    url = f"sqlite:///{tmp_path / 'env.db'}"
    run = _run([str(tmp_path / "in"), "--workers", "1"], JIXIAO_DB=url)
    assert run.returncode == 0, run.stderr
    assert counts(url)["documents"] == 1


def test_keep_old_is_reported(tmp_path):
    url = f"sqlite:///{tmp_path / 'k.db'}"
    path = seed_variants(tmp_path / "in", 1)[0]
    assert _run([str(path), "--db", url, "--workers", "1"]).returncode == 0
    path.write_text(path.read_text(encoding="utf-8").replace("信息管理局0000", "信息管理局9999", 1), encoding="utf-8")
    run = _run([str(path), "--db", url, "--workers", "1", "--keep-old"])
    assert run.returncode == 0, run.stderr
    assert "1 older version(s) kept (--keep-old)" in run.stdout
    assert counts(url)["documents"] == 2


def test_two_concurrent_ingests_load_each_draft_once(db_url, tmp_path):
    seed_variants(tmp_path / "in", 30)
    command = cli_command(str(tmp_path / "in"), "--db", db_url, "--workers", "1")
    procs = [subprocess.Popen(command, cwd=ROOT, env=cli_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
    got = counts(db_url)
    assert got["documents"] == got["distinct_sha"] == 30
    statuses = [line.split(" ", 1)[0] for _, err in outputs for line in err.splitlines()]
    assert statuses.count("ok") == 30 and statuses.count("skipped") == 30


def test_progress_bar_on_a_terminal(tmp_path):
    import io

    from jixiao.commands.ingest import make_reporter, print_summary
    from jixiao.ingest import ingest
    from test_ingest_support import gold_extract

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    seed_variants(tmp_path / "in", 2)
    (tmp_path / "in" / "bad.txt").write_text("nothing here\n", encoding="utf-8")
    screen, out = Terminal(), io.StringIO()
    url = f"sqlite:///{tmp_path / 'tty.db'}"
    summary = ingest([tmp_path / "in"], url, workers=1, extractor=gold_extract, reporter=make_reporter(screen),
                     strict=True)
    print_summary(summary, url, replace=True, out=out)
    assert "failed" in screen.getvalue() and "bad.txt" in screen.getvalue()
    assert "files: 2 ok, 1 failed, 0 skipped" in out.getvalue()
