"""Loading data/lexicon/<language>.yml: everyday phrases and the canonical values they mean.

The file format is described in the header of data/lexicon/en.yml. A Lexicon holds every phrase
as a token sequence in a trie, so finding all phrases in a message is one walk per token.
English is consulted for every language (people mix English words into other languages): the
lexicon of a language is its own file laid over English, and a language without a file of its
own gets English alone.
"""
from __future__ import annotations

import re
from itertools import combinations
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Iterator, List, Optional, Tuple

import yaml

from signpost.geography.gazetteer import edit_distance
from signpost.geography.inflections import stems as inflection_stems
from signpost.vocabulary import unknown_code

from .text import NUMBER_PLACEHOLDER, Token, arabic_clitic_stems, normalize_phrase, urdu_plural_stems
from .vocabulary import CLOSED_VALUES, LEXICON_ENTITIES, LISTED_VALUES, NUMBER_RANGES, VALUE_PATTERNS

LEXICON_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicon"
BASE_LANGUAGE = "en"
SPECIAL_SECTIONS = ("ignore", "numbers", "context", "only", "cues", "alone")
# Words that say how a message relates to the conversation rather than what it asks for
# (signpost.understanding.dialogue): what they mean is described in the header of en.yml.
CUE_KINDS = (
    "negation_before", "negation_after", "correction", "no_answer", "switch_language",
    "place_before", "place_after", "place_words", "details", "asks_cost", "asks_hours", "asks_nearest",
    "helper", "time_asked",
)
# A number alone that picks a result card: one digit (an age or a count is read from its words).
CARD_NUMBERS = frozenset("123456789")
# What a question about the services shown asks: each phrase says one of these, so lists them once
# ("opening hours" asks the hours, not all the details).
QUESTION_CUES = ("details", "asks_cost", "asks_hours")
CONTEXT_SIDES = ("before", "after")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
# A misspelt language name ("Gujrati", "Portugese") is read as the language when it is a Latin
# word of six letters or more, one letter wrong, missing, extra or swapped (two from nine letters)
# from one of English's names for a language (en.yml: people write them in every language; the
# other lexicons' names are often inflected forms, close to everyday words), with its first and
# last letters right: a country's name is mostly its language's name cut short or changed at the
# end ("Romania", "Punjab", "Arabia"), and people rarely misspell the ends.
MISSPELT_ENTITY = "service_language"
MISSPELT_LETTERS = 6
MISSPELT_TWO_LETTERS = 9


def _in_arabic_script(tokens: tuple) -> bool:
    return any("\u0600" <= char <= "\u06ff" for token in tokens for char in token)


def _romanised(tokens: tuple) -> bool:
    return all(token.isascii() for token in tokens)


