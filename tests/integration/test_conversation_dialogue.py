"""A conversation that holds up, through the real stack: corrections, answers to the assistant's
questions, service language vs chat language, crisis follow-up, carers, misspellings, the list."""
import pytest

from tests.integration.conftest import payloads, shown_ids, texts

pytestmark = pytest.mark.integration

LEICESTER_BEFRIENDING = {f"test-leicester-befriending-{n}" for n in range(1, 5)}


def buttons(replies):
    return [b for m in replies for b in m.get("buttons") or []]


def test_a_correction_replaces_the_place_and_says_what_changed(conversation):
    conversation.say("any befriending in Leeds please")
    replies = conversation.say("sorry, Leicester not Leeds")
    assert set(shown_ids(replies)) <= LEICESTER_BEFRIENDING and shown_ids(replies)
    assert "Leicester instead of Leeds" in texts(replies)


def test_a_correction_in_urdu(conversation):
    conversation.say("لیڈز میں پیئر سپورٹ چاہیے")
    replies = conversation.say("معاف کیجیے، لیڈز نہیں بریڈفورڈ")
    assert "test-bradford-peers" in shown_ids(replies)


def test_a_language_named_mid_search_filters_and_offers_the_switch(conversation):
    conversation.say("is there befriending in Leicester")
    replies = conversation.say("my aunt would be happier in Gujarati")
    assert shown_ids(replies)[0] == "test-leicester-befriending-1"
    assert "Would you like to continue in Gujarati?" in texts(replies)
    switch = buttons(replies)[-1]
    replies = conversation.say(switch["payload"])
    assert "ગુજરાતી" in texts(replies)


def test_a_chosen_chat_language_holds_through_ok_and_a_place(conversation):
    conversation.say("hi")
    replies = conversation.say("can we carry on in Urdu please")
    assert "اردو" in texts(replies)
    for text in ("ok", "Bradford", "12"):
        reply = texts(conversation.say(text))
        assert any("\u0600" <= ch <= "\u06ff" for ch in reply), text


def test_declining_to_say_where_gives_phone_and_online_services(conversation):
    conversation.say("I'd like someone to listen to me")
    replies = conversation.say("I'd prefer not to say my area")
    assert {"samaritans", "test-urdu-line"} & set(shown_ids(replies))


def test_yes_and_no_after_anything_else(conversation):
    conversation.say("peer support in Bradford")
    conversation.say("thanks")
    assert "What kind of support" in texts(conversation.say("yes"))
    conversation.say("thanks")
    assert "That's fine" in texts(conversation.say("no"))


def test_a_place_after_the_crisis_response_gets_crisis_alternatives_and_the_lines(conversation):
    assert payloads(conversation.say("i want to end my life"), "crisis")
    replies = conversation.say("I'm in Brixton, is there somewhere I can go tonight?")
    assert "test-lambeth-crisis-cafe" in shown_ids(replies)
    assert "116 123" in texts(replies)


def test_a_carer_naming_a_diagnosis_is_helped_not_refused(conversation):
    replies = conversation.say("I care for my mum who has dementia and I'm shattered")
    assert "can't diagnose" not in texts(replies).lower()
    replies = conversation.say("Leicester")
    assert set(shown_ids(replies)) & LEICESTER_BEFRIENDING


def test_a_misspelt_place_in_a_first_message(conversation):
    assert "test-sheffield-advocacy" in shown_ids(conversation.say("is there any advocacy in sheffeld"))


def test_an_uncertain_misspelling_is_confirmed(conversation):
    replies = conversation.say("counselling in Birmignam")
    assert "Did you mean Birmingham?" in texts(replies)
    assert "test-birmingham-punjabi-counselling" in shown_ids(conversation.say("yes"))


def test_details_of_the_first_one_after_the_list_ran_out(conversation):
    first = shown_ids(conversation.say("befriending in Leicester"))
    conversation.say("more")
    conversation.say("more")
    replies = conversation.say("details of the first one")
    assert shown_ids(replies) == first[:1]


def test_a_place_alone_in_the_widget_shows_what_is_there(conversation):
    replies = conversation.say("Bradford", metadata={"language": "ur"})
    assert "test-bradford-peers" in shown_ids(replies)


# --- independent-set failures, fixed as classes (new wordings, never the set's own) ---------------

OUT_OF_SCOPE = "Sorry, I can't help with that"


