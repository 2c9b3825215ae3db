"""The PDF reader: born-digital PDFs to blocks (see extract/blocks.py)."""
from jixiao.extract.pdf.reader import read

__all__ = ["read"]
