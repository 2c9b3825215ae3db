"""OpenCV starts no thread pool of its own in a process that reads pages: a worker forked
from it would inherit the pool without its threads, and wait on them for ever."""
from __future__ import annotations

import subprocess
import sys


def test_opencv_runs_single_threaded_wherever_jixiao_reads_pages():
    script = (
        "import os, jixiao.extract.ocr.deskew as d, numpy as np, cv2\n"
        "before = len(os.listdir('/proc/self/task'))\n"
        "d.ink(np.full((3000, 3000), 255, np.uint8), 300)\n"
        "cv2.resize(np.zeros((3000, 3000), np.uint8), (1500, 1500))\n"
        "print(cv2.getNumThreads(), len(os.listdir('/proc/self/task')) - before)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True,
                         env={k: v for k, v in __import__("os").environ.items() if k != "OPENCV_FOR_THREADS_NUM"})
    threads, started = map(int, out.stdout.split())
    assert threads == 1 and started == 0, out.stdout
