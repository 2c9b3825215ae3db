"""Text drafts per second: extract every text sample many times, in one process.

Target (issue "Text drafts end to end"): a seed-size text draft in under 50 ms.
"""
from __future__ import annotations

import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extract import extract_bytes  # noqa: E402


def main(repeat: int = 30) -> None:
    drafts = sorted(p for p in (ROOT / "samples" / "drafts").iterdir() if p.suffix in (".txt", ".md", ".html"))
    print(f"{'draft':32} {'KB':>5} {'median ms':>10} {'min ms':>8}")
    for path in drafts:
        data = path.read_bytes()
        extract_bytes(data, str(path))  # warm caches and imports
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            extract_bytes(data, str(path))
            times.append((time.perf_counter() - t) * 1000)
        print(f"{path.name:32} {len(data) / 1024:5.0f} {statistics.median(times):10.1f} {min(times):8.1f}")
    data = (ROOT / "samples" / "drafts" / "seed.txt").read_bytes()
    t = time.perf_counter()
    n = 0
    while time.perf_counter() - t < 3:
        extract_bytes(data, "seed.txt")
        n += 1
    print(f"seed.txt: {n / (time.perf_counter() - t):.1f} drafts/s on one core")


if __name__ == "__main__":
    main()
