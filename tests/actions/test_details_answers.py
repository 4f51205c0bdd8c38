"""After a result list: "address?", "their phone number?" and a bare "second" / "drugi" / "دوسرا",
in every language, reach the details of the right service, however the intent classifier took
such a short message (it reads most of them as a yes)."""
import pytest

from actions.questions import ActionAnswerQuestion
from actions.search import ActionServiceDetails
from signpost.i18n import t
from signpost.understanding import extract_entities
from signpost.understanding.dialogue import cues
from tests.actions.conftest import make_tracker, run, texts

TWO_SHOWN = {"shown_services": ["test-leicester-befriending-1", "test-leicester-befriending-2"]}


def entities_of(text, language):
    return [{"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
            for e in extract_entities(text, language)]


DETAIL_QUESTIONS = [
    ("en", "address?"), ("en", "what's their phone number?"), ("ro", "adresa?"), ("ro", "care este numărul lor de telefon?"),
    ("pl", "adres?"), ("pl", "numer telefonu?"), ("pt", "morada?"), ("pt", "qual é o telefone deles?"),
    ("ur", "پتہ؟"), ("ur", "ان کا فون نمبر کیا ہے؟"), ("bn", "ঠিকানা?"), ("pa", "ਫ਼ੋਨ ਨੰਬਰ?"), ("gu", "સરનામું?"),
    ("ta", "முகவரி?"), ("ar", "العنوان؟"), ("so", "cinwaanka?"), ("so", "lambarkooda waa maxay?"), ("zh", "地址？"), ("zh", "他们的电话号码是多少？"),
]


@pytest.mark.parametrize("language, text", DETAIL_QUESTIONS)
def test_a_details_question_is_heard_in_every_language(language, text):
    assert cues(text, language).asks_details


@pytest.mark.parametrize("language, text", [
    ("en", "I need someone to talk to"), ("pl", "potrzebuję pomocy"), ("ur", "مجھے مدد چاہیے"), ("zh", "我想找人聊聊"),
])
def test_a_request_asks_no_details(language, text):
    assert not cues(text, language).asks_details


@pytest.mark.parametrize("language, text", DETAIL_QUESTIONS)
def test_a_details_question_taken_for_a_yes_asks_which_one_when_several_are_shown(dispatcher, language, text):
    tracker = make_tracker(text=text, intent="affirm", entities=entities_of(text, language),
                           slots={**TWO_SHOWN, "language": language})
    run(ActionAnswerQuestion(), dispatcher, tracker)
    assert texts(dispatcher) == t("results.which_one", language)


def test_a_details_question_taken_for_a_yes_gives_the_details_of_the_one_shown(dispatcher):
    tracker = make_tracker(text="adresa?", intent="affirm", slots={"shown_services": ["test-leicester-befriending-2"],
                                                                    "language": "ro"})
    run(ActionAnswerQuestion(), dispatcher, tracker)
    assert "Highfields Hall" in texts(dispatcher)


@pytest.mark.parametrize("language, text", [
    ("en", "second"), ("en", "the second one"), ("pl", "drugi"), ("pl", "druga"), ("pt", "o segundo"), ("pt", "segundo"),
    ("ro", "al doilea"), ("ro", "doilea"), ("ur", "دوسرا"), ("ur", "dusra"), ("bn", "দ্বিতীয়"), ("pa", "ਦੂਜਾ"),
    ("gu", "બીજું"), ("ta", "இரண்டாவது"), ("ar", "الثاني"), ("so", "labaad"), ("zh", "第二"), ("zh", "第二个"),
])
def test_a_position_alone_answers_which_one(dispatcher, language, text):
    entities = entities_of(text, language)
    assert [(e["entity"], e["value"]) for e in entities] == [("ordinal", "2")]
    tracker = make_tracker(text=text, intent="affirm", entities=entities, slots={**TWO_SHOWN, "language": language})
    run(ActionAnswerQuestion(), dispatcher, tracker)
    assert "Highfields Friends" in texts(dispatcher)


@pytest.mark.parametrize("language, text", [
    ("en", "wait a second"), ("en", "a second opinion"), ("pl", "drugi raz"), ("ur", "دوسرا شہر"),
    ("pt", "segunda vez"), ("zh", "第二次"),
])
def test_a_position_word_inside_a_sentence_is_no_answer(language, text):
    assert [e.entity for e in extract_entities(text, language) if e.entity == "ordinal"] == []


@pytest.mark.parametrize("language, text", [
    ("en", "details of the second one"), ("pl", "drugi"), ("ur", "دوسرا"), ("ar", "الثاني"), ("zh", "第二个"),
    ("so", "labaad"),
])
def test_a_position_past_the_end_of_the_list_says_how_many_were_shown(dispatcher, language, text):
    tracker = make_tracker(text=text, intent="service_details", entities=entities_of(text, language),
                           slots={"shown_services": ["test-leicester-befriending-2"], "language": language})
    run(ActionServiceDetails(), dispatcher, tracker)
    assert texts(dispatcher) == t("results.not_that_many", language, asked=2, shown=1)


@pytest.mark.parametrize("language, text", [
    ("en", "2"), ("ar", "٢"), ("ur", "۲"), ("bn", "২"), ("gu", "૨"), ("pa", "੨"), ("zh", "２"), ("pl", "2."),
])
def test_a_card_number_alone_answers_which_one(dispatcher, language, text):
    entities = entities_of(text, language)
    assert [(e["entity"], e["value"]) for e in entities] == [("ordinal", "2")]
    tracker = make_tracker(text=text, intent="inform", entities=entities, slots={**TWO_SHOWN, "language": language})
    run(ActionAnswerQuestion(), dispatcher, tracker)
    assert "Highfields Friends" in texts(dispatcher)


@pytest.mark.parametrize("language, text", [
    ("en", "16"), ("en", "I am 2 hours away"), ("pl", "mam 2 dzieci"), ("en", "0"),
])
def test_a_number_that_is_not_a_card_number_alone_is_no_answer(language, text):
    assert [e for e in entities_of(text, language) if e["entity"] == "ordinal"] == []
