"""Splitting a message, or a lexicon phrase, into comparable tokens.

Messages and lexicon phrases go through the same tokenizer, so a phrase matches a message when
their token sequences are equal. A token is a run of letters (with the combining marks that
Indic and Arabic scripts need), a run of digits, or a single CJK character (Chinese has no
spaces, so each character is its own token and phrases match character sequences). A run of
Chinese numerals is one number token, as a run of digits is ("十七" is 17). Everything else
separates tokens, which is what makes matching word-boundary aware: "now" is not in "know".

Each word is folded to its comparable form by signpost.text.words (case, accents, apostrophes,
letters typed interchangeably), and Chinese characters are read as Simplified ("熱線" = "热线"), so
one lexicon serves Hong Kong and mainland writers alike.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import List

from signpost.text.folding import simplified as _simplified
from signpost.text.words import DROPPED_INSIDE_WORDS, fold_word

# The placeholder for a number in lexicon phrases ("aged {n}"); kept whole as one token.
NUMBER_PLACEHOLDER = "{n}"
_CHINESE_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_MULTIPLIERS = {"十": 10, "百": 100}
_CHINESE_NUMERALS = frozenset(_CHINESE_DIGITS) | frozenset(_CHINESE_MULTIPLIERS)


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
    """'w' word character, 'd' digit, 'c' CJK character, 'a' apostrophe or joiner, ' ' separator."""
    if char in DROPPED_INSIDE_WORDS:
        return "a"
    category = unicodedata.category(char)
    if category == "Nd":
        return "d"
    if category[0] == "L":
        return "c" if _is_cjk(char) else "w"
    if category[0] == "M":
        return "w"
    return " "


# Arabic writes "and", "so", "with/in", "like" and "for" onto the next word, before its article:
# "بالعربية" = bi + al-arabiyya, "والنساء" = wa + al-nisa, "للمسلمات" = li + al-muslimat (whose alef
# drops). Folded forms (see signpost.text.folding.ARABIC_SCRIPT_FOLDS).
_ARABIC_CONJUNCTIONS = ("\u0648", "\u0641")  # wa, fa
_ARABIC_PREPOSITIONS = ("\u0628", "\u06a9", "\u0644")  # bi, ka (folded to keheh), li
_ARABIC_ARTICLE = "\u0627\u0644"
MIN_CLITIC_STEM_LETTERS = 3


def arabic_clitic_stems(norm: str) -> tuple:
    """The forms of an Arabic word without its proclitics, longest first: "والمسلمات" ->
    ("المسلمات",), "بالعربية" -> ("العربية",), "للمسلمات" -> ("المسلمات",)."""
    stems = []
    rest = norm
    if rest[:1] in _ARABIC_CONJUNCTIONS and len(rest) > MIN_CLITIC_STEM_LETTERS + 1:
        rest = rest[1:]
        stems.append(rest)
    if rest[:1] in _ARABIC_PREPOSITIONS and len(rest) > MIN_CLITIC_STEM_LETTERS + 1:
        if rest.startswith("\u0644\u0644"):  # li + al-: the article's alef is not written
            stems.append(_ARABIC_ARTICLE + rest[2:])
        else:
            stems.append(rest[1:])
    return tuple(stem for stem in stems if stem != norm)


# Urdu plurals of the loanwords the lexicons list: oblique "-وں" ("کونسلروں"), and the English
# plural written on ("کونسلرز", "ایڈووکیٹس"). Folded forms.
_URDU_PLURAL_ENDINGS = ("\u0648\u0646", "\u0632", "\u0633")


def urdu_plural_stems(norm: str) -> tuple:
    """The singular an Urdu plural may stand for: "کونسلروں" -> ("کونسلر",)."""
    return tuple(
        norm[: -len(ending)]
        for ending in _URDU_PLURAL_ENDINGS
        if norm.endswith(ending) and len(norm) - len(ending) >= MIN_CLITIC_STEM_LETTERS
    )


def _chinese_number(numerals: str) -> int:
    """The value of a run of Chinese numerals: "七" 7, "十七" 17, "七十二" 72, "一百零五" 105."""
    numerals = "".join(_simplified(char) for char in numerals)
    if not any(char in _CHINESE_MULTIPLIERS for char in numerals):
        return int("".join(str(_CHINESE_DIGITS[char]) for char in numerals))  # "二五" read digit by digit
    total, digit = 0, None
    for char in numerals:
        if char in _CHINESE_MULTIPLIERS:
            total += (1 if digit is None else digit) * _CHINESE_MULTIPLIERS[char]
            digit = None
        else:
            digit = _CHINESE_DIGITS[char]
    return total + (digit or 0)


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
            end = i + 1
            if _simplified(text[i]) in _CHINESE_NUMERALS:
                while end < length and _simplified(text[end]) in _CHINESE_NUMERALS:
                    end += 1
                tokens.append(Token(i, end, str(_chinese_number(text[i:end]))))
            else:
                tokens.append(Token(i, end, _simplified(text[i])))
            i = end
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
            tokens.append(Token(i, end, fold_word(text[i:end])))
            i = end
        else:
            i += 1
    return tokens


def normalize_phrase(phrase: str) -> tuple:
    """The comparable token sequence of a lexicon phrase."""
    return tuple(token.norm for token in tokenize(phrase, placeholders=True))

