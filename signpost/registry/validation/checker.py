"""The checks of a registry file's records and of the document as a whole, and the entry points:
``validate_file`` and ``read_registry`` for a file, ``read_document`` for a document in memory.

Checking also cleans: ``read_registry`` returns the records with defaults filled in, times as
"HH:MM", days as tuples and service areas resolved to coverage keys, ready for the loader.
"""
from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path
from typing import Optional

import yaml

from signpost.registry import freshness
from signpost.registry.coverage import AREA_KINDS, NATIONAL, Gazetteer, default_gazetteer, service_area_keys
from signpost.registry.samples import samples_allowed_by_environment
from signpost.registry.validation.fields import (
    RECORD_ID, TAXONOMY_CODE, UK_LATITUDE, UK_LONGITUDE, Fields, uk_phone_problem,
)
from signpost.registry.validation.issues import ParsedRegistry, ValidationIssue
from signpost.registry.validation.reader import LineMapping, line_of, read_yaml, without_lines
from signpost.vocabulary import (
    COMMUNITIES, FEES, GENDERS, HELPLINE_STATUSES, LED_BY, PHONE_TYPES, REFERRALS, STATUSES,
)

FORMAT_VERSION = 1
FREQUENCIES = ("WEEKLY",)

TOP_LEVEL_FIELDS = ("version", "taxonomy", "organizations", "services")
TAXONOMY_FIELDS = ("code", "name", "description")
ORGANIZATION_FIELDS = ("id", "name", "description", "website", "email", "led_by", "helpline_status", "sources")
SERVICE_FIELDS = (
    "id", "organization", "name", "description", "status", "categories", "languages",
    "interpretation_services", "communities", "culturally_specific", "gender", "minimum_age",
    "maximum_age", "faith", "eligibility_description", "fees", "referral", "crisis_alternative",
    "confidentiality", "phones", "email", "url", "locations", "service_areas", "schedules",
    "assured_date", "sample", "sources", "check_note",
)
PHONE_FIELDS = ("number", "type", "description")
LOCATION_FIELDS = ("name", "address_1", "city", "postal_code", "latitude", "longitude")
SCHEDULE_FIELDS = ("freq", "byday", "opens_at", "closes_at", "description")


def validate_file(
    path: os.PathLike | str,
    gazetteer: Optional[Gazetteer] = None,
    allow_samples: Optional[bool] = None,
    today: Optional[date] = None,
) -> list[ValidationIssue]:
    """Every error and warning in a registry file. Needs no database."""
    return read_registry(path, gazetteer=gazetteer, allow_samples=allow_samples, today=today).issues


def read_registry(
    path: os.PathLike | str,
    gazetteer: Optional[Gazetteer] = None,
    allow_samples: Optional[bool] = None,
    today: Optional[date] = None,
) -> ParsedRegistry:
    """``today``: the date assured dates are checked against (default: today in Europe/London)."""
    path = Path(path)
    content = path.read_bytes()
    if allow_samples is None:
        allow_samples = samples_allowed_by_environment()
    checker = Checker(str(path), gazetteer, allow_samples, today or freshness.today())
    parsed = ParsedRegistry(path=path, sha256=hashlib.sha256(content).hexdigest(), issues=checker.issues)
    document = checker.parse(content)
    if document is not None:
        parsed.taxonomy, parsed.organizations, parsed.services = checker.check_document(document)
    return parsed


def read_document(
    document: dict,
    source: str,
    sha256: str,
    gazetteer: Optional[Gazetteer] = None,
    allow_samples: Optional[bool] = None,
    today: Optional[date] = None,
) -> ParsedRegistry:
    """Check a registry document already in memory (an imported HSDS feed), as read_registry does a file.

    Issues name ``source``; they carry no line numbers.
    """
    if allow_samples is None:
        allow_samples = samples_allowed_by_environment()
    checker = Checker(source, gazetteer, allow_samples, today or freshness.today())
    parsed = ParsedRegistry(path=Path(source), sha256=sha256, issues=checker.issues)
    parsed.taxonomy, parsed.organizations, parsed.services = checker.check_document(without_lines(document))
    return parsed


