"""Read models: a service as the rest of the product sees it, flat and immutable."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Optional, Sequence, Tuple

from sqlalchemy import Float, String, Text, any_, bindparam, cast, literal, null, select, union_all
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from signpost.geography import distance_km
from signpost.registry import freshness, schema
from signpost.registry.opening import LONDON, Schedule, next_opening


@dataclass(frozen=True)
class TaxonomyTerm:
    code: str
    name: str


@dataclass(frozen=True)
class Phone:
    number: str
    type: str
    description: Optional[str] = None


@dataclass(frozen=True)
class Location:
    name: Optional[str]
    address_1: Optional[str]
    city: Optional[str]
    postal_code: Optional[str]
    latitude: Optional[float]
    longitude: Optional[float]


@dataclass(frozen=True)
class ServiceView:
    id: str
    name: str
    organization: str
    organization_id: str
    description: Optional[str]
    status: str
    categories: Tuple[str, ...]
    languages: Tuple[str, ...]
    interpretation_services: Optional[str]
    communities: Tuple[str, ...]
    culturally_specific: bool
    gender: str
    minimum_age: Optional[int]
    maximum_age: Optional[int]
    faith: Optional[str]
    eligibility_description: Optional[str]
    fees: Optional[str]
    referral: Tuple[str, ...]
    crisis_alternative: bool
    confidentiality: Optional[str]
    phones: Tuple[Phone, ...]
    email: Optional[str]
    url: Optional[str]
    locations: Tuple[Location, ...]
    service_areas: Tuple[str, ...]
    schedules: Tuple[Schedule, ...]
    assured_date: Optional[date]
    sample: bool
    led_by: Tuple[str, ...]
    sources: Tuple[str, ...]  # the public pages the service's facts come from
    organization_sources: Tuple[str, ...]
    is_national: bool
    distance_km: Optional[float]
    open_now: bool
    next_opening: Optional[datetime]  # start of the session open now, or of the next one
    next_closing: Optional[datetime]  # end of that session; None for a service that never closes
    freshness: str = freshness.CURRENT  # current | due | stale, from assured_date (signpost.registry.freshness)
    reported_closed: bool = False  # reported closed by residents or staff, being checked
    # why the record must be checked before it is relied on: English free text for staff (the staff page
    # and the API carry it as an HSDS attribute), never in the residents' payload
    check_note: Optional[str] = None

    def to_payload(self) -> dict:
        """A JSON-serialisable summary, for custom message payloads and the API."""
        return {
            "id": self.id,
            "name": self.name,
            "organization": self.organization,
            "sample": self.sample,
            "languages": list(self.languages),
            "fees": self.fees,
            "referral": list(self.referral),
            "phones": [
                {"number": phone.number, "type": phone.type, "description": phone.description}
                for phone in self.phones
            ],
            "url": self.url,
            "email": self.email,
            "locations": [
                {"name": location.name, "address_1": location.address_1, "city": location.city,
                 "postal_code": location.postal_code, "latitude": location.latitude,
                 "longitude": location.longitude}
                for location in self.locations
            ],
            "is_national": self.is_national,
            "distance_km": round(self.distance_km, 1) if self.distance_km is not None else None,
            "open_now": self.open_now,
            "next_opening": self.next_opening.isoformat() if self.next_opening else None,
            "crisis_alternative": self.crisis_alternative,
            "assured_date": self.assured_date.isoformat() if self.assured_date else None,
            "freshness": self.freshness,
            "reported_closed": self.reported_closed,
            "sources": list(self.sources),
        }


def load_views(
    session: Session, ids: Sequence[str], now: datetime, point: Optional[Tuple[float, float]] = None,
    reported: frozenset[str] = frozenset(),
) -> list[ServiceView]:
    """The services with these ids (those that exist), in the order of ``ids``: read with two plain
    queries, not as ORM objects, since a search page is read on every turn (and on PostgreSQL each
    query is a round trip to the server). With a ``point`` (latitude, longitude), each has the
    distance to its nearest location."""
    ids = list(dict.fromkeys(ids))
    if len(ids) > _BATCH:  # a bound parameter per id in each of the queries' parts: keep under SQLite's limit
        return [view for start in range(0, len(ids), _BATCH)
                for view in load_views(session, ids[start : start + _BATCH], now, point, reported)]
    if not ids:
        return []
    connection = session.connection()
    rows = {row.id: row for row in connection.execute(_SERVICES[connection.dialect.name == "postgresql"],
                                                      {"ids": ids})}
    if not rows:
        return []
    lists = _lists(connection, list(rows), sorted({row.organization_id for row in rows.values()}))
    today = now.astimezone(LONDON).date() if now.tzinfo else now.date()

    def one_column(list_name: str, owner: str) -> tuple:
        """A one-column list (codes, names, links) of a service or organisation."""
        return tuple(value for (value,) in lists[list_name].get(owner, ()))

    views = []
    for service_id in ids:
        row = rows.get(service_id)
        if row is None:
            continue
        locations = tuple(Location(*location) for location in lists["locations"].get(service_id, ()))
        schedules = tuple(Schedule(tuple(byday.split(",")), opens_at, closes_at, freq)
                          for byday, opens_at, closes_at, freq in lists["schedules"].get(service_id, ()))
        session_now = next_opening(schedules, now) if schedules else None
        views.append(ServiceView(
            id=row.id,
            name=row.name,
            organization=row.organization_name,
            organization_id=row.organization_id,
            description=row.description,
            status=row.status,
            categories=one_column("categories", service_id),
            languages=one_column("languages", service_id),
            interpretation_services=row.interpretation_services,
            communities=one_column("communities", service_id),
            culturally_specific=row.culturally_specific,
            gender=row.gender,
            minimum_age=row.minimum_age,
            maximum_age=row.maximum_age,
            faith=row.faith,
            eligibility_description=row.eligibility_description,
            fees=row.fees,
            referral=one_column("referrals", service_id),
            crisis_alternative=row.crisis_alternative,
            confidentiality=row.confidentiality,
            phones=tuple(Phone(*phone) for phone in lists["phones"].get(service_id, ())),
            email=row.email,
            url=row.url,
            locations=locations,
            service_areas=one_column("service_areas", service_id),
            schedules=schedules,
            assured_date=row.assured_date,
            sample=row.sample,
            led_by=one_column("led_by", row.organization_id),
            sources=one_column("sources", service_id),
            organization_sources=one_column("organization_sources", row.organization_id),
            is_national=row.is_national,
            distance_km=_nearest(point, locations),
            # the session open now starts no later than now (is_open, without working it out twice)
            open_now=session_now is not None and session_now[0].astimezone(timezone.utc) <= now.astimezone(timezone.utc),
            next_opening=session_now[0] if session_now else None,
            next_closing=session_now[1] if session_now else None,
            freshness=freshness.state(row.assured_date, today),
            reported_closed=service_id in reported,
            check_note=row.check_note,
        ))
    return views


def _nearest(point: Optional[Tuple[float, float]], locations: Sequence[Location]) -> Optional[float]:
    """The distance in km from ``point`` to the nearest of ``locations`` that has a position."""
    if point is None:
        return None
    return min((distance_km(point[0], point[1], location.latitude, location.longitude)
                for location in locations if location.latitude is not None), default=None)


# every list a view has: name -> (the column naming the owner, the text columns, the number columns,
# the order); owners are services, except for the organization's lists
_LIST_COLUMNS = {
    "categories": (schema.ServiceTaxonomy.service_id, (schema.ServiceTaxonomy.taxonomy_term_id,), (),
                   schema.ServiceTaxonomy.position),
    "languages": (schema.Language.service_id, (schema.Language.code,), (), schema.Language.position),
    "communities": (schema.ServiceCommunity.service_id, (schema.ServiceCommunity.community,), (),
                    schema.ServiceCommunity.position),
    "referrals": (schema.ServiceReferral.service_id, (schema.ServiceReferral.referral,), (),
                  schema.ServiceReferral.position),
    "phones": (schema.Phone.service_id, (schema.Phone.number, schema.Phone.type, schema.Phone.description), (),
               schema.Phone.position),
    "locations": (schema.ServiceAtLocation.service_id,
                  (schema.Location.name, schema.Location.address_1, schema.Location.city,
                   schema.Location.postal_code),
                  (schema.Location.latitude, schema.Location.longitude), schema.ServiceAtLocation.position),
    "service_areas": (schema.ServiceArea.service_id, (schema.ServiceArea.name,), (), schema.ServiceArea.position),
    "schedules": (schema.Schedule.service_id,
                  (schema.Schedule.byday, schema.Schedule.opens_at, schema.Schedule.closes_at, schema.Schedule.freq),
                  (), schema.Schedule.position),
    "sources": (schema.ServiceSource.service_id, (schema.ServiceSource.url,), (), schema.ServiceSource.position),
    "led_by": (schema.OrganizationLedBy.organization_id, (schema.OrganizationLedBy.led_by,), (),
               schema.OrganizationLedBy.position),
    "organization_sources": (schema.OrganizationSource.organization_id, (schema.OrganizationSource.url,), (),
                             schema.OrganizationSource.position),
}
_TEXTS, _NUMBERS = 4, 2  # the most text and number columns a list has
_BATCH = 500  # services read at once


def _among(column, name: str, arrays: bool):
    """``column`` is one of the values bound as ``name``: with ``arrays`` (PostgreSQL) one array
    parameter, so the statement's text is the same for any number of values and the driver prepares
    it once; else an IN list of as many parameters as values."""
    if arrays:
        return column == any_(bindparam(name, type_=ARRAY(String)))
    return column.in_(bindparam(name, expanding=True))


def _services_statement(arrays: bool):
    return (
        select(schema.Service.__table__, schema.Organization.name.label("organization_name"))
        .join(schema.Organization, schema.Organization.id == schema.Service.organization_id)
        .where(_among(schema.Service.id, "ids", arrays))
    )


def _lists_statement(arrays: bool):
    """One UNION ALL of every list, each padded to the same columns: (list, owner, position, texts,
    numbers)."""
    parts = []
    for name, (owner, texts, numbers, position) in _LIST_COLUMNS.items():
        owners = "organizations" if owner.table.name.startswith("organization") else "ids"
        part = select(
            literal(name, String).label("list"), owner.label("owner"), position.label("position"),
            *(cast(column, Text) for column in texts), *([cast(null(), Text)] * (_TEXTS - len(texts))),
            *numbers, *([cast(null(), Float)] * (_NUMBERS - len(numbers))),
        ).select_from(owner.table).where(_among(owner, owners, arrays))
        if name == "locations":
            part = part.join(schema.Location, schema.Location.id == schema.ServiceAtLocation.location_id)
        parts.append(part)
    return union_all(*parts)


# built once (for databases with arrays and without): SQLAlchemy then reuses their compiled forms
# instead of rebuilding them for every page
_SERVICES = {arrays: _services_statement(arrays) for arrays in (False, True)}
_LISTS = {arrays: _lists_statement(arrays) for arrays in (False, True)}


def _lists(connection: Connection, ids: list[str], organizations: list[str]) -> dict[str, dict[str, list[tuple]]]:
    """list name -> owner id -> the owner's rows in order, each a tuple of the list's columns."""
    arrays = connection.dialect.name == "postgresql"
    ordered = sorted(connection.execute(_LISTS[arrays], {"ids": ids, "organizations": organizations}),
                     key=lambda row: (row[0], row[1], row[2]))
    lists: dict[str, dict[str, list[tuple]]] = {name: {} for name in _LIST_COLUMNS}
    for name, owner, _position, *values in ordered:
        _, texts, numbers, _ = _LIST_COLUMNS[name]
        kept = tuple(values[: len(texts)]) + tuple(values[_TEXTS : _TEXTS + len(numbers)])
        lists[name].setdefault(owner, []).append(kept)
    return lists
