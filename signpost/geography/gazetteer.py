"""The gazetteer: every place signpost knows in England, resolved to local authorities."""

from __future__ import annotations

import functools
import os
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .data import (
    DATA_DIR,
    AreaRecord,
    DistrictRecord,
    EverydayWordRecord,
    LocalAuthorityRecord,
    NotPlaceRecord,
    RegionRecord,
    ScriptNameRecord,
    TownRecord,
    neighbourhood_towns,
    read_ambiguous_names,
    read_areas,
    read_everyday_script_words,
    read_local_authorities,
    read_neighbourhoods,
    read_not_place_words,
    read_outcodes,
    read_postcode_districts,
    read_regions,
    read_script_names,
    read_towns,
)
from .distance import distance_km
from .mentions import ANY, CAPITALISED, GUARDED, LOCATED, STRICT, Entry, TextMatcher
from .model import Place, PlaceMention
from .names import is_latin, normalise_name, slug, word_consonants
from .onspd import PostcodeStore
from .postcodes import Postcode, parent_district, parse_outward, parse_postcode, postcode_area
from .transliteration import TransliterationIndex

POSTCODES_ENV = "SIGNPOST_POSTCODES"

# A town this big is named in lower case often enough to match without a capital.
BIG_TOWN_POPULATION = 50_000
# GeoNames spellings in Arabic or Urdu letters shorter than this are not trusted in text.
MIN_ARABIC_SCRIPT_LETTERS = 4
# Foreign spellings of towns this big are matched in text ("Londres", "Mánchester").
ALTERNATE_NAME_POPULATION = 100_000
# A town this big is known by its name's first word where GeoNames gives it ("Ashton" for
# Ashton-under-Lyne, "Bognor"): people say the short form, and the bigger town keeps a shared one.
SHORT_NAME_POPULATION = 10_000
# A town this many times bigger than a place named its first word is the one that word means
# ("Burton" is Burton upon Trent, not the village of Burton near Lincoln; "Welwyn" Welwyn Garden City).
SHORT_NAME_SIZE_RATIO = 10
# Towns this big are matched by how a word in another script sounds (transliteration.py); smaller
# ones are mostly villages whose names are everyday words' sounds.
TRANSLITERATED_TOWN_POPULATION = 10_000
# How a transliterated name's places rank when they share a key: an authority or named area
# above any town, and a postcode district's locality (often a hamlet of Code-Point's) as a small town.
_AUTHORITY_WEIGHT = 10**9
_LOCALITY_WEIGHT = 5_000
_NEIGHBOURHOOD_WEIGHT = 150_000

_PREFIXES = ("the ", "london borough of ", "royal borough of ", "borough of ", "city of ", "county of ")
_SUFFIXES = (
    " city council",
    " borough council",
    " district council",
    " county council",
    " council",
    " borough",
    " city",
    " district",
    " area",
    " uk",
    " england",
)

# Authority and county names that are words people use after "in" ("interested in reading",
# "in rugby", "in beds"): text search needs them capitalised. resolve() is not affected.
CAPITALS_ONLY = frozenset({"reading", "rugby", "hart", "beds", "banes"})
# Names text search never reports: "in March" is nearly always the month, not the Fenland town.
NOT_IN_TEXT = frozenset({"march"})

# The only postcode areas whose districts are split into lettered sub-districts ("EC1A", "SW1X",
# "E1W"): elsewhere a code like "WA2T" is no postcode ("wa2t", Arabizi for "time").
SUB_DISTRICT_AREAS = frozenset({"E", "EC", "N", "NW", "SE", "SW", "W", "WC"})

# Order of precedence when one name means several places: a local authority's own name
# always wins over a town of the same name.
_LA, _REGION, _AREA, _CURATED, _TOWN, _LOCALITY, _ALTERNATE = range(7)


