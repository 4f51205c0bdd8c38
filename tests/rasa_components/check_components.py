"""Run by test_components.py in the Rasa environment: the real NLU components on real Messages.

Prints one line per check that failed, then "ok" when none did.
"""
import sys
import tempfile
from pathlib import Path

from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from signpost_rasa.intent_classifier import SignpostIntentClassifier
from signpost_rasa.nlu import SafetyOverride, SignpostEntityExtractor

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def classified(text, ranking):
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": ranking[0][0], "confidence": ranking[0][1]})
    message.set(INTENT_RANKING_KEY, [{"name": n, "confidence": c} for n, c in ranking])
    return message


def intent_of(message):
    return message.get(INTENT)["name"]


override = SafetyOverride({"classifier_crisis_confidence": 0.5})
sure = classified("everything is pointless and I am done", [("crisis", 0.81), ("deny", 0.1)])
unsure = classified("siema", [("crisis", 0.31), ("greet", 0.3)])
lexicon = classified("i want to kill myself", [("greet", 0.9), ("crisis", 0.01)])
idiom = classified("this traffic is killing me, any group in Leeds", [("find_service", 0.7), ("crisis", 0.2)])
clinical = classified("should I stop taking my sertraline", [("find_service", 0.6)])
confident_second = classified("no way out", [("deny", 0.3), ("crisis", 0.55)])
override.process([sure, unsure, lexicon, idiom, clinical, confident_second])
check(intent_of(sure) == "crisis", f"a confident classifier crisis became {intent_of(sure)}")
check(intent_of(unsure) == "greet", f"an unsure crisis guess became {intent_of(unsure)}, not the next guess")
check([r["name"] for r in unsure.get(INTENT_RANKING_KEY)] == ["greet"], "the unsure crisis guess is still ranked")
only_crisis = classified("hmm", [("crisis", 0.4)])
override.process([only_crisis])
check(intent_of(only_crisis) == "nlu_fallback", f"an unsure crisis guess with no other became {intent_of(only_crisis)}")
check(intent_of(lexicon) == "crisis", f"the lexicon's risk was lowered to {intent_of(lexicon)}")
check(lexicon.get("risk", {}).get("kind") == "suicide", f"risk not recorded: {lexicon.get('risk')}")
check(intent_of(idiom) == "find_service", f"an idiom became {intent_of(idiom)}")
check(intent_of(clinical) == "ask_clinical", f"a medication question became {intent_of(clinical)}")
check(intent_of(confident_second) == "crisis", "a crisis probability over the threshold counts wherever it ranks")
check(unsure.get("model_intent") == "crisis" and unsure.get("model_crisis_confidence") == 0.31,
      "the classifier's own verdict is not kept beside the override")

# The semantic layer and the uncertain band (SafetyOverride with its default thresholds).
layered = SafetyOverride({})
def scored(text, ranking, probability, risk_for="self"):
    message = classified(text, ranking)
    message.set("semantic_risk", {"probability": probability, "for": risk_for})
    return message


semantic_only = scored("my mate said goodbye to everyone and went quiet", [("goodbye", 0.7)], 0.99, "someone_else")
semantic_band = scored("find a group in leeds, wont be around after friday anyway", [("find_service", 0.8)], 0.85)
classifier_band = scored("everything is grey", [("crisis", 0.5), ("start_over", 0.3)], 0.1)
danger = scored("my husband is hitting me right now", [("greet", 0.5)], 0.2)
calm = scored("this commute will kill me, any groups in leeds", [("find_service", 0.8)], 0.2)
layered.process([semantic_only, semantic_band, classifier_band, danger, calm])
check(intent_of(semantic_only) == "crisis" and semantic_only.get("crisis_for") == "someone_else",
      f"the semantic layer alone did not make a crisis for someone else: {intent_of(semantic_only)}, {semantic_only.get('crisis_for')}")
check(intent_of(semantic_band) == "find_service" and semantic_band.get("risk_check") is True,
      f"an uncertain semantic score did not keep the request with a check-in: {intent_of(semantic_band)}, {semantic_band.get('risk_check')}")
check(classifier_band.get("risk_check") is True and intent_of(classifier_band) == "start_over",
      "an uncertain classifier crisis guess is not marked for the check-in")
