"""Finding where phrases can start, so a message is matched at a handful of places, not everywhere.

A regex alternation of hundreds of phrases is tried at every character of a message; instead each
phrase is filed under the first words it can begin with (see patterns.first_keys), and a message
only tries the phrases filed under its own words. Phrases that could begin anywhere are searched
in full.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Sequence, Set, Tuple

_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class MessageWords:
    """The words of one normalised message, computed once and shared by every lexicon."""

    text: str
    words: Tuple[Tuple[int, str], ...]  # (start, word); each Chinese character is a word

    @classmethod
    def of(cls, text: str) -> "MessageWords":
        return cls(text, tuple((m.start(), m.group()) for m in _TOKEN.finditer(text)))


class PhraseIndex:
    """Compiled regexes filed by their first-word keys."""

    def __init__(self, regexes: Sequence["re.Pattern[str]"], keys: Sequence[Optional[Set[Tuple[str, str]]]]):
        self.regexes = tuple(regexes)
        self._word: Dict[str, List[int]] = defaultdict(list)
        self._prefix: Dict[str, List[int]] = defaultdict(list)
        self._anywhere: List[int] = []
        for number, phrase_keys in enumerate(keys):
            if phrase_keys is None:
                self._anywhere.append(number)
                continue
            for kind, key in phrase_keys:
                (self._word if kind == "word" else self._prefix)[key].append(number)
        self._prefix_lengths = sorted({len(key) for key in self._prefix})

    def _candidates(self, message: MessageWords) -> List[Tuple[int, int]]:
        found: Set[Tuple[int, int]] = set()
        for start, word in message.words:
            for number in self._word.get(word, ()):
                found.add((start, number))
            for length in self._prefix_lengths:
                if length > len(word):
                    break
                for number in self._prefix.get(word[:length], ()):
                    found.add((start, number))
        for number in self._anywhere:
            for match in self.regexes[number].finditer(message.text):
                found.add((match.start(), number))
        return sorted(found)

    def matches(self, message: MessageWords) -> Iterator[Tuple[int, "re.Match[str]"]]:
        """(phrase number, match) for every place a phrase matches, leftmost first; at one
        place, phrases come in the order they were given."""
        for start, number in self._candidates(message):
            match = self.regexes[number].match(message.text, start)
            if match and match.end() > match.start():
                yield number, match
