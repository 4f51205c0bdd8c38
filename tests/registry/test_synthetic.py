"""A generated registry of 10,000 services loads and is searched correctly (timings live in bench/)."""
from __future__ import annotations

from datetime import datetime

import pytest

from signpost.registry import SearchQuery
from signpost.registry.opening import LONDON, Schedule, is_open
from signpost.registry.synthetic import generate_registry

from .conftest import DATABASES, SOUTHWARK, close_test_registry, open_test_registry, write_yaml

SIZE = 10_000


@pytest.fixture(scope="module")
def generated():
    return generate_registry(SIZE, seed=7)


@pytest.fixture(scope="module", params=DATABASES)
def big_registry(request, generated, tmp_path_factory, gazetteer):
    folder = tmp_path_factory.mktemp("big")
    registry = open_test_registry(request.param, folder, gazetteer)
    report = registry.load_file(write_yaml(folder / "services.yml", generated))
    assert report.services == SIZE and report.warnings == []
    yield registry
    close_test_registry(registry)


def expected_ids(generated, keep) -> set[str]:
    return {record["id"] for record in generated["services"] if record["status"] == "active" and keep(record)}


def in_southwark(record) -> bool:
    return bool({"borough:Southwark", "region:London", "national"} & set(record["service_areas"]))


def schedules(record) -> tuple[Schedule, ...]:
    return tuple(Schedule(tuple(row["byday"]), row["opens_at"], row["closes_at"]) for row in record["schedules"])


def test_generation_is_deterministic_and_sized(generated):
    assert generate_registry(SIZE, seed=7) == generated
    assert generate_registry(50, seed=8) != generate_registry(50, seed=9)
    assert len(generated["services"]) == SIZE
    assert len({record["id"] for record in generated["services"]}) == SIZE


def test_every_service_loads(big_registry):
    assert big_registry.count_services() == SIZE


def test_need_language_and_place(big_registry, generated):
    query = SearchQuery(categories=["peer_support"], languages=["so"], place=SOUTHWARK, limit=SIZE)
    results = big_registry.search(query)
    expected = expected_ids(
        generated,
        lambda record: "peer_support" in record["categories"] and "so" in record["languages"] and in_southwark(record),
    )
    assert expected
    assert results.total == len(expected)
    assert {view.id for view in results.services} == expected
    locals_first = [view.is_national for view in results.services]
    assert locals_first == sorted(locals_first)


def test_open_at_and_filters_without_a_place(big_registry, generated):
    saturday_1am = datetime(2026, 11, 21, 1, 0, tzinfo=LONDON)
    query = SearchQuery(open_at=saturday_1am, fees="low_cost", referral=["self"], limit=SIZE)
    expected = expected_ids(
        generated,
        lambda record: is_open(schedules(record), saturday_1am)
        and record["fees"] in ("free", "low_cost")
        and bool({"self", "walk_in"} & set(record["referral"])),
    )
    assert expected
    results = big_registry.search(query)
    assert {view.id for view in results.services} == expected


def test_first_page_is_the_best_ranked(big_registry, generated):
    query = SearchQuery(categories=["community_group"], place=SOUTHWARK, communities=["somali"], limit=3)
    page = big_registry.search(query).services
    everything = big_registry.search(SearchQuery(categories=["community_group"], place=SOUTHWARK,
                                                 communities=["somali"], limit=SIZE)).services
    assert [view.id for view in page] == [view.id for view in everything[:3]]
    local = [view for view in everything if not view.is_national]
    somali_first = ["somali" in view.communities for view in local]
    assert somali_first == sorted(somali_first, reverse=True)
