"""service_search (what search filters and ranks on: one row per active service x need x area x
location) and service_opening (schedule rows one per day, for "open at"). They are filled after
the upgrade, with the rest of the search tables (signpost.registry.migrate.upgrade).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 19:10:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('service_search',
    sa.Column('need', sa.String(length=100), nullable=False),
    sa.Column('area_key', sa.String(length=300), nullable=False),
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('location', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('lone', sa.Boolean(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('is_national', sa.Boolean(), nullable=False),
    sa.Column('organization_id', sa.String(length=200), nullable=False),
    sa.Column('gender', sa.String(length=10), nullable=False),
    sa.Column('minimum_age', sa.Integer(), nullable=True),
    sa.Column('maximum_age', sa.Integer(), nullable=True),
    sa.Column('fees', sa.String(length=20), nullable=True),
    sa.Column('faith', sa.String(length=100), nullable=True),
    sa.Column('crisis_alternative', sa.Boolean(), nullable=False),
    sa.Column('interpreters', sa.Boolean(), nullable=False),
    sa.Column('sample', sa.Boolean(), nullable=False),
    sa.Column('assured_date', sa.Date(), nullable=True),
    sa.Column('languages', sa.Text(), nullable=False),
    sa.Column('communities', sa.Text(), nullable=False),
    sa.Column('referrals', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('need', 'area_key', 'service_id', 'location'),
    sqlite_with_rowid=False,
    )
    with op.batch_alter_table('service_search', schema=None) as batch_op:
        batch_op.create_index('ix_service_search_area_key', ['area_key'], unique=False)

    op.create_table('service_opening',
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('day', sa.String(length=2), nullable=False),
    sa.Column('opens_at', sa.String(length=5), nullable=False),
    sa.Column('closes_at', sa.String(length=5), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('service_id', 'day', 'opens_at', 'closes_at'),
    sqlite_with_rowid=False,
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('service_opening')
    with op.batch_alter_table('service_search', schema=None) as batch_op:
        batch_op.drop_index('ix_service_search_area_key')

    op.drop_table('service_search')
