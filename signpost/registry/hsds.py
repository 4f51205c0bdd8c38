"""One mapping between signpost's registry records and Open Referral HSDS 3.0 objects.

Import (``signpost registry load feed.json``), export (``signpost registry export --format hsds``)
and the Open Referral UK API (/api/) all go through this module, so the three always agree.

Records here are in the registry file's shape (docs/registry-format.md): dicts with the fields of
services.yml, as ``read_records`` reads them back from the database or the validator returns them.

Identifiers. HSDS wants a uuid on every object; signpost's record ids are slugs ("samaritans").
Every HSDS id is ``uuid5(NAMESPACE, "<kind>:<key>")`` of the record's id (or of the child row's
id, "samaritans/phone/0"), so ids never change between loads. A record id that already is a uuid
(a record imported from another feed) is used as it is. The slug travels with the record as a
``record_id`` attribute, so an exported record comes back under its own id.

Absent values are left out, never written as null. Required HSDS fields signpost may lack get the
nearest honest value: an organization without a description is described by its name (and that
description is dropped again on import).

signpost's own fields travel as HSDS attributes (``attributes``: a taxonomy term plus a ``value``)
under two taxonomies of its own, documented in docs/open-referral.md:

  signpost-need   the registry's need codes (helpline, peer_support, ...): one attribute per
                  category, no value
  signpost        the facets HSDS has no field for (FACETS below): one attribute per value

Terms from other taxonomies (an ORUK council feed's service types, say) map onto signpost needs
through an editable mapping file, signpost/registry/taxonomy_map.yml (``TaxonomyMap``).
"""
from __future__ import annotations

import hashlib
import math
import re
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from signpost.registry import schema
from signpost.registry.coverage import NATIONAL, Gazetteer
from signpost.registry.iso639 import LANGUAGE_NAMES
from signpost.vocabulary import FEES, HELPLINE_STATUSES, LED_BY, REFERRALS

NAMESPACE = uuid.UUID("6f1c9a52-3b8e-5d4a-9c71-2e0b5a8d4f13")  # fixed forever: ids derive from it
_NAMESPACE_BYTES = NAMESPACE.bytes
HSDS_VERSION = "HSDS 3.0"
NEED_TAXONOMY = "signpost-need"
FACET_TAXONOMY = "signpost"
DEFAULT_TAXONOMY_MAP = Path(__file__).resolve().parent / "taxonomy_map.yml"
# England is the registry's whole world; HSDS-UK addresses need a state_province and a country
STATE_PROVINCE = "England"
COUNTRY = "GB"

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class Facet:
    description: str
    entity: str  # "service" | "organization"
    kind: str  # "text": one value | "list": one attribute per value | "flag": present when true


def _or(codes) -> str:
    """The codes as "a, b or c"."""
    return f"{', '.join(codes[:-1])} or {codes[-1]}"


# The signpost taxonomy: every signpost field HSDS 3.0 has no place for.
FACETS: dict[str, Facet] = {
    "record_id": Facet("The record's id in the signpost registry (services.yml), kept so an exported "
                       "record comes back under the same id.", "both", "text"),
    "community": Facet("A community the service is run by or for (code from the registry's community "
                       "list, e.g. somali, south_asian, lgbtq).", "service", "list"),
    "culturally_specific": Facet("The service is set up for a particular culture or community.", "service", "flag"),
    "gender": Facet("The service is only for women, or only for men.", "service", "text"),
    "faith": Facet("The faith of a faith-based service (e.g. muslim, christian).", "service", "text"),
    "fees": Facet(f"What the service costs: {_or(FEES)}.", "service", "text"),
    "referral": Facet(f"An access route the service accepts: {_or(REFERRALS)}.", "service", "list"),
    "crisis_alternative": Facet("A crisis alternative: a crisis cafe, safe haven or crisis house.", "service", "flag"),
    "confidentiality": Facet("What the service says about confidentiality, in its own words.", "service", "text"),
    "sample": Facet("An illustrative record, not a real service.", "service", "flag"),
    "source": Facet("A public page the record's facts come from (read on its assured_date).", "both", "list"),
    "check_note": Facet("Why the record must be checked with the service before it is relied on.",
                        "service", "text"),
    "led_by": Facet(f"Who leads the organization: {_or(LED_BY)}.", "organization", "list"),
    "helpline_status": Facet(f"Whether the organization's helpline is {_or(HELPLINE_STATUSES)}.",
                             "organization", "text"),
}
SERVICE_FACETS = [name for name, facet in FACETS.items() if facet.entity in ("service", "both")]
ORGANIZATION_FACETS = [name for name, facet in FACETS.items() if facet.entity in ("organization", "both")]
_SERVICE_FACET_FIELDS = {"community": "communities", "referral": "referral", "source": "sources"}
_ORGANIZATION_FACET_FIELDS = {"led_by": "led_by", "source": "sources"}


