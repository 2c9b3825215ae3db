"""Indicators hang from their project alone: no foreign key from ``indicators.document_id``.

``indicators.document_id`` repeats the project's document so per-draft queries need no
join; its column and index stay. Its foreign key checked every indicator row on insert
a second time (the project's key already ties the row to a document that exists), about
a tenth of PostgreSQL's work per draft in a load, and deleting a document reached the
indicators twice, through the projects and directly. Deleting a document still deletes
its indicators: documents cascade to projects, projects to indicators.

SQLite cannot drop a foreign key: the table is rebuilt (batch mode). The views over it
(``indicators_wide``) would stop the rebuild's rename and the search index's delete
trigger goes with the old table, so both are taken down first and made again from
their own stored SQL. Nothing references ``indicators``: dropping the old table
cascades nowhere.

Revision ID: 0009_indicators_by_project_only
Revises: 0008_index_tokens_as_they_are
Create Date: 2026-12-03
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0009_indicators_by_project_only'
down_revision: Union[str, Sequence[str], None] = '0008_index_tokens_as_they_are'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

FK = "fk_indicators_document_id_documents"


def upgrade() -> None:
    views = _views_down()
    with op.batch_alter_table("indicators") as batch:
        batch.drop_constraint(FK, type_="foreignkey")
    _back_up(views)


def downgrade() -> None:
    views = _views_down()
    with op.batch_alter_table("indicators") as batch:
        batch.create_foreign_key(FK, "documents", ["document_id"], ["id"], ondelete="CASCADE")
    _back_up(views)


def _views_down() -> list[str]:
    """SQLite: drop the views (a rebuild's rename checks them) and return their SQL."""
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return []  # PostgreSQL alters the table in place: views and triggers stand
    views = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'view'").all()
    for name, _ in views:
        conn.exec_driver_sql(f'DROP VIEW "{name}"')
    return [sql for _, sql in views]


def _back_up(views: list[str]) -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    from jixiao.load.fts import INDICATORS, recreate_delete_trigger

    recreate_delete_trigger(conn, INDICATORS)
    for sql in views:
        conn.exec_driver_sql(sql)
