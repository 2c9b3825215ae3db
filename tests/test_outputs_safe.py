"""Outputs never harm what the user did not name: no writing through a planted
symlink, never over an input, an existing file only with --force, and a file appears
only when complete (written under a temporary name, then renamed)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from jixiao.extract.errors import UserError
from jixiao.outputs import check_file, write_atomically
from tests.helpers import DRAFTS

SEED_TXT = DRAFTS / "seed.txt"


def run(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jixiao", *map(str, args)], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


@pytest.fixture
def archive(db_url):
    assert run("ingest", SEED_TXT, "--db", db_url).returncode == 0
    return db_url


def test_export_does_not_follow_a_planted_symlink(archive, tmp_path):
    outside = tmp_path / "precious.txt"
    outside.write_text("not yours")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "documents.csv").symlink_to(outside)
    refused = run("export", "--db", archive, "--format", "csv", folder)
    assert refused.returncode == 1 and "documents.csv" in refused.stderr and "--force" in refused.stderr
    forced = run("export", "--db", archive, "--format", "csv", folder, "--force")
    assert forced.returncode == 0, forced.stderr
    assert outside.read_text() == "not yours"  # the link was replaced, its target untouched
    assert not (folder / "documents.csv").is_symlink() and "sha256" in (folder / "documents.csv").read_text("utf-8-sig")
    assert sorted(p.name for p in folder.iterdir()) == ["documents.csv", "indicators.csv", "projects.csv"]


def test_stats_report_over_a_symlink(archive, tmp_path):
    outside = tmp_path / "elsewhere.html"
    outside.write_text("keep me")
    link = tmp_path / "stats.html"
    link.symlink_to(outside)
    assert run("stats", "--db", archive, "--html", link).returncode == 1
    assert run("stats", "--db", archive, "--html", link, "--force").returncode == 0
    assert outside.read_text() == "keep me" and link.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_review_never_overwrites_its_input(tmp_path):
    draft = tmp_path / "x.txt"
    draft.write_bytes(SEED_TXT.read_bytes())
    for extra in ([], ["--force"]):
        result = run("review", draft, "-o", draft, *extra)
        assert result.returncode == 1 and "is the input" in result.stderr
    # reached through another name: a symlink, a relative path
    (tmp_path / "alias.txt").symlink_to(draft)
    assert "is the input" in run("review", draft, "-o", tmp_path / "alias.txt", "--force").stderr
    assert "is the input" in run("review", "x.txt", "-o", "./x.txt", "--force", cwd=tmp_path).stderr
    assert draft.read_bytes() == SEED_TXT.read_bytes()
    pdf = tmp_path / "d.pdf"
    pdf.write_bytes((DRAFTS / "seed.lo.pdf").read_bytes())
    assert "is the input" in run("review", "--annotate", pdf, "-o", pdf, "--force").stderr
    assert pdf.read_bytes() == (DRAFTS / "seed.lo.pdf").read_bytes()


def test_review_existing_output_needs_force(tmp_path):
    out = tmp_path / "r.html"
    out.write_text("old")
    assert "exists; add --force" in run("review", SEED_TXT, "-o", out).stderr and out.read_text() == "old"
    assert run("review", SEED_TXT, "-o", out, "--force").returncode == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path):
    out = tmp_path / "report.html"
    out.write_text("the previous report")

    def half_then_fail(tmp):
        tmp.write_text("half a rep")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(out, half_then_fail)
    assert out.read_text() == "the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_failed_export_leaves_nothing_behind(tmp_path):
    db = tmp_path / "broken.db"
    db.write_text("not a database\n" * 100)
    result = run("export", "--db", db, "--format", "xlsx", tmp_path / "out.xlsx")
    assert result.returncode == 1 and "not an SQLite archive" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.db"]


def test_check_file_reasons(tmp_path):
    with pytest.raises(UserError, match="is a folder"):
        check_file(tmp_path)
    with pytest.raises(UserError, match="no folder"):
        check_file(tmp_path / "a" / "b.html")
    (tmp_path / "f").write_text("")
    with pytest.raises(UserError, match="is not a folder"):
        check_file(tmp_path / "f" / "b.html")
    assert check_file(tmp_path / "new.html") == tmp_path / "new.html"
    os.symlink(tmp_path / "dangling-target", tmp_path / "dangling")
    with pytest.raises(UserError, match="exists"):
        check_file(tmp_path / "dangling")
