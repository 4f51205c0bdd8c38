"""A conversation that holds up: corrections, answers to the assistant's questions, service
language vs chat language, crisis follow-up, times, and the result list."""
import asyncio
from datetime import datetime

import pytest

from actions import search as search_actions
from actions.questions import ActionAnswerPolice, ActionAnswerQuestion
from actions.safety import ActionCrisisAlternatives
from actions.search import (
    ActionMoreResults,
    ActionSearchServices,
    ActionServiceDetails,
    ActionStartSearch,
    ValidateSearchForm,
)
from actions.session import ActionChangeLanguage
from signpost.conversation.search_request import LONDON, ANYWHERE, time_window
from tests.actions.conftest import extracted, make_tracker, parse_data, run, shown, slot_events, texts

SEARCHED = [{"event": "action", "name": "action_search_services"}]
# A Sunday afternoon: the Lambeth crisis cafe (17:00-23:30) is closed now, open tonight.
SUNDAY_AFTERNOON = datetime(2026, 12, 6, 14, 51, tzinfo=LONDON)


def followups(events):
    return [e["name"] for e in events if e.get("event") == "followup"]


def user_turn(text, intent="inform", entities=(), language="en"):
    return {"event": "user", "text": text, "parse_data": parse_data(text, intent, entities, language)}


def slot(name, value):
    return {"event": "slot", "name": name, "value": value}


# --- 3. corrections replace, and the reply says what changed ---------------------------------

def test_a_correction_replaces_the_place_and_says_so(dispatcher):
    tracker = make_tracker(
        text="Bradford, not Leeds", intent="inform",
        entities=[{"entity": "place", "value": "Bradford", "start": 0, "end": 8}],
        slots={"need": ["crisis_alternative"], "place": "Bradford"},
        events=[slot("need", ["crisis_alternative"]), slot("place", "Leeds")] + SEARCHED,
    )
    events = slot_events(run(ActionStartSearch(), dispatcher, tracker))
    assert "place" not in events  # Bradford, as Rasa filled it
    assert "Bradford instead of Leeds" in texts(dispatcher)


def test_not_a_place_alone_drops_it(dispatcher):
    tracker = make_tracker(text="not Leeds", intent="inform", slots={"need": ["peer_support"], "place": "Leeds"},
                           events=[slot("place", "Leeds")])
    assert slot_events(run(ActionStartSearch(), dispatcher, tracker))["place"] is None
    assert "not Leeds" in texts(dispatcher)


@pytest.mark.parametrize("language, text, new_place", [
    ("ur", "لیڈز نہیں، بریڈفورڈ", "Bradford"),
    ("pl", "zamiast Leeds to Bradford", "Bradford"),
    ("pt", "em vez de Leeds, Bradford", "Bradford"),
])
def test_corrections_in_other_languages_keep_the_need(dispatcher, language, text, new_place):
    tracker = make_tracker(text=text, intent="find_service",
                           entities=[{"entity": "place", "value": new_place}],
                           slots={"need": ["peer_support"], "place": new_place, "language": language},
                           events=[slot("place", "Leeds")] + SEARCHED)
    events = slot_events(run(ActionStartSearch(), dispatcher, tracker))
    assert "need" not in events  # a correction is not a new request
    assert "Bradford" in texts(dispatcher)


# --- 4. the assistant's questions have answers ---------------------------------------------------

def form_extract_place(tracker):
    return asyncio.run(ValidateSearchForm().extract_place(None, tracker, {}))


