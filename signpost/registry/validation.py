"""Reading and checking a registry file (docs: shared/design/services-format.md).

The whole file is checked before anything is loaded, and every problem is reported, each naming
the file, the record (its id, or its index when the id is missing), the field and the line:

    services.yml: service 'foo' field 'languages': 'xx' is not an ISO 639-1 or ISO 639-3 code (line 42)

Checking also cleans: ``read_registry`` returns the records with defaults filled in, times as
"HH:MM", days as tuples and service areas resolved to coverage keys, ready for the loader.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import urlsplit

import yaml

from signpost.registry import freshness
from signpost.registry.coverage import AREA_KINDS, NATIONAL, Gazetteer, default_gazetteer, service_area_keys
from signpost.registry.iso639 import language_name, two_letter_code
from signpost.registry.opening import DAY_CODES, END_OF_DAY
from signpost.registry.samples import samples_allowed_by_environment
from signpost.registry.vocabulary import (
    COMMUNITIES, FAITHS, FEES, GENDERS, HELPLINE_STATUSES, LED_BY, PHONE_TYPES, REFERRALS, STATUSES,
    unknown_code,
)

FORMAT_VERSION = 1
FREQUENCIES = ("WEEKLY",)

RECORD_ID = re.compile(r"^[a-z0-9-]+$")
TAXONOMY_CODE = re.compile(r"^[a-z0-9_-]+$")
CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::00)?$")
# The United Kingdom with its islands (Scilly to Shetland, Northern Ireland to Lowestoft).
UK_LATITUDE = (49.8, 60.95)
UK_LONGITUDE = (-8.7, 1.8)
MAXIMUM_AGE = 130
EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")

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


@dataclass(frozen=True)
class ValidationIssue:
    file: str
    record: Optional[str]  # "service 'foo'", or "services[3]" when the id is missing
    field: Optional[str]  # "languages", "schedules[1].closes_at"
    message: str
    line: Optional[int] = None
    severity: str = "error"  # "error" | "warning"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        where = " ".join(
            part
            for part in (self.record, f"field '{self.field}'" if self.field else None)
            if part
        )
        text = f"{self.file}: "
        if not self.is_error:
            text += "warning: "
        text += f"{where}: {self.message}" if where else self.message
        if self.line is not None:
            text += f" (line {self.line})"
        return text


class RegistryValidationError(Exception):
    """A registry file with errors; nothing was loaded. ``issues`` lists every error."""

    def __init__(self, issues: list[ValidationIssue]):
        self.issues = [issue for issue in issues if issue.is_error]
        count = len(self.issues)
        files = sorted({issue.file for issue in self.issues})
        heading = f"{', '.join(files)}: {count} error{'s' if count != 1 else ''}, nothing loaded"
        super().__init__("\n".join([heading] + [str(issue) for issue in self.issues]))


@dataclass
class ParsedRegistry:
    """A registry file read and checked: its issues, and its cleaned records when it has no errors."""

    path: Path
    sha256: str
    issues: list[ValidationIssue]
    taxonomy: list[dict] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)

    @property
    def errors(self) -> list[ValidationIssue]:
        return [issue for issue in self.issues if issue.is_error]

    @property
    def warnings(self) -> list[ValidationIssue]:
        return [issue for issue in self.issues if not issue.is_error]


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
    checker = _Checker(str(path), gazetteer, allow_samples, today or freshness.today())
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
    checker = _Checker(source, gazetteer, allow_samples, today or freshness.today())
    parsed = ParsedRegistry(path=Path(source), sha256=sha256, issues=checker.issues)
    parsed.taxonomy, parsed.organizations, parsed.services = checker.check_document(_without_lines(document))
    return parsed


def _without_lines(value: Any) -> Any:
    """Plain dicts and lists as the parser's line-keeping mappings, with no lines to tell."""
    if isinstance(value, dict):
        mapping = _Mapping({key: _without_lines(item) for key, item in value.items()})
        mapping.key_lines = {}
        return mapping
    if isinstance(value, list):
        return [_without_lines(item) for item in value]
    return value


