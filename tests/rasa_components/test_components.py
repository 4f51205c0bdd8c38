"""The custom Rasa components on real Messages, in the Rasa server's own environment (Python 3.10):
SafetyOverride, the crisis policy's plan, SignpostEntityExtractor, SignpostIntentClassifier,
SemanticRiskClassifier, and the action-response schema check (signpost_rasa/)."""
import json
import re
from pathlib import Path

import numpy as np
import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from signpost_rasa.crisis_policy import next_action, planned_sequence
from signpost_rasa.intent_classifier import SignpostIntentClassifier
from signpost_rasa.nlu import SafetyOverride, SignpostEntityExtractor
from signpost_rasa.risk import HEAD_FILE, RiskHead, SemanticRiskClassifier, embed


def classified(text, ranking, semantic=None):
    """A message as the intent classifier leaves it: ranking is [(intent, confidence), ...]; semantic
    is the semantic layer's (probability, for) when it ran."""
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": ranking[0][0], "confidence": ranking[0][1]})
    message.set(INTENT_RANKING_KEY, [{"name": n, "confidence": c} for n, c in ranking])
    if semantic is not None:
        message.set("semantic_risk", {"probability": semantic[0], "for": semantic[1]})
    return message


def intent_of(message):
    return message.get(INTENT)["name"]


def overridden(text, ranking, config=None, semantic=None):
    message = classified(text, ranking, semantic)
    SafetyOverride(config or {}).process([message])
    return message


# --- SafetyOverride: the lexicon and the classifier (crisis threshold 0.5)

LOW_THRESHOLD = {"classifier_crisis_confidence": 0.5}


def test_a_confident_classifier_crisis_stays_a_crisis():
    message = overridden("everything is pointless and I am done", [("crisis", 0.81), ("deny", 0.1)], LOW_THRESHOLD)
    assert intent_of(message) == "crisis"


def test_an_unsure_crisis_guess_becomes_the_next_guess_and_keeps_the_classifiers_verdict():
    message = overridden("siema", [("crisis", 0.31), ("greet", 0.3)], LOW_THRESHOLD)
    assert intent_of(message) == "greet"
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["greet"]
    assert message.get("model_intent") == "crisis"
    assert message.get("model_crisis_confidence") == 0.31


def test_an_unsure_crisis_guess_with_no_other_becomes_fallback():
    assert intent_of(overridden("hmm", [("crisis", 0.4)], LOW_THRESHOLD)) == "nlu_fallback"


def test_the_lexicons_risk_is_never_lowered_and_is_recorded():
    message = overridden("i want to kill myself", [("greet", 0.9), ("crisis", 0.01)], LOW_THRESHOLD)
    assert intent_of(message) == "crisis"
    assert message.get("risk", {}).get("kind") == "suicide"


def test_an_idiom_next_to_a_request_stays_a_request():
    message = overridden("this traffic is killing me, any group in Leeds", [("find_service", 0.7), ("crisis", 0.2)],
                         LOW_THRESHOLD)
    assert intent_of(message) == "find_service"


def test_a_medication_question_is_a_clinical_request():
    assert intent_of(overridden("should I stop taking my sertraline", [("find_service", 0.6)], LOW_THRESHOLD)) == "ask_clinical"


def test_a_crisis_probability_over_the_threshold_counts_wherever_it_ranks():
    assert intent_of(overridden("no way out", [("deny", 0.3), ("crisis", 0.55)], LOW_THRESHOLD)) == "crisis"


# --- SafetyOverride: the semantic layer and the uncertain band (default thresholds)


def test_the_semantic_layer_alone_makes_a_crisis_for_someone_else():
    message = overridden("my mate said goodbye to everyone and went quiet", [("goodbye", 0.7)],
                         semantic=(0.99, "someone_else"))
    assert (intent_of(message), message.get("crisis_for")) == ("crisis", "someone_else")