class Gazetteer:
    def __init__(
        self,
        local_authorities: Sequence[LocalAuthorityRecord],
        regions: Sequence[RegionRecord],
        areas: Sequence[AreaRecord],
        districts: Sequence[DistrictRecord],
        towns: Sequence[TownRecord],
        ambiguous_names: Iterable[str] = (),
        postcodes: Optional[PostcodeStore] = None,
        script_names: Sequence[ScriptNameRecord] = (),
        not_place_words: Sequence[NotPlaceRecord] = (),
        everyday_script_words: Sequence[EverydayWordRecord] = (),
        transliterate: bool = True,
    ):
        """script_names: curated spellings in other scripts (script_names.csv); not_place_words:
        words and phrases in which text search reports no place (not_place_words.csv);
        everyday_script_words: words that sound like a place but are none (everyday_script_words.csv);
        transliterate: whether a script word nothing else matched is matched by its sound."""
        self._ambiguous = frozenset(ambiguous_names)
        self._postcode_store = postcodes
        self._names: Dict[str, Tuple[int, Entry]] = {}
        self._la_by_code: Dict[str, Place] = {}
        self._la_by_name: Dict[str, Place] = {}
        self._regions: Dict[str, Place] = {}
        self._areas: Dict[str, Place] = {}
        self._districts: Dict[str, Place] = {}
        self._postcode_areas: Dict[str, Place] = {}
        self._populations: Dict[str, int] = {}
        self._add_local_authorities(local_authorities)
        self._add_regions(regions, local_authorities)
        self._add_areas(areas)
        self._add_districts(districts)
        self._add_towns(towns, districts)
        self._add_script_names(script_names)
        self._matcher = TextMatcher(
            {key: entry for key, (_, entry) in self._names.items() if key not in NOT_IN_TEXT},
            district=self._district,
            postcode=self.resolve_postcode,
            not_places=[(record.words, record.place_next_to) for record in not_place_words],
            transliterated=(self._transliteration_index([record.word for record in everyday_script_words])
                            if transliterate else None),
        )

    @classmethod
    def from_files(cls, data_dir: Path = DATA_DIR, postcodes_path: Optional[Path] = None,
                   curated_spellings: bool = True, transliterate: bool = True) -> "Gazetteer":
        """The gazetteer of data_dir's files; without script_names.csv's spellings or the match by
        sound only where a report measures what each adds (transliteration_report)."""
        authorities = read_local_authorities(data_dir)
        # the written districts first: they win over Code-Point Open's for the same code
        districts = read_postcode_districts(data_dir) + read_outcodes(data_dir)
        towns = read_towns(data_dir)
        # A written neighbourhood takes a shared name from GeoNames places smaller than a big
        # town: "Dalston" is the one in Hackney, not the Cumbrian village of 1,300.
        big = [town for town in towns if town.population >= BIG_TOWN_POPULATION]
        smaller = [town for town in towns if town.population < BIG_TOWN_POPULATION]
        neighbourhoods = neighbourhood_towns(read_neighbourhoods(data_dir), authorities, districts)
        return cls(
            authorities,
            read_regions(data_dir),
            read_areas(data_dir),
            districts,
            big + neighbourhoods + smaller,
            read_ambiguous_names(data_dir),
            PostcodeStore(postcodes_path) if postcodes_path else None,
            read_script_names(data_dir) if curated_spellings else (),
            read_not_place_words(data_dir),
            read_everyday_script_words(data_dir),
            transliterate,
        )

    # -- what callers use -------------------------------------------------------------------

    def resolve(self, text: str) -> Optional[Place]:
        """The place text names: a postcode, district, local authority, area, region or town."""
        text = text.strip()
        if not text:
            return None
        postcode = parse_postcode(text)
        if postcode is not None:
            return self.resolve_postcode(postcode)
        outward = parse_outward(text)
        if outward is not None:
            place = self._district(outward)
            if place is not None:
                return place
        for candidate in _name_variants(text):
            found = self._names.get(candidate)
            if found is not None:
                return found[1].place
        return None

    def resolve_by_sound(self, text: str) -> Optional[Place]:
        """The place a bare answer in another script names by its sound ("هانلي", Hanley), for an
        answer to "where?"; None for a word of the person's own language or an ambiguous sound."""
        return self._matcher.answer_by_sound(text.strip())

    def resolve_misspelt(self, text: str) -> Optional[Place]:
        """The one place a misspelt name most likely means ("Shefiild" -> Sheffield), for a bare
        answer to "where?"; None when no name is close or two places are equally close."""
        found = self.closest_misspelt(text)
        return found[0] if found else None

    def closest_misspelt(self, text: str) -> Optional[Tuple[Place, int]]:
        """resolve_misspelt's place and how many letters are wrong (1 or 2).

        Only Latin names of local authorities, regions, areas and towns of five letters or more
        are considered, one letter wrong, missing, extra or swapped (two from eight letters), and
        the first letter must be right: people rarely get it wrong, and it keeps "Leeds" from
        "Seeds" and the search small. Among equally close names a local authority beats a town
        ("Croydn" is Croydon, not the Devon village Croyde).

        A name written as it sounds may have a vowel wrong in every word ("Newcastel apon tyne";
        one word of six letters or more, at most two letters off: "kendle"): such a name matches
        when each word keeps its consonants in order and only its vowels differ, its distance
        being how many letters are wrong.
        """
        key = normalise_name(text)
        if len(key) < 5 or not key.isascii() or not key.replace(" ", "").isalpha():
            return None
        if key not in self._misspelt_cache:
            if len(self._misspelt_cache) >= _MISSPELT_CACHE_SIZE:
                self._misspelt_cache.clear()
            self._misspelt_cache[key] = self._closest_misspelt(key)
        return self._misspelt_cache[key]

    def _closest_misspelt(self, key: str) -> Optional[Tuple[Place, int]]:
        limit = 1 if len(key) < 8 else 2
        letters = _letter_counts(key)
        best: Dict[Tuple[int, int], set] = {}
        for length in range(len(key) - limit, len(key) + limit + 1):
            for name, precedence, place, counts in self._spellings_by_letter.get((key[0], length), ()):
                # each edit changes the letter counts by at most two: a cheap test first
                if sum(abs(a - b) for a, b in zip(letters, counts)) > 2 * limit:
                    continue
                distance = edit_distance(key, name, limit)
                if distance <= limit:
                    best.setdefault((distance, precedence), set()).add(place)
        return _only_closest(best) if best else self._closest_by_vowels(key)

    def misspelt_vowels(self, text: str) -> Optional[Tuple[Place, int]]:
        """closest_misspelt's guess for a name of several words with only vowels wrong
        ("Newcastel apon tyne"), and how many letters are wrong; None otherwise."""
        key = normalise_name(text)
        return self._closest_by_vowels(key) if key.isascii() and key.replace(" ", "").isalpha() else None

    def _closest_by_vowels(self, key: str) -> Optional[Tuple[Place, int]]:
        one_word = " " not in key
        if one_word and len(key) < VOWEL_SPELLING_LETTERS:
            return None
        best: Dict[Tuple[int, int], set] = {}
        for name, precedence, place in self._spellings_by_consonants.get(word_consonants(key), ()):
            if name[0] != key[0]:
                continue
            if not one_word:
                best.setdefault((edit_distance(key, name, len(key)), precedence), set()).add(place)
                continue
            distance = vowel_distance(key, name)
            if distance <= VOWEL_SPELLING_ONE_WORD_DISTANCE:
                best.setdefault((distance, precedence), set()).add(place)
        return _only_closest(best) if best else None

    @functools.cached_property
    def _spellings_by_letter(self) -> Dict[Tuple[str, int], Tuple[Tuple[str, int, Place, Tuple[int, ...]], ...]]:
        """Latin names of five letters or more, by first letter and length, with their letter counts."""
        by_letter: Dict[Tuple[str, int], List[Tuple[str, int, Place, Tuple[int, ...]]]] = {}
        for name, (precedence, entry) in self._names.items():
            if precedence <= _TOWN and len(name) >= 5 and name.isascii():
                by_letter.setdefault((name[0], len(name)), []).append(
                    (name, precedence, entry.place, _letter_counts(name)))
        return {bucket: tuple(names) for bucket, names in by_letter.items()}

    @functools.cached_property
    def _spellings_by_consonants(self) -> Dict[Tuple[str, ...], Tuple[Tuple[str, int, Place], ...]]:
        """Latin names of several words, or one long word, by each word's consonants ("ashton under
        lyne": shtn, ndr, ln; "kendal": kndl)."""
        by_consonants: Dict[Tuple[str, ...], List[Tuple[str, int, Place]]] = {}
        for name, (precedence, entry) in self._names.items():
            long_enough = " " in name or len(name) >= VOWEL_SPELLING_LETTERS
            if precedence <= _TOWN and long_enough and name.isascii():
                by_consonants.setdefault(word_consonants(name), []).append((name, precedence, entry.place))
        return {consonants: tuple(names) for consonants, names in by_consonants.items()}

    @functools.cached_property
    def _misspelt_cache(self) -> Dict[str, Optional[Tuple[Place, int]]]:
        return {}

    def resolve_postcode(self, postcode: Postcode) -> Optional[Place]:
        """The exact point when an imported ONSPD file has it, else the district, else the postcode area."""
        if postcode.outward[-1].isalpha() and postcode_area(postcode.outward) not in SUB_DISTRICT_AREAS:
            return None  # "TA3I 5AD" is no postcode
        if self._postcode_store is not None:
            found = self._postcode_store.lookup(str(postcode))
            if found is not None:
                latitude, longitude, lad_code = found
                authority = self._la_by_code.get(lad_code)
                return Place(
                    key=f"postcode:{postcode}",
                    name=str(postcode),
                    kind="postcode",
                    local_authorities=authority.local_authorities if authority else (),
                    region=authority.region if authority else None,
                    latitude=latitude,
                    longitude=longitude,
                )
        return self._district(postcode.outward) or self._postcode_areas.get(postcode_area(postcode.outward))

    def find_in_text(self, text: str, language: Optional[str] = None) -> List[PlaceMention]:
        """Places and postcodes mentioned in text, in the order they appear.

        language, the message's language when known, lets inflected names match ("w Londynie").
        """
        return self._matcher.find(text, language)

    def service_area(self, entry: str) -> Optional[Place]:
        """The place a registry service_areas entry covers; None for "national".

        Entries are national | region:<name> | borough:<name> | city:<name>. A city may be a
        local authority (city:Leeds), a named area, a region (city:London) or a town.
        """
        text = entry.strip()
        if text.lower() == "national":
            return None
        kind, separator, name = text.partition(":")
        kind, name = kind.strip().lower(), name.strip()
        if not separator or not name:
            raise ValueError(f"service area {entry!r}: expected national, region:<name>, borough:<name> or city:<name>")
        if kind == "region":
            place = self.region(name)
        elif kind == "borough":
            place = self.local_authority(name)
        elif kind == "city":
            place = self.local_authority(name) or self._areas.get(normalise_name(name)) or self.region(name)
            if place is None:
                found = self._names.get(normalise_name(name))
                place = found[1].place if found and found[1].place.kind == "town" else None
        else:
            raise ValueError(
                f"service area {entry!r}: unknown kind {kind!r} (expected national, region, borough or city)"
            )
        if place is None:
            raise ValueError(f"service area {entry!r}: no {kind} called {name!r} is known")
        return place

    def nearby_local_authorities(self, local_authority: str, km: float = 10.0) -> List[Place]:
        """Other local authorities whose points lie within km of this one's, nearest first."""
        origin = self.local_authority(local_authority)
        if origin is None:
            raise ValueError(f"unknown local authority: {local_authority!r}")
        distances = [
            (distance_km(origin.latitude, origin.longitude, other.latitude, other.longitude), other.name, other)
            for other in self._la_by_code.values()
            if other.key != origin.key
        ]
        return [other for distance, _, other in sorted(distances) if distance <= km]

    def local_authority(self, name_or_code: str) -> Optional[Place]:
        """A local authority by name, ONS name, common alias, current or former LAD code."""
        text = name_or_code.strip()
        return self._la_by_code.get(text.upper()) or self._la_by_name.get(normalise_name(text))

    def local_authorities(self) -> List[Place]:
        """Every local authority once (former codes map to the same places), by name."""
        return sorted(set(self._la_by_code.values()), key=lambda place: place.name)

    def region(self, name: str) -> Optional[Place]:
        return self._regions.get(normalise_name(name))

    # -- building ---------------------------------------------------------------------------

    def _add_name(self, name: str, place: Place, precedence: int, rule: str) -> None:
        key = normalise_name(name)
        if not key:
            return
        current = self._names.get(key)
        if current is None or precedence < current[0]:
            self._names[key] = (precedence, Entry(place, rule))

    def _rule(self, name: str, rule: str, ambiguous_rule: str) -> str:
        key = normalise_name(name)
        if key not in self._ambiguous:
            return rule
        return GUARDED if ambiguous_rule == LOCATED and key in CAPITALS_ONLY else ambiguous_rule

    def _add_local_authorities(self, records: Sequence[LocalAuthorityRecord]) -> None:
        for record in records:
            place = Place(
                key=f"la:{record.code}",
                name=record.name,
                kind="local_authority",
                local_authorities=(record.name,),
                region=record.region,
                latitude=record.latitude,
                longitude=record.longitude,
            )
            for code in (record.code, *record.former_codes):
                self._la_by_code[code] = place
            for name in (record.name, record.ons_name, *record.aliases):
                self._la_by_name[normalise_name(name)] = place
                self._add_name(name, place, _LA, self._rule(name, ANY, LOCATED))

    def _add_regions(self, records: Sequence[RegionRecord], authorities: Sequence[LocalAuthorityRecord]) -> None:
        for record in records:
            members = [self._la_by_code[la.code] for la in authorities if la.region == record.name]
            if not members:
                raise ValueError(f"region {record.name!r} has no local authorities")
            place = _group_place(f"region:{slug(record.name)}", record.name, "region", members)
            for name in (record.name, *record.aliases):
                self._regions[normalise_name(name)] = place
                rule = ANY if " " not in normalise_name(name) else CAPITALISED
                self._add_name(name, place, _REGION, rule)

    def _add_areas(self, records: Sequence[AreaRecord]) -> None:
        for record in records:
            members = []
            for name in record.local_authorities:
                authority = self.local_authority(name)
                if authority is None:
                    raise ValueError(f"area {record.key!r}: unknown local authority {name!r}")
                members.append(authority)
            place = _group_place(f"area:{record.key}", record.name, "area", members)
            for name in (record.name, *record.aliases):
                self._areas[normalise_name(name)] = place
                rule = ANY if name == record.name else CAPITALISED
                self._add_name(name, place, _AREA, self._rule(name, rule, LOCATED))

    def _add_districts(self, records: Sequence[DistrictRecord]) -> None:
        by_area: Dict[str, List[Place]] = {}
        for record in records:
            if record.district in self._districts:
                continue  # a written district, then Code-Point Open's for the same code
            authorities = []
            for name in record.local_authorities:
                authority = self.local_authority(name)
                if authority is None:
                    raise ValueError(f"postcode district {record.district}: unknown local authority {name!r}")
                authorities.append(authority.name)
            place = Place(
                key=f"district:{record.district}",
                name=record.district,
                kind="postcode_district",
                local_authorities=tuple(authorities),
                region=self._la_by_name[normalise_name(authorities[0])].region,
                latitude=record.latitude,
                longitude=record.longitude,
            )
            self._districts[record.district] = place
            by_area.setdefault(postcode_area(record.district), []).append(place)
        for area, places in by_area.items():
            counts = Counter(name for place in places for name in place.local_authorities[:1])
            authorities = tuple(name for name, _ in counts.most_common())
            self._postcode_areas[area] = Place(
                key=f"postcode_area:{area}",
                name=f"{area} postcode area",
                kind="area",
                local_authorities=authorities,
                region=_common_region([self._la_by_name[normalise_name(name)] for name in authorities]),
                latitude=round(sum(place.latitude for place in places) / len(places), 5),
                longitude=round(sum(place.longitude for place in places) / len(places), 5),
            )

    def _add_towns(self, towns: Sequence[TownRecord], districts: Sequence[DistrictRecord]) -> None:
        by_first_word: Dict[str, Tuple[Place, int]] = {}  # big towns of several words, the biggest first
        for town in towns:  # most populous first, so it keeps a shared name
            authority = self._la_by_code.get(town.la_code)
            if authority is None:
                raise ValueError(f"town {town.name!r} ({town.geonameid}): unknown local authority {town.la_code}")
            existing = self._names.get(normalise_name(town.name))
            if existing is not None and existing[0] == _TOWN:
                continue  # a smaller place sharing a bigger one's name cannot be named apart
            bigger = by_first_word.get(normalise_name(town.name))
            if existing is None and bigger is not None and bigger[1] >= SHORT_NAME_SIZE_RATIO * town.population:
                self._add_name(town.name, bigger[0], _TOWN, self._rule(town.name, CAPITALISED, STRICT))
                continue
            if existing is not None and existing[0] < _TOWN:
                target = existing[1].place  # "Manchester" the town is Manchester the authority
            else:
                target = _town_place(town.name, authority, town.latitude, town.longitude)
                # a written neighbourhood (geonameid 0, no population known): named because people name it
                self._populations[target.key] = town.population if town.geonameid else _NEIGHBOURHOOD_WEIGHT
                big = town.population >= BIG_TOWN_POPULATION
                rule = self._rule(town.name, ANY if big else CAPITALISED, GUARDED if big else STRICT)
                self._add_name(town.name, target, _TOWN, rule)
                first_word = normalise_name(town.name).split()[0]
                if big and first_word != normalise_name(town.name):
                    by_first_word.setdefault(first_word, (target, town.population))
            for name in town.alternate_names:
                if not is_latin(name):
                    # "لنکن، انگلستان" (Lincoln, England): the name is the part before the comma
                    for form in dict.fromkeys((name, _before_comma(name))):
                        if _trusted_script_name(form, town.population):
                            self._add_name(form, target, _ALTERNATE, ANY)
                elif town.population >= ALTERNATE_NAME_POPULATION and normalise_name(name) not in self._ambiguous:
                    self._add_name(name, target, _ALTERNATE, CAPITALISED)
                elif town.population >= SHORT_NAME_POPULATION and _is_first_word(name, town.name):
                    # "Ross", "Barrow" are also a person and a word: in text only where a place must be
                    self._add_name(name, target, _ALTERNATE, STRICT)
        for record in districts:
            key = normalise_name(record.locality)
            if not key or key in self._names:
                continue
            authority = self.local_authority(record.local_authorities[0])
            place = _town_place(record.locality, authority, record.latitude, record.longitude)
            rule = CAPITALISED if " " in key and key not in self._ambiguous else STRICT
            self._add_name(record.locality, place, _LOCALITY, rule)

    def _transliteration_index(self, everyday_words: Sequence[str]) -> TransliterationIndex:
        """English names of authorities, named areas, neighbourhoods, district localities and towns
        of TRANSLITERATED_TOWN_POPULATION or more, for words in other scripts nothing else matched."""
        names = []
        for key, (precedence, entry) in self._names.items():
            if not key.isascii() or precedence not in (_LA, _REGION, _AREA, _TOWN, _LOCALITY):
                continue
            if key in self._ambiguous or key in NOT_IN_TEXT:
                continue  # English words ("Angel", "March"), written in other scripts as words
            if precedence in (_LA, _REGION, _AREA) or entry.place.kind != "town":
                names.append((key, entry.place, _AUTHORITY_WEIGHT))
                continue
            population = self._populations.get(entry.place.key, 0)
            if precedence == _LOCALITY:
                names.append((key, entry.place, _LOCALITY_WEIGHT))
            elif population >= TRANSLITERATED_TOWN_POPULATION:
                names.append((key, entry.place, population))
        return TransliterationIndex(names, everyday_words=everyday_words)

    def _add_script_names(self, records: Sequence[ScriptNameRecord]) -> None:
        """Curated spellings win over GeoNames alternates of the same form, never over English names."""
        for record in records:
            place = self.resolve(record.place)
            if place is None or place.kind in ("postcode", "postcode_district"):
                raise ValueError(f"script names: {record.place!r} ({record.language}) is not a known place name")
            for name in record.names:
                if is_latin(name):
                    raise ValueError(f"script names: {name!r} for {record.place!r} is Latin; add it as an alias instead")
                self._add_name(name, place, _CURATED, ANY)

    def _district(self, outward: str) -> Optional[Place]:
        place = self._districts.get(outward)
        if place is None and postcode_area(outward) in SUB_DISTRICT_AREAS:
            parent = parent_district(outward)
            place = self._districts.get(parent) if parent else None
        return place


