"""``jixiao extract FILE``: print one draft's record as JSON."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("extract", help="print the record of one draft as JSON", description="Read a draft (PDF or text rendering; '-' reads stdin) and print its record as JSON.")
    p.add_argument("file", help="the draft; '-' reads standard input")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--tables", choices=["pdfplumber", "camelot"], default="pdfplumber", help="table backend for PDFs (default: pdfplumber)")
    p.add_argument("--pdf-engine", choices=["pdfium", "pdfplumber"], default="pdfium",
                   help="how PDF pages are read: pdfium (fast, default) or pdfplumber (the reference)")
    p.set_defaults(func=run)


def run(args) -> int:
    from extract import extract_bytes, extract_file

    if args.file == "-":
        record = extract_bytes(sys.stdin.buffer.read(), "<stdin>", tables=args.tables, pdf_engine=args.pdf_engine)
    else:
        record = extract_file(args.file, tables=args.tables, pdf_engine=args.pdf_engine)
    json.dump(record, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0
