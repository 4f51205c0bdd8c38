"""Action tests: real rasa_sdk Trackers and a CollectingDispatcher over a real SQLite registry."""
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.search import ActionSearchServices, ActionStartSearch
from signpost.understanding import extract_entities
from signpost.understanding.annotations import annotate

TEST_REGISTRY = Path(__file__).resolve().parents[1] / "data" / "registry.yml"


@pytest.fixture(autouse=True)
def test_registry(tmp_path, monkeypatch):
    monkeypatch.setenv("SIGNPOST_REGISTRY", str(TEST_REGISTRY))
    monkeypatch.setenv("SIGNPOST_DATABASE_URL", f"sqlite:///{tmp_path / 'registry.db'}")
    monkeypatch.setenv("SIGNPOST_DEMO_REGISTRY", "1")  # its crisis alternatives are sample records
    context.registry.cache_clear()
    yield
    context.registry.cache_clear()


def parse_data(text, intent, entities, language="en"):
    """A parse result as the NLU gives it: the entities as given, and what SignpostEntityExtractor
    adds to them and beside them (signpost.understanding.annotations) for a message in `language`."""
    entities = [dict(e) for e in entities]
    parsed = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities}
    if text and not text.startswith("/"):  # a button's payload skips the NLU
        parsed.update(annotate(text, [language], entities))
    return parsed


def make_tracker(text="", intent="find_service", entities=(), slots=None, events=None):
    all_slots = {"language": "en", "results_offset": 0, "shown_services": None, "gender_only": False}
    all_slots.update(slots or {})
    latest = parse_data(text, intent, entities, all_slots["language"])
    return Tracker(
        sender_id="test", slots=all_slots, latest_message=latest,
        events=list(events or []) + [{"event": "user", "text": text, "parse_data": latest}],
        paused=False, followup_action=None, active_loop={}, latest_action_name="action_listen",
    )


@pytest.fixture
def dispatcher():
    return CollectingDispatcher()


def run(action, dispatcher, tracker):
    return action.run(dispatcher, tracker, domain={})


def texts(dispatcher) -> str:
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


def shown(dispatcher) -> list:
    return [s["id"] for m in dispatcher.messages
            for s in (m.get("custom") or {}).get("services", [])
            if (m.get("custom") or {}).get("kind") == "services"]


def slot_events(events) -> dict:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def extracted(text, language, single=("time", "place")):
    """The message's entities as Rasa passes them, and the slots they fill (need and
    service_language as lists, the `single` ones as one value)."""
    entities = [{"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
                for e in extract_entities(text, language)]
    filled = {}
    for entity in entities:
        if entity["entity"] in ("need", "service_language"):
            filled.setdefault(entity["entity"], []).append(entity["value"])
        elif entity["entity"] in single:
            filled[entity["entity"]] = entity["value"]
    return entities, filled


def start_then_search(dispatcher, tracker):
    """action_start_search, then the search (the form, starting on the same message, fills the
    need again from its words: the search reads it as the form left it)."""
    events = slot_events(run(ActionStartSearch(), dispatcher, tracker))
    slots = {**tracker.slots, **events, "need": tracker.get_slot("need") or events.get("need")}
    run(ActionSearchServices(), dispatcher, make_tracker(slots=slots))
