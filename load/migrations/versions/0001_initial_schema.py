"""Initial schema: documents and everything extracted from them, plus the ingest log.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('department', sa.Text(), nullable=True),
    sa.Column('department_code', sa.String(length=32), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=True),
    sa.Column('compiled_by', sa.Text(), nullable=True),
    sa.Column('reviewed_by', sa.Text(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('extractor_version', sa.String(length=64), nullable=True),
    sa.Column('record_json', JSON, nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('sha256', name=op.f('uq_documents_sha256'))
    )
    op.create_index(op.f('ix_documents_department'), 'documents', ['department'])
    op.create_index(op.f('ix_documents_path'), 'documents', ['path'])
    op.create_index(op.f('ix_documents_year'), 'documents', ['year'])

    op.create_table('ingest_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('args', JSON, nullable=True),
    sa.Column('files_ok', sa.Integer(), nullable=False),
    sa.Column('files_failed', sa.Integer(), nullable=False),
    sa.Column('files_skipped', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_runs'))
    )
    op.create_table('extraction_issues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('severity', sa.String(length=16), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('project_seq', sa.Integer(), nullable=True),
    sa.Column('indicator_seq', sa.Integer(), nullable=True),
    sa.Column('where', sa.Text(), nullable=True),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_extraction_issues_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extraction_issues'))
    )
    op.create_index(op.f('ix_extraction_issues_document_id'), 'extraction_issues', ['document_id'])

    op.create_table('ingest_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('seconds_extract', sa.Float(), nullable=True),
    sa.Column('seconds_load', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_ingest_files_document_id_documents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['run_id'], ['ingest_runs.id'], name=op.f('fk_ingest_files_run_id_ingest_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_files'))
    )
    op.create_index(op.f('ix_ingest_files_document_id'), 'ingest_files', ['document_id'])
    op.create_index(op.f('ix_ingest_files_run_id'), 'ingest_files', ['run_id'])
    op.create_index(op.f('ix_ingest_files_sha256'), 'ingest_files', ['sha256'])

    op.create_table('projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('department', sa.Text(), nullable=True),
    sa.Column('department_code', sa.String(length=32), nullable=True),
    sa.Column('unit', sa.String(length=16), nullable=True),
    sa.Column('budget_total', sa.Numeric(precision=18, scale=4), nullable=True),
    sa.Column('budget_fiscal', sa.Numeric(precision=18, scale=4), nullable=True),
    sa.Column('budget_other', sa.Numeric(precision=18, scale=4), nullable=True),
    sa.Column('budget_total_yuan', sa.Numeric(precision=20, scale=2), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('extra', JSON, nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('bbox', JSON, nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_projects_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projects'))
    )
    op.create_index(op.f('ix_projects_code'), 'projects', ['code'])
    op.create_index(op.f('ix_projects_document_id'), 'projects', ['document_id'])

    op.create_table('sections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('goal', sa.Text(), nullable=True),
    sa.Column('indicator', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_sections_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sections'))
    )
    op.create_index(op.f('ix_sections_document_id'), 'sections', ['document_id'])

    op.create_table('toc_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('part', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_toc_entries_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_toc_entries'))
    )
    op.create_index(op.f('ix_toc_entries_document_id'), 'toc_entries', ['document_id'])

    op.create_table('indicators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=True),
    sa.Column('level1', sa.Text(), nullable=True),
    sa.Column('level1_std', sa.String(length=32), nullable=True),
    sa.Column('level2', sa.Text(), nullable=True),
    sa.Column('level2_std', sa.String(length=32), nullable=True),
    sa.Column('level3', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('value_raw', sa.Text(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('comparator', sa.String(length=2), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('value_max', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=16), nullable=True),
    sa.Column('unit_inferred', sa.String(length=16), nullable=True),
    sa.Column('amount_yuan', sa.Numeric(precision=20, scale=2), nullable=True),
    sa.Column('reference', sa.Text(), nullable=True),
    sa.Column('direction', sa.String(length=8), nullable=True),
    sa.Column('sign', sa.Text(), nullable=True),
    sa.Column('basis', sa.Text(), nullable=True),
    sa.Column('weight', sa.Float(), nullable=True),
    sa.Column('extra', JSON, nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('bbox', JSON, nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_indicators_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_indicators_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicators'))
    )
    op.create_index(op.f('ix_indicators_document_id'), 'indicators', ['document_id'])
    op.create_index(op.f('ix_indicators_kind_value'), 'indicators', ['kind', 'value'])
    op.create_index(op.f('ix_indicators_level2_std'), 'indicators', ['level2_std'])
    op.create_index(op.f('ix_indicators_project_id'), 'indicators', ['project_id'])

    op.create_table('project_goals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_goals_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_goals'))
    )
    op.create_index(op.f('ix_project_goals_project_id'), 'project_goals', ['project_id'])

    op.create_table('spending_milestones',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=True),
    sa.Column('pct', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_spending_milestones_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_spending_milestones'))
    )
    op.create_index(op.f('ix_spending_milestones_project_id'), 'spending_milestones', ['project_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_spending_milestones_project_id'), table_name='spending_milestones')

    op.drop_table('spending_milestones')
    op.drop_index(op.f('ix_project_goals_project_id'), table_name='project_goals')

    op.drop_table('project_goals')
    op.drop_index(op.f('ix_indicators_project_id'), table_name='indicators')
    op.drop_index(op.f('ix_indicators_level2_std'), table_name='indicators')
    op.drop_index(op.f('ix_indicators_kind_value'), table_name='indicators')
    op.drop_index(op.f('ix_indicators_document_id'), table_name='indicators')

    op.drop_table('indicators')
    op.drop_index(op.f('ix_toc_entries_document_id'), table_name='toc_entries')

    op.drop_table('toc_entries')
    op.drop_index(op.f('ix_sections_document_id'), table_name='sections')

    op.drop_table('sections')
    op.drop_index(op.f('ix_projects_document_id'), table_name='projects')
    op.drop_index(op.f('ix_projects_code'), table_name='projects')

    op.drop_table('projects')
    op.drop_index(op.f('ix_ingest_files_sha256'), table_name='ingest_files')
    op.drop_index(op.f('ix_ingest_files_run_id'), table_name='ingest_files')
    op.drop_index(op.f('ix_ingest_files_document_id'), table_name='ingest_files')

    op.drop_table('ingest_files')
    op.drop_index(op.f('ix_extraction_issues_document_id'), table_name='extraction_issues')

    op.drop_table('extraction_issues')
    op.drop_table('ingest_runs')
    op.drop_index(op.f('ix_documents_year'), table_name='documents')
    op.drop_index(op.f('ix_documents_path'), table_name='documents')
    op.drop_index(op.f('ix_documents_department'), table_name='documents')

    op.drop_table('documents')
