"""The lexicon pattern language, compiled once to regular expressions over normalised text.

A pattern is a sequence of items separated by spaces:

    word        a literal word, matched whole: "die" matches "die" but not "diet".
                Literals are normalised like messages, so write natural spelling ("don't",
                "zabić się"); a literal that normalises to several words ("self-harm") matches
                them in sequence.
    word*       the word and any continuation ("suicid*": suicide, suicidal, suicidally).
    *word       any beginning and then the word (Arabic proclitics: "*انتحار" matches "بالانتحار").
    (a|b c|d)   one of the alternatives; each alternative is itself a sequence of items.
    [a b]       an optional sequence; "(a|b)?" is the same as "[a|b]".
    ~N          up to N words in between (in Chinese text, N characters); "~" alone means ~3.
    {name}      one of the phrases of a named list (the file's `lists:` or a shared list).
    #           a number of two or more digits ("took 30 paracetamol").
    ^ $         the start or end of the whole message.

Words match whole words, so "kill" never matches inside "skill". Normalisation spaces out
Chinese characters, so a Chinese literal is a sequence of one-character words and a gap counts
characters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Set, Tuple, Union

from .normalise import fold as _fold

# Pattern literals repeat across lists and lexicons (a medication list is expanded in dozens of
# patterns); folding each distinct literal once keeps the start-up compile short.
fold = lru_cache(maxsize=None)(_fold)

_BEFORE_WORD = r"(?<!\S)"
_AFTER_WORD = r"(?!\S)"
DEFAULT_GAP = 3
MAX_GAP = 12


class PatternError(ValueError):
    """A pattern that cannot be compiled; the message names the pattern and the column."""


@dataclass(frozen=True)
class Word:
    text: str
    any_start: bool
    any_end: bool


@dataclass(frozen=True)
class Gap:
    size: int


@dataclass(frozen=True)
class Number:
    """A number of two or more digits."""


@dataclass(frozen=True)
class Anchor:
    regex: str  # "^" or "$"


@dataclass(frozen=True)
class Choice:
    alternatives: tuple  # of Sequence
    optional: bool


@dataclass(frozen=True)
class ListRef:
    name: str


Item = Union[Word, Gap, Anchor, Choice, ListRef, Number]

_SPECIAL = set("()[]|{}~^$?# ")


def parse(pattern: str) -> List[Item]:
    """Parse a pattern into items, raising PatternError naming the column of any fault."""
    items, position = _parse_sequence(pattern, 0, closing=None)
    if position != len(pattern):
        raise PatternError(f"unexpected {pattern[position]!r} at column {position + 1} in {pattern!r}")
    _check_sequence(items, pattern)
    return items


def _parse_sequence(pattern: str, position: int, closing):
    """Parse items until `closing` (")", "]", or None for the end); stops before "|" too."""
    items: List[Item] = []
    while position < len(pattern):
        ch = pattern[position]
        if ch == " ":
            position += 1
        elif ch in ("(", "["):
            close = ")" if ch == "(" else "]"
            alternatives = []
            start = position
            position += 1
            while True:
                sequence, position = _parse_sequence(pattern, position, close)
                if not sequence:
                    raise PatternError(f"empty alternative in group opened at column {start + 1} in {pattern!r}")
                alternatives.append(tuple(sequence))
                if position >= len(pattern):
                    raise PatternError(f"{ch!r} at column {start + 1} is never closed in {pattern!r}")
                if pattern[position] == "|":
                    position += 1
                    continue
                if pattern[position] != close:
                    raise PatternError(
                        f"{ch!r} at column {start + 1} closed by {pattern[position]!r} "
                        f"at column {position + 1} in {pattern!r}")
                position += 1
                break
            optional = ch == "["
            if ch == "(" and position < len(pattern) and pattern[position] == "?":
                optional = True
                position += 1
            items.append(Choice(tuple(alternatives), optional=optional))
        elif ch in ")]|":
            if closing is None:
                raise PatternError(f"unexpected {ch!r} at column {position + 1} in {pattern!r}")
            return items, position
        elif ch == "{":
            end = pattern.find("}", position)
            if end == -1:
                raise PatternError(f"'{{' at column {position + 1} is never closed in {pattern!r}")
            name = pattern[position + 1:end].strip()
            if not name:
                raise PatternError(f"empty list name at column {position + 1} in {pattern!r}")
            items.append(ListRef(name))
            position = end + 1
        elif ch == "?":
            raise PatternError(f"'?' at column {position + 1} must follow a ')' in {pattern!r}")
        elif ch == "}":
            raise PatternError(f"unexpected '}}' at column {position + 1} in {pattern!r}")
        elif ch == "~":
            end = position + 1
            while end < len(pattern) and pattern[end].isdigit():
                end += 1
            size = int(pattern[position + 1:end]) if end > position + 1 else DEFAULT_GAP
            if not 1 <= size <= MAX_GAP:
                raise PatternError(f"gap ~{size} at column {position + 1} must be 1..{MAX_GAP} in {pattern!r}")
            items.append(Gap(size))
            position = end
        elif ch in "^$":
            items.append(Anchor(ch))
            position += 1
        elif ch == "#":
            items.append(Number())
            position += 1
        else:
            end = position
            while end < len(pattern) and pattern[end] not in _SPECIAL:
                end += 1
            raw = pattern[position:end]
            any_start = raw.startswith("*")
            any_end = raw.endswith("*") and len(raw) > 1
            core = raw.strip("*")
            if "*" in core or not core:
                raise PatternError(f"'*' may only start or end a word: {raw!r} at column {position + 1} in {pattern!r}")
            if not fold(core):
                raise PatternError(f"word {raw!r} at column {position + 1} is empty once normalised in {pattern!r}")
            items.append(Word(core, any_start, any_end))
            position = end
    return items, position


def _check_sequence(items: Sequence[Item], pattern: str) -> None:
    words = [item for item in items if not isinstance(item, (Gap, Anchor, Number))]
    if not words:
        raise PatternError(f"pattern {pattern!r} has no words")
    if isinstance(items[0], Gap) or isinstance(items[-1], Gap):
        raise PatternError(f"a gap cannot start or end pattern {pattern!r}")
    if len(items) > 1 and isinstance(items[0], Choice) and items[0].optional and isinstance(items[1], Gap):
        raise PatternError(f"an optional start cannot be followed by a gap in {pattern!r}; write two patterns")
    for item in items:
        if isinstance(item, Choice):
            for alternative in item.alternatives:
                if all(isinstance(i, Gap) for i in alternative):
                    raise PatternError(f"an alternative in {pattern!r} is only a gap")


def _word_core(word: Word) -> str:
    """The word without its boundary checks; whitespace between its tokens implies them."""
    pieces = [re.escape(token) for token in fold(word.text).split(" ")]
    if word.any_start:
        pieces[0] = r"\S*" + pieces[0]
    if word.any_end:
        pieces[-1] += r"\S*"
    return r"\s+".join(pieces)


def _word_regex(word: Word) -> str:
    return _BEFORE_WORD + _word_core(word) + _AFTER_WORD


def _alternatives_regex(alternatives: Sequence[Sequence[Item]], lists: Mapping[str, Sequence[Sequence[Item]]]) -> str:
    """One alternation for a group or a list.

    Alternatives that are a single word (after flattening nested lists and groups) share one pair
    of word-boundary checks: "(?<!\\S)(?:pills|tablets|meds)(?!\\S)" matches exactly what three
    separately bounded words would, and a list of hundreds of names compiles and runs faster.
    """
    words: List[str] = []
    others: List[str] = []

    def collect(alternative: Sequence[Item]) -> None:
        if len(alternative) == 1:
            item = alternative[0]
            if isinstance(item, Word):
                core = _word_core(item)
                if core not in words:
                    words.append(core)
                return
            if isinstance(item, ListRef) and item.name in lists:
                for phrase in lists[item.name]:
                    collect(phrase)
                return
            if isinstance(item, Choice) and not item.optional:
                for nested in item.alternatives:
                    collect(nested)
                return
        others.append(to_regex(alternative, lists))

    for alternative in alternatives:
        collect(alternative)
    if words:
        others.insert(0, _BEFORE_WORD + "(?:" + "|".join(words) + ")" + _AFTER_WORD)
    return "|".join(others)


def to_regex(items: Sequence[Item], lists: Mapping[str, Sequence[Sequence[Item]]]) -> str:
    """Regex source for a parsed pattern; `lists` maps a list name to its parsed phrases."""
    out = []
    for index, item in enumerate(items):
        # An optional first item carries its own trailing space, so that when it is absent the
        # match does not start on the space before the next word.
        leading_optional = index == 1 and isinstance(items[0], Choice) and items[0].optional
        separator = r"\s*" if index and not leading_optional else ""
        if isinstance(item, Word):
            out.append(separator + _word_regex(item))
        elif isinstance(item, Gap):
            out.append(f"(?:\\s+\\S+){{0,{item.size}}}")
        elif isinstance(item, Anchor):
            out.append(item.regex)
        elif isinstance(item, Number):
            out.append(separator + _BEFORE_WORD + r"\d{2,}" + _AFTER_WORD)
        elif isinstance(item, ListRef):
            if item.name not in lists:
                raise PatternError(f"unknown list {{{item.name}}}; known lists: {', '.join(sorted(lists)) or 'none'}")
            out.append(f"{separator}(?:{_alternatives_regex(lists[item.name], lists)})")
        else:
            body = _alternatives_regex(item.alternatives, lists)
            if item.optional and index == 0 and len(items) > 1:
                out.append(f"(?:(?:{body})\\s*)?")
            elif item.optional:
                out.append(f"(?:{separator}(?:{body}))?")
            else:
                out.append(f"{separator}(?:{body})")
    return "".join(out)


def compile_pattern(pattern: str, lists: Mapping[str, Sequence[Sequence[Item]]]) -> str:
    """Regex source for one pattern string."""
    return to_regex(parse(pattern), lists)


def first_keys(items: Sequence[Item], lists: Mapping[str, Sequence[Sequence[Item]]]) -> Optional[Set[Tuple[str, str]]]:
    """Where a match of the pattern can start, as index keys, or None if it could start anywhere.

    Keys are ("word", token) for a whole first word and ("prefix", token) for a first word that
    may continue ("suicid*"). A pattern whose first word may have any beginning ("*انتحار")
    cannot be indexed.
    """
    keys: Set[Tuple[str, str]] = set()
    for item in items:
        if isinstance(item, Anchor):
            continue
        if isinstance(item, Word):
            if item.any_start:
                return None
            tokens = fold(item.text).split(" ")
            first = tokens[0]
            if item.any_end and len(tokens) == 1:
                keys.add(("prefix", first))
            else:
                keys.add(("word", first))
            return keys
        if isinstance(item, (Gap, Number)):
            return None
        alternatives = lists.get(item.name, ()) if isinstance(item, ListRef) else item.alternatives
        for alternative in alternatives:
            found = first_keys(alternative, lists)
            if found is None:
                return None
            keys |= found
        if not (isinstance(item, Choice) and item.optional):
            return keys
    return None


def literals(items: Sequence[Item], lists: Mapping[str, Sequence[Sequence[Item]]]) -> List[str]:
    """The normalised literal words a parsed pattern can match (lists expanded)."""
    found: List[str] = []
    for item in items:
        if isinstance(item, Word):
            found.append(fold(item.text))
        elif isinstance(item, Choice):
            for alternative in item.alternatives:
                found.extend(literals(alternative, lists))
        elif isinstance(item, ListRef):
            for phrase in lists.get(item.name, ()):
                found.extend(literals(phrase, lists))
    return found


def parse_list(phrases: Sequence[str], describe: Callable[[int], str]) -> List[List[Item]]:
    """Parse the phrases of a named list; `describe(i)` names phrase i in errors."""
    parsed = []
    for index, phrase in enumerate(phrases):
        if not isinstance(phrase, str):
            raise PatternError(f"{describe(index)}: expected a string, got {type(phrase).__name__}")
        try:
            parsed.append(parse(phrase))
        except PatternError as error:
            raise PatternError(f"{describe(index)}: {error}") from None
    return parsed


ParsedLists = Dict[str, List[List[Item]]]
