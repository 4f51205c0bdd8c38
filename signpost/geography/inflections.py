"""Place names with a case ending or postposition written onto them, and letters typed interchangeably.

Several supported languages write "in" or "from" onto the word: Bengali "লন্ডনে" (in London),
Gujarati "લેસ્ટરમાં" (in Leicester), Tamil "லண்டனில்" (in London), Punjabi "ਲੰਡਨੋਂ" (from London),
Arabic "بلندن" (in London, a prefix), Polish "w Londynie", "w Manchesterze" (locative). The matcher
looks a word up as written first and, only when that is no name, as each stem below; a stem must
keep a few letters (MIN_STEM_LETTERS; two for the Indic scripts), so an ending never leaves a short everyday word.

Endings of a script are tried whatever the language slot says (Bengali, Gujarati, Tamil and
Gurmukhi letters belong to one supported language each). Arabic prefixes and Latin-script endings
are tried only for the language they belong to ("w Bathu" is Polish; a Latin word is not stripped
for English), and a Latin word only when it is capitalised.

Non-Latin names and words are compared after the same letter folding as lexicon phrases
(signpost.text.words: Arabic/Urdu keyboard variants, Gurmukhi nukta and bindi, Bengali
and Gujarati long/short vowels), so "ليدز" and "لیدز" are one name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Dict, Optional, Tuple

from signpost.text.folding import simplify_chinese
from signpost.text.words import fold_word

MIN_STEM_LETTERS = 3
# Indic consonants carry their vowel ("હેરો", Harrow, is two letters and a vowel sign).
MIN_SYLLABIC_STEM_LETTERS = 2

_VIRAMA_TAMIL = "\u0bcd"

# Endings, longest first within each script. Tamil endings that begin with a vowel sign replace
# the virama of a consonant-final name ("லண்டன்" + "இல்" = "லண்டனில்"): both stems are tried.
_SCRIPT_ENDINGS: Dict[str, Tuple[str, ...]] = {
    # the last five make plurals: "কাউন্সেলরদের" (of counsellors), "গ্রুপগুলো" (the groups)
    "BENGALI": ("েরতে", "েতে", "েরে", "ের", "তে", "য়ে", "য়", "কে", "ে", "র", "দেরকে", "দের", "রা", "গুলো", "গুলি"),
    "GUJARATI": ("માંથી", "માંની", "માંના", "માં", "મા", "થી", "નું", "ના", "ની", "ને", "નો"),
    "TAMIL": (
        "ிலிருந்து", "விலிருந்து", "யிலிருந்து", "லிருந்து",
        "களிலிருந்து", "களுக்கான", "களுக்கு", "களிடம்", "களில்", "களை", "கள்",  # plurals: "ஆலோசகர்கள்"
        "ிலுள்ள", "ில்", "வில்", "யில்", "கில்", "ுக்கான", "க்கான", "ுக்கு", "க்கு", "விற்கு", "ின்", "வின்",
        # the object ending, with the consonant a following word doubles onto it ("உளவியலாளரைப் பார்க்க")
        "ைப்", "ைக்", "ைச்", "ைத்", "ை", "வைப்", "வை",
        # spoken Tamil's "in", written straight onto the name: "லண்டன்ல", "வெம்ப்ளில"
        "ல",
    ),
    "GURMUKHI": ("ੋਂ", "ਵਿੱਚ", "ਵਿਚ", "ਚ"),
}
# Consonants Tamil doubles onto a word ending in a vowel before a word beginning with them.
_TAMIL_DOUBLED = frozenset({"க்", "ச்", "த்", "ப்"})


def _is_vowel_sign(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Mc") and char != _VIRAMA_TAMIL


# Tamil nouns in -am take their case endings on -att-: "வங்காளம்" + "இல்" = "வங்காளத்தில்".
_TAMIL_AM_ENDINGS = ("த்திலிருந்து", "த்திற்கு", "த்துக்கு", "த்தில்", "த்தை", "த்தின்")
_ARABIC_PREFIXES = ("وب", "ول", "وف", "ب", "ل", "و", "ف")
_LATIN_ENDINGS: Dict[str, Tuple[str, ...]] = {
    "pl": ("iem", "owi", "zie", "ie", "iu", "ze", "em", "u", "a", "y"),
    "ro": ("ului", "ul"),
}


def _script(char: str) -> str:
    return unicodedata.name(char, " ").split(" ")[0]


def _letters(text: str) -> int:
    return sum(1 for char in text if unicodedata.category(char)[0] == "L")


def fold(word: str) -> str:
    """The comparable form of a non-Latin word or name: the lexicon's letter folding, and
    Traditional Chinese characters as Simplified."""
    return simplify_chinese(fold_word(word))


# Urdu writes English t, d, r with its retroflex letters and aspiration with do-chashmi he, where
# Persian and Arabic spellings (most of GeoNames') use plain t, d, r and no he: "برمنگھم" (Urdu)
# and "برمنگم" (Persian) are one name. Compared folded (he variants are already one letter).
_ARABIC_SKELETON = str.maketrans({"\u0679": "\u062a", "\u0688": "\u062f", "\u0691": "\u0631"})


def arabic_skeleton(key: str) -> str:
    """The folded Arabic-script word with Urdu's retroflex letters as plain ones and no he inside it."""
    word = key.translate(_ARABIC_SKELETON)
    return word[:1] + word[1:-1].replace("\u06c1", "") + word[-1:] if len(word) > 2 else word


