"""Finding services: starting a search, the form that asks what it needs, results, more, details."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.context import (
    LAST_QUESTION,
    OFFERED_LANGUAGE,
    PENDING_PLACE,
    asked,
    crisis_lines_text,
    embed_of,
    in_crisis_context,
    language_of,
    now,
    previous_slots,
    registry,
    slots_of,
    understood,
)
from signpost.conversation import render
from signpost.i18n import available_languages, join, language_name, t, tn
from signpost.registry import SearchQuery
from signpost.registry.search import NEARBY_AUTHORITY_KM
from signpost.conversation.search_request import (
    ANYWHERE,
    FACET_SLOTS,
    PAGE_SIZE,
    PLACELESS_NEEDS,
    as_list,
    has_any_facet,
    needs_place,
    parse_age,
    request_from_slots,
    resolve_place,
    within,
)
from signpost.understanding.annotations import reading_in
from signpost.understanding.dialogue import service_named
from signpost.understanding.entities import only_about
from signpost.understanding.language import in_script_of
from signpost.understanding.vocabulary import SPANS_OF_DAYS, day_and_part

TALKING_SUPPORT = ["befriending", "talking_therapy", "peer_support", "helpline"]
CRISIS_NEED = "crisis_alternative"
ACTION_LISTEN = "action_listen"
# How many matches a timed search looks through before keeping those open then.
TIMED_CANDIDATES = 12
SHOWN_ALTERNATIVES = 3
# Facets a crisis message may carry ("I'm 17 and ...") that the search after it keeps.
CRISIS_KEPT_FACETS = ("age", "gender", "service_language", "place", "time")
# After a crisis response, someone to talk to or somewhere to go at one of these times means a
# crisis alternative open then (a crisis cafe, safe haven or crisis house), not a group next week.
URGENT_TIMES = ("now", "tonight", "today", "evening")
CRISIS_FOLLOWUP_NEEDS = frozenset(TALKING_SUPPORT) | {"community_group", CRISIS_NEED}
# Someone to talk to at these parts of the day ("late this evening, not in danger, just lonely"),
# when nothing local is open then, is also shown the crisis alternatives open then near them.
OUT_OF_HOURS_PARTS = ("evening", "night")
# What a new request that does not name it keeps: where the person is does not change with what
# they ask for ("something else: housing").
REQUEST_KEPT_FACETS = ("place",)


def latest_entity_types(tracker: Tracker) -> set:
    return {e.get("entity") for e in tracker.latest_message.get("entities", [])}


def place_answer_after_search(tracker: Tracker) -> Optional[str]:
    """The place a message that is only a place names, misspelt or by its sound ("rugbi"), once a
    search has been made: it says where to look instead, whatever the intent model makes of one
    word. None before any search (the search form's question takes it then) or with a place entity."""
    if "place" in latest_entity_types(tracker) or asked(tracker, "action_search_services") == 0:
        return None
    return tracker.latest_message.get("place_answer")


def latest_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def facet_label(slot: str, value: Any, language: str) -> str:
    if slot == "need":
        return render.need_label(as_list(value), language)
    if slot == "service_language":
        return join([language_name(code, language) for code in as_list(value)], language, style="or")
    if slot == "gender":
        return t(f"results.filter.{value}", language)
    return str(value)


def what_changed(before: dict, after: dict, language: str) -> Optional[str]:
    """"OK: Lambeth instead of Leeds." for the facets a correction changed."""
    pieces = []
    for slot in ("place", "need", "service_language", "gender"):
        old, new = before.get(slot), after.get(slot)
        if not as_list(old) or as_list(old) == as_list(new):
            continue
        if as_list(new):
            pieces.append(t("correction.instead", language, new=facet_label(slot, new, language),
                            old=facet_label(slot, old, language)))
        else:
            pieces.append(t("correction.dropped", language, old=facet_label(slot, old, language)))
    return t("correction.changed", language, changes=join(pieces, language)) if pieces else None


class ActionStartSearch(Action):
    """A new request forgets the facets it does not mention but the place; an answer, a narrowing
    or a correction keeps them. What a message rules out ("not Leeds") is dropped, and a correction
    says what changed. A gender is a requirement only when the message says so ("only women").
    After a crisis response a place alone asks for crisis alternatives near it."""

    def name(self) -> Text:
        return "action_start_search"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        return start_search(dispatcher, tracker)


def ask_about_misspelt_place(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> List[EventType]:
    """A misspelt place that is not certain ("Shefiild") is asked about, not searched (the NLU
    marks it ``confirm``)."""
    for entity in tracker.latest_message.get("entities", []):
        if entity.get("entity") == "place" and entity.get("confirm"):
            confirm_place(dispatcher, entity["value"], language)
            return [SlotSet("place", None), SlotSet(PENDING_PLACE, entity["value"]),
                    SlotSet(LAST_QUESTION, "place_confirm")]
    return []


def wants_somewhere_now(slots: dict) -> bool:
    """Whether a search after a crisis response is for crisis alternatives: they were asked for
    (or nothing else was), or someone to talk to (or a group, or a drop-in) now, today or tonight."""
    needs = set(as_list(slots.get("need")))
    return not needs or CRISIS_NEED in needs or (slots.get("time") in URGENT_TIMES and needs <= CRISIS_FOLLOWUP_NEEDS)


def start_search(dispatcher: CollectingDispatcher, tracker: Tracker, then_form: bool = False) -> List[EventType]:
    """What action_start_search does (ActionStartSearch); `then_form`: the search form runs next, for
    a message another action passed on ("I'm in Leeds" read as a fallback). A question about what
    the services shown cost or when they are open is answered instead (actions/questions.py), and
    the assistant listens."""
    from actions.questions import answer_about_shown

    answered = answer_about_shown(dispatcher, tracker)
    if answered is not None:
        return answered + [FollowupAction(ACTION_LISTEN)]
    intent = tracker.latest_message.get("intent", {}).get("name")
    language = language_of(tracker)
    mentioned = latest_entity_types(tracker)
    reading = understood(tracker)
    negated = reading["ruled_out"]
    correcting = bool(negated) or reading["correction"]
    crisis = in_crisis_context(tracker)
    slots = slots_of(tracker)
    events: List[EventType] = [SlotSet("results_offset", 0), SlotSet("shown_services", []),
                               SlotSet(LAST_QUESTION, None)]
    after = dict(slots)
    # a request after results have been shown starts afresh; before that it adds to the story.
    # "Which is nearest? I'm near Mitcham" asks the same search again, from where they are.
    answered_place = place_answer_after_search(tracker)
    new_request = (intent == "find_service" and not correcting and not reading["asks_nearest"]
                   and asked(tracker, "action_search_services") > 0 and answered_place is None)
    if new_request:
        kept = CRISIS_KEPT_FACETS if crisis else REQUEST_KEPT_FACETS
        for slot in FACET_SLOTS:
            if slot not in mentioned and slot not in kept:
                after[slot] = None
        events.append(SlotSet("gender_only", False))
    for entity in negated:
        current = after.get(entity["entity"])
        if isinstance(current, list):
            after[entity["entity"]] = [v for v in current if v != entity["value"]] or None
        elif current == entity["value"]:
            after[entity["entity"]] = None
    if answered_place is not None:
        after["place"] = answered_place
    if crisis and not as_list(after.get("need")):
        after["need"] = [CRISIS_NEED]
    events += [SlotSet(slot, after.get(slot)) for slot in FACET_SLOTS if after.get(slot) != slots.get(slot)]
    if "gender" in mentioned:
        # "women only" makes women's services a requirement; "she's a woman, speaks only Urdu" does not
        events.append(SlotSet("gender_only", only_about(latest_text(tracker), language, "gender")))
    events += ask_about_misspelt_place(dispatcher, tracker, language)
    if correcting:
        changed = what_changed(previous_slots(tracker), after, language)
        if changed:
            dispatcher.utter_message(text=changed)
    return events + ([FollowupAction("search_form")] if then_form else [])


def confirm_place(dispatcher: CollectingDispatcher, place: str, language: str) -> None:
    dispatcher.utter_message(
        text=t("ask.place.confirm", language, place=place),
        buttons=[{"title": t("button.yes", language), "payload": "/affirm"},
                 {"title": t("button.no", language), "payload": "/deny"}],
    )


class ValidateSearchForm(FormValidationAction):
    """Asks only for what the search needs: a need (unless a place or another facet says
    enough) and a place (unless the need is met by phone or online lines)."""

    def name(self) -> Text:
        return "validate_search_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        slots = slots_of(tracker)
        embed_place = embed_of(tracker).place
        required = []
        if not has_any_facet(slots) and not slots.get("place") and embed_place is None:
            required.append("need")
        # phone lines in someone's language do not depend on where they are
        by_phone_in_their_language = "helpline" in as_list(slots.get("need")) and as_list(slots.get("service_language"))
        if needs_place(slots) and embed_place is None and not by_phone_in_their_language:
            required.append("place")
        return required

    async def validate_need(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """An answer to "where?" that also says how they would like to be reached ("Telford. On
        the phone would be good, I can't leave the house") adds phone lines to what they asked for
        instead of replacing it: the phone is how, not what ("phone befriending for carers" is
        befriending). Any other need said then is a new need, as before."""
        said = list(dict.fromkeys(as_list(value)))
        before = list(dict.fromkeys(as_list(previous_slots(tracker).get("need"))))
        if tracker.get_slot("requested_slot") == "place" and before and said and set(said) <= PLACELESS_NEEDS:
            return {"need": list(dict.fromkeys(before + said))}
        return {"need": value}

    async def extract_need(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """The answer to "what kind of support?": "no idea" or "not sure" means someone to talk to."""
        if tracker.get_slot("requested_slot") != "need" or tracker.get_slot("need"):
            return {}
        if "need" in latest_entity_types(tracker):
            return {}
        answer = latest_text(tracker)
        if not answer or answer.startswith("/"):
            return {}
        said = understood(tracker)
        if said["no_answer"] and said["about_place"]:
            return {"place": ANYWHERE}  # "I'd rather not say where I live": phone and online
        return {"need": TALKING_SUPPORT} if said["no_answer"] else {}

    async def extract_place(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """The answer to "where?": a bare name the gazetteer only accepts on its own ("Hackney"),
        a misspelt one ("Shefiild"); declining or not knowing ("I'd rather not say", "no"), or
        a second answer that names no place, means phone and online services."""
        if tracker.get_slot("requested_slot") != "place" or tracker.get_slot("place"):
            return {}
        if "place" in latest_entity_types(tracker):
            return {}
        answer = latest_text(tracker).strip(" .!?")
        if not answer or answer.startswith("/"):
            return {}
        place = tracker.latest_message.get("place_answer")  # the NLU's reading of a bare place name
        if place is not None:
            return {"place": place}
        intent = tracker.latest_message.get("intent", {}).get("name")
        if intent == "deny" or understood(tracker)["no_answer"]:
            return {"place": ANYWHERE}
        return {"place": ANYWHERE} if asked(tracker, "action_ask_place") >= 2 else {}

    def validate_place(
        self, slot_value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if slot_value == ANYWHERE or resolve_place(slot_value) is not None:
            return {"place": slot_value}
        dispatcher.utter_message(text=t("ask.place.unknown", language_of(tracker)))
        return {"place": None}


def need_buttons(language: str) -> list:
    return [
        {"title": render.need_label([code], language), "payload": f'/inform{{"need":"{code}"}}'}
        for code in ("peer_support", "talking_therapy", "community_group", "advocacy", "crisis_alternative")
    ]


class ActionAskNeed(Action):
    def name(self) -> Text:
        return "action_ask_need"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        language = language_of(tracker)
        dispatcher.utter_message(text=t("ask.need", language), buttons=need_buttons(language))
        return [SlotSet(LAST_QUESTION, "need")]


def ask_place(dispatcher: CollectingDispatcher, language: str) -> None:
    buttons = [{"title": t("ask.place.button.anywhere", language), "payload": f'/inform{{"place":"{ANYWHERE}"}}'}]
    dispatcher.utter_message(text=t("ask.place", language), buttons=buttons)


class ActionAskPlace(Action):
    def name(self) -> Text:
        return "action_ask_place"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        ask_place(dispatcher, language_of(tracker))
        return [SlotSet(LAST_QUESTION, "place")]


def where_phrase(request, language: str) -> str:
    if request.place is not None:
        return t("results.where.place", language, place=request.place.name)
    return t("results.where.anywhere", language) if request.anywhere else ""


def time_phrase(window, language: str) -> str:
    """When the services shown are open: "open now", "open tonight", "open on Friday night"."""
    if window.name == "now":
        return t("results.filter.open_now", language)
    if window.day is None:
        return t(f"results.filter.time.{window.name}", language)
    if window.day in SPANS_OF_DAYS:  # "open on weekdays, in the morning"
        return t(f"results.filter.time.{window.day}_part", language, part=t(f"time.part.{window.part}", language))
    day = t(f"time.day.{window.day}", language)
    if window.part is None:
        return t("results.filter.time.day", language, day=day)
    return t("results.filter.time.day_part", language, day=day, part=t(f"time.part.{window.part}", language))


def filters_phrase(request, language: str) -> Optional[str]:
    q = request.query
    filters = []
    if request.window is not None:
        filters.append(time_phrase(request.window, language))
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


def ruled_out_places(tracker: Tracker, current: Optional[str]) -> set:
    """Places the person has ruled out in this conversation ("Bradford, not Leeds"), unless they
    are the place now being searched."""
    language = language_of(tracker)
    ruled_out = set()
    for event in tracker.events:
        if event.get("event") == "action" and event.get("name") == "action_start_over":
            ruled_out.clear()
        if event.get("event") == "user":
            ruled_out |= {e["value"] for e in reading_in(event.get("parse_data") or {}, language)["ruled_out"]
                          if e["entity"] == "place"}
    return ruled_out - {current}


def in_ruled_out_place(service, places: set) -> bool:
    """Whether a (non-national) service is only for, or only at, places the person ruled out."""
    if not places or service.is_national:
        return False
    areas = {area.split(":", 1)[-1] for area in service.service_areas}
    cities = {location.city for location in service.locations if location.city}
    return bool(areas | cities) and (areas | cities) <= places


def find(request, ruled_out: set):
    """The services for a request, best first, as (page, total, widening step or None, whether
    the time asked for had to be let go). Filters the registry does not apply (the time window,
    phone and online only, places ruled out) are applied to the first TIMED_CANDIDATES matches."""
    query = request.query
    if request.window is None and not request.anywhere and not ruled_out:
        results = registry().search_widening(query)
        return results.services, results.total, (results.widened[-1] if results.widened else None), False
    candidates = registry().search_widening(
        SearchQuery(**{**query.__dict__, "limit": TIMED_CANDIDATES, "offset": 0}))
    services = [s for s in candidates.services if not in_ruled_out_place(s, ruled_out)]
    if request.anywhere:
        services = [s for s in services if s.is_national]
    open_then = within(services, request.window)
    relaxed = not open_then and bool(services)
    chosen = services if relaxed else open_then
    page = chosen[query.offset: query.offset + query.limit]
    return page, len(chosen), (candidates.widened[-1] if candidates.widened else None), relaxed


def out_of_hours_alternatives(request, slots: dict, services: list) -> list:
    """Safe havens, crisis cafes and crisis houses near the place and open then, for someone to talk
    to (or a group) in the evening or at night when none of `services` is a local one open then:
    they are where people go when things feel too much out of hours, and the national lines alone
    leave a lonely evening with a phone number. Never instead of the search: after it."""
    time = slots.get("time") or ""
    needs = set(request.needs)
    if (request.place is None or request.window is None or not needs or not needs <= CRISIS_FOLLOWUP_NEEDS - {CRISIS_NEED}
            or not (time == "tonight" or day_and_part(time)[1] in OUT_OF_HOURS_PARTS)):
        return []
    if any(not s.is_national for s in within(services, request.window)):
        return []
    query = request.query
    found = crisis_alternatives_near(request.place, query.now, slots.get("age"), request.window,
                                     query.gender, query.gender_only, query.languages)
    shown = {s.id for s in services}
    return [s for s in within(found, request.window) if s.id not in shown]


def out_of_hours_cards(extra: list, first_number: int, request, moment, language: str) -> list:
    """The line that introduces out_of_hours_alternatives, then their cards numbered on from the
    search's; nothing when there are none."""
    if not extra:
        return []
    return [t("results.out_of_hours", language, place=request.place.name)] + [
        render.card(s, first_number + i, moment, language) for i, s in enumerate(extra)]


def in_their_language(request) -> list:
    """When nothing near fits and a language was asked for: phone and online services that speak
    it, for the need or for someone to talk to."""
    query = request.query
    if not query.languages:
        return []
    needs = list(dict.fromkeys(request.needs + TALKING_SUPPORT))
    results = registry().search(SearchQuery(categories=needs, languages=query.languages, include_national=True,
                                            limit=TIMED_CANDIDATES, now=query.now))
    return [s for s in results.services if s.is_national][:PAGE_SIZE]


def show_results(dispatcher: CollectingDispatcher, tracker: Tracker, offset: int) -> List[EventType]:
    language = language_of(tracker)
    moment = now()
    slots = slots_of(tracker)
    if in_crisis_context(tracker) and offset == 0 and wants_somewhere_now(slots):
        return show_crisis_alternatives(dispatcher, tracker, slots)
    request = request_from_slots(slots, now=moment, offset=offset, embed=embed_of(tracker))
    ruled_out = ruled_out_places(tracker, request.place.name if request.place else None)
    services, total, widened, relaxed = find(request, ruled_out)
    earlier = list(tracker.get_slot("shown_services") or []) if offset else []
    if not services and offset:
        dispatcher.utter_message(text=t("results.no_more", language))
        return [SlotSet("results_offset", max(offset - PAGE_SIZE, 0))]
    lines = []
    if not services:
        services = in_their_language(request)
        total = len(services)
        searched = t("results.what", language, need=render.need_label(request.needs, language),
                     where=where_phrase(request, language)).strip()
        if not services:
            lines = [t("results.none", language), t("results.searched", language, what=searched)]
            filters = filters_phrase(request, language)
            extra = out_of_hours_alternatives(request, slots, []) if offset == 0 else []
            extra_cards = out_of_hours_cards(extra, 1, request, moment, language)
            dispatcher.utter_message(text="\n\n".join(["\n".join(lines + ([filters] if filters else []))] + extra_cards))
            if in_crisis_context(tracker):
                dispatcher.utter_message(text=crisis_lines_text(language, slots.get("age")))
            dispatcher.utter_message(json_message=render.services_payload(extra, language, now=moment))
            return [SlotSet("shown_services", [s.id for s in extra])]
        names = join([language_name(c, language) for c in request.query.languages], language, style="or")
        lines.append(t("results.widened.language_lines", language, what=searched, language=names))
    elif offset == 0:
        if widened:
            lines.append(widened_phrase(widened, request, language))
        else:
            what = t("results.what", language, need=render.need_label(request.needs, language),
                     where=where_phrase(request, language)).strip()
            lines.append(tn("results.found", total, language, total=total, what=what, shown=len(services)))
        if relaxed:
            lines.append(t("results.time_relaxed", language))
        # the asked time stays on the request: out_of_hours_alternatives needs it most when nothing was open then
        filters = filters_phrase(replace(request, window=None) if relaxed else request, language)
        if filters:
            lines.append(filters)
    cards = [render.card(s, offset + i + 1, moment, language) for i, s in enumerate(services)]
    extra = out_of_hours_alternatives(request, slots, services) if offset == 0 else []
    cards += out_of_hours_cards(extra, len(services) + 1, request, moment, language)
    tail = [t("results.next_steps", language)]
    if in_crisis_context(tracker):
        tail.append(crisis_lines_text(language, slots.get("age")))
    dispatcher.utter_message(text="\n\n".join(lines + cards + tail))
    dispatcher.utter_message(json_message=render.services_payload(services + extra, language, now=moment))
    events = [SlotSet("results_offset", offset),
              SlotSet("shown_services", earlier + [s.id for s in services + extra])]
    offer_language_switch(dispatcher, tracker, slots, language, events)
    return events


def offer_language_switch(dispatcher, tracker, slots, language, events: list) -> None:
    """After an English (or other) conversation names a language for the service, a one-tap
    offer to carry on in it, when there is a catalog for it and it was not offered before."""
    offered = tracker.get_slot(OFFERED_LANGUAGE)
    wanted = [c for c in as_list(slots.get("service_language")) if c != language and c in available_languages()]
    if not wanted or offered == wanted[0]:
        return
    code = wanted[0]
    events += [SlotSet(OFFERED_LANGUAGE, code), SlotSet(LAST_QUESTION, "switch_language")]
    dispatcher.utter_message(
        text=t("language.offer", language, language=language_name(code, language)),
        buttons=[{"title": t("language.offer.button", code, language=language_name(code, code)),
                  "payload": f'/change_language{{"chat_language":"{code}"}}'}],
    )


def police_note(service, language: str) -> str:
    """Whether police are involved, only in the service's own words: never promised for it. Those
    words are free text (mostly English); in a reply in another script the note says where to read
    them (the details) rather than putting English in the middle of it."""
    if service.confidentiality and in_script_of(service.confidentiality, language):
        return t("details.confidentiality", language, confidentiality=service.confidentiality)
    if service.confidentiality:
        return t("crisis.police_note.in_english", language)
    return t("crisis.police_note.unknown", language)


def language_rank(service, languages) -> int:
    """0 when a service speaks one of the languages asked for (or none was asked for), 1 when it
    offers interpreters, 2 otherwise: a language ranks crisis alternatives, it never hides one."""
    if not languages or set(languages) & set(service.languages):
        return 0
    return 1 if service.interpretation_services else 2


def crisis_alternatives_near(place, moment, age=None, window=None, gender=None, gender_only=False,
                             languages=()) -> list:
    """Crisis cafes, safe havens and crisis houses near a place that take this person (their age,
    their gender: a man is not sent to a women's crisis house), soonest open first; only those open
    in `window` when any is (one closed all that time would read as open then: a weekday sanctuary
    for "Saturday evening"), and among them those that speak one of `languages`, then those with
    interpreters. When none is open then, the soonest open: never nothing for someone in crisis."""
    query = SearchQuery(crisis_alternative=True, crisis_flow=True, place=place, include_national=False,
                        age=parse_age(age), gender=gender, gender_only=gender_only,
                        limit=TIMED_CANDIDATES, now=moment)
    local = render.soonest_first([s for s in registry().search_widening(query).services if not s.is_national])
    open_then = within(local, window)
    if window is not None and not open_then:
        # the town's own are all closed then ("Saturday night", a weekday cafe): a neighbouring
        # town's that is open then is the place to go, not one that is shut
        open_then = within(render.soonest_first(crisis_alternatives_in_neighbouring_areas(query)), window)
    return sorted(open_then or local, key=lambda s: language_rank(s, languages))[:SHOWN_ALTERNATIVES]


def crisis_alternatives_in_neighbouring_areas(query: SearchQuery) -> list:
    """The local crisis alternatives of the local authorities next to the query's place (as the
    registry's own "nearby" widening reaches them), for when the place's own do not fit."""
    gazetteer = registry().gazetteer
    found = {}
    for authority in query.place.local_authorities:
        for neighbour in gazetteer.nearby_local_authorities(authority, NEARBY_AUTHORITY_KM):
            for service in registry().search(replace(query, place=neighbour)).services:
                if not service.is_national:
                    found.setdefault(service.id, service)
    return list(found.values())


def say_crisis_alternatives(dispatcher, services, place_name, language, moment) -> None:
    # Straight after a crisis response the text stays short and in the person's language: the
    # intro says what these places are, so the registry's own description (free text, mostly
    # English) is left out.
    cards = [render.card(s, i + 1, moment, language, described=False) + "\n" + police_note(s, language)
             for i, s in enumerate(services)]
    dispatcher.utter_message(text="\n\n".join([t("crisis.alternatives_intro", language, place=place_name)] + cards))
    payload = render.services_payload(services, language, now=moment)
    payload["crisis_alternatives"] = True
    for card_payload, service in zip(payload["services"], services):
        card_payload["police_note"] = police_note(service, language)
    dispatcher.utter_message(json_message=payload)


def show_crisis_alternatives(dispatcher, tracker, slots, with_lines: bool = True) -> List[EventType]:
    """After a crisis response: crisis alternatives near the place, soonest open first, and the
    lines that answer day and night; never a bare "nothing found"."""
    language = language_of(tracker)
    moment = now()
    request = request_from_slots(slots, now=moment, embed=embed_of(tracker))
    place = request.place
    query = request.query
    services = crisis_alternatives_near(place, moment, slots.get("age"), request.window, query.gender,
                                        query.gender_only, query.languages) if place else []
    if services:
        say_crisis_alternatives(dispatcher, services, place.name, language, moment)
    elif place is not None:
        dispatcher.utter_message(text=t("crisis.alternatives_none", language, place=place.name))
    if with_lines:
        dispatcher.utter_message(text=crisis_lines_text(language, slots.get("age")))
    return [SlotSet("results_offset", 0), SlotSet("shown_services", [s.id for s in services])]


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


def ordinal_asked(tracker: Tracker) -> Optional[str]:
    """The card number the latest message names ("the second one": "2"; "the last one": "last")."""
    return next(
        (e.get("value") for e in tracker.latest_message.get("entities", []) if e.get("entity") == "ordinal"),
        None,
    )


def chosen_service_id(tracker: Tracker) -> Optional[str]:
    """The service a "details" request means. shown_services holds every service shown in this
    result list, in the order the cards were numbered, so "the fourth one" is the fourth card."""
    shown = tracker.get_slot("shown_services") or []
    ordinal = ordinal_asked(tracker)
    if ordinal == "last" and shown:
        return shown[-1]
    if ordinal is not None:
        try:
            index = int(ordinal) - 1
        except ValueError:
            return None
        return shown[index] if 0 <= index < len(shown) else None
    services = [(service_id, service.name) for service_id in shown
                for service in [registry().get_service(service_id)] if service is not None]
    named = service_named(latest_text(tracker), services)
    if named is not None:
        return named
    return shown[0] if len(shown) == 1 else None


class ActionServiceDetails(Action):
    def name(self) -> Text:
        return "action_service_details"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        language = language_of(tracker)
        shown = tracker.get_slot("shown_services")
        if not shown:
            dispatcher.utter_message(text=t("results.nothing_shown", language))
            return []
        service_id = chosen_service_id(tracker)
        service = registry().get_service(service_id) if service_id else None
        if service is None:
            asked = ordinal_asked(tracker)
            if asked is not None and asked.isdigit() and int(asked) > len(shown):
                # "the second one" when one was shown: say so, rather than offer a second one
                dispatcher.utter_message(text=t("results.not_that_many", language, asked=int(asked), shown=len(shown)))
            else:
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

