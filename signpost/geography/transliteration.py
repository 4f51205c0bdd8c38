"""Place names in other scripts that no list spells: matched by how they sound.

A user writing Urdu, Arabic, Bengali, Gurmukhi, Gujarati or Tamil spells an English town in their
own letters ("ہینلی میں", Hanley; "கேட்ஃபோர்டில்", in Catford). script_names.csv and GeoNames
spell only some places; this is the fallback for a word nothing else matched. Both sides are
reduced to a phonetic key, a consonant skeleton over classes of letters the scripts merge:

    P  p b         (Arabic has no p: ب; Tamil ப is p/b/f; Bengali ব and ভ are b or v)
    F  f           (Arabic ف is f or v)
    W  w v         (Urdu و, Gurmukhi ਵ, Gujarati વ, Tamil வ are v/w)
    T  t d th      (Tamil has no voicing contrast; Urdu ٹ/ڈ and Indic retroflex t/d are English t/d)
    K  k g c q     (Tamil க is k/g; Arabic ج is often g)
    J  j ch soft g (Tamil ச is ch/s/j; Bengali জ is j/z)
    S  s z sh soft c
    N  n, the Indic nasal signs before a consonant (ng is N K: Bengali ং, Tamil ங);  M  m;  L  l;
    R  r;  H  an h that starts a word (or, Urdu ھ, may stand between vowels)
    A  a vowel that starts the word (Ashfield is not Sheffield, Oxford not Gosport)
    Y  the "yu" English writes "ew" or "eu" after a consonant, which Indic scripts spell with a y
       ("ડ્યુ", "নিউ" for Dew-, New-): kept where both sides write it, so Dewsbury is not Didsbury

Vowels, y, aspiration and any other h are dropped, and a class repeated is one letter (doubled
letters, "dt", a retroflex beside a dental). Where a letter may be either of two (English "w"
before "-ich" may be silent, "ch" is k before r; Urdu "و" inside a word is a vowel or w, Arabic
"ف" f or v), every reading is a key, and two spellings match when their keys meet; a word's
plainest readings are tried first.

Precision matters more than recall, since a false place silently changes a search. Here:
- a key needs MIN_CONSONANTS classes (Hanley, H N L, has three), and a key that short names only
  a place of SHORT_KEY_WEIGHT, unless the name says a class again after a vowel and the word says
  the same (Nuneaton, N-N-T-N, keyed N T N; Gujarati "નનીટન"): counted with the repeat, the key is
  longer than an everyday word's that merely collapses to it;
- two places with one key are no match unless one outweighs the other AMBIGUITY_RATIO times
  (an authority outweighs any town);
- English words people write in their letters (LOANWORDS), where a reading as plain as the
  place's meets one, and listed everyday words of their languages (everyday_script_words.csv)
  are no place.
Where a word must be for it to count (after a location word, before a postposition, with an
ending meaning "in"), and the forms no English name takes, are the text matcher's (mentions.py).
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from .inflections import fold
from .model import Place

MIN_CONSONANTS = 3
# Three consonants are met by many everyday words (most Arabic words are three-letter roots): a
# key that short names only a local authority, a written neighbourhood or a town this big.
SHORT_KEY_WEIGHT = 100_000
# The bigger of two places sharing a key is taken when it is this many times the other's size.
AMBIGUITY_RATIO = 10
# Readings of one word kept at most: each doubtful letter doubles them.
MAX_KEYS = 16

# English words people write in Urdu, Arabic, Bengali, Punjabi, Gujarati or Tamil letters in a chat
# about help, family, work and daily life ("گروپ میں", "ગ્રુપમાં", group: not Corby), and places
# abroad. Written for signpost; the few in the last lines of English words (samaritans, chemist,
# breakup, canal...) after reading which words of the training text met a place's key.
LOANWORDS = tuple(
    """
    group groups school college university council counsel counsellor counselling councillor therapy
    therapist doctor doctors clinic hospital nurse ambulance police station bus train ticket taxi
    car garage road street flat house room hostel shelter office job work shift factory company
    manager boss interview salary benefit benefits credit universal pension bank loan card phone
    mobile message text call online internet facebook whatsapp instagram tiktok youtube google
    video film drama movie cinema music song radio television laptop computer email password
    library book books exam exams test result results degree course class teacher student students
    uniform lunch dinner breakfast tea coffee restaurant hotel market shop shopping supermarket
    table chair bed sofa kitchen toilet bathroom door window garden park gym football cricket match
    team club party birthday wedding holiday weekend date appointment meeting form letter address
    postcode number english language interpreter translator lawyer solicitor court judge visa
    passport home office asylum immigration refugee tablet tablets medicine pills prescription
    pharmacy chemist injection blood pressure sugar diabetes cancer stress depression anxiety panic
    attack mental health problem problems service services support helpline emergency crisis
    hotline volunteer charity mosque temple gurdwara church centre center community social worker
    carer care baby nursery daycare playgroup family friend friends boyfriend girlfriend husband
    sorry please thanks hello okay ok fine normal tension pressure control plan sign report
    private free fees money cash rent bill bills electric gas water council tax march april
    samaritans chemist training breakup canal routine chat net station video town city
    pakistan india bangladesh afghanistan somalia sudan syria iraq iran yemen nigeria ghana kenya
    poland romania portugal brazil china dubai saudi karachi lahore islamabad mirpur dhaka sylhet
    amritsar jalandhar ludhiana delhi mumbai gujarat punjab kerala chennai colombo jaffna
    mogadishu hargeisa kabul damascus baghdad cairo
    """.split()
)

# -- English spellings -------------------------------------------------------------------------

_VOWELS = frozenset("aeiouy")
_LATIN_CLASSES = {
    **dict.fromkeys("pb", "P"), "f": "F", "v": "W", **dict.fromkeys("td", "T"),
    **dict.fromkeys("kq", "K"),
    "j": "J", **dict.fromkeys("sz", "S"), "x": "KS", "l": "L", "m": "M", "n": "N", "r": "R",
}


def english_keys(name: str) -> FrozenSet[str]:
    """The phonetic keys of an English place name, its words' keys run together."""
    words = ["".join(char for char in word if "a" <= char <= "z") for word in name.lower().split()]
    return _joined([_english_word(word) for word in words if word])