# Phrases one language's lexicon takes from another's: Punjabi written in Shahmukhi is detected as
# Urdu (the same script, and lingua has no Punjabi), so the Urdu lexicon also reads the Shahmukhi
# phrases of pa.yml ("کسے نال گل", "عورتاں"). Romanised Punjabi is read with the Urdu lexicon too
# (signpost.understanding.entities), so it also takes pa.yml's romanised phrases ("kise naal gal",
# "aurtan"). Its own phrases win where both have one.
BORROWED_PHRASES = {"ur": (("pa", _in_arabic_script), ("pa", _romanised))}
# Languages that write case endings onto words, undone when a word as written is no phrase.
_SUFFIXING_LANGUAGES = frozenset({"bn", "gu", "ta", "pa"})


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file, section and phrase."""


# What one phrase means: (entity, value) pairs in the order the file lists them. An empty
# meaning is an "ignore" phrase: it matches, hides the shorter phrases inside it, yields nothing.
Meaning = Tuple[Tuple[str, str], ...]


@dataclass(frozen=True)
class PhraseMatch:
    """A lexicon phrase found in a message: its characters [start, end) and what it means."""

    start: int
    end: int
    pairs: Tuple[Tuple[str, str], ...]


@dataclass
class _Node:
    children: Dict[str, "_Node"] = field(default_factory=dict)
    number: Optional["_Node"] = None
    meaning: Optional[Meaning] = None


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses a phrase listed twice in one mapping (PyYAML keeps the last)."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise LexiconError(f"line {key_node.start_mark.line + 1}: {key!r} is listed twice")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class Lexicon:
    """The phrases of one language (laid over English), ready to be found in messages."""

    def __init__(
        self,
        language: str,
        meanings: Dict[tuple, Meaning],
        numbers: Dict[str, int],
        context: Dict[str, Dict[str, FrozenSet[str]]],
        only: FrozenSet[tuple],
        cues: Optional[Dict[str, FrozenSet[tuple]]] = None,
        spelt_names: Optional[FrozenSet[str]] = None,
        alone: Optional[Dict[tuple, Meaning]] = None,
    ):
        self.language = language
        self.cues = {kind: (cues or {}).get(kind, frozenset()) for kind in CUE_KINDS}
        # phrases by their first word, so finding them is one look-up per word of a message
        self._by_first_word = {kind: _by_first_word(phrases) for kind, phrases in self.cues.items()}
        self._by_first_word["only"] = _by_first_word(only)
        self.meanings = meanings
        self.numbers = numbers
        self.context = context
        self.only = only
        self.alone = alone or {}
        # the names a misspelt word may mean: English's, with what they mean in this lexicon
        names = spelt_names if spelt_names is not None else language_names(meanings)
        self._spelt_names = {name: meanings[(name,)] for name in names if meanings.get((name,))}
        self._root = _Node()
        for tokens, meaning in meanings.items():
            node = self._root
            for token in tokens:
                if token == NUMBER_PLACEHOLDER:
                    node.number = node.number or _Node()
                    node = node.number
                else:
                    node = node.children.setdefault(token, _Node())
            node.meaning = meaning

    def __repr__(self) -> str:
        return f"<Lexicon {self.language}: {len(self.meanings)} phrases>"

    def find(self, tokens: List[Token]) -> Iterator[PhraseMatch]:
        """Every phrase occurrence in tokens, overlapping ones included, as character spans."""
        for first in range(len(tokens)):
            for last, meaning, number in self._walk(tokens, first, self._root, None):
                pairs = self._resolve_number(meaning, number)
                if meaning and not pairs:
                    continue  # a number out of range means the phrase does not apply here
                pairs = self._resolve_ambiguity(pairs, tokens, first, last)
                yield PhraseMatch(tokens[first].start, tokens[last].end, pairs)

    def find_misspelt(self, tokens: List[Token], taken: List[Tuple[int, int]]) -> List[PhraseMatch]:
        """The misspelt language names ("Gujrati") among the words no phrase or place covers
        (`taken`: the character spans found already), each read as the name it is closest to."""
        found = []
        for index, token in enumerate(tokens):
            word = token.norm
            if not (word.isascii() and word.isalpha() and len(word) >= MISSPELT_LETTERS) or (word,) in self.meanings:
                continue
            if any(start < token.end and token.start < end for start, end in taken):
                continue
            limit = 2 if len(word) >= MISSPELT_TWO_LETTERS else 1
            close = {name for name in self._spelt_names
                     if name[0] == word[0] and name[-1] == word[-1] and abs(len(name) - len(word)) <= limit
                     and edit_distance(word, name, limit) <= limit}
            meanings = {self._spelt_names[name] for name in close}
            if len(meanings) == 1:
                pairs = self._resolve_ambiguity(meanings.pop(), tokens, index, index)
                found.append(PhraseMatch(token.start, token.end, pairs))
        return found

    def find_alone(self, tokens: List[Token]) -> Optional[PhraseMatch]:
        """The `alone:` phrase the whole message is ("second", "drugi", "دوسرا" as an answer to
        "which one?"), or a card's number alone ("2", "٢", "২": digits are read as ASCII), or None."""
        meaning = self.alone.get(tuple(token.norm for token in tokens)) if tokens else None
        if meaning is None and len(tokens) == 1 and tokens[0].norm in CARD_NUMBERS:
            meaning = (("ordinal", tokens[0].norm),)
        return PhraseMatch(tokens[0].start, tokens[-1].end, meaning) if meaning else None

    def says_only(self, tokens: List[Token]) -> bool:
        """Whether the message has one of the `only:` words ("only women", "صرف خواتین")."""
        return any(True for _ in self._occurrences(tokens, "only"))

    def find_only(self, tokens: List[Token]) -> List[Tuple[int, int]]:
        """Where the `only:` words occur, as (first, last) token indexes."""
        return list(self._occurrences(tokens, "only"))

    def find_cues(self, tokens: List[Token], kind: str) -> List[Tuple[int, int]]:
        """Where the `cues: <kind>:` phrases occur, as (first, last) token indexes."""
        if kind not in CUE_KINDS:
            raise ValueError(f"unknown cue kind {kind!r}; expected one of {CUE_KINDS}")
        return list(self._occurrences(tokens, kind))

    def _occurrences(self, tokens: List[Token], kind: str) -> Iterator[Tuple[int, int]]:
        index = self._by_first_word[kind]
        if not index:
            return
        forms = [self._forms(token.norm) for token in tokens]
        for start, first_forms in enumerate(forms):
            for form in first_forms:
                for phrase in index.get(form, ()):
                    end = start + len(phrase)
                    if end <= len(tokens) and all(word in forms[start + offset]
                                                  for offset, word in enumerate(phrase[1:], 1)):
                        yield start, end - 1

    def _walk(self, tokens, index, node, number):
        if index >= len(tokens):
            return
        token = tokens[index]
        for norm in self._forms(token.norm):
            following = node.children.get(norm)
            if following is not None:
                if following.meaning is not None:
                    yield index, following.meaning, number
                yield from self._walk(tokens, index + 1, following, number)
        if node.number is not None:
            value = int(token.norm) if token.is_number else self.numbers.get(token.norm)
            if value is not None:
                if node.number.meaning is not None:
                    yield index, node.number.meaning, value
                yield from self._walk(tokens, index + 1, node.number, value)

    def _forms(self, norm: str) -> tuple:
        """The word as written, then without what the language writes onto it: Arabic proclitics
        ("بالفارسية"), Urdu plural endings ("کونسلروں"), Bengali, Gujarati, Tamil and Punjabi case endings ("உரிமைகளுக்கு" = "to
        (my) rights"; the same endings as place names, signpost.geography.inflections)."""
        if not norm or norm.isascii():
            return (norm,)
        if self.language == "ar" and "\u0600" <= norm[0] <= "\u06ff":
            return (norm, *arabic_clitic_stems(norm))
        if self.language == "ur" and "\u0600" <= norm[0] <= "\u06ff":
            return (norm, *urdu_plural_stems(norm))
        if self.language in _SUFFIXING_LANGUAGES:
            return (norm, *inflection_stems(norm, norm, self.language))
        return (norm,)

    @staticmethod
    def _resolve_number(pairs, number):
        resolved = []
        for entity, value in pairs:
            if value == NUMBER_PLACEHOLDER:
                low, high = NUMBER_RANGES[entity]
                if number is None or not low <= number <= high:
                    continue
                value = str(number)
            resolved.append((entity, value))
        return tuple(resolved)

    def _resolve_ambiguity(self, pairs, tokens, first, last):
        """A word that names both a language and a people ("Polish", "Somali") is read from its
        neighbours: "in Polish", "Polish speaking" mean the language; "Polish women", "I'm
        Polish" mean the community; with neither clue, it means both."""
        entities = {entity for entity, _ in pairs}
        if not {"service_language", "community"} <= entities:
            return pairs
        neighbours = (
            ("after", tokens[last + 1].norm if last + 1 < len(tokens) else None),
            ("before", tokens[first - 1].norm if first > 0 else None),
        )
        # The word after is the stronger clue: in "talk to Somali women", "women" outweighs "to".
        for side, word in neighbours:
            for entity in ("service_language", "community"):
                if word in self.context.get(entity, {}).get(side, ()):
                    return tuple(pair for pair in pairs if pair[0] == entity)
        return pairs


