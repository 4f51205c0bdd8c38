"""Crisis alternatives near the person, after the Rasa server has already given the national lines.

From here on the conversation is in a crisis context (the crisis_context slot): a place alone
gets crisis alternatives near it, and every dead end restates the lines that answer day and night
(actions/search.py).

Also the search asked for in the same message as a question about diagnosis or medication, after
the Rasa server's non-clinical answer."""
from __future__ import annotations

from typing import List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.context import CRISIS_CONTEXT, embed_of, language_of, now
from actions.search import crisis_alternatives_near, latest_entity_types, say_crisis_alternatives, start_search
from signpost.conversation.rasa_domain import CRISIS_RESPONSES
from signpost.conversation.search_request import as_list, resolve_place, time_window
from signpost.i18n import t
from signpost.registry.search import GENDERS
from signpost.understanding.entities import only_about
from signpost.understanding.vocabulary import SEARCH_FACETS


# What, said with a place, asks for a search as plainly as a need does.
SEARCH_FACETS_BESIDE_A_PLACE = SEARCH_FACETS - {"need"}
# After the danger-from-others response (999 and the abuse helplines first) the assistant does not
# offer crisis cafes.
NO_OFFER_AFTER = frozenset(name for name, (crisis_for, _, _) in CRISIS_RESPONSES.items()
                           if crisis_for == "danger_from_others")


def last_crisis_response(tracker: Tracker) -> Optional[str]:
    for event in reversed(tracker.events):
        if event.get("event") == "action" and (event.get("name") or "") in CRISIS_RESPONSES:
            return event["name"]
    return None


class ActionCrisisAlternatives(Action):
    def name(self) -> Text:
        return "action_crisis_alternatives"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        events: List[EventType] = [SlotSet(CRISIS_CONTEXT, True)]
        # the embedding page's area only adds alternatives when the person has named no place
        place = resolve_place(tracker.get_slot("place")) or embed_of(tracker).place
        language = language_of(tracker)
        if place is None:
            # with a place, the alternatives follow at once; without one, the offer to look
            if last_crisis_response(tracker) not in NO_OFFER_AFTER:
                dispatcher.utter_message(text=t("crisis.carry_on", language))
            return events
        moment = now()
        gender = tracker.get_slot("gender") if tracker.get_slot("gender") in GENDERS else None
        only = bool(gender) and only_about(tracker.latest_message.get("text") or "", language, "gender")
        local = crisis_alternatives_near(place, moment, tracker.get_slot("age"),
                                         time_window(tracker.get_slot("time"), moment), gender, only,
                                         as_list(tracker.get_slot("service_language")))
        if not local:
            dispatcher.utter_message(text=t("crisis.alternatives_none", language, place=place.name))
            return events
        say_crisis_alternatives(dispatcher, local, place.name, language, moment)
        return events + [SlotSet("shown_services", [s.id for s in local]), SlotSet("results_offset", 0)]


class ActionClinicalSearch(Action):
    """After the non-clinical answer (utter_clinical_refusal, which the Rasa server gives without
    the action server): a message that also asks for a kind of support ("should she stop them?
    also is there a carers group in Dalston") gets that search as well, as any request would: the
    search form runs next, asking where if it must. A place with a language, community, faith or
    gender asks for a search too ("... and anywhere in Bradford in Urdu?"). Without either, nothing
    more is said: the answer offers someone to talk to, and the rules take the reply."""

    def name(self) -> Text:
        return "action_clinical_search"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        mentioned = latest_entity_types(tracker)
        if "need" not in mentioned and not ("place" in mentioned and mentioned & SEARCH_FACETS_BESIDE_A_PLACE):
            return []
        return start_search(dispatcher, tracker, then_form=True)
