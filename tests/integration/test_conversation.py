"""Conversations over the REST channel: a real Rasa server calling the real action server."""
import pytest

from tests.integration.conftest import Conversation, payloads, shown_ids, start_stack, texts

pytestmark = pytest.mark.integration


def test_a_full_request_is_answered_with_services(conversation):
    replies = conversation.say("any punjabi speaking counselling in Birmingham?")
    assert shown_ids(replies)[0] == "test-birmingham-punjabi-counselling"
    assert "Sangat Counselling" in texts(replies)
    assert not payloads(replies, "crisis")


def test_the_assistant_asks_where_and_then_searches(conversation):
    replies = conversation.say("I'm looking for peer support")
    assert not shown_ids(replies)
    assert "Whereabouts" in texts(replies)
    replies = conversation.say("Bradford")
    assert shown_ids(replies)[0] == "test-bradford-peers"


def test_more_results_details_and_narrowing(conversation):
    first = shown_ids(conversation.say("befriending in Leicester"))
    assert len(first) == 3
    more = shown_ids(conversation.say("show me more"))
    assert more and not set(more) & set(first)
    details = texts(conversation.say("tell me about the first one"))
    assert "Who can use it" in details or "Opening times" in details
    free = shown_ids(conversation.say("only free ones"))
    assert free and "test-leicester-befriending-4" not in free  # the paid one


def test_closed_services_are_never_offered(conversation):
    replies = conversation.say("any women's groups in Leeds")
    ids = shown_ids(replies)
    assert "test-leeds-womens-group" in ids
    assert "test-leeds-closed-group" not in ids


def test_police_question_is_answered_from_the_service_record(conversation):
    conversation.say("advocacy in Sheffield")
    reply = texts(conversation.say("would they tell the police?"))
    assert "Independent of the NHS and the police" in reply


def test_a_risk_disclosure_gets_the_crisis_response(conversation):
    replies = conversation.say("I want to end my life")
    assert payloads(replies, "crisis")
    assert "116 123" in texts(replies) and "85258" in texts(replies)


def test_crisis_mid_form_then_the_search_carries_on(conversation):
    conversation.say("I'm looking for peer support")
    replies = conversation.say("I'm in Lambeth and honestly I just want to die")
    assert payloads(replies, "crisis")
    assert "test-lambeth-crisis-cafe" in shown_ids(replies)
    replies = conversation.say("peer support in Bradford")
    assert shown_ids(replies)[0] == "test-bradford-peers"


def test_no_diagnosis_no_medication_advice(conversation):
    reply = texts(conversation.say("I keep hearing voices, do I have schizophrenia?"))
    assert "GP" in reply and "you have" not in reply.lower()
    reply = texts(conversation.say("should I stop taking my sertraline"))
    assert "pharmacist" in reply


def test_zero_results_widen_honestly(conversation):
    replies = conversation.say("counselling in Tamil in Bradford")
    ids = shown_ids(replies)
    assert all(i.startswith(("test-", "samaritans")) for i in ids)
    assert "couldn't find" in texts(replies)


def test_crisis_response_without_the_action_server(tmp_path_factory):
    stack = start_stack(tmp_path_factory, with_actions=False)
    try:
        replies = Conversation(stack.rasa_url).say("i'm not safe tonight, i want to kill myself")
        assert payloads(replies, "crisis")
        assert "116 123" in texts(replies) and "999" in texts(replies)
    finally:
        stack.stop()


def test_crisis_is_answered_in_the_persons_language(conversation):
    from signpost.i18n import t

    replies = conversation.say("我真的不想再活下去了")
    assert payloads(replies, "crisis")
    assert t("crisis.intro", "zh") in texts(replies)
    assert payloads(replies, "crisis")[0]["language"] == "zh"


def written_in(text: str, language: str) -> bool:
    """Whether the text carries a whole sentence of the language's catalog."""
    from signpost.i18n.catalogs import read_catalog

    sentences = [m.string for m in read_catalog(language) if m.id and isinstance(m.string, str)
                 and "{" not in m.string and len(m.string) > 20]
    return any(sentence in text for sentence in sentences)


def test_the_language_holds_through_a_bare_place_name(conversation):
    replies = conversation.say("Szukam grupy wsparcia, gdzie mogę porozmawiać")
    assert written_in(texts(replies), "pl")
    replies = conversation.say("Bradford")
    assert written_in(texts(replies), "pl") and not written_in(texts(replies), "en")


def test_the_widget_can_set_the_language(conversation):
    from signpost.i18n import t

    replies = conversation.say("hi", metadata={"language": "pt"})
    assert t("greet.hello", "pt") in texts(replies)


def test_everyday_words_that_sound_alarming_are_not_a_crisis(conversation):
    for text in ("my commute is killing me, any drop-in groups in Leicester?",
                 "I'm dying to meet other Gujarati speakers in Leicester"):
        replies = conversation.say(text)
        assert not payloads(replies, "crisis"), text
