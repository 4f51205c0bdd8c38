"""Keepers' reviews of services reported closed (kept across loads).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 16:02:05.865316

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('closure_review',
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('service_id')
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('closure_review')
