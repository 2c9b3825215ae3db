"""`jixiao review` on Word and Excel drafts: their own tables, every indicator row outlined and linked."""
from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser

import pytest
from PIL import Image

from jixiao.extract import extract_file
from jixiao.review import review_html
from tests.helpers import DRAFTS, ROOT
from tests.test_review_browser import is_red, screenshot


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: dict[str, str] = {}
        self.links: list[str] = []
        self.source_tables = 0
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids[a["id"]] = a.get("class") or ""
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.append(a["href"][1:])
        if tag == "table" and a.get("class") == "source":
            self.source_tables += 1
        for key in ("src", "href"):
            if a.get(key) and not a[key].startswith(("#", "data:")):
                self.external.append(a[key])


@pytest.mark.parametrize("name", ["seed.docx", "tsv_civil_2024.xlsx", "onesheet_tsv_civil_2024.merged.xlsx"])
def test_every_indicator_row_is_outlined_in_its_source_table(name):
    record = extract_file(str(DRAFTS / name))
    page = Page()
    page.feed(review_html(str(DRAFTS / name), record))
    assert not page.external
    indicators = [(p.seq, i.seq) for p in record.projects for i in p.indicators]
    outlined = {k for k, cls in page.ids.items() if k.endswith("-src")}
    assert outlined == {f"p{q}-i{n}-src" for q, n in indicators}
    assert all(page.ids[k].split()[0] == "ind" for k in outlined)
    # Every link on the page lands on something; the record's rows link to their source rows.
    assert set(page.links) <= set(page.ids) | {"toc"}
    assert {f"p{q}-i{n}-src" for q, n in indicators} <= set(page.links)
    # Rows with issues are red; the seed's 预算控制数 '绩效管理' is one.
    flagged = {(i.project, i.indicator) for i in record.issues if i.indicator}
    assert {k for k in outlined if "bad" in page.ids[k]} == {f"p{q}-i{n}-src" for q, n in flagged}
    assert page.source_tables >= len(record.projects)


def test_review_command_writes_the_page_for_a_docx(tmp_path):
    out = tmp_path / "seed.review.html"
    done = subprocess.run([sys.executable, "-m", "jixiao.cli", "review", str(DRAFTS / "seed.docx"), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert 'class="source"' in out.read_text(encoding="utf-8")


def test_word_review_page_renders_in_headless_chromium(tmp_path):
    page = tmp_path / "review.html"
    page.write_text(review_html(str(DRAFTS / "seed.docx")), encoding="utf-8")
    png = tmp_path / "shot.png"
    screenshot(page, png, tmp_path / "profile")
    with Image.open(png) as im:
        colours = {rgb: n for n, rgb in im.convert("RGB").getcolors(maxcolors=1 << 22)}
    # Project 1's flagged row (预算控制数) is outlined in the flagged red (#e00000, not the
    # badges' #c00) in the Word table, high enough to be in the shot.
    assert colours.get((224, 0, 0), 0) > 200 and any(is_red(rgb) for rgb in colours)