@pytest.mark.parametrize("language, text, place", [
    ("en", "which one is closest? I'm near Mitcham", "Mitcham"),
    ("ta", "எது பக்கத்துல இருக்கு? நான் மிச்சம் ஃபேர் கிரீன் பக்கம் இருக்கேன்", "Mitcham"),
    ("bn", "কোনটা সবচেয়ে কাছে? আমি মিচামে থাকি", "Mitcham"),
    ("pl", "który jest najbliżej? mieszkam w Mitcham", "Mitcham"),
    ("zh", "边个最近？我住喺Mitcham", "Mitcham"),
])
def test_which_is_nearest_searches_again_from_where_they_are_keeping_what_they_asked_for(dispatcher, language, text, place):
    entities, filled = extracted(text, language)
    assert filled.get("place") == place
    tracker = make_tracker(text=text, entities=entities,
                           slots={"language": language, "need": ["peer_support"], "service_language": ["ta"], "place": place},
                           events=[slot("place", "Merton")] + SEARCHED)
    events = slot_events(run(ActionStartSearch(), dispatcher, tracker))
    assert "need" not in events and "service_language" not in events  # not a new request


def test_a_new_request_after_results_still_starts_afresh(dispatcher):
    text = "a women's group in Mitcham"
    tracker = make_tracker(text=text, entities=[{"entity": "place", "value": "Mitcham"}],
                           slots={"need": ["peer_support"], "service_language": ["ta"], "place": "Mitcham"},
                           events=[slot("place", "Merton")] + SEARCHED)
    events = slot_events(run(ActionStartSearch(), dispatcher, tracker))
    assert events["service_language"] is None


def form_validate_need(text, language, before):
    entities, filled = extracted(text, language)
    tracker = make_tracker(text=text, entities=entities,
                           slots={"requested_slot": "place", "need": filled.get("need"), "language": language},
                           events=[slot("need", before), slot("requested_slot", "place")])
    return asyncio.run(ValidateSearchForm().validate_need(filled.get("need"), None, tracker, {}))


TALK = ["befriending", "talking_therapy", "peer_support", "helpline"]


@pytest.mark.parametrize("language, text", [
    ("en", "Telford. On the phone would be best, I can't leave the house"),
    ("pa", "ਟੈਲਫੋਰਡ। ਫ਼ੋਨ ਤੇ ਗੱਲ ਹੋ ਸਕੇ ਤਾਂ ਚੰਗਾ, ਘਰੋਂ ਨਿਕਲ ਨਹੀਂ ਸਕਦੀ"),
    ("ur", "ٹیلفورڈ۔ فون پر بات ہو سکے تو اچھا"),
    ("pl", "Telford. Najlepiej przez telefon"),
    ("ro", "Telford. Ar fi bine la telefon"),
])
def test_on_the_phone_in_answer_to_where_says_how_and_keeps_what_they_asked_for(language, text):
    assert form_validate_need(text, language, TALK + ["community_group"]) == {"need": TALK + ["community_group"]}
    assert form_validate_need(text, language, ["community_group"]) == {"need": ["community_group", "helpline"]}


def test_another_need_in_answer_to_where_is_the_need():
    assert form_validate_need("Leeds, a group please", "en", TALK) == {"need": ["community_group", "peer_support"]}


@pytest.mark.parametrize("language, text, intent", [
    ("en", "I'd rather not say where I live", "nlu_fallback"),
    ("en", "no", "deny"),
    ("ur", "میں اپنا علاقہ نہیں بتانا چاہتی", "nlu_fallback"),
    ("pl", "wolę nie mówić", "out_of_scope"),
])
def test_declining_to_say_where_searches_phone_and_online_at_once(language, text, intent):
    tracker = make_tracker(text=text, intent=intent,
                           slots={"requested_slot": "place", "need": ["helpline"], "language": language})
    assert form_extract_place(tracker) == {"place": ANYWHERE}


def test_a_yes_to_anything_else_asks_what_would_help(dispatcher):
    tracker = make_tracker(text="yes", intent="affirm", events=[{"event": "action", "name": "utter_thank"}])
    events = slot_events(run(ActionAnswerQuestion(), dispatcher, tracker))
    assert "What kind of support would help?" in texts(dispatcher)
    assert events["last_question"] == "need"


def test_a_no_to_anything_else_is_fine(dispatcher):
    tracker = make_tracker(text="no thanks", intent="deny", events=[{"event": "action", "name": "utter_thank"}])
    run(ActionAnswerQuestion(), dispatcher, tracker)
    assert "That's fine" in texts(dispatcher)


