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
    p.add_argument("--annotate", action="store_true",
                   help="write the PDF with each issue as a note (a PDF annotation any viewer opens) on its spot")
    p.add_argument("--force", action="store_true", help="replace an existing output file")
    p.set_defaults(func=run)


def run(args) -> int:
    from jixiao.extract import extract_file
    from jixiao.outputs import check_file, write_atomically, write_text
    from jixiao.review import annotate_pdf, review_html
    from jixiao.terminal import plain

    stem = Path(args.file).name.rsplit(".", 1)[0]
    default = f"{stem}.annotated.pdf" if args.annotate else f"{stem}.review.html"
    out = check_file(args.output or default, force=args.force, inputs=[args.file],
                     example=default)
    record = extract_file(args.file)
    if args.annotate:
        write_atomically(out, lambda tmp: annotate_pdf(args.file, str(tmp), record))
    else:
        write_text(out, review_html(args.file, record))
    print(plain(out))
    return 0
