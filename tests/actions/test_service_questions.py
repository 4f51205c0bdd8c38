"""Questions about the services shown: what one costs and when it is open are answered from its
record, in every language, instead of being read as a filter or not understood; "only free ones"
is still a filter."""
from datetime import datetime

import pytest

from actions import questions as question_actions
from actions.context import registry
from actions.questions import ActionAnswerReferral
from actions.search import ActionStartSearch
from actions.session import ActionFallback
from signpost.conversation import render
from signpost.conversation.search_request import LONDON
from signpost.i18n import t
from signpost.understanding import extract_entities
from tests.actions.conftest import make_tracker, run, shown, slot_events, texts

# A Wednesday morning: Saffron Lane Companions (Saturdays 10:00-12:00) is closed.
WEDNESDAY_MORNING = datetime(2026, 12, 2, 9, 30, tzinfo=LONDON)
PAID = "test-leicester-befriending-4"
LEICESTER_PAGE = ["test-leicester-befriending-1", "test-leicester-befriending-2", PAID]


@pytest.fixture(autouse=True)
def wednesday(monkeypatch):
    monkeypatch.setattr(question_actions, "now", lambda: WEDNESDAY_MORNING)


def asked(text, language, shown_ids, intent="inform", **slots):
    """A tracker after results, for a message whose entities (and the slots they fill) are read by
    the project's own lexicons, as the NLU reads them."""
    entities = [{"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
                for e in extract_entities(text, language)]
    # the NLU also names the language the message is written in
    entities.append({"entity": "conversation_language", "value": language})
    filled = {}
    for entity in entities:
        if entity["entity"] in ("fees", "time", "referral"):
            filled[entity["entity"]] = entity["value"]
    return make_tracker(text=text, intent=intent, entities=entities,
                        slots={"language": language, "shown_services": shown_ids, "place": "Leicester",
                               "need": ["befriending"], **filled, **slots})


def followups(events):
    return [e["name"] for e in events if e.get("event") == "followup"]


COST_QUESTIONS = [
    ("en", "how much does it cost to go?"),
    ("ur", "کیا یہ مفت ہے یا پیسے دینے ہوں گے؟"),
    ("bn", "এটা কি ফ্রি, নাকি টাকা দিতে হবে?"),
    ("pa", "ਇਸ ਦੇ ਕਿੰਨੇ ਪੈਸੇ ਲੱਗਦੇ ਹਨ?"),
    ("gu", "શું એ મફત છે?"),
    ("ta", "அங்கே போக எவ்வளவு கட்டணம்?"),
    ("ar", "هل هي مجانية أم بفلوس؟"),
    ("so", "Ma bilaash baa mise lacag baa la bixiyaa?"),
    ("pl", "Ile to kosztuje za jedno spotkanie?"),
    ("ro", "Cât costă o întâlnire acolo?"),
    ("pt", "Quanto custa uma consulta lá?"),
    ("zh", "那个要钱吗？"),
]


@pytest.mark.parametrize("language, text", COST_QUESTIONS)
def test_asking_what_the_one_service_shown_costs_answers_from_its_record(dispatcher, language, text):
    tracker = asked(text, language, [PAID])
    events = run(ActionStartSearch(), dispatcher, tracker)
    name = registry().get_service(PAID).name
    assert f"{name}" in texts(dispatcher) and t("fees.paid", language) in texts(dispatcher)
    assert shown(dispatcher) == []  # no new search, and the paid service is not filtered away
    assert followups(events) == ["action_listen"]
    assert slot_events(events).get("fees", None) is None  # "is it free?" filled no filter


def test_asking_what_several_shown_cost_answers_for_each(dispatcher):
    tracker = asked("how much are they?", "en", LEICESTER_PAGE)
    run(ActionStartSearch(), dispatcher, tracker)
    lines = texts(dispatcher).splitlines()
    services = [registry().get_service(i) for i in LEICESTER_PAGE]
    assert lines == [f"{s.name}: {render.cost_answer(s, 'en')}" for s in services]
    assert "Paid." in lines[2] and "Low cost." in lines[1]


def test_a_service_named_by_its_number_is_the_one_answered(dispatcher):
    tracker = asked("is the third one free?", "en", LEICESTER_PAGE,
                    )
    tracker.latest_message["entities"].append({"entity": "ordinal", "value": "3"})
    run(ActionStartSearch(), dispatcher, tracker)
    assert texts(dispatcher) == f"{registry().get_service(PAID).name}: Paid."


def test_only_free_ones_is_still_a_filter(dispatcher):
    tracker = asked("only the free ones please", "en", LEICESTER_PAGE)
    events = run(ActionStartSearch(), dispatcher, tracker)
    assert texts(dispatcher) == "" and "action_listen" not in followups(events)
    assert tracker.get_slot("fees") == "free" and "fees" not in slot_events(events)


def test_a_cost_question_that_names_a_new_need_is_a_new_search(dispatcher):
    tracker = asked("how much does counselling cost?", "en", LEICESTER_PAGE)
    events = run(ActionStartSearch(), dispatcher, tracker)
    assert texts(dispatcher) == "" and "action_listen" not in followups(events)


# "that group you showed": a word for a need the services shown meet points back at them
GROUP_COST_QUESTIONS = [
    ("en", "that group you showed, does it cost anything?"),
    ("pl", "ta grupa, którą pokazałeś, ile kosztuje?"),
    ("pt", "esse grupo que você mostrou, quanto custa?"),
    ("ro", "grupul acela, cât costă?"),
    ("ur", "وہ گروپ جو آپ نے دکھایا، کیا یہ مفت ہے یا پیسے دینے ہوں گے؟"),
]


@pytest.mark.parametrize("language, text", GROUP_COST_QUESTIONS)
def test_a_cost_question_about_the_group_shown_is_answered_not_searched(dispatcher, language, text):
    group = "test-leicester-befriending-2"  # a befriending service and a community group
    tracker = asked(text, language, [group])
    events = run(ActionStartSearch(), dispatcher, tracker)
    assert registry().get_service(group).name in texts(dispatcher)
    assert shown(dispatcher) == [] and followups(events) == ["action_listen"]


def test_a_referral_and_cost_question_about_the_group_shown_answers_both(dispatcher):
    tracker = asked("that group you showed, do i need a referral and does it cost anything?", "en",
                    ["test-leicester-befriending-2"], intent="ask_referral")
    run(ActionAnswerReferral(), dispatcher, tracker)
    name = registry().get_service("test-leicester-befriending-2").name
    fee_lines = [line for line in texts(dispatcher).splitlines() if line.startswith(f"{name}: ") and "refer" not in line]
    assert fee_lines, texts(dispatcher)


def test_a_cost_question_before_any_results_is_not_answered(dispatcher):
    tracker = asked("is it free?", "en", [])
    events = run(ActionStartSearch(), dispatcher, tracker)
    assert texts(dispatcher) == "" and slot_events(events).get("fees", "free") == "free"


def test_a_referral_question_with_a_cost_question_answers_both(dispatcher):
    tracker = asked("how much is it, and do I need a letter from my GP before I go?", "en", [PAID],
                    intent="ask_referral")
    events = run(ActionAnswerReferral(), dispatcher, tracker)
    text = texts(dispatcher)
    assert "Saffron Lane Companions: GP referral" in text and "Saffron Lane Companions: Paid." in text
    assert slot_events(events).get("referral") is None


def test_a_service_without_fee_information_says_to_ask(dispatcher):
    tracker = asked("is it free?", "en", ["test-leeds-womens-group"])
    service = registry().get_service("test-leeds-womens-group")
    service_fees = service.fees
    run(ActionStartSearch(), dispatcher, tracker)
    expected = t(f"fees.{service_fees}", "en") + "." if service_fees else t("answer.cost.unknown", "en")
    assert texts(dispatcher) == f"{service.name}: {expected}"


HOURS_QUESTIONS = [
    ("en", "how late are they open on weekdays?"),
    ("ur", "یہ کتنے بجے تک کھلا رہتا ہے؟"),
    ("bn", "ওরা কয়টা পর্যন্ত খোলা থাকে?"),
    ("pa", "ਇਹ ਕਿੰਨੇ ਵਜੇ ਬੰਦ ਹੁੰਦਾ ਹੈ?"),
    ("gu", "રાત્રે એ ક્યારે બંધ થાય છે?"),
    ("ta", "அது எத்தனை மணி வரை திறந்திருக்கும்?"),
    ("ar", "متى يغلق المكان؟"),
    ("so", "Goorma la xiraa xarunta?"),
    ("pl", "Do której godziny są otwarci?"),
    ("ro", "La ce oră se închide centrul?"),
    ("pt", "A que horas fecha o centro?"),
    ("zh", "他们晚上开到几点？"),
]


@pytest.mark.parametrize("language, text", HOURS_QUESTIONS)
def test_asking_when_the_service_shown_is_open_answers_with_its_hours(dispatcher, language, text):
    tracker = asked(text, language, [PAID], intent="out_of_scope")
    events = run(ActionFallback(), dispatcher, tracker)
    service = registry().get_service(PAID)
    assert texts(dispatcher) == t("answer.service", language, name=service.name,
                                  answer=render.hours_answer(service, WEDNESDAY_MORNING, language))
    assert slot_events(events).get("time") is None  # "in the evening" asked, it did not filter


def test_an_hours_question_read_as_a_search_is_answered_too(dispatcher):
    tracker = asked("what time does it close tonight?", "en", [PAID])
    events = run(ActionStartSearch(), dispatcher, tracker)
    assert "Opening times:" in texts(dispatcher) and followups(events) == ["action_listen"]
    assert slot_events(events)["time"] is None


# --- what someone says about money: a filter only when they ask for it ---------------------------

def leicester_befriending(dispatcher, fees_text):
    entities = [{"entity": e.entity, "value": e.value} for e in extract_entities(fees_text, "en")]
    fees = next(e["value"] for e in entities if e["entity"] == "fees")
    from actions.search import ActionSearchServices

    tracker = make_tracker(text=fees_text, entities=entities,
                           slots={"need": ["befriending"], "place": "Leicester", "fees": fees})
    run(ActionSearchServices(), dispatcher, tracker)
    return fees, shown(dispatcher)


def test_not_much_money_admits_a_low_cost_service(dispatcher):
    fees, ids = leicester_befriending(dispatcher, "I can't pay much")
    assert fees == "low_cost" and "test-leicester-befriending-2" in ids and PAID not in ids


def test_paying_is_fine_filters_nothing_on_cost(dispatcher):
    from actions.search import ActionSearchServices
    from rasa_sdk.executor import CollectingDispatcher

    fees, ids = leicester_befriending(dispatcher, "I don't mind paying")
    unfiltered = CollectingDispatcher()
    run(ActionSearchServices(), unfiltered, make_tracker(slots={"need": ["befriending"], "place": "Leicester"}))
    assert fees == "any" and ids == shown(unfiltered) and texts(dispatcher) == texts(unfiltered)


@pytest.mark.parametrize("language, text", [
    ("en", "is it expensive though?"),
    ("ur", "کیا وہ مہنگا ہے؟"),
    ("pa", "ਕੀ ਇਹ ਮਹਿੰਗਾ ਹੈ?"),
    ("ar", "هل هو غالي كثير؟"),
    ("so", "Ma qaali baa adeeggan?"),
    ("pl", "Czy to drogie?"),
    ("ro", "E scump acolo?"),
    ("pt", "É caro ir lá?"),
    ("zh", "那里贵吗？"),
])
def test_asking_whether_the_service_shown_is_expensive_answers_what_it_costs(dispatcher, language, text):
    # the intent model takes "is it expensive?" for something the assistant does not do
    tracker = asked(text, language, [PAID], intent="out_of_scope")
    run(ActionFallback(), dispatcher, tracker)
    assert t("fees.paid", language) in texts(dispatcher)


@pytest.mark.parametrize("language, text", [
    ("so", "Goorma ayay furan tahay xarunta?"),
    ("so", "Goormay furan tahay?"),
    ("pt", "Dá para ir lá ao sábado?"),
])
def test_asking_when_one_can_go_to_the_service_shown_answers_with_its_hours(dispatcher, language, text):
    tracker = asked(text, language, [PAID], intent="out_of_scope")
    run(ActionFallback(), dispatcher, tracker)
    service = registry().get_service(PAID)
    assert render.hours_answer(service, WEDNESDAY_MORNING, language) in texts(dispatcher)
