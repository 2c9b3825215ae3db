"""Make the bad inputs of tests/bad/: one file per way a draft can be unusable.

    python tests/bad/make_bad.py OUTDIR          the large ones (generated at test time)
    python tests/bad/make_bad.py --small tests/bad   regenerate the small committed ones

Each file's name says its case; ``EXPECTED`` gives the reason `jixiao ingest` must print
for it (a substring), so the tests and this script cannot drift apart.
"""
from __future__ import annotations

import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DRAFT_PDF = ROOT / "samples" / "drafts" / "tsv_civil_2024.pdf"
SEED_TEXT = ROOT / "samples" / "drafts" / "seed.txt"
MB = 1024 * 1024

# Limits the robustness tests pass to `jixiao ingest`, small enough for files made in a second.
TEST_LIMITS = ["--max-bytes", "2M", "--max-pages", "50", "--max-inflated", "64M"]

EXPECTED = {
    "empty.txt": "empty file",
    "binary_junk.bin": "not a text or PDF file (binary content)",
    "image.png": "an image of 64×64 pixels, too small to be a scanned page",
    "word_document.docx": "damaged Word file",
    "truncated.pdf": "the PDF is damaged or truncated",
    "corrupt.pdf": "the PDF is damaged or truncated",
    "encrypted.pdf": "the PDF is encrypted (a password is needed to open it)",
    "scanned.pdf": "is a scan of 22 dpi, too coarse to read by OCR",
    "undecodable.txt": "undecodable text",
    "notes_not_a_draft.txt": "no performance goal tables (绩效目标表) found; not a budget-performance draft",
    "budget_book_not_a_draft.pdf": "a budget book (部门预算: 收支总表, 支出总表…) without a performance goal table (绩效目标表); "
                                   "not a budget-performance draft",
    # generated at test time:
    "oversize.txt": "over the 2 MB limit",
    "many_pages.pdf": "over the 50-page limit",
    "inflate_bomb.pdf": "inflate to more than 64 MB",
}
LARGE = ("oversize.txt", "many_pages.pdf", "inflate_bomb.pdf")


def _png(width: int = 64, height: int = 64) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + b"".join(bytes(((x + y) % 256, x * 4 % 256, y * 4 % 256)) for x in range(width))
                   for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def make_small(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(8)
    (out / "empty.txt").write_bytes(b"")
    (out / "binary_junk.bin").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (out / "image.png").write_bytes(_png())
    with zipfile.ZipFile(out / "word_document.docx", "w") as docx:
        docx.writestr("[Content_Types].xml", "<Types/>")
        docx.writestr("word/document.xml", "<w:document><w:body><w:p>绩效目标表</w:p></w:body></w:document>")
    data = DRAFT_PDF.read_bytes()
    (out / "truncated.pdf").write_bytes(data[: len(data) // 4])
    # Header intact, everything after the first objects overwritten: no xref, no trailer, no pages.
    (out / "corrupt.pdf").write_bytes(data[:2000] + bytes(rng.randrange(256) for _ in range(6000)))
    _encrypted(out / "encrypted.pdf")
    _scanned(out / "scanned.pdf")
    # Bytes that are neither UTF-8, UTF-16 nor GB18030, with no NUL to call them binary.
    (out / "undecodable.txt").write_bytes("绩效目标表\n".encode("utf-8") + bytes([0x81, 0x30, 0xFF, 0xFE, 0x80]) * 64)
    (out / "notes_not_a_draft.txt").write_text("会议纪要\n一、预算安排\n二、其他事项\n", encoding="utf-8")


def _encrypted(path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(DRAFT_PDF))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    writer.write(str(path))


def _scanned(path: Path) -> None:
    """Pages that are only pictures of the draft, as a scanner makes them."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(DRAFT_PDF))
    doc = pdfium.PdfDocument.new()
    for index in range(2):
        page = doc.new_page(595, 842)
        image = pdfium.PdfImage.new(doc)
        image.set_bitmap(src[index].render(scale=0.3, grayscale=True))
        image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
        page.insert_obj(image)
        page.gen_content()
    doc.save(str(path))


def make_large(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # A real draft padded past 2 MB: the size alone must refuse it, unread.
    text = SEED_TEXT.read_bytes()
    (out / "oversize.txt").write_bytes(text * (3 * MB // len(text) + 1))
    _many_pages(out / "many_pages.pdf", 60)
    inflate_bomb(out / "inflate_bomb.pdf", 400 * MB)


def _many_pages(path: Path, pages: int) -> None:
    import pypdf

    reader = pypdf.PdfReader(str(DRAFT_PDF))
    writer = pypdf.PdfWriter()
    for n in range(pages):
        writer.add_page(reader.pages[n % len(reader.pages)])
    writer.write(str(path))


def inflate_bomb(path: Path, inflated: int, filler: bytes = b" ") -> Path:
    """One page whose content stream is ~1 MB of deflate that inflates to ``inflated`` bytes
    of ``filler`` repeated (the tests of the bomb guard make theirs here too)."""
    packer = zlib.compressobj(9)
    chunk = filler * (4 * MB // len(filler))
    body = b"".join(packer.compress(chunk) for _ in range(inflated // len(chunk))) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


if __name__ == "__main__":
    if sys.argv[1:2] == ["--small"]:
        make_small(Path(sys.argv[2]))
    else:
        make_large(Path(sys.argv[1]))
