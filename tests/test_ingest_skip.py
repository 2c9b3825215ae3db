"""Issue 14: `jixiao ingest .` takes what looks like a draft and counts the rest as skipped, not failed."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

from test_ingest_support import ROOT, SAMPLES, cli_env

from jixiao.ingest import survey

DRAFTS = SAMPLES / "drafts"


def _jixiao(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jixiao.cli", *args], cwd=cwd, env=cli_env(),
                          capture_output=True, text=True, timeout=300)


def test_ingest_dot_twice_beside_the_archive_a_json_and_a_readme_exits_0(tmp_path):
    for name in ("seed.txt", "markdown_health_2021.md"):
        shutil.copyfile(DRAFTS / name, tmp_path / name)
    (tmp_path / "meta.json").write_text('{"source": "财政局", "year": 2020}\n', encoding="utf-8")
    (tmp_path / "README.md").write_text("# 2020 年部门预算绩效文本\n\n各部门的草案，另附说明。\n", encoding="utf-8")

    first = _jixiao("ingest", ".", cwd=tmp_path)  # the default archive: ./jixiao.db, inside the folder
    assert first.returncode == 0, first.stdout + first.stderr
    assert "files: 2 ok, 0 failed, " in first.stdout
    assert "1 JSON file" in first.stdout and "1 note" in first.stdout
    assert "Traceback" not in first.stderr
    lines = first.stderr.splitlines()
    assert any(line.startswith("skipped ") and line.endswith("meta.json: not a draft: a JSON file") for line in lines)
    assert any("README.md: not a draft: a note" in line for line in lines)

    second = _jixiao("ingest", ".", cwd=tmp_path)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "files: 0 ok, 0 failed, " in second.stdout
    # the archive beside the drafts (jixiao.db and its -wal/-shm while open) is never read as input
    summary = second.stdout.splitlines()[0]
    assert "2 already loaded" in summary and "archive file" in summary, summary
    assert "1 JSON file" in summary and "1 note" in summary, summary
    documents = sqlite3.connect(tmp_path / "jixiao.db").execute("SELECT count(*) FROM documents").fetchone()[0]
    assert documents == 2


def test_strict_makes_every_non_draft_a_failure(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copyfile(DRAFTS / "seed.txt", tmp_path / "in" / "seed.txt")
    (tmp_path / "in" / "meta.json").write_text("{}\n", encoding="utf-8")
    run = _jixiao("ingest", "in", "--strict", "--db", f"sqlite:///{tmp_path / 'a.db'}", cwd=tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "files: 1 ok, 1 failed, 0 skipped" in run.stdout
    assert f"failed {tmp_path / 'in' / 'meta.json'}: " in run.stderr


def _verdicts(*paths, **kwargs) -> dict[str, tuple]:
    return {found.path.rsplit("/", 1)[-1]: (found.status, found.kind) for found in survey(paths, **kwargs)}


def test_what_is_a_draft_is_decided_by_name_and_content(tmp_path):
    seed = (DRAFTS / "seed.txt").read_bytes()
    files = {
        "draft.txt": seed,
        "draft_gbk.txt": (DRAFTS / "seed.txt").read_text(encoding="utf-8").encode("gb18030"),
        "draft_utf16.txt": (DRAFTS / "seed.txt").read_text(encoding="utf-8").encode("utf-16"),
        "health.md": (DRAFTS / "markdown_health_2021.md").read_bytes(),
        "page.html": (DRAFTS / "html_education_2022.html").read_bytes(),
        "no_suffix": seed,
        "scan.png": (ROOT / "tests" / "bad" / "image.png").read_bytes(),
        "draft.docx": b"PK\x03\x04 whatever the readers make of it",
        "draft.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "draft.pdf": (DRAFTS / "tsv_civil_2024.pdf").read_bytes(),
        "empty.txt": b"",  # a broken draft: the extractor says "empty file"
        "CHANGES.md": "# 变更\n\n- 修正了绩效指标的单位\n".encode(),  # a genre word, but no table
        "table_of_fruit.md": "| 水果 | 价格 |\n|---|---|\n| 苹果 | 3 |\n".encode(),  # a table, no genre word
        "meta.json": b"{}",
        "make.py": b"print(1)\n",
        "settings.yaml": b"a: 1\n",
        "export.xml": b'<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Word.Document"?>\n'
                      b'<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>',
        "layout.xml": b'<?xml version="1.0"?><LinearLayout/>',
        "bundle.zip": b"PK\x03\x04",
        "old.sqlite": b"SQLite format 3\x00",
        "archive": b"SQLite format 3\x00" + bytes(100),
        "other.db-wal": b"\x00" * 32,
        "junk.bin": bytes(range(256)) * 4,
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    got = _verdicts(tmp_path)
    drafts = ["draft.txt", "draft_gbk.txt", "draft_utf16.txt", "health.md", "page.html", "no_suffix", "scan.png",
              "draft.docx", "draft.xls", "draft.pdf", "empty.txt", "export.xml"]
    assert {name: got[name] for name in drafts} == {name: (None, None) for name in drafts}
    assert got["CHANGES.md"] == got["table_of_fruit.md"] == ("skipped", "note")
    assert got["meta.json"] == ("skipped", "json")
    assert got["make.py"] == ("skipped", "code")
    assert got["settings.yaml"] == got["layout.xml"] == ("skipped", "config")
    assert got["bundle.zip"] == ("skipped", "packed")
    assert got["old.sqlite"] == got["archive"] == got["other.db-wal"] == ("skipped", "database")
    assert got["junk.bin"] == ("skipped", "other")
    strict = _verdicts(tmp_path, strict=True)
    assert {status for status, _ in strict.values()} == {None}  # strict: every file goes to the extractor


def test_hidden_files_and_folders_are_counted_and_a_named_hidden_file_is_taken(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    shutil.copyfile(DRAFTS / "seed.txt", tmp_path / ".draft.txt")
    assert _verdicts(tmp_path) == {".git": ("skipped", "hidden"), ".draft.txt": ("skipped", "hidden")}
    assert _verdicts(tmp_path / ".draft.txt") == {".draft.txt": (None, None)}


def test_the_archive_own_files_are_skipped_even_when_strict(tmp_path):
    from jixiao.ingest import ingest

    shutil.copyfile(DRAFTS / "seed.txt", tmp_path / "seed.txt")
    url = f"sqlite:///{tmp_path / 'archive.db'}"
    ingest([tmp_path], url, workers=1)
    again = ingest([tmp_path], url, workers=1, strict=True)
    assert (again.ok, again.failed) == (0, 0)
    assert again.skipped_by["already loaded"] == 1 and again.skipped_by["archive"] >= 1


def test_captures_that_lost_their_table_markup_are_drafts_not_notes():
    """Glued, space-separated and mirrored captures have no tab or pipe rows, but print the
    framework's level names: ingest extracts them (the extractor reads them, issue 18)."""
    from jixiao.ingest.sniff import classify

    root = ROOT
    captures = [root / "tests" / "data" / "real" / n / "raw.txt" for n in ("05", "06", "08", "09", "14")]
    captures += sorted((root / "samples" / "drafts" / "families").glob("[dhijk]_*.txt"))
    assert len(captures) == 10
    for path in captures:
        assert classify(str(path)) == (None, None), path


