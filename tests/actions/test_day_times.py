"""A day of the week (and a part of it) asked for: the window it means, and a real search over a
real SQLite registry that keeps the services open then and says so."""
from datetime import datetime
from types import SimpleNamespace

import pytest
import yaml

from actions import context
from actions import search as search_actions
from actions.search import ActionSearchServices
from signpost.conversation.search_request import LONDON, time_window
from signpost.i18n import t
from signpost.registry.opening import Schedule
from signpost.understanding import extract_entities
from tests.actions.conftest import make_tracker, run, shown, texts

WEDNESDAY_NOON = datetime(2026, 12, 9, 12, 0, tzinfo=LONDON)
FRIDAY_NOON = datetime(2026, 12, 11, 12, 0, tzinfo=LONDON)
SATURDAY_NOON = datetime(2026, 12, 12, 12, 0, tzinfo=LONDON)


def at(day, hour):
    return datetime(2026, 12, day, hour, 0, tzinfo=LONDON)


@pytest.mark.parametrize("value, now, start, end", [
    ("friday evening", WEDNESDAY_NOON, at(11, 17), at(12, 6)),
    ("friday night", FRIDAY_NOON, at(11, 17), at(12, 6)),
    ("friday evening", SATURDAY_NOON, at(18, 17), at(19, 6)),  # last night's has gone: next Friday's
    ("friday", FRIDAY_NOON, FRIDAY_NOON, at(12, 0)),  # what is left of today
    ("sunday afternoon", WEDNESDAY_NOON, at(13, 12), at(13, 17)),
    ("monday morning", WEDNESDAY_NOON, at(14, 6), at(14, 12)),
    ("tomorrow morning", WEDNESDAY_NOON, at(10, 6), at(10, 12)),
    ("evening", WEDNESDAY_NOON, at(9, 17), at(10, 6)),
])
def test_a_day_means_its_next_hours_of_that_part(value, now, start, end):
    window = time_window(value, now)
    assert (window.start, window.end) == (start, end)


def test_an_evening_without_a_day_is_this_one_then_the_next():
    # said near midnight, the line that opens at seven every evening is still an evening one
    late = datetime(2026, 12, 9, 23, 30, tzinfo=LONDON)
    assert list(windows(time_window("evening", late))) == [(late, at(10, 6)), (at(10, 17), at(11, 6))]
    nightly = SimpleNamespace(schedules=[Schedule(byday=("MO", "TU", "WE", "TH", "FR", "SA", "SU"),
                                                  opens_at="19:00", closes_at="22:00")])
    assert time_window("evening", late).admits(nightly)
    mornings = SimpleNamespace(schedules=[Schedule(byday=("TH",), opens_at="09:00", closes_at="12:00")])
    assert not time_window("evening", late).admits(mornings)


def test_a_part_of_a_day_alone_but_evening_sets_no_window():
    assert time_window("morning", WEDNESDAY_NOON) is None


@pytest.mark.parametrize("byday, opens, closes, admitted", [
    (("FR",), "18:00", "21:00", True),
    (("MO", "TU", "WE", "TH", "FR"), "09:00", "17:00", False),
    (("SA",), "01:00", "03:00", True),  # the small hours after Friday night
    (("TH",), "18:00", "21:00", False),
])
def test_a_friday_evening_admits_only_what_is_open_then(byday, opens, closes, admitted):
    window = time_window("friday evening", WEDNESDAY_NOON)
    service = SimpleNamespace(schedules=[Schedule(byday=byday, opens_at=opens, closes_at=closes)])
    assert window.admits(service) is admitted


def windows(window):
    while window is not None:
        yield window.start, window.end
        window = window.then


def test_weekday_mornings_are_each_weekday_morning_from_now_on():
    # Wednesday's morning has passed at noon: Thursday's, Friday's, then next week's Monday to Wednesday
    assert list(windows(time_window("weekdays morning", WEDNESDAY_NOON))) == [
        (at(10, 6), at(10, 12)), (at(11, 6), at(11, 12)), (at(14, 6), at(14, 12)),
        (at(15, 6), at(15, 12)), (at(16, 6), at(16, 12))]


def test_weekend_mornings_and_weekdays_alone():
    assert list(windows(time_window("weekend morning", WEDNESDAY_NOON))) == [(at(12, 6), at(12, 12)), (at(13, 6), at(13, 12))]
    assert list(windows(time_window("weekend morning", SATURDAY_NOON))) == [(at(13, 6), at(13, 12)), (at(19, 6), at(19, 12))]
    assert list(windows(time_window("weekdays", SATURDAY_NOON)))[0] == (at(14, 0), at(15, 0))


