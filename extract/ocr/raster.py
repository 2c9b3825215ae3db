"""PDF pages as grey images for OCR, and the scale back to PDF points.

pypdfium2 renders (it is already a dependency and much faster than a
PostScript interpreter); a page image is a 2-D uint8 array, black on white.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DEFAULT_DPI = 200
# Below this a page's characters are a few pixels tall: nothing to read.
MIN_SCAN_DPI = 70


@dataclass(slots=True)
class PageImage:
    number: int  # 1-based page number in the file
    pixels: np.ndarray  # H x W, uint8 grey
    points_per_pixel: float  # 72 / dpi: multiply a pixel coordinate to get PDF points

    @property
    def height_points(self) -> float:
        return self.pixels.shape[0] * self.points_per_pixel


def render_pdf_page(path: str, number: int, dpi: int = DEFAULT_DPI) -> PageImage:
    """Render one page (1-based) of the PDF at ``path``; a phone photo of a sheet made into
    a PDF page is flattened to the sheet (flatten.py), as an image file's is."""
    import pypdfium2

    from jixiao.extract.ocr import dropout, flatten

    pdf = pypdfium2.PdfDocument(path)
    try:
        page = pdf[number - 1]
        # In colour: the sheet in a photo is told from the desk by its whiteness.
        bitmap = page.render(scale=dpi / 72, grayscale=False)
        pixels = np.array(bitmap.to_numpy(), copy=True)
        page.close()
    finally:
        pdf.close()
    if pixels.ndim == 3:
        colour = pixels[..., 2::-1]  # pdfium's BGR as RGB
        grey = dropout.grey(colour)
        flat = flatten.sheet(grey, colour.min(axis=2))
        if flat is not None:
            return PageImage(number, flat, 72 / (min(flat.shape) / flatten.A4_WIDTH_INCHES))
        pixels = grey
    return PageImage(number, pixels, 72 / dpi)


def to_points(box_px: tuple[float, float, float, float], scale: float) -> tuple[float, float, float, float]:
    return tuple(round(v * scale, 2) for v in box_px)  # type: ignore[return-value]


def scan_resolution(path: str, number: int) -> float | None:
    """The resolution (dpi) of the finest picture on a page, as placed; None if it has none."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    pdf = pypdfium2.PdfDocument(path)
    try:
        page = pdf[number - 1]
        best = None
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            try:
                meta = obj.get_metadata()
            except Exception:  # noqa: BLE001 - an odd image object says nothing about the others
                continue
            dpi = min(meta.horizontal_dpi, meta.vertical_dpi)
            best = dpi if best is None else max(best, dpi)
        page.close()
        return best
    finally:
        pdf.close()
