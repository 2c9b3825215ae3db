"""The full-text index: one ``<table>_fts`` per searchable table, rowid/id = the row's id.

SQLite: a standalone FTS5 table (tokenizer ``ascii``: see TOKENIZER) holding the row's
original text in UNINDEXED columns plus the segmented ``words`` and ``grams`` streams of
``load.segment``; Datasette detects it as searchable by itself, and the metadata in
``jixiao/datasette`` points the real tables at it (``fts_table`` / ``fts_pk``).
A trigger per source table drops index rows whenever source rows go, including by
``ON DELETE CASCADE`` from ``documents``.

PostgreSQL: a plain table ``(id = the source row's id, terms tsvector)`` with a GIN
index; ``terms`` is built from the very same tokens (``words`` with weight A,
``grams`` with weight B after them), never by PostgreSQL's own parser, so both
backends match the same rows. Index rows go with their source rows through one
statement-level trigger per source table (deleting a document deletes its rows by
cascade, and the trigger sees them all at once), not through a foreign key: a foreign
key checked every index row on insert, ~10% of the server's work in a load, for rows
only the writer inserts, beside their source rows in the same transaction.
"""
from __future__ import annotations

import struct
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from jixiao.load.segment import Clause, Terms, index_terms

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True)
class Source:
    table: str
    columns: tuple[str, ...]  # the text kept beside the index (SQLite) and fed to it

    @property
    def fts(self) -> str:
        return f"{self.table}_fts"


INDICATORS = Source("indicators", ("level3", "description"))
PROJECTS = Source("projects", ("name", "purpose", "goals"))
SECTIONS = Source("sections", ("title", "text", "goal", "indicator"))
SOURCES = (INDICATORS, PROJECTS, SECTIONS)


def is_index_table(name: str) -> bool:
    """The index tables and FTS5's shadow tables (``indicators_fts_data``, ...)."""
    return any(name == s.fts or name.startswith(s.fts + "_") for s in SOURCES)


# --- schema (used by migrations 0002 and 0008) -----------------------------------

# SQLite's tokenizer for the two streams. They hold load.segment's tokens (letters and
# digits, NFKC, lower-cased) separated by spaces, so all a tokenizer has to do is split
# at the spaces. ``ascii`` does just that, keeping every token byte for byte as
# PostgreSQL's tsvector does; ``unicode61`` (migrations 0002 to 0007) split them the same
# way but took about a third longer per index row, folding case and diacritics (which
# PostgreSQL's index does not fold) in tokens lower-cased already.
TOKENIZER = "ascii"


def create_index_tables(conn: Connection, tokenizer: str = TOKENIZER) -> None:
    for source in SOURCES:
        if conn.dialect.name == "sqlite":
            _create_fts5(conn, source, source.fts, tokenizer)
            _delete_with_source(conn, source)
        else:
            conn.exec_driver_sql(f"CREATE TABLE {source.fts} (id integer PRIMARY KEY, terms tsvector NOT NULL)")
            conn.exec_driver_sql(f"CREATE INDEX ix_{source.fts}_terms ON {source.fts} USING gin (terms)")
            forget_with_source(conn, source)


def _create_fts5(conn: Connection, source: Source, name: str, tokenizer: str) -> None:
    stored = ", ".join(f"{c} UNINDEXED" for c in source.columns)
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {name} USING fts5({stored}, words, grams, tokenize='{tokenizer}')")


def _delete_with_source(conn: Connection, source: Source) -> None:
    """SQLite: index rows are deleted with their source rows (ON DELETE CASCADE included)."""
    conn.exec_driver_sql(
        f"CREATE TRIGGER {source.fts}_delete AFTER DELETE ON {source.table} "
        f"BEGIN DELETE FROM {source.fts} WHERE rowid = old.id; END"
    )


def recreate_delete_trigger(conn: Connection, source: Source) -> None:
    """SQLite: the trigger again after a migration rebuilt its source table (dropped with it)."""
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {source.fts}_delete")
    _delete_with_source(conn, source)


