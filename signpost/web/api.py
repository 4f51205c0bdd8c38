"""The registry as a JSON API in the Open Referral UK style: GET /services and GET /services/{id}.

Parameters are read strictly: an unknown parameter or a value out of range is a 400 whose body
names the parameter, so a partner's typo ("taxonmy_id") fails loudly instead of silently
returning everything. Searching is the registry library's (signpost.registry.search); this
module only maps parameters to a SearchQuery and services to HSDS-shaped JSON.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Mapping, Optional

from signpost.geography import Place
from signpost.registry import Registry, SearchQuery, ServiceView
from signpost.registry.iso639 import LANGUAGE_NAMES
from signpost.search_request import LONDON

DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 50
GENDERS = ("women", "men")
FEES = ("free", "low_cost")
REFERRALS = ("self", "walk_in", "gp", "professional")
BOOLEANS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
# name -> short description (also used for the OpenAPI document)
PARAMETERS: dict[str, str] = {
    "text": "Words in the service's name, description or organisation name.",
    "taxonomy_id": "Need codes (comma-separated, any of them), e.g. peer_support,advocacy.",
    "postcode": "A postcode, postcode district, town, borough or city in England to search in.",
    "proximity": "With postcode: only services with a location within this many metres.",
    "language": "ISO 639-1 codes (comma-separated): services whose staff speak one of them.",
    "community": "Community codes (comma-separated), e.g. somali,south_asian: ranked first, not a filter.",
    "gender": "women or men: leaves out services for the other gender.",
    "gender_only": "true: with gender, only services set up for that gender.",
    "faith": "A faith code, e.g. muslim: faith-based services of that faith ranked first, not a filter.",
    "fees": "free, or low_cost (which includes free).",
    "referral": "Access routes accepted (comma-separated): self, walk_in, gp, professional.",
    "age": "The person's age: leaves out services whose age range excludes it.",
    "open_now": "true: only services open at this moment (Europe/London).",
    "crisis_alternative": "true: only crisis alternatives (crisis cafes, safe havens, crisis houses); false: none.",
    "include_national": "false: leave out national phone and online lines (default true).",
    "widen": "true: when nothing matches, widen the search as the assistant does (nearby, national...).",
    "page": "Page number, from 1.",
    "per_page": f"Results per page, 1 to {MAX_PER_PAGE} (default {DEFAULT_PER_PAGE}).",
}


class BadParameter(ValueError):
    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter
        self.message = message

    def as_json(self) -> dict:
        return {"error": "bad_parameter", "parameter": self.parameter, "message": self.message}


@dataclass
class ServiceSearch:
    query: SearchQuery
    page: int
    per_page: int
    widen: bool


def _codes(params: Mapping[str, str], name: str) -> list[str]:
    value = params.get(name, "")
    return [part.strip() for part in value.split(",") if part.strip()]


def _boolean(params: Mapping[str, str], name: str) -> Optional[bool]:
    value = params.get(name, "").strip().lower()
    if not value:
        return None
    if value not in BOOLEANS:
        raise BadParameter(name, f"{name} must be true or false, got {params[name]!r}")
    return BOOLEANS[value]


def _integer(params: Mapping[str, str], name: str, low: int, high: int, default: Optional[int]) -> Optional[int]:
    value = params.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise BadParameter(name, f"{name} must be a whole number from {low} to {high}, got {value!r}") from None
    if not low <= number <= high:
        raise BadParameter(name, f"{name} must be from {low} to {high}, got {number}")
    return number


def _one_of(params: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> Optional[str]:
    value = params.get(name, "").strip().lower()
    if not value or value == "any":
        return None
    if value not in allowed:
        raise BadParameter(name, f"{name} must be one of {', '.join(allowed)}, got {params[name]!r}")
    return value


def parse_search(
    params: Mapping[str, str], resolve_place: Callable[[str], Optional[Place]],
    known_taxonomy: set[str], now: Optional[datetime] = None,
) -> ServiceSearch:
    """Query-string parameters to a ServiceSearch; BadParameter names the first bad one."""
    unknown = sorted(set(params) - set(PARAMETERS))
    if unknown:
        raise BadParameter(unknown[0], f"unknown parameter {unknown[0]!r}; known: {', '.join(PARAMETERS)}")
    now = now or datetime.now(LONDON)
    categories = _codes(params, "taxonomy_id")
    for code in categories:
        if code not in known_taxonomy:
            raise BadParameter("taxonomy_id", f"unknown taxonomy_id {code!r}; known: {', '.join(sorted(known_taxonomy))}")
    place = None
    place_text = params.get("postcode", "").strip()
    if place_text:
        place = resolve_place(place_text)
        if place is None:
            raise BadParameter("postcode", f"no place in England matches {place_text!r}")
    proximity = _integer(params, "proximity", 1, 500_000, None)
    if proximity is not None and place is None:
        raise BadParameter("proximity", "proximity needs a postcode to measure from")
    if proximity is not None and not place.has_point:
        raise BadParameter("proximity", f"{place.name} has no single point to measure from: give a postcode or town")
    languages = [code.lower() for code in _codes(params, "language")]
    for code in languages:
        if code not in LANGUAGE_NAMES:
            raise BadParameter("language", f"language must be ISO 639-1 codes such as ur or so, got {code!r}")
    referral = [code.lower() for code in _codes(params, "referral")]
    for code in referral:
        if code not in REFERRALS:
            raise BadParameter("referral", f"referral must be among {', '.join(REFERRALS)}, got {code!r}")
    gender = _one_of(params, "gender", GENDERS)
    gender_only = bool(_boolean(params, "gender_only"))
    if gender_only and gender is None:
        raise BadParameter("gender_only", "gender_only needs gender=women or gender=men")
    include_national = _boolean(params, "include_national")
    page = _integer(params, "page", 1, 10_000, 1)
    per_page = _integer(params, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE)
    text = params.get("text", "").strip()
    if len(text) > 200:
        raise BadParameter("text", "text must be at most 200 characters")
    faith = params.get("faith", "").strip().lower() or None
    query = SearchQuery(
        categories=categories,
        place=place,
        languages=languages,
        communities=[code.lower() for code in _codes(params, "community")],
        gender=gender,
        gender_only=gender_only,
        age=_integer(params, "age", 0, 120, None),
        faith=None if faith == "any" else faith,
        fees=_one_of(params, "fees", FEES),
        referral=referral,
        crisis_alternative=_boolean(params, "crisis_alternative"),
        open_at=now if _boolean(params, "open_now") else None,
        text=text or None,
        include_national=True if include_national is None else include_national,
        max_distance_km=proximity / 1000 if proximity is not None else None,
        limit=per_page,
        offset=(page - 1) * per_page,
        now=now,
    )
    return ServiceSearch(query=query, page=page, per_page=per_page, widen=bool(_boolean(params, "widen")))


def service_json(service: ServiceView) -> dict[str, Any]:
    """A service in HSDS 3.0 shape (names as HSDS has them), with signpost's own facts alongside."""
    return {
        "id": service.id,
        "name": service.name,
        "description": service.description,
        "status": service.status,
        "url": service.url,
        "email": service.email,
        "organization": {"id": service.organization_id, "name": service.organization},
        "taxonomy_terms": [{"id": code, "vocabulary": "signpost-need"} for code in service.categories],
        "languages": [{"code": code} for code in service.languages],
        "interpretation_services": service.interpretation_services,
        "phones": [{"number": p.number, "type": p.type, "description": p.description} for p in service.phones],
        "locations": [
            {"name": l.name, "address_1": l.address_1, "city": l.city, "postal_code": l.postal_code,
             "latitude": l.latitude, "longitude": l.longitude}
            for l in service.locations
        ],
        "service_areas": [{"name": name} for name in service.service_areas],
        "schedules": [
            {"freq": s.freq, "byday": ",".join(s.byday), "opens_at": s.opens_at, "closes_at": s.closes_at}
            for s in service.schedules
        ],
        "eligibility_description": service.eligibility_description,
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "fees": service.fees,
        "assured_date": service.assured_date.isoformat() if service.assured_date else None,
        # signpost's facets, beyond HSDS
        "communities": list(service.communities),
        "culturally_specific": service.culturally_specific,
        "gender": service.gender,
        "faith": service.faith,
        "referral": list(service.referral),
        "crisis_alternative": service.crisis_alternative,
        "confidentiality": service.confidentiality,
        "led_by": list(service.led_by),
        "is_national": service.is_national,
        "sample": service.sample,
        "open_now": service.open_now,
        "next_opening": service.next_opening.isoformat() if service.next_opening else None,
        "next_closing": service.next_closing.isoformat() if service.next_closing else None,
        "distance_km": round(service.distance_km, 2) if service.distance_km is not None else None,
    }


def search_page(registry: Registry, search: ServiceSearch) -> dict[str, Any]:
    results = registry.search_widening(search.query) if search.widen else registry.search(search.query)
    total_pages = max(1, math.ceil(results.total / search.per_page))
    return {
        "total_items": results.total,
        "total_pages": total_pages,
        "page_number": search.page,
        "size": search.per_page,
        "first_page": search.page == 1,
        "last_page": search.page >= total_pages,
        "empty": not results.services,
        "widened": results.widened,
        "place": search.query.place.name if search.query.place else None,
        "contents": [service_json(s) for s in results.services],
    }
