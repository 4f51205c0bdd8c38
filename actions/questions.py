"""Questions people ask before they trust a service, and the answers people give to the
assistant's own questions. Answers about a service come from its record."""
from __future__ import annotations

import re
from typing import List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.context import (
    LAST_QUESTION,
    OFFERED_LANGUAGE,
    PENDING_PLACE,
    crisis_lines_text,
    in_crisis_context,
    language_of,
    now,
    previous_slots,
    registry,
    understood,
)
from signpost.conversation import render
from signpost.conversation.search_request import ANYWHERE, FACET_SLOTS, PAGE_SIZE
from signpost.i18n import t
from signpost.understanding.dialogue import service_named

# Entities that make a "yes"/"no" message carry the search on ("no, Manchester").
SEARCH_ENTITIES = set(FACET_SLOTS)
# Responses after which the assistant is asking "anything else?".
ANYTHING_ELSE = {"utter_thank", "utter_no_problem"}
# What a question about the services shown may name besides one of them: a fee ("is it free?"), a
# time ("open in the evening?"), a card's number, a referral route ("do I need my GP?"). Naming a
# need, a place, a language or a group is a new search.
QUESTION_ENTITIES = {"fees", "time", "ordinal", "referral"}


def shown_services(tracker: Tracker) -> list:
    services = (registry().get_service(i) for i in tracker.get_slot("shown_services") or [])
    return [s for s in services if s is not None]


def asked_about_shown(tracker: Tracker) -> Tuple[bool, bool]:
    """(cost, hours): whether the latest message asks what the services shown cost ("how much is
    it?", "is it free?") or when they are open ("what time does it close?") rather than searching
    again: services are shown, the message asks, makes nothing a requirement ("only free ones" is
    a filter), and names nothing new to search for unless it names one of the services shown."""
    said = understood(tracker)
    if not (said["asks_cost"] or said["asks_hours"]) or said["only"] or not tracker.get_slot("shown_services"):
        return False, False
    shown = shown_services(tracker)
    entities = tracker.latest_message.get("entities", [])
    # "that group you showed, does it cost anything?": words for a need that one of the services
    # shown meets point back at them (a word may mean several needs: "group" is a community
    # group or peer support); a need none of them meets ("how much does counselling cost?") is new
    offered = {category for s in shown for category in s.categories}
    pointing_back = {(e.get("start"), e.get("end")) for e in entities
                     if e.get("entity") == "need" and e.get("value") in offered}
    named = {e.get("entity") for e in entities
             if not (e.get("entity") == "need" and (e.get("start"), e.get("end")) in pointing_back)} & SEARCH_ENTITIES
    if named - QUESTION_ENTITIES and service_named(tracker.latest_message.get("text") or "",
                                                   [(s.id, s.name) for s in shown]) is None:
        return False, False
    return said["asks_cost"], said["asks_hours"]


def services_asked_about(tracker: Tracker) -> list:
    """The service a question names (by number or name, or the only one shown), else the page shown last."""
    from actions.search import chosen_service_id

    chosen = chosen_service_id(tracker)
    if chosen is not None:
        ids = [chosen]
    else:
        offset = int(tracker.get_slot("results_offset") or 0)
        ids = (tracker.get_slot("shown_services") or [])[offset: offset + PAGE_SIZE]
    services = (registry().get_service(i) for i in ids)
    return [s for s in services if s is not None]


def about_shown_lines(tracker: Tracker) -> List[str]:
    """One line per service asked about with what it costs and/or when it is open (from its
    record), when the latest message asks that of the services shown; else nothing."""
    cost, hours = asked_about_shown(tracker)
    if not (cost or hours):
        return []
    language = language_of(tracker)
    moment = now()
    return [render.service_answer(s, moment, language, cost, hours) for s in services_asked_about(tracker)]


def undo_slots_filled(tracker: Tracker) -> List[EventType]:
    """The facets the latest message filled set back: a question about a service is not a search
    ("is it free?" asks, it does not filter)."""
    previous = previous_slots(tracker)
    return [SlotSet(slot, previous.get(slot)) for slot in FACET_SLOTS if tracker.get_slot(slot) != previous.get(slot)]


def answer_about_shown(dispatcher: CollectingDispatcher, tracker: Tracker) -> Optional[List[EventType]]:
    """Answers a question about what the services shown cost or when they are open, returning
    the events that undo the facets it filled; None when the message asks no such question."""
    lines = about_shown_lines(tracker)
    if not lines:
        return None
    dispatcher.utter_message(text="\n".join(lines))
    return undo_slots_filled(tracker)