def retokenize(conn: Connection, tokenizer: str) -> None:
    """SQLite: rebuild each index table with ``tokenizer``, its rows kept (the streams
    are stored in it: nothing is segmented again)."""
    for source in SOURCES:
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (source.fts,)).scalar()
        if sql is None or f"tokenize='{tokenizer}'" in sql:
            continue
        columns = ", ".join(("rowid", *source.columns, "words", "grams"))
        _create_fts5(conn, source, f"{source.fts}_new", tokenizer)
        conn.exec_driver_sql(f"INSERT INTO {source.fts}_new ({columns}) SELECT {columns} FROM {source.fts}")
        # The trigger names the table: dropped with it, made again for the new one.
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {source.fts}_delete")
        conn.exec_driver_sql(f"DROP TABLE {source.fts}")
        conn.exec_driver_sql(f"ALTER TABLE {source.fts}_new RENAME TO {source.fts}")
        _delete_with_source(conn, source)


def forget_with_source(conn: Connection, source: Source) -> None:
    """PostgreSQL: index rows are deleted with their source rows, a statement at a time."""
    conn.exec_driver_sql(
        f"CREATE OR REPLACE FUNCTION {source.fts}_forget() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN DELETE FROM {source.fts} WHERE id IN (SELECT id FROM gone); RETURN NULL; END $$")
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {source.fts}_delete ON {source.table}")
    conn.exec_driver_sql(
        f"CREATE TRIGGER {source.fts}_delete AFTER DELETE ON {source.table} REFERENCING OLD TABLE AS gone "
        f"FOR EACH STATEMENT EXECUTE PROCEDURE {source.fts}_forget()")


def drop_index_tables(conn: Connection) -> None:
    for source in SOURCES:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {source.fts}_delete")
        else:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {source.fts}_delete ON {source.table}")
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {source.fts}_forget()")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {source.fts}")


# --- rebuilding (new rows come indexed: load.rows segments them, load.write inserts) ---


def reindex_all(conn: Connection) -> None:
    """Rebuild the whole index from the tables (migration 0002 on an existing archive)."""
    for source in SOURCES:
        conn.exec_driver_sql(f"DELETE FROM {source.fts}")
    _index(conn, "", {}, None)


PAGE_ROWS = 2_000


def text(sql: str):
    # SQLAlchemy on first use: the row builders import this module for tsvector_literal,
    # in worker processes that never touch a database.
    from sqlalchemy import text as compiled

    return compiled(sql)


def _pages(conn: Connection, select_sql: str, where: str, params: dict, deadline) -> Iterator[list]:
    """``select_sql`` (selecting ``id`` first) over the rows ``where`` picks, a page at a time."""
    last = 0
    scope = f"{where} AND id > :after" if where else "WHERE id > :after"
    while True:
        if deadline is not None:
            deadline.check()
        page = conn.execute(text(f"{select_sql} {scope} ORDER BY id LIMIT {PAGE_ROWS}"),
                            {**params, "after": last}).all()
        if not page:
            return
        yield page
        last = page[-1].id


def _index(conn: Connection, where: str, params: dict, deadline) -> None:
    for page in _pages(conn, "SELECT id, level3, description FROM indicators", where, params, deadline):
        _insert(conn, INDICATORS, [(r.id, (r.level3, r.description)) for r in page])

    for projects in _pages(conn, "SELECT id, name, purpose FROM projects", where, params, deadline):
        goals: dict[int, list[str]] = defaultdict(list)
        ids = {"p" + str(i): r.id for i, r in enumerate(projects)}
        marks = ", ".join(":" + name for name in ids)
        query = f"SELECT project_id, text FROM project_goals WHERE project_id IN ({marks}) ORDER BY project_id, seq"
        for row in conn.execute(text(query), ids):
            if row.text:
                goals[row.project_id].append(row.text)
        _insert(conn, PROJECTS, [(r.id, (r.name, r.purpose, "\n".join(goals[r.id]) or None)) for r in projects])

    for page in _pages(conn, "SELECT id, title, text, goal, indicator FROM sections", where, params, deadline):
        _insert(conn, SECTIONS, [(r.id, (r.title, r.text, r.goal, r.indicator)) for r in page])


