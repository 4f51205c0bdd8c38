"""After a crisis response, somewhere to go and someone to talk to now or tonight means the crisis
alternatives open then, whatever language it is asked in; a language asked for ranks them (one
that speaks it, then one with interpreters), it never hides one."""
from datetime import datetime

import pytest
import yaml

from actions import context
from actions import search as search_actions
from actions.search import crisis_alternatives_near
from signpost.conversation.search_request import LONDON, resolve_place, time_window
from signpost.i18n import t
from tests.actions.conftest import TEST_REGISTRY, extracted, make_tracker, shown, start_then_search

# A Sunday afternoon: the Stockwell crisis cafe (17:00-23:30) is closed now, open tonight.
SUNDAY_AFTERNOON = datetime(2026, 12, 6, 14, 51, tzinfo=LONDON)
CAFE = "test-lambeth-crisis-cafe"
SEARCHED = [{"event": "action", "name": "action_search_services"}]


@pytest.fixture(autouse=True)
def sunday(monkeypatch):
    monkeypatch.setattr(search_actions, "now", lambda: SUNDAY_AFTERNOON)


def after_crisis(text, language, **slots):
    entities, filled = extracted(text, language, single=("time",))
    return make_tracker(text=text, intent="find_service", entities=entities, events=SEARCHED,
                        slots={"language": language, "crisis_context": True, "place": "Lambeth", **filled, **slots})


def crisis_alternatives_shown(dispatcher) -> bool:
    return any((m.get("custom") or {}).get("crisis_alternatives") for m in dispatcher.messages)


@pytest.mark.parametrize("language, text", [
    ("en", "is there anywhere I could go tonight to talk to someone, in Polish if possible?"),
    ("ur", "آج رات کہیں جا کر کسی سے بات کر سکتا ہوں؟"),
    ("bn", "আজ রাতে কোথাও গিয়ে কারও সাথে কথা বলা যায়?"),
    ("pa", "ਅੱਜ ਰਾਤ ਕਿਤੇ ਜਾ ਕੇ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰ ਸਕਦਾ ਹਾਂ?"),
    ("gu", "આજે રાત્રે ક્યાંક જઈને કોઈની સાથે વાત કરી શકું?"),
    ("ta", "இன்று இரவு யாரிடமாவது பேச எங்காவது போகலாமா?"),
    ("ar", "هل يوجد مكان أذهب إليه الليلة لأتكلم مع أحد؟"),
    ("so", "Caawa meel ma jirtaa aan aado oo qof la hadlo?"),
    ("pl", "Czy jest gdzieś, gdzie mogę dziś wieczorem pójść i z kimś porozmawiać?"),
    ("ro", "Există un loc unde pot merge în seara asta să vorbesc cu cineva?"),
    ("pt", "Há algum sítio onde possa ir esta noite falar com alguém?"),
    ("zh", "今晚有没有地方可以去找人聊聊？"),
])
def test_someone_to_talk_to_tonight_after_a_crisis_is_a_crisis_alternative(dispatcher, language, text):
    start_then_search(dispatcher, after_crisis(text, language))
    assert shown(dispatcher) == [CAFE] and crisis_alternatives_shown(dispatcher)


def test_a_language_asked_for_does_not_hide_the_crisis_alternative_open_tonight(dispatcher):
    # the cafe speaks English and Portuguese; Polish was asked for
    start_then_search(dispatcher, after_crisis("somewhere to go tonight to talk to someone in Polish", "en"))
    assert shown(dispatcher) == [CAFE]


def test_a_group_for_another_week_after_a_crisis_is_still_that_group(dispatcher):
    start_then_search(dispatcher, after_crisis("a peer support group for next month", "en"))
    assert shown(dispatcher) and not crisis_alternatives_shown(dispatcher)


