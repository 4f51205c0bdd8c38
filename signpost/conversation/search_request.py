"""From what the person has said (conversation slots) to a registry query.

The conversation keeps facets as slots; this module is the one place that turns them into a
SearchQuery, so the actions, the CLI and the tests agree on what a request means.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Mapping, Optional, Sequence
from zoneinfo import ZoneInfo

from signpost.geography import Place, load_gazetteer
from signpost.registry import SearchQuery
from signpost.registry.opening import next_opening
from signpost.understanding.vocabulary import ALONE_PARTS_OF_DAY, DAYS, SEARCH_FACETS, SPANS_OF_DAYS, day_and_part
from signpost.vocabulary import FEE_FILTERS, GENDER_FILTERS, HELPLINE

LONDON = ZoneInfo("Europe/London")
ANYWHERE = "anywhere"
PAGE_SIZE = 3
# Needs met by phone or online lines, where a place adds nothing.
PLACELESS_NEEDS = {HELPLINE}
FACET_SLOTS = (
    "need", "place", "service_language", "community", "gender", "faith",
    "time", "fees", "referral", "age",
)


MAX_PREFERRED_SERVICES = 20


@dataclass(frozen=True)
class EmbedConfig:
    """What the page embedding the widget asked for, sent as ``metadata.embed`` with each message.

    Only two things, and both only shape the search: the area to look in when the person names
    none, and the host's own services to rank first among the matches. Nothing here is read by
    the safety layer or the crisis response, so no embedding can switch them off or narrow them.
    """

    area: Optional[str] = None
    services: tuple[str, ...] = ()

    @classmethod
    def from_metadata(cls, metadata: Any) -> "EmbedConfig":
        """Reads ``metadata["embed"]``, ignoring anything malformed or unknown (it comes from a web page)."""
        embed = metadata.get("embed") if isinstance(metadata, Mapping) else None
        if not isinstance(embed, Mapping):
            return cls()
        area = embed.get("area")
        area = area.strip()[:80] if isinstance(area, str) and area.strip() else None
        services = embed.get("services")
        ids = tuple(
            str(s).strip() for s in (services if isinstance(services, (list, tuple)) else [])
            if isinstance(s, str) and s.strip()
        )[:MAX_PREFERRED_SERVICES]
        return cls(area=area, services=ids)

    @property
    def place(self) -> Optional[Place]:
        return resolve_place(self.area)


@dataclass
class SearchRequest:
    query: SearchQuery
    needs: list[str] = field(default_factory=list)
    place: Optional[Place] = None
    place_text: Optional[str] = None
    anywhere: bool = False
    window: Optional[TimeWindow] = None


def as_list(value: Any) -> list[str]:
    """A slot's values in order, each once ("a counsellor ... a woman counsellor" names one need)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(dict.fromkeys(str(v) for v in value if v not in (None, "")))
    return [str(value)] if value != "" else []


def needs_place(slots: Mapping[str, Any]) -> bool:
    needs = set(as_list(slots.get("need")))
    return not (needs and needs <= PLACELESS_NEEDS)


def has_any_facet(slots: Mapping[str, Any]) -> bool:
    return any(as_list(slots.get(name)) for name in SEARCH_FACETS)


def resolve_place(text: Optional[str]) -> Optional[Place]:
    if not text or text == ANYWHERE:
        return None
    return load_gazetteer().resolve(text)


def parse_age(value: Any) -> Optional[int]:
    try:
        age = int(float(str(value)))
    except (TypeError, ValueError):
        return None
    return age if 0 < age < 120 else None


# "tonight" lasts until the morning: somewhere open at any time before then will do.
MORNING_HOUR = 6
EVENING_HOUR = 17
# The hours of a part of a day, from and until (past 24 is the next morning). A night is the
# evening's hours: "at night" has always meant evening, and a Friday-night group may start at 7.
PART_HOURS = {
    "morning": (MORNING_HOUR, 12),
    "afternoon": (12, EVENING_HOUR),
    "evening": (EVENING_HOUR, 24 + MORNING_HOUR),
    "night": (EVENING_HOUR, 24 + MORNING_HOUR),
}
WHOLE_DAY = (0, 24)


@dataclass(frozen=True)
class TimeWindow:
    """When the person wants help: a service qualifies when it is open at some time in [start, end),
    or in the next span (a weekend asked about on a Sunday evening: what is left of it, and the next)."""

    name: str  # the time slot's value: now, tonight, today, evening, weekend, tomorrow, friday night, ...
    start: datetime
    end: datetime
    then: Optional["TimeWindow"] = None
    day: Optional[str] = None  # a day of the week or "tomorrow", when a part of it was asked for or it was named
    part: Optional[str] = None  # the part of that day: morning, afternoon, evening, night

    def admits(self, service: Any) -> bool:
        """Open at some moment of the window; a service with no opening times is not ruled out
        (its hours are unknown, and a phone line or website may well answer)."""
        if not service.schedules:
            return True
        session = next_opening(service.schedules, self.start)
        if session is not None and session[0] < self.end:
            return True
        return self.then is not None and self.then.admits(service)


def _next_morning(now: datetime) -> datetime:
    morning = now.replace(hour=MORNING_HOUR, minute=0, second=0, microsecond=0)
    return morning if now < morning else morning + timedelta(days=1)


