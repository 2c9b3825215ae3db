"""PostgreSQL's index rows are sent as binary tsvectors: the server must store exactly the
vector the text form would give (tokens with quotes and backslashes, a token that is a word
and a gram, repeated tokens, CJK grams)."""
from __future__ import annotations

import psycopg
import pytest
from sqlalchemy.engine import make_url

from jixiao.load.fts import tsvector_binary, tsvector_literal
from jixiao.load.segment import index_terms
from jixiao.load.write import _binary_copy

TEXTS = [
    "服务对象满意度 ≥95%",
    "PM2.5年均浓度 ≤35微克/立方米 PM2.5监测数据传输率",
    "abc'd \\x 'quote' O'Neil",
    "满意 满意 满意度 满意度调查 群众满意度",
    "Ⅲ类 COD削减量 NH3-N削减量 达到一级A标准",
]


@pytest.fixture
def pg(pg_url):
    dsn = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as conn:
        yield conn


@pytest.mark.parametrize("text", TEXTS)
def test_binary_tsvector_is_stored_as_the_text_form_reads(pg, text):
    terms = index_terms(text)
    with pg.cursor() as cur:
        cur.execute("CREATE TEMP TABLE v (id integer, terms tsvector)")
        with cur.copy("COPY v (id, terms) FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(_binary_copy([(7, tsvector_binary(terms))]))
        stored = cur.execute("SELECT id, terms::text FROM v").fetchone()
        expected = cur.execute("SELECT %s::tsvector::text", (tsvector_literal(terms),)).fetchone()[0]
    assert stored == (7, expected)
    assert stored[1].count(":") >= len(set(terms.words))  # every word made it, with its positions
