"""One draft, several files: documents.same_as points at the first-loaded rendering.

A plain indexed column, no foreign key: SQLite could only add one inline (which it
does not reflect back), and a batch rebuild of ``documents`` would drop and recreate
the table every other table cascades from. Existing archives are linked here once
(load/renderings.py); from then on ingest links each new document.

Revision ID: 0005_newcomer
Revises: 0004_reliability
Create Date: 2026-12-02
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0005_newcomer'
down_revision: Union[str, Sequence[str], None] = '0004_reliability'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("documents", sa.Column("same_as", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_documents_same_as"), "documents", ["same_as"], unique=False)

    from jixiao.load.renderings import link_renderings

    for (document_id,) in conn.execute(sa.text("SELECT id FROM documents ORDER BY id")).all():
        link_renderings(conn, document_id)


def downgrade() -> None:
    op.drop_index(op.f("ix_documents_same_as"), table_name="documents")
    # SQLite 3.35+ drops a plain column in place.
    op.execute("ALTER TABLE documents DROP COLUMN same_as")
