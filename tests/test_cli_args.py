"""The command line checks what it is given: a wrong value is a usage error (exit 2)
that says what is expected; --version and python -m jixiao work."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest

from jixiao.cli import build_parser


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jixiao", *args], capture_output=True, text=True, timeout=120)


def test_version_from_the_command_and_python_m():
    from pathlib import Path

    script = Path(sys.executable).with_name("jixiao")  # the installed console script
    for result in (run("--version"), subprocess.run([str(script), "--version"], capture_output=True, text=True)):
        assert result.returncode == 0 and result.stdout.strip() == f"jixiao {version('jixiao')}"


def test_python_m_jixiao_is_the_command():
    result = run("value", "≥ 95 %")
    assert result.returncode == 0 and '"value": 95' in result.stdout
    assert run().returncode == 2  # no command: the help, as a usage error


@pytest.mark.parametrize("args, expected", [
    (["ingest", "x", "--workers", "0"], "--workers: expected a whole number of at least 1, got '0'"),
    (["ingest", "x", "--workers", "-1"], "--workers: expected a whole number of at least 1, got '-1'"),
    (["ingest", "x", "--workers", "two"], "--workers: expected a whole number of at least 1, got 'two'"),
    (["ingest", "x", "--timeout", "-5"], "--timeout: expected seconds or a duration like 90s, 5m, 1h, got '-5'"),
    (["ingest", "x", "--timeout", "soon"], "--timeout: expected seconds or a duration"),
    (["ingest", "x", "--max-bytes", "lots"], "--max-bytes: expected a size like 4096, 50M or 2G, got 'lots'"),
    (["ingest", "x", "--max-pages", "0"], "--max-pages: expected a whole number of at least 1"),
    (["search", "x", "--limit", "0"], "--limit: expected a whole number of at least 1"),
    (["search", "x", "--year", "20"], "--year: expected a year like 2024, got '20'"),
    (["stats", "--top", "-3"], "--top: expected a whole number of at least 1"),
    (["search", "x", "--where", "value > 'abc'"], "--where: value is a number"),
])
def test_wrong_values_are_usage_errors_saying_what_is_expected(args, expected):
    result = run(*args)
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("given, seconds", [("60", 60), ("90s", 90), ("5m", 300), ("1h", 3600), ("0", 0), ("2.5", 2.5)])
def test_durations(given, seconds):
    args = build_parser().parse_args(["ingest", "x", "--timeout", given])
    assert args.timeout == seconds


@pytest.mark.parametrize("given, size", [("4096", 4096), ("200M", 200 * 1024**2), ("2g", 2 * 1024**3), ("1.5K", 1536)])
def test_sizes(given, size):
    assert build_parser().parse_args(["ingest", "x", "--max-bytes", given]).max_bytes == size


def test_defaults_are_what_the_help_says():
    args = build_parser().parse_args(["ingest", "x"])
    assert args.timeout == 60 and args.max_bytes == 200 * 1024**2 and args.workers is None


def test_dask_without_a_scheduler_is_a_usage_error(tmp_path):
    result = run("ingest", str(tmp_path), "--executor", "dask", "--db", str(tmp_path / "a.db"))
    assert result.returncode == 2 and "jixiao: error: --executor dask needs --scheduler" in result.stderr