# Letters read as one sound, (spelling, how many of its letters the sound takes, readings); where
# two share a start, the longer first.
_ENGLISH_GROUPS = (
    ("tch", 3, ("J", "TJ", "TS")),  # Tamil மிட்சாம், Arabic ميتشام for Mitcham
    ("tion", 4, ("SN",)), ("sion", 4, ("SN",)),  # station: Urdu اسٹیشن
    ("sch", 3, ("SK",)),  # school
    ("chr", 2, ("K",)), ("chem", 2, ("K",)),  # Christchurch, chemist
    ("ch", 2, ("J",)),
    ("dg", 2, ("J",)), ("sh", 2, ("S",)), ("ph", 2, ("F",)), ("th", 2, ("T",)), ("ck", 2, ("K",)),
    ("ng", 2, ("NK",)),  # Urdu برمنگھم, Bengali বার্মিংহাম (ং is ng), Tamil பர்மிங்காம்
    ("wh", 2, ("W",)),
)
_ENGLISH_FIRST_GROUPS = (("wr", 2, ("R",)), ("kn", 2, ("N",)), ("gh", 2, ("K",)))


def _english_word(word: str) -> List[Tuple[str, ...]]:
    readings: List[Tuple[str, ...]] = []
    i = 0
    while i < len(word):
        rest, char = word[i:], word[i]
        previous, following = word[i - 1 : i], word[i + 1 : i + 2]
        group = next(
            (group for group in (_ENGLISH_FIRST_GROUPS if i == 0 else ()) + _ENGLISH_GROUPS if rest.startswith(group[0])),
            None,
        )
        if group is not None:
            readings.append(group[2])
            i += group[1]
            continue
        if rest.startswith("gh"):  # silent in High, Keighley, -borough; f in Loughborough
            readings.append(("", "F") if word[i - 2 : i] in ("ou", "au") else ("",))
            i += 2
            continue
        if char == "c":
            reading: Tuple[str, ...] = ("S",) if following in ("e", "i", "y") else ("K",)
        elif char == "g" and following in ("e", "i", "y"):  # Stevenage; Gillingham
            reading = ("J",) if word[i + 1 :] == "e" else ("J", "K")
        elif char == "g":
            reading = ("K",)
        elif char == "w" and i == 0:
            reading = ("W",)
        elif char == "w" and following and following not in "aeiou":
            reading = ("",)  # Newham, Hounslow's last letter
        elif char == "w" and previous in _VOWELS:
            reading = ("W", "") if following else ("",)
        elif char == "w":  # Norwich, Warwick, Southwark; Edgware, Hanwell
            reading = ("W", "") if word[i + 1 : i + 4] in ("ich", "ick", "ark") else ("W",)
        elif char == "h":  # pronounced at the start and between vowels (Solihull), not in -ham
            reading = ("H",) if i == 0 else ("H", "") if previous in _VOWELS and following in _VOWELS else ("",)
        elif char == "e" and i > 0 and previous not in _VOWELS and following in ("w", "u"):
            reading = ("", "Y")
        elif char in _VOWELS:
            reading = ("A",) if i == 0 and char != "y" else ("",)
        else:
            reading = (_LATIN_CLASSES.get(char, ""),)
        readings.append(reading)
        i += 1
    return readings


