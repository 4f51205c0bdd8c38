"""The danger check-in: a threat from someone told with laughter ("my mum said she'll murder me if I
come home after midnight again lol"), or a model's uncertain score about danger from others, is
asked about, with 999, the National Domestic Abuse Helpline and Samaritans, instead of the full
danger-from-others response; yes gives that response, no carries on. Through the real SafetyOverride and the real CrisisPolicy with Rasa's trackers and the
project's domain: `.venv-rasa/bin/pytest tests/rasa_components/test_danger_check_in.py`.
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
    CrisisPolicy,
    planned_sequence,
)

from tests.rasa_components.turns import overridden, predicted, ran, said

CHECK_IN = check_ins.SELF_CHECK_IN.response
CHECK_DECLINED = check_ins.SELF_CHECK_IN.declined
DANGER_CHECK_IN = check_ins.DANGER_CHECK_IN.response
DANGER_CHECK_DECLINED = check_ins.DANGER_CHECK_IN.declined
DANGER_RESPONSE = CRISIS_RESPONSES["danger_from_others"]
THREAT = {"kind": "harm_from_others", "phrase_id": "en.threat-to-kill-me"}


# --- SafetyOverride: which messages are asked about

@pytest.mark.parametrize("text, intent", [
    ("my mum said she'll murder me if I come home after midnight again lol", "out_of_scope"),
    ("my brother says he'll kill me if I'm late again 😂 any carers group in Leeds", "find_service"),
    ("o meu irmão diz que me mata se eu chegar tarde kkkk", "out_of_scope"),
    ("mama powiedziała, że mnie zabije, jak znowu wrócę po północy hahaha", "out_of_scope"),
    ("mere bhai ne kaha agar main late aaya to woh mujhe maar dega hahaha", "out_of_scope"),
])
def test_a_threat_from_someone_told_with_laughter_keeps_the_request_with_the_danger_check_in(text, intent):
    message = overridden(text, [(intent, 0.6), ("crisis", 0.3)], semantic=0.1)
    assert message.get(INTENT)["name"] == intent
    assert message.get("risk_check") is True and message.get("crisis_for") == "danger_from_others"
    assert message.get("risk")["kind"] == "harm_from_others"


@pytest.mark.parametrize("text", [
    "my boyfriend said he will kill me tonight",
    "o meu irmão diz que me mata se eu chegar tarde",
])
def test_a_threat_from_someone_without_laughter_stays_the_full_response(text):
    message = overridden(text, [("out_of_scope", 0.6), ("crisis", 0.3)], semantic=0.1)
    assert message.get(INTENT)["name"] == "crisis" and message.get("crisis_for") == "danger_from_others"
    assert not message.get("risk_check")


def test_a_laughed_threat_a_model_is_sure_of_stays_the_full_response():
    message = overridden("my mum said she'll murder me if I come home after midnight again lol",
                         [("out_of_scope", 0.6), ("crisis", 0.3)], semantic=0.95)
    assert message.get(INTENT)["name"] == "crisis" and not message.get("risk_check")


# --- CrisisPolicy: the check-in, and the answers to it


def laughed_threat(intent="out_of_scope"):
    return said(intent, risk_check=True, crisis_for="danger_from_others", risk=THREAT)


def test_a_laughed_threat_gets_the_danger_check_in_and_nothing_else_that_turn(policy, domain):
    assert predicted(policy, domain, laughed_threat())[0] == DANGER_CHECK_IN
    assert predicted(policy, domain, laughed_threat() + ran(DANGER_CHECK_IN))[0] == ACTION_LISTEN_NAME


def test_a_laughed_threat_next_to_a_search_is_asked_about_and_still_searched(policy, domain):
    turn = laughed_threat("find_service")
    assert predicted(policy, domain, turn)[0] == DANGER_CHECK_IN
    assert predicted(policy, domain, turn + ran(DANGER_CHECK_IN))[0] == RESUME_SEARCH[0]
    assert predicted(policy, domain, turn + ran(DANGER_CHECK_IN, *RESUME_SEARCH))[0] is None


def test_the_danger_check_in_closes_an_open_form_like_the_crisis_response(policy, domain):
    action, prediction = predicted(policy, domain, laughed_threat(), active_form="search_form")
    assert action == DANGER_CHECK_IN
    assert prediction.optional_events == [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None)]


@pytest.mark.parametrize("answer", [
    said("affirm"),
    laughed_threat(),
    said("crisis", crisis_for="danger_from_others"),
], ids=["yes", "the threat again, laughed", "a disclosure"])
def test_yes_to_the_danger_check_in_gives_the_full_danger_from_others_response(policy, domain, answer):
    events = laughed_threat() + ran(DANGER_CHECK_IN, ACTION_LISTEN_NAME) + answer
    assert predicted(policy, domain, events)[0] == DANGER_RESPONSE
    assert predicted(policy, domain, events + ran(DANGER_RESPONSE))[0] == CRISIS_ALTERNATIVES


def test_a_disclosure_of_the_persons_own_risk_after_the_danger_check_in_gets_the_response_for_it(policy, domain):
    events = laughed_threat() + ran(DANGER_CHECK_IN, ACTION_LISTEN_NAME) + said("crisis", crisis_for="self")
    assert predicted(policy, domain, events)[0] == CRISIS_RESPONSES["self"]


def test_no_to_the_danger_check_in_on_a_search_carries_on_with_999_and_the_helpline_then_searches(policy, domain):
    events = laughed_threat("find_service") + ran(DANGER_CHECK_IN, ACTION_LISTEN_NAME) + said("deny")
    assert predicted(policy, domain, events)[0] == DANGER_CHECK_DECLINED
    assert predicted(policy, domain, events + ran(DANGER_CHECK_DECLINED))[0] == RESUME_SEARCH[0]


def test_no_to_the_danger_check_in_after_its_search_ran_carries_on_without_searching_again(policy, domain):
    events = (laughed_threat("find_service") + ran(DANGER_CHECK_IN, *RESUME_SEARCH, ACTION_LISTEN_NAME)
              + said("deny"))
    assert predicted(policy, domain, events)[0] == DANGER_CHECK_DECLINED
    assert predicted(policy, domain, events + ran(DANGER_CHECK_DECLINED))[0] == ACTION_LISTEN_NAME


def test_no_to_the_danger_check_in_never_closes_the_form(policy, domain):
    events = laughed_threat("find_service") + ran(DANGER_CHECK_IN, ACTION_LISTEN_NAME) + said("deny")
    _, prediction = predicted(policy, domain, events, active_form="search_form")
    assert prediction.optional_events == []


@pytest.mark.parametrize("intent, crisis_for, risk, expected", [
    # a model's uncertain band about danger from others is asked about too (no lexicon match):
    # the semantic layer's guess of whom the risk is for is noisy there
    ("out_of_scope", "danger_from_others", None, ((DANGER_CHECK_IN,), True)),
    ("find_service", "danger_from_others", None, ((DANGER_CHECK_IN,) + RESUME_SEARCH, False)),
    # the writer's own risk word laughed about, with the semantic layer's guess of danger from
    # others, keeps the full response too (only the lexicon's threat is asked about)
    ("out_of_scope", "danger_from_others", {"kind": "suicide"}, ((DANGER_RESPONSE, CRISIS_ALTERNATIVES), True)),
    ("out_of_scope", "danger_from_others", THREAT, ((DANGER_CHECK_IN,), True)),
    ("inform", "danger_from_others", THREAT, ((DANGER_CHECK_IN,) + RESUME_SEARCH, False)),
    ("out_of_scope", "self", {"kind": "suicide"}, ((CHECK_IN,), True)),
])
def test_which_uncertain_messages_get_the_danger_check_in(intent, crisis_for, risk, expected):
    assert planned_sequence(intent, True, crisis_for, [], None, (risk or {}).get("kind")) == expected


def test_yes_to_the_self_check_in_still_gives_the_response_for_the_person_writing():
    assert planned_sequence("affirm", False, None, [CHECK_IN], "out_of_scope")[0][0] == CRISIS_RESPONSES["self"]
    assert planned_sequence("deny", False, None, [CHECK_IN], "out_of_scope") == ((CHECK_DECLINED,), True)
