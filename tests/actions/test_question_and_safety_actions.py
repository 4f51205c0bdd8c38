from actions.questions import ActionAnswerPolice, ActionAnswerReferral
from actions.safety import ActionCrisisAlternatives
from tests.actions.conftest import make_tracker, run, shown, texts


def test_police_answer_quotes_each_shown_service(dispatcher):
    tracker = make_tracker(intent="ask_police", slots={"shown_services": ["test-sheffield-advocacy", "test-leicester-befriending-1"]})
    run(ActionAnswerPolice(), dispatcher, tracker)
    text = texts(dispatcher)
    assert "Independent of the NHS and the police" in text
    assert "Belgrave Befriending: hasn't told us its policy" in text


def test_referral_answer_uses_each_service_record(dispatcher):
    tracker = make_tracker(intent="ask_referral", slots={"shown_services": ["test-leicester-befriending-4"]})
    run(ActionAnswerReferral(), dispatcher, tracker)
    assert "Saffron Lane Companions: GP referral" in texts(dispatcher)


def test_crisis_alternatives_near_the_person(dispatcher):
    tracker = make_tracker(intent="crisis", slots={"place": "SW9"})
    run(ActionCrisisAlternatives(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-lambeth-crisis-cafe"]
    assert "Does not call the police without your agreement" in texts(dispatcher)


def test_crisis_alternatives_stay_quiet_without_a_place(dispatcher):
    run(ActionCrisisAlternatives(), dispatcher, make_tracker(intent="crisis"))
    assert dispatcher.messages == []
