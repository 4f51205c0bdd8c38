"""Session start and start over."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.context import language_of
from signpost.i18n import available_languages, language_name, t
from signpost.search_request import FACET_SLOTS


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
        ]


class ActionChangeLanguage(Action):
    """Switches the conversation language when there is a catalog for it, and says so honestly when not."""

    def name(self) -> Text:
        return "action_change_language"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        current = language_of(tracker)
        asked = next(
            (e.get("value") for e in tracker.latest_message.get("entities", [])
             if e.get("entity") == "service_language"),
            None,
        )
        if asked is None:
            dispatcher.utter_message(text=t("language.which", current))
            return []
        if asked not in available_languages():
            dispatcher.utter_message(text=t("language.unavailable", current, language=language_name(asked, current)))
            return []
        dispatcher.utter_message(text=t("language.changed", asked, language=language_name(asked, asked)))
        return [SlotSet("language", asked), SlotSet("service_language", None)]
