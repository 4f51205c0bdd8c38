"""CrisisPolicy, the plan it follows (`planned_sequence`, `next_action`) and `next_crisis_action`,
run in the Rasa environment: `.venv-rasa/bin/pytest tests/rasa_components/test_crisis_policy.py`.

The policy is given real trackers (the events Rasa records) and the project's domain
(bot/domain; the crisis responses' texts are rendered from the catalogs at build time, so only
their names are added here), and its prediction is read as Rasa reads it.
"""

import pytest
from rasa.shared.core.constants import ACTION_LISTEN_NAME, REQUESTED_SLOT
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActiveLoop, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from signpost.conversation import check_ins
from signpost_rasa.crisis_policy import (
    CRISIS_ALTERNATIVES,
    CRISIS_POLICY_PRIORITY,
    CRISIS_RESPONSES,
    RESUME_SEARCH,
    CrisisPolicy,
    next_action,
    next_crisis_action,
    planned_sequence,
)

from tests.rasa_components.turns import predicted, ran, said

CHECK_IN = check_ins.SELF_CHECK_IN.response
CHECK_DECLINED = check_ins.SELF_CHECK_IN.declined


# --- the policy, through Rasa's trackers and the domain

@pytest.mark.parametrize("crisis_for, response", sorted(CRISIS_RESPONSES.items()))
def test_a_crisis_runs_the_response_for_whom_it_is_then_the_alternatives_then_listens(policy, domain,
                                                                                     crisis_for, response):
    turn = said("crisis", crisis_for=crisis_for)
    assert predicted(policy, domain, turn)[0] == response
    assert predicted(policy, domain, turn + ran(response))[0] == CRISIS_ALTERNATIVES
    assert predicted(policy, domain, turn + ran(response, CRISIS_ALTERNATIVES))[0] == ACTION_LISTEN_NAME


def test_a_crisis_without_a_target_gets_the_response_for_the_person_writing(policy, domain):
    assert predicted(policy, domain, said("crisis"))[0] == "utter_crisis"


def test_the_crisis_policy_outranks_the_rules_and_an_active_form(policy, domain):
    action, prediction = predicted(policy, domain, said("crisis", crisis_for="self"), active_form="search_form")
    assert action == "utter_crisis"
    assert prediction.policy_priority == CRISIS_POLICY_PRIORITY and prediction.is_no_user_prediction
    assert prediction.optional_events == [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None)]


def test_a_form_is_closed_only_on_the_first_step(policy, domain):
    events = said("crisis", crisis_for="self") + ran("utter_crisis")
    _, prediction = predicted(policy, domain, events, active_form="search_form")
    assert prediction.optional_events == []


def test_an_uncertain_message_gets_the_check_in_and_nothing_else_that_turn(policy, domain):
    turn = said("start_over", risk_check=True, crisis_for="self")
    assert predicted(policy, domain, turn)[0] == CHECK_IN
    assert predicted(policy, domain, turn + ran(CHECK_IN))[0] == ACTION_LISTEN_NAME


def test_an_uncertain_search_request_is_asked_about_and_still_searched(policy, domain):
    turn = said("find_service", risk_check=True, crisis_for="self")
    assert predicted(policy, domain, turn)[0] == CHECK_IN
    assert predicted(policy, domain, turn + ran(CHECK_IN))[0] == RESUME_SEARCH[0]
    assert predicted(policy, domain, turn + ran(CHECK_IN, *RESUME_SEARCH))[0] is None


def test_yes_to_the_check_in_gives_the_crisis_response(policy, domain):
    events = said("start_over", risk_check=True, crisis_for="self") + ran(CHECK_IN, ACTION_LISTEN_NAME) + said("affirm")
    assert predicted(policy, domain, events)[0] == "utter_crisis"


def test_risk_wording_again_after_the_check_in_gives_the_crisis_response(policy, domain):
    events = (said("greet", risk_check=True, crisis_for="self") + ran(CHECK_IN, ACTION_LISTEN_NAME)
              + said("find_service", risk_check=True, crisis_for="self"))
    assert predicted(policy, domain, events)[0] == "utter_crisis"


def test_no_to_the_check_in_on_a_search_thanks_the_person_and_searches(policy, domain):
    events = said("find_service", risk_check=True, crisis_for="self") + ran(CHECK_IN, ACTION_LISTEN_NAME) + said("deny")
    assert predicted(policy, domain, events)[0] == CHECK_DECLINED
    assert predicted(policy, domain, events + ran(CHECK_DECLINED))[0] == RESUME_SEARCH[0]


def test_no_to_the_check_in_after_a_search_already_ran_does_not_search_again(policy, domain):
    events = (said("find_service", risk_check=True, crisis_for="self") + ran(CHECK_IN, *RESUME_SEARCH, ACTION_LISTEN_NAME)
              + said("deny"))
    assert predicted(policy, domain, events)[0] == CHECK_DECLINED
    assert predicted(policy, domain, events + ran(CHECK_DECLINED))[0] == ACTION_LISTEN_NAME