def _insert(conn: Connection, source: Source, rows: list[tuple[int, tuple]]) -> None:
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        names = ", ".join(source.columns)
        marks = ", ".join(f":c{i}" for i in range(len(source.columns)))
        batch = []
        for row_id, values in rows:
            terms = index_terms(*values)
            entry = {"id": row_id, "words": " ".join(terms.words), "grams": " ".join(terms.grams)}
            entry.update({f"c{i}": v for i, v in enumerate(values)})
            batch.append(entry)
        statement = f"INSERT INTO {source.fts} (rowid, {names}, words, grams) VALUES (:id, {marks}, :words, :grams)"
    else:
        batch = [{"id": row_id, "terms": tsvector_literal(index_terms(*values))} for row_id, values in rows]
        statement = f"INSERT INTO {source.fts} (id, terms) VALUES (:id, CAST(:terms AS tsvector))"
    conn.execute(text(statement), batch)


def tsvector_literal(terms: Terms) -> str:
    """``'token':1A,7A 'gram':9B ...``: positions as FTS5 counts them, words before grams."""
    parts = []
    for token, words, grams in _lexemes(terms):
        quoted = _quote(token) if "'" in token or "\\" in token else token
        positions = ",".join([f"{p}A" for p in words] + [f"{p}B" for p in grams])
        parts.append(f"'{quoted}':{positions}")
    return " ".join(parts)


def tsvector_binary(terms: Terms) -> bytes:
    """The same tsvector in PostgreSQL's binary form (``tsvectorrecv``), lexemes in its order.

    Parsing the text form was a fifth of the server's work in a load (the lexemes tokenized,
    unescaped and sorted); the binary form is taken as it is: a count, then per lexeme its
    UTF-8 bytes, a NUL, the number of positions and each position with its weight in the
    top two bits (A = 3, B = 2)."""
    entries = sorted((token.encode("utf-8"), words, grams) for token, words, grams in _lexemes(terms))
    out = [_INT32.pack(len(entries))]
    for lexeme, words, grams in entries:
        positions = [_WEIGHT_A | p for p in words] + [_WEIGHT_B | p for p in grams]
        out.append(lexeme + b"\0" + struct.pack(f">H{len(positions)}H", len(positions), *positions))
    return b"".join(out)


_INT32 = struct.Struct(">i")
_WEIGHT_A, _WEIGHT_B = 3 << 14, 2 << 14


def _lexemes(terms: Terms) -> list[tuple[str, list[int], list[int]]]:
    """Each distinct token with its positions as a word and as a gram, in first-seen order."""
    spots: dict[str, tuple[list[int], list[int]]] = {}
    for pos, token in enumerate(terms.words, 1):
        if token in spots:
            spots[token][0].append(pos)
        else:
            spots[token] = ([pos], [])
    for pos, token in enumerate(terms.grams, len(terms.words) + 1):
        if token in spots:
            spots[token][1].append(pos)
        else:
            spots[token] = ([], [pos])
    out = []
    for token, (words, grams) in spots.items():
        # PostgreSQL keeps 256 positions per lexeme (and numbers them up to 16,383: segment.py
        # indexes no more). A token that is a word and a gram shares them, so neither the
        # phrase (grams) nor the ranking (words) loses all of its positions to the other.
        words = words[:128] if grams else words[:256]
        out.append((token, words, grams[:256 - len(words)]))
    return out


def _quote(token: str) -> str:
    return token.replace("\\", "\\\\").replace("'", "''")


# --- matching --------------------------------------------------------------------