def test_an_uncertain_semantic_score_keeps_the_request_with_a_check_in():
    message = overridden("find a group in leeds, wont be around after friday anyway", [("find_service", 0.8)],
                         semantic=(0.85, "self"))
    assert (intent_of(message), message.get("risk_check")) == ("find_service", True)


def test_an_uncertain_classifier_crisis_guess_is_marked_for_the_check_in():
    message = overridden("everything is grey", [("crisis", 0.5), ("start_over", 0.3)], semantic=(0.35, "self"))
    assert (intent_of(message), message.get("risk_check")) == ("start_over", True)


@pytest.mark.parametrize("text", ["i want to die lol", "quero morrer kkkk", "مش عايز أعيش ههههه", "我想死哈哈"])
def test_a_risk_word_with_laughter_is_asked_about_not_assumed_or_ignored(text):
    message = overridden(text, [("greet", 0.6), ("crisis", 0.2)], semantic=(0.2, "self"))
    assert (intent_of(message), message.get("risk_check")) == ("greet", True)


def test_a_medication_question_on_an_uncertain_semantic_score_gets_the_clinical_answer_not_the_check_in():
    message = overridden("my GP put me on tablets for my nerves and they make me feel awful, should i just stop them?",
                         [("find_service", 0.5), ("crisis", 0.1)], semantic=(0.75, "self"))
    assert (intent_of(message), message.get("risk_check")) == ("ask_clinical", None)


def test_a_threat_from_a_brother_with_laughter_gets_the_danger_check_in_never_cleared():
    message = overridden("my brother says he'll kill me if he sees me with her again lol", [("greet", 0.6)],
                         semantic=(0.1, "self"))
    assert (intent_of(message), message.get("risk_check"), message.get("crisis_for")) \
        == ("greet", True, "danger_from_others")


def test_the_lexicons_harm_from_others_is_a_crisis_from_others():
    message = overridden("my husband is hitting me right now", [("greet", 0.5)], semantic=(0.2, "self"))
    assert (intent_of(message), message.get("crisis_for")) == ("crisis", "danger_from_others")


def test_an_idiom_with_a_low_semantic_score_is_left_alone():
    message = overridden("this commute will kill me, any groups in leeds", [("find_service", 0.8)],
                         semantic=(0.2, "self"))
    assert intent_of(message) == "find_service"
    assert not message.get("risk_check")


def test_a_check_in_threshold_above_the_crisis_threshold_is_refused_naming_the_config():
    with pytest.raises(ValueError, match="bot/config.yml"):
        SafetyOverride({"semantic_check_probability": 0.95, "semantic_crisis_probability": 0.9})


# --- the crisis policy's plan for a turn: the crisis response for whom it is, the check-in, the answers

CHECKED_SEARCH = ["utter_crisis_check", "action_start_search", "search_form"]


@pytest.mark.parametrize("intent, check, crisis_for, since, asked_after, expected", [
    ("crisis", False, "self", [], None, (("utter_crisis", "action_crisis_alternatives"), True)),
    ("start_over", True, "self", [], None, (("utter_crisis_check",), True)),
    ("ask_clinical", True, "self", [], None, (("utter_crisis_check",), True)),
    ("find_service", True, "self", [], None, (tuple(CHECKED_SEARCH), False)),
    ("deny", False, None, CHECKED_SEARCH, "find_service", (("utter_crisis_check_declined",), True)),
    ("deny", False, None, ["utter_crisis_check"], "find_service",
     (("utter_crisis_check_declined", "action_start_search", "search_form"), False)),
    ("deny", False, None, ["utter_crisis_check"], "greet", (("utter_crisis_check_declined",), True)),
    ("deny", False, None, ["utter_search_results"], "find_service", ((), False)),
    ("find_service", False, None, [], None, ((), False)),
], ids=["crisis for self", "uncertain start_over", "uncertain clinical ask", "uncertain search: asked and searched",
        "no to a check-in whose search ran", "no to the check-in carries the search on",
        "no to the check-in after a greeting", "a no that answers something else", "an ordinary request"])
