"""``jixiao review FILE``: a review page (or an annotated PDF) for one draft."""
from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("review", help="write an HTML page showing where every extracted value came from",
                       description="Write one self-contained HTML page for a draft: each project's PDF page(s) or source lines "
                                   "with every indicator row outlined (rows with issues in red) beside the extracted table, "
                                   "and the issue list on top. With --annotate, write the PDF with the issue spots boxed instead.")
    p.add_argument("file", help="the draft (PDF, Word, Excel or text rendering)")
    p.add_argument("-o", "--output", help="where to write (default: <stem>.review.html, or <stem>.annotated.pdf with --annotate, in the current directory)")
    p.add_argument("--annotate", action="store_true", help="write the PDF with red boxes over the issue spots")
    p.set_defaults(func=run)


def run(args) -> int:
    from extract import extract_file
    from jixiao.review import annotate_pdf, review_html

    record = extract_file(args.file)
    stem = Path(args.file).name.rsplit(".", 1)[0]
    if args.annotate:
        out = Path(args.output or f"{stem}.annotated.pdf")
        annotate_pdf(args.file, str(out), record)
    else:
        out = Path(args.output or f"{stem}.review.html")
        out.write_text(review_html(args.file, record), encoding="utf-8")
    print(out)
    return 0
