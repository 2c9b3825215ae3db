"""``jixiao extract FILE``: print one draft's record as JSON (or how it was read)."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("extract", help="print the record of one draft as JSON", description="Read a draft (PDF, Word, Excel, scan image or text rendering; '-' reads stdin) and print its record as JSON.")
    p.add_argument("file", nargs="+", help="the draft; '-' reads standard input (with --jsonl: files and folders)")
    p.add_argument("--jsonl", action="store_true",
                   help="extract every file given (folders recursively) and print one record per line; "
                        "a failure is a line on stderr, the batch goes on, exit 1 if any failed")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--tables", choices=["pdfplumber", "camelot"], default="pdfplumber", help="table backend for PDFs (default: pdfplumber)")
    p.add_argument("--explain", action="store_true",
                   help="print, per table, the template family and the header mapping used (instead of the JSON)")
    p.add_argument("--pdf-engine", choices=["pdfium", "pdfplumber"], default="pdfium",
                   help="how PDF pages are read: pdfium (fast, default) or pdfplumber (the reference)")
    p.add_argument("--ocr", choices=["auto", "always", "never"], default="auto",
                   help="read scans by OCR: auto (pages without a usable text layer, image files, pictures in Word and Excel files; default), always, never")
    p.set_defaults(func=run)


def run(args) -> int:
    from jixiao.extract import extract_bytes, extract_file
    from jixiao.extract.record import encode
    from jixiao.terminal import json_safe

    explain: list[dict] | None = [] if args.explain else None
    if args.tables == "camelot":
        from jixiao.errors import require

        require("camelot", "--tables camelot")
    if args.jsonl:
        from jixiao.commands.extract_jsonl import run_jsonl

        return run_jsonl(args)
    if len(args.file) > 1:
        from jixiao.errors import UsageError

        raise UsageError("extract takes one FILE at a time; several files or folders need --jsonl")
    (path,) = args.file
    options = {"tables": args.tables, "explain": explain, "pdf_engine": args.pdf_engine, "ocr": args.ocr}
    if path == "-":
        record = extract_bytes(sys.stdin.buffer.read(), "<stdin>", **options)
    else:
        record = extract_file(path, **options)
    if explain is not None:
        sys.stdout.write(render_explanation(record, explain))
        return 0
    sys.stdout.write(json_safe(encode(record, indent=2 if args.pretty else None).decode("utf-8")) + "\n")
    return 0


def render_explanation(record, explain: list[dict]) -> str:
    """Human-readable: the document, then one paragraph per table."""
    doc, source = record.document, record.source
    lines = [f"{source.path}: {source.format} ({source.rendering or source.format})",
             f"document: {doc.title!s} | {doc.department!s} | {doc.year!s}",
             f"tables read: {len(explain)} ({sum(1 for e in explain if e['project'] is not None)} projects)"]
    for e in explain:
        lines.append("")
        lines.append(f"table {e['project'] if e['project'] is not None else '-'}: {e['title']!s}")
        lines.append(f"  family: {e['family']} (scope: {e['scope']})")
        lines.append(f"  columns: {e['columns'] or '-'}")
        for note in e["notes"]:
            lines.append(f"  read from content: {note}")
        lines.append(f"  indicators: {e['indicators']}")
    return "\n".join(lines) + "\n"
