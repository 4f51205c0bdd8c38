"""The registry schema as it was when migrations began (with sources and ISO 639-3 language codes).

Revision ID: 0001
Revises: 
Create Date: 2026-12-06 15:56:45.706546

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('location',
    sa.Column('id', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=True),
    sa.Column('address_1', sa.String(length=500), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('postal_code', sa.String(length=20), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_location_latitude'), ['latitude'], unique=False)

    op.create_table('organization',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('website', sa.String(length=1000), nullable=True),
    sa.Column('email', sa.String(length=500), nullable=True),
    sa.Column('helpline_status', sa.String(length=20), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('registry_meta',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_path', sa.Text(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('taxonomy_term',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('code', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('organization_led_by',
    sa.Column('organization_id', sa.String(length=200), nullable=False),
    sa.Column('led_by', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organization_id', 'led_by')
    )
    op.create_table('organization_source',
    sa.Column('organization_id', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organization_id', 'position')
    )
    op.create_table('service',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('organization_id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('url', sa.String(length=1000), nullable=True),
    sa.Column('email', sa.String(length=500), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('interpretation_services', sa.Text(), nullable=True),
    sa.Column('eligibility_description', sa.Text(), nullable=True),
    sa.Column('minimum_age', sa.Integer(), nullable=True),
    sa.Column('maximum_age', sa.Integer(), nullable=True),
    sa.Column('assured_date', sa.Date(), nullable=True),
    sa.Column('gender', sa.String(length=10), nullable=False),
    sa.Column('faith', sa.String(length=100), nullable=True),
    sa.Column('fees', sa.String(length=20), nullable=True),
    sa.Column('culturally_specific', sa.Boolean(), nullable=False),
    sa.Column('crisis_alternative', sa.Boolean(), nullable=False),
    sa.Column('confidentiality', sa.Text(), nullable=True),
    sa.Column('sample', sa.Boolean(), nullable=False),
    sa.Column('is_national', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_assured_date'), ['assured_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_is_national'), ['is_national'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_status'), ['status'], unique=False)

    op.create_table('language',
    sa.Column('id', sa.String(length=300), nullable=False),
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('language', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_language_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_language_service_id'), ['service_id'], unique=False)

    op.create_table('phone',
    sa.Column('id', sa.String(length=300), nullable=False),
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phone_service_id'), ['service_id'], unique=False)

    op.create_table('schedule',
    sa.Column('id', sa.String(length=300), nullable=False),
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('freq', sa.String(length=10), nullable=False),
    sa.Column('byday', sa.String(length=30), nullable=False),
    sa.Column('opens_at', sa.String(length=5), nullable=False),
    sa.Column('closes_at', sa.String(length=5), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_service_id'), ['service_id'], unique=False)

    op.create_table('service_area',
    sa.Column('id', sa.String(length=300), nullable=False),
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service_area', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_area_service_id'), ['service_id'], unique=False)

    op.create_table('service_at_location',
    sa.Column('id', sa.String(length=300), nullable=False),
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('location_id', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service_at_location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_at_location_service_id'), ['service_id'], unique=False)

    op.create_table('service_community',
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('community', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('service_id', 'community')
    )
    with op.batch_alter_table('service_community', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_community_community'), ['community'], unique=False)

    op.create_table('service_coverage',
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('area_key', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('service_id', 'area_key')
    )
    with op.batch_alter_table('service_coverage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_coverage_area_key'), ['area_key'], unique=False)

    op.create_table('service_referral',
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('referral', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('service_id', 'referral')
    )
    with op.batch_alter_table('service_referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_referral_referral'), ['referral'], unique=False)

    op.create_table('service_source',
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('service_id', 'position')
    )
    op.create_table('service_taxonomy',
    sa.Column('service_id', sa.String(length=200), nullable=False),
    sa.Column('taxonomy_term_id', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['taxonomy_term_id'], ['taxonomy_term.id'], ),
    sa.PrimaryKeyConstraint('service_id', 'taxonomy_term_id')
    )
    with op.batch_alter_table('service_taxonomy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_taxonomy_taxonomy_term_id'), ['taxonomy_term_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('service_taxonomy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_taxonomy_taxonomy_term_id'))

    op.drop_table('service_taxonomy')
    op.drop_table('service_source')
    with op.batch_alter_table('service_referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_referral_referral'))

    op.drop_table('service_referral')
    with op.batch_alter_table('service_coverage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_coverage_area_key'))

    op.drop_table('service_coverage')
    with op.batch_alter_table('service_community', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_community_community'))

    op.drop_table('service_community')
    with op.batch_alter_table('service_at_location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_at_location_service_id'))

    op.drop_table('service_at_location')
    with op.batch_alter_table('service_area', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_area_service_id'))

    op.drop_table('service_area')
    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedule_service_id'))

    op.drop_table('schedule')
    with op.batch_alter_table('phone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phone_service_id'))

    op.drop_table('phone')
    with op.batch_alter_table('language', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_language_service_id'))
        batch_op.drop_index(batch_op.f('ix_language_code'))

    op.drop_table('language')
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_status'))
        batch_op.drop_index(batch_op.f('ix_service_organization_id'))
        batch_op.drop_index(batch_op.f('ix_service_is_national'))
        batch_op.drop_index(batch_op.f('ix_service_assured_date'))

    op.drop_table('service')
    op.drop_table('organization_source')
    op.drop_table('organization_led_by')
    op.drop_table('taxonomy_term')
    op.drop_table('registry_meta')
    op.drop_table('organization')
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_location_latitude'))

    op.drop_table('location')
