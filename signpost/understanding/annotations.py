"""What the NLU reads in a message beyond its entities, once, for the actions to use as it is.

SignpostEntityExtractor (signpost_rasa/nlu.py) puts these in the parse result, so the action
server never reads a message's text again:

- ``readings``: per language, what the message rules out ("Bradford, not Leeds": the negated
  entities, which fill no slot), whether it makes what it names a requirement ("only women"), and
  its dialogue cues (signpost.understanding.dialogue: a correction, declining or not knowing,
  asking to switch the chat's language, words about where someone is, asking what a service
  costs or when it is open, asking which is nearest). Read with the message's
  language when the NLU knows it (detected, or the widget's); otherwise with every language's
  lexicon, because only the conversation (the actions' language slot) knows which one the person
  is writing in: a short "nie wiem" is Polish in a Polish conversation. Only readings that find
  something are kept; a language without one found nothing.
- ``place_answer``: the place the whole message names when it is only a place, misspelt or not
  ("Hackney", "Shefiild"), for an answer to "where?": the gazetteer accepts some names only on
  their own, so this is not a place entity.
- a place entity's ``confirm``: true when it came from a misspelling not certain enough to search
  without asking "Did you mean ...?".

The values are plain JSON: the parse result travels to the action server as it is.
"""
from __future__ import annotations

from dataclasses import asdict
from typing import Any, Dict, Iterable, List, Mapping, Optional

from signpost.geography import load_gazetteer

from .dialogue import cues, misspelling_is_certain
from .entities import _lexicon_language, extract_entities, says_only
from .lexicon import load_lexicon
from .text import tokenize

# What a language's reading holds when it found nothing (the actions' default).
NOTHING: Dict[str, Any] = {"ruled_out": [], "only": False, "correction": False, "no_answer": False,
                           "switch_language": False, "about_place": False, "asks_details": False,
                           "asks_cost": False, "asks_hours": False, "asks_nearest": False}
# A bare answer to "where?" is read without these around it.
ANSWER_PUNCTUATION = " .!?"


def _rules_out_something(text: str, language: str) -> bool:
    """Whether the lexicon extract_entities reads text with has a negation cue in it (without
    one, nothing is ruled out, and the entities need not be read again)."""
    lexicon = load_lexicon(_lexicon_language(text, language))
    tokens = tokenize(text)
    return bool(lexicon.find_cues(tokens, "negation_before") or lexicon.find_cues(tokens, "negation_after"))


def reading(text: str, language: str) -> Dict[str, Any]:
    """What text says beyond its entities, read with one language's lexicon (keys as NOTHING)."""
    ruled_out = []
    if _rules_out_something(text, language):
        ruled_out = [{"entity": e.entity, "value": e.value}
                     for e in extract_entities(text, language, keep_negated=True) if e.negated]
    return {"ruled_out": ruled_out, "only": says_only(text, language), **asdict(cues(text, language))}


def readings(text: str, languages: Iterable[str]) -> Dict[str, Dict[str, Any]]:
    """reading() per language, keeping those that found something."""
    found = {}
    for language in languages:
        read = reading(text, language)
        if read != NOTHING:
            found[language] = read
    return found


def answered_place(text: str) -> Optional[str]:
    """The name of the place text names when it is only a place: exactly, misspelt, or in another
    script by its sound."""
    answer = text.strip(ANSWER_PUNCTUATION)
    if not answer:
        return None
    gazetteer = load_gazetteer()
    place = gazetteer.resolve(answer) or gazetteer.resolve_misspelt(answer) or gazetteer.resolve_by_sound(answer)
    return place.name if place is not None else None


def annotate(text: str, languages: Iterable[str], entities: List[Dict[str, Any]]) -> Dict[str, Any]:
    """The parse-result keys for text (``readings``, and ``place_answer`` when it names no place
    entity), marking place entities that need confirming (``confirm``) in ``entities`` itself.

    ``languages``: the message's language when known, else every language the assistant speaks."""
    languages = tuple(languages)
    out: Dict[str, Any] = {"readings": readings(text, languages)}
    places = [e for e in entities if e.get("entity") == "place"]
    for entity in places:
        if entity.get("start") is None:
            continue
        written = text[entity["start"]:entity["end"]]
        if written and not misspelling_is_certain(written, entity.get("value"), languages):
            entity["confirm"] = True
    if not places:
        place = answered_place(text)
        if place is not None:
            out["place_answer"] = place
    return out


def reading_in(parse_data: Mapping[str, Any], language: str) -> Dict[str, Any]:
    """A parse result's reading in the conversation's language (NOTHING when it found nothing,
    or the message never went through the NLU: a button's payload)."""
    return {**NOTHING, **((parse_data.get("readings") or {}).get(language) or {})}