# What people without papers fear from a service besides the police: being asked for ID or
# reported to the Home Office. A record's own sentences about that (its text is in English) are
# quoted with its confidentiality policy.
_STATUS_WORDS = re.compile(r"\b(?:ID|[Ii]dentification|Home Office|[Ii]mmigration|[Pp]apers|[Pp]assports?|[Dd]ocuments)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def what_it_says_about_privacy(service) -> str:
    """The service's confidentiality policy and any sentence of its description or eligibility
    about ID or immigration status; empty when its record says neither."""
    sentences = [s for field in (service.description, service.eligibility_description) if field
                 for s in _SENTENCE.split(field.strip()) if _STATUS_WORDS.search(s)]
    return " ".join(([service.confidentiality] if service.confidentiality else []) + sentences)


class ActionAnswerPolice(Action):
    def name(self) -> Text:
        return "action_answer_police"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        language = language_of(tracker)
        lines = [t("police.general", language)]
        for service in shown_services(tracker):
            said = what_it_says_about_privacy(service)
            if said:
                lines.append(t("police.service", language, name=service.name, confidentiality=said))
            else:
                lines.append(t("police.service.unknown", language, name=service.name))
        crisis = in_crisis_context(tracker)
        if crisis:
            lines.append(crisis_lines_text(language, tracker.get_slot("age")))
        dispatcher.utter_message(text="\n".join(lines))
        named_place = any(e.get("entity") == "place" for e in tracker.latest_message.get("entities", []))
        if crisis and named_place:
            # "I'm in Brixton but I don't want the police involved": places near, with what each says
            from actions.search import show_crisis_alternatives

            return show_crisis_alternatives(dispatcher, tracker, {**tracker.slots, "need": ["crisis_alternative"]},
                                            with_lines=False)
        return []


class ActionAnswerReferral(Action):
    def name(self) -> Text:
        return "action_answer_referral"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        language = language_of(tracker)
        lines = [t("referral.general", language)]
        for service in shown_services(tracker):
            if service.referral:
                lines.append(t("referral.service", language, name=service.name,
                               routes=render.access_routes(service.referral, language)))
        # "how much is it, and do I need my GP first?" answers both
        about = about_shown_lines(tracker)
        dispatcher.utter_message(text="\n".join(lines + about))
        return undo_slots_filled(tracker) if about else []


def last_bot_action(tracker: Tracker) -> Optional[str]:
    """The last action before the latest user message, other than listening and slot filling."""
    events = list(tracker.events)
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=len(events))
    for event in reversed(events[:last_user]):
        if event.get("event") == "action" and event.get("name") not in ("action_listen", "action_extract_slots"):
            return event.get("name")
    return None


def question_asked(tracker: Tracker) -> Optional[str]:
    """Which of its questions the assistant asked last: place, need, language, place_confirm,
    anything_else, or crisis_place (after the crisis response's "tell me the area")."""
    previous = last_bot_action(tracker)
    if previous in ANYTHING_ELSE:
        return "anything_else"
    if previous == "action_crisis_alternatives":
        return "crisis_place"
    return tracker.get_slot(LAST_QUESTION)


class ActionAnswerQuestion(Action):
    """A yes, a no, "I don't know" or "I'd rather not say" after one of the assistant's questions."""

    def name(self) -> Text:
        return "action_answer_question"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        from actions.search import (
            ActionServiceDetails, ask_place, need_buttons, place_answer_after_search, start_search,
        )
        from actions.session import switch_chat

        language = language_of(tracker)
        intent = tracker.latest_message.get("intent", {}).get("name")
        said = understood(tracker)
        declined = said["no_answer"]
        yes = intent == "affirm" and not declined
        question = question_asked(tracker)
        entities = {e.get("entity") for e in tracker.latest_message.get("entities", [])}
        if (tracker.active_loop or {}).get("name"):
            return []  # the form asks its question again
        if SEARCH_ENTITIES & entities or place_answer_after_search(tracker):
            return start_search(dispatcher, tracker, then_form=True)
        if tracker.get_slot("shown_services") and not declined and (said["asks_details"] or "ordinal" in entities):
            # "address?", "drugi" after a result list, read as a yes by the intent classifier
            return ActionServiceDetails().run(dispatcher, tracker, domain)
        if declined and said["about_place"] and not in_crisis_context(tracker):
            # "I'd rather not say where I am", whatever was asked last: phone and online services
            return [SlotSet("place", ANYWHERE), SlotSet(LAST_QUESTION, None), SlotSet("results_offset", 0),
                    FollowupAction("search_form")]
        if question == "place_confirm":
            pending = tracker.get_slot(PENDING_PLACE)
            if yes and pending:
                return [SlotSet("place", pending), SlotSet(PENDING_PLACE, None), SlotSet(LAST_QUESTION, None),
                        SlotSet("results_offset", 0), FollowupAction("search_form")]
            ask_place(dispatcher, language)
            return [SlotSet(PENDING_PLACE, None), SlotSet(LAST_QUESTION, "place")]
        if question in ("place", "crisis_place"):
            if yes:
                ask_place(dispatcher, language)
                return [SlotSet(LAST_QUESTION, "place")]
            if question == "crisis_place" or in_crisis_context(tracker):
                dispatcher.utter_message(text=crisis_lines_text(language, tracker.get_slot("age")))
                return [SlotSet(LAST_QUESTION, None)]
            # declining to say where: phone and online services, without asking again
            return [SlotSet("place", ANYWHERE), SlotSet(LAST_QUESTION, None), SlotSet("results_offset", 0),
                    FollowupAction("search_form")]
        if question == "switch_language":
            offered = tracker.get_slot(OFFERED_LANGUAGE)
            if yes and offered:
                return switch_chat(dispatcher, tracker, language, offered)
            dispatcher.utter_message(text=t("no_problem", language))
            return [SlotSet(LAST_QUESTION, None)]
        if yes and question in ("anything_else", "need", "language", None):
            dispatcher.utter_message(text=t("ask.need", language), buttons=need_buttons(language))
            return [SlotSet(LAST_QUESTION, "need")]
        dispatcher.utter_message(text=t("no_problem", language))
        if in_crisis_context(tracker):
            dispatcher.utter_message(text=crisis_lines_text(language, tracker.get_slot("age")))
        return [SlotSet(LAST_QUESTION, None)]