# -- other scripts -----------------------------------------------------------------------------

# Arabic script, folded as signpost.text.words folds it (ی for every yeh, ک for kaf, ہ for every heh).
_ARABIC_CLASSES: Dict[str, Tuple[str, ...]] = {
    **dict.fromkeys("بپ", ("P",)), "ف": ("F",), "ڤ": ("W",),
    **dict.fromkeys("تٹطدڈ", ("T",)),
    **dict.fromkeys("ثذ", ("T", "S")),  # th in Arabic; s, z in Urdu
    **dict.fromkeys("ضظ", ("T", "S")),
    "ج": ("J", "K"),  # Arabic writes English g with it (كامبريدج, جلاسكو)
    **dict.fromkeys("چژ", ("J",)),
    **dict.fromkeys("کگقغخ", ("K",)),
    **dict.fromkeys("سصز", ("S",)),
    "ش": ("S", "J"),  # Arabic writes ch with it: مانشستر
    "ل": ("L",), **dict.fromkeys("رڑ", ("R",)), "م": ("M",), "ن": ("N",),
}
_ARABIC_H = "ہح"
_ARABIC_WAW = "و"
_ARABIC_VOWELS = "اع"

# The Indic scripts share one layout: a consonant's class by its offset in its Unicode block.
_INDIC_BLOCKS = {"BENGALI": 0x0980, "GURMUKHI": 0x0A00, "GUJARATI": 0x0A80, "TAMIL": 0x0B80}
_INDIC_OFFSETS: Dict[int, Tuple[str, ...]] = {
    **dict.fromkeys(range(0x15, 0x19), ("K",)), 0x19: ("N",),
    **dict.fromkeys(range(0x1A, 0x1E), ("J",)), 0x1E: ("N",),
    **dict.fromkeys(range(0x1F, 0x23), ("T",)), 0x23: ("N",),
    **dict.fromkeys(range(0x24, 0x28), ("T",)), 0x28: ("N",), 0x29: ("N",),
    0x2A: ("P",), 0x2B: ("F", "P"), 0x2C: ("P",), 0x2D: ("P", "W"), 0x2E: ("M",), 0x2F: ("",),
    0x30: ("R",), 0x31: ("R",), 0x32: ("L",), 0x33: ("L",), 0x34: ("L",), 0x35: ("W",),
    **dict.fromkeys(range(0x36, 0x39), ("S",)), 0x39: ("",),
    0x0B: ("R",), 0x43: ("R",),  # vocalic r: Bengali "ব্রিটেন" writes ri with it
    0x5C: ("R",), 0x5D: ("R",), 0x5F: ("",),  # Bengali ড়, ঢ়, য়
    0x4E: ("T",),  # Bengali khanda ta
}
# Letters one script reads otherwise: Bengali ব is b or v; Tamil ப is p, b or f, ஃப is f.
_SCRIPT_LETTERS: Dict[int, Tuple[str, ...]] = {
    0x09AC: ("P", "W"), 0x0BAA: ("P", "F"), 0x0B9A: ("J", "S"),
    0x0982: ("NK",), 0x0999: ("NK",), 0x0B99: ("NK",),  # Bengali ং and ঙ, Tamil ங: ng
}
_TAMIL_AYTHAM, _TAMIL_PA = 0x0B83, 0x0BAA
_TAMIL_PROTHETIC = (0x0B87, (0x0BB2, 0x0BB0))  # இ written before an initial l or r: இலண்டன்
# Bengali writes an initial w as o + y (ওয়ান্ডসওয়ার্থ) or u + i (উইলসডেন)
_BENGALI_WA = (unicodedata.normalize("NFC", "\u0993\u09af\u09bc"), "\u0989\u0987")
_INDIC_NASALS = (0x02, 0x70)  # anusvara, Gurmukhi tippi: n, or m before p/b
_INDIC_VOWELS = range(0x05, 0x15)
# A short key with a nasal sign in it is as often a nasal vowel ("ਦੰਦਾਂ" teeth, "ਠੰਢ" cold) as an n.
_NASAL_SIGNS = tuple(chr(start + 0x02) for start in _INDIC_BLOCKS.values()) + ("\u0a70",)
_INDIC_H = 0x39
_INDIC_VIRAMA, _GURMUKHI_ADDAK = 0x4D, 0x71
_INDIC_YA, _INDIC_U_SIGNS, _INDIC_U_LETTERS, _INDIC_I_SIGNS = 0x2F, (0x41, 0x42), (0x09, 0x0A), (0x3F, 0x40)