@pytest.fixture
def two_crisis_alternatives(tmp_path, monkeypatch):
    """The test registry with a second crisis alternative near Lambeth that speaks Polish, and a
    third with interpreters only."""
    document = yaml.safe_load(TEST_REGISTRY.read_text(encoding="utf-8"))
    cafe = next(s for s in document["services"] if s["id"] == CAFE)
    document["services"] += [
        {**cafe, "id": "test-lambeth-polish-haven", "name": "Kennington Haven", "languages": ["en", "pl"]},
        {**cafe, "id": "test-lambeth-interpreted-haven", "name": "Vauxhall Haven", "languages": ["en"],
         "interpretation_services": "Telephone interpreters in any language."},
    ]
    path = tmp_path / "registry.yml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SIGNPOST_REGISTRY", str(path))
    monkeypatch.setenv("SIGNPOST_DATABASE_URL", f"sqlite:///{tmp_path / 'two.db'}")
    context.registry.cache_clear()


def test_a_language_ranks_crisis_alternatives_speakers_then_interpreters(two_crisis_alternatives):
    lambeth = resolve_place("Lambeth")
    tonight = time_window("tonight", SUNDAY_AFTERNOON)
    polish = [s.id for s in crisis_alternatives_near(lambeth, SUNDAY_AFTERNOON, window=tonight, languages=["pl"])]
    assert polish == ["test-lambeth-polish-haven", "test-lambeth-interpreted-haven", CAFE]
    somali = [s.id for s in crisis_alternatives_near(lambeth, SUNDAY_AFTERNOON, window=tonight, languages=["so"])]
    assert somali[0] == "test-lambeth-interpreted-haven" and len(somali) == 3


@pytest.mark.parametrize("language", ["zh", "pa", "en"])
def test_crisis_alternatives_leave_out_the_registrys_english_description(dispatcher, language):
    start_then_search(dispatcher, after_crisis("somewhere to go tonight", language))
    cafe = next(s for s in yaml.safe_load(TEST_REGISTRY.read_text(encoding="utf-8"))["services"] if s["id"] == CAFE)
    description = " ".join(cafe["description"].split())
    texts = " ".join(" ".join((m.get("text") or "").split()) for m in dispatcher.messages)
    assert crisis_alternatives_shown(dispatcher) and cafe["name"] in texts and description not in texts


@pytest.mark.parametrize("language, in_english", [("zh", True), ("pa", True), ("ar", True), ("en", False), ("pl", False)])
def test_the_police_note_is_the_registrys_words_only_in_their_script(dispatcher, language, in_english):
    """The registry's own words on police and privacy (English free text) stay on the card in a
    Latin-script reply; in another script the note says they are in the details, in English."""
    start_then_search(dispatcher, after_crisis("somewhere to go tonight", language))
    cafe = next(s for s in yaml.safe_load(TEST_REGISTRY.read_text(encoding="utf-8"))["services"] if s["id"] == CAFE)
    words = " ".join(cafe["confidentiality"].split())
    texts = " ".join(" ".join((m.get("text") or "").split()) for m in dispatcher.messages)
    notes = [card["police_note"] for m in dispatcher.messages if (m.get("custom") or {}).get("crisis_alternatives")
             for card in m["custom"]["services"] if card["id"] == CAFE]
    assert crisis_alternatives_shown(dispatcher) and cafe["name"] in texts and notes
    assert (words in texts) is not in_english and (words in notes[0]) is not in_english
    if in_english:
        assert notes[0] == t("crisis.police_note.in_english", language) and notes[0] in texts


@pytest.fixture
def weekday_and_weekend_havens(tmp_path, monkeypatch):
    """Instead of the every-evening cafe near Lambeth, a haven open on weekday evenings only and
    another open on Saturday and Sunday afternoons and evenings."""
    document = yaml.safe_load(TEST_REGISTRY.read_text(encoding="utf-8"))
    cafe = next(s for s in document["services"] if s["id"] == CAFE)
    document["services"] = [s for s in document["services"] if s["id"] != CAFE] + [
        {**cafe, "id": "test-lambeth-weekday-haven", "name": "Brixton Weekday Haven",
         "schedules": [{"freq": "WEEKLY", "byday": ["MO", "TU", "WE", "TH", "FR"], "opens_at": "18:00",
                        "closes_at": "23:00"}]},
        {**cafe, "id": "test-lambeth-weekend-haven", "name": "Brixton Weekend Haven",
         "schedules": [{"freq": "WEEKLY", "byday": ["SA", "SU"], "opens_at": "12:00", "closes_at": "22:00"}]},
    ]
    path = tmp_path / "registry.yml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SIGNPOST_REGISTRY", str(path))
    monkeypatch.setenv("SIGNPOST_DATABASE_URL", f"sqlite:///{tmp_path / 'days.db'}")
    context.registry.cache_clear()


