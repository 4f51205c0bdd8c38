"""The `signpost geography` command: resolve a place, import the ONS Postcode Directory."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from .gazetteer import load_gazetteer
from .onspd import import_onspd


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "geography",
        help="offline place data: resolve places, import the ONS Postcode Directory",
        description="Offline place data for England.",
    )
    commands = parser.add_subparsers(dest="geography_command", metavar="COMMAND")
    commands.required = True

    resolve = commands.add_parser("resolve", help="print the place a name or postcode resolves to, as JSON")
    resolve.add_argument("text", help='a place name or postcode, e.g. "SW9", "Tower Hamlets", "M13 0AA"')
    resolve.set_defaults(func=resolve_command)

    onspd = commands.add_parser(
        "import-onspd",
        help="turn an ONS Postcode Directory CSV into the SQLite file SIGNPOST_POSTCODES points at",
    )
    onspd.add_argument("csv", type=Path, help="the ONSPD CSV (e.g. Data/ONSPD_FEB_2025_UK.csv)")
    onspd.add_argument("out", type=Path, help="the SQLite file to write")
    onspd.set_defaults(func=import_onspd_command)


def resolve_command(args: argparse.Namespace) -> int:
    place = load_gazetteer().resolve(args.text)
    print(json.dumps(dataclasses.asdict(place) if place else None, ensure_ascii=False, indent=2))
    if place is None:
        print(f"no place found for {args.text!r}", file=sys.stderr)
        return 1
    return 0


def import_onspd_command(args: argparse.Namespace) -> int:
    try:
        count = import_onspd(args.csv, args.out)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {count} live postcodes to {args.out}")
    return 0