def script_keys(words: str, language: Optional[str] = None) -> FrozenSet[str]:
    """The phonetic keys of words in Arabic script or an Indic script (folded), run together;
    none for other scripts. Arabic (language "ar") writes v with ف, which Urdu keeps for f."""
    return frozenset(script_readings(words, language))


def script_readings(words: str, language: Optional[str] = None) -> Dict[str, int]:
    """script_keys, each with how many of its letters are read the less usual way (ف as v, a
    medial و as w): the plainest reading of a word is tried first."""
    return dict(_script_readings(words, language == "ar"))


@functools.lru_cache(maxsize=65536)
def _script_readings(words: str, arabic: bool) -> Tuple[Tuple[str, int], ...]:
    readings = [_script_word(word, arabic) for word in words.split()]
    if any(reading is None for reading in readings):
        return ()
    # a name written as two words may be one in English ("بریڈ فورڈ", Bradford): an h starting
    # the second may be silent there (وولور ہیمپٹن, Wolverhampton)
    readings[1:] = [[("H", "")] + reading[1:] if reading[:1] == [("H",)] else reading for reading in readings[1:]]
    return tuple(_costed_keys([reading for word in readings for reading in word]).items())


def _script_word(word: str, arabic: bool) -> Optional[List[Tuple[str, ...]]]:
    readings: List[Tuple[str, ...]] = []
    if "\u0600" <= word[0] <= "\u06ff":
        for i, char in enumerate(word):
            if char == "ش" and word[i - 1 : i] == "ت":
                readings[-1] = ("J", "TS")  # Arabic writes ch as تش: تشسترفيلد, Chesterfield
            elif char in _ARABIC_CLASSES:
                readings.append(("F", "W") if arabic and char == "ف" else _ARABIC_CLASSES[char])
            elif char in _ARABIC_H:  # also Urdu's aspiration (برمنگھم): a medial one may be silent
                readings.append(("H",) if i == 0 else ("H", "") if 0 < i < len(word) - 1 else ("",))
            elif char == _ARABIC_WAW:
                # a word-initial و is w or v; inside a word it is more often the vowel o/u (فورڈ, ford)
                readings.append(("W",) if i == 0 else ("", "W") if i + 1 < len(word) else ("",))
            elif char in _ARABIC_VOWELS and i == 0:
                # Urdu and Arabic write an alef before an initial s and a consonant (اسٹاکپورٹ): read
                # first as silent, so "اسٹیشن" is station before it is East Sheen
                prothetic = word[1:2] in ("س", "ش") and word[2:3] not in ("", "ا", "و", "ی")
                readings.append(("", "A") if prothetic else ("A",))
        return readings
    block = _indic_block(word[0])
    if block is None:
        return None
    letters = [ord(char) - block if block <= ord(char) < block + 0x80 else -1 for char in word]
    for i, offset in enumerate(letters):
        code = block + offset
        if offset == _INDIC_H:
            readings.append(("H",) if i == 0 else ("",))
        elif i == 0 and word.startswith(_BENGALI_WA):
            readings.append(("W",))
        elif i == 1 and word.startswith(_BENGALI_WA):
            continue
        elif i == 0 and offset in _INDIC_VOWELS:
            prothetic = code == _TAMIL_PROTHETIC[0] and len(word) > 1 and ord(word[1]) in _TAMIL_PROTHETIC[1]
            readings.append(("", "A") if prothetic else ("A",))
        elif i > 0 and _is_indic_yu(letters, i):
            readings.append(("Y", ""))
        elif offset in _INDIC_NASALS and code not in _SCRIPT_LETTERS:
            # before a consonant, n (m before p or b); at the end a vowel's nasal ("ਘੰਟਿਆਂ", "બધું")
            following = letters[i + 1] if i + 1 < len(letters) else None
            if following in _INDIC_OFFSETS:
                readings.append(("M",) if _INDIC_OFFSETS[following] == ("P",) else ("N",))
        elif code == _TAMIL_PA and i > 0 and letters[i - 1] == _TAMIL_AYTHAM - block:
            readings.append(("F",))
        elif code in _SCRIPT_LETTERS:
            readings.append(_SCRIPT_LETTERS[code])
        elif offset in _INDIC_OFFSETS:
            readings.append(_INDIC_OFFSETS[offset])
    return readings


