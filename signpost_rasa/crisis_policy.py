"""A dialogue policy that puts the crisis response, and the check-in, before everything else.

Rasa's RulePolicy lets an active form run before any rule, so a risk disclosure that also fills
a form slot ("I'm in Lambeth and I want to die") would otherwise be swallowed by the form. This
policy outranks every other prediction whenever the latest user message is a crisis or carries
SafetyOverride's `risk_check`, closes any open form, and needs neither the action server nor the
database for its first step: `utter_crisis*` and `utter_crisis_check` are domain responses
rendered from the gettext catalogs (signpost/conversation/rasa_domain.py).

- A crisis: the response for whom it is (`crisis_for`: self, someone_else, danger_from_others),
  then action_crisis_alternatives, then listen.
- An uncertain score (`risk_check`): a check-in (signpost.conversation.check_ins) asks directly,
  with the lines for that risk in the same reply and yes / no quick replies, and nothing else runs
  that turn. Which one follows whom the message is most likely about (`crisis_for`):
  utter_crisis_check for the person writing (Samaritans and Shout); utter_crisis_check_someone_else
  for someone they are worried about (999 and Samaritans); utter_crisis_check_danger for danger
  from someone (999, the National Domestic Abuse Helpline and Samaritans), which also asks about a
  threat from someone told with laughter (the lexicon's harm_from_others match). A laughed risk
  word of another kind that the semantic layer guesses is about others gets the crisis response
  for them straight away (docs/safety.md).
- The answer to a check-in: yes (or any risk wording, or another uncertain message) gives the
  crisis response the check-in was about; no thanks the person, with that check-in's lines again,
  and returns to what they were doing: a search request carries on to the search, anything else
  is left to the other policies' next turn.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Text, Tuple

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

from signpost.conversation.check_ins import CHECK_IN_FOR, CHECK_INS

CRISIS_INTENT = "crisis"
AFFIRM_INTENT = "affirm"
DENY_INTENT = "deny"
CRISIS_RESPONSES = {
    "self": "utter_crisis",
    "someone_else": "utter_crisis_someone_else",
    "danger_from_others": "utter_crisis_danger_from_others",
}
CRISIS_ALTERNATIVES = "action_crisis_alternatives"
OTHERS = frozenset({"someone_else", "danger_from_others"})
# The lexicon kind whose match, laughed about, gets the danger check-in (signpost_rasa.nlu.risk_verdict).
DANGER_LEXICON_KIND = "harm_from_others"
# What "no" to the check-in returns to, by the intent of the message that raised it. A search
# request (or an answer or a "more" in a search) carries on to the search; anything else just
# waits for the person's next message.
SEARCH_INTENTS = frozenset({"find_service", "inform", "more_results"})
RESUME_SEARCH = ("action_start_search", "search_form")

DECLINED = frozenset(check_in.declined for check_in in CHECK_INS.values())

BOOKKEEPING_ACTIONS = {ACTION_LISTEN_NAME, ACTION_EXTRACT_SLOTS}

# Higher than RulePolicy (6): on a tie in confidence the higher priority wins.
CRISIS_POLICY_PRIORITY = 7


def crisis_sequence(crisis_for: Optional[str]) -> Tuple[str, ...]:
    return (CRISIS_RESPONSES.get(crisis_for or "self", CRISIS_RESPONSES["self"]), CRISIS_ALTERNATIVES)


def planned_sequence(
    latest_intent: Optional[str],
    risk_check: bool,
    crisis_for: Optional[str],
    previous_bot_actions: Sequence[str],
    checked_intent: Optional[str],
    risk_kind: Optional[str] = None,
) -> Tuple[Tuple[str, ...], bool]:
    """The actions this turn must run, and whether the turn then waits for the person.

    previous_bot_actions: what the bot did after the person's previous message (bookkeeping
    actions left out); checked_intent: the intent of that previous message; risk_kind: the risk
    lexicon's kind for the latest message, when it matched.
    """
    answered = next((check for check in CHECK_INS if check in previous_bot_actions), None)
    if latest_intent == CRISIS_INTENT or (answered and (latest_intent == AFFIRM_INTENT or risk_check)):
        # "yes" gives the response the check-in was about; a message of its own, its own response
        return crisis_sequence(crisis_for or (CHECK_INS[answered].crisis_for if answered else None)), True
    if risk_check:
        if crisis_for in OTHERS and risk_kind not in (None, DANGER_LEXICON_KIND):
            # the writer's own risk word laughed about, which the semantic layer guesses is about
            # others: the response for them, 999 first, straight away
            return crisis_sequence(crisis_for), True
        # a model's uncertain score, whoever it is most likely about, or a laughed threat from
        # someone (the lexicon's harm_from_others, always for danger_from_others): asked about,
        # with the lines for that risk in the same reply
        check_in = CHECK_IN_FOR.get(crisis_for or "self", CHECK_IN_FOR["self"]).response
        if latest_intent in SEARCH_INTENTS:
            # asked gently, and the search they asked for still runs
            return (check_in,) + RESUME_SEARCH, False
        return (check_in,), True
    if answered and latest_intent == DENY_INTENT:
        declined = CHECK_INS[answered].declined
        if checked_intent in SEARCH_INTENTS and RESUME_SEARCH[0] not in previous_bot_actions:
            return (declined,) + RESUME_SEARCH, False
        return (declined,), True
    return (), False


def next_action(sequence: Sequence[str], then_listen: bool, actions_since_user: List[str]) -> Optional[str]:
    """The next action of the sequence, given what already ran this turn; None when it has
    nothing (more) to say, so the other policies decide."""
    if not sequence:
        return None
    done = [a for a in actions_since_user if a not in BOOKKEEPING_ACTIONS]
    for step, action in enumerate(sequence):
        if step >= len(done):
            return action
        if done[step] != action:
            return None
    return ACTION_LISTEN_NAME if then_listen and len(done) == len(sequence) else None


def next_crisis_action(latest_intent: Optional[str], actions_since_user: List[str],
                       crisis_for: Optional[str] = None) -> Optional[str]:
    """The action the crisis sequence wants next, or None when the sequence has nothing to say."""
    if latest_intent != CRISIS_INTENT:
        return None
    return next_action(crisis_sequence(crisis_for), True, actions_since_user)


def actions_since_latest_user_message(tracker: DialogueStateTracker) -> List[str]:
    return _turns(tracker, 1)[0][1]


def _turns(tracker: DialogueStateTracker, count: int) -> List[Tuple[Optional[Any], List[str]]]:
    """The latest `count` user messages, newest first, each with the actions that followed it."""
    turns: List[Tuple[Optional[Any], List[str]]] = []
    names: List[str] = []
    for event in reversed(tracker.events):
        if event.type_name == "user":
            names.reverse()
            turns.append((event, names))
            names = []
            if len(turns) == count:
                return turns
        elif event.type_name == "action" and getattr(event, "action_name", None):
            names.append(event.action_name)
    names.reverse()
    turns.append((None, names))
    while len(turns) < count:
        turns.append((None, []))
    return turns


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT], is_trainable=True
)
class CrisisPolicy(Policy):
    """Runs the crisis response, the check-in and the answer to it before any other policy."""

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
        (latest, since_latest), (previous, since_previous) = _turns(tracker, 2)
        parse = latest.parse_data if latest is not None else {}
        previous_intent = (previous.intent or {}).get("name") if previous is not None else None
        sequence, then_listen = planned_sequence(
            (parse.get("intent") or {}).get("name"),
            bool(parse.get("risk_check")),
            parse.get("crisis_for"),
            [a for a in since_previous if a not in BOOKKEEPING_ACTIONS],
            previous_intent,
            (parse.get("risk") or {}).get("kind"),
        )
        action = next_action(sequence, then_listen, since_latest)
        if action is None or action not in domain.action_names_or_texts:
            return self._prediction(self._default_predictions(domain))

        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(action)] = 1.0
        close_form: List[Any] = []
        done = [a for a in since_latest if a not in BOOKKEEPING_ACTIONS]
        if not done and sequence[0] not in DECLINED and tracker.active_loop_name:
            close_form = [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None)]
        # is_no_user_prediction lets this outrank an active form's happy path.
        return self._prediction(
            probabilities, optional_events=close_form, is_no_user_prediction=True
        )