def time_window(time_slot: Optional[str], now: datetime) -> Optional[TimeWindow]:
    """The window a time slot value means, from `now`; None for no time constraint."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if time_slot == "now":
        return TimeWindow("now", now, now + timedelta(minutes=1))
    if time_slot == "tonight":
        return TimeWindow("tonight", now, _next_morning(now))
    if time_slot == "today":
        return TimeWindow("today", now, midnight + timedelta(days=1))
    day, part = day_and_part(time_slot or "")
    if day in SPANS_OF_DAYS or time_slot == "weekdays":
        return _span_window(time_slot, day or time_slot, part, now)
    if day is not None or part in ALONE_PARTS_OF_DAY:
        return _day_window(time_slot, day, part, now)
    if time_slot == "tomorrow":
        return TimeWindow("tomorrow", midnight + timedelta(days=1), midnight + timedelta(days=2))
    if time_slot == "weekend":
        saturday = midnight + timedelta(days=(5 - now.weekday()) % 7)
        if now.weekday() == 6:  # Sunday: the rest of this weekend, and the next one ("on a Sunday")
            saturday = midnight - timedelta(days=1)
            following = saturday + timedelta(days=7)
            return TimeWindow("weekend", now, saturday + timedelta(days=2),
                              then=TimeWindow("weekend", following, following + timedelta(days=2)))
        return TimeWindow("weekend", max(now, saturday), saturday + timedelta(days=2))
    return None


def _day_window(name: str, day: Optional[str], part: Optional[str], now: datetime) -> TimeWindow:
    """The next time it is that day (today, if that time of it has not passed), during that part
    of it or all day: "friday night" on a Friday at noon is tonight, on a Saturday next Friday's."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    first, last = PART_HOURS[part] if part else WHOLE_DAY
    if day == "tomorrow":
        date = midnight + timedelta(days=1)
    else:
        date = midnight + timedelta(days=(DAYS.index(day) - now.weekday()) % 7 if day else 0)
        if date + timedelta(hours=last) <= now:
            date += timedelta(days=7 if day else 1)
    start = max(now, date + timedelta(hours=first))
    # "in the evening" with no day is as often a habit as this evening ("tonight" is its own value):
    # the next one counts too, which matters when little of this one is left
    following = None
    if day is None and part is not None:
        tomorrow = date + timedelta(days=1)
        following = TimeWindow(name, tomorrow + timedelta(hours=first), tomorrow + timedelta(hours=last), part=part)
    return TimeWindow(name, start, date + timedelta(hours=last), then=following,
                      day=day, part=part)


def _span_window(name: str, span: str, part: Optional[str], now: datetime) -> TimeWindow:
    """Each day of a span ("weekdays", "weekend") from now on, during that part of it or all day,
    once: "weekday mornings" on a Tuesday at noon are Wednesday's to Friday's and next Monday's and
    Tuesday's; the first that has not passed is the window, the others follow as ``then``."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    first, last = PART_HOURS[part] if part else WHOLE_DAY
    days = SPANS_OF_DAYS[span]
    windows: list = []
    for ahead in range(8):
        date = midnight + timedelta(days=ahead)
        if DAYS[date.weekday()] in days and date + timedelta(hours=last) > now and len(windows) < len(days):
            windows.append(TimeWindow(name, max(now, date + timedelta(hours=first)), date + timedelta(hours=last),
                                      day=span if part else None, part=part))
    following: Optional[TimeWindow] = None
    for window in reversed(windows):
        following = replace(window, then=following)
    return following


def within(services: Sequence, window: Optional[TimeWindow]) -> list:
    return [s for s in services if window is None or window.admits(s)]


def request_from_slots(
    slots: Mapping[str, Any], now: Optional[datetime] = None, offset: int = 0, limit: int = PAGE_SIZE,
    embed: Optional[EmbedConfig] = None,
) -> SearchRequest:
    """``embed``: the embedding page's area stands in for a place the person has not named, and
    its services rank first."""
    now = now or datetime.now(LONDON)
    embed = embed or EmbedConfig()
    # A time is not a registry filter: the caller keeps the services open in request.window and,
    # when that leaves none, says so and shows the rest (a time word must not empty the list).
    place_text = slots.get("place") or (embed.area if embed.place is not None else None)
    place = resolve_place(place_text)
    needs = as_list(slots.get("need"))
    gender = slots.get("gender") if slots.get("gender") in GENDER_FILTERS else None
    # fees "any" ("paying is fine") asks for no filter on cost
    fees = slots.get("fees") if slots.get("fees") in FEE_FILTERS else None
    query = SearchQuery(
        categories=needs,
        place=place,
        languages=as_list(slots.get("service_language")),
        communities=as_list(slots.get("community")),
        gender=gender,
        gender_only=bool(gender and slots.get("gender_only")),
        age=parse_age(slots.get("age")),
        faith=slots.get("faith") or None,
        fees=fees,
        referral=as_list(slots.get("referral")),
        open_at=None,
        include_national=True,
        preferred=list(embed.services),
        limit=limit,
        offset=offset,
        now=now,
    )
    return SearchRequest(
        query=query,
        needs=needs,
        place=place,
        place_text=place_text,
        anywhere=place_text == ANYWHERE,
        window=time_window(slots.get("time"), now),
    )