def test_planned_sequence(intent, check, crisis_for, since, asked_after, expected):
    assert planned_sequence(intent, check, crisis_for, since, asked_after) == expected


@pytest.mark.parametrize("crisis_for, first", [
    ("someone_else", "utter_crisis_someone_else"),
    ("danger_from_others", "utter_crisis_danger_from_others"),
])
def test_the_crisis_response_is_for_whom_the_crisis_is(crisis_for, first):
    assert planned_sequence("crisis", False, crisis_for, [], None)[0][0] == first


@pytest.mark.parametrize("intent, check, crisis_for, since, asked_after", [
    ("affirm", False, None, CHECKED_SEARCH, "find_service"),  # yes to a check-in shown with results
    ("affirm", False, None, ["utter_crisis_check"], "find_service"),  # yes to the check-in
    ("find_service", True, "self", ["utter_crisis_check"], "find_service"),  # risk wording again after it
])
def test_these_turns_start_with_the_crisis_response(intent, check, crisis_for, since, asked_after):
    assert planned_sequence(intent, check, crisis_for, since, asked_after)[0][0] == "utter_crisis"


DECLINED_SEARCH = ("utter_crisis_check_declined", "action_start_search", "search_form")


@pytest.mark.parametrize("sequence, waits, done, expected", [
    (DECLINED_SEARCH, False, ["action_listen", "action_extract_slots"], "utter_crisis_check_declined"),
    (DECLINED_SEARCH, False, ["utter_crisis_check_declined", "action_start_search"], "search_form"),
    (DECLINED_SEARCH, False, list(DECLINED_SEARCH), None),  # after the search form the other policies decide
    (("utter_crisis_check",), True, ["utter_crisis_check"], "action_listen"),  # the check-in waits
    (("utter_crisis_check",), True, ["utter_greet"], None),  # a different turn is left alone
])
def test_next_action(sequence, waits, done, expected):
    assert next_action(sequence, waits, done) == expected


# --- SignpostEntityExtractor


def entity_pairs(message):
    return sorted((e["entity"], e["value"]) for e in message.get("entities") or [])


@pytest.mark.parametrize("data, expected", [
    # a short Polish answer no detector would judge is read with the lexicon that covers most of it
    ({TEXT: "grupa wsparcia w Leeds"}, [("need", "community_group"), ("need", "peer_support"), ("place", "Leeds")]),
    # the widget's language is used when the message's own is not known
    ({TEXT: "terapia", "metadata": {"language": "pt-BR"}}, [("need", "talking_therapy")]),
    ({TEXT: "Leeds"}, [("place", "Leeds")]),
])
def test_entity_extractor(data, expected):
    message = Message(data=data)
    SignpostEntityExtractor().process([message])
    assert entity_pairs(message) == expected


def test_entity_extractor_adds_what_the_actions_need_of_the_message():
    """Read once here, so the action server never reads the text again (signpost.understanding.annotations)."""
    ruled_out = Message(data={TEXT: "Bradford, not Leeds", "language": "en"})
    misspelt = Message(data={TEXT: "peer support in Shefiild", "language": "en"})
    bare = Message(data={TEXT: "Shefiild"})
    short = Message(data={TEXT: "nie wiem"})
    SignpostEntityExtractor().process([ruled_out, misspelt, bare, short])
    assert entity_pairs(ruled_out) == [("place", "Bradford")]
    assert ruled_out.get("readings")["en"]["ruled_out"] == [{"entity": "place", "value": "Leeds"}]
    assert [e.get("confirm") for e in misspelt.get("entities") if e["entity"] == "place"] == [True]
    assert bare.get("place_answer") == "Sheffield"
    # the language unknown: read with every lexicon, for the conversation's language to choose
    assert short.get("readings")["pl"]["no_answer"] is True and "en" not in short.get("readings")
    assert {"readings", "place_answer"} <= set(bare.as_dict(only_output_properties=True))


# --- SignpostIntentClassifier: trained, stored, loaded

