"""Ingest runs that end (or die) visibly, and claims so concurrent ingests extract each file once.

``ingest_runs`` gains ``status`` (running | finished | interrupted), the ``host`` and
``pid`` of its process and a ``heartbeat_at``: enough for the next run to tell a
run that is still going from one that was killed. ``ingest_claims`` holds one row
per file being extracted.

Revision ID: 0004_reliability
Revises: 0003_renderings
Create Date: 2026-12-02
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0004_reliability'
down_revision: Union[str, Sequence[str], None] = '0003_renderings'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('ingest_runs', sa.Column('status', sa.String(length=16), nullable=True))
    op.add_column('ingest_runs', sa.Column('host', sa.Text(), nullable=True))
    op.add_column('ingest_runs', sa.Column('pid', sa.Integer(), nullable=True))
    op.add_column('ingest_runs', sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=True))
    # Runs from before this revision: finished if they said so, else they were killed.
    op.execute("UPDATE ingest_runs SET status = CASE WHEN finished_at IS NULL THEN 'interrupted' ELSE 'finished' END")
    op.create_table('ingest_claims',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['ingest_runs.id'], name=op.f('fk_ingest_claims_run_id_ingest_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_ingest_claims'))
    )
    op.create_index(op.f('ix_ingest_claims_run_id'), 'ingest_claims', ['run_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_ingest_claims_run_id'), table_name='ingest_claims')
    op.drop_table('ingest_claims')
    with op.batch_alter_table('ingest_runs') as batch:
        for column in ('heartbeat_at', 'pid', 'host', 'status'):
            batch.drop_column(column)
