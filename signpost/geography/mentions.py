"""Finding place names and postcodes in a chat message.

Runs on every message, so it does dictionary look-ups over word n-grams rather than scanning
every known name. The rules that keep ordinary words from being read as places:

- ANY: matches in any case ("manchester", "Tower Hamlets").
- CAPITALISED: the first word must be written with a capital ("Brixton", not "brixton").
- LOCATED: an authority whose name is also a word ("Hackney", "Hull"): in any case after a
  location word ("in", "near", "from", ...), or capitalised anywhere but the start of a sentence.
- GUARDED: a place whose name is an everyday word ("Reading", "Bath", "Sale"): as LOCATED,
  but always capitalised ("interested in reading" names no place).
- STRICT: a small place whose name is an everyday word ("Hope", "Street", "Church"), or a
  one-word neighbourhood: capitalised and straight after a location word ("in Hope") or straight
  before a romanised postposition no English sentence has ("Tooting ma", "Tooting mein").

A name followed by a street word ("Oxford Street", "London Road") is a street, not that place, and
a name inside words that mean something else ("New York", "Nelson Mandela", Chinese "哈罗" hello:
not_place_words.csv) is no place, unless one of that entry's own words is right next to them
("住在哈罗", I live in Harrow).
Postcodes match anywhere; a bare district ("SW9") must be typed in capitals or follow a
location word, and districts that are also vitamins, motorways or the like ("B12", "M6") always
need the location word. Where matches overlap, the longest wins.

A LOCATED name typed in lower case is also the place straight before a romanised postposition no
English sentence has ("harrow ma", "oxford mein"), and anywhere in a message in another language
("hull - pomoc po polsku", "harrow ayaan joognaa"): there its English meaning is not in play.

Lower case: a CAPITALISED name (a town under 50,000 people whose name is no English word) also
matches in lower case straight after a location word ("in darwen", "w darwen", "em darwen") or
straight before a postposition of romanised Urdu, Hindi, Bengali, Punjabi, Gujarati or Tamil
("darwen mein", "willesden e", "hanley ch"). A GUARDED name matches in lower case only after a
service or living word and "in" ("counselling in reading", "I live in bath"), where the English
word makes no sense ("interested in reading", "in bath time" still name no place). In a message
in another language, or beside words in another script, a capitalised GUARDED name matches at
the start of a sentence too ("Slough ayaan joogaa", "Reading有冇..."): there it is no English word.

A full postcode typed in lower case without its space needs a location word or "postcode (is)"
before it: "wa22ef" is a romanised Arabic word.

A word in Arabic, Urdu, Bengali, Gurmukhi, Gujarati or Tamil letters that matches no name may be
a place by its sound (transliteration.py): only after a preposition ("في", "in"), before a
postposition ("میں", "ਵਿੱਚ", "কাছে", "அருகில்"), with an ending meaning "in" written onto it
("-এ", "-માં", "-இல்", Arabic "بـ") or before a gurdwara, mosque, temple, church, centre or library
that has one ("ਡਾਰਟਫੋਰਡ ਗੁਰਦੁਆਰੇ ਵਿੱਚ"), and never in forms no English name takes (an Arabic word with
the article or ta marbuta, an Urdu one ending in nasal "ں", a Bengali plural).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from . import inflections
from .model import Place, PlaceMention
from .names import WORD_CHARACTER, is_latin, is_unspaced_script, normalise_name
from .postcodes import INWARD, OUTWARD, Postcode
from .transliteration import MIN_CONSONANTS, TransliterationIndex, script_of

ANY, CAPITALISED, LOCATED, GUARDED, STRICT = "any", "capitalised", "located", "guarded", "strict"

LOCATION_WORDS = frozenset("in near around from at nr outside nearby round within towards across".split())
# The same words in the other Latin-script languages, as compared (accents and "ł" folded):
# "w Readingu", "în Hull", "em Stockwell", "ku Hope". Used when the message's language is known.
LOCATION_WORDS_BY_LANGUAGE = {
    "pl": frozenset("w we z ze kolo obok niedaleko blisko pod okolicy okolicach do".split()),
    "ro": frozenset("in din langa la aproape spre zona".split()),
    "pt": frozenset("em no na perto de do da proximo".split()),
    # Somali also puts "I am staying"/"lives" straight before a place ("waxaan joogaa Deptford")
    "so": frozenset("ku ee ka agagaarka magaalada joogaa joogo nooshahay noolahay degan deggan".split()),
    "ar": frozenset("fi fe bi".split()),  # romanised Arabic ("fi darwen", "bi colindale")
}
# Romanised postpositions written after the place ("darwen mein", "willesden e", "hanley ch",
# "wembley la"): Urdu/Hindi mein/me/main/mai, Bengali e/te, Gujarati ma/maa, Punjabi ch/vich/wich,
# Tamil la/le/il. (Romanised Arabic "fi" comes before the place, as "in" does: a location word.)
# Only names that are no English word take them: "bury me" is not Bury.
POSTPOSITIONS = frozenset("mein me main mai mey e te ma maa ch vich wich la le il".split())
# The postpositions no English sentence has after a word: a LOCATED name before one is the place
# ("harrow ma", "oxford mein", "hull vich"), where "bury me" is still no place.
FOREIGN_POSTPOSITIONS = frozenset("mein mai mey ma maa ch vich wich".split())
# Words about where someone lives that may stand for "in" in speech ("she lives Wealdstone way",
# "we're based Harrow side"); after one, "<place> way" is the area, not a street.
LIVING_WORDS = frozenset("live lives living based staying".split())
# A correction names the place it puts right, as "in" would: "no, I meant pontefract".
CORRECTION_WORDS = frozenset("meant".split())
# Words after which "in" + a place that is also an everyday word is the place: nobody takes
# "counselling in reading" or "I live in bath" for the activity.
SERVICE_WORDS = LIVING_WORDS | frozenset(
    "counselling counseling counsellor counsellors counselor counselors therapy therapies therapist "
    "therapists service services group groups clinic clinics charity charities centre centres center "
    "centers gp gps doctor doctors moved stay reside".split()
)
# Where a word in another script that no name list spells may be a place by its sound
# (transliteration.py): after a preposition (Arabic "في", "من", "قرب"; English "in" in a mixed
# message), before a postposition (Urdu "میں", "سے", "کے پاس"; Bengali "এ", "থেকে"; Gurmukhi "ਵਿੱਚ",
# "ਤੋਂ"; Gujarati "માં", "થી"; Tamil "அருகில்"), or with such an ending written onto it (Bengali
# "-এ/-তে", Gurmukhi "-ਚ/-ੋਂ", Gujarati "-માં/-થી", Tamil "-இல்", Arabic "بـ"). Spoken Tamil's "-ல"
# is left out of one word: it ends many verbs ("பரவாயில்ல").
SCRIPT_PREPOSITIONS = frozenset(
    "في من قرب بقرب عند الى إلى حول منطقة بمنطقة مدينة بمدينة".split()
)
SCRIPT_POSTPOSITIONS = frozenset(
    "میں مے سے وچ توں "
    "এ তে থেকে কাছে এলাকায় শহরে "
    "ਵਿੱਚ ਵਿਚ ਚ ਤੋਂ ਨੇੜੇ ਕੋਲ "
    "માં થી નજીક પાસે "
    "அருகில் அருகே பக்கத்தில் பகுதியில் இல்".split()
)
# A genitive before "near": Urdu "کے پاس", Bengali "এর কাছে", Gurmukhi "ਦੇ ਨੇੜੇ", Gujarati "ના નજીક".
SCRIPT_GENITIVES = frozenset("کے کی এর ਦੇ ના".split())
SCRIPT_NEAR_WORDS = frozenset("پاس قریب نزدیک কাছে ਨੇੜੇ ਕੋਲ નજીક પાસે".split())
SCRIPT_FROM_WORDS = frozenset("من سے توں থেকে ਤੋਂ થી".split())
SCRIPT_LOCATIVE_ENDINGS = ("েতে", "তে", "ে", "ਵਿੱਚ", "ਵਿਚ", "ਚ", "ੋਂ", "માંથી", "માં", "થી", "லிருந்து", "ில்")
SCRIPT_LOCATIVE_PREFIXES = ("وب", "ب")  # Arabic only
# Spoken Tamil's "in", taken off only the last of two words read as one name.
SPOKEN_TWO_WORD_ENDINGS = ("ல",)
# Nouns for a kind of place a town's name is put before ("ਡਾਰਟਫੋਰਡ ਗੁਰਦੁਆਰੇ ਵਿੱਚ", at the Dartford
# gurdwara): gurdwara, mosque, temple, church, centre, library in Gurmukhi, Urdu, Bengali, Gujarati
# and Tamil letters. The word before one is a place when a postposition or locative ending follows
# the noun, by the same sound rules as an ending (ENDING_MIN_CONSONANTS).
SCRIPT_PLACE_KIND_NOUNS = frozenset(
    "ਗੁਰਦੁਆਰਾ ਗੁਰਦੁਆਰੇ ਗੁਰਦਵਾਰਾ ਗੁਰਦਵਾਰੇ ਮਸਜਿਦ ਮੰਦਰ ਮੰਦਿਰ ਚਰਚ ਸੈਂਟਰ ਸੈਂਟਰ ਲਾਇਬ੍ਰੇਰੀ "
    "گوردوارہ گوردوارے گردوارہ گردوارے مسجد مندر چرچ سینٹر سنٹر لائبریری "
    "গুরুদ্বারা মসজিদ মন্দির চার্চ সেন্টার সেন্টারে লাইব্রেরি লাইব্রেরী "
    "ગુરુદ્વારા મસ્જિદ મંદિર ચર્ચ સેન્ટર લાઇબ્રેરી "
    "குருத்வாரா மசூதி பள்ளிவாசல் கோவில் கோயில் சர்ச் சென்டர் நூலகம்".split()
)
# A name found by its sound through an ending or prefix alone, or after "from", needs this many
# consonants; one of two words (a rarer reading), this many.
ENDING_MIN_CONSONANTS = 4
TWO_WORD_MIN_CONSONANTS = 5
# Skeleton keys live in the same table under a prefix no word has, so they never meet a real key.
_SKELETON_MARK = "\u0000"
_LOCATION_WORDS_FOR = {language: LOCATION_WORDS | words for language, words in LOCATION_WORDS_BY_LANGUAGE.items()}
STREET_WORDS = frozenset(
    "street st road rd lane ln avenue ave circus square sq way close drive crescent terrace "
    "gardens park place grove boulevard parade".split()
)
# Bare outward codes that mean something else more often than a postcode district.
DISTRICTS_NEEDING_LOCATION_WORD = frozenset(
    ["B1", "B2", "B3", "B5", "B6", "B7", "B9", "B12", "CR7"]  # vitamins; a footballer
    + [f"M{number}" for number in (1, 2, 3, 4, 5, 6, 11, 18, 20, 23, 25, 26, 27, 40, 45, 50, 60, 61)]  # motorways
)

# Chinese is written without spaces, also around English names ("我住在Watford附近"): a run of
# Chinese characters is a word of its own, so the name beside it is one too.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NOT_HAN_WORD_CHARACTER = rf"(?:(?![{_HAN}]){WORD_CHARACTER})"
_WORD = re.compile(rf"[{_HAN}]+|{_NOT_HAN_WORD_CHARACTER}+(?:['’]{_NOT_HAN_WORD_CHARACTER}+)*|&")
_FULL_POSTCODE = re.compile(rf"(?<![A-Za-z0-9])({OUTWARD})\s?({INWARD})(?![A-Za-z0-9])", re.IGNORECASE)
_OUTWARD_CODE = re.compile(rf"(?<![A-Za-z0-9])({OUTWARD})(?![A-Za-z0-9])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")
# Words before a full postcode typed in lower case without its space ("my postcode is se155aa").
_POSTCODE_CUES = LOCATION_WORDS | {"postcode", "is", "code"}


@dataclass(frozen=True)
class Entry:
    place: Place
    rule: str


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    key: str
    # Other keys the word may stand for: its stems without a case ending or postposition.
    stems: Tuple[str, ...] = ()

    @property
    def keys(self) -> Tuple[str, ...]:
        return (self.key, *self.stems)


class TextMatcher:
    def __init__(
        self,
        entries: Dict[str, Entry],
        district: Callable[[str], Optional[Place]],
        postcode: Callable[[Postcode], Optional[Place]],
        not_places: Sequence[Tuple[str, Sequence[str]]] = (),
        transliterated: Optional[TransliterationIndex] = None,
    ):
        """entries maps normalised names to what they mean; district and postcode resolve codes;
        not_places: (words, words that make them a place when right next to them) in which no
        place is reported.

        Non-Latin names are keyed by their folded form (inflections.fold), as message words are;
        where two fold alike, the first given keeps the key.
        """
        self._entries: Dict[str, Entry] = {}
        for key, entry in entries.items():
            if not _is_unspaced(key):
                self._entries.setdefault(key if key.isascii() else inflections.fold(key), entry)
        # One-word Arabic-script names also by their skeleton (Urdu and Persian spellings meet);
        # a name as written always wins over another's skeleton.
        for key, entry in list(self._entries.items()):
            if " " not in key and inflections.is_arabic_script(key):
                self._entries.setdefault(_SKELETON_MARK + inflections.arabic_skeleton(key), entry)
        # For each word a name can start with, the most words such a name has: most words
        # of a message start no name, and are passed over after one look-up.
        self._longest: Dict[str, int] = {}
        for key in self._entries:
            first, *rest = key.split(" ")
            self._longest[first] = max(self._longest.get(first, 0), len(rest) + 1)
        self._unspaced: Dict[str, List[Tuple[str, Entry]]] = {}
        for key, entry in entries.items():
            if _is_unspaced(key):
                key = _simplify(key)
                self._unspaced.setdefault(key[0], []).append((key, entry))
        for candidates in self._unspaced.values():
            candidates.sort(key=lambda pair: -len(pair[0]))
        self._district = district
        self._postcode = postcode
        self._transliterated = transliterated
        self._not_places: Dict[str, List[Tuple[Tuple[str, ...], frozenset]]] = {}
        self._unspaced_not_places: List[Tuple[str, Tuple[str, ...]]] = []
        for words, next_to in not_places:
            if _is_unspaced(words):
                self._unspaced_not_places.append((_simplify(words), tuple(_simplify(w) for w in next_to)))
                continue
            keys = tuple(_word_key(word) for word in _WORD.findall(words))
            if not keys:
                raise ValueError(f"not-place words {words!r} have no word in them")
            self._not_places.setdefault(keys[0], []).append((keys, frozenset(_word_key(w) for w in next_to)))

    def find(self, text: str, language: Optional[str] = None) -> List[PlaceMention]:
        """Places in text; language (the message's, when known) decides which endings are undone."""
        mentions = self._postcodes(text)
        taken = [(mention.start, mention.end) for mention in mentions]
        tokens = []
        for match in _WORD.finditer(text):
            if taken and _overlaps(match.start(), match.end(), taken):
                continue
            word = match.group()
            key = _word_key(word)
            stems = inflections.stems(key, word, language) if not word.isascii() or language else ()
            if inflections.is_arabic_script(key):
                stems += tuple(_SKELETON_MARK + inflections.arabic_skeleton(form) for form in (key, *stems))
            tokens.append(_Token(match.start(), match.end(), word, key, stems))
        mentions += self._names(text, tokens, language)
        if self._unspaced and not text.isascii():
            mentions += self._unspaced_names(text, taken + [(m.start, m.end) for m in mentions])
        not_places = self._not_place_spans(text, tokens)
        return sorted(
            (m for m in mentions if not any(start <= m.start and m.end <= end for start, end in not_places)),
            key=lambda mention: mention.start,
        )

    def _not_place_spans(self, text: str, tokens: List[_Token]) -> List[Tuple[int, int]]:
        """Where text says something that contains a place name but is no place ("New York")."""
        spans = []
        for index, token in enumerate(tokens):
            for first in token.keys:
                for keys, next_to in self._not_places.get(first, ()):
                    words = tokens[index : index + len(keys)]
                    if (
                        len(words) == len(keys)
                        and all(key in word.keys for key, word in zip(keys, words))
                        # an ending meaning "in" written onto the word says where as a word beside it would
                        and not (len(keys) == 1 and first in _locative_stems(token.key, None) and next_to)
                        and _contiguous(text, words)
                        and not (index > 0 and tokens[index - 1].key in next_to)
                        and not (index + len(keys) < len(tokens) and tokens[index + len(keys)].key in next_to)
                    ):
                        spans.append((token.start, words[-1].end))
        if self._unspaced_not_places and not text.isascii():
            simple = _simplify(text)
            for words, next_to in self._unspaced_not_places:
                start = simple.find(words)
                while start >= 0:
                    end = start + len(words)
                    if not any(simple.endswith(word, 0, start) or simple.startswith(word, end) for word in next_to):
                        spans.append((start, end))
                    start = simple.find(words, end)
        return spans

    def _postcodes(self, text: str) -> List[PlaceMention]:
        mentions = []
        for match in _FULL_POSTCODE.finditer(text):
            unspaced = match.end(1) == match.start(2) and not match.group().isupper()
            if unspaced and not _after_location_word(text, match.start(), _POSTCODE_CUES):
                continue  # "wa22ef" (romanised Arabic) is a word; "WA2 2EF", "wa2 2ef", "postcode wa22ef" are postcodes
            place = self._postcode(Postcode(match.group(1).upper(), match.group(2).upper()))
            if place is not None:
                mentions.append(PlaceMention(match.start(), match.end(), match.group(), place))
        taken = [(mention.start, mention.end) for mention in mentions]
        for match in _OUTWARD_CODE.finditer(text):
            if _overlaps(match.start(), match.end(), taken):
                continue
            code = match.group(1)
            place = self._district(code.upper())
            if place is None:
                continue
            typed_as_code = code.isupper() and code.upper() not in DISTRICTS_NEEDING_LOCATION_WORD
            if typed_as_code or _after_location_word(text, match.start()):
                mentions.append(PlaceMention(match.start(), match.end(), code, place))
        return mentions

    def _names(self, text: str, tokens: List[_Token], language: Optional[str] = None) -> List[PlaceMention]:
        location_words = _LOCATION_WORDS_FOR.get(language or "", LOCATION_WORDS)
        foreign = language not in (None, "en")
        mentions = []
        index = 0
        while index < len(tokens):
            found = None
            longest = max(self._longest.get(key, 0) for key in tokens[index].keys)
            located = index > 0 and (
                tokens[index - 1].key in location_words
                or tokens[index - 1].key in LIVING_WORDS
                or tokens[index - 1].key in CORRECTION_WORDS
                # "in Lambeth or southwark": a list of places continues after the first
                or (
                    index > 1
                    and tokens[index - 1].key in ("and", "or")
                    and bool(mentions)
                    and mentions[-1].end == tokens[index - 2].end
                )
            )
            for length in range(min(longest, len(tokens) - index), 0, -1):
                words = tokens[index : index + length]
                head = [token.key for token in words[:-1]]
                for last in words[-1].keys:  # the word as written, then its stems
                    entry = self._entries.get(" ".join(head + [last]))
                    if (
                        entry is not None
                        and _contiguous(text, words)
                        and self._allowed(text, tokens, index, length, entry.rule, located, foreign)
                    ):
                        found = (length, entry)
                        break
                if found is not None:
                    break
            if found is None and self._transliterated is not None:
                found = self._transliterated_name(text, tokens, index, location_words, language)
            if found is None:
                index += 1
                continue
            length, entry = found
            start, end = tokens[index].start, tokens[index + length - 1].end
            mentions.append(PlaceMention(start, end, text[start:end], entry.place))
            index += length
        return mentions

    def answer_by_sound(self, text: str, language: Optional[str] = None) -> Optional[Place]:
        """The place a bare answer of one or two words in another script names by its sound
        ("هانلي", Hanley): an answer to "where?" says it is a place, as "in" before it would."""
        if self._transliterated is None:
            return None
        tokens = [_Token(m.start(), m.end(), m.group(), _word_key(m.group())) for m in _WORD.finditer(text)]
        if not 1 <= len(tokens) <= 2 or any(script_of(t.key) is None or t.key in _CUE_WORDS for t in tokens):
            return None
        if any(_native_word(t, language) or self._transliterated.everyday(t.keys) for t in tokens):
            return None
        keys = [_gurmukhi_form(t.text) if script_of(t.key) == "GURMUKHI" else t.key for t in tokens]
        least = MIN_CONSONANTS if len(tokens) == 1 else TWO_WORD_MIN_CONSONANTS
        return self._transliterated.place([" ".join(keys)], least, language)

    def _transliterated_name(
        self, text: str, tokens: List[_Token], index: int, location_words: frozenset, language: Optional[str]
    ) -> Optional[Tuple[int, Entry]]:
        """A place a word (or two) in another script names by its sound, where a location word
        or ending says it is a place. Two words are read as one name ("ساؤتھ ہال", Southall) only
        when the second alone names nothing: "ਮੈਂ ਰੌਦਰਹੈਮ" is "I" and Rotherham."""
        for length in (1, 2):
            words = tokens[index : index + length]
            if len(words) < length or not _contiguous(text, words):
                return None
            if any(script_of(word.key) is None or word.key in _CUE_WORDS for word in words):
                return None
            if length == 2 and self._sounded_place(text, tokens, index + 1, 1, location_words, language):
                return None
            place = self._sounded_place(text, tokens, index, length, location_words, language)
            if place is not None:
                return length, Entry(place, ANY)
        return None

    def _sounded_place(
        self,
        text: str,
        tokens: List[_Token],
        index: int,
        length: int,
        location_words: frozenset,
        language: Optional[str],
    ) -> Optional[Place]:
        """The place the length words at index name by their sound, if a word beside them or an
        ending on them says they are a place."""
        words = tokens[index : index + length]
        if any(_native_word(word, language) or self._transliterated.everyday(word.keys) for word in words):
            return None
        # Gurmukhi as typed: the folding drops the nasal signs ("ਲੰਡਨ" would be "ਲਡਨ")
        keys = [_gurmukhi_form(word.text) if script_of(word.key) == "GURMUKHI" else word.key for word in words]
        head, last = " ".join(keys[:-1]), keys[-1]
        previous = tokens[index - 1] if index > 0 and _contiguous(text, tokens[index - 1 : index + 1]) else None
        if previous is not None and (previous.key in _FOLDED_PREPOSITIONS or previous.key in location_words):
            cue: Optional[str] = "from" if previous.key in _FOLDED_FROM_WORDS else "in"
        else:
            cue = _postposition_after(text, tokens, index + length)
        if cue is not None:
            # a short name after "from" or "since" is as often a time ("ہفتوں سے", for weeks)
            least = MIN_CONSONANTS if cue == "in" else ENDING_MIN_CONSONANTS
            if length > 1:
                least = TWO_WORD_MIN_CONSONANTS
            place = self._transliterated.place([f"{head} {last}".strip()], least, language)
            if place is not None:
                return place
        if length > 1:
            # the ending goes on the last word of a two-word name ("আপটন পার্কে", "அப்டன் பார்க்ல"); a
            # first word with an ending of its own is no name's (Bengali infinitive "করতে পারে", can do)
            if _locative_stems(head, language):
                return None
            stems = _locative_stems(last, language, last_of_two=True)
            return self._transliterated.place([f"{head} {stem}" for stem in stems], TWO_WORD_MIN_CONSONANTS, language)
        if _before_located_place_kind(text, tokens, index + 1, language):
            place = self._transliterated.place([last], ENDING_MIN_CONSONANTS, language)
            if place is not None:
                return place
        # an ending is weaker evidence than a word: Bengali "-তে" also makes infinitives ("বলতে")
        return self._transliterated.place(_locative_stems(last, language), ENDING_MIN_CONSONANTS, language)

    def _allowed(
        self, text: str, tokens: List[_Token], index: int, length: int, rule: str, located: bool, foreign: bool = False
    ) -> bool:
        following = tokens[index + length] if index + length < len(tokens) else None
        if following is not None and following.key in STREET_WORDS and not (located and following.key == "way"):
            if not text[tokens[index + length - 1].end : following.start].strip():
                return False
        if rule == ANY:
            return True
        if not tokens[index].text[:1].isupper():
            if rule == CAPITALISED:
                return (
                    located
                    or (following is not None and following.key in POSTPOSITIONS)
                    or (foreign and _heads_the_message(text, tokens, index, length))
                )
            if rule == LOCATED:  # in another language "hull", "harrow" are no English words
                return located or foreign or (following is not None and following.key in FOREIGN_POSTPOSITIONS)
            if rule == STRICT and foreign:  # "bi colindale", "alperton ma": no English "hope" in play
                return located or (following is not None and following.key in FOREIGN_POSTPOSITIONS)
            return rule == GUARDED and _after_service_word(tokens, index)
        if rule == CAPITALISED:
            return True
        if rule == STRICT:  # "in Tooting"; also "Tooting ma", "Tooting mein", "Tooting ch"
            return (
                located
                or (following is not None and following.key in FOREIGN_POSTPOSITIONS)
                # "我喺Deptford": written into a Chinese or Japanese sentence it is no English word
                or (foreign and _against_unspaced_script(text, tokens, index, length))
            )
        return (
            located
            or not _starts_sentence(text, tokens, index)
            or foreign
            or _beside_other_script(tokens, index, length)
        )

    def _unspaced_names(self, text: str, taken: List[Tuple[int, int]]) -> List[PlaceMention]:
        mentions = []
        original, text = text, _simplify(text)  # Traditional Chinese as Simplified, offsets kept
        position = 0
        while position < len(text):
            for key, entry in self._unspaced.get(text[position], ()):
                end = position + len(key)
                if text[position:end] == key and not _overlaps(position, end, taken):
                    mentions.append(PlaceMention(position, end, original[position:end], entry.place))
                    position = end
                    break
            else:
                position += 1
        return mentions


_FOLDED_PREPOSITIONS = frozenset(inflections.fold(word) for word in SCRIPT_PREPOSITIONS)
_FOLDED_POSTPOSITIONS = frozenset(inflections.fold(word) for word in SCRIPT_POSTPOSITIONS)
_FOLDED_GENITIVES = frozenset(inflections.fold(word) for word in SCRIPT_GENITIVES)
_FOLDED_NEAR_WORDS = frozenset(inflections.fold(word) for word in SCRIPT_NEAR_WORDS)
_CUE_WORDS = _FOLDED_PREPOSITIONS | _FOLDED_POSTPOSITIONS | _FOLDED_GENITIVES | _FOLDED_NEAR_WORDS
_FOLDED_FROM_WORDS = frozenset(inflections.fold(word) for word in SCRIPT_FROM_WORDS)
_FOLDED_PLACE_KIND_NOUNS = frozenset(inflections.fold(word) for word in SCRIPT_PLACE_KIND_NOUNS)
# Endings as folded and as typed (Gurmukhi words are read as typed)
_FOLDED_ENDINGS = tuple(
    dict.fromkeys([inflections.fold(ending) for ending in SCRIPT_LOCATIVE_ENDINGS] + list(SCRIPT_LOCATIVE_ENDINGS))
)
# Arabic's broken plural أفعال ("اشخاص" people, "اطفال" children), alone or after a prefix.
_ARABIC_PLURAL = re.compile("^[وفبل]{0,2}ا[^اوی]{2}ا[^اوی]$")
_BENGALI_PLURALS = ("দের", "গুলো", "গুলি")
# Bengali "-কে" (to), "-সাথে" (with) end in the locative's "-ে" but say no place.
_NOT_LOCATIVE_ENDINGS = ("কে", "সাথে")
_ARABIC_ARTICLES = ("ال", "بال", "وال", "فال", "لل", "وبال", "ہال", "بہال")


def _postposition_after(text: str, tokens: List[_Token], index: int) -> Optional[str]:
    """"in" when the word at index says "in" or "near" the word before it, "from" when it says
    "from", else None."""
    if index >= len(tokens) or not _contiguous(text, tokens[index - 1 : index + 1]):
        return None
    key = tokens[index].key
    if key in _FOLDED_POSTPOSITIONS:
        return "from" if key in _FOLDED_FROM_WORDS else "in"
    near = key in _FOLDED_GENITIVES and index + 1 < len(tokens) and tokens[index + 1].key in _FOLDED_NEAR_WORDS
    return "in" if near else None


def _before_located_place_kind(text: str, tokens: List[_Token], index: int, language: Optional[str]) -> bool:
    """Whether the word at index is a kind of place (gurdwara, mosque...) said to be where someone
    is: with an ending meaning "in" on it, or a postposition after it."""
    if index >= len(tokens) or not _contiguous(text, tokens[index - 1 : index + 1]):
        return False
    noun = tokens[index]
    if noun.key in _FOLDED_PLACE_KIND_NOUNS:
        return _postposition_after(text, tokens, index + 1) == "in"
    return any(stem in _FOLDED_PLACE_KIND_NOUNS for stem in _locative_stems(noun.key, language))


def _native_word(token: _Token, language: Optional[str]) -> bool:
    """A word no English name is written as: Arabic script with a ta marbuta ("مجموعة"), ending
    in Urdu's nasal noon ("دعاؤں", "میں": a plural or a verb, where a name ends in "ن") or, in
    Arabic, with the article ("الجالية", "بالدرج", spoken "هالدنيا" this world) or in the form of
    a broken plural; Bengali with a plural ending ("ওদের" their, "বাচ্চাগুলো")."""
    if "\u0629" in token.text or token.text.endswith("\u06ba") or token.key.endswith(_BENGALI_PLURALS):
        return True
    return language == "ar" and (token.key.startswith(_ARABIC_ARTICLES) or _ARABIC_PLURAL.search(token.key) is not None)


def _gurmukhi_form(word: str) -> str:
    return unicodedata.normalize("NFC", word)


def _locative_stems(key: str, language: Optional[str], last_of_two: bool = False) -> List[str]:
    """The word without an ending or prefix meaning "in" or "from" ("ক্যাটফোর্ডে" -> "ক্যাটফোর্ড").
    On the last of two words read as one name, also spoken Tamil's "-ல", and a Bengali "-কে" is a
    final k with "-e" ("আপটন পার্কে", in Upton Park): the two-word key is long enough to tell."""
    endings = _FOLDED_ENDINGS + (SPOKEN_TWO_WORD_ENDINGS if last_of_two else ())
    stems = [
        key[: -len(ending)]
        for ending in endings
        if key.endswith(ending)
        and len(key) > len(ending) + 1
        and (last_of_two or not key.endswith(_NOT_LOCATIVE_ENDINGS))
    ]
    if language == "ar":
        stems += [key[len(prefix) :] for prefix in SCRIPT_LOCATIVE_PREFIXES if key.startswith(prefix) and len(key) > 3]
    return stems


def _word_key(word: str) -> str:
    """normalise_name() of one word (folded, when not Latin), with a fast path for plain ASCII words."""
    if word.isascii():
        return "and" if word == "&" else word.lower().replace("'", "")
    key = normalise_name(word)
    return key if key.isascii() else inflections.fold(key)


def _simplify(text: str) -> str:
    from signpost.text.folding import simplify_chinese

    return simplify_chinese(text)


def _is_unspaced(key: str) -> bool:
    return bool(key) and is_unspaced_script(key[0])


def _overlaps(start: int, end: int, spans: List[Tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def _contiguous(text: str, words: List[_Token]) -> bool:
    """Words of one name are separated only by spaces, hyphens or dots ("St. Helens"), not by commas."""
    return all(re.fullmatch(r"[\s.\-–]*", text[a.end : b.start]) for a, b in zip(words, words[1:]))


def _heads_the_message(text: str, tokens: List[_Token], index: int, length: int) -> bool:
    """Whether the name opens the message set off by a comma, colon or dash ("spalding, am nevoie
    de..."): the topic first, as people write where they are before what they need."""
    return index == 0 and text[tokens[index + length - 1].end :].lstrip()[:1] in (",", ":", "-", "–")


def _starts_sentence(text: str, tokens: List[_Token], index: int) -> bool:
    if index == 0:
        return True
    between = text[tokens[index - 1].end : tokens[index].start]
    return bool(_SENTENCE_END.search(between))


def _after_service_word(tokens: List[_Token], index: int) -> bool:
    """Whether the name follows "<service or living word> in" ("counselling in reading")."""
    return index > 1 and tokens[index - 1].key == "in" and tokens[index - 2].key in SERVICE_WORDS


def _beside_other_script(tokens: List[_Token], index: int, length: int) -> bool:
    """Whether a word next to the name is written in a script other than Latin ("Reading有冇...")."""
    neighbours = tokens[index - 1 : index] + tokens[index + length : index + length + 1]
    return any(not is_latin(token.text) for token in neighbours)


def _against_unspaced_script(text: str, tokens: List[_Token], index: int, length: int) -> bool:
    """Whether the name is written straight against a character of a script without spaces
    ("我喺Deptford，", "在Tooting"): there it is one of that sentence's words."""
    start, end = tokens[index].start, tokens[index + length - 1].end
    return (start > 0 and is_unspaced_script(text[start - 1])) or (end < len(text) and is_unspaced_script(text[end]))


def _after_location_word(text: str, start: int, words: frozenset = LOCATION_WORDS) -> bool:
    before = _WORD.findall(text[max(0, start - 20) : start])
    return bool(before) and normalise_name(before[-1]) in words
