"""Scanned pages into a draft's blocks, and what the reader tells about them.

Used by the PDF reader for pages without a usable text layer and for image
files: either way the pages go through the same page layout and assembly as a
born-digital PDF's, so the interpreter cannot tell them apart.
"""
from __future__ import annotations

from jixiao.extract.ocr.page import OcrPage

# A cell read with less confidence than this is worth a human look.
LOW_CONFIDENCE = 0.8


def page_contents(pages: list[OcrPage]):
    from jixiao.extract.pdf.reader import PageContent

    return [PageContent(p.number, p.height, p.lines, p.tables) for p in pages]


def issues(pages: list[OcrPage], what: str = "page") -> list[dict]:
    """A warning per low-confidence cell (page and box), one info issue counting the fixes.
    ``what`` names the image read: a page, or a picture in a Word or Excel file (which has
    no page to point at: the message names the picture)."""
    out = []
    against = "the scan" if what == "page" else f"the {what}"
    for p in pages:
        for spot in p.spots:
            if spot.confidence < LOW_CONFIDENCE:
                issue = {
                    "severity": "warning", "code": "ocr_low_confidence", "project": None, "indicator": None,
                    "where": "document",
                    "message": (f"{what} {spot.page}: OCR read '{spot.text}' with confidence {spot.confidence:.2f}; check it against {against}"
                                if spot.text else f"{what} {spot.page}: a cell holds ink that OCR could not read; check it against {against}"),
                }
                if what == "page":
                    issue.update(page=spot.page, bbox=[round(v, 1) for v in spot.bbox])
                out.append(issue)
    fixes: dict[str, int] = {}
    for p in pages:
        for k, v in p.fixes.items():
            fixes[k] = fixes.get(k, 0) + v
    if fixes:
        total = sum(fixes.values())
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(fixes.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append({
            "severity": "info", "code": "ocr_corrected", "project": None, "indicator": None, "where": "document",
            "message": f"OCR: {total} reading(s) corrected by the value grammar and the framework vocabulary ({detail})",
            "count": total,
        })
    return out


def read_images(data: bytes, path: str, max_pages: int, page_seconds: float | None = None):
    """Blocks and source facts of an image file (PNG, JPEG, TIFF, multi-page TIFF)."""
    from jixiao.extract import ocr
    from jixiao.extract.ocr.image_files import load_pages
    from jixiao.extract.ocr.pages import read_pages
    from jixiao.extract.pdf.reader import _assemble

    ocr.require(path, "an image file (a scan)")
    images = load_pages(data, path, max_pages)
    pages = read_pages(images, path, page_seconds)
    source = {"format": "image", "rendering": "scan", "pages": len(images), "ocr": True,
              "ocr_pages": [p.number for p in pages], "issues": issues(pages)}
    return _assemble(page_contents(pages)), source