def fts5_query(clauses: list[Clause]) -> str:
    """An FTS5 MATCH expression; every token is a quoted string (passed as a bound parameter)."""
    parts = []
    for clause in clauses:
        words = "words : (" + " AND ".join(_fts5_string(w) for w in clause.words) + ")"
        if clause.phrase and _whole_word(clause):
            # A word is a substring, so finding it implies the phrase: OR is the same set.
            parts.append(f"(grams : {_fts5_string(' '.join(clause.phrase))} OR {words})")
        elif clause.phrase:
            # The phrase decides; jieba's words only add to the score of rows that have it.
            phrase = "grams : " + _fts5_string(" ".join(clause.phrase))
            parts.append(f"({phrase} OR ({phrase} AND {words}))")
        elif clause.prefix:
            parts.append(f"(grams : {_fts5_string(clause.prefix)} * OR {words})")
        else:
            parts.append(words)
    return " AND ".join(parts)


def tsquery_literal(clauses: list[Clause]) -> str:
    """The same query for PostgreSQL, as a ``tsquery`` literal (no parser involved)."""
    parts = []
    for clause in clauses:
        words = "(" + " & ".join(f"'{_quote(w)}':A" for w in clause.words) + ")"
        if clause.phrase and _whole_word(clause):
            phrase = "(" + " <-> ".join(f"'{_quote(g)}':B" for g in clause.phrase) + ")"
            parts.append(f"({phrase} | {words})")
        elif clause.phrase:
            phrase = "(" + " <-> ".join(f"'{_quote(g)}':B" for g in clause.phrase) + ")"
            parts.append(f"({phrase} | ({phrase} & {words}))")
        elif clause.prefix:
            parts.append(f"('{_quote(clause.prefix)}':*B | {words})")
        else:
            parts.append(words)
    return " & ".join(parts)


def _whole_word(clause: Clause) -> bool:
    return len(clause.words) == 1 and clause.words[0] == clause.phrase[0][0] + "".join(g[1] for g in clause.phrase)


def _fts5_string(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def ranked_ids_sql(source: Source, dialect: str) -> str:
    """SQL giving ``id, score`` (higher is better) of the rows matching ``:q``."""
    if dialect == "sqlite":
        return f"SELECT rowid AS id, -bm25({source.fts}) AS score FROM {source.fts} WHERE {source.fts} MATCH :q"
    return (
        f"SELECT f.id AS id, ts_rank(f.terms, q.q) AS score "
        f"FROM {source.fts} f, CAST(:q AS tsquery) AS q(q) WHERE f.terms @@ q.q"
    )


def query_text(clauses: list[Clause], dialect: str) -> str:
    return fts5_query(clauses) if dialect == "sqlite" else tsquery_literal(clauses)


# --- Alembic -------------------------------------------------------------------------


_hidden = False


def hide_from_autogenerate() -> None:
    """Keep autogenerate (and the models-vs-migrations check) from calling the index drift.

    The index is raw SQL that the ORM does not map (FTS5 virtual and shadow tables
    cannot be), so without this every comparison would propose dropping it.
    """
    global _hidden
    if _hidden:
        return
    _hidden = True
    from alembic.autogenerate import comparators
    from alembic.operations import ops

    def drop_index_table_ops(autogen_context, upgrade_ops, schemas):
        upgrade_ops.ops[:] = [
            op for op in upgrade_ops.ops
            if not (isinstance(op, (ops.DropTableOp, ops.ModifyTableOps)) and is_index_table(op.table_name))
        ]

    try:
        from alembic.util import DispatchPriority
    except ImportError:  # Alembic < 1.18 runs comparators in registration order: ours is last
        comparators.dispatch_for("schema")(drop_index_table_ops)
    else:
        comparators.dispatch_for("schema", priority=DispatchPriority.LAST)(drop_index_table_ops)


# --- inspection ----------------------------------------------------------------------


def has_segmented_index(dbapi_conn) -> bool:
    """Is this SQLite database (a DB-API connection: Datasette's) an archive with our index,
    i.e. does ``indicators_fts`` have the ``words`` and ``grams`` streams?"""
    try:
        columns = {row[1] for row in dbapi_conn.execute(f"PRAGMA table_info({INDICATORS.fts})")}
    except Exception:  # noqa: BLE001 - any database Datasette may open
        return False
    return {"words", "grams"} <= columns
