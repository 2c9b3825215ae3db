"""Helpers shared by the load/ingest tests (no tests here).

``gold_extract`` stands in for the extractor where a test is about loading, not
extracting: it returns the hand-checked gold record, with the department taken from
the file's first line so that copies with another first line are distinct drafts.
It lives in an importable module because worker processes must unpickle it.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func, select

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED_TEXT = SAMPLES / "drafts" / "seed.txt"
SEED_PDF = SAMPLES / "drafts" / "seed.lo.pdf"
SEED_GOLD = SAMPLES / "expected" / "seed.gold.json"

GOLD_PROJECTS = 8
GOLD_INDICATORS = 61


@lru_cache(maxsize=1)
def _gold_text() -> str:
    return SEED_GOLD.read_text(encoding="utf-8")


def gold_record() -> dict:
    """The seed's gold as a whole record: a gold holds the facts a reader checks, and a
    record also names its source and extractor, which the archive keeps."""
    record = json.loads(_gold_text())
    record.setdefault("source", {"path": str(SAMPLES / "drafts" / "seed.txt"), "sha256": "0" * 64,
                                 "format": "text", "pages": None})
    record.setdefault("extractor", {"name": "jixiao", "version": "0.1.0"})
    record.setdefault("issues", [])
    return record


def gold_extract(path: str) -> dict:
    from jixiao.extract.errors import NotADraft

    data = Path(path).read_bytes()
    record = gold_record()
    if data.startswith(b"%PDF"):
        fmt = "pdf"
    else:
        text = data.decode("utf-8", errors="replace")
        if "绩效目标表" not in text:
            raise NotADraft(path)
        if "RAISE" in text[:200]:
            raise ValueError("synthetic\nbug")
        if "DIE" in text[:200]:
            import os

            os._exit(3)  # a worker lost the hard way, like a segfault in a PDF library
        fmt = "text"
        record["document"]["department"] = next(line.strip() for line in text.splitlines() if line.strip())
    record["source"] = {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "format": fmt, "pages": None}
    return record


def seed_variants(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """Copies of the seed text differing in their first (department) line: distinct drafts."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = SEED_TEXT.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.strip())
    paths = []
    for n in range(start, start + count):
        variant = lines.copy()
        variant[first] = f"抚宁区工业信息管理局{n:04d}\n"
        path = folder / f"draft_{n:04d}.txt"
        path.write_text("".join(variant), encoding="utf-8")
        paths.append(path)
    return paths


def copy_seed(folder: Path, source: Path = SEED_TEXT, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or source.name)
    shutil.copyfile(source, target)
    return target


def counts(db_url: str) -> dict[str, int]:
    from jixiao.load.models import Document, ExtractionIssue, Indicator, Project
    from jixiao.load.url import make_engine

    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return {
                "documents": conn.execute(select(func.count()).select_from(Document)).scalar_one(),
                "distinct_sha": conn.execute(select(func.count(Document.sha256.distinct()))).scalar_one(),
                "projects": conn.execute(select(func.count()).select_from(Project)).scalar_one(),
                "indicators": conn.execute(select(func.count()).select_from(Indicator)).scalar_one(),
                "issues": conn.execute(select(func.count()).select_from(ExtractionIssue)).scalar_one(),
            }
    finally:
        engine.dispose()


def file_log(db_url: str) -> list[dict]:
    from jixiao.load.models import IngestFile
    from jixiao.load.url import make_engine

    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(IngestFile).order_by(IngestFile.id)).mappings().all()
            return [dict(r) for r in rows]
    finally:
        engine.dispose()


ROOT = Path(__file__).resolve().parent.parent


def cli_command(*args: str) -> list[str]:
    """``python -m jixiao.cli ingest ...`` with the real extractor."""
    import sys

    return [sys.executable, "-m", "jixiao.cli", "ingest", *args]


def cli_env(**extra: str) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k != "JIXIAO_DB"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "tests"), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env