def test_after_a_crisis_a_place_and_a_worry_about_police_get_places_not_out_of_scope(conversation):
    assert payloads(conversation.say("i want to end my life"), "crisis")
    replies = conversation.say("I'm in Brixton. No police please. Where could I go tonight?")
    assert OUT_OF_SCOPE not in texts(replies)
    assert "test-lambeth-crisis-cafe" in shown_ids(replies)


def test_a_new_need_after_results_is_searched_in_the_same_place(conversation):
    conversation.say("befriending in Leicester")
    replies = conversation.say("actually something different, I need advocacy")
    assert "Whereabouts" not in texts(replies) and "Leicester" in texts(replies)


def test_a_misspelt_language_name_filters_the_search(conversation):
    replies = conversation.say("befriending in Leicester for Gujarti speakers")
    assert shown_ids(replies)[:1] == ["test-leicester-befriending-1"]


def test_a_language_the_person_manages_is_not_a_filter(conversation):
    replies = conversation.say("My English is fine but Punjabi counselling in Birmingham would suit me better")
    assert "test-birmingham-punjabi-counselling" in shown_ids(replies)
    assert "in English" not in texts(replies)


@pytest.mark.parametrize("language, question", [
    ("en", "can I get their number?"),
    ("ur", "ان کو فون کرنا ہے، نمبر بتا دیں"),
    ("bn", "ওদের ফোন করতে চাই, নম্বর কত?"),
    ("pa", "ਉਹਨਾਂ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ, ਨੰਬਰ ਕੀ ਹੈ?"),
    ("gu", "એમને ફોન કરવો છે, નંબર શું છે?"),
    ("ta", "அவர்களுக்கு போன் பண்ணணும், நம்பர் என்ன?"),
    ("ar", "أريد الاتصال بهم، ما هو الرقم؟"),
    ("so", "Waxaan rabaa inaan wax weydiiyo, lambarkoodu waa kee?"),
    ("pl", "chcę do nich zadzwonić, jaki to numer?"),
    ("ro", "aș vrea să-i sun, îmi spui numărul?"),
    ("pt", "quero ligar-lhes, qual é o número?"),
    ("zh", "我想给他们打电话，号码多少？"),
])
def test_asking_for_a_shown_services_number_works_in_every_language(conversation, language, question):
    assert shown_ids(conversation.say("advocacy in Sheffield")) == ["test-sheffield-advocacy"]
    assert "0114 496 0101" in texts(conversation.say(question))


def test_after_a_crisis_someone_to_talk_to_tonight_in_a_language_is_the_crisis_cafe(conversation):
    assert payloads(conversation.say("i want to end my life"), "crisis")
    replies = conversation.say("is there anywhere near Brixton I could go tonight to talk to someone, in Polish if possible?")
    # the cafe speaks English and Portuguese: a language ranks crisis alternatives, it hides none
    assert shown_ids(replies)[0] == "test-lambeth-crisis-cafe"


def test_what_a_shown_service_costs_and_when_it_is_open_are_answered_not_filtered(conversation):
    assert shown_ids(conversation.say("advocacy in Sheffield")) == ["test-sheffield-advocacy"]
    replies = conversation.say("is it free?")
    assert not payloads(replies, "services") and ": Free." in texts(replies)
    replies = conversation.say("what time do they close?")
    assert not payloads(replies, "services") and "Opening times:" in texts(replies)
@pytest.mark.parametrize("language, request_text, question, position", [
    ("en", "is there befriending in Leicester", "address?", "second"),
    ("ro", "befriending în Leicester", "adresa?", "al doilea"),
    ("pl", "befriending w Leicester", "adres?", "drugi"),
    ("pt", "befriending em Leicester", "morada?", "segundo"),
    ("ur", "لیسٹر میں بیفرینڈنگ", "پتہ؟", "دوسرا"),
    ("zh", "莱斯特的陪伴服务", "地址？", "第二"),
])
def test_a_short_details_question_after_several_asks_which_and_a_position_answers(
        conversation, language, request_text, question, position):
    widget = {"language": language}
    shown = shown_ids(conversation.say(request_text, metadata=widget))
    assert len(shown) > 1
    replies = conversation.say(question, metadata=widget)
    assert not shown_ids(replies)  # which one? not a new list, nor "what kind of support?"
    assert shown_ids(conversation.say(position, metadata=widget)) == [shown[1]]
