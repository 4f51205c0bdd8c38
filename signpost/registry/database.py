"""The registry: a SQL database (SQLite by default, PostgreSQL in production) loaded from a file."""
from __future__ import annotations

import hashlib
import os
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Optional

from sqlalchemy import create_engine, event, false, func, or_, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from signpost.registry import freshness, migrate, schema
from signpost.registry.coverage import Gazetteer, default_gazetteer
from signpost.registry.loader import LoadReport, load_parsed
from signpost.registry.reports import REVIEW_DECISIONS, ClosureFlags, FlagCache
from signpost.registry.search import SearchQuery, SearchResults, search, search_widening
from signpost.registry.samples import samples_allowed_by_environment
from signpost.registry.validation import RegistryValidationError, ValidationIssue, read_registry
from signpost.registry.views import ServiceView, TaxonomyTerm, load_views

REPO_ROOT = Path(__file__).resolve().parents[2]


def default_registry_path() -> Path:
    """The registry file: $SIGNPOST_REGISTRY, else services.yml at the repository root."""
    configured = os.environ.get("SIGNPOST_REGISTRY")
    return Path(configured) if configured else REPO_ROOT / "services.yml"


def default_database_url() -> str:
    """$SIGNPOST_DATABASE_URL, else the SQLite file var/signpost.db at the repository root."""
    return os.environ.get("SIGNPOST_DATABASE_URL") or f"sqlite:///{REPO_ROOT / 'var' / 'signpost.db'}"


class Registry:
    def __init__(self, engine: Engine, gazetteer: Optional[Gazetteer] = None, feedback_url: Optional[str] = None):
        """``feedback_url``: the feedback store whose closure reports flag services (None: none)."""
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._gazetteer = gazetteer
        migrate.upgrade(engine)
        self.feedback_url = feedback_url
        self._flags = FlagCache(feedback_url, self.reviews, freshness.today)

    @classmethod
    def open(
        cls, url: Optional[str] = None, gazetteer: Optional[Gazetteer] = None, feedback_url: Optional[str] = None
    ) -> Registry:
        """The registry at ``url`` (default: $SIGNPOST_DATABASE_URL or var/signpost.db). Closure reports
        are read from ``feedback_url``; when neither URL is given, from the default feedback store."""
        if url is None and feedback_url is None:
            from signpost.registry.feedback import default_feedback_url

            feedback_url = default_feedback_url()
        url = url or default_database_url()
        parsed_url = make_url(url)
        if parsed_url.get_backend_name() == "sqlite" and parsed_url.database not in (None, "", ":memory:"):
            Path(parsed_url.database).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {}
        if parsed_url.get_backend_name() == "postgresql":
            # no parallel workers: starting one takes longer than a whole search (bench/registry_search.py)
            connect_args["options"] = "-c max_parallel_workers_per_gather=0"
        engine = create_engine(url, connect_args=connect_args)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _enforce_sqlite_foreign_keys)
        return cls(engine, gazetteer, feedback_url)

    @classmethod
    def open_configured(cls) -> Registry:
        """The deployment's registry, as the action server and the web app open it: the configured
        database, synced with the configured file ($SIGNPOST_REGISTRY, else services.yml) unless it
        already holds exactly that content."""
        registry = cls.open()
        registry.sync_file(default_registry_path())
        return registry

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
        flags = self.closure_flags()
        with self._sessions() as session:
            return search(session, query, flags)

    def search_widening(self, query: SearchQuery) -> SearchResults:
        flags = self.closure_flags()
        with self._sessions() as session:
            return search_widening(session, query, lambda: self.gazetteer, flags)

    def get_service(self, service_id: str, now: Optional[datetime] = None) -> Optional[ServiceView]:
        """Any service by id, whatever its status or freshness (check ``status`` and ``freshness``
        before offering it to a resident)."""
        with self._sessions() as session:
            found = load_views(session, [service_id], now or datetime.now(timezone.utc),
                               reported=self.closure_flags().reported)
            return found[0] if found else None

    # --- keeping the registry

    def closure_flags(self) -> ClosureFlags:
        """Services reported closed (ranked last) and confirmed closed (not offered); cached for a minute."""
        return self._flags.get()

    def refresh_closure_flags(self) -> None:
        """Read the reports and reviews again now, not when the cache runs out."""
        self._flags.refresh()

    def reviews(self) -> dict[str, tuple[str, date]]:
        """Each reviewed service's last decision ("open" or "closed") and its day."""
        with self._sessions() as session:
            rows = session.execute(
                select(schema.ClosureReview.service_id, schema.ClosureReview.decision,
                       schema.ClosureReview.decided_on)).all()
        return {service_id: (decision, day) for service_id, decision, day in rows}

    def review(self, service_id: str, decision: str, day: Optional[date] = None) -> None:
        """Record a keeper's check of a service reported closed: "open" clears the flag (reports
        up to ``day`` no longer count), "closed" stops it being offered until reviewed "open"."""
        if decision not in REVIEW_DECISIONS:
            raise ValueError(f"decision must be one of {', '.join(REVIEW_DECISIONS)}, got {decision!r}")
        with self._sessions() as session, session.begin():
            if session.get(schema.Service, service_id) is None:
                raise KeyError(service_id)
            session.merge(schema.ClosureReview(service_id=service_id, decision=decision,
                                               decided_on=day or freshness.today()))
        self.refresh_closure_flags()

    def services_by_freshness(self, states: tuple[str, ...], today: Optional[date] = None,
                              include_samples: bool = True) -> list[ServiceView]:
        """Services (any status but defunct) whose freshness is one of ``states``, by organization then name.

        A record with a check note is due whatever its assured date: it is listed when ``states`` has due.
        """
        today = today or freshness.today()
        service = schema.Service
        due_before = freshness.due_before(today)
        noted = freshness.DUE in states
        conditions = [service.status != "defunct", or_(
            service.assured_date.is_(None), service.assured_date < due_before,
            service.check_note.is_not(None) if noted else false())]
        if not include_samples:
            conditions.append(service.sample.is_(False))
        with self._sessions() as session:
            ids = session.scalars(select(service.id).where(*conditions)).all()
            views = load_views(session, ids, datetime.now(timezone.utc))
        views = [view for view in views
                 if freshness.state(view.assured_date, today) in states or (noted and view.check_note)]
        return sorted(views, key=lambda view: (view.organization.casefold(), view.name.casefold(), view.id))

    def organization_contacts(self) -> dict[str, dict]:
        """id -> name, website and email of every organization."""
        with self._sessions() as session:
            rows = session.execute(select(schema.Organization.id, schema.Organization.name,
                                          schema.Organization.website, schema.Organization.email)).all()
        return {row[0]: {"name": row[1], "website": row[2], "email": row[3]} for row in rows}

    def sample_count(self) -> int:
        with self._sessions() as session:
            return session.scalar(
                select(func.count()).select_from(schema.Service).where(schema.Service.sample.is_(True))) or 0

    def taxonomy(self) -> list[TaxonomyTerm]:
        with self._sessions() as session:
            terms = session.scalars(select(schema.TaxonomyTerm).order_by(schema.TaxonomyTerm.position))
            return [TaxonomyTerm(code=term.code, name=term.name) for term in terms]

    def count_services(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(schema.Service)) or 0


def _enforce_sqlite_foreign_keys(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
