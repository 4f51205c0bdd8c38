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
