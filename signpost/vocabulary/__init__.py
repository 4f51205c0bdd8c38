"""The facet vocabulary: every code list, written once. The validator checks records against
them; search, the command line, the API (and through /api/vocabulary the staff page) and the
conversation (signpost.understanding checks every lexicon value against them) read them from here
(docs: docs/registry-format.md).

Standard library only: the Rasa server's NLU components import it on Python 3.10.
A misspelt code gets a suggestion (``did_you_mean``) rather than a bare "unknown".
"""
from __future__ import annotations

import difflib
from typing import Iterable, Optional

STATUSES = ("active", "inactive", "defunct", "temporarily closed")
GENDERS = ("any", "women", "men")
FEES = ("free", "low_cost", "paid")
REFERRALS = ("self", "walk_in", "gp", "professional")
PHONE_TYPES = ("voice", "text", "textphone")
LED_BY = ("bme_led", "user_led", "peer_led", "faith_based", "statutory", "voluntary")
HELPLINE_STATUSES = ("official", "unofficial", "mainstream", "none")

# What a search may ask for (the API's gender, fees and referral parameters, the conversation's
# slots). "any" gender asks for nothing; nobody asks for a paid service; low_cost admits free.
GENDER_FILTERS = tuple(gender for gender in GENDERS if gender != "any")
FEE_FILTERS = ("free", "low_cost")
FEES_ADMITTED = {"free": ("free",), "low_cost": ("free", "low_cost")}
# Walk-in counts as self-referral: asking for self-referral admits walk-in services too.
NO_REFERRAL_NEEDED = ("self", "walk_in")
REFERRALS_SATISFYING = {"self": NO_REFERRAL_NEEDED}

# The needs the assistant understands and has words for in every language (need.<code> in the
# catalogs). A registry file lists its own taxonomy; services are checked against that.
NEEDS = (
    "helpline", "peer_support", "community_group", "advocacy", "crisis_alternative",
    "talking_therapy", "befriending", "practical_advice", "faith_support", "staff_resources",
)
HELPLINE = "helpline"

FAITHS = ("muslim", "christian", "hindu", "sikh", "jewish", "buddhist", "bahai", "jain", "rastafari")

# Who a service is set up for. Heritage and national groups first, then other communities of
# experience. Add a code here (with a test) before a record can use it.
COMMUNITIES = (
    # African and Caribbean
    "african", "caribbean", "black_british", "somali", "sudanese", "eritrean", "ethiopian",
    "nigerian", "ghanaian", "congolese", "zimbabwean", "east_african_asian",
    # South Asian
    "south_asian", "indian", "pakistani", "bangladeshi", "kashmiri", "punjabi", "gujarati",
    "tamil", "sri_lankan", "nepali", "afghan",
    # East and South-East Asian
    "chinese", "hong_kong", "vietnamese", "filipino", "east_asian",
    # Middle Eastern, North African, Turkish and Kurdish
    "arab", "yemeni", "iranian", "iraqi", "syrian", "kurdish", "turkish", "turkish_cypriot",
    "middle_eastern", "north_african",
    # European
    "eastern_european", "polish", "romanian", "moldovan", "lithuanian", "czech", "slovak",
    "bulgarian", "ukrainian", "roma", "gypsy_traveller", "irish_traveller", "irish", "portuguese_speaking",
    # the Americas
    "latin_american", "brazilian",
    # communities of experience and faith
    "refugees_asylum_seekers", "migrants", "lgbtq", "lgbtq_poc", "young_people", "older_people",
    "carers", "students", "deaf", "disabled", "muslim", "sikh", "hindu", "christian", "jewish",
)


def did_you_mean(value: str, allowed: Iterable[str]) -> Optional[str]:
    """The closest allowed code to a misspelt one, or None when nothing is close."""
    allowed = list(allowed)
    folded = value.strip().casefold().replace(" ", "_").replace("-", "_")
    if folded in allowed and folded != value:
        return folded
    matches = difflib.get_close_matches(folded, allowed, n=1, cutoff=0.75)
    return matches[0] if matches else None


def unknown_code(what: str, value: str, allowed: Iterable[str], listed: bool = True) -> str:
    """"unknown community 'somalli': did you mean 'somali'?" (or the whole list when nothing is close)."""
    allowed = list(allowed)
    suggestion = did_you_mean(value, allowed)
    if suggestion:
        return f"unknown {what} {value!r}: did you mean {suggestion!r}?"
    if listed:
        return f"unknown {what} {value!r}: expected one of {', '.join(allowed)}"
    return f"unknown {what} {value!r}"

