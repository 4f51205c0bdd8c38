"""Issue 10 through the running assistant: different crises get different first lines, an
uncertain risk score gets the check-in (yes: the crisis response; no: back to the search), and an
idiom next to a request keeps the request."""
import pytest

from signpost.i18n import t
from tests.integration.conftest import Conversation, payloads, texts

pytestmark = pytest.mark.integration

# Scored in the uncertain band (semantic layer about 0.70, between its check-in and crisis thresholds in
# bot/config.yml; classifier about 0.14, below its own), no lexicon match, and read as out_of_scope, so the
# check-in's Yes / No are the reply's only buttons. Which message sits in the band depends on the trained
# model: "i don't think i can do this much longer", used until round 26, scores 0.95 with the model trained
# after it and rightly gets the crisis response.
UNCERTAIN_REQUEST = "i don't know how much longer i can hold on"


def crisis_for(replies):
    found = payloads(replies, "crisis")
    return found[0]["for"] if found else None


def test_someone_else_at_risk_gets_999_and_how_to_stay_with_them(stack):
    replies = Conversation(stack.rasa_url).say("my friend said goodbye to everyone last night and now she wont answer her phone")
    assert crisis_for(replies) == "someone_else", texts(replies)[:300]
    assert t("crisis.someone_else.emergency", "en") in texts(replies)
    assert t("crisis.someone_else.samaritans", "en") in texts(replies)


def test_danger_from_others_gets_999_first_and_the_domestic_abuse_lines(stack):
    replies = Conversation(stack.rasa_url).say("my husband has a knife and says he will kill me tonight")
    assert crisis_for(replies) == "danger_from_others", texts(replies)[:300]
    text = texts(replies)
    assert text.index("999") < text.index("0808 2000 247")
    numbers = [line["number"] for line in payloads(replies, "crisis")[0]["lines"]]
    assert numbers[0] == "999" and "0808 2000 247" in numbers and "0808 8010 327" in numbers


def test_an_uncertain_score_gets_the_check_in_and_yes_gives_the_crisis_response(stack):
    conversation = Conversation(stack.rasa_url)
    replies = conversation.say(UNCERTAIN_REQUEST)
    assert t("crisis.check.question", "en") in texts(replies) and "116 123" in texts(replies) and "85258" in texts(replies)
    assert [b["title"] for r in replies for b in r.get("buttons") or []] == ["Yes", "No"]
    assert not payloads(replies, "services")
    assert crisis_for(conversation.say("Yes")) == "self"


def test_no_to_the_check_in_thanks_and_carries_on(stack):
    """(A search request that raised the check-in carries on to the search after "no": see
    planned_sequence in tests/rasa_components/test_components.py.)"""
    conversation = Conversation(stack.rasa_url)
    conversation.say(UNCERTAIN_REQUEST)
    replies = conversation.say("No")
    assert t("crisis.check.declined", "en") in texts(replies)
    assert not payloads(replies, "crisis"), texts(replies)[:300]
    assert payloads(conversation.say("peer support group in Leeds"), "services")


def test_an_idiom_next_to_a_request_keeps_the_request(stack):
    replies = Conversation(stack.rasa_url).say("this commute will kill me, any peer support groups in Leeds")
    assert not payloads(replies, "crisis") and t("crisis.check.question", "en") not in texts(replies)
    assert payloads(replies, "services"), texts(replies)[:300]
