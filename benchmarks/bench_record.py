"""The record's own cost: interpret + checks + JSON, on blocks already read.

Readers dominate a whole extraction; this isolates what the typed record
(extract/record.py) adds or saves: building the classes, the checks reading
attributes, and the msgspec encoder/decoder.  CPU time (process_time), so
other processes on the machine count less than with wall time.

    python benchmarks/bench_record.py [repeat]
"""
from __future__ import annotations

import hashlib
import pathlib
import statistics
import sys
import time

from jixiao.extract import pdf, text
from jixiao.extract.checks import check
from jixiao.extract.interpret import interpret
from jixiao.extract.record import Source, decode, encode

ROOT = pathlib.Path(__file__).resolve().parent.parent
DRAFTS = [ROOT / "samples" / "drafts" / "seed.txt", ROOT / "samples" / "drafts" / "seed.lo.pdf"]


def _blocks(path: pathlib.Path):
    data = path.read_bytes()
    blocks, source = pdf.read(str(path)) if path.suffix == ".pdf" else text.read(data, str(path))
    for private in ("doubts", "issues"):
        source.pop(private, None)
    return blocks, {"path": str(path), "sha256": hashlib.sha256(data).hexdigest(), **source}


def _ms(fn, repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        started = time.process_time()
        fn()
        times.append(time.process_time() - started)
    return statistics.median(times) * 1000


def main(repeat: int = 30) -> None:
    print(f"{'draft':16} {'interpret+check ms':>19} {'encode ms':>10} {'decode ms':>10} {'JSON KB':>8}")
    for path in DRAFTS:
        blocks, source = _blocks(path)

        def build():
            record, reading = interpret(blocks, source=Source(**source))
            record.issues.extend(check(record, reading.warnings))
            return record

        record = build()
        data = encode(record)
        print(f"{path.name:16} {_ms(build, repeat):19.2f} {_ms(lambda: encode(record), repeat):10.3f} "
              f"{_ms(lambda: decode(data), repeat):10.3f} {len(data) / 1024:8.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