def hsds_id(kind: str, key: str) -> str:
    """The stable HSDS uuid of a signpost record or row: ``key`` itself when it is a uuid.

    ``uuid.uuid5(NAMESPACE, f"{kind}:{key}")``, computed directly (an export makes millions).
    """
    if _UUID.match(key):
        return key
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + f"{kind}:{key}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def taxonomy_id(name: str) -> str:
    return hsds_id("taxonomy", name)


def need_term_id(code: str) -> str:
    return hsds_id("taxonomy_term", f"{NEED_TAXONOMY}:{code}")


def facet_term_id(name: str) -> str:
    return hsds_id("taxonomy_term", f"{FACET_TAXONOMY}:{name}")


# --- the signpost taxonomies, as HSDS objects


def taxonomies() -> list[dict]:
    return [
        {"id": taxonomy_id(NEED_TAXONOMY), "name": NEED_TAXONOMY,
         "description": "signpost's need categories: what a person is looking for (peer support, advocacy, ...)."},
        {"id": taxonomy_id(FACET_TAXONOMY), "name": FACET_TAXONOMY,
         "description": "signpost's facts about a service or organization that HSDS 3.0 has no field for; "
                        "the attribute's value holds the fact."},
    ]


def need_term(term: dict) -> dict:
    """A registry taxonomy term ({code, name, description}) as an HSDS taxonomy_term."""
    return {
        "id": need_term_id(term["code"]),
        "code": term["code"],
        "name": term["name"],
        "description": term.get("description") or term["name"],
        "taxonomy": NEED_TAXONOMY,
        "taxonomy_id": taxonomy_id(NEED_TAXONOMY),
    }


def facet_term(name: str) -> dict:
    return {
        "id": facet_term_id(name),
        "code": name,
        "name": name,
        "description": FACETS[name].description,
        "taxonomy": FACET_TAXONOMY,
        "taxonomy_id": taxonomy_id(FACET_TAXONOMY),
    }


def taxonomy_terms(need_terms: Iterable[dict]) -> list[dict]:
    """Every term of both signpost taxonomies: the registry's needs, then the facets."""
    return [need_term(term) for term in need_terms] + [facet_term(name) for name in FACETS]


# --- reading records back from the database


@dataclass
class Records:
    """Registry records in the file's shape: taxonomy terms, organizations by id, services in order."""

    taxonomy: list[dict]
    organizations: dict[str, dict]
    services: list[dict]


def read_records(session: Session, service_ids: Optional[list[str]] = None) -> Records:
    """The registry's records (or only ``service_ids``, in that order), in a few bulk queries."""
    s = schema
    service_filter = [] if service_ids is None else [s.Service.id.in_(service_ids)]

    def children(model, *columns):
        rows = defaultdict(list)
        query = select(model.service_id, *columns).order_by(model.service_id, model.position)
        if service_ids is not None:
            query = query.where(model.service_id.in_(service_ids))
        for row in session.execute(query):
            rows[row[0]].append(row[1:])
        return rows

    services = session.scalars(select(s.Service).where(*service_filter).order_by(s.Service.position)).all()
    if service_ids is not None:
        order = {service_id: index for index, service_id in enumerate(service_ids)}
        services = sorted(services, key=lambda service: order[service.id])
    organizations = read_organizations(
        session, None if service_ids is None else sorted({service.organization_id for service in services}))
    categories = children(s.ServiceTaxonomy, s.ServiceTaxonomy.taxonomy_term_id)
    languages = children(s.Language, s.Language.code)
    communities = children(s.ServiceCommunity, s.ServiceCommunity.community)
    referrals = children(s.ServiceReferral, s.ServiceReferral.referral)
    phones = children(s.Phone, s.Phone.number, s.Phone.type, s.Phone.description)
    areas = children(s.ServiceArea, s.ServiceArea.name)
    sources = children(s.ServiceSource, s.ServiceSource.url)
    schedules = children(s.Schedule, s.Schedule.freq, s.Schedule.byday, s.Schedule.opens_at,
                         s.Schedule.closes_at, s.Schedule.description)
    locations = defaultdict(list)
    query = (select(s.ServiceAtLocation.service_id, s.Location)
             .join(s.Location, s.Location.id == s.ServiceAtLocation.location_id)
             .order_by(s.ServiceAtLocation.service_id, s.ServiceAtLocation.position))
    if service_ids is not None:
        query = query.where(s.ServiceAtLocation.service_id.in_(service_ids))
    for service_id, location in session.execute(query):
        locations[service_id].append({
            "name": location.name, "address_1": location.address_1, "city": location.city,
            "postal_code": location.postal_code, "latitude": location.latitude, "longitude": location.longitude,
        })
    records = []
    for service in services:
        records.append({
            "id": service.id,
            "organization": service.organization_id,
            "name": service.name,
            "description": service.description,
            "status": service.status,
            "categories": [row[0] for row in categories[service.id]],
            "languages": [row[0] for row in languages[service.id]],
            "interpretation_services": service.interpretation_services,
            "communities": [row[0] for row in communities[service.id]],
            "culturally_specific": service.culturally_specific,
            "gender": service.gender,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "faith": service.faith,
            "eligibility_description": service.eligibility_description,
            "fees": service.fees,
            "referral": [row[0] for row in referrals[service.id]],
            "crisis_alternative": service.crisis_alternative,
            "confidentiality": service.confidentiality,
            "phones": [{"number": n, "type": t, "description": d} for n, t, d in phones[service.id]],
            "email": service.email,
            "url": service.url,
            "locations": locations[service.id],
            "service_areas": [row[0] for row in areas[service.id]],
            "schedules": [
                {"freq": freq, "byday": byday.split(","), "opens_at": opens, "closes_at": closes,
                 "description": description}
                for freq, byday, opens, closes, description in schedules[service.id]
            ],
            "assured_date": service.assured_date,
            "sample": service.sample,
            "sources": [row[0] for row in sources[service.id]],
            "check_note": service.check_note,
        })
    terms = [
        {"code": term.code, "name": term.name, "description": term.description}
        for term in session.scalars(select(s.TaxonomyTerm).order_by(s.TaxonomyTerm.position))
    ]
    return Records(taxonomy=terms, organizations=organizations, services=records)


