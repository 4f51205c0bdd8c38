"""A generated registry of 10,000 services loads and is searched correctly (timings live in bench/)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from signpost.registry import SearchQuery, schema
from signpost.registry.opening import LONDON, Schedule, is_open, week_minute
from signpost.registry.synthetic import generate_registry

from .conftest import DATABASES, LONDON as LONDON_REGION, MANCHESTER, PECKHAM_SE15, SOUTHWARK
from .conftest import close_test_registry, open_test_registry, write_yaml

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


def test_every_service_has_its_own_sessions_in_its_timetable(big_registry, generated):
    """Services share a timetable only when they have the same sessions (in minutes of the week)."""
    row, opening = schema.ServiceSearch, schema.TimetableOpening
    with big_registry.engine.connect() as connection:
        timetable_of = dict(connection.execute(select(row.service_id, row.timetable).distinct()).all())
        sessions: dict[int, set[tuple[int, int]]] = {}
        for opens, closes, timetable in connection.execute(select(opening.opens, opening.closes, opening.timetable)):
            sessions.setdefault(timetable, set()).add((opens, closes))
    active = [record for record in generated["services"] if record["status"] == "active"]
    assert set(timetable_of) == {record["id"] for record in active}
    for record in active:
        expected = {(week_minute(day, row["opens_at"]), week_minute(day, row["closes_at"]))
                    for row in record["schedules"] for day in row["byday"]}
        assert sessions.get(timetable_of[record["id"]], set()) == expected, record["id"]
    assert len(sessions) < 0.6 * len(active)  # shared (4921 for 8988 services): "open at" reads fewer rows


# "open at" moments: the bench's Wednesday evening; the week's last minute and its first (the ends of
# the week's minutes); when night sessions close; just after the clocks go forward; and the repeated
# hour when they go back (searched another way: see open_rows_window)
MOMENTS = [
    datetime(2026, 12, 2, 19, 30, tzinfo=timezone.utc),
    datetime(2026, 12, 6, 23, 59, tzinfo=LONDON),
    datetime(2026, 12, 7, 0, 0, tzinfo=LONDON),
    datetime(2026, 12, 5, 3, 0, tzinfo=LONDON),
    datetime(2026, 3, 29, 1, 30, tzinfo=timezone.utc),
    datetime(2026, 10, 25, 1, 30, tzinfo=timezone.utc),
]
SHAPES = {
    "crisis flow": dict(crisis_alternative=True, crisis_flow=True, place=PECKHAM_SE15, include_national=False,
                        limit=4),
    "need in a city": dict(categories=["peer_support"], place=MANCHESTER, limit=3),
    "helplines": dict(categories=["helpline"], limit=10),
    "needs in a region, second page": dict(categories=["community_group", "befriending"], place=LONDON_REGION,
                                           communities=["somali"], limit=5, offset=5),
    "need within 5 km": dict(categories=["talking_therapy"], place=PECKHAM_SE15, max_distance_km=5, limit=3),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_open_at_finds_what_checking_every_match_finds(big_registry, shape):
    """The quick "open at" (timetables in SQL, the page and the count from one statement) against the
    straightforward one: every match without it, kept when its schedule rows say it is open then.
    Same services, same order, same total, same views (distance, open now, next opening)."""
    paged = 0
    for moment in MOMENTS:
        query = SearchQuery(open_at=moment, now=moment, **SHAPES[shape])
        everything = big_registry.search(replace(query, open_at=None, limit=SIZE, offset=0))
        assert everything.total == len(everything.services) < SIZE
        expected = [view for view in everything.services if is_open(view.schedules, moment)]
        found = big_registry.search(query)
        assert found.total == len(expected), moment
        assert found.services == expected[query.offset : query.offset + query.limit], moment
        paged += len(expected) > query.offset + query.limit
    assert paged  # at least once, more open services than the page: counted, not just read
