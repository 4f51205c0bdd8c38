"""What the intent classifier reads: the folded message plus language-free cue words.

A bag of n-grams learns little from 30-odd examples an intent in a language. The cues carry what
the project already knows in every language to each of them: which kinds of entity any
language's lexicon or the gazetteer finds ("હિન્દુ" is a faith, so a bare answer; "Leeds" a
place), whether it asks for a service's details ("address?", "地址", "پتہ": the lexicons'
`cues: details:`) and how long the message is (short ones are answers, yes/no, thanks). Cue
words start with "zz", which no folded message contains as a word of its own.

The safety lexicons' verdicts are deliberately not cues: every crisis training example is one
the risk lexicon catches, so the model would learn "crisis means the lexicon fired" and stop
being a second, independent layer for the wording the lexicon misses.
"""
from __future__ import annotations

from signpost.safety.normalise import fold
from signpost.understanding import readings
from signpost.understanding.language import SUPPORTED
from signpost.understanding.lexicon import load_lexicon
from signpost.understanding.text import tokenize
from signpost.understanding.vocabulary import SEARCH_FACETS

LONGEST_LENGTH_CUE = 6


def cues(text: str) -> list[str]:
    entity_kinds = sorted({e.entity for _, entities in readings(text, SUPPORTED) for e in entities})
    found = [f"zzentity{kind.replace('_', '')}" for kind in entity_kinds]
    # "their phone number?" asks about a shown service; "a phone number where I can talk to
    # someone" names a need, and asks for a service
    tokens = tokenize(text)
    if not set(entity_kinds) & SEARCH_FACETS and any(
            load_lexicon(language).find_cues(tokens, "details") for language in SUPPORTED):
        found.append("zzdetails")
    words = len(fold(text).split())
    found.append(f"zzlength{min(words, LONGEST_LENGTH_CUE)}")
    return found


def classifier_text(text: str) -> str:
    return " ".join([fold(text), *cues(text)])
