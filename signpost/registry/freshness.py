"""How fresh a record is, from its `assured_date` (the day it was last checked with the service).

    current   checked within the last SIGNPOST_DUE_MONTHS months (default 6)
    due       older than that: offered, with "last checked <month year>" on the card and the staff
              page, and listed by `signpost registry due` for the people who keep the registry
    stale     older than SIGNPOST_STALE_MONTHS months (default 12): not offered to residents, shown
              to staff with a warning

A record without an assured date (only sample records and imported ones may lack it) is due.
`signpost registry due` also lists every record with a `check_note` (why it must be checked with the
service before it is relied on), whatever its date.
"""
from __future__ import annotations

import os
from datetime import date, datetime
from typing import Optional

from signpost.registry.opening import LONDON

CURRENT = "current"
DUE = "due"
STALE = "stale"
STATES = (CURRENT, DUE, STALE)


def _months(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"{name}={value!r}: expected a whole number of months")
    return int(value)


def due_months() -> int:
    return _months("SIGNPOST_DUE_MONTHS", 6)


def stale_months() -> int:
    months = _months("SIGNPOST_STALE_MONTHS", 12)
    if months <= due_months():
        raise ValueError(f"SIGNPOST_STALE_MONTHS ({months}) must be more than SIGNPOST_DUE_MONTHS ({due_months()})")
    return months


def today() -> date:
    return datetime.now(LONDON).date()


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day when it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def due_before(on: date) -> date:
    """Records assured before this day are due for a check."""
    return months_before(on, due_months())


def stale_before(on: date) -> date:
    """Records assured before this day are stale."""
    return months_before(on, stale_months())


def state(assured: Optional[date], on: date) -> str:
    if assured is None:
        return DUE
    if assured < stale_before(on):
        return STALE
    if assured < due_before(on):
        return DUE
    return CURRENT