class _Mapping(dict):
    """A YAML mapping that remembers the lines it and its keys were written on."""

    line: Optional[int] = None
    key_lines: dict


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser when installed
    def __init__(self, stream: str):
        super().__init__(stream)
        self.duplicate_keys: list[tuple[str, int]] = []


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Mapping:
    mapping = _Mapping(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            if key_node.value in mapping.key_lines:
                loader.duplicate_keys.append((key_node.value, key_node.start_mark.line + 1))
            mapping.key_lines[key_node.value] = key_node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _Checker:
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
        loader = _LineLoader(text)
        try:
            document = loader.get_single_data()
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            problem = getattr(exc, "problem", None) or str(exc)
            where = f", column {mark.column + 1}" if mark else ""
            self.error(None, None, f"YAML syntax error{where}: {problem}", mark.line + 1 if mark else None)
            return None
        finally:
            loader.dispose()
        for key, line in loader.duplicate_keys:
            self.error(None, key, "this key is written twice in the same record; only the last would count", line)
        if not isinstance(document, dict):
            self.error(None, None, "expected a mapping with version, taxonomy, organizations and services", None)
            return None
        return document

    def check_document(self, document: _Mapping) -> tuple[list[dict], list[dict], list[dict]]:
        version = document.get("version")
        if version != FORMAT_VERSION:
            self.error(None, "version", f"expected {FORMAT_VERSION}, got {version!r}", _line(document, "version"))
        for key in document:
            if key not in TOP_LEVEL_FIELDS:
                self.warn(None, str(key), "not a registry field; ignored", _line(document, key))
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

    def records(self, document: _Mapping, key: str, kind: str) -> list[tuple[int, _Mapping]]:
        """The records under ``key`` with their positions in the list."""
        value = document.get(key)
        if value is None:
            self.error(None, key, f"missing: expected a list of {kind} records", _line(document, key))
            return []
        if not isinstance(value, list):
            self.error(None, key, f"expected a list of {kind} records", _line(document, key))
            return []
        records = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                records.append((index, item))
            else:
                self.error(f"{key}[{index}]", None, f"expected a {kind} record (a mapping), got {item!r}", _line(document, key))
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

    def check_taxonomy_term(self, record: _Mapping, index: int) -> dict:
        code = record.get("code")
        label = f"taxonomy term {code!r}" if isinstance(code, str) and code else f"taxonomy[{index}]"
        fields = _Fields(self, record, label)
        fields.unknown(TAXONOMY_FIELDS)
        return {
            "code": fields.identifier("code", TAXONOMY_CODE, "lower-case letters, digits, '_' and '-'"),
            "name": fields.text("name", required=True),
            "description": fields.text("description"),
            "_line": record.line,
        }

    def check_organization(self, record: _Mapping, index: int) -> dict:
        label = _record_label("organization", "organizations", record, index)
        fields = _Fields(self, record, label)
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
        self, record: _Mapping, index: int, codes: set[str], organization_ids: set[str]
    ) -> dict:
        label = _record_label("service", "services", record, index)
        fields = _Fields(self, record, label)
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

    def check_phone(self, fields: _Fields) -> dict:
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

    def check_assured_date(self, fields: _Fields, sample: bool) -> Optional[date]:
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

    def check_location(self, fields: _Fields) -> dict:
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

    def check_schedule(self, fields: _Fields) -> dict:
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

    def check_service_areas(self, fields: _Fields) -> tuple[list[str], set[str]]:
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


