import pytest
from rasa_sdk.events import FollowupAction

from actions.questions import ActionAnswerPolice, ActionAnswerReferral
from actions.safety import ActionClinicalSearch, ActionCrisisAlternatives
from signpost.i18n import t
from tests.actions.conftest import extracted, make_tracker, run, shown, texts


def test_police_answer_quotes_each_shown_service(dispatcher):
    tracker = make_tracker(intent="ask_police", slots={"shown_services": ["test-sheffield-advocacy", "test-leicester-befriending-1"]})
    run(ActionAnswerPolice(), dispatcher, tracker)
    text = texts(dispatcher)
    assert "Independent of the NHS and the police" in text
    assert "Belgrave Befriending: hasn't told us its policy" in text


@pytest.mark.parametrize("language, text", [
    ("en", "will they want to see my passport or tell the Home Office?"),
    ("ur", "kya woh ID maangte hain ya Home Office ko batate hain?"),
    ("so", "ma weydiinayaan aqoonsi mise Home Office-ka ayay u sheegayaan?"),
])
def test_a_worry_about_id_or_the_home_office_gets_what_the_record_says_about_it(dispatcher, language, text):
    tracker = make_tracker(text=text, intent="ask_police", slots={"language": language,
                                                                 "shown_services": ["test-sheffield-advocacy"]})
    run(ActionAnswerPolice(), dispatcher, tracker)
    assert "Sheffield Rights Advocacy: Independent of the NHS and the police; shares nothing without your " \
           "agreement. You do not need ID, and nothing is passed to the Home Office." in texts(dispatcher)


def test_referral_answer_uses_each_service_record(dispatcher):
    tracker = make_tracker(intent="ask_referral", slots={"shown_services": ["test-leicester-befriending-4"]})
    run(ActionAnswerReferral(), dispatcher, tracker)
    assert "Saffron Lane Companions: GP referral" in texts(dispatcher)


def test_crisis_alternatives_near_the_person(dispatcher):
    tracker = make_tracker(intent="crisis", slots={"place": "SW9"})
    run(ActionCrisisAlternatives(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-lambeth-crisis-cafe"]
    assert "Does not call the police without your agreement" in texts(dispatcher)


@pytest.mark.parametrize("language", ["en", "zh", "ar"])
def test_without_a_place_the_crisis_alternatives_offer_to_look(dispatcher, language):
    tracker = make_tracker(intent="crisis", slots={"language": language},
                           events=[{"event": "action", "name": "utter_crisis"}])
    run(ActionCrisisAlternatives(), dispatcher, tracker)
    assert texts(dispatcher) == t("crisis.carry_on", language) and shown(dispatcher) == []


def test_with_a_place_the_alternatives_come_without_the_offer(dispatcher):
    tracker = make_tracker(intent="crisis", slots={"place": "Lambeth"},
                           events=[{"event": "action", "name": "utter_crisis"}])
    run(ActionCrisisAlternatives(), dispatcher, tracker)
    assert shown(dispatcher) and t("crisis.carry_on", "en") not in texts(dispatcher)


def test_no_offer_of_crisis_cafes_after_the_danger_from_others_response(dispatcher):
    tracker = make_tracker(intent="crisis", events=[{"event": "action", "name": "utter_crisis_danger_from_others"}])
    run(ActionCrisisAlternatives(), dispatcher, tracker)
    assert dispatcher.messages == []


def _clinical(text, language):
    entities, filled = extracted(text, language)
    return make_tracker(text=text, intent="ask_clinical", entities=entities, slots={"language": language, **filled})


@pytest.mark.parametrize("language, text", [
    ("en", "my mum's on sertraline, should she stop them? also is there a carers group in Dalston"),
    ("ur", "امی کی گولیاں بند کر دوں؟ اور کیا بریڈفورڈ میں کوئی سپورٹ گروپ ہے؟"),
    ("pl", "czy mogę odstawić leki? i czy jest grupa wsparcia w Leeds?"),
    ("ro", "pot să mă opresc din pastile? și există un grup de sprijin în Leeds?"),
    # a place with a language names a search as plainly as a need does
    ("en", "is it ok to take st john's wort with her tablets? and anywhere in Bradford in Urdu?"),
    ("ur", "کیا وہ اپنی گولیوں کے ساتھ دیسی دوا لے سکتی ہیں؟ اور بریڈفورڈ میں اردو میں کہیں؟"),
])
def test_a_medication_question_with_a_request_gets_the_search_after_the_answer(dispatcher, language, text):
    events = run(ActionClinicalSearch(), dispatcher, _clinical(text, language))
    assert FollowupAction("search_form") in events  # the search form asks where if it must, then searches


@pytest.mark.parametrize("language, text", [
    ("en", "can I double my dose of citalopram"),
    ("ur", "کیا میں اپنی دوا کی خوراک دوگنی کر سکتی ہوں؟"),
    ("pl", "czy mogę odstawić leki?"),
    ("en", "can I stop my tablets, I'm in Leeds"),  # where they are is no request on its own
])
def test_a_medication_question_alone_gets_only_the_answer_and_its_offer(dispatcher, language, text):
    assert run(ActionClinicalSearch(), dispatcher, _clinical(text, language)) == []
    assert texts(dispatcher) == ""
