"""What every action needs: the registry (loaded from the registry file on first use), the
language of the conversation, the clock, and what the conversation has been through."""
from __future__ import annotations

import logging
from datetime import datetime
from functools import lru_cache
from typing import Optional

from rasa_sdk import Tracker

from signpost.conversation.crisis_lines import CRISIS_LINES
from signpost.conversation.search_request import LONDON, EmbedConfig, parse_age
from signpost.i18n import t
from signpost.registry import Registry, default_registry_path
from signpost.understanding.annotations import reading_in

logger = logging.getLogger(__name__)

# Slots the actions set (bot/domain/search.yml says what each holds).
CRISIS_CONTEXT = "crisis_context"
LAST_QUESTION = "last_question"
PENDING_PLACE = "pending_place"
OFFERED_LANGUAGE = "offered_language"
# The lines restated at every dead end after a crisis response: they answer day and night.
ALWAYS_ANSWERING_LINES = ("samaritans", "shout", "nhs-111-mental-health", "emergency")
YOUNG_PEOPLE_LINES = ("papyrus", "childline")
YOUNG_PEOPLE_UNTIL = 35


@lru_cache(maxsize=1)
def registry() -> Registry:
    reg = Registry.open_configured()
    logger.info("registry %s: %d services", default_registry_path(), reg.count_services())
    return reg


def language_of(tracker: Tracker) -> str:
    return tracker.get_slot("language") or "en"


def understood(tracker: Tracker) -> dict:
    """What the NLU read in the latest message beyond its entities, in the conversation's language:
    what it rules out, "only", and its cues (signpost.understanding.annotations)."""
    return reading_in(tracker.latest_message or {}, language_of(tracker))


def now() -> datetime:
    return datetime.now(LONDON)


def slots_of(tracker: Tracker) -> dict:
    return dict(tracker.slots)


def embed_of(tracker: Tracker) -> EmbedConfig:
    """The embedding page's configuration, sent by the widget with every message."""
    return EmbedConfig.from_metadata((tracker.latest_message or {}).get("metadata"))


def in_crisis_context(tracker: Tracker) -> bool:
    """Whether a crisis response has been given in this conversation (and not started over)."""
    return bool(tracker.get_slot(CRISIS_CONTEXT))


def asked(tracker: Tracker, action_name: str) -> int:
    """How many times an action has run in this conversation."""
    return sum(1 for e in tracker.events if e.get("event") == "action" and e.get("name") == action_name)


def previous_slots(tracker: Tracker) -> dict:
    """The slots as they were before the latest user message was read."""
    events = list(tracker.events)
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=len(events))
    values: dict = {}
    for event in events[:last_user]:
        if event.get("event") == "slot":
            values[event.get("name")] = event.get("value")
        elif event.get("event") in ("restart", "session_started"):
            values = {}
    return values


def crisis_lines_text(language: str, age: Optional[object] = None) -> str:
    """The lines that answer day and night, from the crisis response's own catalog entries."""
    wanted = ALWAYS_ANSWERING_LINES
    years = parse_age(age)
    if years is not None and years <= YOUNG_PEOPLE_UNTIL:
        wanted = YOUNG_PEOPLE_LINES[:1] + wanted
    keys = list(dict.fromkeys(line["message"] for line in CRISIS_LINES if line["id"] in wanted))
    return "\n".join([t("crisis_context.lines", language)] + [t(key, language) for key in keys])
