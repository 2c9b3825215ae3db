"""The review page: one self-contained file, every row outlined, every draft string escaped."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from jixiao.extract import extract_file
from jixiao.review import review_html
from tests.helpers import DRAFTS

SEED_PDF = DRAFTS / "seed.lo.pdf"
SEED_TXT = DRAFTS / "seed.txt"


class PageOutline(HTMLParser):
    """Per project section: its page images, its outline boxes, the ids and links on the page."""

    def __init__(self):
        super().__init__()
        self.project = None
        self.images: dict[int, list[dict]] = {}
        self.boxes: dict[int, list[dict]] = {}
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "section" and "project" in (a.get("class") or "").split():
            self.project = int(a["id"][1:])
            self.images[self.project], self.boxes[self.project] = [], []
        if tag == "img" and self.project is not None:
            self.images[self.project].append(a)
        if tag == "a" and "box" in (a.get("class") or "").split() and self.project is not None:
            self.boxes[self.project].append(a)
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.append(a["href"][1:])
        for key in ("src", "href"):
            value = a.get(key) or ""
            if value and not value.startswith(("#", "data:")):
                self.external.append(value)
        if tag == "link":
            self.external.append(str(a))


def outline(page: str) -> PageOutline:
    parser = PageOutline()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def seed_pdf():
    record = extract_file(str(SEED_PDF))
    return record, review_html(str(SEED_PDF), record)


@pytest.fixture(scope="module")
def seed_txt():
    record = extract_file(str(SEED_TXT))
    return record, review_html(str(SEED_TXT), record)


def test_every_project_has_its_page_images_and_one_box_per_indicator(seed_pdf):
    record, page = seed_pdf
    parsed = outline(page)
    assert sorted(parsed.images) == [p.seq for p in record.projects]
    for p in record.projects:
        pages = {p.page} | {i.page for i in p.indicators}
        assert len(parsed.images[p.seq]) == len(pages), p.seq
        assert all(img["src"].startswith("data:image/png;base64,") for img in parsed.images[p.seq])
        boxes = [b for b in parsed.boxes[p.seq] if "ind" in b["class"].split()]
        assert len(boxes) == len(p.indicators), p.seq


def test_rows_with_issues_are_outlined_in_red(seed_pdf):
    record, page = seed_pdf
    parsed = outline(page)
    bad = {(i.project, i.indicator) for i in record.issues if i.indicator}
    red = {(q, int(b["id"].split("-i")[1].split("-")[0])) for q, boxes in parsed.boxes.items()
           for b in boxes if "bad" in b["class"].split()}
    assert red == bad and (7, 2) in red and (6, 2) in red


def test_box_is_the_bbox_scaled_to_pixels(seed_pdf):
    record, page = seed_pdf
    row = record.projects[0].indicators[2]  # not the first of a merged group: its bbox is its own
    box = next(b for b in outline(page).boxes[1] if b["id"] == "p1-i3-box")
    style = dict(part.split(":") for part in box["style"].split(";"))
    assert float(style["left"].rstrip("px")) == pytest.approx(row.bbox[0] * 1.2, abs=0.1)
    assert float(style["top"].rstrip("px")) == pytest.approx(row.bbox[1] * 1.2, abs=0.1)


def test_issue_list_links_to_spots_that_exist(seed_pdf, seed_txt):
    for record, page in (seed_pdf, seed_txt):
        parsed = outline(page)
        assert parsed.links and set(parsed.links) <= parsed.ids
    assert "p7-i2-box" in outline(seed_pdf[1]).links
    assert "L250" in outline(seed_txt[1]).links


def test_page_is_self_contained(seed_pdf, seed_txt):
    for _, page in (seed_pdf, seed_txt):
        parsed = outline(page)
        assert parsed.external == []
        assert "script" not in parsed.tags


def test_text_draft_shows_aligned_tables_with_every_extracted_row_outlined(seed_txt):
    record, page = seed_txt
    lines = SEED_TXT.read_text(encoding="utf-8").splitlines()
    # The flagged rows (次年一月 without a value; 资助专利数 without a basis) in red, as table rows.
    assert '<tr class="row ind bad" id="L250"><th class="no">250</th>' in page
    assert '<tr class="row ind bad" id="L228">' in page
    assert "次年一月" in lines[249]
    # Every indicator row of the record is an outlined table row, its cells split at the tabs.
    for project in record.projects:
        for indicator in project.indicators:
            n = indicator.line
            row = re.search(rf'<tr class="row ind[^"]*" id="L{n}">(.*?)</tr>', page)
            assert row, n
            cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))
            assert len(cells) > 3 and len(cells) >= len([c for c in lines[n - 1].split("\t") if c.strip()])


def test_hostile_html_in_a_draft_is_escaped(tmp_path):
    # An HTML draft: entities decode to markup in the record, raw tags sit in the source lines.
    text = (DRAFTS / "html_education_2022.html").read_text(encoding="utf-8")
    text = text.replace("<td>受益学生人数</td>", "<td>受益学生人数&lt;script&gt;alert(1)&lt;/script&gt;</td>")
    text = text.replace("<td>依据学籍系统在校生人数</td>", "<td>依据学籍系统在校生人数<script>alert(2)</script><img src=x onerror=alert(3)></td>")
    draft = tmp_path / "evil.html"
    draft.write_text(text, encoding="utf-8")
    record = extract_file(str(draft))
    assert "<script>alert(1)</script>" in record.projects[0].indicators[0].level3
    page = review_html(str(draft), record)
    parsed = outline(page)
    assert "script" not in parsed.tags and parsed.external == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "onerror" not in page.replace("onerror=alert(3)&gt;", "")  # shown as text if at all, never as markup


def test_cli_writes_next_to_the_current_directory_and_prints_the_path(tmp_path):
    cli = [sys.executable, "-m", "jixiao.cli"]
    run = subprocess.run([*cli, "review", str(SEED_TXT)], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(DRAFTS.parent.parent)})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "seed.review.html"
    assert (tmp_path / "seed.review.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_annotate_refuses_a_text_draft(tmp_path):
    cli = [sys.executable, "-m", "jixiao.cli"]
    run = subprocess.run([*cli, "review", "--annotate", str(SEED_TXT), "-o", str(tmp_path / "x.pdf")],
                         capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(DRAFTS.parent.parent)})
    assert run.returncode == 1 and "needs a PDF" in run.stderr


HOSTILE = """<script>alert("x")</script> & 'q' <img src=x onerror=alert(1)>"""


class Strings(HTMLParser):
    """The page as a browser reads it: its tags, its text, its attribute values (entities decoded)."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [v for _, v in attrs if v]

    def handle_data(self, data):
        self.text.append(data)


