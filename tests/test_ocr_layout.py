"""The page layout under OCR: deskew and the ruled grid, on real rendered pages
that are turned, broken and specked as scans are."""
from __future__ import annotations

import numpy as np
import pytest

from tests.helpers import DRAFTS
from tests.test_ocr_support import CLEAN, needs_ocr, page_images


@pytest.fixture(scope="module")
def table_page():
    needs_ocr()
    return np.array(page_images(DRAFTS / "seed.rl.pdf", CLEAN, pages=[7])[0])


def _plumber_grid(page_number: int):
    """The same page's table as pdfplumber sees it in the text layer: rows × columns and merged slots."""
    import pdfplumber

    with pdfplumber.open(str(DRAFTS / "seed.rl.pdf")) as pdf:
        table = pdf.pages[page_number - 1].find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"})[0]
        return [[cell is None for cell in row.cells] for row in table.rows]


def _ours(grey):
    from jixiao.extract.ocr.deskew import deskew, ink
    from jixiao.extract.ocr.ruling import find_grids

    straight, angle = deskew(grey)
    grids = find_grids(ink(straight), 200)
    assert len(grids) == 1
    grid = grids[0]
    covered = [[True] * (len(grid.xs) - 1) for _ in range(len(grid.ys) - 1)]
    for cell in grid.cells:
        covered[cell.row][cell.col] = False
    return covered, angle


@pytest.mark.parametrize("angle", [0.0, 0.7, -1.5, 2.0])
def test_a_turned_page_is_straightened_and_its_grid_matches_the_text_layer(table_page, angle):
    from PIL import Image

    turned = np.array(Image.fromarray(table_page).rotate(angle, resample=Image.BICUBIC, fillcolor=255))
    covered, found = _ours(turned)
    # PIL turns counter-clockwise: the right side rises, our angle is negative.
    assert found == pytest.approx(-angle, abs=0.15)
    assert covered == _plumber_grid(7)


def test_broken_and_specked_rulings_still_make_the_same_grid(table_page):
    page = table_page.copy()
    rng = np.random.default_rng(11)
    # Knock gaps of 3-5 pixels into every ruling, a few per line (a fax, a faint copy) ...
    lines = np.flatnonzero((page < 128).mean(axis=1) > 0.4)
    for y in lines:
        for x in rng.integers(0, page.shape[1] - 8, 6):
            page[max(y - 2, 0) : y + 3, x : x + rng.integers(3, 6)] = 255
    # ... and sprinkle dust over the page.
    ys, xs = rng.integers(0, page.shape[0], 3000), rng.integers(0, page.shape[1], 3000)
    page[ys, xs] = 0
    covered, _ = _ours(page)
    assert covered == _plumber_grid(7)


def _photographed(page: np.ndarray) -> np.ndarray:
    """The page as a phone photo: on a dark desk, seen at an angle (its corners pulled in
    unevenly), lit from one side."""
    import cv2

    h, w = page.shape
    frame_w, frame_h = int(w * 1.35), int(h * 1.3)
    corners = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    placed = np.float32([[0.16 * w, 0.12 * h], [1.22 * w, 0.09 * h], [1.27 * w, 1.2 * h], [0.1 * w, 1.17 * h]])
    warp = cv2.getPerspectiveTransform(corners, placed)
    paper = cv2.warpPerspective(page, warp, (frame_w, frame_h), borderValue=0)
    sheet = cv2.warpPerspective(np.full_like(page, 255), warp, (frame_w, frame_h), borderValue=0) > 0
    desk = np.full((frame_h, frame_w), 70, np.uint8)
    photo = np.where(sheet, paper, desk).astype(np.float64)
    light = np.linspace(1.0, 0.72, frame_w)[None, :]  # the lamp on the left
    return np.clip(photo * light, 0, 255).astype(np.uint8)


def test_a_photographed_page_is_flattened_and_its_grid_matches_the_text_layer(table_page):
    from jixiao.extract.ocr.flatten import sheet

    flat = sheet(_photographed(table_page))
    assert flat is not None
    # Seen at an angle, the far edge is foreshortened: the sides give the shape within a few percent.
    h, w = table_page.shape
    assert flat.shape[1] / flat.shape[0] == pytest.approx(w / h, rel=0.08)
    covered, angle = _ours(flat)
    assert abs(angle) < 0.3
    assert covered == _plumber_grid(7)


