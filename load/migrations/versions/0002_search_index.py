"""Search: a full-text index per searchable table, and the indicators_wide view.

The index holds jieba-segmented text (see load/segment.py and load/fts.py): FTS5
tables on SQLite, tsvector tables with GIN indexes on PostgreSQL. An existing
archive is indexed here, once; from then on write_record keeps the index current.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# One row per indicator with its document and project: what Datasette facets on
# (department, year, level1_std, ...) and searches through indicators_fts.
INDICATORS_WIDE = """
CREATE VIEW indicators_wide AS
SELECT i.id, d.department, d.year, p.code AS project_code, p.name AS project, i.seq,
       i.level1_std, i.level2_std, i.level3, i.description, i.value_raw, i.kind,
       i.comparator, i.value, i.value_max, i.unit, i.reference, i.basis,
       d.path, i.page, i.line, i.document_id, i.project_id
FROM indicators i
JOIN projects p ON p.id = i.project_id
JOIN documents d ON d.id = i.document_id
"""


def upgrade() -> None:
    from jixiao.load.fts import create_index_tables, reindex_all

    conn = op.get_bind()
    create_index_tables(conn, tokenizer="unicode61")  # as it was then: 0008 changed it
    reindex_all(conn)
    op.execute(INDICATORS_WIDE)


def downgrade() -> None:
    from jixiao.load.fts import drop_index_tables

    op.execute("DROP VIEW IF EXISTS indicators_wide")
    drop_index_tables(op.get_bind())
