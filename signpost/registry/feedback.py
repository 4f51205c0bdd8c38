"""'This information is wrong or the service has closed': kept as anonymous daily counts.

Nothing about the person is stored: no conversation id, no address, no free text, no time finer
than the day. Each report adds one to the count for (service, reason, day); the people who keep
the registry read the counts and check the listing with the service.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Optional

from sqlalchemy import Column, Date, Integer, MetaData, String, Table, create_engine, select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url

from signpost.registry.database import REPO_ROOT

REASONS = ("wrong", "closed")

metadata = MetaData()
listing_feedback = Table(
    "listing_feedback",
    metadata,
    Column("service_id", String(200), primary_key=True),
    Column("reason", String(20), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("count", Integer, nullable=False, default=0),
)


def default_feedback_url() -> str:
    """$SIGNPOST_FEEDBACK_DATABASE_URL, else the SQLite file var/feedback.db."""
    return os.environ.get("SIGNPOST_FEEDBACK_DATABASE_URL") or f"sqlite:///{REPO_ROOT / 'var' / 'feedback.db'}"


class FeedbackStore:
    def __init__(self, url: Optional[str] = None):
        url = url or default_feedback_url()
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(url)
        metadata.create_all(self.engine)

    def record(self, service_id: str, reason: str, day: Optional[date] = None) -> None:
        if reason not in REASONS:
            raise ValueError(f"reason must be one of {', '.join(REASONS)}, got {reason!r}")
        row = {"service_id": service_id, "reason": reason, "day": day or date.today(), "count": 1}
        insert = postgres_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        statement = insert(listing_feedback).values(**row).on_conflict_do_update(
            index_elements=["service_id", "reason", "day"],
            set_={"count": listing_feedback.c.count + 1},
        )
        with self.engine.begin() as connection:
            connection.execute(statement)

    def counts(self) -> list[dict]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(listing_feedback).order_by(listing_feedback.c.day, listing_feedback.c.service_id)
            ).mappings().all()
        return [dict(row) for row in rows]

    def close(self) -> None:
        self.engine.dispose()