def _is_indic_yu(letters: Sequence[int], i: int) -> bool:
    """Whether the letter at i starts a "yu" after a consonant: ya with the vowel sign u or uu
    ("ડ્યુ", "நியூ"), or an independent u or uu after the vowel sign i ("নিউ", "ਨਿਊ")."""
    following = letters[i + 1] if i + 1 < len(letters) else None
    if letters[i] == _INDIC_YA:
        return following in _INDIC_U_SIGNS
    return letters[i] in _INDIC_U_LETTERS and letters[i - 1] in _INDIC_I_SIGNS


def _indic_block(char: str) -> Optional[int]:
    return next((start for start in _INDIC_BLOCKS.values() if start <= ord(char) < start + 0x80), None)


def english_spoken_key(name: str) -> str:
    """The classes an English name says in its plainest reading, a class said again after a vowel
    kept twice: Nuneaton NNTN where its key is NTN; Newton NTN."""
    return "".join(_spoken_key([reading[0] for reading in _english_word(word)]) for word in name.lower().split())


def script_spoken_key(words: str) -> str:
    """english_spoken_key for words in an Indic script: two consonants with no virama (or Gurmukhi
    addak) between them have a vowel between them, written or inherent ("નનીટન" NNTN). Arabic
    script writes short vowels not at all: ""."""
    spoken = ""
    for word in words.split():
        block = _indic_block(word[0]) if word else None
        if block is None:
            return ""
        letters: List[str] = []
        for char in word:
            offset = ord(char) - block
            if offset in (_INDIC_VIRAMA, _GURMUKHI_ADDAK) and letters:
                letters.append("+")
            elif offset in _INDIC_OFFSETS and _INDIC_OFFSETS[offset][0]:
                if letters and letters[-1] not in ("", "+"):
                    letters.append("")  # the inherent vowel of the consonant before
                letters.append(_INDIC_OFFSETS[offset][0])
            elif letters and letters[-1] not in ("", "+"):
                letters.append("")
        spoken += _spoken_key(letters)
    return spoken


def _spoken_key(letters: Sequence[str]) -> str:
    """A word's classes from its letters ("" a vowel or silent letter, "+" a virama): one class
    repeated straight after itself is one, repeated after a vowel two."""
    spoken, previous = "", None
    for letter in letters:
        if letter == "+":
            continue
        if letter == "":
            previous = None
            continue
        for char in letter:
            if char != previous:
                spoken += char
            previous = char
    return spoken


def _joined(words: Sequence[List[Tuple[str, ...]]]) -> FrozenSet[str]:
    return _keys([reading for word in words for reading in word])


def _costed_keys(readings: Sequence[Tuple[str, ...]]) -> Dict[str, int]:
    doubtful = [options for options in readings if len(options) > 1]
    keys: Dict[str, int] = {}
    for chosen in itertools.islice(itertools.product(*[range(len(options)) for options in doubtful]), MAX_KEYS):
        picks = iter(chosen)
        letters = "".join(options[next(picks)] if len(options) > 1 else options[0] for options in readings)
        key, cost = _collapse(letters), sum(1 for pick in chosen if pick)
        keys[key] = min(cost, keys.get(key, cost))
    return keys


def _keys(readings: Sequence[Tuple[str, ...]]) -> FrozenSet[str]:
    doubtful = [options for options in readings if len(options) > 1]
    keys = set()
    for chosen in itertools.islice(itertools.product(*doubtful), MAX_KEYS):
        picks = iter(chosen)
        letters = "".join(next(picks) if len(options) > 1 else options[0] for options in readings)
        keys.add(_collapse(letters))
    return frozenset(keys)


def _collapse(letters: str) -> str:
    return "".join(char for i, char in enumerate(letters) if i == 0 or char != letters[i - 1])


# -- the index ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    place: Place
    # how much the place outranks others of the same key: a local authority above any town, then population
    weight: int
    # the name's classes with a class said again after a vowel kept twice (english_spoken_key)
    spoken: str = ""