@pytest.mark.parametrize("value, admits_coffee_morning, admits_friday_evening", [
    ("weekdays morning", True, False),
    ("weekdays evening", False, True),
    ("weekend morning", False, False),
    ("weekdays", True, True),
])
def test_a_span_of_days_admits_what_opens_on_one_of_them(value, admits_coffee_morning, admits_friday_evening):
    window = time_window(value, SATURDAY_NOON)
    coffee = SimpleNamespace(schedules=[Schedule(byday=("MO", "TU", "WE", "TH", "FR"), opens_at="09:00", closes_at="17:00")])
    friday = SimpleNamespace(schedules=[Schedule(byday=("FR",), opens_at="18:00", closes_at="21:00")])
    assert (window.admits(coffee), window.admits(friday)) == (admits_coffee_morning, admits_friday_evening)


REGISTRY = {
    "version": 1,
    "taxonomy": [{"code": "community_group", "name": "Community groups and drop-ins"}],
    "organizations": [{"id": "test-org", "name": "Test Organisation", "led_by": ["voluntary"]}],
    "services": [
        {
            "id": f"test-leicester-{key}", "organization": "test-org", "name": name,
            "description": "A group for anyone who would like company and a chat.",
            "status": "active", "categories": ["community_group"], "languages": ["en"],
            "gender": "any", "fees": "free", "referral": ["self"],
            "locations": [{"name": "Community Hall", "address_1": "1 Example Road", "city": "Leicester",
                           "postal_code": "LE1 1AA", "latitude": 52.6369, "longitude": -1.1398}],
            "service_areas": ["city:Leicester"],
            "schedules": [{"freq": "WEEKLY", "byday": byday, "opens_at": opens, "closes_at": closes}],
            "assured_date": "2026-10-10", "sample": True,
        }
        for key, name, byday, opens, closes in [
            ("weekdays", "Weekday Coffee Morning", ["MO", "TU", "WE", "TH", "FR"], "09:00", "17:00"),
            ("friday", "Friday Evening Circle", ["FR"], "18:00", "21:00"),
        ]
    ],
}


@pytest.fixture
def two_groups(tmp_path, monkeypatch):
    path = tmp_path / "registry.yml"
    path.write_text(yaml.safe_dump(REGISTRY, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SIGNPOST_REGISTRY", str(path))
    monkeypatch.setenv("SIGNPOST_DATABASE_URL", f"sqlite:///{tmp_path / 'two-groups.db'}")
    monkeypatch.setattr(search_actions, "now", lambda: WEDNESDAY_NOON)
    context.registry.cache_clear()
    yield
    context.registry.cache_clear()


@pytest.mark.parametrize("language, text", [
    ("en", "any groups in Leicester open Friday evening?"),
    ("ur", "لیسٹر میں جمعہ کی رات کو کوئی گروپ کھلا ہے؟"),
    ("pl", "czy w Leicester jest jakaś grupa w piątek wieczorem?"),
    ("ro", "există vreun grup în Leicester vineri seara?"),
    ("zh", "莱斯特周五晚上有没有小组"),
])
def test_a_friday_evening_request_shows_the_friday_evening_group_and_says_so(dispatcher, two_groups, language, text):
    entities = extract_entities(text, language)
    slots = {e.entity: e.value for e in entities if e.entity in ("time", "place")}
    assert slots["place"] == "Leicester" and slots["time"].startswith("friday ")
    tracker = make_tracker(slots={"need": ["community_group"], "language": language, **slots})
    run(ActionSearchServices(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-leicester-friday"]
    part = slots["time"].split()[1]
    said = t("results.filter.time.day_part", language, day=t("time.day.friday", language),
             part=t(f"time.part.{part}", language))
    assert said in texts(dispatcher)


def test_without_a_time_both_groups_are_shown(dispatcher, two_groups):
    run(ActionSearchServices(), dispatcher, make_tracker(slots={"need": ["community_group"], "place": "Leicester"}))
    assert sorted(shown(dispatcher)) == ["test-leicester-friday", "test-leicester-weekdays"]


def test_a_day_alone_is_said_in_the_reply(dispatcher, two_groups):
    run(ActionSearchServices(), dispatcher,
        make_tracker(slots={"need": ["community_group"], "place": "Leicester", "time": "monday"}))
    assert shown(dispatcher) == ["test-leicester-weekdays"]
    assert "open on Monday" in texts(dispatcher)


@pytest.mark.parametrize("language, text", [
    ("en", "any weekday mornings?"),
    ("ur", "کام کے دنوں میں صبح"),
    ("pl", "w dni powszednie rano"),
    ("pt", "nos dias de semana de manhã"),
    ("zh", "工作日上午"),
])
def test_weekday_mornings_show_the_weekday_morning_group_and_say_so(dispatcher, two_groups, language, text):
    [time] = [e.value for e in extract_entities(text, language) if e.entity == "time"]
    tracker = make_tracker(slots={"need": ["community_group"], "place": "Leicester", "language": language, "time": time})
    run(ActionSearchServices(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-leicester-weekdays"]
    said = t("results.filter.time.weekdays_part", language, part=t("time.part.morning", language))
    assert said in texts(dispatcher)
