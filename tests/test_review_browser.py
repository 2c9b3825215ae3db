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
