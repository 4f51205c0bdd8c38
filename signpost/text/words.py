"""Folding one word to its comparable form, shared by the understanding tokenizer and the gazetteer.

The comparable form of a word is case-folded, has Latin accents removed ("café" -> "cafe") and
drops apostrophes of any kind, so "can't", "can’t" and "cant" are the same token. Letters that
keyboards and writers use interchangeably fold to one form: Arabic-script variants (Arabic and
Urdu keyboards give "ي"/"ی", "ك"/"ک", "ه"/"ہ"/"ھ"/"ة"; hamza and madda seats; optional harakat and
tatweel) and Gurmukhi marks typed inconsistently (nukta, adhak, bindi/tippi, long/short i and u);
Bengali and Gujarati long/short i and u and chandrabindu; and Indic letters and vowel signs typed
precomposed or in parts (NFC).
Zero-width joiners inside a word are dropped like apostrophes. Polish "ł", which has no accent to
remove, folds to "l" ("bezpłatny" = "bezplatny"). The Arabic-script table is the product's one, in
signpost/text/folding.py, which also turns Traditional Chinese into Simplified for the tokenizer
and the gazetteer.
"""
from __future__ import annotations

import re
import unicodedata

from signpost.text.folding import ARABIC_SCRIPT_FOLDS

APOSTROPHES = frozenset("'’‘ʼ`´′")
ZERO_WIDTH_JOINERS = frozenset("\u200c\u200d")
DROPPED_INSIDE_WORDS = APOSTROPHES | ZERO_WIDTH_JOINERS
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


def fold_word(word: str) -> str:
    """The comparable form of one word (what tokenize() gives a token, and how the gazetteer folds names)."""
    folded = []
    for char in word.casefold():
        if char in DROPPED_INSIDE_WORDS:
            continue
        if ord(char) <= _LAST_LATIN:
            char = _LATIN_LETTER_FOLDS.get(char, char)
            folded.extend(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        else:
            folded.append(_SCRIPT_FOLDS.get(char, char))
    # NFC last: Indic letters typed precomposed or as base + nukta ("য়"), and vowel signs typed
    # whole or in two parts (Tamil "ொ"), become one form.
    return unicodedata.normalize("NFC", "".join(folded))


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Roughly how many words a message has, in any of the product's scripts. Chinese is written
    without spaces and its words are mostly one or two characters, so two Han characters count
    as one word."""
    han = len(_HAN.findall(text))
    spaced = _HAN.sub(" ", text).split()
    return sum(any(char.isalpha() for char in token) for token in spaced) + han // 2