class _Fields:
    """Reads and checks the fields of one record, reporting problems against it."""

    def __init__(self, checker: _Checker, record: _Mapping, label: str, prefix: str = ""):
        self.checker = checker
        self.record = record
        self.label = label
        self.prefix = prefix

    def error(self, name: str, message: str) -> None:
        self.checker.error(self.label, self.prefix + name, message, _line(self.record, name.split("[")[0]))

    def warn(self, name: str, message: str) -> None:
        self.checker.warn(self.label, self.prefix + name, message, _line(self.record, name.split("[")[0]))

    def unknown(self, known: tuple[str, ...]) -> None:
        for key in self.record:
            if key not in known:
                self.checker.warn(self.label, self.prefix + str(key), "not a registry field; ignored", _line(self.record, key))

    def text(self, name: str, required: bool = False) -> Optional[str]:
        value = self.record.get(name)
        if value is None or value == "":
            if required:
                self.error(name, "missing")
            return None
        if not isinstance(value, str):
            self.error(name, f"expected text, got {value!r}")
            return None
        return value.strip()

    def identifier(self, name: str, pattern: re.Pattern, allowed: str) -> Optional[str]:
        value = self.text(name, required=True)
        if value is not None and not pattern.match(value):
            self.error(name, f"{value!r} is not a valid {name}: use only {allowed}")
        return value

    def flag(self, name: str) -> bool:
        value = self.record.get(name)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.error(name, f"expected true or false, got {value!r}")
            return False
        return value

    def choice(self, name: str, allowed: tuple[str, ...], default: Optional[str], required: bool = False) -> Optional[str]:
        value = self.record.get(name)
        if value is None:
            if required:
                self.error(name, f"missing: expected one of {', '.join(allowed)}")
            return default
        if value not in allowed:
            self.error(name, unknown_code(name, str(value), allowed))
            return default
        return value

    def text_list(self, name: str, required: bool = False) -> list[str]:
        value = self.record.get(name)
        if value is None or value == []:
            if required:
                self.error(name, "missing: expected a list")
            return []
        if not isinstance(value, list):
            self.error(name, f"expected a list, got {value!r}")
            return []
        items = []
        for item in value:
            if isinstance(item, str) and item.strip():
                items.append(item.strip())
            else:
                self.error(name, f"{item!r} is not text")
        return list(dict.fromkeys(items))

    def choices(self, name: str, allowed, required: bool = False, what: Optional[str] = None,
                listed: bool = True) -> list[str]:
        items = []
        for item in self.text_list(name, required=required):
            if item in allowed:
                items.append(item)
            else:
                self.error(name, unknown_code(what or name, item, allowed, listed=listed))
        return items

    def open_codes(self, name: str, known, what: str) -> list[str]:
        """Codes from an open list (the registry format calls communities "free codes"): read
        case-insensitively and kept; one the product does not know is a warning (with "did you
        mean" when it is close to a known one), never an error, so a directory that describes
        its communities in its own words still loads."""
        codes = [item.casefold() for item in self.text_list(name)]
        for code in codes:
            self.warn_unless_known(name, code, known, what)
        return codes

    def faith(self, name: str) -> Optional[str]:
        """One faith, from an open list ("e.g. muslim, christian, hindu, sikh" in the format)."""
        value = self.text(name)
        if value is None:
            return None
        self.warn_unless_known(name, value.casefold(), FAITHS, "faith")
        return value.casefold()

    def warn_unless_known(self, name: str, code: str, known, what: str) -> None:
        if code not in known:
            self.warn(name, unknown_code(what, code, known, listed=False)
                      + ": kept as written; it matches only where the same code is asked for")

    def url(self, name: str) -> Optional[str]:
        value = self.text(name)
        if value is not None:
            problem = url_problem(value)
            if problem:
                self.error(name, problem)
                return None
        return value

    def urls(self, name: str) -> list[str]:
        urls = []
        for position, item in enumerate(self.text_list(name)):
            problem = url_problem(item)
            if problem:
                self.error(f"{name}[{position}]", problem)
            else:
                urls.append(item)
        return urls

    def email(self, name: str) -> Optional[str]:
        value = self.text(name)
        if value is not None and not EMAIL.match(value):
            self.error(name, f"{value!r} is not an email address (expected name@example.org)")
            return None
        return value

    def languages(self, name: str) -> list[str]:
        value = self.record.get(name)
        codes = []
        for item in value if isinstance(value, list) else []:
            if isinstance(item, bool):
                self.error(name, f"{item!r} is not an ISO 639-1 code (YAML reads unquoted no/yes/on/off as true or false: quote the code)")
            elif isinstance(item, str) and language_name(item):
                codes.append(item)
            elif isinstance(item, str) and language_name(item.lower()):
                self.error(name, f"{item!r} is not an ISO 639-1 code (codes are lower case: {item.lower()!r})")
            elif isinstance(item, str) and two_letter_code(item.lower()):
                self.error(name, f"{item!r} has an ISO 639-1 code: write {two_letter_code(item.lower())!r}")
            else:
                self.error(name, f"{item!r} is not an ISO 639-1 or ISO 639-3 code")
        if value is not None and not isinstance(value, list):
            self.error(name, f"expected a list of ISO 639-1 codes, got {value!r}")
        return list(dict.fromkeys(codes))

    def age(self, name: str) -> Optional[int]:
        value = self.record.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAXIMUM_AGE:
            self.error(name, f"expected an age in whole years (0 to {MAXIMUM_AGE}), got {value!r}")
            return None
        return value

    def coordinate(self, name: str, bounds: tuple[float, float]) -> Optional[float]:
        value = self.record.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(name, f"expected a number, got {value!r}")
            return None
        if not bounds[0] <= value <= bounds[1]:
            self.error(name, f"{value} is outside the UK ({name} {bounds[0]} to {bounds[1]})")
            return None
        return float(value)

    def clock(self, name: str, allow_end_of_day: bool) -> Optional[str]:
        value = self.record.get(name)
        if value is None:
            self.error(name, 'missing: expected a time such as "18:00"')
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            self.error(name, f'{value!r} is not a time: write times in quotes, e.g. "18:00" (YAML reads an unquoted 18:00 as the number 1080)')
            return None
        match = CLOCK.match(value) if isinstance(value, str) else None
        if not match:
            self.error(name, f'{value!r} is not a time "HH:MM"')
            return None
        hours, minutes = int(match.group(1)), int(match.group(2))
        clock = f"{hours:02d}:{minutes:02d}"
        if clock == END_OF_DAY:
            if not allow_end_of_day:
                self.error(name, '"24:00" is only valid as a closing time')
                return None
            return clock
        if hours > 23 or minutes > 59:
            self.error(name, f'{value!r} is not a time "HH:MM" (00:00 to 23:59, or "24:00" to close at midnight)')
            return None
        return clock

    def days(self, name: str) -> tuple[str, ...]:
        value = self.record.get(name)
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",")]
        if not isinstance(value, list) or not value:
            self.error(name, f"expected a list of days ({', '.join(DAY_CODES)}), got {value!r}")
            return ()
        days = []
        for item in value:
            code = item.upper() if isinstance(item, str) else item
            if code in DAY_CODES:
                days.append(code)
            else:
                self.error(name, f"{item!r} is not a day: use {', '.join(DAY_CODES)}")
        return tuple(dict.fromkeys(days))

    def date(self, name: str) -> Optional[date]:
        value = self.record.get(name)
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                pass
        if not isinstance(value, date):
            self.error(name, f"expected a date YYYY-MM-DD, got {value!r}")
            return None
        return value

    def nested(self, name: str, known: tuple[str, ...], check: Callable[[_Fields], dict]) -> list[dict]:
        value = self.record.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(name, f"expected a list, got {value!r}")
            return []
        nested = []
        for position, item in enumerate(value):
            prefix = f"{self.prefix}{name}[{position}]."
            if not isinstance(item, dict):
                self.checker.error(self.label, prefix[:-1], f"expected a mapping, got {item!r}", _line(self.record, name))
                continue
            fields = _Fields(self.checker, item, self.label, prefix)
            fields.unknown(known)
            nested.append(check(fields))
        return nested


