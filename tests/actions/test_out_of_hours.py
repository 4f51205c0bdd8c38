"""Someone to talk to in the evening or at night, with no crisis said: when nothing local is open
then, the crisis alternatives open then near them come after the search (safe havens and crisis
cafes take people for whom things feel like too much out of hours), in every language; never at
other times, never when a local service is open then, never as the crisis response."""
from datetime import datetime

import pytest
import yaml

from actions import context
from actions import search as search_actions
from signpost.conversation.search_request import LONDON
from tests.actions.conftest import TEST_REGISTRY, extracted, make_tracker, shown, start_then_search, texts

# A Sunday afternoon: the Stockwell crisis cafe (17:00-23:30) is closed now, open this evening.
SUNDAY_AFTERNOON = datetime(2026, 12, 6, 14, 51, tzinfo=LONDON)
CAFE = "test-lambeth-crisis-cafe"


@pytest.fixture(autouse=True)
def sunday(monkeypatch):
    monkeypatch.setattr(search_actions, "now", lambda: SUNDAY_AFTERNOON)


def search(dispatcher, text, language):
    entities, filled = extracted(text, language)
    start_then_search(dispatcher, make_tracker(text=text, entities=entities, slots={"language": language, **filled}))


def crisis_payload(dispatcher) -> bool:
    return any((m.get("custom") or {}).get(key) for m in dispatcher.messages for key in ("crisis", "crisis_alternatives"))


@pytest.mark.parametrize("language, text", [
    ("en", "Lambeth, I'd like to talk to someone in Polish late this evening, I'm not in danger, just lonely"),
    ("ro", "Lambeth, vreau sa vorbesc cu cineva in poloneza seara tarziu, nu sunt in pericol, doar singur"),
    ("pl", "Lambeth, chcę z kimś porozmawiać po polsku dziś wieczorem, nic mi nie grozi, jestem tylko samotny"),
    ("ur", "Lambeth mein aaj shaam kisi se Polish mein baat karni hai, bas akela mehsoos karta hoon"),
])
def test_someone_to_talk_to_this_evening_also_gets_what_is_open_then(dispatcher, language, text):
    search(dispatcher, text, language)
    assert CAFE in shown(dispatcher), texts(dispatcher)
    assert not crisis_payload(dispatcher)


@pytest.mark.parametrize("language, text", [
    ("en", "Lambeth, I'd like to talk to someone in Polish on Monday morning"),
    ("pl", "Lambeth, chcę z kimś porozmawiać po polsku w poniedziałek rano"),
    ("en", "Lambeth, someone to talk to in Polish"),
])
def test_other_times_keep_to_the_search(dispatcher, language, text):
    search(dispatcher, text, language)
    assert CAFE not in shown(dispatcher), texts(dispatcher)


# A Lambeth befriending service in Portuguese that meets on weekday mornings only: a search for
# someone to talk to tonight shows it as open at another time.
DAYTIME_BEFRIENDING = {
    "id": "test-lambeth-daytime-befriending", "organization": "test-trust", "name": "Kennington Morning Befriending",
    "description": "Befriending over coffee in Portuguese or English.", "status": "active",
    "categories": ["befriending"], "languages": ["pt", "en"], "gender": "any", "fees": "free", "referral": ["self"],
    "locations": [{"name": "Kennington Hall", "address_1": "9 Example Road", "city": "London", "postal_code": "SE11 4AA",
                   "latitude": 51.4880, "longitude": -0.1110}],
    "service_areas": ["borough:Lambeth"],
    "schedules": [{"freq": "WEEKLY", "byday": ["MO", "TU", "WE", "TH", "FR"], "opens_at": "09:00", "closes_at": "12:00"}],
    "assured_date": "2026-10-01", "sample": True,
}


@pytest.fixture
def daytime_service_nearby(tmp_path, monkeypatch):
    data = yaml.safe_load(TEST_REGISTRY.read_text())
    data["services"].append(DAYTIME_BEFRIENDING)
    path = tmp_path / "registry-with-daytime-service.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    monkeypatch.setenv("SIGNPOST_REGISTRY", str(path))
    context.registry.cache_clear()


@pytest.mark.parametrize("language, text", [
    ("en", "Lambeth, is there anywhere open tonight where I could talk to someone in Portuguese? it's not urgent"),
    ("pt", "Lambeth, há algum sítio aberto esta noite para conversar com alguém em português? não é urgente"),
])
def test_only_daytime_services_near_still_brings_what_is_open_then(daytime_service_nearby, dispatcher, language, text):
    search(dispatcher, text, language)
    assert DAYTIME_BEFRIENDING["id"] in shown(dispatcher), texts(dispatcher)
    assert CAFE in shown(dispatcher), texts(dispatcher)
    assert not crisis_payload(dispatcher)
