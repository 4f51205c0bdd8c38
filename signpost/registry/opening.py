"""Opening hours: whether a service is open at a moment, and when it next opens.

Schedules are weekly rows in the HSDS style (``byday`` day codes, ``opens_at``/``closes_at`` as
"HH:MM" Europe/London wall-clock times, "24:00" meaning midnight at the end of the day). A session
that runs past midnight is written as two rows; the rows are joined back into one session here.

A row's session runs from the first moment the London wall clock shows ``opens_at`` to the first
moment it shows ``closes_at``. So on the day the clocks go forward a 00:00-24:00 row is open
throughout (23 real hours) and a 01:00-03:00 row lasts one hour (the clock jumps from 01:00 to
02:00); on the day they go back that row lasts three hours, and a 00:00-24:00 row twenty-five.
Outside the hour the clocks go back, that is the same as "the wall clock is inside the row".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime, time, timedelta, timezone
from typing import Optional, Sequence, Tuple
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, cast, func

LONDON = ZoneInfo("Europe/London")
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
END_OF_DAY = "24:00"

# A weekly timetable has a gap somewhere in every week unless it is open around the clock; this
# many days either side of a moment is enough to find the whole session around it.
_SEARCH_DAYS = 8


@dataclass(frozen=True)
class Schedule:
    """One weekly timetable row: open on each of ``byday`` from ``opens_at`` to ``closes_at``."""

    byday: Tuple[str, ...]
    opens_at: str
    closes_at: str
    freq: str = "WEEKLY"


def london_time(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got naive {moment.isoformat()}")
    return moment.astimezone(LONDON)


def open_rows_window(moment: datetime) -> Tuple[str, str, str, bool]:
    """What a row must satisfy to be open at ``moment``, for filtering rows in SQL.

    Returns ``(day, earliest, latest, exact)``: the row is for ``day`` with ``opens_at <= latest``
    and ``closes_at > earliest``. When the clocks go back the wall-clock time is ambiguous, so the
    window widens by the repeated hour and ``exact`` is False: check candidates with ``is_open``.
    """
    local = london_time(moment)
    day = DAY_CODES[local.weekday()]
    other_reading = local.replace(fold=1 - local.fold)
    repeated = abs(other_reading.utcoffset() - local.utcoffset())
    if not repeated:
        clock = local.strftime("%H:%M")
        return day, clock, clock, True
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    wall = local.replace(tzinfo=None)
    earliest = max(wall - repeated, midnight).strftime("%H:%M")
    latest = min(wall + repeated, midnight + timedelta(hours=23, minutes=59)).strftime("%H:%M")
    return day, earliest, latest, False


MINUTES_PER_DAY = 24 * 60


def week_minute(day: str, clock: str) -> int:
    """Minutes from Monday 00:00 to ``clock`` ("HH:MM", "24:00" the end of the day) on ``day``, by
    the wall clock: how search stores a schedule row (schema.TimetableOpening), so that "open at"
    is one range of integers. The loader writes the same numbers in SQL (week_minute_sql)."""
    hours, minutes = clock.split(":")
    return DAY_CODES.index(day) * MINUTES_PER_DAY + int(hours) * 60 + int(minutes)


def week_minute_sql(day_index, clock):
    """week_minute in SQL, for a day's index (0 for Monday) and an "HH:MM" column."""
    return (day_index * MINUTES_PER_DAY + cast(func.substr(clock, 1, 2), Integer) * 60
            + cast(func.substr(clock, 4, 2), Integer))


def is_open(schedules: Sequence[Schedule], at: datetime) -> bool:
    session = next_opening(schedules, at)
    return session is not None and session[0].astimezone(timezone.utc) <= at.astimezone(timezone.utc)


def next_opening(
    schedules: Sequence[Schedule], after: datetime
) -> Optional[Tuple[datetime, Optional[datetime]]]:
    """The session open at ``after``, or else the next one to open: ``(start, end)`` in London time.

    A service open around the clock has no session boundaries: it returns ``(after, None)``.
    Returns None when the schedules never open.
    """
    # Compared and subtracted in UTC: Python compares two datetimes that share a tzinfo by their
    # wall clocks, which is wrong across a clock change.
    after_utc = after.astimezone(timezone.utc)
    today = london_time(after).date()
    sessions = _joined_sessions(schedules, today - timedelta(days=_SEARCH_DAYS), today + timedelta(days=_SEARCH_DAYS))
    for start, end in sessions:
        if end > after_utc:
            if end - start >= timedelta(days=7):
                return after_utc.astimezone(LONDON), None
            return start.astimezone(LONDON), end.astimezone(LONDON)
    return None


def _joined_sessions(
    schedules: Sequence[Schedule], first_day: date, last_day: date
) -> list[Tuple[datetime, datetime]]:
    sessions = []
    day = first_day
    while day <= last_day:
        code = DAY_CODES[day.weekday()]
        for row in schedules:
            if code in row.byday:
                start = _moment(day, row.opens_at)
                end = _moment(day, row.closes_at)
                if end > start:
                    sessions.append((start, end))
        day += timedelta(days=1)
    sessions.sort()
    joined: list[Tuple[datetime, datetime]] = []
    for start, end in sessions:
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


@lru_cache(maxsize=4096)  # the same days and opening times come back for every service on a page
def _moment(day: date, clock: str) -> datetime:
    """The first moment (in UTC) at which the London wall clock on ``day`` has reached ``clock``."""
    if clock == END_OF_DAY:
        day, clock = day + timedelta(days=1), "00:00"
    hours, minutes = (int(part) for part in clock.split(":"))
    wall = datetime.combine(day, time(hours, minutes))
    moment = wall.replace(tzinfo=LONDON).astimezone(timezone.utc)
    if moment.astimezone(LONDON).replace(tzinfo=None) == wall:
        return moment
    # The clocks jump over this time (spring forward): the session starts or ends at the jump,
    # the first whole minute whose wall clock is past the requested time.
    before, after = wall.replace(tzinfo=LONDON, fold=1).astimezone(timezone.utc), moment
    while after - before > timedelta(minutes=1):
        middle = before + timedelta(minutes=(after - before) // timedelta(minutes=1) // 2)
        if middle.astimezone(LONDON).replace(tzinfo=None) >= wall:
            after = middle
        else:
            before = middle
    return after