def _record_label(kind: str, collection: str, record: _Mapping, index: int) -> str:
    record_id = record.get("id")
    if isinstance(record_id, str) and record_id:
        return f"{kind} {record_id!r}"
    return f"{collection}[{index}]"


def _line(mapping: Any, key: Any) -> Optional[int]:
    if isinstance(mapping, _Mapping):
        return mapping.key_lines.get(key, mapping.line)
    return None


def uk_phone_problem(number: str, kind: str) -> Optional[str]:
    """Why ``number`` is not a UK number a person can use as ``kind`` (voice, text, textphone), or None.

    voice: 999, 111 and the other three-digit services, 116 xxx (harmonised European numbers:
    Samaritans 116 123), 01 and 02 geographic numbers, 03 non-geographic, 0800 / 0808 freephone,
    084 / 087 and 07 mobile numbers; text: five-digit short codes (Shout 85258) and 07 mobiles;
    textphone: a number as for voice, or one reached through Relay UK (18001 / 18002 before it).
    Numbers may be written with spaces, hyphens, brackets and a leading +44.
    """
    written = number.strip()
    if not re.fullmatch(r"[0-9 ()+-]+", written) or not any(ch.isdigit() for ch in written):
        return f"{number!r} is not a phone number: write the digits, e.g. \"020 7946 0000\""
    digits = re.sub(r"[ ()-]", "", written)
    if digits.startswith("+"):
        if not digits.startswith("+44"):
            return f"{number!r} is not a UK number"
        digits = "0" + digits[3:]
    if "+" in digits:
        return f"{number!r} is not a phone number: '+' may only start it"
    if kind == "text":
        if re.fullmatch(r"[6-8]\d{4}", digits) or re.fullmatch(r"07\d{9}", digits):
            return None
        return f"{number!r} is not a UK text number (a five-digit short code such as 85258, or a 07 mobile)"
    if kind == "textphone":
        relayed = re.fullmatch(r"1800[12](\d+)", digits)
        if relayed:
            digits = relayed.group(1)
    problem = _voice_problem(digits)
    return f"{number!r} {problem}" if problem else None