check(intent_of(danger) == "crisis" and danger.get("crisis_for") == "danger_from_others",
      f"the lexicon's harm from others is not a crisis from others: {danger.get('crisis_for')}")
check(intent_of(calm) == "find_service" and not calm.get("risk_check"), "an idiom next to a request was not left alone")
try:
    SafetyOverride({"semantic_check_probability": 0.95, "semantic_crisis_probability": 0.9})
    failures.append("a check-in threshold above the crisis threshold was accepted")
except ValueError as error:
    check("bot/config.yml" in str(error), f"unclear error: {error}")

# The crisis policy's plan for a turn: the crisis response for whom it is, the check-in, the answers.
from signpost_rasa.crisis_policy import next_action, planned_sequence

plan = planned_sequence
check(plan("crisis", False, "self", [], None) == (("utter_crisis", "action_crisis_alternatives"), True), "crisis, self")
check(plan("crisis", False, "someone_else", [], None)[0][0] == "utter_crisis_someone_else", "crisis for someone else")
check(plan("crisis", False, "danger_from_others", [], None)[0][0] == "utter_crisis_danger_from_others",
      "crisis from others")
check(plan("start_over", True, "self", [], None) == (("utter_crisis_check",), True), "an uncertain start_over is not checked")
check(plan("ask_clinical", True, "self", [], None) == (("utter_crisis_check",), True), "an uncertain clinical ask")
check(plan("find_service", True, "self", [], None)
      == (("utter_crisis_check", "action_start_search", "search_form"), False),
      "an uncertain search request is not both asked about and searched")
check(plan("goodbye", True, "someone_else", [], None)[0][0] == "utter_crisis_someone_else",
      "an uncertain worry about someone else does not get that response's first lines")
check(plan("deny", False, None, ["utter_crisis_check", "action_start_search", "search_form"], "find_service")
      == (("utter_crisis_check_declined",), True), "no to a check-in whose search already ran searches again")
check(plan("affirm", False, None, ["utter_crisis_check", "action_start_search", "search_form"], "find_service")[0][0]
      == "utter_crisis", "yes to a check-in shown with results does not give the crisis response")
check(plan("affirm", False, None, ["utter_crisis_check"], "find_service")[0][0] == "utter_crisis",
      "yes to the check-in does not give the crisis response")
check(plan("find_service", True, "self", ["utter_crisis_check"], "find_service")[0][0] == "utter_crisis",
      "risk wording again after the check-in does not give the crisis response")
check(plan("deny", False, None, ["utter_crisis_check"], "find_service")
      == (("utter_crisis_check_declined", "action_start_search", "search_form"), False),
      "no to the check-in does not carry the search on")
check(plan("deny", False, None, ["utter_crisis_check"], "greet") == (("utter_crisis_check_declined",), True),
      "no to the check-in after a greeting")
check(plan("deny", False, None, ["utter_search_results"], "find_service") == ((), False),
      "a no that answers something else is taken over")
check(plan("find_service", False, None, [], None) == ((), False), "an ordinary request is taken over")
sequence = ("utter_crisis_check_declined", "action_start_search", "search_form")
check(next_action(sequence, False, ["action_listen", "action_extract_slots"]) == "utter_crisis_check_declined", "step 1")
check(next_action(sequence, False, ["utter_crisis_check_declined", "action_start_search"]) == "search_form", "step 3")
check(next_action(sequence, False, list(sequence)) is None, "after the search form the other policies decide")
check(next_action(("utter_crisis_check",), True, ["utter_crisis_check"]) == "action_listen", "the check-in waits")
check(next_action(("utter_crisis_check",), True, ["utter_greet"]) is None, "a different turn is left alone")


def entity_pairs(message):
    return sorted((e["entity"], e["value"]) for e in message.get("entities") or [])


undetected = Message(data={TEXT: "grupa wsparcia w Leeds"})
told = Message(data={TEXT: "terapia", "metadata": {"language": "pt-BR"}})
place_only = Message(data={TEXT: "Leeds"})
SignpostEntityExtractor().process([undetected, told, place_only])
check(entity_pairs(undetected) == [("need", "community_group"), ("need", "peer_support"), ("place", "Leeds")],
      f"a short Polish answer read as {entity_pairs(undetected)}")
check(entity_pairs(told) == [("need", "talking_therapy")], f"the widget's language not used: {entity_pairs(told)}")
check(entity_pairs(place_only) == [("place", "Leeds")], f"a bare place read as {entity_pairs(place_only)}")

