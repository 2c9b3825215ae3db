"""Colour dropout: a colour scan's red seal taken out of the grey page the reader sees.

A signed and stamped copy carries the unit's round red seal (公章), often struck over the
last rows of the table or the 审核意见 cell. In grey its ink is as dark as print, so it
breaks rulings and reads as characters over the cells it covers. A scanner's "colour
dropout" removes it the same way: every pixel takes the lightness of its red channel: red ink is paper-light in it, while print under
the seal is dark in every channel and stays dark. Blue and black ink (print, a pen's
corrections) are untouched.
"""
from __future__ import annotations

import numpy as np

def grey(rgb: np.ndarray) -> np.ndarray:
    """Luminance of an H × W × 3 RGB image, with red ink dropped out: each pixel is as light
    as its red channel where that is lighter (red and pink ink, a pale seal's anti-aliased
    rim; a neutral pixel's red is its lightness anyway, and black or blue ink stays dark)."""
    r, g, b = (rgb[..., k].astype(np.uint16) for k in range(3))
    luminance = ((r * 77 + g * 150 + b * 29) >> 8).astype(np.uint8)
    return np.maximum(luminance, rgb[..., 0])