# Misspellings looked up recently: a message is read with every language's lexicon, and each
# reading may look up the same word.
_MISSPELT_CACHE_SIZE = 4096
# A one-word name written as it sounds, every consonant kept in order and only vowels wrong
# ("kendle" for Kendal), needs this many letters and at most this many letters wrong: shorter
# words share their consonants with too many places.
VOWEL_SPELLING_LETTERS = 6
VOWEL_SPELLING_ONE_WORD_DISTANCE = 2
_FAR = 10**6  # a consonant changed: no vowel spelling


def _letter_counts(name: str) -> Tuple[int, ...]:
    """How often each of a-z and the space occurs in a (lower-case, ASCII) name."""
    counts = [0] * 27
    for char in name:
        index = ord(char) - 97
        counts[index if 0 <= index < 26 else 26] += 1
    return tuple(counts)


def vowel_distance(a: str, b: str) -> int:
    """How many vowels must be changed, added or dropped to turn a into b, its consonants left as
    they are ("kendle" -> "kendal": 2); a scrambled word ("lnodno" for "london") costs more than
    its swaps would."""
    vowels = "aeiouy"
    previous = [0]
    for char in b:
        previous.append(previous[-1] + 1 if char in vowels else _FAR)
    for char_a in a:
        current = [previous[0] + 1 if char_a in vowels else _FAR]
        for j, char_b in enumerate(b, 1):
            if char_a == char_b:
                along = previous[j - 1]
            elif char_a in vowels and char_b in vowels:
                along = previous[j - 1] + 1
            else:
                along = _FAR
            dropped = previous[j] + 1 if char_a in vowels else _FAR
            added = current[j - 1] + 1 if char_b in vowels else _FAR
            current.append(min(along, dropped, added, _FAR))
        previous = current
    return previous[-1]



