"""PostgreSQL: the stored record (documents.record_json) is compressed with lz4.

A seed-size record is ~49 KB of JSON; PostgreSQL's default compression (pglz) spent
~0.8 ms of server CPU per draft on it, the largest single cost of a load. lz4 takes a
fraction of that for a similar size on disk. Values already stored keep pglz until
rewritten (both read the same). Servers without lz4 (before 14, or built without it)
keep pglz: the load is slower, nothing else changes. SQLite: nothing to do.

Revision ID: 0006_record_lz4
Revises: 0005_newcomer
Create Date: 2026-12-02
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0006_record_lz4'
down_revision: Union[str, Sequence[str], None] = '0005_newcomer'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql" or not _has_lz4(conn):
        return
    op.execute("ALTER TABLE documents ALTER COLUMN record_json SET COMPRESSION lz4")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql" and conn.dialect.server_version_info >= (14,):
        op.execute("ALTER TABLE documents ALTER COLUMN record_json SET COMPRESSION DEFAULT")


def _has_lz4(conn) -> bool:
    """lz4 is a choice of default_toast_compression exactly when the server has it."""
    if conn.dialect.server_version_info < (14,):
        return False
    choices = conn.execute(sa.text(
        "SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'")).scalar()
    return bool(choices) and "lz4" in choices
