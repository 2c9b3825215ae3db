"""``jixiao extract FILE``: print one draft's record as JSON."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("extract", help="print the record of one draft as JSON", description="Read a draft (PDF, scan image or text rendering; '-' reads stdin) and print its record as JSON.")
    p.add_argument("file", help="the draft; '-' reads standard input")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--tables", choices=["pdfplumber", "camelot"], default="pdfplumber", help="table backend for PDFs (default: pdfplumber)")
    p.add_argument("--ocr", choices=["auto", "always", "never"], default="auto",
                   help="read scans by OCR: auto (pages without a usable text layer, image files; default), always, never")
    p.set_defaults(func=run)


def run(args) -> int:
    from extract import extract_bytes, extract_file

    if args.file == "-":
        record = extract_bytes(sys.stdin.buffer.read(), "<stdin>", tables=args.tables, ocr=args.ocr)
    else:
        record = extract_file(args.file, tables=args.tables, ocr=args.ocr)
    json.dump(record, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0
