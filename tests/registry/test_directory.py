"""The shipped directory (services.yml): real services with their sources, and as many as issue 15 asks.

These tests read the real file, so they fail if a record loses its sources, if a date moves into the
future, if two organisations share a number, or if the directory shrinks below the counts below.
The illustrative records live in demo/services.yml; tests use tests/data/registry.yml.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest

from signpost.registry.iso639 import language_name
from signpost.registry.validation import read_registry

from .conftest import PROJECT_REGISTRY

DEMO_REGISTRY = PROJECT_REGISTRY.parent / "demo" / "services.yml"
ENGLISH_REGIONS = {
    "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
    "East of England", "London", "South East", "South West",
}
# issue 15, point 1
MINIMUM_SERVICES = 150
MINIMUM_LOCAL_AUTHORITIES = 30
MINIMUM_STAFF_LANGUAGES = 20
MINIMUM_CRISIS_ALTERNATIVES = 25
MINIMUM_CRISIS_AREAS = 12


@pytest.fixture(scope="module")
def directory(gazetteer):
    parsed = read_registry(PROJECT_REGISTRY, gazetteer=gazetteer, allow_samples=False)
    assert parsed.errors == []
    return parsed


def local_authorities(service, gazetteer) -> set[tuple[str, str]]:
    """(local authority, region) pairs a local service names (borough: and city: entries)."""
    found = set()
    for entry in service["service_areas"]:
        if entry.startswith(("borough:", "city:")):
            place = gazetteer.service_area(entry)
            found |= {(name, gazetteer.service_area(f"borough:{name}").region) for name in place.local_authorities}
    return found


def regions(service, gazetteer) -> set[str]:
    named = {region for _, region in local_authorities(service, gazetteer)}
    named |= {gazetteer.service_area(entry).region or entry.partition(":")[2]
              for entry in service["service_areas"] if entry.startswith("region:")}
    return named


def test_every_record_is_real_and_says_where_its_facts_come_from(directory):
    assert [s["id"] for s in directory.services if s["sample"]] == []
    for service in directory.services:
        assert service["sources"], service["id"]
        assert service["assured_date"] is not None and service["assured_date"] <= date.today(), service["id"]


def test_no_phone_number_is_on_two_organisations(directory):
    organizations = defaultdict(set)
    for service in directory.services:
        for phone in service["phones"]:
            organizations[re.sub(r"\D", "", phone["number"].replace("+44", "0"))].add(service["organization"])
    assert {number: orgs for number, orgs in organizations.items() if len(orgs) > 1} == {}


def test_every_service_area_resolves_and_every_language_code_is_valid(directory, gazetteer):
    for service in directory.services:
        for entry in service["service_areas"]:
            assert entry == "national" or gazetteer.service_area(entry) is not None, (service["id"], entry)
        assert service["coverage"] or service["service_areas"] == ["national"], service["id"]
        for code in service["languages"]:
            assert language_name(code), (service["id"], code)


def test_the_directory_holds_the_counts_issue_15_asks_for(directory, gazetteer):
    services = directory.services
    local = [s for s in services if s["service_areas"] != ["national"]]
    assert len(services) >= MINIMUM_SERVICES
    authorities = set().union(*(local_authorities(s, gazetteer) for s in local))
    assert len({name for name, _ in authorities}) >= MINIMUM_LOCAL_AUTHORITIES
    assert {region for _, region in authorities} == ENGLISH_REGIONS
    languages = {code for s in services for code in s["languages"]}
    assert len(languages) >= MINIMUM_STAFF_LANGUAGES, sorted(languages)
    crisis = [s for s in local if s["crisis_alternative"]]
    assert len(crisis) >= MINIMUM_CRISIS_ALTERNATIVES
    assert len({name for s in crisis for name, _ in local_authorities(s, gazetteer)}) >= MINIMUM_CRISIS_AREAS


def test_every_kind_of_service_the_seeds_name_is_there(directory):
    organizations = {o["id"]: o for o in directory.organizations}

    def led_by(service):
        return organizations[service["organization"]]["led_by"]

    def text(service):
        return f"{service['name']} {service['description'] or ''}"

    kinds = {
        "BME-led or culturally specific": lambda s: s["culturally_specific"] or "bme_led" in led_by(s),
        "peer support": lambda s: "peer_support" in s["categories"],
        "advocacy": lambda s: "advocacy" in s["categories"],
        "independent mental health advocacy": lambda s: "advocacy" in s["categories"] and bool(
            re.search(r"\bIMHA\b|Independent Mental Health Advoca", text(s))),
        "faith-based listening": lambda s: bool(s["faith"]) or "faith_support" in s["categories"]
        or "faith_based" in led_by(s),
        "refugee and asylum support": lambda s: "refugees_asylum_seekers" in s["communities"],
        "women-only": lambda s: s["gender"] == "women",
        "LGBTQ+": lambda s: bool({"lgbtq", "lgbtq_poc"} & set(s["communities"])),
        "young people": lambda s: "young_people" in s["communities"],
        "carers": lambda s: "carers" in s["communities"],
    }
    counts = {kind: sum(1 for s in directory.services if test(s)) for kind, test in kinds.items()}
    assert [kind for kind, count in counts.items() if count == 0] == []


def test_records_marked_for_a_check_say_why(directory):
    for service in directory.services:
        assert service["check_note"] is None or len(service["check_note"]) > 20, service["id"]


def test_the_demo_registry_keeps_the_illustrations_and_the_national_lines(gazetteer):
    demo = read_registry(DEMO_REGISTRY, gazetteer=gazetteer, allow_samples=True)
    assert demo.errors == []
    assert sum(1 for s in demo.services if s["sample"]) > 50
    national = {s["id"] for s in demo.services if s["service_areas"] == ["national"] and not s["sample"]}
    assert {"samaritans-helpline", "shout-text-85258", "nhs-111-mental-health"} <= national
