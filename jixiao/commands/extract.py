"""``jixiao extract FILE``: print one draft's record as JSON (or how it was read)."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("extract", help="print the record of one draft as JSON", description="Read a draft (PDF or text rendering; '-' reads stdin) and print its record as JSON.")
    p.add_argument("file", help="the draft; '-' reads standard input")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--tables", choices=["pdfplumber", "camelot"], default="pdfplumber", help="table backend for PDFs (default: pdfplumber)")
    p.add_argument("--explain", action="store_true",
                   help="print, per table, the template family and the header mapping used (instead of the JSON)")
    p.set_defaults(func=run)


def run(args) -> int:
    from extract import extract_bytes, extract_file

    explain: list[dict] | None = [] if args.explain else None
    if args.file == "-":
        record = extract_bytes(sys.stdin.buffer.read(), "<stdin>", tables=args.tables, explain=explain)
    else:
        record = extract_file(args.file, tables=args.tables, explain=explain)
    if explain is not None:
        sys.stdout.write(render_explanation(record, explain))
        return 0
    json.dump(record, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0


def render_explanation(record: dict, explain: list[dict]) -> str:
    """Human-readable: the document, then one paragraph per table."""
    doc = record.get("document") or {}
    source = record.get("source") or {}
    lines = [f"{source.get('path')}: {source.get('format')} ({source.get('rendering', source.get('format'))})",
             f"document: {doc.get('title')!s} | {doc.get('department')!s} | {doc.get('year')!s}",
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
