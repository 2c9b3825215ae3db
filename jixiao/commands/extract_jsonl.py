"""``jixiao extract --jsonl DIR|FILES…``: records one per line, for ``jixiao load`` elsewhere.

Extraction and loading can then run on different machines, and a record file can be
loaded again after a schema migration without extracting again.  A file that
fails is one line on stderr (``jixiao: error: PATH: reason``) and the batch goes on.
"""
from __future__ import annotations

import sys


def run_jsonl(args) -> int:
    from jixiao.extract import extract_file
    from jixiao.extract.record import encode
    from jixiao.extract.errors import UserError
    from jixiao.ingest.discovery import discover

    failed = 0
    out = sys.stdout.buffer
    for path in discover(p for p in args.file if p != "-"):
        try:
            record = extract_file(str(path), tables=args.tables, pdf_engine=args.pdf_engine)
        except UserError as err:
            failed += 1
            print(f"jixiao: error: {_one_line(str(err))}", file=sys.stderr, flush=True)
            continue
        except Exception as err:  # noqa: BLE001 - a bug on one file must not stop the batch
            if getattr(args, "debug", False):
                raise
            failed += 1
            print(f"jixiao: error: {_one_line(str(path))}: internal error: {type(err).__name__}: {_one_line(str(err))}",
                  file=sys.stderr, flush=True)
            continue
        out.write(encode(record) + b"\n")
        out.flush()  # a killed batch leaves whole lines only
    if "-" in args.file:
        print("jixiao: error: '-' (standard input) cannot be combined with --jsonl", file=sys.stderr)
        failed += 1
    return 1 if failed else 0


def _one_line(text: str) -> str:
    return " ".join(text.split())
