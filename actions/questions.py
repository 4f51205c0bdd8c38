"""Questions people ask before they trust a service. Answers about a service come from its record."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.context import language_of, registry
from signpost import render
from signpost.i18n import t


def shown_services(tracker: Tracker) -> list:
    services = (registry().get_service(i) for i in tracker.get_slot("shown_services") or [])
    return [s for s in services if s is not None]


class ActionAnswerPolice(Action):
    def name(self) -> Text:
        return "action_answer_police"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        language = language_of(tracker)
        lines = [t("police.general", language)]
        for service in shown_services(tracker):
            if service.confidentiality:
                lines.append(t("police.service", language, name=service.name, confidentiality=service.confidentiality))
            else:
                lines.append(t("police.service.unknown", language, name=service.name))
        dispatcher.utter_message(text="\n".join(lines))
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
        dispatcher.utter_message(text="\n".join(lines))
        return []
