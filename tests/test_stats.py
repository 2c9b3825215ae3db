"""jixiao stats: counts as text, and a self-contained, escaped HTML report."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest
from test_search_support import HEALTH, build_archive, record

from jixiao import load
from jixiao.stats import compute, to_html
from jixiao.load.url import make_engine


@pytest.fixture
def archive(db_url):
    return build_archive(db_url, "seed.txt", HEALTH.name)


def test_text_counts(archive, tmp_path):
    html = tmp_path / "report.html"
    result = subprocess.run([sys.executable, "-m", "jixiao.cli", "stats", "--db", archive, "--html", str(html)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    indicators = len(load.read_indicators(archive))
    assert f"{indicators} indicators" in result.stdout
    for heading in ("by department", "by year", "level 1", "level 2", "kind", "unit"):
        assert heading in result.stdout
    assert "抚宁区工业信息管理局" in result.stdout and "时效指标" in result.stdout
    page = html.read_text(encoding="utf-8")
    assert page.count('<section class="chart">') >= 9 and "临漳县卫生健康局" in page


def test_html_escapes_draft_text_and_loads_nothing(db_url):
    load.upgrade(db_url)
    hostile = record("seed.txt")
    hostile["document"]["department"] = '<script>alert("x")</script>&局'
    hostile["projects"][0]["indicators"][0]["unit"] = "<b>%"
    engine = make_engine(db_url)
    load.write_record(engine, hostile, path="/x.txt", sha256="7" * 64)
    with engine.connect() as conn:
        page = to_html(compute(conn))
    engine.dispose()
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>%" not in page
    assert "&amp;局" in page
    urls = set(re.findall(r"(?:src|href)\s*=\s*[\"']?([^\"' >]+)", page))
    assert urls == set()  # no external resources: no CDN, no fonts, no scripts
    assert not re.search(r"https?://", page) and "<script" not in page
