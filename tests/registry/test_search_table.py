"""service_search and timetable_opening: written by every load and after every migration, and
searches on them rank and count services, not rows."""
from __future__ import annotations

from alembic import command
from sqlalchemy import select

from signpost.geography import distance_km
from signpost.registry import Registry, SearchQuery, migrate, schema, views
from signpost.registry.opening import week_minute

from .conftest import PECKHAM_SE15, close_test_registry, database_url, days_ago, document, national_line, service
from .conftest import write_yaml

NEAR = {"name": "Near", "latitude": 51.4705, "longitude": -0.0660}  # a few hundred metres from Peckham
FAR = {"name": "Far", "latitude": 51.4300, "longitude": -0.1500}


def spread(service_id: str, **fields) -> dict:
    """A service with two needs, two areas and two locations: eight rows in service_search."""
    return service(service_id, **{"categories": ["peer_support", "community_group"],
                                  "service_areas": ["borough:Southwark", "borough:Lambeth"],
                                  "locations": [FAR, NEAR], **fields})


def search_rows(registry: Registry) -> list[tuple]:
    row = schema.ServiceSearch
    with registry.engine.connect() as connection:
        return [tuple(found) for found in connection.execute(
            select(row.service_id, row.need, row.area_key, row.location, row.lone, row.rank, row.latitude,
                   row.languages, row.communities, row.referrals)
            .order_by(row.service_id, row.need, row.area_key, row.location))]


def opening_rows(registry: Registry) -> list[tuple]:
    """(service, opens, closes): each session of each service's timetable, in minutes of the week."""
    row, opening = schema.ServiceSearch, schema.TimetableOpening
    with registry.engine.connect() as connection:
        return [tuple(found) for found in connection.execute(
            select(row.service_id, opening.opens, opening.closes).distinct()
            .join(opening, opening.timetable == row.timetable)
            .order_by(row.service_id, opening.opens, opening.closes))]


def session(day: str, opens_at: str, closes_at: str) -> tuple[int, int]:
    return week_minute(day, opens_at), week_minute(day, closes_at)


def test_a_load_writes_a_row_per_need_area_and_location(load):
    registry = load(
        spread("spread", languages=["en", "so"], communities=["somali"], referral=["self", "gp"]),
        service("single"),
        service("paused", status="inactive"),
        national_line("line", locations=None),
    )
    rows = search_rows(registry)
    assert {row[0] for row in rows} == {"spread", "single", "line"}  # only active services
    spread_rows = [row[1:5] for row in rows if row[0] == "spread"]
    assert spread_rows == [
        (need, area, location, False)
        for need in ("community_group", "peer_support")
        for area in ("la:lambeth", "la:southwark")
        for location in (0, 1)
    ]
    # each list as ",a,b," (in any order: a LIKE '%,a,%' finds one value)
    listed = {tuple(frozenset(value.strip(",").split(",")) for value in row[7:]) for row in rows if row[0] == "spread"}
    assert listed == {(frozenset({"en", "so"}), frozenset({"somali"}), frozenset({"self", "gp"}))}
    assert all(value.startswith(",") and value.endswith(",") for row in rows for value in row[7:])
    assert [row[1:5] for row in rows if row[0] == "single"] == [("peer_support", "la:southwark", 0, True)]
    assert [row[1:5] for row in rows if row[0] == "line"] == [("helpline", "national", -1, True)]
    single = [row for row in opening_rows(registry) if row[0] == "single"]
    assert single == [("single", *session("WE", "18:00", "20:00"))]
    assert len([row for row in opening_rows(registry) if row[0] == "line"]) == 7


def test_a_reload_replaces_the_rows(load):
    registry = load(spread("spread"), service("single"))
    registry = load(service("single", categories=["talking_therapy"],
                            schedules=[{"freq": "WEEKLY", "byday": ["MO"], "opens_at": "09:00", "closes_at": "12:00"}]))
    assert [row[:5] for row in search_rows(registry)] == [("single", "talking_therapy", "la:southwark", 0, True)]
    assert opening_rows(registry) == [("single", *session("MO", "09:00", "12:00"))]


def test_the_tables_are_written_again_after_a_migration(database, tmp_path, gazetteer):
    registry = Registry.open(database_url(database, tmp_path), gazetteer=gazetteer)
    try:
        registry.load_file(write_yaml(tmp_path / "services.yml", document(
            spread("spread", assured_date=days_ago(3)), service("single"), national_line("line"))))
        loaded = search_rows(registry), opening_rows(registry)
        with registry.engine.begin() as connection:
            config = migrate.config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
        migrate.upgrade(registry.engine)
        assert (search_rows(registry), opening_rows(registry)) == loaded
        assert len(loaded[0]) == 8 + 1 + 1
    finally:
        close_test_registry(registry)


def test_services_with_many_rows_rank_and_page_once_each(load):
    # nearest location first: each service's near location is a little further away than the last
    services = [spread(f"spread-{k}", name=f"Spread {k}", assured_date=days_ago(10 + k),
                       locations=[FAR, {**NEAR, "latitude": round(NEAR["latitude"] + 0.004 * (5 - k), 4)}])
                for k in range(6)]
    registry = load(*services, service("single", name="Single", locations=[FAR]))

    def distance(record: dict) -> float:
        return min(distance_km(PECKHAM_SE15.latitude, PECKHAM_SE15.longitude, location["latitude"],
                               location["longitude"]) for location in record["locations"])

    expected = [record["id"] for record in sorted(services, key=distance)]
    assert expected == [f"spread-{k}" for k in reversed(range(6))]
    query = {"categories": ["peer_support", "community_group"], "place": PECKHAM_SE15}
    pages = [registry.search(SearchQuery(limit=2, offset=offset, **query)) for offset in (0, 2, 4, 6)]
    assert [view.id for page in pages for view in page.services] == expected + ["single"]
    assert {page.total for page in pages} == {7}
    first = pages[0].services[0]
    assert round(first.distance_km, 2) == round(distance(services[5]), 2)  # the nearer of its two locations


def test_totals_count_services_not_rows(load):
    registry = load(*(spread(f"spread-{k}") for k in range(4)), *(service(f"single-{k}") for k in range(5)),
                    national_line("line", categories=["peer_support"]))
    for categories in (["peer_support"], ["peer_support", "community_group"], []):
        for limit in (0, 2, 20):
            results = registry.search(SearchQuery(categories=categories, place=PECKHAM_SE15, limit=limit))
            assert results.total == 10, (categories, limit)
    assert registry.search(SearchQuery(categories=["community_group"], limit=1)).total == 4


def test_many_services_are_read_in_batches(load, monkeypatch):
    registry = load(*(service(f"service-{k}", assured_date=days_ago(10 + k)) for k in range(5)))
    whole = registry.search(SearchQuery(limit=100)).services
    monkeypatch.setattr(views, "_BATCH", 2)
    assert registry.search(SearchQuery(limit=100)).services == whole
    assert [view.id for view in whole] == [f"service-{k}" for k in range(5)]
