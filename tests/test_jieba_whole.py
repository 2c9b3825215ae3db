"""jieba's whole dictionary from our pickle (issue 17: every worker pool, `jixiao load`
and audit start by loading it): the same dictionary, and a file nobody else could have
written is the only one ever unpickled."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from tests.helpers import ROOT

# Records whether jieba had to load its dictionary itself, and what the tokenizer then holds.
PROBE = """
import json, jieba
calls = []
original = jieba.Tokenizer.initialize
def initialize(self, *args, **kwargs):
    calls.append(1)
    return original(self, *args, **kwargs)
jieba.Tokenizer.initialize = initialize
from jixiao.load.segment import warm_up, words
warm_up()
print(json.dumps({"jieba_loaded_it": bool(calls), "entries": len(jieba.dt.FREQ), "total": jieba.dt.total,
                  "words": words("群众满意度达到95%以上，培训教师参培率100%")}))
"""


def _probe(cache_home) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return json.loads(done.stdout)


@pytest.fixture
def cached(tmp_path):
    """A cache folder after one process filled it: (folder, what that process saw, the pickle)."""
    first = _probe(tmp_path)
    (pickled,) = (tmp_path / "jixiao").glob("jieba-*.pickle")
    return tmp_path, first, pickled


def test_the_second_process_loads_the_same_dictionary_from_the_pickle(cached):
    home, first, pickled = cached
    assert first["jieba_loaded_it"] is True
    assert first["entries"] > 400_000
    assert pickled.stat().st_mode & 0o777 == 0o600
    second = _probe(home)
    assert second["jieba_loaded_it"] is False
    assert {k: v for k, v in second.items() if k != "jieba_loaded_it"} == \
        {k: v for k, v in first.items() if k != "jieba_loaded_it"}
    assert "满意度" in second["words"]


@pytest.mark.parametrize("spoil", ["writable by others", "a link", "damaged"])
def test_a_pickle_that_cannot_be_trusted_is_not_read_and_is_written_anew(cached, spoil):
    home, first, pickled = cached
    if spoil == "writable by others":
        pickled.chmod(0o666)
    elif spoil == "a link":
        kept = pickled.with_name("elsewhere.pickle")
        pickled.rename(kept)
        pickled.symlink_to(kept)
    else:
        pickled.write_bytes(b"\x80\x05 not a pickle")
    again = _probe(home)
    assert again["jieba_loaded_it"] is True
    assert again["words"] == first["words"] and again["entries"] == first["entries"]
    assert not pickled.is_symlink() and pickled.stat().st_mode & 0o777 == 0o600
    assert _probe(home)["jieba_loaded_it"] is False  # the rewritten file serves again