class Checker:
    def __init__(self, file: str, gazetteer: Optional[Gazetteer], allow_samples: bool, today: date):
        self.file = file
        self.issues: list[ValidationIssue] = []
        self.allow_samples = allow_samples
        self.today = today
        self._gazetteer = gazetteer
        self._areas: dict[str, tuple[Optional[frozenset[str]], Optional[str]]] = {}

    # --- reporting

    def error(self, record: Optional[str], field: Optional[str], message: str, line: Optional[int]) -> None:
        self.issues.append(ValidationIssue(self.file, record, field, message, line))

    def warn(self, record: Optional[str], field: Optional[str], message: str, line: Optional[int]) -> None:
        self.issues.append(ValidationIssue(self.file, record, field, message, line, severity="warning"))

    # --- the file

    def parse(self, content: bytes) -> Optional[dict]:
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.error(None, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})", None)
            return None
        try:
            document, duplicate_keys = read_yaml(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            problem = getattr(exc, "problem", None) or str(exc)
            where = f", column {mark.column + 1}" if mark else ""
            self.error(None, None, f"YAML syntax error{where}: {problem}", mark.line + 1 if mark else None)
            return None
        for key, line in duplicate_keys:
            self.error(None, key, "this key is written twice in the same record; only the last would count", line)
        if not isinstance(document, dict):
            self.error(None, None, "expected a mapping with version, taxonomy, organizations and services", None)
            return None
        return document

    def check_document(self, document: LineMapping) -> tuple[list[dict], list[dict], list[dict]]:
        version = document.get("version")
        if version != FORMAT_VERSION:
            self.error(None, "version", f"expected {FORMAT_VERSION}, got {version!r}", line_of(document, "version"))
        for key in document:
            if key not in TOP_LEVEL_FIELDS:
                self.warn(None, str(key), "not a registry field; ignored", line_of(document, key))
        taxonomy = [
            self.check_taxonomy_term(term, index) for index, term in self.records(document, "taxonomy", "taxonomy term")
        ]
        organizations = [
            self.check_organization(record, index)
            for index, record in self.records(document, "organizations", "organization")
        ]
        self.check_unique(taxonomy, "code", "taxonomy term", "code")
        self.check_unique(organizations, "id", "organization", "id")
        codes = {term["code"] for term in taxonomy if term["code"]}
        organization_ids = {record["id"] for record in organizations if record["id"]}
        services = [
            self.check_service(record, index, codes, organization_ids)
            for index, record in self.records(document, "services", "service")
        ]
        self.check_unique(services, "id", "service", "id")
        return taxonomy, organizations, services

    def records(self, document: LineMapping, key: str, kind: str) -> list[tuple[int, LineMapping]]:
        """The records under ``key`` with their positions in the list."""
        value = document.get(key)
        if value is None:
            self.error(None, key, f"missing: expected a list of {kind} records", line_of(document, key))
            return []
        if not isinstance(value, list):
            self.error(None, key, f"expected a list of {kind} records", line_of(document, key))
            return []
        records = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                records.append((index, item))
            else:
                self.error(f"{key}[{index}]", None, f"expected a {kind} record (a mapping), got {item!r}", line_of(document, key))
        return records

    def check_unique(self, records: list[dict], key: str, kind: str, field_name: str) -> None:
        first_lines: dict[str, Optional[int]] = {}
        for record in records:
            value = record[key]
            if not value:
                continue
            if value in first_lines:
                where = f" (first at line {first_lines[value]})" if first_lines[value] else ""
                self.error(f"{kind} {value!r}", field_name, f"duplicate {field_name}{where}", record["_line"])
            else:
                first_lines[value] = record["_line"]

    # --- records

    def check_taxonomy_term(self, record: LineMapping, index: int) -> dict:
        code = record.get("code")
        label = f"taxonomy term {code!r}" if isinstance(code, str) and code else f"taxonomy[{index}]"
        fields = Fields(self, record, label)
        fields.unknown(TAXONOMY_FIELDS)
        return {
            "code": fields.identifier("code", TAXONOMY_CODE, "lower-case letters, digits, '_' and '-'"),
            "name": fields.text("name", required=True),
            "description": fields.text("description"),
            "_line": record.line,
        }

    def check_organization(self, record: LineMapping, index: int) -> dict:
        label = _record_label("organization", "organizations", record, index)
        fields = Fields(self, record, label)
        fields.unknown(ORGANIZATION_FIELDS)
        return {
            "id": fields.identifier("id", RECORD_ID, "lower-case letters, digits and '-'"),
            "name": fields.text("name", required=True),
            "description": fields.text("description"),
            "website": fields.url("website"),
            "email": fields.email("email"),
            "led_by": fields.choices("led_by", LED_BY),
            "helpline_status": fields.choice("helpline_status", HELPLINE_STATUSES, default=None),
            "sources": fields.urls("sources"),
            "_line": record.line,
        }

    def check_service(
        self, record: LineMapping, index: int, codes: set[str], organization_ids: set[str]
    ) -> dict:
        label = _record_label("service", "services", record, index)
        fields = Fields(self, record, label)
        fields.unknown(SERVICE_FIELDS)
        service_id = fields.identifier("id", RECORD_ID, "lower-case letters, digits and '-'")
        organization = fields.text("organization", required=True)
        if organization and organization not in organization_ids:
            fields.error("organization", f"unknown organization {organization!r}")
        categories = fields.choices("categories", sorted(codes), required=True, what="taxonomy code", listed=False)
        minimum_age = fields.age("minimum_age")
        maximum_age = fields.age("maximum_age")
        if minimum_age is not None and maximum_age is not None and maximum_age < minimum_age:
            fields.error("maximum_age", f"{maximum_age} is below minimum_age {minimum_age}")
        sample = fields.flag("sample")
        if sample and not self.allow_samples:
            fields.error("sample", "sample records are not allowed here (SIGNPOST_ALLOW_SAMPLES=0)")
        service_areas, coverage = self.check_service_areas(fields)
        return {
            "id": service_id,
            "organization": organization,
            "name": fields.text("name", required=True),
            "description": fields.text("description"),
            "status": fields.choice("status", STATUSES, default=None, required=True),
            "categories": categories,
            "languages": fields.languages("languages"),
            "interpretation_services": fields.text("interpretation_services"),
            "communities": fields.open_codes("communities", COMMUNITIES, what="community"),
            "culturally_specific": fields.flag("culturally_specific"),
            "gender": fields.choice("gender", GENDERS, default="any"),
            "minimum_age": minimum_age,
            "maximum_age": maximum_age,
            "faith": fields.faith("faith"),
            "eligibility_description": fields.text("eligibility_description"),
            "fees": fields.choice("fees", FEES, default=None),
            "referral": fields.choices("referral", REFERRALS),
            "crisis_alternative": fields.flag("crisis_alternative"),
            "confidentiality": fields.text("confidentiality"),
            "phones": fields.nested("phones", PHONE_FIELDS, self.check_phone),
            "email": fields.email("email"),
            "url": fields.url("url"),
            "locations": fields.nested("locations", LOCATION_FIELDS, self.check_location),
            "service_areas": service_areas,
            "coverage": coverage,
            "schedules": fields.nested("schedules", SCHEDULE_FIELDS, self.check_schedule),
            "assured_date": self.check_assured_date(fields, sample),
            "sample": sample,
            "sources": fields.urls("sources"),
            # why the record must be checked with the service before it is relied on (free text)
            "check_note": fields.text("check_note"),
            "_line": record.line,
        }

    def check_phone(self, fields: Fields) -> dict:
        number = fields.record.get("number")
        if isinstance(number, (int, float)) and not isinstance(number, bool):
            fields.error("number", f"{number!r} is not text: write phone numbers in quotes, e.g. \"020 7946 0000\"")
            number = None
        else:
            number = fields.text("number", required=True)
        kind = fields.choice("type", PHONE_TYPES, default="voice")
        if number is not None:
            problem = uk_phone_problem(number, kind)
            if problem:
                fields.error("number", problem)
        return {"number": number, "type": kind, "description": fields.text("description")}

    def check_assured_date(self, fields: Fields, sample: bool) -> Optional[date]:
        """Required on real records; not in the future; a warning when it makes the record stale."""
        if fields.record.get("assured_date") is None:
            if not sample:
                fields.error("assured_date", "missing: the date the record was last checked with the service "
                                             "(YYYY-MM-DD) is required on every real record")
            return None
        assured = fields.date("assured_date")
        if assured is None:
            return None
        if assured > self.today:
            fields.error("assured_date", f"{assured.isoformat()} is in the future (today is {self.today.isoformat()})")
            return None
        if freshness.state(assured, self.today) == freshness.STALE:
            fields.warn("assured_date", f"last checked {assured.isoformat()}, more than "
                                        f"{freshness.stale_months()} months ago: the record is stale and is not "
                                        "offered to residents until it is checked again")
        return assured

    def check_location(self, fields: Fields) -> dict:
        latitude = fields.coordinate("latitude", UK_LATITUDE)
        longitude = fields.coordinate("longitude", UK_LONGITUDE)
        for present, missing in (("latitude", "longitude"), ("longitude", "latitude")):
            if fields.record.get(present) is not None and fields.record.get(missing) is None:
                fields.error(missing, f"missing: a location with a {present} needs a {missing} too")
        return {
            "name": fields.text("name"),
            "address_1": fields.text("address_1"),
            "city": fields.text("city"),
            "postal_code": fields.text("postal_code"),
            "latitude": latitude,
            "longitude": longitude,
        }

    def check_schedule(self, fields: Fields) -> dict:
        freq = fields.record.get("freq", "WEEKLY")
        if freq not in FREQUENCIES:
            fields.error("freq", f"{freq!r} is not supported: only WEEKLY schedules are")
        opens_at = fields.clock("opens_at", allow_end_of_day=False)
        closes_at = fields.clock("closes_at", allow_end_of_day=True)
        if opens_at and closes_at and closes_at <= opens_at:
            fields.error(
                "closes_at",
                f"{closes_at} is not after opens_at {opens_at} "
                "(write a session past midnight as two rows, the second from \"00:00\")",
            )
        return {
            "freq": "WEEKLY",
            "byday": fields.days("byday"),
            "opens_at": opens_at,
            "closes_at": closes_at,
            "description": fields.text("description"),
        }

    def check_service_areas(self, fields: Fields) -> tuple[list[str], set[str]]:
        entries = fields.text_list("service_areas", required=True)
        coverage: set[str] = set()
        for position, entry in enumerate(entries):
            where = f"service_areas[{position}]" if len(entries) > 1 else "service_areas"
            if entry == NATIONAL:
                continue
            kind, _, name = entry.partition(":")
            if kind not in AREA_KINDS or not name.strip():
                fields.error(
                    where,
                    f"{entry!r} is not an area: write national, region:<name>, borough:<name> or city:<name>",
                )
                continue
            keys, problem = self.resolve_area(entry)
            if problem:
                fields.error(where, problem)
            else:
                coverage |= keys
        return entries, coverage

    def resolve_area(self, entry: str) -> tuple[Optional[frozenset[str]], Optional[str]]:
        if entry not in self._areas:
            if self._gazetteer is None:
                self._gazetteer = default_gazetteer()
            try:
                place = self._gazetteer.service_area(entry)
            except ValueError as exc:
                self._areas[entry] = (None, str(exc))
            else:
                keys = service_area_keys(place) if place is not None else frozenset()
                problem = None if keys else f"{entry!r} does not resolve to any local authority"
                self._areas[entry] = (keys, problem)
        return self._areas[entry]


def _record_label(kind: str, collection: str, record: LineMapping, index: int) -> str:
    record_id = record.get("id")
    if isinstance(record_id, str) and record_id:
        return f"{kind} {record_id!r}"
    return f"{collection}[{index}]"
