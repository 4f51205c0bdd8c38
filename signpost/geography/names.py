"""How place names are compared: one normal form for stored names and for what people type."""

from __future__ import annotations

import re
import unicodedata

# Combining marks (vowel signs, viramas, harakat, kana voicing) are part of words in the
# scripts that use them, although Python's \w does not match them.
# The danda and double danda (U+0964, U+0965) end a sentence in Devanagari, Bengali and Gurmukhi: not marks.
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0963\u0966-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u102b-\u103e\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f"
)
WORD_CHARACTER = rf"(?:[^\W_]|[{MARKS}])"

_JOINERS = re.compile(r"[-‐‑‒–—_/]")
_DROPPED = re.compile(r"[.'’‘`´]")
_NOT_WORD = re.compile(rf"[^\w\s{MARKS}]")


def normalise_name(text: str) -> str:
    """Casefolded, accent-free (Latin only), punctuation-free, single-spaced form of a name.

    "Stockton-on-Tees", "stockton on tees" and "STOCKTON ON TEES" compare equal; so do
    "St. Helens" and "St Helens", "King's Lynn" and "Kings Lynn", "Brighton & Hove" and
    "Brighton and Hove". Non-Latin scripts keep their marks: stripping Arabic or Devanagari
    vowel signs would merge different names.
    """
    text = text.lower() if text.isascii() else strip_latin_accents(text).casefold()
    text = text.replace("&", " and ")
    text = _DROPPED.sub("", text)
    text = _JOINERS.sub(" ", text)
    text = _NOT_WORD.sub(" ", text)
    return " ".join(text.split())


def word_consonants(name: str) -> tuple:
    """Each word's letters of a normalised name other than vowels and y, which is a vowel in
    "Lyne": "ashten andar line" and "ashton under lyne" differ only in vowels."""
    return tuple("".join(char for char in word if char not in "aeiouy") for word in name.split())


def strip_latin_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def slug(text: str) -> str:
    return normalise_name(text).replace(" ", "-")


def is_latin(text: str) -> bool:
    """True when every letter in text is a Latin letter (accents allowed)."""
    if text.isascii():
        return True
    for char in strip_latin_accents(text):
        if char.isalpha() and not char.isascii():
            return False
    return True


# Scripts written without spaces between words: a name in them can sit inside a longer run
# of letters ("我在曼彻斯特"), so text search matches them as substrings.
_UNSPACED_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
)


def is_unspaced_script(char: str) -> bool:
    code = ord(char)
    if code < 0x0E00:
        return False
    return any(low <= code <= high for low, high in _UNSPACED_RANGES)