# A Monday evening, when the weekday haven is open and the weekend one is not.
MONDAY_EVENING = datetime(2026, 12, 7, 19, 30, tzinfo=LONDON)


@pytest.mark.parametrize("time_slot", ["saturday evening", "weekend", "sunday"])
def test_a_haven_closed_all_of_the_named_time_is_not_offered_for_it(weekday_and_weekend_havens, time_slot):
    lambeth = resolve_place("Lambeth")
    window = time_window(time_slot, MONDAY_EVENING)
    found = [s.id for s in crisis_alternatives_near(lambeth, MONDAY_EVENING, window=window)]
    assert found == ["test-lambeth-weekend-haven"]


def test_when_none_is_open_at_the_named_time_the_soonest_open_are_still_offered(weekday_and_weekend_havens):
    lambeth = resolve_place("Lambeth")
    window = time_window("tuesday morning", MONDAY_EVENING)
    found = [s.id for s in crisis_alternatives_near(lambeth, MONDAY_EVENING, window=window)]
    assert found == ["test-lambeth-weekday-haven", "test-lambeth-weekend-haven"]


def test_a_weekday_haven_is_not_offered_for_saturday_evening_after_a_crisis(weekday_and_weekend_havens, dispatcher,
                                                                             monkeypatch):
    monkeypatch.setattr(search_actions, "now", lambda: MONDAY_EVENING)
    start_then_search(dispatcher, after_crisis("czy coś jest otwarte w sobotę wieczorem? nie chcę iść na SOR", "pl"))
    assert shown(dispatcher) == ["test-lambeth-weekend-haven"] and crisis_alternatives_shown(dispatcher)


@pytest.fixture
def weekday_haven_here_and_every_evening_one_next_door(tmp_path, monkeypatch):
    """Lambeth's only crisis alternative open on weekday evenings; Wandsworth's open every evening."""
    document = yaml.safe_load(TEST_REGISTRY.read_text(encoding="utf-8"))
    cafe = next(s for s in document["services"] if s["id"] == CAFE)
    document["services"] = [s for s in document["services"] if s["id"] != CAFE] + [
        {**cafe, "id": "test-lambeth-weekday-haven", "name": "Brixton Weekday Haven",
         "service_areas": ["borough:Lambeth"],
         "schedules": [{"freq": "WEEKLY", "byday": ["MO", "TU", "WE", "TH", "FR"], "opens_at": "18:00",
                        "closes_at": "23:00"}]},
        {**cafe, "id": "test-wandsworth-evening-haven", "name": "Wandsworth Evening Haven",
         "service_areas": ["borough:Wandsworth"],
         "locations": [{"name": "Tooting Rooms", "address_1": "9 Example Road", "city": "London",
                        "postal_code": "SW17 0AA", "latitude": 51.4275, "longitude": -0.168}],
         "schedules": [{"freq": "WEEKLY", "byday": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
                        "opens_at": "18:00", "closes_at": "23:00"}]},
    ]
    path = tmp_path / "registry.yml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SIGNPOST_REGISTRY", str(path))
    monkeypatch.setenv("SIGNPOST_DATABASE_URL", f"sqlite:///{tmp_path / 'next_door.db'}")
    context.registry.cache_clear()


def test_for_a_time_the_towns_own_are_shut_a_neighbours_open_one_is_offered(
        weekday_haven_here_and_every_evening_one_next_door):
    lambeth = resolve_place("Lambeth")
    window = time_window("saturday night", MONDAY_EVENING)
    found = [s.id for s in crisis_alternatives_near(lambeth, MONDAY_EVENING, window=window)]
    assert found == ["test-wandsworth-evening-haven"]


def test_for_a_time_the_towns_own_are_open_the_neighbours_are_not_added(
        weekday_haven_here_and_every_evening_one_next_door):
    lambeth = resolve_place("Lambeth")
    window = time_window("tuesday evening", MONDAY_EVENING)
    found = [s.id for s in crisis_alternatives_near(lambeth, MONDAY_EVENING, window=window)]
    assert found == ["test-lambeth-weekday-haven"]
