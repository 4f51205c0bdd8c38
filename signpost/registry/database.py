"""The registry: a SQL database (SQLite by default, PostgreSQL in production) loaded from a file."""
from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from sqlalchemy import create_engine, event, func, inspect, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from signpost.registry import schema
from signpost.registry.coverage import Gazetteer, default_gazetteer
from signpost.registry.loader import LoadReport, load_parsed
from signpost.registry.search import SearchQuery, SearchResults, load_services, search, search_widening
from signpost.registry.validation import (
    RegistryValidationError,
    ValidationIssue,
    read_registry,
    samples_allowed_by_environment,
)
from signpost.registry.views import ServiceView, TaxonomyTerm, service_view

REPO_ROOT = Path(__file__).resolve().parents[2]


def default_registry_path() -> Path:
    """The registry file: $SIGNPOST_REGISTRY, else services.yml at the repository root."""
    configured = os.environ.get("SIGNPOST_REGISTRY")
    return Path(configured) if configured else REPO_ROOT / "services.yml"


def default_database_url() -> str:
    """$SIGNPOST_DATABASE_URL, else the SQLite file var/signpost.db at the repository root."""
    return os.environ.get("SIGNPOST_DATABASE_URL") or f"sqlite:///{REPO_ROOT / 'var' / 'signpost.db'}"


class Registry:
    def __init__(self, engine: Engine, gazetteer: Optional[Gazetteer] = None):
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._gazetteer = gazetteer
        _create_tables(engine)

    @classmethod
    def open(cls, url: Optional[str] = None, gazetteer: Optional[Gazetteer] = None) -> Registry:
        url = url or default_database_url()
        parsed_url = make_url(url)
        if parsed_url.get_backend_name() == "sqlite" and parsed_url.database not in (None, "", ":memory:"):
            Path(parsed_url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _enforce_sqlite_foreign_keys)
        return cls(engine, gazetteer)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    # --- loading

    def load_file(self, path: os.PathLike | str, allow_samples: Optional[bool] = None) -> LoadReport:
        """Check the whole file, then replace the registry with it in one transaction.

        Raises RegistryValidationError listing every error; the registry is then unchanged.
        """
        parsed = read_registry(path, gazetteer=self.gazetteer, allow_samples=allow_samples)
        if parsed.errors:
            raise RegistryValidationError(parsed.errors)
        with self.engine.begin() as connection:
            return load_parsed(connection, parsed)

    def sync_file(self, path: os.PathLike | str, allow_samples: Optional[bool] = None) -> Optional[LoadReport]:
        """Load the file unless the registry already holds exactly this content (None: nothing to do)."""
        sha256 = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        with self._sessions() as session:
            meta = session.get(schema.RegistryMeta, 1)
            unchanged = meta is not None and meta.content_sha256 == sha256
            if unchanged:
                self._refuse_loaded_samples(session, path, allow_samples)
                return None
        return self.load_file(path, allow_samples=allow_samples)

    def _refuse_loaded_samples(self, session: Session, path, allow_samples: Optional[bool]) -> None:
        if allow_samples is None:
            allow_samples = samples_allowed_by_environment()
        if allow_samples:
            return
        samples = session.scalars(select(schema.Service.id).where(schema.Service.sample.is_(True))).all()
        if samples:
            raise RegistryValidationError(
                [
                    ValidationIssue(str(path), f"service {service_id!r}", "sample",
                                    "sample records are not allowed here (SIGNPOST_ALLOW_SAMPLES=0)")
                    for service_id in samples
                ]
            )

    def loaded_from(self) -> Optional[tuple[str, str, datetime]]:
        """(source path, content sha256, loaded at) of what is loaded, or None when empty."""
        with self._sessions() as session:
            meta = session.get(schema.RegistryMeta, 1)
            if meta is None:
                return None
            return meta.source_path, meta.content_sha256, meta.loaded_at

    # --- reading

    def search(self, query: SearchQuery) -> SearchResults:
        with self._sessions() as session:
            return search(session, query)

    def search_widening(self, query: SearchQuery) -> SearchResults:
        with self._sessions() as session:
            return search_widening(session, query, lambda: self.gazetteer)

    def get_service(self, service_id: str, now: Optional[datetime] = None) -> Optional[ServiceView]:
        """Any service by id, whatever its status (check ``status`` before offering it)."""
        with self._sessions() as session:
            found = load_services(session, [service_id])
            if not found:
                return None
            return service_view(found[0], now or datetime.now(timezone.utc))

    def taxonomy(self) -> list[TaxonomyTerm]:
        with self._sessions() as session:
            terms = session.scalars(select(schema.TaxonomyTerm).order_by(schema.TaxonomyTerm.position))
            return [TaxonomyTerm(code=term.code, name=term.name) for term in terms]

    def count_services(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(schema.Service)) or 0


def _create_tables(engine: Engine) -> None:
    """Create the tables, first dropping any written by an older version of this schema.

    The database only ever holds a copy of the registry file, so a stale copy is rebuilt (it is
    empty until the next load or sync) rather than migrated.
    """
    inspector = inspect(engine)
    existing = set(inspector.get_table_names())
    stale = any(
        {column["name"] for column in inspector.get_columns(table.name)} != set(table.columns.keys())
        for table in schema.Base.metadata.sorted_tables
        if table.name in existing
    )
    if stale:
        schema.Base.metadata.drop_all(engine)
    schema.Base.metadata.create_all(engine)


def _enforce_sqlite_foreign_keys(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
