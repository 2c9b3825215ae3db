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


def test_summary_sorts_by_a_criterion_in_a_real_browser(tmp_path, capsys, seed_text):
    """Click 完整性 in headless Chromium: the drafts come back ordered by that score."""
    import subprocess

    from test_review_browser import chromium

    drafts = []
    for n, remove in enumerate([(), (3,), (3, 5)]):
        text = seed_text
        for seq in remove:  # each removed 满意度 block costs 完整性 points
            text = without_project_rows(text, seq, "满意度指标")
        path = tmp_path / f"draft{n}.txt"
        path.write_text(text.replace("抚宁区工业信息管理局", f"抚宁区工业信息管理局{n}"), encoding="utf-8")
        drafts.append(str(path))
    out = tmp_path / "audit.html"
    code, _, err = run_cli(capsys, "audit", *drafts, "--html", str(out))
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    column = 4  # after #, draft, year and overall: 完整性
    clicked = tmp_path / "clicked.html"
    clicked.write_text(page.replace("</body>", f'<script>document.querySelectorAll("#summary-table th")[{column}].click();'
                                    f'document.querySelectorAll("#summary-table th")[{column}].click();</script></body>'),
                       encoding="utf-8")
    dom = subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", clicked.as_uri()],
                         capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL).stdout
    body = dom[dom.index('id="summary-table"'):]
    body = body[:body.index("</tbody>")]
    names = re.findall(r'<a href="#d\d+">(抚宁区工业信息管理局\d)</a>', body)
    scores = [float(s) for s in re.findall(r'<td class="score[^"]*">([\d.]+)</td>', body)]
    # the report lists the worst overall first (2, 1, 0); two clicks sort by 完整性 descending
    assert names == ["抚宁区工业信息管理局0", "抚宁区工业信息管理局1", "抚宁区工业信息管理局2"], names
    assert len(scores) == 3 * 8