def read_organizations(session: Session, organization_ids: Optional[list[str]] = None) -> dict[str, dict]:
    """Organization records by id (all, or only ``organization_ids``)."""
    s = schema
    if organization_ids == []:
        return {}

    def children(model, column) -> dict:
        rows = defaultdict(list)
        query = select(model.organization_id, column).order_by(model.organization_id, model.position)
        if organization_ids is not None:
            query = query.where(model.organization_id.in_(organization_ids))
        for organization_id, value in session.execute(query):
            rows[organization_id].append(value)
        return rows

    led_by = children(s.OrganizationLedBy, s.OrganizationLedBy.led_by)
    sources = children(s.OrganizationSource, s.OrganizationSource.url)
    query = select(s.Organization).order_by(s.Organization.id)
    if organization_ids is not None:
        query = query.where(s.Organization.id.in_(organization_ids))
    return {
        organization.id: {
            "id": organization.id, "name": organization.name, "description": organization.description,
            "website": organization.website, "email": organization.email,
            "led_by": led_by[organization.id], "helpline_status": organization.helpline_status,
            "sources": sources[organization.id],
        }
        for organization in session.scalars(query)
    }


def comparable(service: dict) -> dict:
    """A service record without what loading derives (line numbers, coverage), lists as lists."""
    return {
        key: ([dict(row, byday=list(row["byday"])) for row in value] if key == "schedules" else value)
        for key, value in service.items()
        if key not in ("_line", "coverage")
    }


def comparable_organization(organization: dict) -> dict:
    return {key: value for key, value in organization.items() if key != "_line"}


_FACET_TERM_IDS = {facet_term_id(name): name for name in FACETS}


# --- signpost -> HSDS


def _present(mapping: dict) -> dict:
    """``mapping`` without absent values (None, "" and empty lists): HSDS leaves them out."""
    return {key: value for key, value in mapping.items() if value is not None and value != "" and value != []}


def _attribute(entity: str, entity_id: str, term: dict, position: int, value: Optional[str] = None) -> dict:
    return _present({
        "id": hsds_id("attribute", f"{entity}:{entity_id}/{term['code']}/{position}"),
        "link_id": hsds_id(entity, entity_id),
        "link_entity": entity,
        "taxonomy_term_id": term["id"],
        "taxonomy_term": term,
        "value": value,
    })


def _facet_values(record: dict, name: str, fields: dict[str, str]) -> list[str]:
    facet = FACETS[name]
    if name == "record_id":
        return [] if _UUID.match(record["id"]) else [record["id"]]
    value = record.get(fields.get(name, name))
    if facet.kind == "list":
        return list(value or [])
    if facet.kind == "flag":
        return ["true"] if value else []
    if name == "gender" and value == "any":
        return []
    return [value] if value else []