class TransliterationIndex:
    """English place names by phonetic key, for words in other scripts."""

    def __init__(
        self,
        names: Iterable[Tuple[str, Place, int]],
        loanwords: Iterable[str] = LOANWORDS,
        everyday_words: Iterable[str] = (),
    ):
        """names: (English name, place, weight); loanwords: English words people write in their
        own script, and everyday_words: words of their own languages (everyday_script_words.csv),
        which are no place whatever their key meets."""
        self._everyday_words = frozenset(fold(word) for word in everyday_words)
        self._by_key: Dict[Tuple[bool, str], Dict[str, Candidate]] = {}
        for name, place, weight in names:
            several = " " in name.strip()
            spoken = english_spoken_key(name)
            for key in english_keys(name):
                if len(key) >= MIN_CONSONANTS:
                    _add(self._by_key, (several, key), Candidate(place, weight, spoken))
        self._loanword_keys = frozenset(key for word in loanwords for key in english_keys(word))

    def everyday(self, forms: Iterable[str]) -> bool:
        """Whether one of a word's forms (as written, its stems) is a listed everyday word."""
        return any(fold(form) in self._everyday_words for form in forms)

    def place(
        self, forms: Sequence[str], min_consonants: int = MIN_CONSONANTS, language: Optional[str] = None
    ) -> Optional[Place]:
        """The one place a word (or words) means, trying each of its forms (as written, then its
        stems) in turn, and its plainest readings first; None when a form may be a loanword, or no
        key of min_consonants or more is a place's, or the key is ambiguous. Two words only match a
        name of two words or more; a key of MIN_CONSONANTS only a place of SHORT_KEY_WEIGHT."""
        if self.everyday(forms):
            return None
        all_readings = [script_readings(form, language) for form in forms]
        # a loanword read as plainly as the place, or more plainly, is what the word is; one met only
        # by a rarer reading is not (Bengali "লাফবরো" read plainly is Loughborough, with ফ as p "library")
        plainest_loanword = min(
            (cost for readings in all_readings for key, cost in readings.items() if key in self._loanword_keys),
            default=None,
        )
        for form, readings in zip(forms, all_readings):
            several = " " in form
            for cost in sorted(set(readings.values())):
                if plainest_loanword is not None and plainest_loanword <= cost:
                    return None
                keys = [key for key, key_cost in readings.items() if key_cost == cost]
                candidates = self._candidates(form, keys, several, min_consonants, script_spoken_key(form))
                if candidates:
                    return _unambiguous(list(candidates.values()))
        return None

    def _candidates(
        self, form: str, keys: Sequence[str], several: bool, min_consonants: int, form_spoken: str = ""
    ) -> Dict[str, Candidate]:
        """The places whose keys are among keys, each at its greatest weight; where the name and the
        word say the same classes with the same one again after a vowel (form_spoken), the key
        counts as that much longer."""
        candidates: Dict[str, Candidate] = {}
        for key in keys:
            for written_as in ((True,) if several else (False, True)):
                for candidate in self._by_key.get((written_as, key), {}).values():
                    length = len(key)
                    if form_spoken and candidate.spoken == form_spoken:
                        length = max(length, len(form_spoken))
                    if length < min_consonants:
                        continue
                    if length == MIN_CONSONANTS and (
                        candidate.weight < SHORT_KEY_WEIGHT or any(sign in form for sign in _NASAL_SIGNS)
                    ):
                        continue
                    current = candidates.get(candidate.place.key)
                    if current is None or candidate.weight > current.weight:
                        candidates[candidate.place.key] = candidate
        return candidates


def _add(by_key: Dict[Tuple[bool, str], Dict[str, Candidate]], key: Tuple[bool, str], candidate: Candidate) -> None:
    found = by_key.setdefault(key, {})
    current = found.get(candidate.place.key)
    if current is None or candidate.weight > current.weight:
        found[candidate.place.key] = candidate


def _unambiguous(candidates: List[Candidate]) -> Optional[Place]:
    if len(candidates) == 1:
        return candidates[0].place
    ranked = sorted(candidates, key=lambda candidate: -candidate.weight)
    if ranked[0].weight >= AMBIGUITY_RATIO * max(ranked[1].weight, 1):
        return ranked[0].place
    return None


def script_of(word: str) -> Optional[str]:
    """ARABIC, BENGALI, GURMUKHI, GUJARATI or TAMIL for a word in one of those scripts."""
    if not word:
        return None
    name = unicodedata.name(word[0], " ").split(" ")[0]
    return name if name == "ARABIC" or name in _INDIC_BLOCKS else None
