"""Drafts for the audit tests, made at test time from the sample drafts' own text.

Nothing here reads an expected finding from the code under test: the drafts are
edited as a person would edit them (a row deleted, a year changed, a target lowered).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers import DRAFTS

SEED = DRAFTS / "seed.txt"
# One draft per template family, each a different department and year.
SAMPLES = [SEED, DRAFTS / "tsv_agriculture_2019.txt", DRAFTS / "tsv_civil_2024.txt",
           DRAFTS / "markdown_health_2021.md", DRAFTS / "html_education_2022.html"]
# What each sample prints on its cover (read off the files by eye).
PRINTED = {
    "seed.txt": ("抚宁区工业信息管理局", 2020),
    "tsv_agriculture_2019.txt": ("围场满族蒙古族自治县农业农村局", 2019),
    "tsv_civil_2024.txt": ("兰考县民政局", 2024),
    "markdown_health_2021.md": ("临漳县卫生健康局", 2021),
    "html_education_2022.html": ("宁陵县教育体育局", 2022),
}
COUNTIES = ["青龙县", "昌黎县", "卢龙县", "迁安市", "滦州市", "遵化市", "丰宁县", "隆化县"]


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    from jixiao.cli import main

    capsys.readouterr()  # whatever ran before (an ingest's summary) is not this command's output
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def audit_json(capsys, *args: str) -> dict:
    code, out, err = run_cli(capsys, "audit", *args, "--json")
    assert code == 0, err
    return json.loads(out)


def ingest(url: str, *paths: Path) -> None:
    from jixiao.cli import main

    assert main(["ingest", *map(str, paths), "--db", url, "--workers", "1"]) == 0


def read_draft(path: Path) -> tuple[str, str]:
    """The text and its encoding: the samples come in UTF-8 (with or without BOM) and GBK."""
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError(f"{path}: neither UTF-8 nor GBK")


def without_project_rows(text: str, project_seq: int, level1_word: str) -> str:
    """The draft with the rows of project ``project_seq`` whose 一级指标 cell starts with the word removed."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{project_seq}、") and "\t" not in line
                 and i > 40)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(f"{project_seq + 1}、")), len(lines))
    kept = [line for i, line in enumerate(lines) if not (start <= i < end and line.startswith(level1_word))]
    assert len(kept) < len(lines), "nothing removed"
    return "".join(kept)


def next_year(text: str, year: int) -> str:
    """The draft's cover and titles moved on a year."""
    return re.sub(rf"(?<!\d){year}(\s*年)", lambda m: f"{year + 1}{m.group(1)}", text)


def variant(source: Path, folder: Path, n: int, *, county: str, year_shift: int, pct_shift: float,
            count_scale: float) -> Path:
    """Another department's draft of the same template: renamed, another year, other numbers."""
    department, year = PRINTED[source.name]
    text, encoding = read_draft(source)
    text = text.replace(department, county + re.sub(r"^.*?[县区市]", "", department, count=1))
    text = re.sub(rf"(?<!\d){year}(?!\d)", str(year + year_shift), text)

    def pct(m: re.Match) -> str:
        value = float(m.group(1))
        return f"{min(100.0, max(0.0, value + pct_shift)):g}{m.group(2)}"

    text = re.sub(r"(?<![\d.])(\d{2}(?:\.\d+)?)(\s*%)", pct, text)
    text = re.sub(r"(?<![\d.])(\d+)(\s*(?:人|户|家|个))", _scaled(count_scale), text)
    out = folder / f"{source.stem}_v{n:02d}{source.suffix}"
    out.write_bytes(text.encode(encoding))  # as the original was saved: GBK stays GBK
    return out


def _scaled(scale: float):
    def count(m: re.Match) -> str:
        n = int(m.group(1))
        return f"{max(1 if n else 0, round(n * scale))}{m.group(2)}"  # 0 起 stays 0
    return count


def archive_of_variants(folder: Path, per_sample: int = 4) -> list[Path]:
    """The five samples plus ``per_sample`` variants of each: 5 × (1 + per_sample) drafts."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, source in enumerate(SAMPLES):
        copy = folder / source.name
        copy.write_bytes(source.read_bytes())
        paths.append(copy)
        for n in range(per_sample):
            paths.append(variant(source, folder, n, county=COUNTIES[(k + n) % len(COUNTIES)], year_shift=n + 1,
                                 pct_shift=(-2, 1, -1, 2, 0)[n % 5], count_scale=(0.9, 1.1, 1.25, 0.8)[n % 4]))
    return paths


def test_variants_are_other_departments_and_years(tmp_path):
    from jixiao.extract import extract_file

    path = variant(SEED, tmp_path, 0, county="青龙县", year_shift=1, pct_shift=-2, count_scale=2)
    doc = extract_file(str(path)).to_dict()["document"]
    assert doc["department"] == "青龙县工业信息管理局" and doc["year"] == 2021
    text = path.read_text(encoding="utf-8")
    assert "≥88%" in text and "≥800 人" in text and "0 个" in text
    assert "抚宁区工业信息管理局" not in text


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
