"""Image files as scanned pages: PNG, JPEG, TIFF (every frame of a multi-page TIFF).

A photo of a sheet (smaller than the frame, at an angle) is flattened first (flatten.py).

A scan's resolution comes from the file (DPI tag) when it is plausible, else a
page is assumed to be A4 wide, which is what this genre is printed on.
"""
from __future__ import annotations

import io

import numpy as np

from jixiao.extract.errors import DraftError
from jixiao.extract.ocr import dropout, flatten
from jixiao.extract.ocr.raster import PageImage

A4_WIDTH_INCHES = flatten.A4_WIDTH_INCHES
# A page scanned at the coarsest readable resolution (70 dpi) is this wide.
MIN_SIDE = 500
# Beyond this a scan is a poster, not a page; refuse before decoding it.
MAX_PIXELS = 60_000_000


def _dpi(image) -> float:
    info = image.info.get("dpi")
    try:
        dpi = float(info[0]) if info else 0.0
    except (TypeError, ValueError, IndexError):
        dpi = 0.0
    if 70 <= dpi <= 1200:
        return dpi
    width, height = image.size
    return min(width, height) / A4_WIDTH_INCHES


def _square_pixels(grey: np.ndarray, dpi) -> np.ndarray:
    """A fax's standard resolution is 204 × 98 dpi: its pixels are twice as tall as wide, and
    the text, squashed to half its height, is no script OCR knows. The page is stretched to
    square pixels first, the coarser axis up to the finer."""
    try:
        x, y = float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError, IndexError):
        return grey
    if not (70 <= min(x, y) and max(x, y) <= 1200) or max(x, y) / min(x, y) < 1.2:
        return grey
    import cv2

    height, width = grey.shape
    size = (width, round(height * x / y)) if x > y else (round(width * y / x), height)
    return cv2.resize(grey, size, interpolation=cv2.INTER_LINEAR)


def _colour(image) -> np.ndarray | None:
    """A colour image as RGB pixels (None for grey and 1-bit images)."""
    if image.mode not in ("RGB", "RGBA", "P", "CMYK", "YCbCr"):
        return None
    return np.asarray(image.convert("RGB"), dtype=np.uint8)


def page_image(image, number: int) -> PageImage:
    """One frame of a decoded image as a page: upright, red ink dropped out, square pixels, a
    photo of a sheet flattened to the sheet."""
    from PIL import ImageOps

    dpi = _dpi(image)
    upright = ImageOps.exif_transpose(image)
    rgb = _colour(upright)
    grey = dropout.grey(rgb) if rgb is not None else np.asarray(upright.convert("L"), dtype=np.uint8).copy()
    grey = _square_pixels(grey, image.info.get("dpi"))
    flat = flatten.sheet(grey, rgb.min(axis=2) if rgb is not None and grey.shape == rgb.shape[:2] else None)
    if flat is not None:
        # A photo of the sheet: the sheet itself is the page, A4 wide.
        grey, dpi = flat, min(flat.shape) / A4_WIDTH_INCHES
    return PageImage(number, grey, 72 / dpi)


def load_pages(data: bytes, path: str, max_pages: int) -> list[PageImage]:
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
        if frames > max_pages:
            raise DraftError(path, f"{frames} pages, over the {max_pages}-page limit", code="too_many_pages")
        pages = []
        for k in range(frames):
            image.seek(k)
            width, height = image.size
            if min(width, height) < MIN_SIDE:
                raise DraftError(path, f"an image of {width}×{height} pixels, too small to be a scanned page", code="unknown_format")
            pages.append(page_image(image, k + 1))
        return pages
    except DraftError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise DraftError(path, f"the image cannot be read ({' '.join(str(exc).split())[:100]})", code="corrupt") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise DraftError(path, f"the image is damaged or truncated ({' '.join(str(exc).split())[:100]})", code="corrupt") from None
