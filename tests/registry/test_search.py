from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from signpost.registry import SearchQuery
from signpost.registry.opening import LONDON, is_open

from .conftest import LONDON as LONDON_REGION
from .conftest import MANCHESTER, PECKHAM_SE15, SOUTHWARK, days_ago, national_line, service

EVERY_DAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
MANCHESTER_LOCATION = [{"name": "Centre", "latitude": 53.4580, "longitude": -2.2000}]
LAMBETH_LOCATION = [{"name": "Hub", "latitude": 51.4620, "longitude": -0.1150}]


def ids(results) -> list[str]:
    return [view.id for view in results.services]


def found(registry, **query) -> list[str]:
    return ids(registry.search(SearchQuery(limit=100, **query)))


def test_only_active_services_are_ever_returned(load):
    registry = load(
        service("open"),
        service("paused", status="inactive"),
        service("gone", status="defunct"),
        service("shut-for-now", status="temporarily closed"),
        national_line("gone-line", status="defunct"),
    )
    assert found(registry) == ["open"]
    assert found(registry, place=SOUTHWARK) == ["open"]
    widened = registry.search_widening(SearchQuery(place=MANCHESTER, categories=["helpline"]))
    assert (widened.total, widened.services) == (0, [])


def test_categories_match_any_of(load):
    registry = load(
        service("peers", categories=["peer_support"]),
        service("group", categories=["community_group"]),
        service("both", categories=["peer_support", "community_group"]),
        service("therapy", categories=["talking_therapy"]),
    )
    assert set(found(registry, categories=["peer_support"])) == {"peers", "both"}
    assert set(found(registry, categories=["peer_support", "community_group"])) == {"peers", "group", "both"}


def test_languages_are_a_hard_filter_on_any_of_them(load):
    registry = load(
        service("somali", languages=["en", "so"]),
        service("arabic", languages=["ar"]),
        service("english", languages=["en"]),
    )
    assert found(registry, languages=["so"]) == ["somali"]
    assert set(found(registry, languages=["so", "ar"])) == {"somali", "arabic"}
    assert found(registry, languages=["ta"]) == []


def test_communities_rank_but_do_not_filter(load):
    registry = load(
        service("general", name="A general group"),
        service("for-somali-women", name="Z group", communities=["somali"]),
    )
    assert found(registry, communities=["somali"]) == ["for-somali-women", "general"]
    assert found(registry) == ["general", "for-somali-women"]


def test_faith_ranks_but_does_not_filter(load):
    registry = load(service("a-secular", name="A"), service("z-temple", name="Z", faith="hindu"))
    assert found(registry, faith="Hindu") == ["z-temple", "a-secular"]


def test_gender_excludes_the_other_gender_and_ranks_its_own_first(load):
    registry = load(
        service("a-everyone", name="A", gender="any"),
        service("b-women", name="B", gender="women"),
        service("c-men", name="C", gender="men"),
    )
    assert found(registry, gender="women") == ["b-women", "a-everyone"]
    assert found(registry, gender="men") == ["c-men", "a-everyone"]
    assert found(registry, gender="women", gender_only=True) == ["b-women"]
    assert set(found(registry)) == {"a-everyone", "b-women", "c-men"}


def test_age_limits(load):
    registry = load(
        service("all-ages"),
        service("adults", minimum_age=18),
        service("young", minimum_age=16, maximum_age=25),
    )
    assert set(found(registry, age=15)) == {"all-ages"}
    assert set(found(registry, age=17)) == {"all-ages", "young"}
    assert set(found(registry, age=25)) == {"all-ages", "adults", "young"}
    assert set(found(registry, age=26)) == {"all-ages", "adults"}


def test_fees(load):
    registry = load(service("free", fees="free"), service("cheap", fees="low_cost"), service("paid", fees="paid"))
    assert found(registry, fees="free") == ["free"]
    assert set(found(registry, fees="low_cost")) == {"free", "cheap"}
    assert set(found(registry)) == {"free", "cheap", "paid"}


def test_referral_routes_and_walk_in_counts_as_self_referral(load):
    registry = load(
        service("self", referral=["self"]),
        service("walk-in", referral=["walk_in"]),
        service("gp-only", referral=["gp"]),
        service("professional", referral=["professional", "gp"]),
    )
    assert set(found(registry, referral=["self"])) == {"self", "walk-in"}
    assert set(found(registry, referral=["walk_in"])) == {"walk-in"}
    assert set(found(registry, referral=["gp"])) == {"gp-only", "professional"}


