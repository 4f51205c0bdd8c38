"""The someone-else check-in: a model's uncertain score about someone the person is worried about
("my daughter has stopped going out, is there a group for parents?", the semantic layer at 0.7 for
someone_else) is asked about, with 999 and Samaritans, instead of the full crisis response for
someone else; yes gives that response, no carries on (a search in the same message still runs).
A crisis (the lexicon, or a model at its crisis threshold) keeps the full response. Through the
real SafetyOverride and the real CrisisPolicy with Rasa's trackers and the project's domain:
`.venv-rasa/bin/pytest tests/rasa_components/test_someone_else_check_in.py`.
"""

import pytest
from rasa.shared.core.constants import ACTION_LISTEN_NAME, REQUESTED_SLOT
from rasa.shared.core.events import ActiveLoop, SlotSet
from rasa.shared.nlu.constants import INTENT

from signpost.conversation import check_ins
from signpost_rasa.crisis_policy import (
    CRISIS_ALTERNATIVES,
    CRISIS_RESPONSES,
    RESUME_SEARCH,
    planned_sequence,
)

from tests.rasa_components.turns import overridden, predicted, ran, said

SOMEONE_ELSE_CHECK_IN = check_ins.SOMEONE_ELSE_CHECK_IN.response
SOMEONE_ELSE_CHECK_DECLINED = check_ins.SOMEONE_ELSE_CHECK_IN.declined
DANGER_CHECK_IN = check_ins.DANGER_CHECK_IN.response
SOMEONE_ELSE_RESPONSE = CRISIS_RESPONSES["someone_else"]
WORRIED_PARENT = "our son barely leaves his room since the exams, is there a group for parents in Leeds"


# --- SafetyOverride: which messages are asked about

@pytest.mark.parametrize("semantic", [0.65, 0.7, 0.88])
def test_an_uncertain_score_about_someone_else_keeps_the_request_with_a_check_in(semantic):
    message = overridden(WORRIED_PARENT, [("find_service", 0.8), ("crisis", 0.1)], semantic, "someone_else")
    assert message.get(INTENT)["name"] == "find_service"
    assert message.get("risk_check") is True and message.get("crisis_for") == "someone_else"
    assert message.get("risk") is None


def test_the_semantic_layer_at_its_crisis_threshold_about_someone_else_stays_a_crisis():
    message = overridden(WORRIED_PARENT, [("find_service", 0.8), ("crisis", 0.1)], 0.95, "someone_else")
    assert message.get(INTENT)["name"] == "crisis" and message.get("crisis_for") == "someone_else"
    assert not message.get("risk_check")


# --- CrisisPolicy: the check-in, and the answers to it

def worried(intent="out_of_scope"):
    return said(intent, risk_check=True, crisis_for="someone_else")


def test_an_uncertain_worry_about_someone_else_gets_the_check_in_and_nothing_else_that_turn(policy, domain):
    assert predicted(policy, domain, worried())[0] == SOMEONE_ELSE_CHECK_IN
    assert predicted(policy, domain, worried() + ran(SOMEONE_ELSE_CHECK_IN))[0] == ACTION_LISTEN_NAME


def test_an_uncertain_worry_next_to_a_search_is_asked_about_and_still_searched(policy, domain):
    turn = worried("find_service")
    assert predicted(policy, domain, turn)[0] == SOMEONE_ELSE_CHECK_IN
    assert predicted(policy, domain, turn + ran(SOMEONE_ELSE_CHECK_IN))[0] == RESUME_SEARCH[0]
    assert predicted(policy, domain, turn + ran(SOMEONE_ELSE_CHECK_IN, *RESUME_SEARCH))[0] is None


def test_the_someone_else_check_in_closes_an_open_form_like_the_crisis_response(policy, domain):
    action, prediction = predicted(policy, domain, worried(), active_form="search_form")
    assert action == SOMEONE_ELSE_CHECK_IN
    assert prediction.optional_events == [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None)]


