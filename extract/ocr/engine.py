"""The recogniser: RapidOCR's PP-OCRv4 models on onnxruntime, one per process.

The models ship inside the rapidocr-onnxruntime wheel, so nothing is fetched at
run time.  We call its recogniser and detector directly: the page layout is
ours (the ruled grid, text bands), so RapidOCR's own whole-page pipeline, which
would detect every text box on the page first, is not needed.
"""
from __future__ import annotations

import os

import numpy as np

_ENGINE = None
# Crops per batch: padding to the widest crop of a batch wastes more than bigger
# batches save (measured: 6 beats 12 and 24 on two cores).
BATCH = 6


def engine():
    """The process's RapidOCR instance, built on first use."""
    global _ENGINE
    if _ENGINE is None:
        from rapidocr_onnxruntime import RapidOCR

        threads = int(os.environ.get("JIXIAO_OCR_THREADS", "0")) or -1
        _ENGINE = RapidOCR(
            intra_op_num_threads=threads, inter_op_num_threads=1 if threads > 0 else -1,
            rec_batch_num=BATCH, use_cls=False,
        )
    return _ENGINE


def built() -> bool:
    return _ENGINE is not None


def forget() -> None:
    global _ENGINE
    _ENGINE = None


MIN_DETECT_SIDE = 8
MAX_DETECT_RATIO = 40


def _bgr(crop: np.ndarray) -> np.ndarray:
    return np.repeat(crop[..., None], 3, axis=2) if crop.ndim == 2 else crop


def recognise(crops: list[np.ndarray]) -> list[tuple[str, float]]:
    """Text and confidence (0..1) of each one-line crop, in order."""
    if not crops:
        return []
    results, _ = engine().text_rec([_bgr(c) for c in crops])
    return [(str(text), float(score)) for text, score in results]


def detect(grey: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, top, x1, bottom) of the text lines the detector finds."""
    h, w = grey.shape[:2]
    if min(h, w) < MIN_DETECT_SIDE or max(h, w) > MAX_DETECT_RATIO * min(h, w):
        # A fax's streak or a ruling left in a band: no lines of text to find, and the detector
        # scales a crop's short side up to its working size, so a 3 × 2,400 px sliver became an
        # image of 736 × 590,000 px that took minutes and gigabytes.
        return []
    boxes, _ = engine().text_det(_bgr(grey))
    if boxes is None:
        return []
    out = []
    for quad in boxes:
        xs, ys = quad[:, 0], quad[:, 1]
        out.append((int(xs.min()), int(ys.min()), int(np.ceil(xs.max())), int(np.ceil(ys.max()))))
    out.sort(key=lambda b: (b[1], b[0]))
    return out
