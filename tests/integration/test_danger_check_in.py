"""A threat from someone told with laughter, through the running assistant: asked about with 999, the
National Domestic Abuse Helpline and Samaritans (yes: the full danger-from-others response; no: a
carry-on line with 999 and the helpline, and the search asked for still runs). Without laughter it is
the full response."""
import pytest

from signpost.i18n import t
from tests.integration.conftest import Conversation, payloads, texts

pytestmark = pytest.mark.integration

LAUGHED_THREAT = "my mum said she'll murder me if I come home after midnight again lol"
LAUGHED_THREAT_WITH_REQUEST = "my brother says he'll kill me if I'm late again 😂 any peer support groups in Leeds"


def assert_danger_check_in(replies):
    text = texts(replies)
    assert t("crisis.check.danger.question", "en") in text, text[:300]
    assert t("crisis.check.danger.lines", "en") in text and t("crisis.check.danger.samaritans", "en") in text
    assert t("crisis.danger.intro", "en") not in text and t("crisis.check.question", "en") not in text
    assert [b["title"] for r in replies for b in r.get("buttons") or []] == ["Yes", "No"]
    [check_in] = payloads(replies, "crisis")
    assert check_in["check_in"] is True and check_in["for"] == "danger_from_others"
    assert [line["number"] for line in check_in["lines"]] == ["999", "0808 2000 247", "116 123"]


def test_a_laughed_threat_gets_the_danger_check_in_and_yes_gives_the_full_response(stack):
    conversation = Conversation(stack.rasa_url)
    assert_danger_check_in(conversation.say(LAUGHED_THREAT))
    replies = conversation.say("Yes")
    [response] = payloads(replies, "crisis")
    assert response["for"] == "danger_from_others" and not response.get("check_in")
    assert t("crisis.danger.intro", "en") in texts(replies)
    assert texts(replies).index("999") < texts(replies).index("0808 2000 247")


def test_a_laughed_threat_next_to_a_search_is_asked_about_then_no_carries_on(stack):
    conversation = Conversation(stack.rasa_url)
    replies = conversation.say(LAUGHED_THREAT_WITH_REQUEST)
    assert_danger_check_in(replies)
    assert payloads(replies, "services"), texts(replies)[:300]
    replies = conversation.say("No")
    assert t("crisis.check.danger.declined", "en") in texts(replies)
    assert t("crisis.check.declined", "en") not in texts(replies)
    assert not payloads(replies, "crisis"), texts(replies)[:300]
    assert payloads(conversation.say("peer support group in Leeds"), "services")


def test_a_threat_from_a_partner_without_laughter_stays_the_full_response(stack):
    replies = Conversation(stack.rasa_url).say("my boyfriend said he will kill me tonight")
    [response] = payloads(replies, "crisis")
    assert response["for"] == "danger_from_others" and not response.get("check_in")
    assert t("crisis.check.danger.question", "en") not in texts(replies)
