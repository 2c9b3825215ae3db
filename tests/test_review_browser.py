"""The review page as a browser shows it: a real headless Chromium takes a screenshot."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PIL import Image

from jixiao.review import review_html
from tests.helpers import DRAFTS


def chromium() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if found:
        return found
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail("CI must test the review page in Chromium (.ci/run installs it)")
    pytest.skip("chromium is not installed (apt-get install -y chromium)")


def screenshot(page_path, png_path, profile) -> None:
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
           f"--screenshot={png_path}", "--window-size=1400,2000", page_path.as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=180, stdin=subprocess.DEVNULL)


def is_red(rgb) -> bool:  # the outline of a flagged row on a PDF page
    r, g, b = rgb
    return r > 200 and g < 60 and b < 60


def is_pink(rgb) -> bool:  # the background of a flagged source line or table row
    r, g, b = rgb
    return r > 245 and 215 <= g <= 235 and 215 <= b <= 235


@pytest.mark.parametrize("name, flagged", [("seed.lo.pdf", is_red), ("seed.txt", is_pink)])
def test_review_page_renders_in_headless_chromium(tmp_path, name, flagged):
    page = tmp_path / "review.html"
    page.write_text(review_html(str(DRAFTS / name)), encoding="utf-8")
    png = tmp_path / "shot.png"
    screenshot(page, png, tmp_path / "profile")
    assert png.exists() and png.stat().st_size > 0
    with Image.open(png) as im:
        assert im.size == (1400, 2000)
        colours = [rgb for _, rgb in im.convert("RGB").getcolors(maxcolors=1 << 22)]
    assert len(colours) > 1
    # The first project has a flagged row (预算控制数 '绩效管理'), high enough on the page to be in the shot.
    assert any(flagged(rgb) for rgb in colours)


# --- Chinese text as a person sees it ------------------------------------------------
#
# Without a CJK font every Chinese character renders as the same empty box ("tofu"),
# and a page full of boxes still has the right colours. So the check draws a few
# distinct characters taken from the page's own labels, in the page's own fonts, in
# cells at a known place of the screenshot: real glyphs differ from one another,
# tofu boxes (or nothing) do not.

import re  # noqa: E402

CELL, CELLS = 100, 6
CJK = re.compile(r"[\u4e00-\u9fff]")


def page_characters(html: str, count: int = CELLS) -> list[str]:
    """The first distinct Chinese characters of the page's text (its labels and headings)."""
    body = re.sub(r"<[^>]+>", " ", html.split("<body", 1)[1])
    return list(dict.fromkeys(CJK.findall(body)))[:count]


def with_glyph_strip(html: str, characters: list[str]) -> str:
    cells = "".join(f'<span style="position:absolute;left:{i * CELL}px;top:0;width:{CELL}px;height:{CELL}px;'
                    f'font-size:72px;line-height:{CELL}px;text-align:center;color:#000">{ch}</span>'
                    for i, ch in enumerate(characters))
    strip = (f'<div style="position:fixed;left:0;top:0;width:{CELL * len(characters)}px;height:{CELL}px;'
             f'background:#fff;z-index:99999;font-family:inherit">{cells}</div>')
    return html.replace("</body>", strip + "</body>")


def glyph_inks(png, count: int) -> list[bytes]:
    """Each cell of the strip as a black-and-white bitmap."""
    with Image.open(png) as im:
        gray = im.convert("L")
        return [gray.crop((i * CELL, 0, (i + 1) * CELL, CELL)).point(lambda p: 255 if p < 128 else 0).tobytes()
                for i in range(count)]


def distinct_glyphs(inks: list[bytes]) -> int:
    """How many cells hold a drawing unlike every other (a few pixels of anti-aliasing aside)."""
    def differ(a: bytes, b: bytes) -> bool:
        return sum(x != y for x, y in zip(a, b)) > len(a) * 0.02

    inked = [ink for ink in inks if ink.count(255) > 40]
    return sum(1 for i, a in enumerate(inked) if all(differ(a, b) for j, b in enumerate(inked) if j != i))


def shoot(html: str, tmp_path, name: str, env=None) -> tuple[list[str], object]:
    characters = page_characters(html)
    assert len(characters) == CELLS
    page = tmp_path / f"{name}.html"
    page.write_text(with_glyph_strip(html, characters), encoding="utf-8")
    png = tmp_path / f"{name}.png"
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / name}-profile",
           f"--screenshot={png}", "--window-size=1400,2000", page.as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=180, stdin=subprocess.DEVNULL, env=env)
    assert png.exists(), "chromium wrote no screenshot"
    return characters, png


def stats_page(tmp_path) -> str:
    from jixiao.ingest import ingest
    from jixiao.stats import compute, to_html
    from jixiao.load.url import make_engine

    url = f"sqlite:///{tmp_path / 'archive.db'}"
    assert ingest([DRAFTS / "seed.txt", DRAFTS / "markdown_health_2021.md"], url, workers=1).ok == 2
    engine = make_engine(url)
    with engine.connect() as conn:
        html = to_html(compute(conn))
    engine.dispose()
    return html


@pytest.mark.parametrize("which", ["review-text", "review-pdf", "stats"])
def test_chinese_labels_render_as_chinese_not_boxes(tmp_path, which):
    if which == "stats":
        html = stats_page(tmp_path)
    else:
        html = review_html(str(DRAFTS / ("seed.txt" if which == "review-text" else "seed.lo.pdf")))
    characters, png = shoot(html, tmp_path, which)
    inks = glyph_inks(png, len(characters))
    assert distinct_glyphs(inks) == len(characters), (
        f"the page's Chinese labels ({''.join(characters)}) render as identical boxes: no CJK font "
        "(install fonts-noto-cjk, as .ci/run does)")


def test_the_check_sees_boxes_when_no_cjk_font_is_there(tmp_path):
    """The same check under a font configuration without CJK fonts must fail: tofu."""
    latin = sorted({line.split(":")[0] for line in subprocess.run(
        ["fc-list", ":", "file"], capture_output=True, text=True).stdout.splitlines()
        if "dejavu" in line.lower() or "liberation" in line.lower()})
    if not latin:
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail("CI must check the font test against a Latin-only font (.ci/run installs fonts-dejavu-core)")
        pytest.skip("no Latin-only font (DejaVu, Liberation) to build a CJK-less font configuration from")
    folder = os.path.dirname(latin[0])
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f"<dir>{folder}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    characters, png = shoot(review_html(str(DRAFTS / "seed.txt")), tmp_path, "tofu", env=env)
    assert distinct_glyphs(glyph_inks(png, len(characters))) < len(characters)
