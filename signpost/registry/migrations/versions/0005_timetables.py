"""Timetables for "open at": service_search.timetable and timetable_opening (each weekly timetable
once, in minutes of the week) instead of service_opening (every service's schedule rows per day);
an index of the crisis alternatives' rows by area, for the crisis flow; the area index on (area, need),
so that SQLite reads a need in a place by the primary key; an index of each need's rows in rank order.

The new column and table are filled after the upgrade, with the rest of the search tables
(signpost.registry.migrate.upgrade).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 22:10:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('timetable_opening',
    sa.Column('opens', sa.Integer(), nullable=False),
    sa.Column('closes', sa.Integer(), nullable=False),
    sa.Column('timetable', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('opens', 'closes', 'timetable'),
    sqlite_with_rowid=False,
    )
    op.add_column('service_search', sa.Column('timetable', sa.Integer(), nullable=True))
    op.create_index('ix_service_search_crisis_area_key', 'service_search', ['area_key'], unique=False,
                    sqlite_where=sa.text('crisis_alternative IS 1'),
                    postgresql_where=sa.text('crisis_alternative IS true'))
    op.drop_table('service_opening')
    op.drop_index('ix_service_search_area_key', table_name='service_search')
    op.create_index('ix_service_search_area_key_need', 'service_search', ['area_key', 'need'], unique=False)
    op.create_index('ix_service_search_need_rank', 'service_search', ['need', 'rank'], unique=False)


def downgrade() -> None:
    """Downgrade schema, and write service_opening again from the schedule rows (as 0004 did)."""
    op.create_table('service_opening',
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('day', sa.String(length=2), nullable=False),
    sa.Column('opens_at', sa.String(length=5), nullable=False),
    sa.Column('closes_at', sa.String(length=5), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('service_id', 'day', 'opens_at', 'closes_at'),
    sqlite_with_rowid=False,
    )
    days = " UNION ALL ".join(f"SELECT '{day}' AS day" for day in ("MO", "TU", "WE", "TH", "FR", "SA", "SU"))
    op.execute(
        "INSERT INTO service_opening (service_id, day, opens_at, closes_at) "
        "SELECT DISTINCT schedule.service_id, days.day, schedule.opens_at, schedule.closes_at "
        f"FROM schedule JOIN ({days}) AS days ON schedule.byday LIKE '%' || days.day || '%'")
    op.drop_index('ix_service_search_crisis_area_key', table_name='service_search')
    op.drop_index('ix_service_search_need_rank', table_name='service_search')
    op.drop_index('ix_service_search_area_key_need', table_name='service_search')
    op.create_index('ix_service_search_area_key', 'service_search', ['area_key'], unique=False)
    # natively (SQLite 3.35 and later, PostgreSQL): a batch copy would lose the table's WITHOUT ROWID
    op.execute("ALTER TABLE service_search DROP COLUMN timetable")
    op.drop_table('timetable_opening')
