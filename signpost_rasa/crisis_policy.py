"""A dialogue policy that puts the crisis response before everything else.

Rasa's RulePolicy lets an active form run before any rule, so a risk disclosure that also fills
a form slot ("I'm in Lambeth and I want to die") would otherwise be swallowed by the form. This
policy outranks every other prediction whenever the latest user message carries the `crisis`
intent, closes any open form, and needs neither the action server nor the database for its first
step: `utter_crisis` is a domain response rendered from the gettext catalogs.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import (
    ACTION_EXTRACT_SLOTS,
    ACTION_LISTEN_NAME,
    REQUESTED_SLOT,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActiveLoop, SlotSet
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.engine.storage.resource import Resource

CRISIS_INTENT = "crisis"
CRISIS_SEQUENCE = ("utter_crisis", "action_crisis_alternatives")

BOOKKEEPING_ACTIONS = {ACTION_LISTEN_NAME, ACTION_EXTRACT_SLOTS}

# Higher than RulePolicy (6): on a tie in confidence the higher priority wins.
CRISIS_POLICY_PRIORITY = 7


def next_crisis_action(latest_intent: Optional[str], actions_since_user: List[str]) -> Optional[str]:
    """The action the crisis sequence wants next, or None when the sequence has nothing to say."""
    if latest_intent != CRISIS_INTENT:
        return None
    done = [a for a in actions_since_user if a not in BOOKKEEPING_ACTIONS]
    for step, action in enumerate(CRISIS_SEQUENCE):
        if step >= len(done):
            return action
        if done[step] != action:
            return None
    return ACTION_LISTEN_NAME if len(done) == len(CRISIS_SEQUENCE) else None


def actions_since_latest_user_message(tracker: DialogueStateTracker) -> List[str]:
    names: List[str] = []
    for event in reversed(tracker.events):
        if event.type_name == "user":
            break
        if event.type_name == "action" and getattr(event, "action_name", None):
            names.append(event.action_name)
    names.reverse()
    return names


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT], is_trainable=True
)
class CrisisPolicy(Policy):
    """Predicts utter_crisis, then action_crisis_alternatives, then listens, on a crisis intent."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"priority": CRISIS_POLICY_PRIORITY}

    def train(
        self,
        training_trackers: List[TrackerWithCachedStates],
        domain: Domain,
        **kwargs: Any,
    ) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        latest_intent = tracker.latest_message.intent.get("name") if tracker.latest_message else None
        action = next_crisis_action(latest_intent, actions_since_latest_user_message(tracker))
        if action is None or action not in domain.action_names_or_texts:
            return self._prediction(self._default_predictions(domain))

        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(action)] = 1.0
        close_form: List[Any] = []
        if action == CRISIS_SEQUENCE[0] and tracker.active_loop_name:
            close_form = [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None)]
        # is_no_user_prediction lets this outrank an active form's happy path.
        return self._prediction(
            probabilities, optional_events=close_form, is_no_user_prediction=True
        )