def _facet_attributes(entity: str, record: dict, names: list[str], fields: dict[str, str]) -> list[dict]:
    attributes = []
    for name in names:
        for position, value in enumerate(_facet_values(record, name, fields)):
            attributes.append(_attribute(entity, record["id"], facet_term(name), position, value))
    return attributes


def organization_to_hsds(organization: dict) -> dict:
    return _present({
        "id": hsds_id("organization", organization["id"]),
        "name": organization["name"],
        "description": organization.get("description") or organization["name"],
        "email": organization.get("email"),
        "website": organization.get("website"),
        "attributes": _facet_attributes("organization", organization, ORGANIZATION_FACETS, _ORGANIZATION_FACET_FIELDS),
    })


def service_to_hsds(service: dict, organization: dict, terms: dict[str, dict]) -> dict:
    """A registry service (with its organization and the need terms by code) as an HSDS 3.0 service."""
    sid = service["id"]
    uid = hsds_id("service", sid)
    attributes = [
        _attribute("service", sid, need_term(terms.get(code) or {"code": code, "name": code}), position)
        for position, code in enumerate(service["categories"])
    ] + _facet_attributes("service", service, SERVICE_FACETS, _SERVICE_FACET_FIELDS)
    locations = []
    for index, location in enumerate(service["locations"]):
        location_id = hsds_id("location", f"{sid}/location/{index}")
        address = None
        if location.get("address_1"):
            # HSDS requires a city and a postal code on every address; a source that does not state
            # them leaves them empty ("": unknown, never guessed), and an import reads "" as absent
            address = {
                "id": hsds_id("address", f"{sid}/location/{index}/address"),
                "location_id": location_id,
                "address_1": location["address_1"],
                "city": location.get("city") or "",
                "state_province": STATE_PROVINCE,
                "postal_code": location.get("postal_code") or "",
                "country": COUNTRY,
                "address_type": "physical",
            }
        locations.append({
            "id": hsds_id("service_at_location", f"{sid}/at/{index}"),
            "service_id": uid,
            "location_id": location_id,
            "location": _present({
                "id": location_id,
                "location_type": "physical",
                "name": location.get("name"),
                "latitude": location.get("latitude"),
                "longitude": location.get("longitude"),
                "addresses": [address] if address else [],
            }),
        })
    return _present({
        "id": uid,
        "organization_id": hsds_id("organization", service["organization"]),
        "name": service["name"],
        "description": service.get("description"),
        "url": service.get("url"),
        "email": service.get("email"),
        "status": service["status"],
        "interpretation_services": service.get("interpretation_services"),
        "eligibility_description": service.get("eligibility_description"),
        "minimum_age": service.get("minimum_age"),
        "maximum_age": service.get("maximum_age"),
        "assured_date": service["assured_date"].isoformat() if service.get("assured_date") else None,
        "phones": [
            _present({"id": hsds_id("phone", f"{sid}/phone/{index}"), "service_id": uid,
                      "number": phone["number"], "type": phone["type"], "description": phone.get("description")})
            for index, phone in enumerate(service["phones"])
        ],
        "schedules": [
            _present({"id": hsds_id("schedule", f"{sid}/schedule/{index}"), "service_id": uid,
                      "freq": row["freq"], "byday": ",".join(row["byday"]), "opens_at": row["opens_at"],
                      "closes_at": row["closes_at"], "description": row.get("description")})
            for index, row in enumerate(service["schedules"])
        ],
        "service_areas": [
            {"id": hsds_id("service_area", f"{sid}/area/{index}"), "service_id": uid, "name": area}
            for index, area in enumerate(service["service_areas"])
        ],
        "service_at_locations": locations,
        "languages": [
            {"id": hsds_id("language", f"{sid}/language/{index}"), "service_id": uid,
             "name": LANGUAGE_NAMES.get(code, code), "code": code}
            for index, code in enumerate(service["languages"])
        ],
        "organization": organization_to_hsds(organization),
        "attributes": attributes,
    })


def export_services(records: Records) -> list[dict]:
    terms = {term["code"]: term for term in records.taxonomy}
    return [
        service_to_hsds(service, records.organizations[service["organization"]], terms)
        for service in records.services
    ]


# --- HSDS -> signpost


