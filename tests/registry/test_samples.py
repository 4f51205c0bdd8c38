"""Samples are a demo, not a default: never in the crisis flow of a registry with real services
unless SIGNPOST_DEMO_REGISTRY=1,
marked everywhere else, and a registry holding them announces itself as a demo."""
from __future__ import annotations

from datetime import datetime

import pytest

from signpost.cli import main
from signpost.registry import SearchQuery
from signpost.registry.opening import LONDON
from signpost.registry.samples import demo_registry

from .conftest import LONDON as LONDON_PLACE, document, national_line, service, write_yaml

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=LONDON)


def crisis_houses():
    return (
        service("real-haven", categories=["crisis_alternative"], crisis_alternative=True),
        service("fictional-house", categories=["crisis_alternative"], crisis_alternative=True, sample=True),
    )


def crisis_search(registry, **fields):
    query = SearchQuery(crisis_alternative=True, place=LONDON_PLACE, include_national=False,
                        limit=10, now=NOW, **fields)
    return [s.id for s in registry.search_widening(query).services]


def test_the_crisis_flow_never_offers_sample_records_by_default(load, monkeypatch):
    monkeypatch.delenv("SIGNPOST_DEMO_REGISTRY", raising=False)
    registry = load(*crisis_houses())
    assert crisis_search(registry, crisis_flow=True) == ["real-haven"]
    # elsewhere (the staff page, the API) they are listed, marked as samples
    listed = registry.search(SearchQuery(crisis_alternative=True, limit=10, now=NOW)).services
    assert {(s.id, s.sample) for s in listed} == {("real-haven", False), ("fictional-house", True)}


def test_a_registry_of_only_samples_is_a_demo_unless_told_otherwise(load, monkeypatch):
    monkeypatch.delenv("SIGNPOST_DEMO_REGISTRY", raising=False)
    registry = load(crisis_houses()[1])
    assert crisis_search(registry, crisis_flow=True) == ["fictional-house"]
    monkeypatch.setenv("SIGNPOST_DEMO_REGISTRY", "0")
    assert crisis_search(registry, crisis_flow=True) == []


def test_a_demo_registry_may_show_them(load, monkeypatch):
    monkeypatch.setenv("SIGNPOST_DEMO_REGISTRY", "1")
    registry = load(*crisis_houses())
    assert set(crisis_search(registry, crisis_flow=True)) == {"real-haven", "fictional-house"}


def test_a_mistyped_setting_is_an_error_not_a_guess(monkeypatch):
    monkeypatch.setenv("SIGNPOST_DEMO_REGISTRY", "maybe")
    with pytest.raises(ValueError, match="SIGNPOST_DEMO_REGISTRY='maybe'"):
        demo_registry()


def test_the_crisis_action_refuses_samples(tmp_path, monkeypatch):
    """The whole crisis-alternatives action, on a registry of real services whose only nearby crisis
    house is a sample."""
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions import context
    from actions.safety import ActionCrisisAlternatives

    path = write_yaml(tmp_path / "services.yml", document(crisis_houses()[1], service("real-group")))
    monkeypatch.setenv("SIGNPOST_REGISTRY", str(path))
    monkeypatch.setenv("SIGNPOST_DATABASE_URL", f"sqlite:///{tmp_path / 'registry.db'}")
    monkeypatch.delenv("SIGNPOST_DEMO_REGISTRY", raising=False)
    latest = {"text": "", "intent": {"name": "crisis", "confidence": 1.0}, "entities": []}
    tracker = Tracker(sender_id="t", slots={"language": "en", "place": "Southwark"}, latest_message=latest,
                      events=[], paused=False, followup_action=None, active_loop={},
                      latest_action_name="action_listen")
    context.registry.cache_clear()
    try:
        dispatcher = CollectingDispatcher()
        ActionCrisisAlternatives().run(dispatcher, tracker, domain={})
        assert "fictional-house" not in str(dispatcher.messages)
        assert not any((m.get("custom") or {}).get("services") for m in dispatcher.messages)
        monkeypatch.setenv("SIGNPOST_DEMO_REGISTRY", "1")
        dispatcher = CollectingDispatcher()
        ActionCrisisAlternatives().run(dispatcher, tracker, domain={})
        assert "fictional-house" in str(dispatcher.messages)
    finally:
        context.registry().close()
        context.registry.cache_clear()


def test_loading_a_registry_with_samples_prints_a_demo_notice(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'registry.db'}"
    real = write_yaml(tmp_path / "real.yml", document(national_line("line")))
    assert main(["registry", "load", str(real), "--db", url]) == 0
    assert "DEMO REGISTRY" not in capsys.readouterr().out
    demo = write_yaml(tmp_path / "demo.yml", document(national_line("line"), service("example", sample=True)))
    assert main(["registry", "load", str(demo), "--db", url]) == 0
    out = capsys.readouterr().out
    assert "DEMO REGISTRY: 1 of 2 services are sample records, not real services." in out
    assert main(["registry", "load", str(demo), "--db", url, "--if-changed"]) == 0
    assert "DEMO REGISTRY" in capsys.readouterr().out  # every start says so, not only the first load