def test_a_readme_about_drafts_is_a_note(tmp_path):
    from jixiao.ingest.sniff import classify

    readme = tmp_path / "README.md"
    readme.write_text("| 样本 | 说明 |\n|---|---|\n| 自评表 | 绩效指标: 产出指标、效益指标 |\n", encoding="utf-8")
    assert classify(str(readme))[0] == "note"


def test_editor_lock_files_beside_office_drafts_are_skipped_not_failed(tmp_path):
    """Word/WPS keep ``~$draft.docx`` (the owner's name) and LibreOffice ``.~lock.draft.xlsx#`` while a
    draft is open: ingest skips them with that reason, even with --strict; the drafts beside them are taken."""
    shutil.copyfile(DRAFTS / "seed.docx", tmp_path / "draft.docx")
    shutil.copyfile(DRAFTS / "tsv_civil_2024.xlsx", tmp_path / "book.xlsx")
    # Word's owner file: a length byte, the user's name, padding; nothing a reader can open.
    (tmp_path / "~$draft.docx").write_bytes(b"\x06zhangs" + b"\x00" * 47 + b"\x06\x00z\x00h\x00" + b"\x20" * 100)
    (tmp_path / ".~lock.book.xlsx#").write_text("张三,zhangsan,host,02.12.2026 10:00,file:///home/z/.config;\n")
    verdicts = _verdicts(tmp_path)
    assert verdicts["~$draft.docx"] == ("skipped", "lock") and verdicts[".~lock.book.xlsx#"] == ("skipped", "lock")
    assert verdicts["draft.docx"] == (None, None) and verdicts["book.xlsx"] == (None, None)
    assert _verdicts(tmp_path, strict=True)["~$draft.docx"] == ("skipped", "lock")
    assert _verdicts(tmp_path / "~$draft.docx") == {"~$draft.docx": ("skipped", "lock")}