examples = {
    "greet": ["hello", "hi there", "good morning", "salam", "hiya", "hey"],
    "find_service": ["peer support group in Leeds", "counselling in Urdu near me", "is there a womens group",
                     "any helpline in Polish", "befriending for my dad in Leicester", "a safe place tonight"],
}
training = TrainingData([Message(data={TEXT: t, INTENT: i}) for i, ts in examples.items() for t in ts])
with tempfile.TemporaryDirectory() as directory:
    storage = LocalModelStorage(Path(directory))
    resource = Resource("intent_classifier")
    config = {**SignpostIntentClassifier.get_default_config()}
    classifier = SignpostIntentClassifier.create(config, storage, resource, None)
    classifier.train(training)
    loaded = SignpostIntentClassifier.load(config, storage, resource, None)
    messages = [Message(data={TEXT: "hello!"}), Message(data={TEXT: "a support group in Bradford"})]
    loaded.process(messages)
    check([intent_of(m) for m in messages] == ["greet", "find_service"],
          f"trained classifier predicted {[intent_of(m) for m in messages]}")
    ranking = messages[0].get(INTENT_RANKING_KEY)
    check(abs(sum(r["confidence"] for r in ranking) - 1.0) < 1e-6 and ranking[0]["name"] == "greet",
          f"ranking is not a probability distribution led by the intent: {ranking}")
    try:
        SignpostIntentClassifier.create(config, storage, Resource("one_intent"), None).train(
            TrainingData([Message(data={TEXT: "hi", INTENT: "greet"})]))
        failures.append("training on one intent did not fail")
    except ValueError as error:
        check("at least two intents" in str(error), f"unclear error: {error}")

# The semantic risk component: trained head stored as JSON, loaded, scoring real embeddings.
import json as _json

import numpy as np

from signpost_rasa.risk import HEAD_FILE, RiskHead, SemanticRiskClassifier, embed

risky = ["i want to end my life", "nie chce mi sie zyc", "我不想活了", "he is hitting me and locked the door",
         "my brother says he will kill himself tonight"]
safe = ["find me a support group in leeds", "hello", "thank you", "this traffic is killing me lol",
        "counselling in urdu please"]
labels = ["self", "self", "self", "danger_from_others", "someone_else"] + ["none"] * 5
head = RiskHead.fit(embed(risky + safe), labels, np.ones(10), 1.0)
check(RiskHead.from_json(head.to_json()).probabilities(embed(["hi"])).shape == (1, 4), "the head does not round-trip")
with tempfile.TemporaryDirectory() as directory:
    storage = LocalModelStorage(Path(directory))
    resource = Resource("semantic_risk")
    with storage.write_to(resource) as d:
        (d / HEAD_FILE).write_text(head.to_json(), encoding="utf-8")
    component = SemanticRiskClassifier.load(SemanticRiskClassifier.get_default_config(), storage, resource, None)
    messages = [Message(data={TEXT: "i want to end my life"}), Message(data={TEXT: "find me a support group in leeds"})]
    component.process(messages)
    verdicts = [m.get("semantic_risk") for m in messages]
    check(verdicts[0]["probability"] > verdicts[1]["probability"] and verdicts[0]["for"] == "self",
          f"the semantic layer scored {verdicts}")
    with storage.write_to(Resource("broken")) as d:
        (d / HEAD_FILE).write_text(_json.dumps({"classes": ["a"]}), encoding="utf-8")
    try:
        SemanticRiskClassifier.load({}, storage, Resource("broken"), None)
        failures.append("a broken risk head was loaded")
    except ValueError as error:
        check(HEAD_FILE in str(error), f"unclear error: {error}")

# Action server responses are still checked against Rasa's schema (signpost_rasa.action_responses).
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

remote = RemoteAction("action_search_services", None)
check(remote._validate_action_result({"events": [{"event": "slot", "name": "place", "value": "Leeds"}],
                                      "responses": [{"text": "hi"}]}), "a valid action response was refused")
try:
    remote._validate_action_result({"events": "not a list"})
    failures.append("an invalid action response was accepted")
except ValidationError as error:
    check("Failed to validate Action server response" in error.message, f"unclear error: {error.message}")

print("\n".join(failures) if failures else "ok")
sys.exit(1 if failures else 0)
