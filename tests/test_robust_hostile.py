"""Hostile cell contents are data: stored verbatim, never executed, shown escaped.

A bare ``<script>`` travels in a tab-separated cell (the text reader strips only
the formatting tags converters emit), and escaped in the HTML rendering, as an HTML
page holds literal text.
"""
from __future__ import annotations

import subprocess

from sqlalchemy import select

from test_ingest_support import ROOT, SAMPLES, SEED_TEXT, cli_command, cli_env

SQL = "'); DROP TABLE documents;--"
SCRIPT = "<script>alert(1)</script>"
LONG = "长" * 9_990 + "0123456789"


def _hostile_draft(path):
    lines = SEED_TEXT.read_text(encoding="utf-8").split("\n")

    def set_description(line_no: int, text: str) -> None:
        cells = lines[line_no - 1].split("\t")
        cells[3] = text
        lines[line_no - 1] = "\t".join(cells)

    set_description(163, SQL)
    set_description(160, LONG)
    set_description(161, SCRIPT)
    first = next(i for i, line in enumerate(lines) if line.strip())
    lines[first] = "抚宁区\x1b[31m工业信息管理局"  # a terminal escape in the department
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _hostile_html(path):
    page = (SAMPLES / "drafts" / "html_education_2022.html").read_text(encoding="utf-8")
    page = page.replace("举办各类培训班期数", "&lt;script&gt;alert(1)&lt;/script&gt;", 1)
    page = page.replace("全年培训任务完成时限", "&#39;); DROP TABLE projects;--", 1)
    path.write_text(page, encoding="utf-8")
    return path


def test_sql_html_and_long_cells_round_trip_verbatim(db_url, tmp_path):
    from jixiao.load.models import Document, Indicator
    from jixiao.load.url import make_engine

    drafts = [_hostile_draft(tmp_path / "hostile.txt"), _hostile_html(tmp_path / "hostile.html")]
    run = subprocess.run(cli_command(*map(str, drafts), "--db", db_url, "--workers", "2"), cwd=ROOT,
                         env=cli_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    # Plain text on the terminal: the escape is shown, not obeyed.
    assert "\x1b" not in run.stdout + run.stderr and "\\x1b[31m" in run.stderr

    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            descriptions = set(conn.execute(select(Indicator.description)).scalars())
            documents = conn.execute(select(Document.department)).scalars().all()
    finally:
        engine.dispose()
    assert {SQL, SCRIPT, LONG, "'); DROP TABLE projects;--"} <= descriptions
    assert len(documents) == 2  # the tables are still there, with our drafts in them
