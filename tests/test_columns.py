"""load/columns.json is what load.models says: the row builders read it instead of
importing SQLAlchemy, so a model change not written there would build rows the
archive refuses (a length, an index limit) only on the backend that checks."""
import json
import subprocess
import sys

from tests.helpers import ROOT


def test_columns_json_is_what_the_models_say():
    from jixiao.load.columns import DATA, as_text, from_models

    assert json.loads(DATA.read_text(encoding="utf-8")) == from_models(), \
        "python -m jixiao.load.columns --write"
    assert DATA.read_text(encoding="utf-8") == as_text(from_models())


def test_a_model_change_shows_in_the_columns():
    """The check above can fail: the description follows a column's type and limits."""
    from jixiao.load.columns import from_models

    described = {c["name"]: c for c in from_models()["indicators"]}
    assert described["comparator"] == {"name": "comparator", "kind": "text", "length": 2}
    assert described["amount_yuan"] == {"name": "amount_yuan", "kind": "numeric", "precision": 20, "scale": 2}
    assert described["level2_std"]["indexed"] is True
    assert described["extra"]["kind"] == "json"


def test_building_rows_imports_no_database_library(tmp_path):
    """What a worker of `jixiao load` or `ingest` runs: ~0.3 s less per worker start."""
    probe = ("import sys, json; from jixiao.commands.load import prepare_line; "
             "line = open(sys.argv[1], encoding='utf-8').read().strip(); "
             "rows, reason = prepare_line(line, 'postgresql'); assert reason is None and rows.indicators, reason; "
             "print(json.dumps(sorted(sys.modules)))")
    record = subprocess.run([sys.executable, "-m", "jixiao.cli", "extract", str(ROOT / "samples/drafts/seed.txt")],
                            capture_output=True, text=True, cwd=ROOT, check=True).stdout
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(json.loads(record), ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    loaded = set(json.loads(out.stdout))
    assert not {m for m in loaded if m.split(".")[0] in ("sqlalchemy", "alembic", "psycopg")}


def test_an_ingest_worker_imports_no_database_library():
    """The local pool's fork server preloads these modules and runs jobs like this one."""
    from jixiao.forkserver import PRELOAD

    probe = ("import importlib, sys, json\n"
             f"for name in {PRELOAD!r}: importlib.import_module(name)\n"
             "from jixiao.ingest.task import DefaultExtractor, Job, run_job\n"
             "done = run_job(DefaultExtractor(), Job(sys.argv[1], 'f' * 64, dialect='sqlite'), False)\n"
             "assert done.rows is not None and done.rows.indicators, done\n"
             "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", probe, str(ROOT / "samples/drafts/seed.txt")],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    loaded = set(json.loads(out.stdout))
    assert not {m for m in loaded if m.split(".")[0] in ("sqlalchemy", "alembic", "psycopg")}
