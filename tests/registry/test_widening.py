"""When nothing matches exactly: nearby, then national, then interpreters, then any need in the place."""
from __future__ import annotations

from signpost.registry import SearchQuery

from .conftest import MANCHESTER, SOUTHWARK, national_line, service

LAMBETH_HUB = [{"name": "Hub", "latitude": 51.4620, "longitude": -0.1150}]  # about 3 km from Southwark's point
MANCHESTER_CENTRE = [{"name": "Centre", "latitude": 53.4580, "longitude": -2.2000}]


def widen(registry, **query):
    results = registry.search_widening(SearchQuery(limit=10, **query))
    return results.widened, [view.id for view in results.services]


def test_exact_matches_are_not_widened(load):
    registry = load(service("here", categories=["talking_therapy"]))
    assert widen(registry, place=SOUTHWARK, categories=["talking_therapy"]) == ([], ["here"])


def test_nearby_by_location_within_25_km(load):
    registry = load(
        service("lambeth-therapy", categories=["talking_therapy"], service_areas=["borough:Lambeth"],
                locations=LAMBETH_HUB),
        service("manchester-therapy", categories=["talking_therapy"], service_areas=["city:Manchester"],
                locations=MANCHESTER_CENTRE),
    )
    assert registry.search(SearchQuery(place=SOUTHWARK, categories=["talking_therapy"])).total == 0
    widened, found = widen(registry, place=SOUTHWARK, categories=["talking_therapy"])
    assert (widened, found) == (["nearby"], ["lambeth-therapy"])
    view = registry.search_widening(SearchQuery(place=SOUTHWARK, categories=["talking_therapy"])).services[0]
    assert 0 < view.distance_km < 25


def test_nearby_by_neighbouring_local_authority(load, gazetteer):
    neighbours = [place.name for place in gazetteer.nearby_local_authorities("Southwark", 15)]
    assert "Lambeth" in neighbours
    registry = load(
        service("lambeth-line", categories=["talking_therapy"], service_areas=["borough:Lambeth"], locations=None),
    )
    assert widen(registry, place=SOUTHWARK, categories=["talking_therapy"]) == (["nearby"], ["lambeth-line"])


def test_nearby_keeps_the_other_filters(load):
    registry = load(
        service("lambeth-therapy", categories=["talking_therapy"], languages=["en"], service_areas=["borough:Lambeth"],
                locations=LAMBETH_HUB),
        service("here-group", categories=["community_group"], languages=["so"]),
    )
    # the Lambeth service does not speak Somali, so the search falls through to any need in Southwark
    assert widen(registry, place=SOUTHWARK, categories=["talking_therapy"], languages=["so"]) == (
        ["any_need"], ["here-group"])


def test_national_when_national_services_were_left_out(load):
    registry = load(national_line("line", categories=["talking_therapy"]), service("here", categories=["peer_support"]))
    query = dict(place=MANCHESTER, categories=["talking_therapy"], include_national=False)
    assert registry.search(SearchQuery(**query)).total == 0
    assert widen(registry, **query) == (["national"], ["line"])


def test_interpreters_when_nobody_speaks_the_language(load):
    registry = load(
        service("with-interpreters", categories=["talking_therapy"], languages=["en"],
                interpretation_services="Telephone interpreters on request"),
        service("english-only", categories=["talking_therapy"], languages=["en"]),
        national_line("line-with-interpreters", categories=["talking_therapy"],
                      interpretation_services="Interpreters for any language"),
        national_line("line-english-only", categories=["talking_therapy"]),
    )
    query = dict(place=SOUTHWARK, categories=["talking_therapy"], languages=["ti"])
    assert registry.search(SearchQuery(**query)).total == 0
    widened, found = widen(registry, **query)
    assert widened == ["interpreters"]
    assert found == ["with-interpreters", "line-with-interpreters"]


def test_any_need_in_the_place_as_a_last_resort(load):
    registry = load(
        service("here-group", categories=["community_group"]),
        service("manchester-therapy", categories=["talking_therapy"], service_areas=["city:Manchester"],
                locations=MANCHESTER_CENTRE),
        national_line("line", categories=["helpline"]),
    )
    assert widen(registry, place=SOUTHWARK, categories=["crisis_alternative"]) == (["any_need"], ["here-group"])


def test_nothing_anywhere_finds_nothing(load):
    registry = load(service("here", categories=["community_group"], languages=["en"]))
    results = registry.search_widening(SearchQuery(place=MANCHESTER, categories=["talking_therapy"], languages=["ti"]))
    assert (results.total, results.services, results.widened) == (0, [], [])


def test_steps_stop_at_the_first_that_finds_something(load):
    registry = load(
        service("lambeth-therapy", categories=["talking_therapy"], service_areas=["borough:Lambeth"],
                locations=LAMBETH_HUB),
        service("here-group", categories=["community_group"]),
    )
    assert widen(registry, place=SOUTHWARK, categories=["talking_therapy"]) == (["nearby"], ["lambeth-therapy"])