def is_arabic_script(key: str) -> bool:
    return bool(key) and "\u0600" <= key[0] <= "\u06ff"


@lru_cache(maxsize=None)
def _folded_endings(script: str) -> Tuple[str, ...]:
    return tuple(fold(ending) for ending in _SCRIPT_ENDINGS[script])


@lru_cache(maxsize=65536)
def stems(key: str, text: str, language: Optional[str]) -> Tuple[str, ...]:
    """Other keys the word might stand for with its ending (or Arabic prefix) taken off.

    key is the word's comparable form, text the word as written (for its capital letter).
    """
    if not key or " " in key:
        return ()
    found = []
    if key.isascii():
        endings = _LATIN_ENDINGS.get(language or "", ())
        if endings and text[:1].isupper():
            found += [key[: -len(e)] for e in endings if key.endswith(e) and len(key) - len(e) > MIN_STEM_LETTERS]
        return tuple(found)
    minimum = MIN_STEM_LETTERS
    script = _script(key[-1])
    if script in _SCRIPT_ENDINGS:
        words = [key]
        if script == "TAMIL" and key[-2:] in _TAMIL_DOUBLED and len(key) > 2 and _is_vowel_sign(key[-3]):
            # the consonant a following word doubles onto a vowel ending ("கோவிலுக்குப் போவேன்")
            words.append(key[:-2])
            found.append(key[:-2])
        for word in words:
            for ending in _folded_endings(script):
                if word.endswith(ending) and len(word) > len(ending):
                    stem = word[: -len(ending)]
                    if script == "TAMIL" and unicodedata.category(ending[0]) in ("Mn", "Mc"):
                        found.append(stem + _VIRAMA_TAMIL)
                        if len(stem) > 3 and stem[-2] == _VIRAMA_TAMIL and stem[-3] == stem[-1]:
                            # a borrowed name's final consonant doubles before the ending:
                            # "ஹீத்" + "இல்" = "ஹீத்தில்", "கென்ட்" + "இல்" = "கென்ட்டில்"
                            found.append(stem[:-1])
                    found.append(stem)
            if script == "TAMIL":
                found += [word[: -len(e)] + "ம்" for e in _TAMIL_AM_ENDINGS if word.endswith(e) and len(word) > len(e)]
        minimum = MIN_SYLLABIC_STEM_LETTERS
    elif script == "ARABIC" and language == "ar":
        found += [key[len(p) :] for p in _ARABIC_PREFIXES if key.startswith(p)]
        minimum = MIN_STEM_LETTERS
    return tuple(stem for stem in dict.fromkeys(found) if _letters(stem) >= minimum)