@pytest.mark.parametrize("answer", [
    said("affirm"),
    worried(),
    said("crisis", crisis_for="someone_else"),
], ids=["yes", "the worry again, unsure", "a disclosure about them"])
def test_yes_to_the_someone_else_check_in_gives_the_full_response_for_someone_else(policy, domain, answer):
    events = worried() + ran(SOMEONE_ELSE_CHECK_IN, ACTION_LISTEN_NAME) + answer
    assert predicted(policy, domain, events)[0] == SOMEONE_ELSE_RESPONSE
    assert predicted(policy, domain, events + ran(SOMEONE_ELSE_RESPONSE))[0] == CRISIS_ALTERNATIVES


def test_a_disclosure_of_the_persons_own_risk_after_the_someone_else_check_in_gets_the_response_for_it(policy, domain):
    events = worried() + ran(SOMEONE_ELSE_CHECK_IN, ACTION_LISTEN_NAME) + said("crisis", crisis_for="self")
    assert predicted(policy, domain, events)[0] == CRISIS_RESPONSES["self"]


def test_no_to_the_someone_else_check_in_on_a_search_carries_on_then_searches(policy, domain):
    events = worried("find_service") + ran(SOMEONE_ELSE_CHECK_IN, ACTION_LISTEN_NAME) + said("deny")
    assert predicted(policy, domain, events)[0] == SOMEONE_ELSE_CHECK_DECLINED
    assert predicted(policy, domain, events + ran(SOMEONE_ELSE_CHECK_DECLINED))[0] == RESUME_SEARCH[0]


def test_no_to_the_someone_else_check_in_after_its_search_ran_carries_on_without_searching_again(policy, domain):
    events = (worried("find_service") + ran(SOMEONE_ELSE_CHECK_IN, *RESUME_SEARCH, ACTION_LISTEN_NAME)
              + said("deny"))
    assert predicted(policy, domain, events)[0] == SOMEONE_ELSE_CHECK_DECLINED
    assert predicted(policy, domain, events + ran(SOMEONE_ELSE_CHECK_DECLINED))[0] == ACTION_LISTEN_NAME


def test_no_to_the_someone_else_check_in_never_closes_the_form(policy, domain):
    events = worried("find_service") + ran(SOMEONE_ELSE_CHECK_IN, ACTION_LISTEN_NAME) + said("deny")
    _, prediction = predicted(policy, domain, events, active_form="search_form")
    assert prediction.optional_events == []


# --- planned_sequence: only the uncertain band asks; a crisis keeps the full response

@pytest.mark.parametrize("intent, risk_check, crisis_for, risk_kind, expected", [
    ("out_of_scope", True, "someone_else", None, ((SOMEONE_ELSE_CHECK_IN,), True)),
    ("find_service", True, "someone_else", None, ((SOMEONE_ELSE_CHECK_IN,) + RESUME_SEARCH, False)),
    ("more_results", True, "someone_else", None, ((SOMEONE_ELSE_CHECK_IN,) + RESUME_SEARCH, False)),
    ("find_service", True, "danger_from_others", None, ((DANGER_CHECK_IN,) + RESUME_SEARCH, False)),
    # a crisis from any layer: the full response for someone else, 999 first, as before
    ("crisis", False, "someone_else", None, ((SOMEONE_ELSE_RESPONSE, CRISIS_ALTERNATIVES), True)),
    ("crisis", False, "someone_else", "suicide", ((SOMEONE_ELSE_RESPONSE, CRISIS_ALTERNATIVES), True)),
    # the writer's own risk word laughed about, guessed to be about someone else: as before
    ("out_of_scope", True, "someone_else", "suicide", ((SOMEONE_ELSE_RESPONSE, CRISIS_ALTERNATIVES), True)),
], ids=["uncertain", "uncertain search", "uncertain more", "uncertain danger search", "crisis", "lexicon crisis",
        "laughed risk word"])
def test_which_messages_about_someone_else_are_asked_about(intent, risk_check, crisis_for, risk_kind, expected):
    assert planned_sequence(intent, risk_check, crisis_for, [], None, risk_kind) == expected


def test_no_to_the_someone_else_check_in_after_a_greeting_waits():
    assert planned_sequence("deny", False, None, [SOMEONE_ELSE_CHECK_IN], "greet") == ((SOMEONE_ELSE_CHECK_DECLINED,), True)
