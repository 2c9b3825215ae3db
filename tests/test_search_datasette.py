"""Datasette's own search box on an archive finds whole words and any substring, as
``jixiao search`` does (the jixiao plugin, installed with the package, rewrites the query)."""
from __future__ import annotations

from test_datasette import _get, datasette  # noqa: F401 - the real `datasette serve` fixture


def levels(rows) -> set[str]:
    return {r["level3"] for r in rows}


def test_plugin_is_loaded(datasette):  # noqa: F811
    plugins = _get(datasette, "/-/plugins.json")
    assert any(p["name"] == "jixiao" and "prepare_connection" in p["hooks"] for p in plugins), plugins


def test_a_whole_word_jieba_splits_is_found(datasette):  # noqa: F811
    # jieba cuts 群众满意度 into 群众 / 满意 / 满意度: Datasette's quoted token alone found nothing.
    rows = _get(datasette, "/jixiao/indicators.json", _search="群众满意度", _shape="array", _size="max")
    assert "群众满意度" in levels(rows)
    assert all("群众满意度" in (r["level3"] or "") + (r["description"] or "") for r in rows)


def test_any_substring_and_several_words(datasette):  # noqa: F811
    rows = _get(datasette, "/jixiao/indicators.json", _search="众满意", _shape="array", _size="max")
    assert "群众满意度" in levels(rows)
    both = _get(datasette, "/jixiao/indicators.json", _search="满意度 群众", _shape="array", _size="max")
    assert both and all("满意度" in r["level3"] + (r["description"] or "") and "群众" in r["level3"] + (r["description"] or "")
                        for r in both)


def test_the_wide_view_and_the_index_table_too(datasette):  # noqa: F811
    wide = _get(datasette, "/jixiao/indicators_wide.json", _search="群众满意度", _shape="array", _size="max")
    assert "群众满意度" in levels(wide)
    index = _get(datasette, "/jixiao/indicators_fts.json", _search="群众满意度", _shape="array", _size="max")
    assert "群众满意度" in levels(index)


def test_punctuation_only_is_not_an_error(datasette):  # noqa: F811
    rows = _get(datasette, "/jixiao/indicators.json", _search="“”", _shape="array")
    assert rows == []
