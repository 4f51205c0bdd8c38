"""The embedding page's settings (metadata.embed, sent by the widget with each message) shape the
search, and nothing else: real Trackers over the real test registry."""
import asyncio

from actions.safety import ActionCrisisAlternatives
from actions.search import ActionSearchServices, ValidateSearchForm
from signpost.conversation.search_request import EmbedConfig
from tests.actions.conftest import make_tracker, run, shown


def embedded(tracker, **embed):
    tracker.latest_message["metadata"] = {"language": "en", "embed": embed}
    return tracker


def required(dispatcher, tracker):
    return asyncio.run(ValidateSearchForm().required_slots(["need", "place"], dispatcher, tracker, {}))


def test_the_hosts_own_services_come_first(dispatcher):
    slots = {"need": ["befriending"], "place": "Leicester"}
    run(ActionSearchServices(), dispatcher, make_tracker(slots=slots))
    usual = shown(dispatcher)
    assert usual and usual[0] != "test-leicester-befriending-3"
    dispatcher.messages.clear()
    run(ActionSearchServices(), dispatcher,
        embedded(make_tracker(slots=slots), services=["test-leicester-befriending-3"]))
    assert shown(dispatcher)[0] == "test-leicester-befriending-3"
    assert set(shown(dispatcher)[1:]) <= set(usual) | {"test-leicester-befriending-4"}


def test_a_hosts_service_that_does_not_match_is_not_forced_in(dispatcher):
    slots = {"need": ["befriending"], "place": "Leicester"}
    run(ActionSearchServices(), dispatcher, embedded(make_tracker(slots=slots), services=["test-bradford-peers"]))
    assert shown(dispatcher) and "test-bradford-peers" not in shown(dispatcher)


def test_the_hosts_area_stands_in_for_a_place_not_named(dispatcher):
    tracker = make_tracker(slots={"need": ["befriending"]})
    assert required(dispatcher, tracker) == ["place"]
    tracker = embedded(make_tracker(slots={"need": ["befriending"]}), area="Leicester")
    assert required(dispatcher, tracker) == []
    run(ActionSearchServices(), dispatcher, tracker)
    assert shown(dispatcher) and all(s.startswith("test-leicester-befriending") for s in shown(dispatcher))
    assert "Leicester" in dispatcher.messages[0]["text"]


def test_a_place_the_person_names_wins_over_the_hosts_area(dispatcher):
    tracker = embedded(make_tracker(slots={"need": ["peer_support"], "place": "Bradford"}), area="Leicester")
    run(ActionSearchServices(), dispatcher, tracker)
    assert shown(dispatcher)[0] == "test-bradford-peers"


def test_an_area_the_gazetteer_does_not_know_is_ignored(dispatcher):
    tracker = embedded(make_tracker(slots={"need": ["befriending"]}), area="Atlantis")
    assert required(dispatcher, tracker) == ["place"]


def test_crisis_alternatives_use_the_hosts_area_when_the_person_named_none(dispatcher):
    run(ActionCrisisAlternatives(), dispatcher, embedded(make_tracker(intent="crisis"), area="Lambeth"))
    assert shown(dispatcher) == ["test-lambeth-crisis-cafe"]
    card = dispatcher.messages[-1]["custom"]["services"][0]
    assert "Does not call the police" in card["police_note"]


def test_embedding_settings_cannot_narrow_crisis_alternatives(dispatcher):
    tracker = embedded(make_tracker(intent="crisis", slots={"place": "SW9"}),
                       area="Leeds", services=["test-leeds-womens-group"], crisis=False)
    run(ActionCrisisAlternatives(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-lambeth-crisis-cafe"]


def test_malformed_settings_from_a_web_page_are_ignored():
    assert EmbedConfig.from_metadata(None) == EmbedConfig()
    assert EmbedConfig.from_metadata({"embed": "Leeds"}) == EmbedConfig()
    junk = {"embed": {"area": 5, "services": "test-a,test-b", "crisis": False, "safety": "off"}}
    assert EmbedConfig.from_metadata(junk) == EmbedConfig()
    many = EmbedConfig.from_metadata({"embed": {"area": " Leeds ", "services": [f"s{i}" for i in range(50)] + [3]}})
    assert many.area == "Leeds" and len(many.services) == 20


def test_cards_carry_what_the_widget_draws(dispatcher):
    run(ActionSearchServices(), dispatcher, make_tracker(slots={"need": ["peer_support"], "place": "Bradford"}))
    payload = next(m["custom"] for m in dispatcher.messages if m.get("custom"))
    card = payload["services"][0]
    assert payload["direction"] == "ltr" and card["sample"] is True
    assert card["locations"][0]["postal_code"] == "BD8 7AA" and card["locations"][0]["latitude"] == 53.805
    assert card["opening"].startswith(("Opens", "Next open", "Open now"))
    assert card["access"] == "How to get in: refer yourself or walk in."


def test_cards_in_urdu_say_their_sentences_in_urdu_right_to_left(dispatcher):
    tracker = make_tracker(slots={"language": "ur", "need": ["peer_support"], "place": "Bradford"})
    run(ActionSearchServices(), dispatcher, tracker)
    payload = next(m["custom"] for m in dispatcher.messages if m.get("custom"))
    assert payload["direction"] == "rtl" and payload["language"] == "ur"
    assert not payload["services"][0]["access"].isascii()
