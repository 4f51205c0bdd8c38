"""Splitting a message, or a lexicon phrase, into comparable tokens.

Messages and lexicon phrases go through the same tokenizer, so a phrase matches a message when
their token sequences are equal. A token is a run of letters (with the combining marks that
Indic and Arabic scripts need), a run of digits, or a single CJK character (Chinese has no
spaces, so each character is its own token and phrases match character sequences). Everything
else separates tokens, which is what makes matching word-boundary aware: "now" is not in "know".

The comparable form of a token is case-folded, has Latin accents removed ("café" -> "cafe") and
drops apostrophes of any kind, so "can't", "can’t" and "cant" are the same token.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import List

APOSTROPHES = frozenset("'’‘ʼ`´′")
# The placeholder for a number in lexicon phrases ("aged {n}"); kept whole as one token.
NUMBER_PLACEHOLDER = "{n}"
_LAST_LATIN = 0x024F


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    norm: str

    @property
    def is_number(self) -> bool:
        return self.norm.isdigit()


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FFFF
    )


@lru_cache(maxsize=4096)
def _kind(char: str) -> str:
    """'w' word character, 'd' digit, 'c' CJK character, 'a' apostrophe, ' ' separator."""
    if char in APOSTROPHES:
        return "a"
    category = unicodedata.category(char)
    if category == "Nd":
        return "d"
    if category[0] == "L":
        return "c" if _is_cjk(char) else "w"
    if category[0] == "M":
        return "w"
    return " "


def _fold(word: str) -> str:
    folded = []
    for char in word.casefold():
        if char in APOSTROPHES:
            continue
        if ord(char) <= _LAST_LATIN:
            folded.extend(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        else:
            folded.append(char)
    return "".join(folded)


def tokenize(text: str, placeholders: bool = False) -> List[Token]:
    """The tokens of text, in order. With placeholders=True (for lexicon phrases) "{n}" is a token."""
    tokens: List[Token] = []
    i, length = 0, len(text)
    while i < length:
        if placeholders and text.startswith(NUMBER_PLACEHOLDER, i):
            tokens.append(Token(i, i + len(NUMBER_PLACEHOLDER), NUMBER_PLACEHOLDER))
            i += len(NUMBER_PLACEHOLDER)
            continue
        kind = _kind(text[i])
        if kind == "c":
            tokens.append(Token(i, i + 1, text[i]))
            i += 1
        elif kind == "d":
            end = i + 1
            while end < length and _kind(text[end]) == "d":
                end += 1
            tokens.append(Token(i, end, str(int(text[i:end]))))
            i = end
        elif kind == "w":
            end = i + 1
            while end < length:
                next_kind = _kind(text[end])
                if next_kind == "w":
                    end += 1
                elif next_kind == "a" and end + 1 < length and _kind(text[end + 1]) == "w":
                    end += 2  # an apostrophe inside a word: "can't", "women's"
                else:
                    break
            tokens.append(Token(i, end, _fold(text[i:end])))
            i = end
        else:
            i += 1
    return tokens


def normalize_phrase(phrase: str) -> tuple:
    """The comparable token sequence of a lexicon phrase."""
    return tuple(token.norm for token in tokenize(phrase, placeholders=True))
