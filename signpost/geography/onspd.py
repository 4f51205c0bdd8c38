"""Importing the ONS Postcode Directory (ONSPD) for deployments that need every postcode.

The ONSPD is a ~1 GB CSV, one row per postcode ever issued. import_onspd() streams it into a
small SQLite file holding, for each live postcode with a grid reference, its point and local
authority (LAD) code. Point SIGNPOST_POSTCODES at that file and load_gazetteer() resolves full
postcodes to their exact point instead of their district's.

Column names differ between releases: the postcode is pcds (or pcd/pcd7/pcd8), the local
authority oslaua in older files and lad<yy>cd (lad24cd, lad25cd, ...) in newer ones; lat,
long and doterm (date of termination, empty while the postcode is live) are constant.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

from .postcodes import parse_postcode

PathLike = Union[str, Path]

POSTCODE_COLUMNS = ("pcds", "pcd", "pcd7", "pcd8")
LAD_COLUMNS = ("oslaua", "laua")
LAD_PATTERN = re.compile(r"^lad\d{2}cd$")
# ONSPD gives postcodes that have no grid reference this latitude.
NO_GRID_LATITUDE = 99.999999
BATCH_SIZE = 10_000


def import_onspd(csv_path: PathLike, out_path: PathLike) -> int:
    """Write the live postcodes of an ONSPD CSV to a SQLite file; returns how many were written.

    Raises ValueError naming the file and line of a malformed row; out_path is then left as
    it was (the import writes to a temporary file and renames it at the end).
    """
    csv_path, out_path = Path(csv_path), Path(out_path)
    partial = out_path.with_name(out_path.name + ".partial")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    try:
        connection.execute(
            "CREATE TABLE postcodes (postcode TEXT PRIMARY KEY, latitude REAL NOT NULL, "
            "longitude REAL NOT NULL, lad_code TEXT NOT NULL) WITHOUT ROWID"
        )
        count = 0
        with open(csv_path, newline="", encoding="utf-8-sig") as file:
            reader = csv.reader(file)
            header = next(reader, None)
            if header is None:
                raise ValueError(f"{csv_path}:1: empty file, expected an ONSPD header row")
            columns = _columns(csv_path, header)
            batch: List[Tuple[str, float, float, str]] = []
            for row in reader:
                record = _record(csv_path, reader.line_num, row, columns, len(header))
                if record is not None:
                    batch.append(record)
                if len(batch) >= BATCH_SIZE:
                    count += _insert(connection, batch)
            count += _insert(connection, batch)
        connection.commit()
    except BaseException:
        connection.close()
        partial.unlink(missing_ok=True)
        raise
    connection.close()
    partial.replace(out_path)
    return count


def _columns(csv_path: Path, header: Sequence[str]) -> Dict[str, int]:
    positions = {name.strip().lower(): index for index, name in enumerate(header)}
    lad = [name for name in positions if name in LAD_COLUMNS or LAD_PATTERN.match(name)]
    found = {
        "postcode": next((positions[name] for name in POSTCODE_COLUMNS if name in positions), None),
        "lad": positions[sorted(lad)[-1]] if lad else None,  # the newest lad<yy>cd
        "latitude": positions.get("lat"),
        "longitude": positions.get("long"),
        "terminated": positions.get("doterm"),
    }
    missing = [name for name, position in found.items() if position is None]
    if missing:
        expected = {
            "postcode": "pcds",
            "lad": "oslaua or lad<yy>cd",
            "latitude": "lat",
            "longitude": "long",
            "terminated": "doterm",
        }
        names = ", ".join(expected[name] for name in missing)
        raise ValueError(f"{csv_path}:1: not an ONSPD header, missing column(s) {names}")
    return found  # type: ignore[return-value]


def _record(
    csv_path: Path, line: int, row: Sequence[str], columns: Dict[str, int], width: int
) -> Optional[Tuple[str, float, float, str]]:
    if len(row) != width:
        raise ValueError(f"{csv_path}:{line}: expected {width} fields, found {len(row)}")
    if row[columns["terminated"]].strip():
        return None
    text = row[columns["postcode"]]
    postcode = parse_postcode(text)
    if postcode is None:
        raise ValueError(f"{csv_path}:{line}: not a UK postcode: {text!r}")
    try:
        latitude = float(row[columns["latitude"]])
        longitude = float(row[columns["longitude"]])
    except ValueError:
        raise ValueError(
            f"{csv_path}:{line}: lat/long are not numbers: {row[columns['latitude']]!r}, {row[columns['longitude']]!r}"
        ) from None
    if latitude == NO_GRID_LATITUDE:
        return None
    if not (49.0 <= latitude <= 61.0 and -9.0 <= longitude <= 2.5):
        raise ValueError(f"{csv_path}:{line}: lat/long {latitude}, {longitude} are outside the UK")
    return str(postcode), latitude, longitude, row[columns["lad"]].strip()


def _insert(connection: sqlite3.Connection, batch: List[Tuple[str, float, float, str]]) -> int:
    connection.executemany("INSERT OR REPLACE INTO postcodes VALUES (?, ?, ?, ?)", batch)
    count = len(batch)
    batch.clear()
    return count


class PostcodeStore:
    """Read access to a file written by import_onspd()."""

    def __init__(self, path: PathLike):
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"postcode file {path} does not exist (set by SIGNPOST_POSTCODES?)")
        # One connection shared by threads: it is only ever read.
        self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.path = path

    def lookup(self, postcode: str) -> Optional[Tuple[float, float, str]]:
        """(latitude, longitude, LAD code) of a canonical "OUT IN" postcode, or None."""
        return self._connection.execute(
            "SELECT latitude, longitude, lad_code FROM postcodes WHERE postcode = ?", (postcode,)
        ).fetchone()