def language_names(meanings: Dict[tuple, Meaning]) -> FrozenSet[str]:
    """The one-word Latin names of languages among a lexicon's phrases ("gujarati")."""
    return frozenset(
        tokens[0] for tokens, meaning in meanings.items()
        if len(tokens) == 1 and tokens[0].isascii() and tokens[0].isalpha()
        and any(entity == MISSPELT_ENTITY for entity, _ in meaning)
    )


def _by_first_word(phrases) -> Dict[str, Tuple[tuple, ...]]:
    index: Dict[str, List[tuple]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


def _fail(path: Path, where: str, problem: str) -> LexiconError:
    return LexiconError(f"{path}: {where}: {problem}")


def _check_value(path: Path, entity: str, phrase: str, value, has_number: bool) -> str:
    where = f"{entity}: {phrase!r}"
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise _fail(path, where, f"value {value!r} is not a string")
    value = str(value)
    if value == NUMBER_PLACEHOLDER:
        if entity not in NUMBER_RANGES:
            raise _fail(path, where, f"{NUMBER_PLACEHOLDER} is only a value for {sorted(NUMBER_RANGES)}")
        if not has_number:
            raise _fail(path, where, f"the value is {NUMBER_PLACEHOLDER} but the phrase has no {NUMBER_PLACEHOLDER}")
        return value
    if entity in CLOSED_VALUES and value not in CLOSED_VALUES[entity]:
        raise _fail(path, where, f"{value!r} is not one of {sorted(CLOSED_VALUES[entity])}")
    if entity in LISTED_VALUES and value not in LISTED_VALUES[entity]:
        raise _fail(path, where, unknown_code(entity, value, sorted(LISTED_VALUES[entity]), listed=False)
                    + " (the registry's codes: signpost/vocabulary/__init__.py)")
    if entity in VALUE_PATTERNS and not VALUE_PATTERNS[entity].fullmatch(value):
        raise _fail(path, where, f"{value!r} is not a valid {entity} code")
    if entity == "age":
        raise _fail(path, where, f"age phrases must have the value {NUMBER_PLACEHOLDER}")
    return value


def _phrase_tokens(path: Path, where: str, phrase) -> tuple:
    if not isinstance(phrase, str):
        raise _fail(path, where, f"phrase {phrase!r} is not a string")
    tokens = normalize_phrase(phrase)
    if not tokens:
        raise _fail(path, where, f"phrase {phrase!r} has no words")
    return tokens


def _read_file(path: Path):
    """(meanings, numbers, context, only, cues) of one lexicon file, each checked."""
    try:
        with path.open(encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=_StrictLoader)
    except LexiconError as error:
        raise LexiconError(f"{path}: {error}") from None
    except yaml.YAMLError as error:
        raise LexiconError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(document, dict):
        raise LexiconError(f"{path}: expected a mapping of sections, found {type(document).__name__}")
    unknown = set(document) - set(LEXICON_ENTITIES) - set(SPECIAL_SECTIONS)
    if unknown:
        raise LexiconError(
            f"{path}: unknown sections {sorted(unknown)}; "
            f"expected entities {list(LEXICON_ENTITIES)} or {list(SPECIAL_SECTIONS)}"
        )

    pairs_by_tokens: Dict[tuple, List[Tuple[str, str]]] = {}
    written_as: Dict[Tuple[str, tuple], str] = {}
    for entity in LEXICON_ENTITIES:
        section = document.get(entity) or {}
        if not isinstance(section, dict):
            raise _fail(path, entity, "expected a mapping of phrase: value or phrase: [values]")
        for phrase, values in section.items():
            tokens = _phrase_tokens(path, entity, phrase)
            if (entity, tokens) in written_as:
                raise _fail(path, f"{entity}: {phrase!r}", f"same phrase as {written_as[entity, tokens]!r}")
            written_as[entity, tokens] = phrase
            has_number = NUMBER_PLACEHOLDER in tokens
            if has_number and entity not in NUMBER_RANGES:
                raise _fail(path, f"{entity}: {phrase!r}", f"{NUMBER_PLACEHOLDER} only belongs in {sorted(NUMBER_RANGES)}")
            values = values if isinstance(values, list) else [values]
            if not values:
                raise _fail(path, f"{entity}: {phrase!r}", "no value given")
            pairs = pairs_by_tokens.setdefault(tokens, [])
            for value in values:
                pair = (entity, _check_value(path, entity, phrase, value, has_number))
                if pair in pairs:
                    raise _fail(path, f"{entity}: {phrase!r}", f"value {pair[1]!r} is listed twice")
                pairs.append(pair)

    ignore = document.get("ignore") or []
    if not isinstance(ignore, list):
        raise _fail(path, "ignore", "expected a list of phrases")
    for phrase in ignore:
        tokens = _phrase_tokens(path, "ignore", phrase)
        if tokens in pairs_by_tokens:
            raise _fail(path, f"ignore: {phrase!r}", "this phrase also has a meaning in an entity section")
        pairs_by_tokens[tokens] = []

    meanings = {tokens: tuple(pairs) for tokens, pairs in pairs_by_tokens.items()}

    numbers = document.get("numbers") or {}
    if not isinstance(numbers, dict) or not all(
        isinstance(value, int) and not isinstance(value, bool) for value in numbers.values()
    ):
        raise _fail(path, "numbers", "expected a mapping of word: integer")
    number_words = {}
    for word, value in numbers.items():
        tokens = _phrase_tokens(path, "numbers", word)
        if len(tokens) != 1:
            raise _fail(path, f"numbers: {word!r}", "a number word must be a single word")
        number_words[tokens[0]] = value

    context = document.get("context") or {}
    if not isinstance(context, dict) or set(context) - {"service_language", "community"}:
        raise _fail(path, "context", "expected service_language: and community: sections")
    context_words: Dict[str, Dict[str, FrozenSet[str]]] = {}
    for entity, sides in context.items():
        if not isinstance(sides, dict) or set(sides) - set(CONTEXT_SIDES):
            raise _fail(path, f"context: {entity}", "expected before: and after: word lists")
        context_words[entity] = {}
        for side, words in sides.items():
            if not isinstance(words, list):
                raise _fail(path, f"context: {entity}: {side}", "expected a list of words")
            context_words[entity][side] = frozenset(
                _phrase_tokens(path, f"context: {entity}: {side}", word)[0] for word in words
            )

    only = document.get("only") or []
    if not isinstance(only, list):
        raise _fail(path, "only", "expected a list of words")
    only_phrases = frozenset(_phrase_tokens(path, "only", word) for word in only)

    cues = document.get("cues") or {}
    if not isinstance(cues, dict) or set(cues) - set(CUE_KINDS):
        raise _fail(path, "cues", f"expected sections among {list(CUE_KINDS)}")
    cue_phrases: Dict[str, FrozenSet[tuple]] = {}
    for kind, phrases in cues.items():
        if not isinstance(phrases, list):
            raise _fail(path, f"cues: {kind}", "expected a list of phrases")
        cue_phrases[kind] = frozenset(_phrase_tokens(path, f"cues: {kind}", phrase) for phrase in phrases)
    for kind, other in combinations(QUESTION_CUES, 2):
        shared = cue_phrases.get(kind, frozenset()) & cue_phrases.get(other, frozenset())
        if shared:
            raise _fail(path, f"cues: {kind}", f"{' '.join(min(shared))!r} is also in cues: {other}; "
                                              "a question about a service shown belongs to one kind")

    alone = document.get("alone") or {}
    if not isinstance(alone, dict) or set(alone) - set(LEXICON_ENTITIES):
        raise _fail(path, "alone", f"expected entity sections among {list(LEXICON_ENTITIES)}")
    alone_meanings: Dict[tuple, Meaning] = {}
    for entity, section in alone.items():
        if not isinstance(section, dict):
            raise _fail(path, f"alone: {entity}", "expected a mapping of phrase: value")
        for phrase, value in section.items():
            tokens = _phrase_tokens(path, f"alone: {entity}", phrase)
            if tokens in meanings:
                raise _fail(path, f"alone: {entity}: {phrase!r}", "this phrase already means something anywhere")
            alone_meanings[tokens] = ((entity, _check_value(path, entity, phrase, value, False)),)
    return meanings, number_words, context_words, only_phrases, cue_phrases, alone_meanings


def _merge_context(over, under):
    merged = {}
    for entity in set(over) | set(under):
        sides = {}
        for side in CONTEXT_SIDES:
            sides[side] = over.get(entity, {}).get(side, frozenset()) | under.get(entity, {}).get(side, frozenset())
        merged[entity] = sides
    return merged


@lru_cache(maxsize=None)
def _load(language: str, directory: Path) -> Lexicon:
    base_path = directory / f"{BASE_LANGUAGE}.yml"
    if not base_path.exists():
        raise LexiconError(f"{base_path}: the English lexicon is missing")
    meanings, numbers, context, only, cues, alone = _read_file(base_path)
    spelt_names = language_names(meanings)
    own_path = directory / f"{language}.yml"
    if language != BASE_LANGUAGE and own_path.exists():
        own_meanings, own_numbers, own_context, own_only, own_cues, own_alone = _read_file(own_path)
        borrowed = {}
        for other, script_test in BORROWED_PHRASES.get(language, ()):
            other_path = directory / f"{other}.yml"
            if other_path.exists():
                borrowed.update(
                    (tokens, meaning) for tokens, meaning in _read_file(other_path)[0].items() if script_test(tokens)
                )
        meanings = {**meanings, **borrowed, **own_meanings}
        numbers = {**numbers, **own_numbers}
        context = _merge_context(own_context, context)
        only = only | own_only
        alone = {**alone, **own_alone}
        cues = {kind: cues.get(kind, frozenset()) | own_cues.get(kind, frozenset()) for kind in CUE_KINDS}
    return Lexicon(language, meanings, numbers, context, only, cues, spelt_names, alone)


def load_lexicon(language: str, directory: Optional[Path] = None) -> Lexicon:
    """The lexicon for language (an ISO 639 code), read once from <directory>/<language>.yml laid
    over <directory>/en.yml; directory defaults to the project's data/lexicon."""
    if not isinstance(language, str) or not LANGUAGE_CODE.fullmatch(language):
        raise ValueError(f"language must be an ISO 639 code such as 'en' or 'ur', not {language!r}")
    return _load(language, Path(directory or LEXICON_DIR).resolve())
