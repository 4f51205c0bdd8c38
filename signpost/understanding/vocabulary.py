"""The entities the assistant understands and the canonical values each may take.

The facet codes (needs, gender, faith, fees, referral routes) are the registry's own, from
signpost.vocabulary, so what the conversation asks for is what records can hold; every
lexicon file is checked against them, so a typo in a lexicon fails on load rather than silently
matching nothing. Times and ordinals belong to the conversation alone.
"""
from __future__ import annotations

import re

from signpost.vocabulary import COMMUNITIES, FAITHS, FEE_FILTERS, GENDER_FILTERS, NEEDS, REFERRALS

# The entities that ask for a kind of service: a message naming one is a request for services.
SEARCH_FACETS = frozenset({"need", "service_language", "community", "gender", "faith"})

# "Paying is fine": no filter on cost, and an earlier one dropped (a conversation value only: the
# search reads it as no fee filter, signpost.conversation.search_request).
ANY_FEE = "any"
# A day of the week and a part of a day said together ("Friday night", "tomorrow after work",
# "جمعہ کی رات") are one time: signpost.understanding.entities joins them into "<day> <part>"
# (joined_time), which signpost.conversation.search_request turns into the hours it means.
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
# A part of a day said alone is no time but "evening" (a lone "morning" is as often "good morning").
ALONE_PARTS_OF_DAY = frozenset({"evening"})
# Spans of days, each a time of its own ("at the weekend", "on weekdays") and joinable to a part
# of a day ("weekend mornings", "weekday evenings"): the days of the week each holds.
SPANS_OF_DAYS = {"weekend": ("saturday", "sunday"), "weekdays": DAYS[:5]}
# Days a part of a day may be joined to.
JOINABLE_DAYS = frozenset(DAYS) | {"today", "tomorrow"} | frozenset(SPANS_OF_DAYS)

# Entities whose values are a closed list.
CLOSED_VALUES = {
    "need": frozenset(NEEDS),
    "gender": frozenset(GENDER_FILTERS),
    "faith": frozenset(FAITHS),
    "time": frozenset({"now", "tonight", "today", "evening", "tomorrow", *SPANS_OF_DAYS, *DAYS, *PARTS_OF_DAY}),
    "fees": frozenset(FEE_FILTERS) | {ANY_FEE},
    "referral": frozenset(REFERRALS),
    "ordinal": frozenset({str(n) for n in range(1, 11)} | {"last"}),
}

# Entities whose values are open codes of a given shape: ISO 639-1 language codes.
VALUE_PATTERNS = {
    "service_language": re.compile(r"[a-z]{2}"),
}

# Entities whose values come from a long code list that no lexicon need cover whole: the
# registry's community codes, plus "culturally_specific" ("someone who understands my culture").
LISTED_VALUES = {
    "community": frozenset(COMMUNITIES) | {"culturally_specific"},
}

# Entities whose value is the number a phrase's "{n}" matched, accepted only inside this range.
NUMBER_RANGES = {
    "ordinal": (1, 10),
    "age": (5, 110),
}

LEXICON_ENTITIES = tuple(CLOSED_VALUES) + tuple(VALUE_PATTERNS) + tuple(LISTED_VALUES) + ("age",)
# "place" comes from the gazetteer, not from a lexicon.
ENTITIES = LEXICON_ENTITIES + ("place",)


def joined_time(day: str, part: str) -> str:
    """The one time value of a day and a part of it said together: "friday night", "tomorrow
    morning"; today's evening or night is "tonight", and its morning or afternoon just "today"."""
    if day not in JOINABLE_DAYS or part not in PARTS_OF_DAY:
        raise ValueError(f"cannot join time values {day!r} and {part!r}")
    if day == "today":
        return "tonight" if part in ("evening", "night") else "today"
    return f"{day} {part}"


def day_and_part(value: str):
    """(day, part of day) of a time value, either None: "friday night" -> ("friday", "night"),
    "friday" -> ("friday", None), "morning" -> (None, "morning"), "weekend morning" -> ("weekend",
    "morning"), "weekend" -> (None, None)."""
    words = value.split()
    if len(words) == 2 and words[0] in JOINABLE_DAYS and words[1] in PARTS_OF_DAY:
        return words[0], words[1]
    if value in DAYS:
        return value, None
    if value in PARTS_OF_DAY:
        return None, value
    return None, None
