"""Session start, start over, and the language of the chat as against the language of a service."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.context import LAST_QUESTION, OFFERED_LANGUAGE, PENDING_PLACE, asked, language_of, previous_slots, understood
from signpost.conversation.search_request import FACET_SLOTS
from signpost.i18n import available_languages, language_name, t

# What a message may name besides a language that makes it a search rather than a chat request.
SEARCH_ENTITIES = set(FACET_SLOTS) - {"service_language", "time"}


class ActionSessionStart(Action):
    """Starts a session in the language the widget asked for, when it sent one."""

    def name(self) -> Text:
        return "action_session_start"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        events: List[EventType] = [SessionStarted()]
        metadata = tracker.get_slot("session_started_metadata") or {}
        language = metadata.get("language") if isinstance(metadata, dict) else None
        if language in available_languages():
            events.append(SlotSet("language", language))
        events.append(ActionExecuted("action_listen"))
        return events


class ActionStartOver(Action):
    def name(self) -> Text:
        return "action_start_over"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        dispatcher.utter_message(text=t("start_over", language_of(tracker)))
        return [SlotSet(slot, None) for slot in FACET_SLOTS] + [
            SlotSet("results_offset", 0),
            SlotSet("shown_services", []),
            SlotSet("gender_only", False),
            SlotSet(PENDING_PLACE, None),
            SlotSet(LAST_QUESTION, None),
        ]


def switch_chat(dispatcher: CollectingDispatcher, tracker: Tracker, current: str, asked: str) -> List[EventType]:
    # the language named was for the chat, not a filter on services
    events: List[EventType] = [SlotSet("service_language", previous_slots(tracker).get("service_language"))]
    if asked not in available_languages():
        dispatcher.utter_message(text=t("language.unavailable", current, language=language_name(asked, current)))
        return events
    dispatcher.utter_message(text=t("language.changed", asked, language=language_name(asked, asked)))
    return events + [SlotSet("language", asked), SlotSet(OFFERED_LANGUAGE, asked), SlotSet(LAST_QUESTION, None)]


class ActionChangeLanguage(Action):
    """The chat changes language only when the person asks for the chat to ("can we continue in
    Urdu?", the one-tap offer); naming a language otherwise ("Gujarati please", "she speaks
    Tamil", or answering "which language?") asks for services that speak it, in the language
    the conversation is already in, with an offer to switch once results are shown. Asking for the
    language the chat is already in, during a search, asks for services that speak it too."""

    def name(self) -> Text:
        return "action_change_language"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        current = language_of(tracker)
        entities = tracker.latest_message.get("entities", [])
        chosen = next((e.get("value") for e in entities if e.get("entity") == "chat_language"), None)
        if chosen is not None:
            return switch_chat(dispatcher, tracker, current, chosen)
        asked = next((e.get("value") for e in entities if e.get("entity") == "service_language"), None)
        if asked is None:
            dispatcher.utter_message(text=t("language.which", current))
            return [SlotSet(LAST_QUESTION, "language")]
        names_a_search = bool(SEARCH_ENTITIES & {e.get("entity") for e in entities})
        # "ela só fala português" in a Portuguese chat about a search: the chat already spoke the
        # language before this message, so it is the services that must ("she only speaks
        # Portuguese"); the language slot itself already holds the language this message is in
        spoken_before = previous_slots(tracker).get("language") or "en"
        for_the_search = asked == spoken_before and bool(tracker.get_slot("need") or tracker.get_slot("place"))
        if understood(tracker)["switch_language"] and not names_a_search and not for_the_search:
            return switch_chat(dispatcher, tracker, current, asked)
        # a language for the service: the search carries on with it (the form asks what it lacks)
        from actions.search import start_search

        return start_search(dispatcher, tracker, then_form=True)


class ActionFallback(Action):
    """A message the intent model is unsure of, or takes for something the assistant does not do:
    when it asks what the services shown cost or when they are open, the answer from their
    records; when it names what to search for (a need or a place), or, after a search, anything a
    search is narrowed by (a day, a fee, a language), the search carries on with it
    ("I'm in Leeds, where can I go tonight?" after a crisis response gets crisis alternatives near
    Leeds); otherwise the usual "I didn't quite follow" or "I can't help with that"."""

    def name(self) -> Text:
        return "action_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        from actions.questions import answer_about_shown
        from actions.search import place_answer_after_search, start_search

        answered = answer_about_shown(dispatcher, tracker)
        if answered is not None:
            return answered
        entities = {e.get("entity") for e in tracker.latest_message.get("entities", [])}
        # after a search, a message naming only a facet ("only on Sunday", "low cost is fine too")
        # narrows it, however unsure the intent model is of the rest of the sentence
        refines = bool(set(FACET_SLOTS) & entities) and asked(tracker, "action_search_services") > 0
        if {"need", "place"} & entities or refines or place_answer_after_search(tracker):
            return start_search(dispatcher, tracker, then_form=True)
        out_of_scope = tracker.latest_message.get("intent", {}).get("name") == "out_of_scope"
        dispatcher.utter_message(response="utter_out_of_scope" if out_of_scope else "utter_default")
        return []
