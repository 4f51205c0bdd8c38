"""From what the person has said (conversation slots) to a registry query.

The conversation keeps facets as slots; this module is the one place that turns them into a
SearchQuery, so the actions, the CLI and the tests agree on what a request means.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping, Optional
from zoneinfo import ZoneInfo

from signpost.geography import Place, load_gazetteer
from signpost.registry import SearchQuery

LONDON = ZoneInfo("Europe/London")
ANYWHERE = "anywhere"
PAGE_SIZE = 3
# Needs met by phone or online lines, where a place adds nothing.
PLACELESS_NEEDS = {"helpline"}
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


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v not in (None, "")]
    return [str(value)] if value != "" else []


def needs_place(slots: Mapping[str, Any]) -> bool:
    needs = set(as_list(slots.get("need")))
    return not (needs and needs <= PLACELESS_NEEDS)


def has_any_facet(slots: Mapping[str, Any]) -> bool:
    return any(as_list(slots.get(name)) for name in ("need", "service_language", "community", "faith", "gender"))


def resolve_place(text: Optional[str]) -> Optional[Place]:
    if not text or text == ANYWHERE:
        return None
    return load_gazetteer().resolve(text)


def resolve_answered_place(text: str) -> Optional[Place]:
    """A bare answer to "where?": the place it names, or the one a misspelling means."""
    if not text or text == ANYWHERE:
        return None
    gazetteer = load_gazetteer()
    return gazetteer.resolve(text) or gazetteer.resolve_misspelt(text)


def parse_age(value: Any) -> Optional[int]:
    try:
        age = int(float(str(value)))
    except (TypeError, ValueError):
        return None
    return age if 0 < age < 120 else None


def open_at_for(time_slot: Optional[str], now: datetime) -> Optional[datetime]:
    if time_slot in ("now", "tonight", "today"):
        return now
    return None


def request_from_slots(
    slots: Mapping[str, Any], now: Optional[datetime] = None, offset: int = 0, limit: int = PAGE_SIZE,
    embed: Optional[EmbedConfig] = None,
) -> SearchRequest:
    """``embed``: the embedding page's area stands in for a place the person has not named, and
    its services rank first."""
    now = now or datetime.now(LONDON)
    embed = embed or EmbedConfig()
    place_text = slots.get("place") or (embed.area if embed.place is not None else None)
    place = resolve_place(place_text)
    needs = as_list(slots.get("need"))
    gender = slots.get("gender") if slots.get("gender") in ("women", "men") else None
    fees = slots.get("fees") if slots.get("fees") in ("free", "low_cost") else None
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
        open_at=open_at_for(slots.get("time"), now),
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
    )
