"""The registry's schema, brought up to date through its Alembic migrations (signpost/registry/migrations/).

``upgrade(engine)`` runs ``alembic upgrade head`` on the engine's database; every Registry.open calls
it, so a new version of the schema reaches SQLite files and PostgreSQL databases alike. The search
tables (service_search, timetable_opening) hold nothing but what the loader derives from the others, so
migrations only shape them: after any upgrade they are written again by the current loader
(loader.refill_search), and a migration never has to fill them with code that a later one changes. A database
written before the registry had migrations (tables but no alembic_version) only ever held a copy of
the registry file: its tables are dropped and built again, and the next load fills them.

A new migration:  python -m signpost.registry.migrate revision "what changes"
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, inspect, text
from sqlalchemy.engine import Engine

from signpost.registry.loader import refill_search

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# held while PostgreSQL is migrated, so two processes starting together do not both migrate
_ADVISORY_LOCK = 0x5169_6E50


def config() -> Config:
    alembic_config = Config()
    alembic_config.set_main_option("script_location", str(MIGRATIONS))
    return alembic_config


@lru_cache(maxsize=1)
def head() -> str:
    return ScriptDirectory.from_config(config()).get_current_head()


def current(engine: Engine):
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Migrate the database to the newest schema (nothing to do when it is there already)."""
    if current(engine) == head():
        return
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK})
        if MigrationContext.configure(connection).get_current_revision() == head():
            return
        tables = set(inspect(connection).get_table_names())
        if tables and "alembic_version" not in tables:
            _drop_unversioned(connection)
        alembic_config = config()
        alembic_config.attributes["connection"] = connection
        command.upgrade(alembic_config, "head")
        refill_search(connection)


def _drop_unversioned(connection) -> None:
    from signpost.registry import schema

    reflected = MetaData()
    reflected.reflect(connection, only=[name for name in inspect(connection).get_table_names()
                                        if name in schema.Base.metadata.tables])
    reflected.drop_all(connection)


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "revision":
    # autogenerate against a scratch SQLite database at the current head
    import tempfile

    from sqlalchemy import create_engine

    with tempfile.TemporaryDirectory() as folder:
        scratch = create_engine(f"sqlite:///{folder}/scratch.db")
        upgrade(scratch)
        with scratch.begin() as connection:
            revision_config = config()
            revision_config.attributes["connection"] = connection
            command.revision(revision_config, message=sys.argv[2], autogenerate=True)
elif __name__ == "__main__":
    print(__doc__)
    sys.exit(2)
