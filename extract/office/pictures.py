"""Forms pasted into a Word or Excel file as pictures: read by OCR where they stand.

Departments often paste the 绩效目标表 into their draft as a picture (a screenshot
of the budget system, a scan of the signed paper form) and write only the cover
and the goal sections as text; a workbook may carry the form as an image placed
over its cells.  The file's XML then holds none of the form's words.  Each
picture large enough to hold a form is read as an image file's page is (the
same OCR, layout and assembly) and its blocks take the picture's place:

* the part of the picture the document shows is read (Word's crop, a:srcRect);
* a picture whose reading holds no table and little text (a logo, a seal, a
  photo of a site, a chart) adds nothing;
* without OCR (not installed, or ``--ocr never``) the pictures are counted, so that
  a file whose forms are all pictures is refused with that reason, not as "no
  绩效目标表 found".
"""
from __future__ import annotations

import io
from dataclasses import dataclass

import regex

from jixiao.extract.blocks import Block, Cell, Line, Table, Where

# A picture smaller than this holds no form (a logo, an icon, a seal, a bullet).
MIN_SIDE = 120
MIN_PIXELS = 120_000
# A page (a screenshot, a scan) is mostly paper: at least this share of it light. A photo, a
# chart on a dark ground or a seal on colour is not, and costs no OCR.
LIGHT = 190
MIN_LIGHT_SHARE = 0.5
# What a picture's reading must hold to be kept: a table, or this much Chinese text.
MIN_HAN = 30
_HAN = regex.compile(r"\p{Han}")


@dataclass(slots=True)
class Picture:
    at: int  # where its blocks go among the file's blocks
    data: bytes
    where: Where  # where it stands in the file (a Word paragraph, a sheet's row)
    crop: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # shares cut off left, top, right, bottom


@dataclass(slots=True)
class Reading:
    blocks: list[Block]
    read: int = 0  # pictures read by OCR
    unread: int = 0  # pictures that may hold a form, left unread (no OCR)
    issues: list | None = None


def _image(picture: Picture):
    """The decoded picture as the document shows it (cropped), or None for one that holds no form."""
    from PIL import Image

    from jixiao.extract.ocr.image_files import MAX_PIXELS

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(picture.data))
        if image.format not in ("PNG", "JPEG", "TIFF", "BMP", "GIF"):
            return None  # a metafile (EMF, WMF) is drawn, not pixels
        width, height = image.size
        left, top, right, bottom = (min(max(v, 0.0), 0.45) for v in picture.crop)
        box = (round(width * left), round(height * top), round(width * (1 - right)), round(height * (1 - bottom)))
        if box != (0, 0, width, height):
            image.load()
            image = image.crop(box)
        width, height = image.size
        if min(width, height) < MIN_SIDE or width * height < MIN_PIXELS or not looks_like_paper(image):
            return None
        return image
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None  # a damaged picture is no part of the text


def looks_like_paper(image) -> bool:
    """Is most of the picture light, as a page of print is?"""
    import numpy as np

    small = image.convert("L")
    small.thumbnail((400, 400))
    return float((np.asarray(small) >= LIGHT).mean()) >= MIN_LIGHT_SHARE


# DrawingML's picture (Word's and Excel's alike) and the crop Word or Excel puts on it.
BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
SRC_RECT = "{http://schemas.openxmlformats.org/drawingml/2006/main}srcRect"


def crop_of_blip(blip) -> tuple[float, float, float, float]:
    """The crop beside a:blip in its blipFill (none where there is no a:srcRect)."""
    parent = blip.getparent()
    return crop_of(parent.find(SRC_RECT) if parent is not None else None)


def crop_of(rect) -> tuple[float, float, float, float]:
    """a:srcRect's l, t, r, b: the shares of the picture Word cuts off, in thousandths of a percent."""
    if rect is None:
        return (0.0, 0.0, 0.0, 0.0)
    out = []
    for key in ("l", "t", "r", "b"):
        try:
            out.append(int(rect.get(key, "0")) / 100_000)
        except ValueError:
            out.append(0.0)
    return tuple(out)


def _useful(blocks: list[Block]) -> bool:
    if any(isinstance(b, Table) for b in blocks):
        return True
    return sum(len(_HAN.findall(b.text)) for b in blocks if isinstance(b, Line)) >= MIN_HAN


def _placed(blocks: list[Block], where: Where) -> list[Block]:
    """The picture's blocks placed where the picture stands in the file (their page is the
    picture's own, which the file has not)."""
    def cell(c: Cell | None) -> Cell | None:
        if c is not None:
            c.where = where
        return c

    for b in blocks:
        b.where = where
        if isinstance(b, Table):
            b.rows = [[cell(c) for c in row] for row in b.rows]
            b.row_where = [where for _ in b.rows]
    if blocks:
        blocks[0].page_break_before = False
    return blocks


def read_into(blocks: list[Block], pictures: list[Picture], path: str, ocr: str, limits) -> Reading:
    """``blocks`` with each picture's blocks in its place."""
    from jixiao.extract import ocr as ocr_support

    candidates = [(p, image) for p in pictures if (image := _image(p)) is not None][: limits.max_pages]
    if not candidates:
        return Reading(blocks)
    if ocr == "never" or not ocr_support.available():
        return Reading(blocks, unread=len(candidates))
    from jixiao.extract.ocr.image_files import page_image
    from jixiao.extract.ocr.pages import read_pages
    from jixiao.extract.ocr.scans import issues, page_contents
    from jixiao.extract.pdf.reader import _assemble

    images = [page_image(image, k + 1) for k, (_, image) in enumerate(candidates)]
    pages = read_pages(images, path, getattr(limits, "ocr_page_seconds", None))
    out = list(blocks)
    read = 0
    for (picture, _), page in reversed(list(zip(candidates, pages))):
        found = _assemble(page_contents([page]))
        if _useful(found):
            out[picture.at:picture.at] = _placed(found, picture.where)
            read += 1
    return Reading(out, read=read, issues=issues(pages, what="picture") if read else [])


def unread_reason(count: int, ocr: str) -> str:
    from jixiao.extract import ocr as ocr_support

    what = f"{count} picture(s) that may be its forms"
    if ocr == "never":
        return f"no 绩效目标表 in its text, and {what}, left unread: OCR is off (--ocr never)"
    return f"no 绩效目标表 in its text; {ocr_support.missing_reason(what)}"


__all__ = ["BLIP", "Picture", "Reading", "crop_of", "crop_of_blip", "read_into", "unread_reason"]
