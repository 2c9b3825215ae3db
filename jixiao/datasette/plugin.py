"""Datasette plugin: its search box finds what ``jixiao search`` finds.

Datasette turns ``?_search=群众满意度`` into ``MATCH escape_fts(:search)``, which quotes
each whitespace-separated word: FTS5 then wants the token 群众满意度, but the index
holds jieba's words (群众, 满意, 满意度) and character pairs, so a whole word jieba
splits, or any substring, found nothing. On an archive's database this plugin
replaces ``escape_fts`` with the query jixiao itself runs (``load.segment`` and
``load.fts``): every word a phrase of consecutive character pairs, all words
required. Other databases served beside it keep Datasette's own function.

Installed with jixiao (entry point ``datasette`` → ``jixiao``); nothing to configure.
"""
from __future__ import annotations

from datasette import hookimpl


@hookimpl(trylast=True)  # after Datasette's own registration of escape_fts, so ours wins
def prepare_connection(conn, database, datasette):
    if is_archive(conn):
        conn.create_function("escape_fts", 1, archive_fts_query)


def is_archive(conn) -> bool:
    """An archive: its ``indicators_fts`` index has the ``words`` and ``grams`` streams."""
    from jixiao.load.fts import has_segmented_index

    return has_segmented_index(conn)


def archive_fts_query(query: str | None) -> str:
    from datasette.utils import escape_fts

    from jixiao.load.fts import fts5_query
    from jixiao.load.search import parse_query

    clauses = parse_query(query or "")
    if not clauses:  # punctuation only: Datasette's quoting gives FTS5 something valid
        return escape_fts(query or "")
    return fts5_query(clauses)
