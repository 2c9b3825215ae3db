"""The PDF reader: born-digital PDFs to blocks (see extract/blocks.py)."""
from jixiao.extract.pdf import unicode_cmaps
from jixiao.extract.pdf.reader import read

# pdfminer reads fonts the PDF only names through its own CMaps: complete them first.
unicode_cmaps.install()

__all__ = ["read"]
