"""The entities the assistant understands and the canonical values each may take.

The facet codes (needs, gender, faith, fees, referral routes) are the registry's own, from
signpost.registry.vocabulary, so what the conversation asks for is what records can hold; every
lexicon file is checked against them, so a typo in a lexicon fails on load rather than silently
matching nothing. Times and ordinals belong to the conversation alone.
"""
from __future__ import annotations

import re

from signpost.registry.vocabulary import FAITHS, FEE_FILTERS, GENDER_FILTERS, NEEDS, REFERRALS

# Entities whose values are a closed list.
CLOSED_VALUES = {
    "need": frozenset(NEEDS),
    "gender": frozenset(GENDER_FILTERS),
    "faith": frozenset(FAITHS),
    "time": frozenset({"now", "tonight", "today", "evening", "weekend", "tomorrow"}),
    "fees": frozenset(FEE_FILTERS),
    "referral": frozenset(REFERRALS),
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
