"""Read models: a service as the rest of the product sees it, flat and immutable."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional, Tuple

from signpost.registry import freshness, schema
from signpost.registry.opening import LONDON, Schedule, is_open, next_opening


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


def service_view(
    service: schema.Service, now: datetime, distance_km: Optional[float] = None, reported_closed: bool = False
) -> ServiceView:
    schedules = tuple(
        Schedule(
            byday=tuple(row.byday.split(",")),
            opens_at=row.opens_at,
            closes_at=row.closes_at,
            freq=row.freq,
        )
        for row in service.schedules
    )
    session = next_opening(schedules, now) if schedules else None
    return ServiceView(
        id=service.id,
        name=service.name,
        organization=service.organization.name,
        organization_id=service.organization_id,
        description=service.description,
        status=service.status,
        categories=tuple(link.taxonomy_term_id for link in service.taxonomy_terms),
        languages=tuple(language.code for language in service.languages),
        interpretation_services=service.interpretation_services,
        communities=tuple(link.community for link in service.communities),
        culturally_specific=service.culturally_specific,
        gender=service.gender,
        minimum_age=service.minimum_age,
        maximum_age=service.maximum_age,
        faith=service.faith,
        eligibility_description=service.eligibility_description,
        fees=service.fees,
        referral=tuple(link.referral for link in service.referrals),
        crisis_alternative=service.crisis_alternative,
        confidentiality=service.confidentiality,
        phones=tuple(Phone(phone.number, phone.type, phone.description) for phone in service.phones),
        email=service.email,
        url=service.url,
        locations=tuple(
            Location(
                name=link.location.name,
                address_1=link.location.address_1,
                city=link.location.city,
                postal_code=link.location.postal_code,
                latitude=link.location.latitude,
                longitude=link.location.longitude,
            )
            for link in service.service_at_locations
        ),
        service_areas=tuple(area.name for area in service.service_areas),
        schedules=schedules,
        assured_date=service.assured_date,
        sample=service.sample,
        led_by=tuple(link.led_by for link in service.organization.led_by),
        sources=tuple(source.url for source in service.sources),
        organization_sources=tuple(source.url for source in service.organization.sources),
        is_national=service.is_national,
        distance_km=distance_km,
        open_now=is_open(schedules, now),
        next_opening=session[0] if session else None,
        next_closing=session[1] if session else None,
        freshness=freshness.state(service.assured_date, now.astimezone(LONDON).date() if now.tzinfo else now.date()),
        reported_closed=reported_closed,
        check_note=service.check_note,
    )