EXAMPLES = {
    "greet": ["hello", "hi there", "good morning", "salam", "hiya", "hey"],
    "find_service": ["peer support group in Leeds", "counselling in Urdu near me", "is there a womens group",
                     "any helpline in Polish", "befriending for my dad in Leicester", "a safe place tonight"],
}


def test_the_intent_classifier_trains_stores_loads_and_ranks(tmp_path):
    training = TrainingData([Message(data={TEXT: t, INTENT: i}) for i, ts in EXAMPLES.items() for t in ts])
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intent_classifier")
    config = SignpostIntentClassifier.get_default_config()
    SignpostIntentClassifier.create(config, storage, resource, None).train(training)
    loaded = SignpostIntentClassifier.load(config, storage, resource, None)
    messages = [Message(data={TEXT: "hello!"}), Message(data={TEXT: "a support group in Bradford"})]
    loaded.process(messages)
    assert [intent_of(m) for m in messages] == ["greet", "find_service"]
    ranking = messages[0].get(INTENT_RANKING_KEY)
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)
    assert ranking[0]["name"] == "greet"


def test_the_intent_classifier_refuses_one_intent(tmp_path):
    classifier = SignpostIntentClassifier.create(SignpostIntentClassifier.get_default_config(),
                                                 LocalModelStorage(tmp_path), Resource("one_intent"), None)
    with pytest.raises(ValueError, match="at least two intents"):
        classifier.train(TrainingData([Message(data={TEXT: "hi", INTENT: "greet"})]))


# --- SemanticRiskClassifier: a trained head stored as JSON, loaded, scoring real embeddings

RISKY = ["i want to end my life", "nie chce mi sie zyc", "我不想活了", "he is hitting me and locked the door",
         "my brother says he will kill himself tonight"]
SAFE = ["find me a support group in leeds", "hello", "thank you", "this traffic is killing me lol",
        "counselling in urdu please"]


@pytest.fixture(scope="module")
def head():
    labels = ["self", "self", "self", "danger_from_others", "someone_else"] + ["none"] * 5
    # ten copies of each message, so the early-stopping split has every class on both sides
    return RiskHead.fit(np.repeat(embed(RISKY + SAFE), 10, axis=0), list(np.repeat(labels, 10)), np.ones(100), 32, 0.01)


def test_the_risk_head_round_trips(head):
    assert RiskHead.from_json(head.to_json()).probabilities(embed(["hi"])).shape == (1, 4)


def test_the_semantic_layer_scores_risk_above_a_request(head, tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("semantic_risk")
    with storage.write_to(resource) as directory:
        (directory / HEAD_FILE).write_text(head.to_json(), encoding="utf-8")
    component = SemanticRiskClassifier.load(SemanticRiskClassifier.get_default_config(), storage, resource, None)
    messages = [Message(data={TEXT: "i want to end my life"}), Message(data={TEXT: "find me a support group in leeds"})]
    component.process(messages)
    risky, safe = (m.get("semantic_risk") for m in messages)
    assert risky["probability"] > safe["probability"]
    assert risky["for"] == "self"


def test_a_broken_risk_head_is_refused_naming_the_file(tmp_path):
    storage = LocalModelStorage(tmp_path)
    with storage.write_to(Resource("broken")) as directory:
        (directory / HEAD_FILE).write_text(json.dumps({"classes": ["a"]}), encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(HEAD_FILE)):
        SemanticRiskClassifier.load({}, storage, Resource("broken"), None)


# --- action server responses are still checked against Rasa's schema (signpost_rasa.action_responses)


def test_a_valid_action_response_is_accepted():
    remote = RemoteAction("action_search_services", None)
    assert remote._validate_action_result({"events": [{"event": "slot", "name": "place", "value": "Leeds"}],
                                           "responses": [{"text": "hi"}]})


def test_an_invalid_action_response_is_refused():
    remote = RemoteAction("action_search_services", None)
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        remote._validate_action_result({"events": "not a list"})