def test_a_no_after_where_outside_the_form_searches_phone_and_online(dispatcher):
    tracker = make_tracker(text="no", intent="deny", slots={"need": ["peer_support"], "last_question": "place"})
    events = run(ActionAnswerQuestion(), dispatcher, tracker)
    assert slot_events(events)["place"] == ANYWHERE
    assert followups(events) == ["search_form"]


def test_a_no_with_a_place_carries_the_search_on(dispatcher):
    tracker = make_tracker(text="no sorry, Manchester", intent="deny",
                           entities=[{"entity": "place", "value": "Manchester"}],
                           slots={"need": ["talking_therapy"], "place": "Manchester"},
                           events=[slot("place", "Birmingham")] + SEARCHED)
    events = run(ActionAnswerQuestion(), dispatcher, tracker)
    assert followups(events) == ["search_form"]
    assert "Manchester instead of Birmingham" in texts(dispatcher)


# --- 7. misspelt places ------------------------------------------------------------------------

def test_an_uncertain_misspelling_is_asked_about_and_yes_searches_it(dispatcher):
    tracker = make_tracker(text="peer support in Shefiild", intent="find_service",
                           entities=[{"entity": "need", "value": "peer_support"},
                                     {"entity": "place", "value": "Sheffield", "start": 16, "end": 24}],
                           slots={"need": ["peer_support"], "place": "Sheffield"})
    events = slot_events(run(ActionStartSearch(), dispatcher, tracker))
    assert "Did you mean Sheffield?" in texts(dispatcher)
    assert events["place"] is None and events["pending_place"] == "Sheffield"
    dispatcher.messages.clear()
    yes = make_tracker(text="yes", intent="affirm", slots={"pending_place": "Sheffield", "last_question": "place_confirm"})
    answer = run(ActionAnswerQuestion(), dispatcher, yes)
    assert slot_events(answer)["place"] == "Sheffield" and followups(answer) == ["search_form"]


def test_a_near_certain_misspelling_is_searched_without_asking(dispatcher):
    tracker = make_tracker(text="counselling in manchster", intent="find_service",
                           entities=[{"entity": "place", "value": "Manchester", "start": 15, "end": 24}],
                           slots={"need": ["talking_therapy"], "place": "Manchester"})
    events = slot_events(run(ActionStartSearch(), dispatcher, tracker))
    assert "pending_place" not in events and texts(dispatcher) == ""


# --- 2. service language vs chat language ------------------------------------------------------

def test_naming_a_language_mid_search_filters_services_and_stays_in_english(dispatcher):
    tracker = make_tracker(text="Gujarati please", intent="change_language",
                           entities=[{"entity": "service_language", "value": "gu"}],
                           slots={"need": ["talking_therapy"], "place": "Manchester", "service_language": ["gu"]},
                           events=SEARCHED)
    events = run(ActionChangeLanguage(), dispatcher, tracker)
    assert "language" not in slot_events(events)
    assert followups(events) == ["search_form"]


def test_results_in_english_for_a_gujarati_speaking_service_offer_a_one_tap_switch(dispatcher):
    tracker = make_tracker(slots={"need": ["befriending"], "place": "Leicester", "service_language": ["gu"]})
    events = slot_events(run(ActionSearchServices(), dispatcher, tracker))
    offer = dispatcher.messages[-1]
    assert offer["text"] == "Would you like to continue in Gujarati?"
    assert offer["buttons"][0]["payload"] == '/change_language{"chat_language":"gu"}'
    assert events["offered_language"] == "gu" and events["last_question"] == "switch_language"


@pytest.mark.parametrize("text, code", [("can we continue in Urdu?", "ur"), ("could we switch to Gujarati?", "gu")])
def test_asking_for_the_chat_in_a_language_switches_it(dispatcher, text, code):
    tracker = make_tracker(text=text, intent="change_language",
                           entities=[{"entity": "service_language", "value": code}],
                           slots={"service_language": [code]})
    events = slot_events(run(ActionChangeLanguage(), dispatcher, tracker))
    assert events["language"] == code and events["service_language"] is None