def _hostile(typed):
    """The record with markup in every text field the page shows (a typed record holds
    only valid numbers, levels and codes: those are not strings a draft can fill)."""
    from jixiao.extract.record import from_data

    record = typed.to_dict()
    record["document"].update(title=HOSTILE + "title", department=HOSTILE + "dept")
    record["toc"] = [{"part": 1, "title": HOSTILE + "toc", "page": 1}]
    project = record["projects"][0]
    project.update(title=HOSTILE + "ptitle", code=HOSTILE + "code", name=HOSTILE + "name", unit=HOSTILE + "unit")
    indicator = project["indicators"][0]
    indicator.update(level1=HOSTILE + "l1", level2=HOSTILE + "l2", level3=HOSTILE + "l3", value_raw=HOSTILE + "raw",
                     basis=HOSTILE + "basis", kind="reference", comparator=">=", reference=HOSTILE + "ref")
    record["issues"].append({"code": "budget_sum", "severity": "warning", "where": HOSTILE + "where",
                             "message": HOSTILE + "msg", "project": project["seq"], "indicator": indicator["seq"]})
    return from_data(record)


@pytest.mark.parametrize("source", ["text", "pdf"])
def test_hostile_strings_in_a_record_come_out_escaped(seed_txt, seed_pdf, source):
    from jixiao.review import html_page
    from jixiao.review.page_images import render_pages

    if source == "text":
        record = _hostile(seed_txt[0])
        page = review_html(str(SEED_TXT), record)
    else:  # the boxes' tooltips carry the messages: one rendered page is enough
        record = _hostile(seed_pdf[0])
        page = html_page.build(record, images=render_pages(str(SEED_PDF), [record.projects[0].page]))
    parsed = Strings()
    parsed.feed(page)
    assert "script" not in parsed.tags and parsed.tags.count("img") == (source == "pdf")
    text = "".join(parsed.text)
    for field in ("title", "dept", "toc", "ptitle", "code", "name", "unit", "l1", "l2", "l3", "raw",
                  "basis", "ref", "msg"):
        assert HOSTILE + field in text, field  # shown to the reader as the record has it, character for character
    assert HOSTILE + "msg" in parsed.attributes  # the issue badge's tooltip
    if source == "pdf":
        assert sum(HOSTILE + "msg" in a for a in parsed.attributes) == 2  # and the row's box on the page
    assert "<script>" not in page and 'alert("x")' not in page and "'q'" not in page
