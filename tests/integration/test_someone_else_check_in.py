"""The uncertain band about someone else, or danger from others, through the running assistant:
asked about instead of the full crisis response for others. Someone else: 999 and Samaritans beside
the question (yes: the full response for someone else; no: a carry-on line, and the search asked for
in the same message has already run). Danger from others: the danger check-in, with Samaritans too.

Which messages sit in the band depends on the trained model, as for tests/integration/test_safety_checkin.py:
scored with the model trained after round 26 and lexicon round 17 (no lexicon match, classifier below its check-in
threshold); rescore them when the risk data changes (the band moves with every round).
"""
import pytest

from signpost.i18n import t
from tests.integration.conftest import Conversation, payloads, texts

pytestmark = pytest.mark.integration

# semantic layer 0.74, most likely someone_else; read as a search request (find_service)
WORRIED_FRIEND = "my friend seems really low and keeps cancelling plans, I'm worried about him"
# semantic layer 0.83, most likely danger_from_others
CONTROLLING_HUSBAND = "my husband checks my phone and gets angry if I see friends, I feel trapped"


def assert_someone_else_check_in(replies):
    text = texts(replies)
    assert t("crisis.check.someone_else.question", "en") in text, text[:300]
    assert t("crisis.check.someone_else.lines", "en") in text
    assert t("crisis.someone_else.intro", "en") not in text and t("crisis.check.question", "en") not in text
    # the check-in's own quick replies come first; a search in the same message may ask its next question
    assert [b["title"] for r in replies for b in r.get("buttons") or []][:2] == ["Yes", "No"]
    [check_in] = payloads(replies, "crisis")
    assert check_in["check_in"] is True and check_in["for"] == "someone_else"
    assert [line["number"] for line in check_in["lines"]] == ["999", "116 123"]


def test_an_uncertain_worry_about_someone_else_gets_the_check_in_and_yes_gives_the_full_response(stack):
    conversation = Conversation(stack.rasa_url)
    assert_someone_else_check_in(conversation.say(WORRIED_FRIEND))
    replies = conversation.say("Yes")
    [response] = payloads(replies, "crisis")
    assert response["for"] == "someone_else" and not response.get("check_in")
    assert t("crisis.someone_else.emergency", "en") in texts(replies)


def test_no_to_the_someone_else_check_in_carries_on(stack):
    conversation = Conversation(stack.rasa_url)
    assert_someone_else_check_in(conversation.say(WORRIED_FRIEND))
    replies = conversation.say("No")
    assert t("crisis.check.someone_else.declined", "en") in texts(replies)
    assert not payloads(replies, "crisis"), texts(replies)[:300]
    assert payloads(conversation.say("peer support group in Leeds"), "services")


def test_an_uncertain_score_about_danger_from_others_gets_the_danger_check_in_with_samaritans(stack):
    replies = Conversation(stack.rasa_url).say(CONTROLLING_HUSBAND)
    text = texts(replies)
    assert t("crisis.check.danger.question", "en") in text, text[:300]
    assert t("crisis.check.danger.samaritans", "en") in text and t("crisis.danger.intro", "en") not in text
    [check_in] = payloads(replies, "crisis")
    assert check_in["check_in"] is True and check_in["for"] == "danger_from_others"
    assert [line["number"] for line in check_in["lines"]] == ["999", "0808 2000 247", "116 123"]
