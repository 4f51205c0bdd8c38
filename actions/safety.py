"""Crisis alternatives near the person, after the Rasa server has already given the national lines."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.context import embed_of, language_of, now, registry
from signpost import render
from signpost.i18n import t
from signpost.registry import SearchQuery
from signpost.search_request import resolve_place

SHOWN_ALTERNATIVES = 3
CANDIDATES = 25


def police_note(service, language: str) -> str:
    """Whether police are involved, only in the service's own words: never promised for it."""
    if service.confidentiality:
        return t("details.confidentiality", language, confidentiality=service.confidentiality)
    return t("crisis.police_note.unknown", language)


class ActionCrisisAlternatives(Action):
    def name(self) -> Text:
        return "action_crisis_alternatives"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        # the embedding page's area only adds alternatives when the person has named no place
        place = resolve_place(tracker.get_slot("place")) or embed_of(tracker).place
        if place is None:
            return []
        language = language_of(tracker)
        moment = now()
        results = registry().search(
            SearchQuery(crisis_alternative=True, crisis_flow=True, place=place, include_national=False,
                        limit=CANDIDATES, now=moment)
        )
        local = render.soonest_first([s for s in results.services if not s.is_national])[:SHOWN_ALTERNATIVES]
        if not local:
            dispatcher.utter_message(text=t("crisis.alternatives_none", language, place=place.name))
            return []
        cards = [
            render.card(s, i + 1, moment, language) + "\n" + police_note(s, language)
            for i, s in enumerate(local)
        ]
        dispatcher.utter_message(
            text="\n\n".join([t("crisis.alternatives_intro", language, place=place.name)] + cards)
        )
        payload = render.services_payload(local, language, now=moment)
        payload["crisis_alternatives"] = True
        for card_payload, service in zip(payload["services"], local):
            card_payload["police_note"] = police_note(service, language)
        dispatcher.utter_message(json_message=payload)
        return []
