"""PDF pages as PNG data URIs, so that the review page needs no other file."""
from __future__ import annotations

import base64
import io
from dataclasses import dataclass

# Rendered at 1.5 px per PDF point so small table text stays sharp (also on
# high-density screens), shown at 1.2 so that the page and the extracted table
# fit side by side in a 1400 px window.
SCALE = 1.5
DISPLAY_SCALE = 1.2


@dataclass(frozen=True)
class PageImage:
    data_uri: str
    width_pt: float
    height_pt: float
    display_scale: float = DISPLAY_SCALE

    @property
    def width_px(self) -> int:
        return round(self.width_pt * self.display_scale)

    @property
    def height_px(self) -> int:
        return round(self.height_pt * self.display_scale)

    def px(self, points: float) -> float:
        """A length in PDF points as CSS pixels on the displayed page."""
        return points * self.display_scale


def render_pages(path: str, pages: list[int], scale: float = SCALE) -> dict[int, PageImage]:
    """``{page number (1-based): PageImage}`` for the pages asked for."""
    import pypdfium2 as pdfium

    out: dict[int, PageImage] = {}
    doc = pdfium.PdfDocument(path)
    try:
        for number in sorted(set(pages)):
            if not 1 <= number <= len(doc):
                continue
            page = doc[number - 1]
            width_pt, height_pt = page.get_size()
            image = page.render(scale=scale).to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG", optimize=True)
            uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
            out[number] = PageImage(uri, width_pt, height_pt)
            page.close()
    finally:
        doc.close()
    return out


def render_image_pages(path: str, pages: list[int]) -> dict[int, PageImage]:
    """The pages of a scan image file (PNG, JPEG, a TIFF's frames), sized in PDF points
    as the OCR reader measured them."""
    from jixiao.extract.ocr.image_files import load_pages
    from PIL import Image

    with open(path, "rb") as fh:
        scans = load_pages(fh.read(), path, max_pages=10_000)
    out: dict[int, PageImage] = {}
    for scan in scans:
        if scan.number not in pages:
            continue
        height, width = scan.pixels.shape
        image = Image.fromarray(scan.pixels)
        shown = SCALE * scan.points_per_pixel  # the same pixel density as a rendered PDF page
        image = image.resize((max(1, round(width * shown)), max(1, round(height * shown))))
        buf = io.BytesIO()
        image.save(buf, format="PNG", optimize=True)
        uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
        out[scan.number] = PageImage(uri, width * scan.points_per_pixel, height * scan.points_per_pixel)
    return out
