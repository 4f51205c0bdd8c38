"""The schema comes from Alembic migrations, and they build exactly the tables the models describe."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from signpost.registry import Registry, migrate, schema

from .conftest import close_test_registry, database_url, document, service, write_yaml


def test_migrations_build_the_schema_the_models_describe(database, tmp_path, gazetteer):
    registry = Registry.open(database_url(database, tmp_path), gazetteer=gazetteer)
    try:
        assert migrate.current(registry.engine) == migrate.head()
        with registry.engine.connect() as connection:
            differences = compare_metadata(
                MigrationContext.configure(connection, opts={"compare_type": True}), schema.Base.metadata)
        assert differences == []
        assert set(schema.Base.metadata.tables) <= set(inspect(registry.engine).get_table_names())
    finally:
        close_test_registry(registry)


def test_opening_again_changes_nothing_and_keeps_the_data(database, tmp_path, gazetteer):
    url = database_url(database, tmp_path)
    first = Registry.open(url, gazetteer=gazetteer)
    first.load_file(write_yaml(tmp_path / "services.yml", document(service("kept"))))
    first.close()
    again = Registry.open(url, gazetteer=gazetteer)
    try:
        assert again.get_service("kept") is not None
    finally:
        close_test_registry(again)


def test_every_migration_step_can_be_walked(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'steps.db'}")
    migrate.upgrade(engine)
    from alembic.script import ScriptDirectory

    revisions = list(ScriptDirectory.from_config(migrate.config()).walk_revisions())
    assert revisions[0].revision == migrate.head()
    assert revisions[-1].down_revision is None
    engine.dispose()
