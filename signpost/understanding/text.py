"""Splitting a message, or a lexicon phrase, into comparable tokens.

Messages and lexicon phrases go through the same tokenizer, so a phrase matches a message when
their token sequences are equal. A token is a run of letters (with the combining marks that
Indic and Arabic scripts need), a run of digits, or a single CJK character (Chinese has no
spaces, so each character is its own token and phrases match character sequences). A run of
Chinese numerals is one number token, as a run of digits is ("十七" is 17). Everything else
separates tokens, which is what makes matching word-boundary aware: "now" is not in "know".

The comparable form of a token is case-folded, has Latin accents removed ("café" -> "cafe") and
drops apostrophes of any kind, so "can't", "can’t" and "cant" are the same token. Letters that
keyboards and writers use interchangeably fold to one form: Arabic-script variants (Arabic and
Urdu keyboards give "ي"/"ی", "ك"/"ک", "ه"/"ہ"/"ھ"/"ة"; hamza and madda seats; optional harakat and
tatweel) and Gurmukhi marks typed inconsistently (nukta, adhak, bindi/tippi, long/short i and u);
Bengali and Gujarati long/short i and u and chandrabindu; and Indic letters and vowel signs typed
precomposed or in parts (NFC).
Zero-width joiners inside a word are dropped like apostrophes. Polish "ł", which has no accent to
remove, folds to "l" ("bezpłatny" = "bezplatny"), and Traditional Chinese characters fold to
Simplified ("熱線" = "热线"), so one lexicon serves Hong Kong and mainland writers alike. The
Arabic-script and Chinese tables are the product's one folding, in signpost/text/folding.py.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import List

from signpost.text.folding import ARABIC_SCRIPT_FOLDS, simplified as _simplified, simplify_chinese

APOSTROPHES = frozenset("'’‘ʼ`´′")
ZERO_WIDTH_JOINERS = frozenset("\u200c\u200d")
_DROPPED_INSIDE_WORDS = APOSTROPHES | ZERO_WIDTH_JOINERS
# The placeholder for a number in lexicon phrases ("aged {n}"); kept whole as one token.
NUMBER_PLACEHOLDER = "{n}"
_LAST_LATIN = 0x024F
# Latin letters that NFKD does not decompose into a base letter and an accent.
_LATIN_LETTER_FOLDS = {"ł": "l"}

_GURMUKHI_FOLDS = {
    "\u0a3c": "", "\u0a71": "", "\u0a02": "", "\u0a70": "", "\u0a01": "",  # nukta, adhak, bindi, tippi
    "\u0a36": "\u0a38", "\u0a59": "\u0a16", "\u0a5a": "\u0a17", "\u0a5b": "\u0a1c", "\u0a5e": "\u0a2b",
    "\u0a33": "\u0a32",  # letters with a nukta
    "\u0a40": "\u0a3f", "\u0a42": "\u0a41", "\u0a08": "\u0a07", "\u0a0a": "\u0a09",  # long i/u -> short
}
# Bengali and Gujarati writers swap long and short i/u freely ("হিন্দী"/"হিন্দি") and often leave out
# the chandrabindu ("পাঁচ"/"পাচ").
_BENGALI_GUJARATI_FOLDS = {
    "\u09c0": "\u09bf", "\u09c2": "\u09c1", "\u0988": "\u0987", "\u098a": "\u0989", "\u0981": "",
    "\u0ac0": "\u0abf", "\u0ac2": "\u0ac1", "\u0a88": "\u0a87", "\u0a8a": "\u0a89", "\u0a81": "",
}
_SCRIPT_FOLDS = {**ARABIC_SCRIPT_FOLDS, **_GURMUKHI_FOLDS, **_BENGALI_GUJARATI_FOLDS}
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
    if char in _DROPPED_INSIDE_WORDS:
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
        if char in _DROPPED_INSIDE_WORDS:
            continue
        if ord(char) <= _LAST_LATIN:
            char = _LATIN_LETTER_FOLDS.get(char, char)
            folded.extend(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        else:
            folded.append(_SCRIPT_FOLDS.get(char, char))
    # NFC last: Indic letters typed precomposed or as base + nukta ("য়"), and vowel signs typed
    # whole or in two parts (Tamil "ொ"), become one form.
    return unicodedata.normalize("NFC", "".join(folded))


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


def fold_word(word: str) -> str:
    """The comparable form of one word, as tokenize() gives it (the gazetteer folds names alike)."""
    return _fold(word)


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
            tokens.append(Token(i, end, _fold(text[i:end])))
            i = end
        else:
            i += 1
    return tokens


def normalize_phrase(phrase: str) -> tuple:
    """The comparable token sequence of a lexicon phrase."""
    return tuple(token.norm for token in tokenize(phrase, placeholders=True))