def test_crisis_alternative(load):
    registry = load(service("haven", categories=["crisis_alternative"], crisis_alternative=True), service("group"))
    assert found(registry, crisis_alternative=True) == ["haven"]
    assert found(registry, crisis_alternative=False) == ["group"]


def test_text_matches_name_description_or_organization_case_insensitively(load):
    registry = load(
        service("named", name="Sisters Together"),
        service("described", description="Tea and talk on Thursdays"),
        service("other"),
        national_line("by-organization"),
        service("percent", name="100% volunteer-run"),
    )
    assert found(registry, text="sisters") == ["named"]
    assert found(registry, text="TEA AND") == ["described"]
    assert found(registry, text="listening charity") == ["by-organization"]
    assert found(registry, text="100%") == ["percent"]
    assert found(registry, text="0%") == ["percent"]
    assert found(registry, text="%") == ["percent"]


def test_open_at_keeps_services_open_then(load):
    registry = load(
        service("wednesday-evening"),
        service("nights", schedules=[
            {"byday": ["FR", "SA", "SU", "MO"], "opens_at": "18:00", "closes_at": "24:00"},
            {"byday": ["SA", "SU", "MO", "TU"], "opens_at": "00:00", "closes_at": "02:00"},
        ]),
        national_line("always"),
        service("no-hours", schedules=None),
    )
    wednesday_7pm = datetime(2026, 11, 25, 19, 0, tzinfo=LONDON)
    saturday_1am = datetime(2026, 11, 21, 1, 0, tzinfo=LONDON)
    assert set(found(registry, open_at=wednesday_7pm)) == {"wednesday-evening", "always"}
    assert set(found(registry, open_at=saturday_1am)) == {"nights", "always"}
    assert set(found(registry)) == {"wednesday-evening", "nights", "always", "no-hours"}


@pytest.mark.parametrize(
    "transition",
    [datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc), datetime(2026, 10, 25, 1, 0, tzinfo=timezone.utc)],
    ids=["spring-forward", "fall-back"],
)
def test_open_at_filter_agrees_with_open_now_across_clock_changes(load, transition):
    registry = load(
        national_line("always"),
        service("early", schedules=[{"byday": ["SA", "SU"], "opens_at": "00:00", "closes_at": "01:30"}]),
        service("from-half-one", schedules=[{"byday": ["SU"], "opens_at": "01:30", "closes_at": "04:00"}]),
        service("one-to-three", schedules=[{"byday": ["SU"], "opens_at": "01:00", "closes_at": "03:00"}]),
        service("nights", schedules=[
            {"byday": ["SA"], "opens_at": "22:00", "closes_at": "24:00"},
            {"byday": ["SU"], "opens_at": "00:00", "closes_at": "02:00"},
        ]),
    )
    everything = {view.id: view for view in registry.search(SearchQuery(limit=100)).services}
    moment = transition - timedelta(hours=3)
    while moment <= transition + timedelta(hours=3):
        expected = {service_id for service_id, view in everything.items() if is_open(view.schedules, moment)}
        results = registry.search(SearchQuery(open_at=moment, now=moment, limit=100))
        assert set(ids(results)) == expected, moment
        assert all(view.open_now for view in results.services)
        moment += timedelta(minutes=15)


def test_place_matching_by_borough_postcode_district_city_and_region(load):
    registry = load(
        service("southwark"),
        service("lambeth", service_areas=["borough:Lambeth"], locations=LAMBETH_LOCATION),
        service("london-wide", service_areas=["region:London"], locations=None),
        service("manchester", service_areas=["city:Manchester"], locations=MANCHESTER_LOCATION),
    )
    everywhere_in_london = {"southwark", "lambeth", "london-wide"}
    assert set(found(registry, place=SOUTHWARK, include_national=False)) == {"southwark", "london-wide"}
    assert set(found(registry, place=PECKHAM_SE15, include_national=False)) == {"southwark", "london-wide"}
    assert set(found(registry, place=MANCHESTER, include_national=False)) == {"manchester"}
    assert set(found(registry, place=LONDON_REGION, include_national=False)) == everywhere_in_london


def test_place_matching_through_the_gazetteer(load, gazetteer):
    registry = load(
        service("southwark"),
        service("manchester", service_areas=["city:Manchester"], locations=MANCHESTER_LOCATION),
        service("london-wide", service_areas=["region:London"], locations=None),
    )
    for text, expected in [("Southwark", {"southwark", "london-wide"}), ("Manchester", {"manchester"}),
                           ("London", {"southwark", "london-wide"})]:
        place = gazetteer.resolve(text)
        assert place is not None, text
        assert set(found(registry, place=place, include_national=False)) == expected, text