class TaxonomyMap:
    """Which signpost needs another taxonomy's terms mean (taxonomy_map.yml; see its header)."""

    def __init__(self, rules: list[dict], source: str):
        self.source = source
        self._by_id: dict[str, list[str]] = {}
        self._by_code: dict[tuple[str, str], list[str]] = {}
        self._by_name: dict[str, list[str]] = {}
        for index, rule in enumerate(rules):
            where = f"{source}: rules[{index}]"
            if not isinstance(rule, dict):
                raise ValueError(f"{where}: expected a mapping with needs and one of id, code or name")
            unknown = sorted(set(rule) - {"taxonomy", "id", "code", "name", "needs"})
            if unknown:
                raise ValueError(f"{where}: unknown field {unknown[0]!r} (fields: taxonomy, id, code, name, needs)")
            needs = rule.get("needs")
            if not isinstance(needs, list) or not needs or not all(isinstance(n, str) for n in needs):
                raise ValueError(f"{where}: needs must be a list of signpost need codes")
            keys = [key for key in ("id", "code", "name") if rule.get(key) is not None]
            if len(keys) != 1:
                raise ValueError(f"{where}: give exactly one of id, code or name")
            value = str(rule[keys[0]]).strip()
            if keys[0] == "id":
                self._by_id[value.lower()] = needs
            elif keys[0] == "code":
                self._by_code[(str(rule.get("taxonomy") or "").strip().casefold(), value.casefold())] = needs
            else:
                self._by_name[value.casefold()] = needs

    @classmethod
    def load(cls, path: Optional[Path] = None) -> TaxonomyMap:
        path = Path(path or DEFAULT_TAXONOMY_MAP)
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as error:
            raise ValueError(f"{path}: not valid YAML: {error}") from None
        if not isinstance(document, dict) or not isinstance(document.get("rules", []), list):
            raise ValueError(f"{path}: expected a mapping with a list of rules")
        unknown = sorted(set(document) - {"rules"})
        if unknown:
            raise ValueError(f"{path}: unknown top-level field {unknown[0]!r} (only rules)")
        return cls(document.get("rules") or [], str(path))

    def needs(self, term: dict) -> list[str]:
        """The signpost needs a foreign taxonomy term means ([] when the map says nothing)."""
        term_id = str(term.get("id") or "").lower()
        if term_id in self._by_id:
            return self._by_id[term_id]
        code = str(term.get("code") or "").casefold()
        if code:
            for taxonomy in (str(term.get("taxonomy") or "").casefold(), ""):
                if (taxonomy, code) in self._by_code:
                    return self._by_code[(taxonomy, code)]
        return self._by_name.get(str(term.get("name") or "").strip().casefold(), [])


