"""The audit's HTML report: escaped draft text, links that land on review-page rows."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from test_audit_support import SEED, run_cli, seed_text, without_project_rows  # noqa: F401 (a fixture)


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        ident = dict(attrs).get("id")
        if ident:
            self.ids.add(ident)
        self._in_script = tag == "script"

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)

    def handle_endtag(self, tag):
        self._in_script = False


def _parse(text: str) -> _Ids:
    parser = _Ids()
    parser.feed(text)
    return parser


def test_findings_link_into_the_review_page_rows_that_exist(tmp_path, capsys, seed_text):
    draft = tmp_path / "seed_no_satisfaction.txt"
    draft.write_text(without_project_rows(seed_text, 3, "满意度指标"), encoding="utf-8")
    out = tmp_path / "report" / "audit.html"
    out.parent.mkdir()
    code, _, err = run_cli(capsys, "audit", str(draft), "--html", str(out), "--review-pages")
    assert code == 0, err

    page = out.read_text(encoding="utf-8")
    review = out.parent / "seed_no_satisfaction.review.html"
    assert review.exists()
    review_ids = _parse(review.read_text(encoding="utf-8")).ids
    links = re.findall(r'href="seed_no_satisfaction\.review\.html#([^"]+)"', page)
    assert "p3" in links  # the missing-level finding points at project 3
    assert any(re.fullmatch(r"p\d+-i\d+", link) for link in links)
    assert set(links) <= review_ids, set(links) - review_ids
    # every rule link lands on the rules section
    report_ids = _parse(page).ids
    assert {f"rule-{r}" for r in re.findall(r'href="#rule-([a-z0-9_]+)"', page)} <= report_ids
    assert "no archive given" in page


def test_markup_in_a_draft_is_shown_not_run(tmp_path, capsys, seed_text):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(seed_text.replace("民营经济奖\t\t", "民营经济奖<script>alert(1)</script>\t\t", 1)
                       .replace("工作计划", "<img src=x onerror=alert(2)>", 1), encoding="utf-8")
    out = tmp_path / "audit.html"
    code, _, err = run_cli(capsys, "audit", str(hostile), "--html", str(out))
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    assert "民营经济奖&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "alert(1)</script>" not in page
    # the only script is the report's own column sorter
    scripts = _parse(page).scripts
    assert len(scripts) == 1 and "summary-table" in scripts[0]
