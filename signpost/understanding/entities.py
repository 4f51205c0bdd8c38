"""Finding entities in a message: lexicon phrases and gazetteer places, one reading per stretch of text.

Every lexicon phrase and every place the gazetteer finds is a candidate. Where candidates overlap,
the longest wins ("peer support group" over "group"; "feel free", an ignore phrase, over "free");
between equally long ones, a lexicon phrase beats a place ("Polish" is a language, whatever a
gazetteer might think) and otherwise the earlier one wins.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

from signpost.geography import Place, load_gazetteer
from signpost.understanding.language import looks_romanised_south_asian

from .dialogue import CLAUSE_BREAK, MAX_GAP_LETTERS, misspelt_places, negated_spans
from .lexicon import Lexicon, load_lexicon
from .text import Token, tokenize
from .vocabulary import ALONE_PARTS_OF_DAY, JOINABLE_DAYS, PARTS_OF_DAY, joined_time


ROMANISED_LEXICON = "ur"
# Times are said together when at most this many short words come between them ("Sunday in the
# afternoon", "جمعہ کی رات", "w sobotę albo w niedzielę").
MAX_TIME_GAP_WORDS = 2
MAX_TIME_GAP_LETTERS = 6
# A place said beside the authority it is in has at most one short word between them ("in", "w").
MAX_QUALIFIER_GAP_WORDS = 1
MAX_QUALIFIER_GAP_LETTERS = 6
# A gender said beside "only" has at most one short word between them.
MAX_ONLY_GAP_WORDS = 1
SENTENCE_BREAK = re.compile(r"[.;:!?؟۔。！？；：]")


@dataclass(frozen=True)
class Entity:
    """One canonical value found in a message: text[start:end] == self.text."""

    entity: str
    value: str
    start: int
    end: int
    text: str
    negated: bool = False  # "not Leeds", "instead of Leeds", "لیڈز نہیں": named to be ruled out


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    pairs: Tuple[Tuple[str, str], ...]
    is_place: bool
    place: Optional[Place] = None  # what the gazetteer found, for a place it found in the text

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "_Candidate") -> bool:
        return self.start < other.end and other.start < self.end


def _place_value(place) -> str:
    """A full postcode (with postcode points loaded) is kept as its district ("LS7 3AB" -> "LS7"):
    the conversation holds no more of an address than the search needs (docs/privacy.md)."""
    return place.name.split()[0] if place.kind == "postcode" else place.name


def _lexicon_language(text: str, language: str) -> str:
    if language == "en" and looks_romanised_south_asian(text):
        # Romanised Urdu is usually detected as no language, so it arrives with the English
        # slot; the Urdu lexicon (laid over English) has its romanised phrases.
        return ROMANISED_LEXICON
    return language


def says_only(text: str, language: str = "en") -> bool:
    """Whether text makes what it names a requirement rather than a preference: "only women",
    "صرف خواتین", "只要女性" (the lexicons' `only:` words)."""
    return load_lexicon(_lexicon_language(text, language)).says_only(tokenize(text))


def only_about(text: str, language: str, entity: str) -> bool:
    """Whether an `only:` word in text is about what it names of `entity`: a mention nearest to
    the word in its clause (ties count for each). "women only", "只要女性" make
    the gender a requirement; "she is a woman, speaks only Gujarati" makes the language one, and
    leaves women's services a preference. A gender said of the person who helps ("only a woman
    counsellor", "只要女咨询师") is who gives the help, not who the service is for: it stays a
    preference (a service for everyone may have women counsellors)."""
    lexicon = load_lexicon(_lexicon_language(text, language))
    tokens = tokenize(text)
    onlys = lexicon.find_only(tokens)
    if not onlys:
        return False
    mentions = [(e.start, e.end, e.entity) for e in extract_entities(text, language)]
    if entity == "gender":
        helpers = [(tokens[first].start, tokens[last].end) for first, last in lexicon.find_cues(tokens, "helper")]
        mentions = [m for m in mentions if m[2] != "gender" or not _said_of_helper(m, helpers, tokens, text)]
    for first, last in onlys:
        start, end = tokens[first].start, tokens[last].end
        inside = {m_entity for m_start, m_end, m_entity in mentions if m_start < end and start < m_end}
        if inside:  # the only-word is in the phrase: "women-only", "tylko dla kobiet"
            if entity in inside:
                return True
            continue
        by_gap: dict = {}
        for m_start, m_end, m_entity in mentions:
            gap_start, gap_end = (end, m_start) if m_start >= end else (m_end, start)
            if CLAUSE_BREAK.search(text, gap_start, gap_end):  # another clause's only-word
                continue
            words = sum(1 for token in tokens if token.start >= gap_start and token.end <= gap_end)
            by_gap.setdefault(words, set()).add(m_entity)
        if by_gap and entity in by_gap[min(by_gap)]:
            return True
    return False


def _said_of_helper(mention: tuple, helpers: List[Tuple[int, int]], tokens: Sequence[Token], text: str) -> bool:
    """Whether a mention is part of, or right beside, a word for the person who helps (the
    lexicons' `cues: helper:`): "woman counsellor", "psicóloga mulher", "女咨询师"."""
    start, end = mention[0], mention[1]
    for helper_start, helper_end in helpers:
        if start < helper_end and helper_start < end:
            return True
        gap_start, gap_end = (end, helper_start) if helper_start >= end else (helper_end, start)
        if not CLAUSE_BREAK.search(text, gap_start, gap_end) and not any(
                token.start >= gap_start and token.end <= gap_end for token in tokens):
            return True
    return False


def extract_entities(
    text: str, language: str = "en", gazetteer: Optional[object] = None, keep_negated: bool = False,
) -> List[Entity]:
    """The entities in text, in text order; one Entity per value when a phrase means several.

    gazetteer is anything with find_in_text(text, language=None) -> [PlaceMention]; None means the
    project's gazetteer (signpost.geography.load_gazetteer()). What the message rules out ("Bradford,
    not Leeds") is left out, unless keep_negated, which returns it marked `negated`; so is a time
    that describes the person's day rather than when they want help. A misspelt place after a
    place word ("in Manchster") is found as the place it most likely means, and a misspelt language
    name ("Gujrati") as the language.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    language = _lexicon_language(text, language)
    lexicon = load_lexicon(language)
    tokens = tokenize(text)
    candidates = [
        _Candidate(match.start, match.end, match.pairs, False) for match in lexicon.find(tokens)
    ]
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
    candidates.extend(
        _Candidate(mention.start, mention.end, (("place", _place_value(mention.place)),), True, mention.place)
        for mention in gazetteer.find_in_text(text, language=language)
    )
    if not any(c.is_place for c in candidates):
        candidates.extend(
            _Candidate(start, end, (("place", name),), True)
            for start, end, name in misspelt_places(text, tokens, lexicon, candidates)
        )
    candidates.extend(
        _Candidate(match.start, match.end, match.pairs, False)
        for match in lexicon.find_misspelt(tokens, [(c.start, c.end) for c in candidates])
    )
    alone = lexicon.find_alone(tokens) if not candidates else None
    if alone is not None:  # "second", "drugi", "دوسرا" as the whole message: the answer to "which one?"
        candidates.append(_Candidate(alone.start, alone.end, alone.pairs, False))

    # the kept candidates never overlap, so kept in start order only the one starting last before
    # a candidate's end can overlap it: one binary search each, not a scan (a long message has
    # thousands of candidates)
    chosen: List[_Candidate] = []
    starts: List[int] = []
    for candidate in sorted(candidates, key=lambda c: (-c.length, c.is_place, c.start)):
        before = bisect_left(starts, candidate.end) - 1
        if before >= 0 and candidate.overlaps(chosen[before]):
            continue
        chosen.insert(before + 1, candidate)
        starts.insert(before + 1, candidate.start)

    chosen = _days_with_their_parts(chosen, text, tokens)
    chosen = _without_namesakes_beside_their_authority(chosen, text, tokens)
    negated = negated_spans(text, tokens, lexicon, [(c.start, c.end) for c in chosen])
    negated |= _ruled_out_places_said_again(chosen, negated)
    negated |= _genders_beside_the_only_one(chosen, text, tokens, lexicon)
    asked_for = _times_asked_for(chosen, tokens, lexicon)
    chosen = [c for c in chosen if c.start in asked_for or not _describes_the_day(c, chosen, text)]
    return [
        Entity(entity, value, candidate.start, candidate.end, text[candidate.start : candidate.end],
               (candidate.start, candidate.end) in negated)
        for candidate in sorted(chosen, key=lambda c: c.start)
        if keep_negated or (candidate.start, candidate.end) not in negated
        for entity, value in candidate.pairs
    ]


def _without_namesakes_beside_their_authority(
    chosen: List[_Candidate], text: str, tokens: Sequence[Token],
) -> List[_Candidate]:
    """A town said right beside a local authority it is not in ("Derby Normanton", "Normanton,
    Derby", "Normanton in Derby") is that authority's own neighbourhood of the same name, not the
    town elsewhere (Normanton in Wakefield): the authority alone is kept, so the search looks
    there. A town beside the authority it is in ("Harehills, Leeds") stays."""
    places = [c for c in chosen if c.place is not None]
    namesakes = set()
    for left, right in zip(places, places[1:]):
        if not _short_gap(text, tokens, left.end, right.start, MAX_QUALIFIER_GAP_WORDS, MAX_QUALIFIER_GAP_LETTERS,
                          SENTENCE_BREAK):
            continue
        for town, authority in ((left, right), (right, left)):
            if (town.place.kind == "town" and authority.place.kind == "local_authority"
                    and authority.place.name not in town.place.local_authorities):
                namesakes.add((town.start, town.end))
    return [c for c in chosen if (c.start, c.end) not in namesakes]


def _genders_beside_the_only_one(
    chosen: Sequence[_Candidate], text: str, tokens: Sequence[Token], lexicon,
) -> set:
    """The spans of the other gender when a message names both and makes one a requirement
    ("only a woman, she won't talk to a man", "صرف خاتون، مرد سے بات نہیں کرے گی"): the man is
    who she will not see, not a second wish."""
    genders = [c for c in chosen if any(entity == "gender" for entity, _ in c.pairs)]
    if len({pairs for pairs in (c.pairs for c in genders)}) < 2:
        return set()
    only_spans = [(tokens[first].start, tokens[last].end) for first, last in lexicon.find_only(list(tokens))]

    def beside_only(candidate: _Candidate) -> bool:
        for start, end in only_spans:
            if start < candidate.end and candidate.start < end:
                return True
            gap_start, gap_end = (end, candidate.start) if candidate.start >= end else (candidate.end, start)
            if _short_gap(text, tokens, gap_start, gap_end, MAX_ONLY_GAP_WORDS, MAX_GAP_LETTERS, CLAUSE_BREAK):
                return True
        return False

    required = {c.pairs for c in genders if beside_only(c)}
    if len(required) != 1:
        return set()
    return {(c.start, c.end) for c in genders if c.pairs not in required}


def _ruled_out_places_said_again(chosen: Sequence[_Candidate], negated: set) -> set:
    """The spans of a place the message rules out and names again, when it names another place
    too: "he lives in Gillingham, not Doncaster. I'm in Doncaster" searches Gillingham; the place
    said again is where the person writing is, not where the search is."""
    places = [c for c in chosen if c.is_place]
    ruled_out = {c.pairs for c in places if (c.start, c.end) in negated}
    said_again = {(c.start, c.end) for c in places if (c.start, c.end) not in negated and c.pairs in ruled_out}
    others = [c for c in places if (c.start, c.end) not in negated and c.pairs not in ruled_out]
    return said_again if others else set()


def _time_values(candidate: _Candidate) -> Tuple[str, ...]:
    return tuple(value for _, value in candidate.pairs) if all(e == "time" for e, _ in candidate.pairs) else ()


def _joined(values: Sequence[str]) -> Optional[str]:
    if sorted(values) == ["saturday", "sunday"]:
        return "weekend"
    days = [v for v in values if v in JOINABLE_DAYS]
    parts = [v for v in values if v in PARTS_OF_DAY]
    return joined_time(days[0], parts[0]) if len(values) == 2 and len(days) == 1 and len(parts) == 1 else None


def _short_gap(text: str, tokens: Sequence[Token], start: int, end: int, max_words: int, max_letters: int,
               breaks: re.Pattern) -> bool:
    """Whether text[start:end] holds at most max_words words, none longer than max_letters, and no break."""
    between = [token for token in tokens if start <= token.start and token.end <= end]
    return (len(between) <= max_words and all(len(token.norm) <= max_letters for token in between)
            and not breaks.search(text, start, end))


def _said_together(text: str, tokens: Sequence[Token], left: _Candidate, right: _Candidate) -> bool:
    return _short_gap(text, tokens, left.end, right.start, MAX_TIME_GAP_WORDS, MAX_TIME_GAP_LETTERS, CLAUSE_BREAK)


def _days_with_their_parts(chosen: List[_Candidate], text: str, tokens: Sequence[Token]) -> List[_Candidate]:
    """A day and a part of a day said together become one time ("Friday night" -> "friday night",
    "after work tomorrow" -> "tomorrow evening"), as do Saturday and Sunday (the weekend); a part
    of a day said without a day is no time, but "evening" (signpost.understanding.vocabulary)."""
    result: List[_Candidate] = []
    for candidate in sorted(chosen, key=lambda c: c.start):
        values = _time_values(candidate)
        previous = result[-1] if result else None
        alone = _joined(values)  # a phrase that says both: "پیر کی صبح"
        together = _joined(_time_values(previous) + values) if values and previous is not None else None
        if alone:
            candidate = _Candidate(candidate.start, candidate.end, (("time", alone),), False)
        elif together and _said_together(text, tokens, previous, candidate):
            result[-1] = _Candidate(previous.start, candidate.end, (("time", together),), False)
            continue
        result.append(candidate)
    return [c for c in result
            if not (_time_values(c) and set(_time_values(c)) <= set(PARTS_OF_DAY) - ALONE_PARTS_OF_DAY)]


def _clause(text: str, position: int) -> Tuple[int, int]:
    """The clause of text around position: between sentence or clause punctuation."""
    starts = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, position)]
    following = CLAUSE_BREAK.search(text, position)
    return (starts[-1] if starts else 0), (following.start() if following else len(text))


def _times_asked_for(chosen: List[_Candidate], tokens: Sequence[Token], lexicon: Lexicon) -> set:
    """The starts of the times said straight after a word that makes them the time wanted ("it's
    for Saturday night, I'm in Dover"): those never describe the person's day, wherever they stand."""
    cue_ends = {tokens[last].end for _, last in lexicon.find_cues(list(tokens), "time_asked")}
    starts = set()
    for candidate in chosen:
        before = [token.end for token in tokens if token.end <= candidate.start]
        if before and max(before) in cue_ends:
            starts.add(candidate.start)
    return starts


def _describes_the_day(candidate: _Candidate, chosen: List[_Candidate], text: str) -> bool:
    """A time is about when the person wants help in the clause that asks for something ("anything
    open tonight in Leeds?") or after it ("a group in Harrow, in the evening if possible"); in a
    clause of its own before the request it describes their day ("work was awful today. any
    groups in Leicester?", "今天加班累死了，有没有…热线") and is left out."""
    if not all(entity == "time" for entity, _ in candidate.pairs):
        return False
    start, end = _clause(text, candidate.start)
    asks = [other for other in chosen if any(entity != "time" for entity, _ in other.pairs)]
    in_clause = any(start <= other.start < end for other in asks)
    later = any(other.start >= end for other in asks)
    return later and not in_clause


@lru_cache(maxsize=1024)
def readings(text: str, languages: Tuple[str, ...]) -> Tuple[Tuple[str, Tuple[Entity, ...]], ...]:
    """text read with each of these languages' lexicons and the project's gazetteer, in order.

    Cached, because the Rasa server reads a message in every language twice: for the intent
    classifier's cues (signpost.understanding.intent_features) and, when its language is unknown, to choose
    the lexicon its entities are read with (best_reading).
    """
    return tuple((language, tuple(extract_entities(text, language=language))) for language in languages)


def best_reading(text: str, languages: Sequence[str], preferred: str = "en") -> Tuple[str, List[Entity]]:
    """The entities of a message whose language is not known, read with whichever lexicon
    accounts for most of its text, and that language; `preferred` wins a tie.

    For short answers that language detection will not judge: "grupa wsparcia w Leeds" is read
    with the Polish lexicon (English would find only the place), "Leeds" with `preferred`.
    """
    def covered(entities: Tuple[Entity, ...]) -> int:
        return sum(end - start for start, end in {(e.start, e.end) for e in entities})

    language, entities = max(readings(text, tuple(dict.fromkeys([*languages, preferred]))),
                             key=lambda reading: (covered(reading[1]), reading[0] == preferred))
    return language, list(entities)
