"""Reports from residents and staff ("this information is wrong", "this service has closed"), read
for the people who keep the registry.

The web app keeps them as anonymous daily counts per (service, reason, day) in the feedback store
(signpost.registry.feedback); nothing about the reporter exists to read. This module only reads them.

A service is flagged "reported closed, being checked" when it has at least CLOSURE_REPORTS closure
reports on days within the last CLOSURE_PERIOD_DAYS days, counting only reports made after the last
review of it. A flagged service is ranked after every other result until someone reviews it:

    signpost registry review SERVICE open     # checked: still running; earlier reports no longer count
    signpost registry review SERVICE closed   # checked: closed; not offered until reviewed open again

Reviews are kept in the registry database (closure_review) and survive reloads of the registry file.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable, Optional

from sqlalchemy import MetaData, Table, create_engine, inspect, select
from sqlalchemy.engine import Engine, make_url

CLOSURE_REPORTS = 3
CLOSURE_PERIOD_DAYS = 28
REVIEW_DECISIONS = ("open", "closed")
FLAGS_CACHE_SECONDS = 60


@dataclass(frozen=True)
class ReportCount:
    service_id: str
    reason: str  # "wrong" | "closed"
    day: date
    count: int


@dataclass(frozen=True)
class ClosureFlags:
    """Services reported closed and waiting for a check, and services a keeper confirmed closed."""

    reported: frozenset[str] = frozenset()
    closed: frozenset[str] = frozenset()


@dataclass
class ServiceReports:
    service_id: str
    wrong: int = 0
    closed: int = 0
    first_day: Optional[date] = None
    last_day: Optional[date] = None
    flagged: bool = False
    review: Optional[tuple[str, date]] = None  # (decision, day)
    days: list[ReportCount] = field(default_factory=list)


def read_reports(feedback_url: str, since: Optional[date] = None) -> list[ReportCount]:
    """Every report count in the feedback store (since a day, when given); [] when it does not exist yet."""
    engine = _feedback_engine(feedback_url)
    if engine is None:
        return []
    try:
        if not inspect(engine).has_table("listing_feedback"):
            return []
        table = Table("listing_feedback", MetaData(), autoload_with=engine)
        statement = select(table.c.service_id, table.c.reason, table.c.day, table.c["count"])
        if since is not None:
            statement = statement.where(table.c.day >= since)
        with engine.connect() as connection:
            rows = connection.execute(statement.order_by(table.c.day, table.c.service_id)).all()
        return [ReportCount(row[0], row[1], row[2], row[3]) for row in rows]
    finally:
        engine.dispose()


def _feedback_engine(feedback_url: str) -> Optional[Engine]:
    parsed = make_url(feedback_url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        if not Path(parsed.database).exists():
            return None  # nobody has reported anything yet: do not create the store by reading it
    return create_engine(feedback_url)


def closure_flags(
    reports: Iterable[ReportCount], reviews: dict[str, tuple[str, date]], today: date
) -> ClosureFlags:
    """Which services are flagged reported-closed, and which a review confirmed closed."""
    window_start = today - timedelta(days=CLOSURE_PERIOD_DAYS - 1)
    counts: dict[str, int] = {}
    for report in reports:
        if report.reason != "closed" or report.day < window_start or report.day > today:
            continue
        review = reviews.get(report.service_id)
        if review is not None and report.day <= review[1]:
            continue
        counts[report.service_id] = counts.get(report.service_id, 0) + report.count
    closed = frozenset(service_id for service_id, (decision, _) in reviews.items() if decision == "closed")
    reported = frozenset(service_id for service_id, count in counts.items() if count >= CLOSURE_REPORTS)
    return ClosureFlags(reported=reported - closed, closed=closed)


def by_service(
    reports: Iterable[ReportCount], reviews: dict[str, tuple[str, date]], today: date
) -> dict[str, ServiceReports]:
    """The reports gathered per service, with each service's flag and last review."""
    reports = list(reports)
    flags = closure_flags(reports, reviews, today)
    gathered: dict[str, ServiceReports] = {}
    for report in reports:
        entry = gathered.setdefault(report.service_id, ServiceReports(report.service_id))
        if report.reason == "closed":
            entry.closed += report.count
        else:
            entry.wrong += report.count
        entry.first_day = min(filter(None, (entry.first_day, report.day)))
        entry.last_day = max(filter(None, (entry.last_day, report.day)))
        entry.days.append(report)
    for service_id, entry in gathered.items():
        entry.flagged = service_id in flags.reported
        entry.review = reviews.get(service_id)
    return gathered


class FlagCache:
    """The current ClosureFlags, read again at most every FLAGS_CACHE_SECONDS."""

    def __init__(self, feedback_url: Optional[str], read_reviews, today):
        self.feedback_url = feedback_url
        self._read_reviews = read_reviews
        self._today = today
        self._flags = ClosureFlags()
        self._read_at: Optional[float] = None

    def get(self) -> ClosureFlags:
        now = time.monotonic()
        if self._read_at is None or now - self._read_at > FLAGS_CACHE_SECONDS:
            self.refresh()
        return self._flags

    def refresh(self) -> None:
        today = self._today()
        reviews = self._read_reviews()
        reports = (
            read_reports(self.feedback_url, since=today - timedelta(days=CLOSURE_PERIOD_DAYS - 1))
            if self.feedback_url else []
        )
        self._flags = closure_flags(reports, reviews, today)
        self._read_at = time.monotonic()