def _voice_problem(digits: str) -> Optional[str]:
    if re.fullmatch(r"999|112|111|101|105|119", digits) or re.fullmatch(r"116\d{3}", digits):
        return None
    if digits.startswith("09"):
        return "is a premium-rate number: list a number people can afford to call"
    for prefix, pattern, rule in (
        ("01", r"01\d{8,9}", "a geographic (01) number has 10 or 11 digits"),
        ("02", r"02\d{9}", "a geographic (02) number has 11 digits"),
        ("03", r"03\d{9}", "an 03 number has 11 digits"),
        ("0800", r"0800(\d{6,7}|1111)", "a freephone 0800 number has 10 or 11 digits"),
        ("0808", r"0808\d{7}", "a freephone 0808 number has 11 digits"),
        ("084", r"084\d{8}", "an 084 number has 11 digits"),
        ("087", r"087\d{8}", "an 087 number has 11 digits"),
        ("07", r"07\d{9}", "a mobile (07) number has 11 digits"),
    ):
        if digits.startswith(prefix):
            return None if re.fullmatch(pattern, digits) else f"is not a UK number: {rule}"
    return "is not a UK phone number (01, 02, 03, 07, 0800, 0808, 084, 087, 116 xxx, 111 or 999)"


def url_problem(value: str) -> Optional[str]:
    """Why ``value`` is not a web address people can open (http or https, with a host), or None."""
    if any(ch.isspace() for ch in value):
        return f"{value!r} is not a web address: it has spaces (expected https://...)"
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not value.lower().startswith(("http://", "https://")):
        return f"{value!r} is not a web address: only http:// and https:// links are allowed"
    host = (parts.hostname or "").lower()
    if parts.username or parts.password:
        return f"{value!r} is not a web address to list: it carries a user name or password"
    if not HOST.match(host):
        return f"{value!r} is not a web address: {host or 'no host'!s} is not a domain name"
    return None
