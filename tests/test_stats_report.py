"""The stats report answers a reviewer's questions: years in time order, full-width
charts, the issues (by code, by department, the drafts to look at first) and the
departments compared; counted from a real archive, checked against SQL on both databases."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from sqlalchemy import text

from jixiao.ingest import ingest
from jixiao.stats import compute, to_html, to_text
from jixiao.load.url import make_engine
from tests.helpers import DRAFTS

DRAFT_FILES = ["seed.txt", "markdown_health_2021.md", "tsv_agriculture_2019.txt", "tsv_civil_2024.txt",
               "html_education_2022.html"]


@pytest.fixture
def archive(db_url):
    summary = ingest([DRAFTS / name for name in DRAFT_FILES], db_url, workers=2)
    assert summary.ok == len(DRAFT_FILES), summary.failures
    engine = make_engine(db_url)
    with engine.connect() as conn:
        yield conn, compute(conn)
    engine.dispose()


def one(conn, sql: str):
    return conn.execute(text(sql)).scalar_one()


def test_years_read_in_time_order(archive):
    _, stats = archive
    for title in ("Drafts by year", "Indicators by year"):
        years = [label for label, _ in next(d for d in stats.distributions if d.title == title).rows]
        assert years == sorted(years) and len(years) >= 4


def test_issues_by_code_and_department_match_the_archive(archive):
    conn, stats = archive
    by_code = dict(next(d for d in stats.issues if d.title == "Issues by code").rows)
    expected = dict(conn.execute(text("SELECT code, count(*) FROM extraction_issues GROUP BY code")).all())
    assert by_code == expected and sum(by_code.values()) == stats.totals["issues"] > 0
    by_department = dict(next(d for d in stats.issues if d.title == "Issues by department").rows)
    assert sum(by_department.values()) == stats.totals["issues"]


def test_drafts_to_look_at_first_put_errors_and_warnings_ahead(archive):
    conn, stats = archive
    ranked = stats.drafts_to_check
    assert ranked
    weights = [d.errors * 10 + d.warnings * 3 + d.infos for d in ranked]
    assert weights == sorted(weights, reverse=True)
    top = ranked[0]
    assert top.warnings == one(conn, f"SELECT count(*) FROM extraction_issues WHERE document_id = {top.document_id} "
                                     "AND severity = 'warning'")


def test_departments_compared(archive):
    conn, stats = archive
    assert len(stats.departments) == len(DRAFT_FILES)
    for row in stats.departments:
        q = row.department.replace("'", "''")
        numeric = one(conn, "SELECT count(*) FROM indicators i JOIN documents d ON d.id = i.document_id "
                            f"WHERE d.department = '{q}' AND i.kind = 'numeric'")
        assert row.quantitative == numeric and 0 < row.quantitative_share <= 1
        no_satisfaction = one(conn, "SELECT count(*) FROM projects p JOIN documents d ON d.id = p.document_id "
                                    f"WHERE d.department = '{q}' AND NOT EXISTS (SELECT 1 FROM indicators i "
                                    "WHERE i.project_id = p.id AND (i.level1_std LIKE '%满意度%' OR i.level2_std LIKE '%满意度%'))")
        no_cost = one(conn, "SELECT count(*) FROM projects p JOIN documents d ON d.id = p.document_id "
                            f"WHERE d.department = '{q}' AND NOT EXISTS (SELECT 1 FROM indicators i "
                            "WHERE i.project_id = p.id AND (i.level1_std LIKE '%成本%' OR i.level2_std LIKE '%成本%'))")
        assert (row.without_satisfaction, row.without_cost) == (no_satisfaction, no_cost)
    # The samples include drafts written before 成本指标 was required.
    assert any(r.without_cost for r in stats.departments)


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings, self.bar_widths, self._in = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("h2", "h3"):
            self._in = tag
        if attrs.get("class") == "bar":
            self.bar_widths.append(float(re.search(r"width:\s*([\d.]+)%", attrs["style"]).group(1)))

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in:
            self.headings.append(data.strip())


def test_html_has_the_sections_and_full_width_bars(archive):
    _, stats = archive
    page = to_html(stats)
    parsed = _Page()
    parsed.feed(page)
    for heading in ("Issues", "Issues by code", "Issues by department", "Drafts to look at first", "Departments compared"):
        assert heading in parsed.headings, heading
    # The largest bar of each chart fills its track: the track spans the page, not a fixed 420 px.
    assert parsed.bar_widths and max(parsed.bar_widths) == 100.0
    assert "width: 100%" in page and "grid-template-columns" in page and 'width="' not in page


def test_text_report_has_the_same_sections(archive):
    _, stats = archive
    report = to_text(stats)
    for heading in ("Issues by code", "Drafts to look at first", "Departments compared"):
        assert heading in report
