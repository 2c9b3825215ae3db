"""The other template families: project scope, carry-over funds, mid-term goals and
indicators, baselines, and whether a draft's text came from OCR.

Existing rows get the defaults a seed-style draft implies: every project is a
``project`` (not a department's own table), every indicator and goal is annual.

Revision ID: 0003_renderings
Revises: 0002
Create Date: 2026-12-02
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0003_renderings'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# 0002's view, plus the keys an analyst filters on when families are mixed.
INDICATORS_WIDE = """
CREATE VIEW indicators_wide AS
SELECT i.id, d.department, d.year, p.code AS project_code, p.name AS project, p.scope, i.seq,
       i.period, i.level1_std, i.level2_std, i.level3, i.description, i.value_raw, i.kind,
       i.comparator, i.value, i.value_max, i.unit, i.reference, i.basis, i.baseline_raw, i.weight,
       d.path, i.page, i.line, i.document_id, i.project_id
FROM indicators i
JOIN projects p ON p.id = i.project_id
JOIN documents d ON d.id = i.document_id
"""
INDICATORS_WIDE_0002 = """
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
    # The view names columns of the tables changed here: rebuilt around the change.
    op.execute("DROP VIEW IF EXISTS indicators_wide")
    # ADD COLUMN with a constant default fills existing rows on both backends.
    op.add_column('documents', sa.Column('ocr', sa.Boolean(), nullable=True))
    op.add_column('projects', sa.Column('scope', sa.String(length=16), nullable=False, server_default='project'))
    op.add_column('projects', sa.Column('implementing_unit', sa.Text(), nullable=True))
    op.add_column('projects', sa.Column('budget_carryover', sa.Numeric(precision=18, scale=4), nullable=True))
    op.add_column('project_goals', sa.Column('period', sa.String(length=16), nullable=False, server_default='year'))
    op.add_column('indicators', sa.Column('period', sa.String(length=16), nullable=False, server_default='year'))
    op.add_column('indicators', sa.Column('baseline_raw', sa.Text(), nullable=True))
    op.create_index(op.f('ix_projects_scope'), 'projects', ['scope'])
    op.execute(INDICATORS_WIDE)


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite >= 3.35), not a batch copy: copying a parent
    # table drops the old one, and with foreign keys on that cascades to every
    # child row.
    op.execute("DROP VIEW IF EXISTS indicators_wide")
    op.drop_index(op.f('ix_projects_scope'), table_name='projects')
    op.drop_column('indicators', 'baseline_raw')
    op.drop_column('indicators', 'period')
    op.drop_column('project_goals', 'period')
    op.drop_column('projects', 'budget_carryover')
    op.drop_column('projects', 'implementing_unit')
    op.drop_column('projects', 'scope')
    op.drop_column('documents', 'ocr')
    op.execute(INDICATORS_WIDE_0002)
