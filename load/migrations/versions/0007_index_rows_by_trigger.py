"""PostgreSQL: search-index rows go with their source rows by a statement trigger, not a foreign key.

The foreign key from ``*_fts.id`` to its source row checked every index row on insert
(~84 checks per seed-size draft, ~10% of the server's work in a load) for rows only
the writer inserts, beside their source rows in one transaction. Its one duty, deleting
index rows with their source rows, is now a statement-level trigger per source table
(load/fts.py). SQLite's index already works this way (a row trigger): nothing to do.

Revision ID: 0007_index_rows_by_trigger
Revises: 0006_record_lz4
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0007_index_rows_by_trigger'
down_revision: Union[str, Sequence[str], None] = '0006_record_lz4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    from jixiao.load.fts import SOURCES, forget_with_source

    for source in SOURCES:
        conn.exec_driver_sql(f"ALTER TABLE {source.fts} DROP CONSTRAINT IF EXISTS {source.fts}_id_fkey")
        forget_with_source(conn, source)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    from jixiao.load.fts import SOURCES

    for source in SOURCES:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {source.fts}_delete ON {source.table}")
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {source.fts}_forget()")
        conn.exec_driver_sql(f"DELETE FROM {source.fts} WHERE id NOT IN (SELECT id FROM {source.table})")
        conn.exec_driver_sql(f"ALTER TABLE {source.fts} ADD CONSTRAINT {source.fts}_id_fkey FOREIGN KEY (id) "
                             f"REFERENCES {source.table} (id) ON DELETE CASCADE")
