"""SQLite: the search index splits its streams at spaces only (FTS5 ``ascii`` tokenizer).

The ``words`` and ``grams`` streams hold load.segment's tokens, already normalized
(NFKC, lower-cased, letters and digits only) separated by spaces. ``unicode61`` split
them the same way but normalized every token again (case, diacritics: PostgreSQL's
index folds neither), which took about a quarter of the writer's indexing time. The
index tables are rebuilt from their own stored streams: nothing is segmented again,
and queries of Chinese, digits and unaccented letters find what they found before.

Revision ID: 0008_index_tokens_as_they_are
Revises: 0007_index_rows_by_trigger
Create Date: 2026-12-03
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0008_index_tokens_as_they_are'
down_revision: Union[str, Sequence[str], None] = '0007_index_rows_by_trigger'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    from jixiao.load.fts import TOKENIZER, retokenize

    retokenize(conn, TOKENIZER)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    from jixiao.load.fts import retokenize

    retokenize(conn, "unicode61")
