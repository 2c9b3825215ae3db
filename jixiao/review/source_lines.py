"""A text draft's source as the text reader saw it: its lines, numbered as the reader
numbers them, and its blocks (the tables the review page lays out again)."""
from __future__ import annotations

from jixiao.extract.blocks import Block


def read_lines(path: str) -> list[str]:
    from jixiao.extract.text.decode import decode

    with open(path, "rb") as fh:
        data = fh.read()
    text, _ = decode(data, path)
    # The same newline folding as extract.text.read, so line numbers agree.
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return text.splitlines()


def read_blocks(path: str) -> list[Block]:
    """The blocks the text reader makes of ``path`` (line numbers as in the record)."""
    from jixiao.extract.text import read

    with open(path, "rb") as fh:
        data = fh.read()
    blocks, _ = read(data, path)
    return blocks