# Fields the importer reads (or knows to be derived: ids and links), per HSDS object.
_READ = {
    # "signpost": the live facts /api/ adds (open now, distance), computed, never kept
    "service": {"id", "organization_id", "name", "description", "url", "email", "status", "signpost",
                "interpretation_services", "eligibility_description", "minimum_age", "maximum_age",
                "assured_date", "phones", "schedules", "service_areas", "service_at_locations", "languages",
                "organization", "attributes"},
    "organization": {"id", "name", "description", "email", "website", "attributes"},
    "phone": {"id", "service_id", "number", "type", "description"},
    "schedule": {"id", "service_id", "freq", "byday", "opens_at", "closes_at", "description"},
    "service_area": {"id", "service_id", "name"},
    "service_at_location": {"id", "service_id", "location_id", "location"},
    "location": {"id", "name", "latitude", "longitude", "addresses"},
    "address": {"id", "location_id", "address_1", "city", "postal_code"},
    "language": {"id", "service_id", "name", "code"},
    "attribute": {"id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "taxonomy_term", "value"},
}
# Values the export writes for every record, so reading them back loses nothing.
_WRITTEN = {("location", "location_type"): "physical", ("address", "address_type"): "physical",
            ("address", "state_province"): STATE_PROVINCE, ("address", "country"): COUNTRY}
PHONE_TYPES = {"voice": "voice", "cell": "voice", "text": "text", "textphone": "textphone"}
_AREA_ALIASES = {"national", "england", "uk", "united kingdom", "great britain", "england and wales", "nationwide"}


@dataclass
class ImportReport:
    """What the mapping could not carry over: fields signpost does not keep, values it could not use."""

    unmappable: Counter = field(default_factory=Counter)  # "service.alternate_name" -> records
    dropped: list[str] = field(default_factory=list)  # "service 'x': phones[1]: type 'fax' ..."
    skipped: list[str] = field(default_factory=list)  # services left out, with the reason

    def lines(self) -> list[str]:
        out = [f"skipped: {line}" for line in self.skipped]
        out += [f"not imported: {line}" for line in self.dropped]
        out += [f"unmappable field {path}: in {count} record{'s' if count != 1 else ''} (signpost does not keep it)"
                for path, count in sorted(self.unmappable.items())]
        return out


class Importer:
    """HSDS 3.0 services (as parsed JSON) to a registry document the validator checks."""

    def __init__(self, taxonomy_map: TaxonomyMap, gazetteer: Gazetteer, known_needs: Callable[[], list[dict]],
                 default_area: Optional[str] = None):
        self.taxonomy_map = taxonomy_map
        self.gazetteer = gazetteer
        self.default_area = default_area
        self.report = ImportReport()
        self._needs: dict[str, dict] = {}  # code -> term, in order of first use
        self._read_known_needs = known_needs  # read only when a foreign term maps to a need
        self._known_needs: Optional[dict[str, dict]] = None
        self._organizations: dict[str, dict] = {}
        self._areas: dict[str, Optional[str]] = {}

    def document(self, services: list[dict]) -> dict:
        records = []
        for index, service in enumerate(services):
            record = self.service(service, index) if isinstance(service, dict) else None
            if record is not None:
                records.append(record)
            elif not isinstance(service, dict):
                self.report.skipped.append(f"services[{index}]: not an object")
        taxonomy = [self._needs[code] for code in self._needs]
        return {"version": 1, "taxonomy": taxonomy, "organizations": list(self._organizations.values()),
                "services": records}

    # --- pieces

    def _unmapped(self, kind: str, item: dict, path: str) -> None:
        for key, value in item.items():
            if key not in _READ[kind] and value not in (None, "", [], {}) and _WRITTEN.get((kind, key)) != value:
                self.report.unmappable[f"{path}.{key}"] += 1

    def _facets(self, attributes: Any, kind: str) -> tuple[dict[str, list[str]], list[dict]]:
        """(signpost facet values by name, the other attributes' terms)."""
        facets: dict[str, list[str]] = defaultdict(list)
        others = []
        for attribute in attributes if isinstance(attributes, list) else []:
            if not isinstance(attribute, dict):
                continue
            self._unmapped("attribute", attribute, f"{kind}.attributes[]")
            term = attribute.get("taxonomy_term") if isinstance(attribute.get("taxonomy_term"), dict) else {}
            term_id = str(attribute.get("taxonomy_term_id") or term.get("id") or "").lower()
            name = _FACET_TERM_IDS.get(term_id)
            if name is None and term.get("taxonomy") == FACET_TAXONOMY and term.get("code") in FACETS:
                name = term["code"]
            if name is not None:
                if attribute.get("value") not in (None, ""):
                    facets[name].append(str(attribute["value"]))
                continue
            others.append(dict(term, id=term_id) if term_id else term)
        return facets, others

    def organization(self, organization: dict, organization_id: Optional[str]) -> Optional[str]:
        if not isinstance(organization, dict):
            return organization_id.lower() if isinstance(organization_id, str) else None
        self._unmapped("organization", organization, "organization")
        facets, others = self._facets(organization.get("attributes"), "organization")
        for term in others:
            self.report.dropped.append(
                f"organization {organization.get('name')!r}: attribute {term.get('name') or term.get('id')!r} "
                "(organizations keep only signpost attributes)")
        record_id = (facets.get("record_id") or [str(organization.get("id") or organization_id or "").lower()])[0]
        name = organization.get("name")
        description = organization.get("description")
        record = _present({
            "id": record_id or None,
            "name": name,
            "description": None if description == name else description,
            "website": organization.get("website"),
            "email": organization.get("email"),
            "led_by": facets.get("led_by"),
            "helpline_status": (facets.get("helpline_status") or [None])[0],
            "sources": facets.get("source"),
        })
        if record_id and record_id not in self._organizations:
            self._organizations[record_id] = record
        return record_id or None

    def needs(self, terms: list[dict], label: str) -> list[str]:
        codes: list[str] = []
        for term in terms:
            if term.get("taxonomy") == NEED_TAXONOMY and term.get("code"):
                code = str(term["code"])
                self._needs.setdefault(code, _present({"code": code, "name": term.get("name") or code,
                                                       "description": None if term.get("description") == term.get("name")
                                                       else term.get("description")}))
                codes.append(code)
                continue
            mapped = self.taxonomy_map.needs(term)
            if not mapped:
                self.report.dropped.append(
                    f"{label}: taxonomy term {term.get('name') or term.get('code') or term.get('id')!r} "
                    f"maps to no signpost need (add a rule to {self.taxonomy_map.source})")
            if mapped and self._known_needs is None:
                self._known_needs = {term["code"]: term for term in self._read_known_needs()}
            for code in mapped:
                if code not in self._needs:
                    if code not in self._known_needs:
                        raise ValueError(f"{self.taxonomy_map.source}: unknown signpost need {code!r}; "
                                         f"known: {', '.join(self._known_needs)}")
                    self._needs[code] = self._known_needs[code]
                codes.append(code)
        return list(dict.fromkeys(codes))

    def area(self, name: str) -> Optional[str]:
        """A service area name as a registry entry ("borough:Southwark"), or None."""
        if name not in self._areas:
            text = name.strip()
            entry = None
            if text.casefold() in _AREA_ALIASES:
                entry = NATIONAL
            elif text.partition(":")[0].strip().lower() in ("region", "borough", "city"):
                entry = text
            else:
                for kind in ("region", "borough", "city"):
                    try:
                        if self.gazetteer.service_area(f"{kind}:{text}") is not None:
                            entry = f"{kind}:{text}"
                            break
                    except ValueError:
                        continue
            self._areas[name] = entry
        return self._areas[name]

    def service(self, service: dict, index: int) -> Optional[dict]:
        label = f"service {service.get('name') or service.get('id') or index!r}"
        self._unmapped("service", service, "service")
        facets, others = self._facets(service.get("attributes"), "service")
        categories = self.needs(others, label)
        if not categories:
            self.report.skipped.append(f"{label}: no taxonomy term maps to a signpost need")
            return None
        record_id = (facets.get("record_id") or [str(service.get("id") or "").lower()])[0]
        organization = self.organization(service.get("organization"), service.get("organization_id"))
        at_locations = [item for item in _objects(service.get("service_at_locations"))]
        for item in at_locations:
            self._unmapped("service_at_location", item, "service.service_at_locations[]")
        record = {
            "id": record_id or None,
            "organization": organization,
            "name": service.get("name"),
            "description": service.get("description"),
            "status": service.get("status"),
            "categories": categories,
            "languages": self.languages(service, label),
            "interpretation_services": service.get("interpretation_services"),
            "communities": facets.get("community"),
            "culturally_specific": _flag(facets.get("culturally_specific")),
            "gender": (facets.get("gender") or [None])[0],
            "minimum_age": _whole(service.get("minimum_age")),
            "maximum_age": _whole(service.get("maximum_age")),
            "faith": (facets.get("faith") or [None])[0],
            "eligibility_description": service.get("eligibility_description"),
            "fees": (facets.get("fees") or [None])[0],
            "referral": facets.get("referral"),
            "crisis_alternative": _flag(facets.get("crisis_alternative")),
            "confidentiality": (facets.get("confidentiality") or [None])[0],
            "phones": self.phones(service, at_locations, label),
            "email": service.get("email"),
            "url": service.get("url"),
            "locations": [loc for loc in (self.location(item, label) for item in at_locations) if loc],
            "service_areas": self.service_areas(service, label),
            "schedules": self.schedules(service, at_locations, label),
            "assured_date": service.get("assured_date"),
            "sample": _flag(facets.get("sample")),
            "sources": facets.get("source"),
            "check_note": (facets.get("check_note") or [None])[0],
        }
        return {key: value for key, value in record.items()
                if value is not None and value is not False and value != "" and value != []}

    def languages(self, service: dict, label: str) -> list[str]:
        codes = []
        for index, language in enumerate(_objects(service.get("languages"))):
            self._unmapped("language", language, "service.languages[]")
            code = str(language.get("code") or "").strip().lower()
            if code:
                codes.append(code)
            else:
                self.report.dropped.append(f"{label}: languages[{index}] {language.get('name')!r} has no code")
        return list(dict.fromkeys(codes))

    def phones(self, service: dict, at_locations: list[dict], label: str) -> list[dict]:
        phones = list(_objects(service.get("phones")))
        if not phones:  # a feed may keep the numbers on the service's locations instead
            for item in at_locations:
                phones += list(_objects(item.get("phones")))
                phones += list(_objects((item.get("location") or {}).get("phones")))
        out, seen = [], set()
        for index, phone in enumerate(phones):
            self._unmapped("phone", phone, "service.phones[]")
            number = str(phone.get("number") or "").strip().strip("\"'").strip()
            kind = PHONE_TYPES.get(str(phone.get("type") or "voice").lower())
            if not number or kind is None:
                self.report.dropped.append(f"{label}: phones[{index}] {phone.get('number')!r} of type "
                                           f"{phone.get('type')!r} (signpost keeps voice, text and textphone numbers)")
                continue
            if (number, kind) in seen:
                continue
            seen.add((number, kind))
            out.append(_present({"number": number, "type": kind, "description": phone.get("description")}))
        return out

    def location(self, item: dict, label: str) -> Optional[dict]:
        location = item.get("location")
        if not isinstance(location, dict):
            return None
        self._unmapped("location", location, "service.service_at_locations[].location")
        addresses = list(_objects(location.get("addresses")))
        for address in addresses:
            self._unmapped("address", address, "service.service_at_locations[].location.addresses[]")
        address = next((a for a in addresses if a.get("address_type") == "physical"), addresses[0] if addresses else {})
        latitude, longitude = location.get("latitude"), location.get("longitude")
        if not (_number(latitude) and _number(longitude) and -90 <= latitude <= 90 and -180 <= longitude <= 180):
            if latitude is not None or longitude is not None:
                self.report.dropped.append(f"{label}: location {location.get('name')!r} coordinates "
                                           f"{latitude!r}, {longitude!r} (not a point on Earth)")
            latitude = longitude = None
        record = _present({
            "name": location.get("name"),
            "address_1": address.get("address_1"),
            "city": address.get("city"),
            "postal_code": address.get("postal_code"),
            "latitude": latitude,
            "longitude": longitude,
        })
        return record or None

    def service_areas(self, service: dict, label: str) -> list[str]:
        entries = []
        for area in _objects(service.get("service_areas")):
            self._unmapped("service_area", area, "service.service_areas[]")
            name = str(area.get("name") or "").strip()
            entry = self.area(name) if name else None
            if entry is None:
                self.report.dropped.append(f"{label}: service area {name[:80]!r} is no region, borough or city "
                                           "signpost knows")
            else:
                entries.append(entry)
        if not entries and self.default_area:
            entries.append(self.default_area)
        return list(dict.fromkeys(entries))

    def schedules(self, service: dict, at_locations: list[dict], label: str) -> list[dict]:
        rows = list(_objects(service.get("schedules")))
        if not rows:
            for item in at_locations:
                rows += list(_objects(item.get("schedules")))
        out = []
        for index, row in enumerate(rows):
            self._unmapped("schedule", row, "service.schedules[]")
            freq = str(row.get("freq") or "WEEKLY").upper()
            if freq != "WEEKLY" or not row.get("byday") or not row.get("opens_at") or not row.get("closes_at"):
                self.report.dropped.append(f"{label}: schedules[{index}] (signpost keeps weekly opening hours "
                                           "with days, opening and closing times)")
                continue
            out.append(_present({"freq": "WEEKLY", "byday": row["byday"], "opens_at": row["opens_at"],
                                 "closes_at": row["closes_at"], "description": row.get("description")}))
        unique = []
        for row in out:
            if row not in unique:
                unique.append(row)
        return unique


def _objects(value: Any) -> Iterable[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _flag(values: Optional[list[str]]) -> Optional[bool]:
    return True if values and values[0].strip().lower() == "true" else None


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _whole(value: Any) -> Any:
    """HSDS ages are numbers: 12.0 is the whole number 12; anything else goes to the validator as is."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def hsds_services(data: Any) -> list:
    """The services in a parsed HSDS JSON document: a service, an organization with its services,
    a service_at_location with its service, a list of any of these, or a page {"contents": [...]}."""
    items = data["contents"] if isinstance(data, dict) and isinstance(data.get("contents"), list) else data
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list):
        raise ValueError(NOT_SERVICES)
    services: list = []
    at_locations: dict[str, dict] = {}  # service id -> the service gathered from its service_at_locations
    for item in items:
        if not isinstance(item, dict):
            services.append(item)  # named as not an object by the importer
        elif "status" in item:
            services.append(item)
        elif isinstance(item.get("services"), list):  # an organization
            organization = {key: value for key, value in item.items() if key != "services"}
            services += [dict(service, organization=organization) if isinstance(service, dict) else service
                         for service in item["services"]]
        elif isinstance(item.get("service"), dict):  # a service_at_location
            service = item["service"]
            key = str(service.get("id"))
            if key not in at_locations:
                at_locations[key] = dict(service, service_at_locations=list(service.get("service_at_locations") or []))
                services.append(at_locations[key])
            at_locations[key]["service_at_locations"].append({k: v for k, v in item.items() if k != "service"})
        else:
            raise ValueError(f"{NOT_SERVICES} (found an object with {', '.join(sorted(item)[:8])})")
    return services


NOT_SERVICES = ("not HSDS 3.0 services: expected services, organizations with their services or "
                "service_at_locations with their service, alone, in a list or in a page {\"contents\": [...]}")


def is_uuid(value: str) -> bool:
    return bool(_UUID.match(value))


__all__ = [
    "FACETS", "HSDS_VERSION", "ImportReport", "Importer", "Records", "TaxonomyMap", "comparable",
    "comparable_organization", "export_services", "facet_term_id", "hsds_id", "hsds_services", "is_uuid",
    "need_term", "need_term_id", "organization_to_hsds", "read_organizations", "read_records",
    "service_to_hsds", "taxonomies", "taxonomy_terms",
]
