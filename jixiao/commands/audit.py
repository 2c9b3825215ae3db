"""``jixiao audit FILE|--db URL``: review drafts under the four 审核 criteria."""
from __future__ import annotations

import argparse

EPILOG = """\
Criteria (财预〔2015〕88号): 完整性 every required part and level is there; 相关性 indicators
measure the project's goals; 适当性 targets in proportion to the money and to peers;
可行性 targets that can be met and checked, and kept against last year.
With --db the archive supplies peers (other drafts) and the same department's previous
draft; without it those comparisons are skipped and the output says so.
Rules are data: --rules FILE lays a province's TOML over ours, by rule id (see README).
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "audit", help="review drafts under 完整性/相关性/适当性/可行性, with peers and last year",
        description="Findings per project under the four 审核 criteria, with evidence, severity and a score per criterion.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="drafts to audit (default: the archive's drafts)")
    parser.add_argument("--db", metavar="URL", help="the archive: peers, last year's drafts, and the drafts to audit when no FILE is given")
    parser.add_argument("--department", metavar="D", help="with --db and no FILE: only departments whose name contains D")
    parser.add_argument("--year", type=int, metavar="Y", help="with --db and no FILE: only drafts of year Y")
    parser.add_argument("--json", action="store_true", help="print the audit as one JSON object")
    parser.add_argument("--html", metavar="OUT", help="also write an HTML report to OUT")
    parser.add_argument("--review-pages", action="store_true",
                        help="with --html: also write each draft's review page beside the report (the report links into it)")
    parser.add_argument("--rules", metavar="FILE", help="a rules file (TOML) whose entries replace ours by id")
    parser.add_argument("--words", metavar="FILE", help="stop words and synonyms for the 相关性 rules (TOML, as jixiao/audit/words.toml)")
    parser.set_defaults(func=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    import json
    import sys
    from pathlib import Path

    from jixiao.audit import load_rules
    from jixiao.audit.report_text import to_text

    if not args.files and not args.db:
        args.parser.error("give draft FILEs to audit, or --db URL to audit the archive's drafts")
    if args.files and (args.department or args.year is not None):
        args.parser.error("--department and --year select archive drafts; they do not apply to FILEs")
    if args.review_pages and not args.html:
        args.parser.error("--review-pages needs --html OUT")
    if args.db:
        from jixiao.commands.search import require_archive

        require_archive(args.db)
    rules = load_rules(args.rules)
    report = _audit(args, rules)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        print(to_text(report))
    if args.html:
        from jixiao.audit.report_html import to_html, write_review_pages

        out = Path(args.html)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            from jixiao.extract.errors import UserError

            raise UserError(f"{out}: cannot create its folder: {err.strerror or err}") from None
        if args.review_pages:
            write_review_pages(report, out.parent)
        out.write_text(to_html(report, review_pages_written=args.review_pages), encoding="utf-8")
        print(f"report: {out}", file=sys.stderr if args.json else sys.stdout)
    for failure in report.failures:
        print(f"jixiao: error: {failure}", file=sys.stderr)
    return 1 if report.failures else 0


def _audit(args, rules):
    """The audit, with a database that is not there or not an archive said in one line."""
    from sqlalchemy.exc import DBAPIError

    from jixiao.extract.errors import UserError
    from jixiao.audit import run_audit

    try:
        return run_audit(args.files, db_url=args.db, department=args.department, year=args.year,
                         rules=rules, words=args.words)
    except DBAPIError as err:
        reason = str(err.orig).strip().splitlines()[0] if err.orig else type(err).__name__
        hint = ("; `jixiao db upgrade --db URL` creates or migrates an archive's schema"
                if "no such table" in reason or "does not exist" in reason else "")
        raise UserError(f"{args.db}: cannot read the archive ({reason}){hint}") from None