def test_a_scan_that_fills_its_frame_is_not_taken_for_a_photo(table_page):
    from jixiao.extract.ocr.flatten import sheet

    assert sheet(table_page) is None
    # A scan with a grey scanner border round the page is still a scan.
    bordered = np.pad(table_page, 12, constant_values=90)
    assert sheet(bordered) is None


def test_a_characters_stroke_that_meets_one_ruling_is_no_column_boundary(table_page):
    # A tall bold character in a tight row (the 丨 of 标 in a header) can reach one ruling, or
    # come within a pixel or two of both; a ruling runs from one horizontal ruling into the next.  Kept, the stroke cut the row's labels
    # in halves, or stood for a boundary a few pixels off the real one.
    from jixiao.extract.ocr.deskew import ink
    from jixiao.extract.ocr.ruling import find_grids

    page = table_page.copy()
    grid = find_grids(ink(page.copy()), 200)[0]
    for r in range(len(grid.ys) - 1):
        top, bottom = grid.ys[r], grid.ys[r + 1]
        x = grid.xs[0] + (grid.xs[1] - grid.xs[0]) * (3 + 4 * (r % 2)) // 10  # inside the first column's cells
        # a stroke as tall as a big character's, from the ruling above, stopping short of the one below
        page[top:min(top + 40, bottom - 8), x:x + 4] = 0
        # and, in the next column, a stroke filling a tight row: a white gap short of both rulings
        # (where a blurred ruling may seem to reach it)
        if bottom - top <= 60:
            x = grid.xs[1] + (grid.xs[2] - grid.xs[1]) * (3 + 4 * (r % 2)) // 10
            page[top + 4:bottom - 3, x:x + 3] = 0
    covered, _ = _ours(page)
    assert covered == _plumber_grid(7)


@pytest.mark.parametrize("turn", [1, 2, 3], ids=["sideways-ccw", "upside-down", "sideways-cw"])
def test_a_page_scanned_sideways_or_upside_down_reads_as_the_upright_one(table_page, turn):
    from jixiao.extract.ocr.page import read_page
    from jixiao.extract.ocr.raster import PageImage

    def tables(grey):
        page = read_page(PageImage(7, np.ascontiguousarray(grey), 72 / 200))
        return page, [[[c.text if c else None for c in row] for row in t.rows] for t in page.tables]

    upright, expected = tables(table_page)
    assert upright.turn == 0 and expected and any("三级指标" in (c or "") for t in expected for row in t for c in row)
    turned, got = tables(np.rot90(table_page, -turn))  # the scanner turned it ``turn`` quarters clockwise
    assert turned.turn == turn
    assert got == expected


