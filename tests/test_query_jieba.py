"""Queries are cut by a jieba that reads its dictionary from disk word by word (issue 17:
no fixed cost we do not need): the same words as the whole dictionary gives, which is
what the index was built with, without loading it."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import jieba
from tests.helpers import ROOT

from jixiao.load import query_jieba, segment


def _texts() -> list[str]:
    """Every project name, indicator and printed value of the real and blind-set golds: the
    words users search for, cut both ways."""
    paths = [*(ROOT / "tests" / "data" / "real").glob("*/gold.json"),
             *(ROOT / "samples" / "heldout4" / "expected").glob("*.gold.json")]
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(paths)]
    texts = set()
    for gold in golds:
        for project in gold.get("projects") or []:
            texts.add(project.get("name") or "")
            for indicator in project.get("indicators") or []:
                texts.update((indicator.get("level3") or "", indicator.get("value_raw") or ""))
    return sorted(t for t in texts if len(t) >= 3)


def test_the_lean_tokenizer_cuts_every_text_as_the_whole_dictionary_does(tmp_path):
    segment.warm_up()  # the whole dictionary, as the index uses it
    path = tmp_path / "dictionary.sqlite"
    query_jieba.build(path, jieba.dt.FREQ, jieba.dt.total)
    lean = query_jieba.lean_tokenizer(path)
    assert not isinstance(lean.FREQ, dict)  # really the on-disk one
    texts = _texts()
    assert len(texts) > 500
    for text in texts:
        assert list(lean.cut(text)) == list(jieba.dt.cut(text)), text


def _clauses_in_a_fresh_process(tmp_path, query: str) -> dict:
    code = ("import json, sys, jieba; from jixiao.load.segment import query_clauses; "
            "clauses = query_clauses(sys.argv[1]); "
            "print(json.dumps({'clauses': [list(c.words) for c in clauses], 'whole': jieba.dt.initialized}))")
    env = {**os.environ, "TMPDIR": str(tmp_path)}  # a cache of our own, built by the first run
    done = subprocess.run([sys.executable, "-c", code, query], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return json.loads(done.stdout)


def test_the_first_long_query_builds_the_cache_and_later_ones_do_not_load_the_dictionary(tmp_path):
    query = "群众满意度 培训教师参培率"
    first = _clauses_in_a_fresh_process(tmp_path, query)
    assert first["whole"] is True  # nothing on disk yet: loaded whole, and the file written
    assert len(list(tmp_path.glob("jixiao-jieba-*.sqlite"))) == 1
    assert not list(tmp_path.glob("*.part"))
    second = _clauses_in_a_fresh_process(tmp_path, query)
    assert second["whole"] is False
    assert second["clauses"] == first["clauses"]
    assert second["clauses"][0] == ["群众", "满意度"], second["clauses"]  # jieba's words, not characters


def test_a_stray_file_by_the_cache_name_falls_back_to_the_whole_dictionary(tmp_path):
    first = _clauses_in_a_fresh_process(tmp_path, "满意度指标")
    (cache,) = tmp_path.glob("jixiao-jieba-*.sqlite")
    cache.write_bytes(b"not a database")
    again = _clauses_in_a_fresh_process(tmp_path, "满意度指标")
    assert again == first
