"""Which of the supported languages a message is written in, when that can be told.

Scripts decide most languages outright (Gurmukhi, Bengali, Gujarati, Tamil, Chinese); lingua,
which ships its models, tells Urdu from Arabic and the Latin-script languages apart. Short or
ambiguous messages ("ok", "Leeds", "SW9", "Leeds, Bradford, Wakefield": place names are not counted
as words) and romanised South Asian languages return None, so the conversation keeps the language
it had rather than flipping on a place name. Romanised Urdu is deliberately not claimed as Urdu:
many people who type it do not read Urdu script, so answering in it would be a wrong flip; its
entities are still found (signpost.understanding reads it with the Urdu lexicon).

Python 3.10 compatible: the Rasa server's environment imports this inside an NLU component.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Optional

SUPPORTED = ("en", "ur", "bn", "pa", "gu", "ta", "ar", "so", "pl", "ro", "pt", "zh")
SCRIPT_LANGUAGES = {"GURMUKHI": "pa", "BENGALI": "bn", "GUJARATI": "gu", "TAMIL": "ta", "CJK": "zh"}
# the script each supported language is written in (the rest: Latin)
LANGUAGE_SCRIPTS = {**{language: script for script, language in SCRIPT_LANGUAGES.items()}, "ur": "ARABIC", "ar": "ARABIC"}
LATIN_CANDIDATES = ("en", "pl", "ro", "pt", "so")
# Look-alikes that are not supported: when one of them wins, the message is not claimed for a
# supported language it merely resembles.
LATIN_DECOYS = ("fr", "es", "it", "de", "nl", "tl", "id", "sw", "yo", "tr")
ARABIC_SCRIPT_CANDIDATES = ("ur", "ar")
ARABIC_SCRIPT_DECOYS = ("fa",)
MIN_LATIN_WORDS = 3
MIN_CONFIDENCE = 0.5
# Words that mark romanised Urdu, Hindi or Punjabi, which lingua would take for Somali or Tagalog.
ROMANISED_SOUTH_ASIAN = {
    "hai", "hain", "nahi", "nahin", "mujhe", "mujhay", "kya", "kyun", "mein", "main", "hoon", "hun",
    "chahiye", "chahta", "chahti", "aap", "ap", "tum", "mera", "meri", "mere", "koi", "kaise",
    "kahan", "bahut", "bohat", "karna", "karo", "zindagi", "madad", "yaar", "acha", "theek",
    # romanised Punjabi
    "mainu", "tusi", "tuhanu", "sanu", "kithe", "chahida", "chahidi", "naal", "vich", "dasso",
}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
NOISE = re.compile(r"https?://\S+|\S+@\S+|\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b|\b[A-Za-z]{1,2}\d{1,2}[A-Za-z]?\b")


# "main" and "ap" are English words too; they count only beside another marker.
_ROMANISED_AMBIGUOUS = {"main", "ap"}


def looks_romanised_south_asian(text: str) -> bool:
    """Whether Latin-script text reads as romanised Urdu/Hindi/Punjabi: two distinct marker words,
    at least one of them not also English ("koi counsellor hai" yes; "the main road" no)."""
    words = {w.lower() for w in WORD.findall(text or "")}
    markers = words & ROMANISED_SOUTH_ASIAN
    return len(markers) >= 2 and bool(markers - _ROMANISED_AMBIGUOUS)


def script_of(char: str) -> Optional[str]:
    name = unicodedata.name(char, "")
    if not name:
        return None
    first = name.split(" ")[0]
    return "CJK" if first in ("CJK", "HIRAGANA", "KATAKANA") else first


def letter_scripts(text: str) -> Counter:
    return Counter(s for s in (script_of(c) for c in text if c.isalpha()) if s)


def in_script_of(text: str, language: str) -> bool:
    """Whether at least half of text's letters are in the script `language` is written in: an
    English service description is not for a Gurmukhi reply. The script cannot tell English from
    Polish, so Latin text counts as in the script of every Latin-script language."""
    scripts = letter_scripts(text or "")
    letters = sum(scripts.values())
    return letters > 0 and scripts[LANGUAGE_SCRIPTS.get(language, "LATIN")] * 2 >= letters


@lru_cache(maxsize=None)
def _detector(candidates: tuple):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in candidates]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


def _best(text: str, candidates: tuple) -> tuple:
    values = _detector(candidates).compute_language_confidence_values(text)
    if not values:
        return None, 0.0
    top = values[0]
    return top.language.iso_code_639_1.name.lower(), top.value


def detect_language(text: str) -> Optional[str]:
    """The supported language `text` is written in, or None when it cannot be told with confidence."""
    cleaned = NOISE.sub(" ", text or "")
    scripts = letter_scripts(cleaned)
    letters = sum(scripts.values())
    if letters < 2:
        return None
    script, count = scripts.most_common(1)[0]
    if script != "LATIN" and count * 2 >= letters:
        if script in SCRIPT_LANGUAGES:
            return SCRIPT_LANGUAGES[script]
        if script == "ARABIC":
            language, confidence = _best(cleaned, ARABIC_SCRIPT_CANDIDATES + ARABIC_SCRIPT_DECOYS)
            return language if language in ARABIC_SCRIPT_CANDIDATES else None
        return None
    words = [w.lower() for w in WORD.findall(_without_places(cleaned))]
    if len(words) < MIN_LATIN_WORDS or ROMANISED_SOUTH_ASIAN & set(words):
        return None
    language, confidence = _best(cleaned, LATIN_CANDIDATES + LATIN_DECOYS)
    if language in LATIN_CANDIDATES and confidence >= MIN_CONFIDENCE:
        return language
    return None


def _without_places(text: str) -> str:
    """Latin text without the place names in it: English names say nothing about the language
    ("Leeds, Bradford, Wakefield" is no more English than Polish). Names in other scripts are kept:
    there the script itself is the evidence."""
    from signpost.geography import load_gazetteer  # late: the gazetteer loads data files

    pieces, position = [], 0
    for mention in load_gazetteer().find_in_text(text):  # in text order
        if mention.start >= position:
            pieces += [text[position : mention.start], " "]
            position = mention.end
    # joined once: cutting the text once per place made a long message quadratic
    return "".join(pieces) + text[position:]


def warm_up() -> None:
    """Loads the language models (and the gazetteer) now rather than at the first message."""
    from signpost.geography import load_gazetteer

    load_gazetteer()
    _detector(LATIN_CANDIDATES + LATIN_DECOYS)
    _detector(ARABIC_SCRIPT_CANDIDATES + ARABIC_SCRIPT_DECOYS)