def test_no_to_the_check_in_never_closes_the_form(policy, domain):
    events = said("find_service", risk_check=True, crisis_for="self") + ran(CHECK_IN, ACTION_LISTEN_NAME) + said("deny")
    _, prediction = predicted(policy, domain, events, active_form="search_form")
    assert prediction.optional_events == []


@pytest.mark.parametrize("events", [
    said("find_service"),
    said("deny"),
    said("greet") + ran("utter_greet", ACTION_LISTEN_NAME) + said("deny"),
    said("crisis", crisis_for="self") + ran("utter_greet"),
], ids=["an ordinary request", "a no to nothing", "a no that answers something else", "a turn gone elsewhere"])
def test_anything_else_is_left_to_the_other_policies(policy, domain, events):
    action, prediction = predicted(policy, domain, events)
    assert action is None and not any(prediction.probabilities)


def test_an_action_missing_from_the_domain_is_never_predicted(policy):
    small = Domain.from_dict({"intents": ["crisis"]})
    tracker = DialogueStateTracker.from_events("test", ran(ACTION_LISTEN_NAME) + said("crisis"), small.slots)
    assert not any(policy.predict_action_probabilities(tracker, small).probabilities)


# --- the plan for a turn, and its steps

@pytest.mark.parametrize("intent, check, crisis_for, before, asked_after, expected", [
    ("crisis", False, "self", [], None, (("utter_crisis", CRISIS_ALTERNATIVES), True)),
    ("crisis", False, None, [], None, (("utter_crisis", CRISIS_ALTERNATIVES), True)),
    ("crisis", False, "someone_else", [], None, (("utter_crisis_someone_else", CRISIS_ALTERNATIVES), True)),
    ("crisis", False, "danger_from_others", [], None,
     (("utter_crisis_danger_from_others", CRISIS_ALTERNATIVES), True)),
    ("ask_clinical", True, "self", [], None, ((CHECK_IN,), True)),
    ("find_service", True, "self", [], None, ((CHECK_IN,) + RESUME_SEARCH, False)),
    ("inform", True, "self", [], None, ((CHECK_IN,) + RESUME_SEARCH, False)),
    ("goodbye", True, "danger_from_others", [], None, (("utter_crisis_check_danger",), True)),
    ("goodbye", True, "someone_else", [], None, (("utter_crisis_check_someone_else",), True)),
    ("affirm", False, None, [CHECK_IN], "greet", (("utter_crisis", CRISIS_ALTERNATIVES), True)),
    ("affirm", False, None, ["utter_greet"], "greet", ((), False)),
    ("deny", False, None, [CHECK_IN], "more_results", ((CHECK_DECLINED,) + RESUME_SEARCH, False)),
    ("deny", False, None, [CHECK_IN], "greet", ((CHECK_DECLINED,), True)),
    ("deny", False, None, [CHECK_IN, *RESUME_SEARCH], "find_service", ((CHECK_DECLINED,), True)),
    ("find_service", False, None, [], None, ((), False)),
])
def test_planned_sequence(intent, check, crisis_for, before, asked_after, expected):
    assert planned_sequence(intent, check, crisis_for, before, asked_after) == expected


SEARCH_AFTER_NO = (CHECK_DECLINED,) + RESUME_SEARCH


@pytest.mark.parametrize("sequence, then_listen, done, expected", [
    (SEARCH_AFTER_NO, False, [ACTION_LISTEN_NAME, "action_extract_slots"], CHECK_DECLINED),
    (SEARCH_AFTER_NO, False, [CHECK_DECLINED, RESUME_SEARCH[0]], RESUME_SEARCH[1]),
    (SEARCH_AFTER_NO, False, list(SEARCH_AFTER_NO), None),
    ((CHECK_IN,), True, [CHECK_IN], ACTION_LISTEN_NAME),
    ((CHECK_IN,), True, ["utter_greet"], None),
    ((), True, [], None),
])
def test_next_action(sequence, then_listen, done, expected):
    assert next_action(sequence, then_listen, done) == expected


@pytest.mark.parametrize("intent, done, crisis_for, expected", [
    ("crisis", [], None, "utter_crisis"),
    ("crisis", [], "someone_else", "utter_crisis_someone_else"),
    ("crisis", ["action_extract_slots", "utter_crisis_danger_from_others"], "danger_from_others", CRISIS_ALTERNATIVES),
    ("crisis", ["utter_crisis", CRISIS_ALTERNATIVES], "self", ACTION_LISTEN_NAME),
    ("crisis", ["utter_greet"], "self", None),
    ("find_service", [], "self", None),
    (None, [], None, None),
])
def test_next_crisis_action(intent, done, crisis_for, expected):
    assert next_crisis_action(intent, done, crisis_for) == expected
