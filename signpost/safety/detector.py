"""Running the compiled lexicons over a message."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from .index import MessageWords
from .lexicon import CLINICAL_KINDS, RISK_KINDS, Lexicon, Phrase, load_directory
from .normalise import Normalised, normalise
from .patterns import ParsedLists


@dataclass(frozen=True)
class Match:
    phrase: Phrase
    span: Tuple[int, int]  # in the original message


class _ExceptionSpans:
    """Spans of the exception contexts in a message, found only once a phrase has matched
    (most messages match nothing)."""

    def __init__(self, lexicons: Sequence[Lexicon], message: MessageWords):
        self._lexicons = lexicons
        self._message = message
        self._spans: Optional[List[Tuple[int, int]]] = None

    def overlap(self, start: int, end: int) -> bool:
        if self._spans is None:
            self._spans = [match.span() for lexicon in self._lexicons
                           for _, match in lexicon.exception_index.matches(self._message)]
        return any(s < end and start < e for s, e in self._spans)


class PhraseDetector:
    """One family of lexicons (risk or clinical), run together over normalised text.

    A phrase match that overlaps an exception context of any lexicon ("suicide prevention
    training", "killing it at work") is not reported; the earliest remaining match is.
    """

    def __init__(self, lexicons: Sequence[Lexicon]):
        self.lexicons = tuple(lexicons)


    def find(self, message: str, normalised: Optional[Normalised] = None) -> Optional[Match]:
        """The earliest match in the message (first lexicon wins a tie), or None."""
        normalised = normalised or normalise(message, laughter=True)
        if not normalised.text:
            return None
        words = MessageWords.of(normalised.text)
        active = [lexicon for lexicon in self.lexicons if lexicon.script_probe.search(normalised.text)]
        exceptions = _ExceptionSpans(active, words)
        best: Optional[Tuple[Phrase, int, int]] = None
        for lexicon in active:
            for number, match in lexicon.phrase_index.matches(words):
                if best is not None and match.start() >= best[1]:
                    break
                if not exceptions.overlap(match.start(), match.end()):
                    best = (lexicon.phrases[number], match.start(), match.end())
                    break
        if best is None:
            return None
        phrase, start, end = best
        return Match(phrase, normalised.span_in_original(start, end))


def risk_detector(directory: Path, shared_lists: Optional[ParsedLists] = None) -> PhraseDetector:
    return PhraseDetector(load_directory(Path(directory), RISK_KINDS, shared_lists))


def clinical_detector(directory: Path, shared_lists: Optional[ParsedLists] = None) -> PhraseDetector:
    return PhraseDetector(load_directory(Path(directory), CLINICAL_KINDS, shared_lists))
