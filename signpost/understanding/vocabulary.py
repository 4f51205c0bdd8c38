"""The entities the assistant understands and the canonical values each may take.

The facet codes (needs, gender, faith, fees, referral routes) are the registry's own, from
signpost.vocabulary, so what the conversation asks for is what records can hold; every
lexicon file is checked against them, so a typo in a lexicon fails on load rather than silently
matching nothing. Times and ordinals belong to the conversation alone.
"""
from __future__ import annotations

import re

from signpost.vocabulary import COMMUNITIES, FAITHS, FEE_FILTERS, GENDER_FILTERS, NEEDS, REFERRALS

# "Paying is fine": no filter on cost, and an earlier one dropped (a conversation value only: the
# search reads it as no fee filter, signpost.conversation.search_request).
ANY_FEE = "any"

# Entities whose values are a closed list.
CLOSED_VALUES = {
    "need": frozenset(NEEDS),
    "gender": frozenset(GENDER_FILTERS),
    "faith": frozenset(FAITHS),
    "time": frozenset({"now", "tonight", "today", "evening", "weekend", "tomorrow"}),
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