@pytest.mark.parametrize("language, text", [
    ("pt", "ela só fala português"),  # "fala português" also asks "do you speak Portuguese?"
    ("zh", "她只会说中文"),
    ("ar", "هي تتكلم عربي بس"),
])
def test_the_language_the_chat_already_speaks_is_for_the_services_during_a_search(dispatcher, language, text):
    searching = {"language": language, "need": ["advocacy"], "place": "Greenwich", "service_language": [language]}
    tracker = make_tracker(text=text, intent="change_language",
                           entities=[{"entity": "service_language", "value": language}],
                           slots=searching, events=[slot("language", language)])
    events = run(ActionChangeLanguage(), dispatcher, tracker)
    assert "language" not in slot_events(events)
    assert followups(events) == ["search_form"]
    # with no search under way, it is the chat the person asks about: the usual "we can go on in"
    fresh = make_tracker(text=text, intent="change_language", entities=[{"entity": "service_language", "value": language}],
                         slots={"language": language}, events=[slot("language", language)])
    assert slot_events(run(ActionChangeLanguage(), dispatcher, fresh))["language"] == language
    # a chat in English until this message, which asks in the language's own words: the chat switches
    switching = make_tracker(text=text, intent="change_language",
                             entities=[{"entity": "service_language", "value": language}],
                             slots=searching, events=[slot("language", "en")])
    assert slot_events(run(ActionChangeLanguage(), dispatcher, switching))["language"] == language


def test_the_switch_button_and_a_yes_to_the_offer_switch(dispatcher):
    button = make_tracker(text='/change_language{"chat_language":"gu"}', intent="change_language",
                          entities=[{"entity": "chat_language", "value": "gu"}])
    assert slot_events(run(ActionChangeLanguage(), dispatcher, button))["language"] == "gu"
    yes = make_tracker(text="yes", intent="affirm", slots={"offered_language": "ur", "last_question": "switch_language"})
    assert slot_events(run(ActionAnswerQuestion(), dispatcher, yes))["language"] == "ur"


# --- 5. after a crisis response ----------------------------------------------------------------

def test_the_crisis_response_starts_a_crisis_context(dispatcher):
    events = slot_events(run(ActionCrisisAlternatives(), dispatcher, make_tracker(intent="crisis")))
    assert events["crisis_context"] is True


def test_a_place_after_a_crisis_asks_for_crisis_alternatives(dispatcher):
    tracker = make_tracker(text="Brixton", intent="inform", entities=[{"entity": "place", "value": "Brixton"}],
                           slots={"place": "Brixton", "crisis_context": True, "age": "17"})
    events = slot_events(run(ActionStartSearch(), dispatcher, tracker))
    assert events["need"] == ["crisis_alternative"] and "age" not in events


