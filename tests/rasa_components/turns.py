"""Turns for the crisis-path tests: a user's parsed message, the actions that ran, and what
CrisisPolicy predicts next from real trackers and the project's domain; a message through the
real SafetyOverride."""
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, ActiveLoop, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from signpost_rasa.nlu import SafetyOverride


def said(intent, risk_check=False, crisis_for=None, risk=None, text="..."):
    parse = {"risk_check": True} if risk_check else {}
    if crisis_for:
        parse["crisis_for"] = crisis_for
    if risk:
        parse["risk"] = risk
    return [UserUttered(text, {"name": intent, "confidence": 1.0}, parse_data=parse)]


def ran(*actions):
    return [ActionExecuted(a) for a in actions]


def predicted(policy, domain, events, active_form=None):
    """The action the policy asks for (None when it leaves the turn to the others), and its prediction."""
    start = ran(ACTION_LISTEN_NAME) + ([ActiveLoop(active_form)] if active_form else [])
    tracker = DialogueStateTracker.from_events("test", start + events, domain.slots)
    prediction = policy.predict_action_probabilities(tracker, domain)
    best = max(range(len(prediction.probabilities)), key=lambda i: prediction.probabilities[i])
    return (None if prediction.probabilities[best] == 0.0 else domain.action_names_or_texts[best]), prediction


def overridden(text, ranking, semantic, semantic_for="self"):
    """The message after SafetyOverride, given the intent ranking and the semantic layer's verdict."""
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": ranking[0][0], "confidence": ranking[0][1]})
    message.set(INTENT_RANKING_KEY, [{"name": n, "confidence": c} for n, c in ranking])
    message.set("semantic_risk", {"probability": semantic, "for": semantic_for})
    SafetyOverride({}).process([message])
    return message
