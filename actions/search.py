"""Finding services: starting a search, the form that asks what it needs, results, more, details."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.context import embed_of, language_of, now, registry, slots_of
from signpost import render
from signpost.i18n import join, language_name, t, tn
from signpost.search_request import (
    ANYWHERE,
    FACET_SLOTS,
    PAGE_SIZE,
    has_any_facet,
    needs_place,
    request_from_slots,
    resolve_answered_place,
    resolve_place,
)
from signpost.understanding import says_only

TALKING_SUPPORT = ["befriending", "talking_therapy", "peer_support", "helpline"]


def latest_entity_types(tracker: Tracker) -> set:
    return {e.get("entity") for e in tracker.latest_message.get("entities", [])}


class ActionStartSearch(Action):
    """A new request forgets the facets it does not mention; an answer or a narrowing keeps them.
    A gender is a requirement only when the message says so ("only women"), else a preference."""

    def name(self) -> Text:
        return "action_start_search"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        intent = tracker.latest_message.get("intent", {}).get("name")
        mentioned = latest_entity_types(tracker)
        events: List[EventType] = [SlotSet("results_offset", 0), SlotSet("shown_services", [])]
        if intent == "find_service":
            events += [SlotSet(slot, None) for slot in FACET_SLOTS if slot not in mentioned]
            events.append(SlotSet("gender_only", False))
        if "gender" in mentioned:
            text = tracker.latest_message.get("text") or ""
            events.append(SlotSet("gender_only", says_only(text, language_of(tracker))))
        return events


class ValidateSearchForm(FormValidationAction):
    """Asks only for what the search needs: a need (unless another facet says enough) and a
    place (unless the need is met by phone or online lines)."""

    def name(self) -> Text:
        return "validate_search_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        slots = slots_of(tracker)
        required = []
        if not has_any_facet(slots):
            required.append("need")
        if needs_place(slots) and embed_of(tracker).place is None:
            required.append("place")
        return required

    async def extract_place(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """The answer to "where?": a bare name the gazetteer only accepts on its own ("Hackney"),
        a misspelt one ("Shefiild"), or, after asking twice without a place, phone and online
        services."""
        if tracker.get_slot("requested_slot") != "place" or tracker.get_slot("place"):
            return {}
        if "place" in latest_entity_types(tracker):
            return {}
        answer = (tracker.latest_message.get("text") or "").strip(" .!?")
        place = resolve_answered_place(answer) if answer and not answer.startswith("/") else None
        if place is not None:
            return {"place": place.name}
        asked = sum(
            1 for e in tracker.events
            if e.get("event") == "action" and e.get("name") == "action_ask_place"
        )
        return {"place": ANYWHERE} if asked >= 2 else {}

    def validate_place(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if slot_value == ANYWHERE or resolve_place(slot_value) is not None:
            return {"place": slot_value}
        dispatcher.utter_message(text=t("ask.place.unknown", language_of(tracker)))
        return {"place": None}


class ActionAskNeed(Action):
    def name(self) -> Text:
        return "action_ask_need"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        language = language_of(tracker)
        buttons = [
            {"title": render.need_label([code], language), "payload": f'/inform{{"need":"{code}"}}'}
            for code in ("peer_support", "talking_therapy", "community_group", "advocacy", "crisis_alternative")
        ]
        dispatcher.utter_message(text=t("ask.need", language), buttons=buttons)
        return []


class ActionAskPlace(Action):
    def name(self) -> Text:
        return "action_ask_place"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        language = language_of(tracker)
        buttons = [{"title": t("ask.place.button.anywhere", language), "payload": f'/inform{{"place":"{ANYWHERE}"}}'}]
        dispatcher.utter_message(text=t("ask.place", language), buttons=buttons)
        return []


def where_phrase(request, language: str) -> str:
    if request.place is not None:
        return t("results.where.place", language, place=request.place.name)
    return t("results.where.anywhere", language) if request.anywhere else ""


def filters_phrase(request, language: str) -> Optional[str]:
    q = request.query
    filters = []
    if q.open_at is not None:
        filters.append(t("results.filter.open_now", language))
    if q.fees:
        filters.append(t(f"results.filter.{q.fees}", language))
    if q.gender_only and q.gender:
        filters.append(t(f"results.filter.{q.gender}", language))
    for code in q.languages:
        filters.append(t("results.filter.language", language, language=language_name(code, language)))
    if {"walk_in"} & set(q.referral):
        filters.append(t("results.filter.walk_in", language))
    return t("results.filters", language, filters=join(filters, language)) if filters else None


def widened_phrase(step: str, request, language: str) -> str:
    place = request.place.name if request.place else ""
    what = render.need_label(request.needs, language)
    if step == "interpreters":
        names = join([language_name(c, language) for c in request.query.languages], language, style="or")
        return t("results.widened.interpreters", language, language=names)
    if step == "any_need":
        return t("results.widened.any_need", language, need=what, place=place)
    return t(f"results.widened.{step}", language, what=what, place=place)


def show_results(dispatcher: CollectingDispatcher, tracker: Tracker, offset: int) -> List[EventType]:
    language = language_of(tracker)
    moment = now()
    request = request_from_slots(slots_of(tracker), now=moment, offset=offset, embed=embed_of(tracker))
    results = registry().search_widening(request.query)
    if not results.services:
        if offset:
            dispatcher.utter_message(text=t("results.no_more", language))
        else:
            dispatcher.utter_message(text=t("results.none", language))
            dispatcher.utter_message(json_message=render.services_payload([], language, now=moment))
        return [SlotSet("shown_services", [])]

    lines = []
    if offset == 0:
        if results.widened:
            lines.append(widened_phrase(results.widened[-1], request, language))
        else:
            what = t("results.what", language, need=render.need_label(request.needs, language),
                     where=where_phrase(request, language)).strip()
            lines.append(tn("results.found", results.total, language, total=results.total,
                            what=what, shown=len(results.services)))
        filters = filters_phrase(request, language)
        if filters:
            lines.append(filters)
    cards = [render.card(s, offset + i + 1, moment, language) for i, s in enumerate(results.services)]
    dispatcher.utter_message(text="\n\n".join(lines + cards + [t("results.next_steps", language)]))
    dispatcher.utter_message(json_message=render.services_payload(results.services, language, now=moment))
    return [
        SlotSet("results_offset", offset),
        SlotSet("shown_services", [s.id for s in results.services]),
    ]


class ActionSearchServices(Action):
    def name(self) -> Text:
        return "action_search_services"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        return show_results(dispatcher, tracker, offset=0)


class ActionMoreResults(Action):
    def name(self) -> Text:
        return "action_more_results"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if not tracker.get_slot("shown_services"):
            dispatcher.utter_message(text=t("results.nothing_shown", language_of(tracker)))
            return []
        offset = int(tracker.get_slot("results_offset") or 0) + PAGE_SIZE
        return show_results(dispatcher, tracker, offset=offset)


def chosen_service_id(tracker: Tracker) -> Optional[str]:
    shown = tracker.get_slot("shown_services") or []
    ordinal = next(
        (e.get("value") for e in tracker.latest_message.get("entities", []) if e.get("entity") == "ordinal"),
        None,
    )
    if ordinal == "last" and shown:
        return shown[-1]
    if ordinal is not None:
        try:
            index = int(ordinal) - 1
        except ValueError:
            return None
        offset = int(tracker.get_slot("results_offset") or 0)
        # "the fourth one" after "more" counts from the start of the whole list
        if index >= len(shown) and offset <= index < offset + len(shown):
            index -= offset
        return shown[index] if 0 <= index < len(shown) else None
    text = (tracker.latest_message.get("text") or "").lower()
    for service_id in shown:
        service = registry().get_service(service_id)
        if service and service.name.lower() in text:
            return service_id
    return shown[0] if len(shown) == 1 else None


class ActionServiceDetails(Action):
    def name(self) -> Text:
        return "action_service_details"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        language = language_of(tracker)
        if not tracker.get_slot("shown_services"):
            dispatcher.utter_message(text=t("results.nothing_shown", language))
            return []
        service_id = chosen_service_id(tracker)
        service = registry().get_service(service_id) if service_id else None
        if service is None:
            dispatcher.utter_message(text=t("results.which_one", language))
            return []
        moment = now()
        dispatcher.utter_message(text=render.details(service, moment, language))
        dispatcher.utter_message(json_message=render.services_payload([service], language, kind="services", now=moment))
        return []


class ActionOfferTalkingSupport(Action):
    def name(self) -> Text:
        return "action_offer_talking_support"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        return [SlotSet("need", TALKING_SUPPORT), SlotSet("results_offset", 0)]
