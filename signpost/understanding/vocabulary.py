"""The entities the assistant understands and the canonical values each may take.

These are the codes the registry search and the conversation slots use; every lexicon file is
checked against them, so a typo in a lexicon fails on load rather than silently matching nothing.
"""
from __future__ import annotations

import re

NEED_CODES = frozenset(
    {
        "helpline",
        "peer_support",
        "community_group",
        "advocacy",
        "crisis_alternative",
        "talking_therapy",
        "befriending",
        "practical_advice",
        "faith_support",
        "staff_resources",
    }
)

# Entities whose values are a closed list.
CLOSED_VALUES = {
    "need": NEED_CODES,
    "gender": frozenset({"women", "men"}),
    "faith": frozenset({"muslim", "christian", "hindu", "sikh", "jewish", "buddhist"}),
    "time": frozenset({"now", "tonight", "today", "evening", "weekend", "tomorrow"}),
    "fees": frozenset({"free", "low_cost"}),
    "referral": frozenset({"walk_in", "self", "gp", "professional"}),
    "ordinal": frozenset({str(n) for n in range(1, 11)} | {"last"}),
}

# Entities whose values are open codes of a given shape: ISO 639-1 language codes, and the free
# community codes services declare (plus "culturally_specific" for "someone who understands my
# culture").
VALUE_PATTERNS = {
    "service_language": re.compile(r"[a-z]{2}"),
    "community": re.compile(r"[a-z]+(_[a-z]+)*"),
}

# Entities whose value is the number a phrase's "{n}" matched, accepted only inside this range.
NUMBER_RANGES = {
    "ordinal": (1, 10),
    "age": (5, 110),
}

LEXICON_ENTITIES = tuple(CLOSED_VALUES) + tuple(VALUE_PATTERNS) + ("age",)
# "place" comes from the gazetteer, not from a lexicon.
ENTITIES = LEXICON_ENTITIES + ("place",)
