"""Alembic's entry point for the registry's schema (run through signpost.registry.migrate)."""
from __future__ import annotations

from alembic import context

from signpost.registry import schema

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the registry's migrations through signpost.registry.migrate.upgrade(engine)")

context.configure(
    connection=connection,
    target_metadata=schema.Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
