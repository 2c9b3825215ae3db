"""Scans made at test time from the sample PDFs: what a scanner, a fax or a phone
would hand over.  Each page is rendered, turned, specked and JPEG-compressed as
asked, then saved as an image-only PDF (no text layer at all) or image files.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DRAFTS = ROOT / "samples" / "drafts"


@dataclass(frozen=True)
class Variant:
    name: str
    dpi: int
    angle: float = 0.0  # degrees, counter-clockwise as PIL turns
    specks: float = 0.0  # share of pixels that get a speck
    quality: int = 95  # JPEG quality of the page images

    def __str__(self) -> str:
        return self.name


CLEAN = Variant("clean-200dpi", 200)
SKEWED = Variant("skewed-0.7deg-specks", 200, angle=0.7, specks=0.0004)
LOSSY = Variant("150dpi-jpeg55", 150, quality=55)
VARIANTS = (CLEAN, SKEWED, LOSSY)


def needs_ocr():
    """Skip locally without the ocr extra; under CI its absence is a failure."""
    from jixiao.extract import ocr

    if not ocr.available():
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail("CI must test OCR: install the ocr extra (make install)")
        pytest.skip("the ocr extra is not installed (pip install 'jixiao[ocr]')")


def page_images(pdf: Path, variant: Variant, pages: list[int] | None = None):
    """The scanned pages of ``pdf`` (1-based ``pages``, default all) as PIL images."""
    import numpy as np
    import pypdfium2
    from PIL import Image

    doc = pypdfium2.PdfDocument(str(pdf))
    numbers = pages or list(range(1, len(doc) + 1))
    rng = np.random.default_rng(7)
    out = []
    for n in numbers:
        image = doc[n - 1].render(scale=variant.dpi / 72, grayscale=True).to_pil().convert("L")
        if variant.angle:
            image = image.rotate(variant.angle, resample=Image.BICUBIC, fillcolor=255)
        if variant.specks:
            pixels = np.array(image)
            h, w = pixels.shape
            count = int(h * w * variant.specks)
            ys, xs = rng.integers(0, h - 2, count), rng.integers(0, w - 2, count)
            sizes = rng.integers(1, 3, count)
            for y, x, s in zip(ys, xs, sizes):
                pixels[y : y + s, x : x + s] = rng.integers(0, 90)
            image = Image.fromarray(pixels)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=variant.quality)
        image = Image.open(io.BytesIO(buffer.getvalue()))
        image.info["dpi"] = (variant.dpi, variant.dpi)
        out.append(image)
    doc.close()
    return out


def scanned_pdf(pdf: Path, out: Path, variant: Variant, pages: list[int] | None = None) -> Path:
    """An image-only PDF of ``pdf``, as a scanner saves it."""
    images = page_images(pdf, variant, pages)
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=variant.dpi,
                   quality=variant.quality)
    return out


def smudged_page(path: Path) -> tuple[Path, tuple[float, float]]:
    """Page 7 of seed.rl.pdf as a PNG scan with its first ≥ value smudged past
    reading; returns the path and the smudged spot's top-left in PDF points."""
    import numpy as np
    import pdfplumber
    from PIL import Image

    seed = DRAFTS / "seed.rl.pdf"
    page = np.array(page_images(seed, CLEAN, pages=[7])[0])
    with pdfplumber.open(str(seed)) as pdf:
        target = next(w for w in pdf.pages[6].extract_words() if w["text"].startswith("≥"))
    scale = CLEAN.dpi / 72
    x0, top, x1, bottom = (int(target[k] * scale) for k in ("x0", "top", "x1", "bottom"))
    # Blots, not dust: the reader whitens specks of a few pixels as scanner noise.
    rng = np.random.default_rng(3)
    for _ in range((bottom - top) * (x1 - x0) // 40):
        y, x = rng.integers(top - 2, bottom - 2), rng.integers(x0 - 2, x1 - 2)
        page[y : y + 4, x : x + 4] = 0
    Image.fromarray(page).save(path, dpi=(CLEAN.dpi, CLEAN.dpi))
    return path, (target["x0"], target["top"])