def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance between a and b (an adjacent swap counts once), or
    limit + 1 as soon as it must exceed limit."""
    previous2: List[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _only_closest(best: Dict[Tuple[int, int], set]) -> Optional[Tuple[Place, int]]:
    """The one place at the smallest (distance, precedence), with its distance; None on a tie."""
    closest = min(best)
    return (next(iter(best[closest])), closest[0]) if len(best[closest]) == 1 else None


def _is_first_word(short: str, name: str) -> bool:
    words = normalise_name(name).split()
    return len(words) > 1 and normalise_name(short) == words[0]


def _before_comma(name: str) -> str:
    return name.replace("\u060c", ",").split(",", 1)[0].strip()


def _trusted_script_name(name: str, population: int) -> bool:
    """Whether a GeoNames spelling in another script is kept: only a big town's, and only one
    long enough not to be an everyday word. GeoNames spells small places in Arabic or Urdu letters
    that are common words ("اور" 'and' is Iver, "لو" Looe, "كان" 'was' Calne), and an Arabic-script
    word of three letters is as often a word as a name ("بری" 'bad' is Bury, "ورك" 'work' Warwick).
    Names that people do write are curated in script_names.csv instead."""
    if population < BIG_TOWN_POPULATION:
        return False
    letters = sum(1 for char in name if char.isalpha())
    if any("\u0600" <= char <= "\u06ff" for char in name):
        return letters >= MIN_ARABIC_SCRIPT_LETTERS
    return letters >= 2


def _town_place(name: str, authority: Place, latitude: float, longitude: float) -> Place:
    return Place(
        key=f"town:{slug(name)}",
        name=name,
        kind="town",
        local_authorities=authority.local_authorities,
        region=authority.region,
        latitude=latitude,
        longitude=longitude,
    )


def _group_place(key: str, name: str, kind: str, members: Sequence[Place]) -> Place:
    """A region or area: its members' names, and the mean of their points as its point."""
    return Place(
        key=key,
        name=name,
        kind=kind,
        local_authorities=tuple(sorted(member.name for member in members)),
        region=_common_region(members),
        latitude=round(sum(member.latitude for member in members) / len(members), 5),
        longitude=round(sum(member.longitude for member in members) / len(members), 5),
    )


def _common_region(places: Sequence[Place]) -> Optional[str]:
    regions = {place.region for place in places}
    return regions.pop() if len(regions) == 1 else None


def _name_variants(text: str) -> List[str]:
    """The normalised text, then forms without "the", "London Borough of", "Council", a ", London" tail."""
    variants = [normalise_name(text)]
    if "," in text:
        variants.append(normalise_name(text.split(",", 1)[0]))
    unprefixed = [variant[len(prefix) :] for variant in variants for prefix in _PREFIXES if variant.startswith(prefix)]
    variants += unprefixed
    variants += [variant[: -len(suffix)] for variant in variants for suffix in _SUFFIXES if variant.endswith(suffix)]
    return variants


def load_gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded once per process (and per SIGNPOST_POSTCODES value)."""
    postcodes = os.environ.get(POSTCODES_ENV) or None
    return _load(postcodes)


@functools.lru_cache(maxsize=None)
def _load(postcodes: Optional[str]) -> Gazetteer:
    return Gazetteer.from_files(DATA_DIR, Path(postcodes) if postcodes else None)
