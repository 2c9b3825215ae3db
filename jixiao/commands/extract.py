"""``jixiao extract FILE``: print one draft's record as JSON."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("extract", help="print the record of one draft as JSON", description="Read a draft (PDF or text rendering; '-' reads stdin) and print its record as JSON.")
    p.add_argument("file", nargs="+", help="the draft; '-' reads standard input (with --jsonl: files and folders)")
    p.add_argument("--jsonl", action="store_true",
                   help="extract every file given (folders recursively) and print one record per line; "
                        "a failure is a line on stderr, the batch goes on, exit 1 if any failed")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--tables", choices=["pdfplumber", "camelot"], default="pdfplumber", help="table backend for PDFs (default: pdfplumber)")
    p.add_argument("--pdf-engine", choices=["pdfium", "pdfplumber"], default="pdfium",
                   help="how PDF pages are read: pdfium (fast, default) or pdfplumber (the reference)")
    p.set_defaults(func=run)


def run(args) -> int:
    from extract import extract_bytes, extract_file

    if args.jsonl:
        from jixiao.commands.extract_jsonl import run_jsonl

        return run_jsonl(args)
    if len(args.file) > 1:
        raise SystemExit("jixiao extract: error: one FILE at a time; several files or folders need --jsonl")
    (path,) = args.file
    if path == "-":
        record = extract_bytes(sys.stdin.buffer.read(), "<stdin>", tables=args.tables, pdf_engine=args.pdf_engine)
    else:
        record = extract_file(path, tables=args.tables, pdf_engine=args.pdf_engine)
    json.dump(record, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0
