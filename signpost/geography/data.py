"""Reading the shipped data files in signpost/geography/data/ (see the README there).

Every reader raises ValueError naming the file and line of a malformed row.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Sequence, Tuple, TypeVar

DATA_DIR = Path(__file__).with_name("data")

LOCAL_AUTHORITIES_CSV = "local_authorities.csv"
REGIONS_CSV = "regions.csv"
AREAS_CSV = "areas.csv"
POSTCODE_DISTRICTS_CSV = "postcode_districts.csv"
TOWNS_CSV = "towns.csv"
AMBIGUOUS_NAMES_CSV = "ambiguous_names.csv"
SCRIPT_NAMES_CSV = "script_names.csv"
NOT_PLACE_WORDS_CSV = "not_place_words.csv"
EVERYDAY_SCRIPT_WORDS_CSV = "everyday_script_words.csv"
OUTCODES_CSV = "outcodes.csv"
NEIGHBOURHOODS_CSV = "neighbourhoods.csv"

LIST_SEPARATOR = ";"
ALTERNATE_NAMES_SEPARATOR = "|"


@dataclass(frozen=True)
class LocalAuthorityRecord:
    code: str
    name: str
    ons_name: str
    region: str
    aliases: Tuple[str, ...]
    anchors: Tuple[str, ...]  # GeoNames places in the LA; the first gives its point
    former_codes: Tuple[str, ...]
    latitude: float
    longitude: float


@dataclass(frozen=True)
class RegionRecord:
    code: str
    name: str
    aliases: Tuple[str, ...]


@dataclass(frozen=True)
class AreaRecord:
    key: str
    name: str
    aliases: Tuple[str, ...]
    local_authorities: Tuple[str, ...]
    definition: str


@dataclass(frozen=True)
class DistrictRecord:
    district: str
    local_authorities: Tuple[str, ...]  # main one first
    locality: str
    latitude: float
    longitude: float
    point_source: str  # "geonames:<id>" or "estimate"


@dataclass(frozen=True)
class TownRecord:
    geonameid: int
    name: str
    latitude: float
    longitude: float
    population: int
    la_code: str
    alternate_names: Tuple[str, ...]


Row = Dict[str, str]
Record = TypeVar("Record")


def split_list(value: str, separator: str = LIST_SEPARATOR) -> Tuple[str, ...]:
    return tuple(item.strip() for item in value.split(separator) if item.strip())


def join_list(items: Sequence[str], separator: str = LIST_SEPARATOR) -> str:
    return separator.join(items)


def read_rows(path: Path, columns: Sequence[str]) -> Iterator[Tuple[int, Row]]:
    """(line number, row) for each data row of a CSV file that has at least the given columns."""
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        missing = [column for column in columns if column not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}:1: missing column(s) {', '.join(missing)}")
        for row in reader:
            if None in row or any(row[column] is None for column in columns):
                raise ValueError(f"{path}:{reader.line_num}: wrong number of fields")
            yield reader.line_num, row


def _read(path: Path, columns: Sequence[str], parse: Callable[[Row], Record]) -> List[Record]:
    records = []
    for line, row in read_rows(path, columns):
        try:
            records.append(parse(row))
        except (ValueError, KeyError) as error:
            raise ValueError(f"{path}:{line}: {error}") from None
    return records


def _required(row: Row, column: str) -> str:
    value = row[column].strip()
    if not value:
        raise ValueError(f"empty {column}")
    return value


def _coordinate(row: Row, column: str, low: float, high: float) -> float:
    text = _required(row, column)
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{column} is not a number: {text!r}") from None
    if not low <= value <= high:
        raise ValueError(f"{column} {value} is outside the UK ({low} to {high})")
    return value


def latitude(row: Row, column: str = "latitude") -> float:
    return _coordinate(row, column, 49.0, 61.0)


def longitude(row: Row, column: str = "longitude") -> float:
    return _coordinate(row, column, -9.0, 2.5)


def read_local_authorities(data_dir: Path = DATA_DIR) -> List[LocalAuthorityRecord]:
    columns = ("code", "name", "ons_name", "region", "aliases", "anchors", "former_codes", "latitude", "longitude")

    def parse(row: Row) -> LocalAuthorityRecord:
        code = _required(row, "code")
        if len(code) != 9 or code[:3] not in ("E06", "E07", "E08", "E09"):
            raise ValueError(f"code {code!r} is not an English LAD code (E06/E07/E08/E09)")
        anchors = split_list(row["anchors"])
        if not anchors:
            raise ValueError("empty anchors")
        return LocalAuthorityRecord(
            code=code,
            name=_required(row, "name"),
            ons_name=row["ons_name"].strip() or row["name"].strip(),
            region=_required(row, "region"),
            aliases=split_list(row["aliases"]),
            anchors=anchors,
            former_codes=split_list(row["former_codes"]),
            latitude=latitude(row),
            longitude=longitude(row),
        )

    return _read(data_dir / LOCAL_AUTHORITIES_CSV, columns, parse)


def read_regions(data_dir: Path = DATA_DIR) -> List[RegionRecord]:
    def parse(row: Row) -> RegionRecord:
        return RegionRecord(_required(row, "code"), _required(row, "name"), split_list(row["aliases"]))

    return _read(data_dir / REGIONS_CSV, ("code", "name", "aliases"), parse)


def read_areas(data_dir: Path = DATA_DIR) -> List[AreaRecord]:
    def parse(row: Row) -> AreaRecord:
        local_authorities = split_list(row["local_authorities"])
        if not local_authorities:
            raise ValueError("empty local_authorities")
        return AreaRecord(
            key=_required(row, "key"),
            name=_required(row, "name"),
            aliases=split_list(row["aliases"]),
            local_authorities=local_authorities,
            definition=_required(row, "definition"),
        )

    return _read(data_dir / AREAS_CSV, ("key", "name", "aliases", "local_authorities", "definition"), parse)


def _district(row: Row, locality: str, point_source: str) -> DistrictRecord:
    local_authorities = split_list(row["local_authorities"])
    if not local_authorities:
        raise ValueError("empty local_authorities")
    return DistrictRecord(
        district=_required(row, "district").upper(),
        local_authorities=local_authorities,
        locality=locality,
        latitude=latitude(row),
        longitude=longitude(row),
        point_source=point_source,
    )


def read_postcode_districts(data_dir: Path = DATA_DIR) -> List[DistrictRecord]:
    columns = ("district", "local_authorities", "locality", "latitude", "longitude", "point_source")

    def parse(row: Row) -> DistrictRecord:
        return _district(row, _required(row, "locality"), _required(row, "point_source"))

    return _read(data_dir / POSTCODE_DISTRICTS_CSV, columns, parse)


def read_outcodes(data_dir: Path = DATA_DIR) -> List[DistrictRecord]:
    """Every English postcode district with its mean Code-Point Open point (outcodes.csv, built by
    signpost.geography.codepoint); they have no locality."""
    columns = ("district", "local_authorities", "latitude", "longitude", "postcodes")

    def parse(row: Row) -> DistrictRecord:
        return _district(row, "", "code-point-open")

    return _read(data_dir / OUTCODES_CSV, columns, parse)


@dataclass(frozen=True)
class NeighbourhoodRecord:
    name: str
    local_authority: str
    district: str  # the postcode district whose point the neighbourhood takes


def read_neighbourhoods(data_dir: Path = DATA_DIR) -> List[NeighbourhoodRecord]:
    """Neighbourhoods and town centres GeoNames lacks (Hanley, Caversham), with their authority and district."""
    columns = ("name", "local_authority", "district")

    def parse(row: Row) -> NeighbourhoodRecord:
        return NeighbourhoodRecord(
            _required(row, "name"), _required(row, "local_authority"), _required(row, "district").upper()
        )

    return _read(data_dir / NEIGHBOURHOODS_CSV, columns, parse)


def neighbourhood_towns(
    records: Sequence[NeighbourhoodRecord],
    authorities: Sequence[LocalAuthorityRecord],
    districts: Sequence[DistrictRecord],
) -> List[TownRecord]:
    """neighbourhoods.csv as towns of unknown population, at the point of their postcode district."""
    codes = {name: record.code for record in authorities for name in (record.name, record.ons_name)}
    points = {}
    for district in districts:
        points.setdefault(district.district, (district.latitude, district.longitude))
    towns = []
    for record in records:
        if record.local_authority not in codes:
            raise ValueError(f"neighbourhood {record.name!r}: unknown local authority {record.local_authority!r}")
        if record.district not in points:
            raise ValueError(f"neighbourhood {record.name!r}: unknown postcode district {record.district!r}")
        latitude, longitude = points[record.district]
        towns.append(TownRecord(0, record.name, latitude, longitude, 0, codes[record.local_authority], ()))
    return towns


def read_towns(data_dir: Path = DATA_DIR) -> List[TownRecord]:
    columns = ("geonameid", "name", "latitude", "longitude", "population", "la_code", "alternate_names")

    def parse(row: Row) -> TownRecord:
        return TownRecord(
            geonameid=int(_required(row, "geonameid")),
            name=_required(row, "name"),
            latitude=latitude(row),
            longitude=longitude(row),
            population=int(row["population"] or 0),
            la_code=_required(row, "la_code"),
            alternate_names=split_list(row["alternate_names"], ALTERNATE_NAMES_SEPARATOR),
        )

    return _read(data_dir / TOWNS_CSV, columns, parse)


def read_ambiguous_names(data_dir: Path = DATA_DIR) -> frozenset:
    """Normalised names that are also everyday English words ("reading", "bath", "hope")."""
    return frozenset(row["name"] for _, row in read_rows(data_dir / AMBIGUOUS_NAMES_CSV, ("name",)) if row["name"])


@dataclass(frozen=True)
class ScriptNameRecord:
    place: str
    language: str
    names: Tuple[str, ...]


def read_script_names(data_dir: Path = DATA_DIR) -> List[ScriptNameRecord]:
    """Place names as people write them in other scripts, where GeoNames lacks or misspells them."""
    columns = ("place", "language", "names")

    def parse(row: Row) -> ScriptNameRecord:
        names = split_list(row["names"], ALTERNATE_NAMES_SEPARATOR)
        if not names:
            raise ValueError("empty names")
        return ScriptNameRecord(_required(row, "place"), _required(row, "language"), names)

    return _read(data_dir / SCRIPT_NAMES_CSV, columns, parse)


@dataclass(frozen=True)
class NotPlaceRecord:
    """Words that contain or spell a place name but mean something else: "New York", "Nelson
    Mandela", Chinese "哈罗" (hello, and GeoNames' Harrow). `place_next_to`: words that, right before
    or right after them, make them the place after all (Chinese "住在哈罗", I live in Harrow)."""

    words: str
    language: str
    meaning: str
    place_next_to: Tuple[str, ...] = ()


def read_not_place_words(data_dir: Path = DATA_DIR) -> List[NotPlaceRecord]:
    """Words and phrases in which text search reports no place (not_place_words.csv)."""
    columns = ("words", "language", "meaning", "place_next_to")

    def parse(row: Row) -> NotPlaceRecord:
        return NotPlaceRecord(
            _required(row, "words"), _required(row, "language"), _required(row, "meaning"),
            split_list(row["place_next_to"], ALTERNATE_NAMES_SEPARATOR),
        )

    return _read(data_dir / NOT_PLACE_WORDS_CSV, columns, parse)


@dataclass(frozen=True)
class EverydayWordRecord:
    word: str
    language: str
    meaning: str


def read_everyday_script_words(data_dir: Path = DATA_DIR) -> List[EverydayWordRecord]:
    """Everyday words in other scripts that sound like a place's name (everyday_script_words.csv)."""
    columns = ("word", "language", "meaning")

    def parse(row: Row) -> EverydayWordRecord:
        return EverydayWordRecord(_required(row, "word"), _required(row, "language"), _required(row, "meaning"))

    return _read(data_dir / EVERYDAY_SCRIPT_WORDS_CSV, columns, parse)


def write_csv(path: Path, columns: Sequence[str], rows: Sequence[Dict[str, object]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
