"""How a message relates to the conversation: what it rules out, corrects, declines, or asks of the chat.

The words come from the `cues:` section of data/lexicon/<language>.yml (format in en.yml's header):

- negation_before / negation_after: words just before ("not", "instead of", "zamiast") or just
  after ("نہیں", "ma aha") a value that rule it out: "Bradford, not Leeds" searches Bradford;
- correction: words that mark a message as changing what was said ("actually", "I meant");
- no_answer: declining or not knowing ("I'd rather not say", "don't know");
- switch_language: asking for the chat itself to change language ("can we continue in", "switch
  to"), as against asking for a service that speaks a language;
- place_before / place_after: the words around a place ("in", "near"; "میں", "ch"), after which a
  misspelt name is looked up ("in Manchster");
- place_words: words about where someone is ("area", "where I live"): declining with one of them
  ("I'd rather not say where I live") declines to give a place;
- asks_cost / asks_hours: asking what a service costs ("how much is it", "is it free?") or when
  it is open ("what time does it close"), about a service already shown rather than as a filter
  (the actions answer from its record: actions/questions.py).

`service_named` reads which of the services just shown a message means by its name.

A cue only rules out what stands right next to it: one short word may come between ("not in
Leeds"), punctuation may not ("no, Leeds" names Leeds).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence, Set, Tuple

from signpost.geography import load_gazetteer

from .lexicon import Lexicon, load_lexicon
from .text import Token, tokenize

# Punctuation that closes a cue's reach: "no, Leeds" is not "not Leeds".
CLAUSE_BREAK = re.compile(r"[,.;:!?،۔؛？！，。；：]")
MAX_GAP_LETTERS = 3
# A misspelling this close to a name this long is taken without asking ("Manchster").
CERTAIN_MISSPELLING_DISTANCE = 1
CERTAIN_MISSPELLING_LETTERS = 7
# A lower-case word shorter than this after a place word is not looked up outside English, nor
# taken for a town in English.
LOWER_CASE_LETTERS = 8
# A word of a service's name shorter than this does not tell services apart ("the", "of", "and").
NAME_WORD_LETTERS = 4


def _token_range(tokens: Sequence[Token], start: int, end: int) -> Optional[Tuple[int, int]]:
    inside = [i for i, token in enumerate(tokens) if token.start >= start and token.end <= end]
    return (inside[0], inside[-1]) if inside else None


def _next_to(text: str, tokens: Sequence[Token], left: int, right: int) -> bool:
    """Whether token `left` is followed by token `right` with at most one short word between
    them and no punctuation."""
    if right - left == 2:
        if len(tokens[left + 1].norm) > MAX_GAP_LETTERS:
            return False
    elif right - left != 1:
        return False
    return not CLAUSE_BREAK.search(text[tokens[left].end : tokens[right].start])


def negated_spans(text: str, tokens: Sequence[Token], lexicon: Lexicon,
                  spans: Iterable[Tuple[int, int]]) -> Set[Tuple[int, int]]:
    """The (start, end) character spans among `spans` that a negation cue rules out."""
    before = lexicon.find_cues(list(tokens), "negation_before")
    after = lexicon.find_cues(list(tokens), "negation_after")
    if not before and not after:
        return set()
    negated = set()
    for span in spans:
        found = _token_range(tokens, *span)
        if found is None:
            continue
        first, last = found
        if any(_next_to(text, tokens, cue_last, first) for _, cue_last in before) or any(
            _next_to(text, tokens, last, cue_first) for cue_first, _ in after
        ):
            negated.add(span)
    return negated


def misspelt_places(text: str, tokens: Sequence[Token], lexicon: Lexicon,
                    found: Sequence) -> List[Tuple[int, int, str]]:
    """(start, end, place name) for a Latin word right after a place word ("in Birmigham") or
    right before one ("Manchstr mein") that is no known word but a likely misspelt place, or for
    a whole message that is a name of several words with its vowels misspelt ("Sottan Cauldfild"):
    said on its own, a name says where, as "in" would."""
    taken = [(c.start, c.end) for c in found]

    def free(token: Token) -> bool:
        return not any(start < token.end and token.start < end for start, end in taken)

    candidates = []
    for _, last in lexicon.find_cues(list(tokens), "place_before"):
        candidates.append(last + 1)
    for first, _ in lexicon.find_cues(list(tokens), "place_after"):
        candidates.append(first - 1)
    results = []
    gazetteer = load_gazetteer()
    if len(tokens) >= 2:
        start, end = tokens[0].start, tokens[-1].end
        # only vowels off, all consonants kept: "no thanks" is two letters from "North Hants"
        match = gazetteer.misspelt_vowels(text[start:end])
        if match is not None and match[1] > 0:
            return [(start, end, match[0].name)]
    for index in sorted(set(candidates)):
        if not 0 <= index < len(tokens):
            continue
        token = tokens[index]
        if not (token.norm.isascii() and token.norm.isalpha() and len(token.norm) >= 5 and free(token)):
            continue
        short_lower_case = not text[token.start].isupper() and len(token.norm) < LOWER_CASE_LETTERS
        # outside English a short lower-case word is more likely a word of the language ("de carne")
        if lexicon.language != "en" and short_lower_case:
            continue
        match = gazetteer.closest_misspelt(text[token.start : token.end])
        # an exact name the gazetteer does not report in text is a word first ("in March"), and a
        # short lower-case word close to a village's name is more often a word ("in other")
        if match is None or match[1] == 0 or (short_lower_case and match[0].kind == "town"):
            continue
        results.append((token.start, token.end, match[0].name))
    return results


def misspelling_is_certain(written: str, place_name: str, languages: Sequence[str] = ()) -> bool:
    """Whether `written` ("manchster") is close enough to `place_name` to search it without
    asking "Did you mean ...?": an exact name, the name with a case ending or postposition
    written onto it in one of `languages` or in its script ("லண்டனில்", "ব্র্যাডফোর্ডে",
    "Londynie"), or one letter off a long name."""
    gazetteer = load_gazetteer()
    place = gazetteer.resolve(written)
    if place is not None:
        return True
    for language in (*languages, None):
        mentions = gazetteer.find_in_text(written, language)
        if len(mentions) == 1 and mentions[0].place.name == place_name and mentions[0].text == written.strip():
            return True
    match = gazetteer.closest_misspelt(written)
    if match is None or match[0].name != place_name:
        return False
    return match[1] <= CERTAIN_MISSPELLING_DISTANCE and len(written.strip()) >= CERTAIN_MISSPELLING_LETTERS


@dataclass(frozen=True)
class Cues:
    """What a message does to the conversation, beyond the entities it names."""

    correction: bool
    no_answer: bool
    switch_language: bool
    about_place: bool
    asks_cost: bool
    asks_hours: bool
    asks_details: bool  # "address?", "their phone number", "地址": a shown service's details
    asks_nearest: bool  # "which is nearest?", "কোনটা সবচেয়ে কাছে?": the same search, nearest first


def cues(text: str, language: str = "en") -> Cues:
    lexicon = load_lexicon(language)
    tokens = tokenize(text)
    return Cues(
        correction=bool(lexicon.find_cues(tokens, "correction")),
        no_answer=bool(lexicon.find_cues(tokens, "no_answer")),
        switch_language=bool(lexicon.find_cues(tokens, "switch_language")),
        about_place=bool(lexicon.find_cues(tokens, "place_words")),
        asks_cost=bool(lexicon.find_cues(tokens, "asks_cost")),
        asks_hours=bool(lexicon.find_cues(tokens, "asks_hours")),
        asks_details=bool(lexicon.find_cues(tokens, "details")),
        asks_nearest=bool(lexicon.find_cues(tokens, "asks_nearest")),
    )


def service_named(text: str, services: Sequence[Tuple[str, str]]) -> Optional[str]:
    """The id of the one shown service (id, name) a message names: by its whole name, or by a word
    of its name that no other shown service's name has ("tell me about the temple one" after
    "Thornton Heath Temple Listening Service" and two others). None when it names none, or several."""
    said = [token.norm for token in tokenize(text)]
    said_words = set(said)
    spoken = f" {' '.join(said)} "
    words = {service_id: [token.norm for token in tokenize(name)] for service_id, name in services}
    whole = [service_id for service_id, name_words in words.items()
             if name_words and f" {' '.join(name_words)} " in spoken]
    if len(whole) == 1:
        return whole[0]
    counts = Counter(word for name_words in words.values() for word in set(name_words))
    named = [service_id for service_id, name_words in words.items()
             if any(counts[w] == 1 and len(w) >= NAME_WORD_LETTERS and w in said_words for w in name_words)]
    return named[0] if len(named) == 1 else None
