"""The registry as an Open Referral UK (HSDS 3.0) API, mounted at /api/.

    GET /api/                              api_details: version, profile, openapi_url
    GET /api/services[/{id}]               services (search, filters, paging)
    GET /api/organizations[/{id}]
    GET /api/service_at_locations[/{id}]
    GET /api/taxonomies[/{id}]             signpost's two taxonomies (needs; facets)
    GET /api/taxonomy_terms[/{id}]
    GET /api/vocabulary                    signpost's own: the codes its parameters and attributes take

Records are mapped by signpost.registry.hsds (the same mapping as import and export): uuid ids
derived from the registry's record ids, absent values left out. Lists are the standard's pages
(total_items, total_pages, page_number, size, first_page, last_page, empty, contents). A record may
be asked for by its uuid or by its registry id ("samaritans").

Parameters are read strictly: an unknown parameter or a value out of range is a 400 whose body
names the parameter, so a partner's typo fails loudly instead of silently returning everything.
Services carry signpost's live facts (open now, next opening, distance) in a "signpost" object,
an extension HSDS allows; a page of a widened search says how it widened in its own "signpost".
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from threading import Lock
from typing import Any, Callable, Mapping, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from signpost import i18n, vocabulary
from signpost.conversation.search_request import LONDON
from signpost.geography import Place
from signpost.registry import Registry, SearchQuery, ServiceView, hsds, schema
from signpost.registry.iso639 import language_name
from signpost.vocabulary import FEE_FILTERS, GENDER_FILTERS, REFERRALS

DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 50
MAX_PAGE = 100_000
PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md"
BOOLEANS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}

# name -> description, for the OpenAPI document. STANDARD: the Open Referral parameters.
PAGING = {
    "page": "Page number, from 1.",
    "per_page": f"Results per page, 1 to {MAX_PER_PAGE} (default {DEFAULT_PER_PAGE}).",
    "format": "json (the only format served).",
}
SERVICE_PARAMETERS: dict[str, str] = {
    "search": "Words in the service's name, description or organisation name.",
    "taxonomy_term_id": "Taxonomy term ids or need codes (comma-separated, any of them), "
                        "e.g. peer_support,advocacy; see /api/taxonomy_terms.",
    "taxonomy_id": "A taxonomy id or name: services with any term of it (every service has terms of both).",
    "organization_id": "Organization ids (uuid or registry id, comma-separated): only their services.",
    "modified_after": "A date or date-time: only services whose record was checked (assured_date) on or after it.",
    "postcode": "A postcode, postcode district, town, borough or city in England to search in.",
    "proximity": "With postcode: only services with a location within this many metres.",
    "full": "Accepted for compatibility: services are always returned in full.",
    "minimal": "true: each service as id, name and status only.",
    **PAGING,
    # signpost's own filters
    "language": "signpost: ISO 639-1 (or 639-3) codes (comma-separated): services whose staff speak one of them.",
    "community": "signpost: community codes (comma-separated; /api/vocabulary lists the registry's), e.g. somali,south_asian: "
                 "ranked first, not a filter.",
    "gender": f"signpost: {' or '.join(GENDER_FILTERS)}: leaves out services for the other gender.",
    "gender_only": "signpost: true: with gender, only services set up for that gender.",
    "faith": "signpost: a faith code (/api/vocabulary lists the registry's), e.g. muslim: faith-based services of that faith "
             "ranked first, not a filter.",
    "fees": f"signpost: {', or '.join(FEE_FILTERS)} (which includes free).",
    "referral": f"signpost: access routes accepted (comma-separated): {', '.join(REFERRALS)}; "
                + "; ".join(f"{asked} includes {', '.join(r for r in routes if r != asked)}"
                            for asked, routes in vocabulary.REFERRALS_SATISFYING.items()) + ".",
    "age": "signpost: the person's age: leaves out services whose age range excludes it.",
    "open_now": "signpost: true: only services open at this moment (Europe/London).",
    "crisis_alternative": "signpost: true: only crisis alternatives (crisis cafes, safe havens, crisis houses); false: none.",
    "include_national": "signpost: false: leave out national phone and online lines (default true).",
    "widen": "signpost: true: when nothing matches, widen the search as the assistant does (nearby, national...).",
}
ORGANIZATION_PARAMETERS = {
    "search": "Words in the organization's name.",
    "full_service": "Accepted for compatibility: /organizations/{id} always lists its services in full.",
    "full": "Accepted for compatibility.",
    **PAGING,
}
SERVICE_AT_LOCATION_PARAMETERS = {
    "search": "Words in the service's name or description.",
    "taxonomy_term_id": SERVICE_PARAMETERS["taxonomy_term_id"],
    "taxonomy_id": SERVICE_PARAMETERS["taxonomy_id"],
    "organization_id": SERVICE_PARAMETERS["organization_id"],
    "modified_after": SERVICE_PARAMETERS["modified_after"],
    "full": "Accepted for compatibility: the service is always included.",
    **PAGING,
}
VOCABULARY_PARAMETERS = {"format": PAGING["format"]}
TAXONOMY_PARAMETERS = {"search": "Words in the taxonomy's name or description.", **PAGING}
TAXONOMY_TERM_PARAMETERS = {
    "search": "Words in the term's name or description.",
    "taxonomy_id": "A taxonomy id or name: only its terms.",
    "top_only": "true: only top-level terms (all of signpost's terms are).",
    "parent_id": "Only the children of this term (signpost's terms have none).",
    **PAGING,
}


class BadParameter(ValueError):
    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter
        self.message = message

    def as_json(self) -> dict:
        return {"error": "bad_parameter", "parameter": self.parameter, "message": self.message}


class NotFound(LookupError):
    def __init__(self, kind: str, record_id: str):
        super().__init__(f"no {kind} with id {record_id!r}")
        self.message = str(self)


# --- reading parameters


def _check_known(params: Mapping[str, str], known: Mapping[str, str]) -> None:
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise BadParameter(unknown[0], f"unknown parameter {unknown[0]!r}; known: {', '.join(known)}")
    if params.get("format", "json").strip().lower() != "json":
        raise BadParameter("format", f"format must be json, got {params['format']!r}")


def _codes(params: Mapping[str, str], name: str) -> list[str]:
    return [part.strip() for part in params.get(name, "").split(",") if part.strip()]


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


def _text(params: Mapping[str, str], name: str) -> Optional[str]:
    text = params.get(name, "").strip()
    if len(text) > 200:
        raise BadParameter(name, f"{name} must be at most 200 characters")
    return text or None


def _day(params: Mapping[str, str], name: str) -> Optional[date]:
    value = params.get(name, "").strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        raise BadParameter(name, f"{name} must be a date or date-time such as 2025-06-01, got {value!r}") from None


@dataclass
class Paging:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


def _paging(params: Mapping[str, str]) -> Paging:
    return Paging(_integer(params, "page", 1, MAX_PAGE, 1), _integer(params, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE))


def page_json(total: int, paging: Paging, contents: list, extension: Optional[dict] = None) -> dict[str, Any]:
    """A page as the Open Referral API has them."""
    total_pages = max(1, math.ceil(total / paging.per_page))
    page = {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": paging.page,
        "size": len(contents),
        "first_page": paging.page == 1,
        "last_page": paging.page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }
    if extension:
        page["signpost"] = extension
    return page


# --- which record an id means


@dataclass
class IdIndex:
    """HSDS uuids (and registry ids) to registry ids, for what is loaded now."""

    version: Any
    services: dict[str, str] = field(default_factory=dict)
    organizations: dict[str, str] = field(default_factory=dict)
    service_at_locations: dict[str, tuple[str, int]] = field(default_factory=dict)
    needs: dict[str, str] = field(default_factory=dict)  # term uuid or code -> need code


@dataclass
class ServiceSearch:
    query: SearchQuery
    paging: Paging
    widen: bool
    minimal: bool


class Directory:
    """The loaded registry, read as Open Referral objects."""

    def __init__(self, registry: Registry, resolve_place: Callable[[str], Optional[Place]]):
        self.registry = registry
        self.resolve_place = resolve_place
        self._index: Optional[IdIndex] = None
        self._lock = Lock()

    # --- ids

    def index(self) -> IdIndex:
        version = self.registry.loaded_from()
        with self._lock:
            if self._index is None or self._index.version != version:
                self._index = self._build_index(version)
            return self._index

    def _build_index(self, version) -> IdIndex:
        index = IdIndex(version)
        with Session(self.registry.engine) as session:
            for (service_id,) in session.execute(select(schema.Service.id)):
                index.services[hsds.hsds_id("service", service_id)] = service_id
                index.services[service_id] = service_id
            for (organization_id,) in session.execute(select(schema.Organization.id)):
                index.organizations[hsds.hsds_id("organization", organization_id)] = organization_id
                index.organizations[organization_id] = organization_id
            for service_id, position in session.execute(
                    select(schema.ServiceAtLocation.service_id, schema.ServiceAtLocation.position)):
                index.service_at_locations[hsds.hsds_id("service_at_location", f"{service_id}/at/{position}")] = (
                    service_id, position)
            for (code,) in session.execute(select(schema.TaxonomyTerm.code)):
                index.needs[hsds.need_term_id(code)] = code
                index.needs[code] = code
        return index

    # --- services

    def parse_search(self, params: Mapping[str, str], now: Optional[datetime] = None) -> ServiceSearch:
        """Query-string parameters to a ServiceSearch; BadParameter names the first bad one."""
        _check_known(params, SERVICE_PARAMETERS)
        index = self.index()
        now = now or datetime.now(LONDON)
        categories = self._needs(params, index)
        self._taxonomy(params)
        organization_ids = [index.organizations.get(value.lower(), value) for value in _codes(params, "organization_id")]
        place = None
        place_text = params.get("postcode", "").strip()
        if place_text:
            place = self.resolve_place(place_text)
            if place is None:
                raise BadParameter("postcode", f"no place in England matches {place_text!r}")
        proximity = _integer(params, "proximity", 1, 500_000, None)
        if proximity is not None and place is None:
            raise BadParameter("proximity", "proximity needs a postcode to measure from")
        if proximity is not None and not place.has_point:
            raise BadParameter("proximity", f"{place.name} has no single point to measure from: give a postcode or town")
        languages = [code.lower() for code in _codes(params, "language")]
        for code in languages:
            if language_name(code) is None:
                raise BadParameter("language", f"language must be ISO 639-1 (or 639-3) codes such as ur, so or syl, "
                                               f"got {code!r}")
        referral = [code.lower() for code in _codes(params, "referral")]
        for code in referral:
            if code not in REFERRALS:
                raise BadParameter("referral", f"referral must be among {', '.join(REFERRALS)}, got {code!r}")
        gender = _one_of(params, "gender", GENDER_FILTERS)
        gender_only = bool(_boolean(params, "gender_only"))
        if gender_only and gender is None:
            raise BadParameter("gender_only", "gender_only needs gender=women or gender=men")
        include_national = _boolean(params, "include_national")
        paging = _paging(params)
        _boolean(params, "full")
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
            fees=_one_of(params, "fees", FEE_FILTERS),
            referral=referral,
            crisis_alternative=_boolean(params, "crisis_alternative"),
            open_at=now if _boolean(params, "open_now") else None,
            text=_text(params, "search"),
            include_national=True if include_national is None else include_national,
            max_distance_km=proximity / 1000 if proximity is not None else None,
            organization_ids=organization_ids,
            assured_since=_day(params, "modified_after"),
            limit=paging.per_page,
            offset=paging.offset,
            now=now,
        )
        return ServiceSearch(query=query, paging=paging, widen=bool(_boolean(params, "widen")),
                             minimal=bool(_boolean(params, "minimal")))

    def _needs(self, params: Mapping[str, str], index: IdIndex) -> list[str]:
        codes = []
        for value in _codes(params, "taxonomy_term_id"):
            code = index.needs.get(value) or index.needs.get(value.lower())
            if code is None:
                raise BadParameter("taxonomy_term_id", f"unknown taxonomy_term_id {value!r}: give a need term's id "
                                   f"or code ({', '.join(c for c in index.needs if not hsds.is_uuid(c))})")
            codes.append(code)
        return codes

    def _taxonomy(self, params: Mapping[str, str]) -> Optional[dict]:
        value = params.get("taxonomy_id", "").strip()
        if not value:
            return None
        for taxonomy in hsds.taxonomies():
            if value.lower() in (taxonomy["id"], taxonomy["name"]):
                return taxonomy
        raise BadParameter("taxonomy_id", f"unknown taxonomy_id {value!r}: see /api/taxonomies")

    def services_page(self, search: ServiceSearch) -> dict[str, Any]:
        registry = self.registry
        results = registry.search_widening(search.query) if search.widen else registry.search(search.query)
        if search.minimal:
            contents = [{"id": hsds.hsds_id("service", view.id), "name": view.name, "status": view.status}
                        for view in results.services]
        else:
            contents = self._services(results.services)
        extension = {}
        if results.widened:
            extension["widened"] = results.widened
        if search.query.place is not None:
            extension["place"] = search.query.place.name
        return page_json(results.total, search.paging, contents, extension)

    def _services(self, views: list[ServiceView]) -> list[dict]:
        with Session(self.registry.engine) as session:
            records = hsds.read_records(session, [view.id for view in views])
        terms = {term["code"]: term for term in records.taxonomy}
        out = []
        for view, record in zip(views, records.services):
            service = hsds.service_to_hsds(record, records.organizations[record["organization"]], terms)
            service["signpost"] = live_facts(view)
            out.append(service)
        return out

    def service(self, record_id: str) -> dict:
        service_id = self.index().services.get(record_id.lower())
        view = self.registry.get_service(service_id) if service_id else None
        if view is None:
            raise NotFound("service", record_id)
        return self._services([view])[0]

    # --- organizations

    def organizations_page(self, params: Mapping[str, str]) -> dict:
        _check_known(params, ORGANIZATION_PARAMETERS)
        _boolean(params, "full_service")
        _boolean(params, "full")
        paging = _paging(params)
        text = _text(params, "search")
        organization = schema.Organization
        conditions = [func.lower(organization.name).contains(text.lower(), autoescape=True)] if text else []
        with Session(self.registry.engine) as session:
            total = session.scalar(select(func.count()).select_from(organization).where(*conditions)) or 0
            ids = list(session.scalars(select(organization.id).where(*conditions)
                                       .order_by(organization.name, organization.id)
                                       .offset(paging.offset).limit(paging.per_page)))
            records = hsds.read_organizations(session, ids)
        return page_json(total, paging, [hsds.organization_to_hsds(records[key]) for key in ids])

    def organization(self, record_id: str) -> dict:
        organization_id = self.index().organizations.get(record_id.lower())
        if organization_id is None:
            raise NotFound("organization", record_id)
        with Session(self.registry.engine) as session:
            record = hsds.read_organizations(session, [organization_id])[organization_id]
            service_ids = list(session.scalars(select(schema.Service.id)
                                               .where(schema.Service.organization_id == organization_id)
                                               .order_by(schema.Service.position)))
            records = hsds.read_records(session, service_ids)
        terms = {term["code"]: term for term in records.taxonomy}
        organization = hsds.organization_to_hsds(record)
        services = []
        for service in records.services:
            full = hsds.service_to_hsds(service, record, terms)
            full.pop("organization")
            services.append(full)
        organization["services"] = services
        return organization

    # --- service at location

    def service_at_locations_page(self, params: Mapping[str, str]) -> dict:
        _check_known(params, SERVICE_AT_LOCATION_PARAMETERS)
        _boolean(params, "full")
        paging = _paging(params)
        index = self.index()
        categories = self._needs(params, index)
        self._taxonomy(params)
        at, service = schema.ServiceAtLocation, schema.Service
        conditions = []
        text = _text(params, "search")
        if text:
            conditions.append(func.lower(service.name).contains(text.lower(), autoescape=True)
                              | func.lower(service.description).contains(text.lower(), autoescape=True))
        organization_ids = [index.organizations.get(value.lower(), value) for value in _codes(params, "organization_id")]
        if organization_ids:
            conditions.append(service.organization_id.in_(organization_ids))
        if categories:
            conditions.append(service.id.in_(select(schema.ServiceTaxonomy.service_id)
                                             .where(schema.ServiceTaxonomy.taxonomy_term_id.in_(categories))))
        since = _day(params, "modified_after")
        if since is not None:
            conditions.append(service.assured_date >= since)
        joined = select(at.service_id, at.position).join(service, service.id == at.service_id).where(*conditions)
        with Session(self.registry.engine) as session:
            total = session.scalar(select(func.count()).select_from(joined.subquery())) or 0
            rows = session.execute(joined.order_by(service.position, at.position)
                                   .offset(paging.offset).limit(paging.per_page)).all()
            records = hsds.read_records(session, list(dict.fromkeys(row[0] for row in rows)))
        return page_json(total, paging, [self._at_location(records, service_id, position)
                                         for service_id, position in rows])

    def _at_location(self, records: hsds.Records, service_id: str, position: int) -> dict:
        terms = {term["code"]: term for term in records.taxonomy}
        record = next(service for service in records.services if service["id"] == service_id)
        full = hsds.service_to_hsds(record, records.organizations[record["organization"]], terms)
        at_location = dict(full.pop("service_at_locations")[position])
        at_location["service"] = full
        return at_location

    def service_at_location(self, record_id: str) -> dict:
        found = self.index().service_at_locations.get(record_id.lower())
        if found is None:
            raise NotFound("service_at_location", record_id)
        with Session(self.registry.engine) as session:
            records = hsds.read_records(session, [found[0]])
        return self._at_location(records, *found)

    # --- taxonomies

    def _need_terms(self) -> list[dict]:
        with Session(self.registry.engine) as session:
            rows = session.execute(select(schema.TaxonomyTerm.code, schema.TaxonomyTerm.name,
                                          schema.TaxonomyTerm.description).order_by(schema.TaxonomyTerm.position))
            return [{"code": code, "name": name, "description": description} for code, name, description in rows]

    def _all_terms(self) -> list[dict]:
        return hsds.taxonomy_terms(self._need_terms())

    def _taxonomy_with_terms(self, taxonomy: dict) -> dict:
        terms = [term for term in self._all_terms() if term["taxonomy_id"] == taxonomy["id"]]
        return dict(taxonomy, taxonomy_terms=terms)

    def taxonomies_page(self, params: Mapping[str, str]) -> dict:
        _check_known(params, TAXONOMY_PARAMETERS)
        paging = _paging(params)
        text = (_text(params, "search") or "").lower()
        found = [taxonomy for taxonomy in hsds.taxonomies()
                 if text in taxonomy["name"].lower() or text in taxonomy["description"].lower()]
        return page_json(len(found), paging, found[paging.offset:paging.offset + paging.per_page])

    def taxonomy(self, record_id: str) -> dict:
        for taxonomy in hsds.taxonomies():
            if record_id.lower() in (taxonomy["id"], taxonomy["name"]):
                return self._taxonomy_with_terms(taxonomy)
        raise NotFound("taxonomy", record_id)

    def taxonomy_terms_page(self, params: Mapping[str, str]) -> dict:
        _check_known(params, TAXONOMY_TERM_PARAMETERS)
        paging = _paging(params)
        _boolean(params, "top_only")
        taxonomy = self._taxonomy(params)
        text = (_text(params, "search") or "").lower()
        parent = params.get("parent_id", "").strip()
        found = [term for term in self._all_terms()
                 if (taxonomy is None or term["taxonomy_id"] == taxonomy["id"])
                 and (text in term["name"].lower() or text in term["description"].lower())
                 and not parent]
        return page_json(len(found), paging, found[paging.offset:paging.offset + paging.per_page])

    def vocabulary(self, params: Mapping[str, str]) -> dict[str, Any]:
        """/api/vocabulary: the codes of signpost's own parameters of /api/services ("parameters")
        and of its attributes under the "signpost" taxonomy ("attributes"), each with its English
        name, from signpost.vocabulary (one list each, which the validator, search and
        conversation read too); "language" lists the languages the loaded services speak. The
        need codes are the signpost-need taxonomy's terms (/api/taxonomy_terms)."""
        _check_known(params, VOCABULARY_PARAMETERS)
        with Session(self.registry.engine) as session:
            spoken = set(session.scalars(select(schema.Language.code).distinct()))
        languages = sorted(({"code": code, "name": language_name(code) or code} for code in spoken),
                           key=lambda language: language["name"])
        return {
            "parameters": {
                "gender": named("results.filter", GENDER_FILTERS),
                "fees": named("results.filter", FEE_FILTERS),
                "referral": named("referral", REFERRALS),
                "faith": named("faith", vocabulary.FAITHS),
                "community": named("community", vocabulary.COMMUNITIES),
                "language": languages,
            },
            "attributes": {
                "gender": named("gender", vocabulary.GENDERS),
                "fees": named("fees", vocabulary.FEES),
                "referral": named("referral", REFERRALS),
                "faith": named("faith", vocabulary.FAITHS),
                "community": named("community", vocabulary.COMMUNITIES),
                "led_by": named("led_by", vocabulary.LED_BY),
                "helpline_status": named("helpline_status", vocabulary.HELPLINE_STATUSES),
            },
        }

    def taxonomy_term(self, record_id: str) -> dict:
        for term in self._all_terms():
            if record_id.lower() in (term["id"], term["code"]) or record_id == term["code"]:
                return term
        raise NotFound("taxonomy_term", record_id)


def named(prefix: str, codes) -> list[dict[str, str]]:
    """Codes with their English names: the catalog's "<prefix>.<code>" where it has one (the words
    the assistant uses), else the code with spaces."""
    out = []
    for code in codes:
        try:
            name = i18n.t(f"{prefix}.{code}")
        except KeyError:
            name = code.replace("_", " ")
        out.append({"code": code, "name": name})
    return out


def live_facts(view: ServiceView) -> dict[str, Any]:
    """signpost's facts computed at asking time (the "signpost" extension of a service)."""
    facts: dict[str, Any] = {"open_now": view.open_now, "is_national": view.is_national}
    if view.next_opening:
        facts["next_opening"] = view.next_opening.isoformat()
    if view.next_closing:
        facts["next_closing"] = view.next_closing.isoformat()
    if view.distance_km is not None:
        facts["distance_km"] = round(view.distance_km, 2)
    return facts


def api_details(base_url: str) -> dict[str, str]:
    return {"version": hsds.HSDS_VERSION, "profile": PROFILE_URL, "openapi_url": base_url.rstrip("/") + "/openapi.json"}