def test_after_a_crisis_alternatives_come_soonest_first_then_the_lines(dispatcher, monkeypatch):
    monkeypatch.setattr(search_actions, "now", lambda: SUNDAY_AFTERNOON)
    tracker = make_tracker(slots={"need": ["crisis_alternative"], "place": "Lambeth", "time": "tonight",
                                  "crisis_context": True})
    run(ActionSearchServices(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-lambeth-crisis-cafe"]
    assert "116 123" in texts(dispatcher) and "85258" in texts(dispatcher)


def test_after_a_crisis_a_dead_end_restates_the_lines(dispatcher):
    tracker = make_tracker(slots={"need": ["crisis_alternative"], "place": "Leicester", "crisis_context": True,
                                  "age": "17"})
    run(ActionSearchServices(), dispatcher, tracker)
    text = texts(dispatcher)
    assert "couldn't find a crisis cafe" in text and "116 123" in text and "0800 068 4141" in text


def test_after_a_crisis_a_police_question_restates_the_lines(dispatcher):
    run(ActionAnswerPolice(), dispatcher, make_tracker(intent="ask_police", slots={"crisis_context": True}))
    assert "116 123" in texts(dispatcher)


# --- 1. times: a window, never an empty list because of a time word -----------------------------

def test_tonight_lasts_until_the_morning():
    window = time_window("tonight", SUNDAY_AFTERNOON)
    assert window.end == datetime(2026, 12, 7, 6, 0, tzinfo=LONDON)


@pytest.mark.parametrize("byday, admitted", [(("SU",), True), (("SA",), True), (("WE",), False)])
def test_a_weekend_asked_on_sunday_evening_includes_the_next_weekend(byday, admitted):
    """"Anything on a Sunday?" at 22:00 on a Sunday: not just the two hours left of this one."""
    from types import SimpleNamespace

    from signpost.registry.opening import Schedule

    window = time_window("weekend", datetime(2026, 12, 6, 22, 0, tzinfo=LONDON))
    service = SimpleNamespace(schedules=[Schedule(byday=byday, opens_at="12:00", closes_at="16:00")])
    assert window.admits(service) is admitted


def test_tonight_finds_an_evening_service_in_the_afternoon(dispatcher, monkeypatch):
    monkeypatch.setattr(search_actions, "now", lambda: SUNDAY_AFTERNOON)
    tracker = make_tracker(slots={"need": ["crisis_alternative"], "place": "Lambeth", "time": "tonight"})
    run(ActionSearchServices(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-lambeth-crisis-cafe"]
    assert "open tonight" in texts(dispatcher)


def test_a_time_that_leaves_nothing_shows_the_rest_and_says_so(dispatcher, monkeypatch):
    monkeypatch.setattr(search_actions, "now", lambda: SUNDAY_AFTERNOON)
    tracker = make_tracker(slots={"need": ["peer_support"], "place": "Bradford", "time": "today"})
    run(ActionSearchServices(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-bradford-peers"]
    assert "open at other times" in texts(dispatcher) or "at other times" in texts(dispatcher)


# --- 8. a place-only request shows what is there -------------------------------------------------

def test_a_place_alone_is_enough_to_search():
    tracker = make_tracker(text="Leicester", intent="inform", slots={"place": "Leicester"})
    required = asyncio.run(ValidateSearchForm().required_slots(["need", "place"], None, tracker, {}))
    assert required == ["place"]  # already filled: the form asks nothing


def test_a_need_alone_in_a_widget_with_an_area_is_enough():
    tracker = make_tracker(text="befriending", slots={"need": ["befriending"]})
    tracker.latest_message["metadata"] = {"embed": {"area": "Leicester"}}
    assert asyncio.run(ValidateSearchForm().required_slots(["need", "place"], None, tracker, {})) == []


# --- 9. the list outlives its end ----------------------------------------------------------------

def test_details_of_the_first_one_after_the_list_has_run_out(dispatcher):
    slots = {"need": ["befriending"], "place": "Leicester"}
    first = slot_events(run(ActionSearchServices(), dispatcher, make_tracker(slots=slots)))
    first_shown = first["shown_services"]
    second = slot_events(run(ActionMoreResults(), dispatcher, make_tracker(intent="more_results",
                                                                       slots={**slots, **first})))
    state = {**slots, **first, **second}
    assert state["shown_services"][:3] == first_shown and len(state["shown_services"]) > 3
    end = run(ActionMoreResults(), dispatcher, make_tracker(intent="more_results", slots=state))
    assert "shown_services" not in slot_events(end)
    dispatcher.messages.clear()
    details = make_tracker(intent="service_details", entities=[{"entity": "ordinal", "value": "1"}], slots=state)
    run(ActionServiceDetails(), dispatcher, details)
    from actions.context import registry
    assert registry().get_service(first_shown[0]).name in texts(dispatcher)


def test_a_place_ruled_out_is_not_offered_as_nearby(dispatcher):
    # no community group in Bradford: the nearby widening would offer Leeds, which was ruled out
    events = [user_turn("Lambeth"), user_turn("Bradford, not Leeds")]
    tracker = make_tracker(text="Bradford, not Leeds", slots={"need": ["community_group"], "place": "Bradford"},
                           events=events)
    run(ActionSearchServices(), dispatcher, tracker)
    assert "test-leeds-womens-group" not in shown(dispatcher)


def test_without_ruling_it_out_the_nearby_place_is_offered(dispatcher):
    tracker = make_tracker(text="Bradford", slots={"need": ["community_group"], "place": "Bradford"})
    run(ActionSearchServices(), dispatcher, tracker)
    assert "test-leeds-womens-group" in shown(dispatcher)


def test_nothing_near_in_their_language_offers_lines_that_speak_it(dispatcher):
    tracker = make_tracker(slots={"need": ["talking_therapy"], "place": "Leicester", "service_language": ["ur"]})
    run(ActionSearchServices(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-urdu-line"]
    assert "where staff speak Urdu" in texts(dispatcher)


def test_nothing_at_all_says_what_was_looked_for(dispatcher):
    tracker = make_tracker(slots={"need": ["advocacy"], "place": "Leicester", "service_language": ["ta"]})
    run(ActionSearchServices(), dispatcher, tracker)
    assert "I looked for" in texts(dispatcher) and "Leicester" in texts(dispatcher) and "Tamil" in texts(dispatcher)


def test_phone_and_online_means_national_services_only(dispatcher):
    run(ActionSearchServices(), dispatcher, make_tracker(slots={"place": ANYWHERE}))
    assert shown(dispatcher) and set(shown(dispatcher)) <= {"samaritans", "test-urdu-line"}


def test_an_unsure_message_that_names_a_place_carries_the_search_on(dispatcher):
    from actions.session import ActionFallback

    tracker = make_tracker(text="Brixton somewhere at night", intent="nlu_fallback",
                           entities=[{"entity": "place", "value": "Brixton"}], slots={"place": "Brixton"})
    assert followups(run(ActionFallback(), dispatcher, tracker)) == ["search_form"]
    dispatcher.messages.clear()
    run(ActionFallback(), dispatcher, make_tracker(text="hmm", intent="nlu_fallback"))
    assert dispatcher.messages == [{"response": "utter_default", **{k: v for k, v in dispatcher.messages[0].items()
                                                                   if k != "response"}}]


@pytest.mark.parametrize("language, text, entity, value", [
    ("en", "I'm at work all week so only saturdays really", "time", "saturday"),
    ("ar", "لا أستطيع إلا يوم الجمعة", "time", "friday"),
    ("pl", "moge tylko w czwartek po pracy", "time", "thursday"),
    ("gu", "thoda paisa vala pan chale", "fees", "low_cost"),
])
def test_an_unsure_message_that_only_narrows_a_search_carries_it_on(dispatcher, language, text, entity, value):
    from actions.session import ActionFallback

    slots = {"language": language, "need": ["community_group"], "place": "Leeds", entity: value}
    tracker = make_tracker(text=text, intent="nlu_fallback", entities=[{"entity": entity, "value": value}],
                           slots=slots, events=SEARCHED)
    assert followups(run(ActionFallback(), dispatcher, tracker)) == ["search_form"]
    dispatcher.messages.clear()
    before = make_tracker(text=text, intent="nlu_fallback", entities=[{"entity": entity, "value": value}],
                          slots=slots)
    assert followups(run(ActionFallback(), dispatcher, before)) == []  # no search yet: nothing to narrow


def test_after_a_crisis_a_police_worry_with_a_place_gets_places_and_what_they_say(dispatcher):
    tracker = make_tracker(text="I'm in Brixton but I don't want the police involved", intent="ask_police",
                           entities=[{"entity": "place", "value": "Brixton"}],
                           slots={"place": "Brixton", "crisis_context": True})
    run(ActionAnswerPolice(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-lambeth-crisis-cafe"] and "116 123" in texts(dispatcher)


def test_declining_to_say_where_after_results_searches_phone_and_online(dispatcher):
    tracker = make_tracker(text="i'd rather not say where i am", intent="deny",
                           slots={"need": ["helpline"], "last_question": "switch_language", "offered_language": "zh"})
    events = run(ActionAnswerQuestion(), dispatcher, tracker)
    assert slot_events(events)["place"] == ANYWHERE and followups(events) == ["search_form"]


# --- what a message names is never "out of scope"; gender after a crisis; the place stays ----------

@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_message_taken_for_out_of_scope_that_names_a_place_carries_the_search_on(dispatcher, language):
    from actions.session import ActionFallback

    tracker = make_tracker(text="Stockwell, anywhere tonight?", intent="out_of_scope",
                           entities=[{"entity": "place", "value": "Stockwell"}],
                           slots={"place": "Stockwell", "crisis_context": True, "language": language})
    events = run(ActionFallback(), dispatcher, tracker)
    assert followups(events) == ["search_form"]
    assert slot_events(events)["need"] == ["crisis_alternative"]
    assert not any(m.get("response") == "utter_out_of_scope" for m in dispatcher.messages)


def test_out_of_scope_without_a_place_or_need_says_what_it_can_do(dispatcher):
    from actions.session import ActionFallback

    run(ActionFallback(), dispatcher, make_tracker(text="who won the match", intent="out_of_scope"))
    assert [m.get("response") for m in dispatcher.messages] == ["utter_out_of_scope"]


@pytest.fixture
def womens_crisis_house(tmp_path, monkeypatch):
    """The test registry with a women-only crisis house beside the Lambeth crisis cafe."""
    import yaml

    from actions import context
    from tests.actions.conftest import TEST_REGISTRY

    document = yaml.safe_load(TEST_REGISTRY.read_text(encoding="utf-8"))
    cafe = next(s for s in document["services"] if s["id"] == "test-lambeth-crisis-cafe")
    document["services"].append({**cafe, "id": "test-lambeth-womens-crisis-house", "name": "Women's Crisis House",
                                 "description": "A safe house for women in crisis, instead of A&E.",
                                 "gender": "women"})
    path = tmp_path / "registry-with-womens-house.yml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setenv("SIGNPOST_REGISTRY", str(path))
    context.registry.cache_clear()
    yield "test-lambeth-womens-crisis-house"
    context.registry.cache_clear()


@pytest.mark.parametrize("gender, only, expected", [
    ("men", False, {"test-lambeth-crisis-cafe"}),
    (None, False, {"test-lambeth-crisis-cafe", "test-lambeth-womens-crisis-house"}),
    ("women", True, {"test-lambeth-womens-crisis-house"}),
])
def test_after_a_crisis_the_gender_said_filters_crisis_alternatives(dispatcher, womens_crisis_house,
                                                                      gender, only, expected):
    tracker = make_tracker(slots={"need": ["crisis_alternative"], "place": "Lambeth", "crisis_context": True,
                                  "gender": gender, "gender_only": only})
    run(ActionSearchServices(), dispatcher, tracker)
    assert set(shown(dispatcher)) == expected


def test_a_crisis_message_from_a_man_with_a_place_leaves_out_womens_houses(dispatcher, womens_crisis_house):
    tracker = make_tracker(text="I'm a man in Lambeth and I want to die", intent="crisis",
                           slots={"place": "Lambeth", "gender": "men"})
    run(ActionCrisisAlternatives(), dispatcher, tracker)
    assert shown(dispatcher) == ["test-lambeth-crisis-cafe"]


def test_a_new_need_after_results_is_searched_where_the_person_said_they_are(dispatcher):
    tracker = make_tracker(text="something different: help with debts", entities=[{"entity": "need", "value": "practical_advice"}],
                           events=SEARCHED, slots={"need": ["practical_advice"], "place": "Leeds", "service_language": ["ur"]})
    events = slot_events(run(ActionStartSearch(), dispatcher, tracker))
    assert "place" not in events and events["service_language"] is None
