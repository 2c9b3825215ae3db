"""jixiao installs as one package: extract/, load/ and normalize/ land inside it as
jixiao.extract, jixiao.load and jixiao.normalize, never as top-level names that would
collide with other distributions in site-packages."""
import json
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import jixiao
from jixiao.schemas import record_schema

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schemas" / "record.schema.json"
MAPPED = {"extract": "jixiao.extract", "load": "jixiao.load", "normalize": "jixiao.normalize", "jixiao": "jixiao"}


def _installed_name(folder: Path) -> str:
    top, *rest = folder.relative_to(ROOT).parts
    return ".".join([MAPPED[top], *rest])


def test_every_package_folder_is_listed_for_installation():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    folders = {_installed_name(init.parent) for top in MAPPED for init in (ROOT / top).rglob("__init__.py")}
    assert folders - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - folders == set()
    assert config["package-dir"] == {v: k for k, v in MAPPED.items() if k != "jixiao"}


def test_the_wheel_holds_one_top_level_package_with_its_data(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT), "-w", str(tmp_path)],
                   check=True, capture_output=True)
    names = zipfile.ZipFile(next(tmp_path.glob("jixiao-*.whl"))).namelist()
    assert {n.split("/")[0] for n in names} == {"jixiao", next(n.split("/")[0] for n in names if ".dist-info/" in n)}
    for needed in ("jixiao/extract/__init__.py", "jixiao/extract/interpret/lexicon.py", "jixiao/load/migrations/env.py",
                   "jixiao/normalize/_grammar.py", "jixiao/audit/rules.toml", "jixiao/templates/stats.html.j2",
                   "jixiao/schemas/record.schema.json", "jixiao/templates/review.html.j2"):
        assert needed in names
    wheel = zipfile.ZipFile(next(tmp_path.glob("jixiao-*.whl")))
    # `jixiao load` validates against the schema inside the package: a wheel has no schemas/ folder.
    assert json.loads(wheel.read("jixiao/schemas/record.schema.json")) == json.loads(SCHEMA.read_text(encoding="utf-8"))
    # The version the wheel declares is the one the extractor stamps into records.
    assert next(tmp_path.glob("jixiao-*.whl")).name.startswith(f"jixiao-{jixiao.__version__}-")
    migrations = {p.name for p in (ROOT / "load/migrations/versions").glob("*.py")}
    assert migrations and {n.rsplit("/", 1)[1] for n in names if n.startswith("jixiao/load/migrations/versions/")} >= migrations


def test_outside_the_repository_only_the_jixiao_names_import(tmp_path):
    code = ("import importlib.util as u, jixiao.extract, jixiao.load, jixiao.normalize; "
            "print([n for n in ('extract', 'load', 'normalize') if u.find_spec(n)])")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_packaged_schema_is_the_documented_one():
    """schemas/record.schema.json is where the schema is edited (or generated); the copy in
    jixiao/schemas/ is what installs. After changing the schema:
    python -m jixiao.extract.schema --write"""
    packaged = ROOT / "jixiao" / "schemas" / "record.schema.json"
    assert packaged.read_bytes() == SCHEMA.read_bytes(), "cp schemas/record.schema.json jixiao/schemas/"
    assert record_schema() == json.loads(SCHEMA.read_text(encoding="utf-8"))