def test_national_services_come_after_local_ones(load):
    registry = load(
        national_line("a-national", categories=["peer_support"], assured_date=days_ago(10)),
        service("z-local", name="Z", assured_date=days_ago(300)),
    )
    assert found(registry, place=SOUTHWARK) == ["z-local", "a-national"]
    assert found(registry, place=SOUTHWARK, include_national=False) == ["z-local"]
    assert found(registry, place=MANCHESTER) == ["a-national"]
    views = registry.search(SearchQuery(place=SOUTHWARK)).services
    assert [view.is_national for view in views] == [False, True]


def test_for_helplines_national_lines_rank_by_match_not_by_being_local(load):
    registry = load(
        service("local-line", categories=["helpline"], languages=["en"]),
        national_line("somali-line", languages=["en", "so"], communities=["somali"]),
    )
    query = dict(place=SOUTHWARK, categories=["helpline"], communities=["somali"])
    assert found(registry, **query) == ["somali-line", "local-line"]
    assert found(registry, place=SOUTHWARK, categories=["helpline", "peer_support"], communities=["somali"]) == [
        "local-line", "somali-line"]


def test_more_preferences_matched_ranks_higher(load):
    registry = load(
        service("a-none", name="A"),
        service("b-community", name="B", communities=["somali"]),
        service("c-community-and-faith", name="C", communities=["somali"], faith="muslim"),
        service("d-all-three", name="D", communities=["somali"], faith="muslim", gender="women"),
    )
    assert found(registry, communities=["somali"], faith="muslim", gender="women") == [
        "d-all-three", "c-community-and-faith", "b-community", "a-none"]


def test_nearer_services_rank_first_and_report_their_distance(load):
    point = (SOUTHWARK.latitude, SOUTHWARK.longitude)
    registry = load(
        service("far", name="A far", locations=[{"name": "Far", "latitude": point[0] - 0.04, "longitude": point[1]}]),
        service("near", name="Z near", locations=[
            {"name": "Other", "latitude": point[0] + 0.05, "longitude": point[1]},
            {"name": "Near", "latitude": point[0] + 0.005, "longitude": point[1]},
        ]),
        service("nowhere", name="B no location", locations=None),
    )
    results = registry.search(SearchQuery(place=SOUTHWARK, limit=10))
    assert ids(results) == ["near", "far", "nowhere"]
    near, far, nowhere = results.services
    assert near.distance_km == pytest.approx(0.556, abs=0.01)  # nearest of its two locations
    assert far.distance_km == pytest.approx(4.45, abs=0.02)
    assert nowhere.distance_km is None
    assert registry.search(SearchQuery(limit=10)).services[0].distance_km is None  # no place, no distance


def test_ties_break_on_newest_assured_date_then_name(load):
    registry = load(
        service("older", name="A older", assured_date=days_ago(200)),
        service("newer-b", name="B newer", assured_date=days_ago(60)),
        service("newer-a", name="A newer", assured_date=days_ago(60)),
        service("unchecked", name="A unchecked", assured_date=None, sample=True),
    )
    assert found(registry) == ["newer-a", "newer-b", "older", "unchecked"]


def test_paging(load):
    registry = load(*(service(f"s{number}", name=f"Service {number:02d}") for number in range(7)))
    first = registry.search(SearchQuery(limit=3))
    second = registry.search(SearchQuery(limit=3, offset=3))
    last = registry.search(SearchQuery(limit=3, offset=6))
    assert first.total == second.total == last.total == 7
    assert ids(first) + ids(second) + ids(last) == [f"s{number}" for number in range(7)]
    assert registry.search(SearchQuery(limit=3, offset=9)).services == []


def test_without_a_place_every_service_qualifies(load):
    registry = load(
        service("southwark"),
        service("manchester", service_areas=["city:Manchester"], locations=MANCHESTER_LOCATION),
        national_line("line"),
    )
    assert set(found(registry)) == {"southwark", "manchester", "line"}
    assert set(found(registry, include_national=False)) == {"southwark", "manchester"}


def test_results_carry_opening_state_for_now(load):
    registry = load(service("wednesday-evening"))
    now = datetime(2026, 11, 25, 17, 0, tzinfo=LONDON)
    [view] = registry.search(SearchQuery(now=now)).services
    assert not view.open_now
    assert view.next_opening == datetime(2026, 11, 25, 18, 0, tzinfo=LONDON)
    assert view.next_closing == datetime(2026, 11, 25, 20, 0, tzinfo=LONDON)


@pytest.mark.parametrize("bad", [dict(gender="female"), dict(fees="paid"), dict(limit=-1)])
def test_bad_queries_are_refused(bad):
    with pytest.raises(ValueError):
        SearchQuery(**bad)
