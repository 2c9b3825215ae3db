"""A command imports what its path needs and nothing else (issue 17: no fixed cost we
don't need): `jixiao extract x.txt` needs no PDF, Word, Excel, database or search
library; a PDF needs no database or Office library; and only the subcommand run is
imported.  Each case is a real `jixiao` run in a fresh interpreter, all started at once."""
import json
import subprocess
import sys

from tests.helpers import DRAFTS, ROOT

HEAVY = ("pandas", "numpy", "pyarrow", "sqlalchemy", "alembic", "psycopg", "jieba", "rich", "jinja2",
         "pypdfium2", "pdfplumber", "pdfminer", "pypdf", "reportlab", "camelot", "cv2", "onnxruntime",
         "docx", "openpyxl", "xlrd", "lxml", "jsonschema_rs", "importlib.metadata")
PDF = {"pypdfium2", "pdfplumber", "pdfminer", "importlib.metadata"}  # pdfplumber reads its own version
WORD = {"lxml"}
EXCEL = {"lxml"}  # the .xlsx parts are read with lxml; openpyxl (and the numpy it imports) stay out
OTHER_COMMANDS = {f"jixiao.commands.{c}" for c in ("ingest", "load", "db", "search", "export", "stats", "review", "audit")}

# What each command line may import, of HEAVY: its own reader's libraries, no others.
CASES = {
    ("extract", str(DRAFTS / "seed.txt")): set(),
    ("extract", str(DRAFTS / "seed.docx")): WORD,
    ("extract", str(DRAFTS / "tsv_civil_2024.xlsx")): EXCEL,
    ("extract", str(DRAFTS / "seed.rl.pdf")): PDF,
    ("--help",): set(),
}

PROBE = """
import contextlib, io, json, sys
from jixiao.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exit:  # --help
        code = exit.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_each_command_line_imports_only_what_its_path_needs():
    runs = {argv: subprocess.Popen([sys.executable, "-c", PROBE, *argv], cwd=ROOT, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True) for argv in CASES}
    for argv, proc in runs.items():
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        done = json.loads(out.strip().splitlines()[-1])
        assert done["code"] == 0, (argv, err)
        loaded = set(done["modules"])
        heavy = {name for name in HEAVY if name in loaded}
        assert heavy <= CASES[argv], f"jixiao {' '.join(argv)} imported {sorted(heavy - CASES[argv])}"
        if argv[0] == "extract":
            assert not loaded & OTHER_COMMANDS, f"jixiao extract imported {sorted(loaded & OTHER_COMMANDS)}"


def test_only_the_named_command_gets_a_parser_and_the_help_lists_them_all(capsys):
    import pytest

    from jixiao.cli import COMMANDS, build_parser, main

    def listed(argv: list[str]) -> set[str]:
        text = build_parser(argv).format_help()
        return {name for name in COMMANDS if f"\n    {name} " in text}

    assert listed(["extract", "x.txt"]) == {"extract"}
    assert listed(["--debug", "search", "x"]) == {"search"}
    for argv in ([], ["--help"], ["-h", "extract"], ["extrct", "x.txt"]):
        assert listed(argv) == set(COMMANDS), argv
    with pytest.raises(SystemExit) as usage:
        main(["extrct", "x.txt"])
    assert usage.value.code == 2 and "invalid choice: 'extrct'" in capsys.readouterr().err
