"""The PDF reader: born-digital PDFs to blocks (see extract/blocks.py)."""
from extract.pdf.reader import read

__all__ = ["read"]