def test_a_fax_at_standard_resolution_is_stretched_to_square_pixels(table_page):
    """204 × 98 dpi: the pixels are twice as tall as wide; the page is read at 204 dpi both ways."""
    import io

    from PIL import Image

    from jixiao.extract.ocr import image_files

    page = Image.fromarray(table_page).convert("1")
    squashed = page.resize((page.width, page.height * 98 // 204))
    buf = io.BytesIO()
    squashed.save(buf, format="TIFF", compression="group4", dpi=(204, 98))
    [loaded] = image_files.load_pages(buf.getvalue(), "fax.tif", 10)
    height, width = loaded.pixels.shape
    assert width == squashed.width and abs(height - page.height) <= 3
    assert abs(72 / loaded.points_per_pixel - 204) < 1


def test_a_sliver_crop_is_not_given_to_the_text_detector():
    """A fax's streak (3 px wide, a page tall): the detector would scale its short side up to its
    working size (an image of 736 × 590,000 px: minutes, gigabytes). It finds no lines, at once."""
    import subprocess
    import sys

    needs_ocr()
    code = ("import numpy as np; from jixiao.extract.ocr import engine; "
            "print(engine.detect(np.full((2400, 3), 255, dtype=np.uint8)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "[]", out.stderr[-500:]


def _in_shadow_on_a_wooden_desk(page: np.ndarray) -> np.ndarray:
    """A colour phone photo of the page on a brown desk, the phone's shadow over the sheet's
    lower right: there the paper is as dark as the lit desk, in grey."""
    import cv2

    h, w = page.shape
    frame_w, frame_h = int(w * 1.4), int(h * 1.35)
    corners = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    placed = np.float32([[0.2 * w, 0.15 * h], [1.2 * w, 0.17 * h], [1.25 * w, 1.22 * h], [0.14 * w, 1.2 * h]])
    warp = cv2.getPerspectiveTransform(corners, placed)
    paper = cv2.warpPerspective(page, warp, (frame_w, frame_h), borderValue=0).astype(np.float64)
    sheet = cv2.warpPerspective(np.full_like(page, 255), warp, (frame_w, frame_h), borderValue=0) > 0
    desk = np.empty((frame_h, frame_w, 3))
    desk[:] = (170, 115, 60)  # RGB: a lit wooden desk
    photo = np.where(sheet[..., None], np.repeat(paper[..., None], 3, axis=2), desk)
    yy, xx = np.mgrid[0:frame_h, 0:frame_w]
    shadow = np.clip((xx / frame_w + yy / frame_h - 1.0) * 3, 0, 1)  # the lower right corner, darkening
    photo *= (1 - 0.4 * shadow)[..., None]
    return np.clip(photo, 0, 255).astype(np.uint8)


def test_a_sheet_in_the_phones_shadow_is_found_by_its_whiteness_not_its_brightness(table_page):
    from jixiao.extract.ocr.flatten import _corners, sheet

    photo = _in_shadow_on_a_wooden_desk(table_page)
    grey = np.asarray(photo.mean(axis=2), dtype=np.uint8)
    whiteness = photo.min(axis=2)
    # In grey the shadowed paper falls with the desk: no four-cornered sheet stands out.
    assert _corners(grey) is None
    flat = sheet(grey, whiteness)
    assert flat is not None
    covered, _ = _ours(flat)
    assert covered == _plumber_grid(7)


def test_a_rulings_piece_inside_a_cells_crop_is_not_ink_of_its_text():
    """A bowed or tilted ruling reaches inside the padded crop: along its edge, longer than
    half the cell. Left in, the cell's one line becomes a band of the whole cell."""
    from jixiao.extract.ocr.page import _without_rulings
    from jixiao.extract.ocr.text_rows import bands

    cell = np.zeros((70, 400), np.uint8)
    cell[25:45, 20:30] = 255  # text: two characters' strokes
    cell[25:27, 40:60] = 255
    cell[30:45, 70:74] = 255
    for x in range(400):  # the ruling above, sagging 4 px over the cell and touching its edge
        cell[x * 4 // 400 : x * 4 // 400 + 3, x] = 255
    cell[0:70, 396:400] = 255  # the ruling on the right, a cell tall
    before = bands(cell, 200)
    cleaned = _without_rulings(cell)
    after = bands(cleaned, 200)
    assert len(before) == 1 and before[0].top == 0
    assert [(b.top, b.bottom, b.x0) for b in after] == [(25, 45, 20)]
    assert cleaned[25:45, 20:30].all() and cleaned[30:45, 70:74].all()  # the text's own strokes stay


def test_detector_boxes_that_share_a_character_are_read_as_one():
    from jixiao.extract.ocr.page import _joined

    # the detector cut a line where a character sits, each piece holding it; a separate line below
    boxes = [(24, 0, 236, 40), (215, 0, 811, 51), (837, 3, 1038, 49), (1016, 6, 1145, 50), (789, 12, 855, 42),
             (30, 80, 300, 120)]
    assert _joined(boxes) == [(24, 0, 1145, 51), (30, 80, 300, 120)]


def test_a_lone_speck_as_big_as_a_decimal_point_goes_and_the_point_beside_its_digits_stays():
    from jixiao.extract.ocr.deskew import ink

    grey = np.full((200, 400), 255, np.uint8)
    grey[50:80, 40:52] = 0  # a digit
    grey[75:79, 56:60] = 0  # its decimal point, 4 px from it
    grey[50:80, 64:76] = 0  # the next digit
    grey[150:154, 300:304] = 0  # toner speck of the same size, far from any character
    grey[20:22, 200:202] = 0  # dust
    mask = ink(grey, 200)
    assert mask[75:79, 56:60].all()
    assert not mask[150:154, 300:304].any() and not mask[20:22, 200:202].any()


def test_a_line_of_bigger_type_is_read_whole_not_in_the_detectors_pieces():
    from jixiao.extract.ocr.page import _several_lines

    # a title 44 px tall among 23 px lines: boxes side by side, and strokes and dots on their own
    title = [(117, 0, 226, 44), (320, 0, 451, 44), (465, 0, 655, 44), (38, 2, 91, 44), (244, 4, 251, 13), (306, 24, 312, 38)]
    assert not _several_lines(title)
    assert _several_lines([(0, 0, 300, 22), (0, 24, 280, 46)])  # two touching lines


def test_a_red_seal_is_dropped_out_and_the_print_under_it_stays():
    from jixiao.extract.ocr import dropout

    page = np.full((100, 200, 3), 235, np.uint8)  # off-white paper
    page[40:60, 20:180] = (20, 20, 20)  # a line of black print
    yy, xx = np.mgrid[0:100, 0:200]
    ring = np.abs(np.hypot(yy - 50, xx - 100) - 35) < 4
    page[ring] = (215, 50, 45)  # the seal's red ring, over paper and over the print
    page[ring & (yy >= 40) & (yy < 60) & (xx >= 20) & (xx < 180)] = (30, 10, 10)  # red over black stays dark
    grey = dropout.grey(page)
    assert grey[ring & ~((yy >= 40) & (yy < 60))].min() > 200  # the ring over paper: paper-light
    assert grey[45:55, 20:60].max() < 60  # the print, also where the ring crosses it
    assert grey[45, 100] < 60


def test_an_equals_sign_is_two_flat_bars_of_one_length():
    from jixiao.extract.ocr.text_rows import equals_sign

    ink = np.zeros((30, 30), np.uint8)
    ink[10:13, 5:25] = 255
    ink[18:21, 5:25] = 255
    assert equals_sign(ink)
    ink[18:21, 5:12] = 0  # a short lower bar: not an =
    assert not equals_sign(ink)


def test_a_cell_holding_only_a_thin_equals_sign_or_dash_is_read_as_one():
    # A bilevel scan keeps the two bars of a 指标性质 cell's = one pixel thin and far
    # apart: no text line forms between them, yet the cell holds =; a baseline cell's — is
    # one such bar. A speck, a short stroke and an empty cell are neither.
    from jixiao.extract.ocr.page import _lone_marks
    from jixiao.extract.ocr.ruling import find_grids

    mask = np.zeros((400, 900), np.uint8)
    for y in (50, 150, 250, 350):
        mask[y : y + 3, 50:850] = 255
    for x in (50, 300, 550, 850):
        mask[50:353, x : x + 3] = 255
    mask[90:92, 160:190] = 255  # row 0, column 0: =, its bars 10 pixels apart
    mask[101:103, 160:190] = 255
    mask[195:197, 410:440] = 255  # row 1, column 1: a dash
    mask[199:201, 160:164] = 255  # row 1, column 0: a speck
    mask[290:292, 660:675] = 255  # row 2, column 2: a stroke too short for a dash
    grids = find_grids(mask, 300)
    assert len(grids) == 1
    found = {(c.owner[2], c.owner[3]): c.text for c in _lone_marks(grids, mask, 300, [])}
    assert found == {(0, 0): "=", (1, 1): "—"}


def test_a_colons_two_dots_are_kept_where_other_dots_share_their_column():
    """：'s dots stand one above the other, their centres a pixel apart sideways; other dots in
    that column (the colon of the row below) must not keep them from being seen as a pair."""
    from jixiao.extract.ocr.deskew import ink

    grey = np.full((200, 200), 255, np.uint8)
    grey[50:53, 92:94] = 0  # the colon's upper dot
    grey[59:62, 91:94] = 0  # its lower dot, its centre half a pixel to the left
    grey[80:83, 91:94] = 0  # the next row's colon, in the same column
    grey[89:92, 91:94] = 0
    grey[150:153, 30:33] = 0  # a speck alone
    mask = ink(grey, 150)
    assert mask[50:53, 92:94].all() and mask[59:62, 91:94].all() and mask[80:83, 91:94].all()
    assert not mask[150:153, 30:33].any()


def test_a_digit_pressed_against_its_unit_is_read_again_larger():
    """A cell of a searchable scan (25a d5) printing 0起 in a narrow serif 0 that touches 起: the
    recogniser reads 起 alone at the page's size; the ink is too wide for one character, so the
    crop is read again larger, and 0起 kept. A cell that holds one character stays as read."""
    from PIL import Image

    from jixiao.extract.ocr.page import _Crop, _lost_digits
    from jixiao.extract.ocr.text_rows import Band
    from tests.helpers import ROOT

    needs_ocr()
    from jixiao.extract.ocr import engine

    for name in ("zero_pressed_against_qi.png", "zero_pressed_against_qi_colour.png"):  # 25a d5, d3
        pixels = np.array(Image.open(ROOT / "tests/data/ocr" / name).convert("L"))
        assert engine.recognise([pixels])[0][0] == "起"  # what the page's reading gave
        h, w = pixels.shape
        pad = 9  # the page reader's crop pads the ink band by a quarter of its height
        wide = _Crop(("cell", 0, 5, 4), Band(pad, pad, w - pad, h - pad), text="起", confidence=0.99)
        narrow = _Crop(("cell", 0, 6, 4), Band(pad, pad, pad + (h - 2 * pad), h - pad), text="起", confidence=0.99)
        fixes: dict[str, int] = {}
        _lost_digits([wide, narrow], [pixels, pixels[:, : h]], fixes)
        assert (wide.text, narrow.text) == ("0起", "起"), name
        assert fixes == {"a digit pressed against its unit": 1}


def test_a_screenshots_light_grey_rulings_make_the_same_grid(table_page):
    """A web page draws its table's borders 1 px #ccc: lighter than the threshold the text
    sets, so the dark-ink grid finds nothing; the faint lines make the same grid."""
    from jixiao.extract.ocr.deskew import ink
    from jixiao.extract.ocr.ruling import find_grids, page_grids, stroke_masks

    import cv2

    horizontal, vertical = stroke_masks(ink(table_page.copy()), 200)
    lines = cv2.dilate(horizontal | vertical, np.ones((5, 5), np.uint8)) > 0
    # Each ruling pixel, its anti-aliased edge too, a fifth as dark: black prints as #ccc.
    light = table_page.copy()
    light[lines] = 255 - (255 - table_page[lines].astype(int)) // 5
    assert find_grids(ink(light.copy()), 200) == []
    grids = page_grids(light, ink(light.copy()), 200)
    assert len(grids) == 1
    covered = [[True] * (len(grids[0].xs) - 1) for _ in range(len(grids[0].ys) - 1)]
    for cell in grids[0].cells:
        covered[cell.row][cell.col] = False
    assert covered == _plumber_grid(7)


def test_a_screenshots_one_pixel_decimal_point_between_digits_stays():
    """In 13-pixel screen text (a spreadsheet preview, 27b w4) the point of 318.50 is a pixel
    or two of ink: dust anywhere else, but between two digits on its line it is the point."""
    from PIL import Image

    from jixiao.extract.ocr.deskew import ink
    from tests.helpers import ROOT

    grey = np.full((60, 300), 255, np.uint8)
    for k in range(20):  # a line of digits, 12 px apart
        grey[20:33, 40 + 12 * k : 47 + 12 * k] = 0
    grey[31:33, 49] = 0  # a point between the first two: two pixels
    grey[45, 150] = 0  # dust: a pixel alone
    grey[5, 48] = 0  # a pixel above the digits' line, beside nothing on it
    mask = ink(grey.copy(), 149)
    assert mask[31:33, 49].all()
    assert not mask[45, 150] and not mask[5, 48]
    # Where dust is everywhere (a scan), a pixel between two characters is dust too.
    rng = np.random.default_rng(3)
    dusty = grey.copy()
    for y, x in zip(rng.integers(40, 60, 30), rng.integers(0, 300, 30)):
        dusty[y, x] = 0
    assert not ink(dusty, 149)[31:33, 49].any()

    needs_ocr()
    from jixiao.extract.ocr import engine

    # Two rows of the preview (预算数 | 318.50 | 其中：财政资金 | 318.50, the purpose below).
    strip = np.array(Image.open(ROOT / "tests/data/ocr/decimal_point_screenshot.png"))
    ink(strip, 149)  # whitens in place what it takes for dust, as the page reader does
    assert engine.recognise([strip[48:72, 290:360]])[0][0] == "318.50"


def test_a_greater_or_equal_with_a_slanted_bar_at_screen_size():
    """Noto Sans CJK's ≥ at 15 px (a web system's 指标性质 column, read as =): a chevron and a
    bar slanting up beside its foot, 5 px tall, not flat. Two flat bars stay an =."""
    from jixiao.extract.ocr.text_rows import equals_sign, inequality_sign

    ink = np.zeros((17, 12), np.uint8)
    for k in range(5):  # the chevron: down-right to the middle, back down-left
        ink[2 + k, 1 + 2 * k : 3 + 2 * k] = 255
        ink[10 - k, 1 + 2 * k : 3 + 2 * k] = 255
    for k in range(12):  # the slanted bar under it, rising to the right
        ink[14 - k // 3, k] = 255
    assert not equals_sign(ink)
    assert inequality_sign(ink) == "≥"
    flat = np.zeros((17, 12), np.uint8)
    flat[5:7, 1:11] = 255
    flat[10:12, 1:11] = 255
    assert inequality_sign(flat) is None
