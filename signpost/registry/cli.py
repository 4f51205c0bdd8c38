"""`signpost registry ...`: validate, load and search the registry from the command line."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from signpost.registry.database import Registry, default_registry_path
from signpost.registry.search import SearchQuery
from signpost.registry.validation import RegistryValidationError, validate_file
from signpost.registry.vocabulary import REFERRALS


def register(subparsers) -> None:
    registry = subparsers.add_parser("registry", help="validate, load and search the service registry")
    commands = registry.add_subparsers(dest="registry_command", required=True)

    validate = commands.add_parser("validate", help="check a registry file and print every problem")
    validate.add_argument("file", type=Path)
    validate.set_defaults(func=validate_command)

    load = commands.add_parser("load", help="replace the registry's content with a file")
    load.add_argument("file", type=Path, nargs="?", help="default: $SIGNPOST_REGISTRY or services.yml")
    load.add_argument("--db", help="database URL (default: $SIGNPOST_DATABASE_URL or var/signpost.db)")
    load.add_argument("--if-changed", action="store_true", help="skip the load when the file is unchanged since the last one")
    load.set_defaults(func=load_command)

    search = commands.add_parser("search", help="search the loaded registry")
    search.add_argument("--need", action="append", default=[], metavar="CODE", help="taxonomy code (repeatable)")
    search.add_argument("--place", metavar="TEXT", help="a place name, postcode or area")
    search.add_argument("--language", action="append", default=[], metavar="CODE", help="ISO 639-1 or 639-3 code (repeatable)")
    search.add_argument("--community", action="append", default=[], metavar="CODE")
    search.add_argument("--gender", choices=("women", "men"))
    search.add_argument("--faith")
    search.add_argument("--free", action="store_true", help="only free services")
    search.add_argument("--referral", action="append", default=[], choices=REFERRALS)
    search.add_argument("--open-now", action="store_true")
    search.add_argument("--crisis-alternative", action="store_true")
    search.add_argument("--text")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true", help="print the results as JSON")
    search.add_argument("--db", help="database URL (default: $SIGNPOST_DATABASE_URL or var/signpost.db)")
    search.set_defaults(func=search_command)


def validate_command(args: argparse.Namespace) -> int:
    try:
        issues = validate_file(args.file)
    except OSError as error:
        print(f"{args.file}: cannot read: {error.strerror or error}", file=sys.stderr)
        return 1
    for issue in issues:
        print(issue)
    errors = sum(1 for issue in issues if issue.is_error)
    print(f"{args.file}: {errors} error{'s' if errors != 1 else ''}, {len(issues) - errors} warning{'s' if len(issues) - errors != 1 else ''}")
    return 1 if errors else 0


def load_command(args: argparse.Namespace) -> int:
    path = args.file or default_registry_path()
    registry = Registry.open(args.db)
    try:
        report = registry.sync_file(path) if args.if_changed else registry.load_file(path)
    except RegistryValidationError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{path}: cannot read: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        registry.close()
    if report is None:
        print(f"{path}: unchanged since the last load")
        return 0
    for warning in report.warnings:
        print(warning)
    print(f"{path}: loaded {report.services} services from {report.organizations} organizations")
    return 0


def search_command(args: argparse.Namespace) -> int:
    registry = Registry.open(args.db)
    try:
        place = None
        if args.place:
            place = registry.gazetteer.resolve(args.place)
            if place is None:
                print(f"unknown place {args.place!r}: try a town, borough, city or postcode district", file=sys.stderr)
                return 1
        now = datetime.now(timezone.utc)
        query = SearchQuery(
            categories=args.need,
            place=place,
            languages=args.language,
            communities=args.community,
            gender=args.gender,
            faith=args.faith,
            fees="free" if args.free else None,
            referral=args.referral,
            crisis_alternative=True if args.crisis_alternative else None,
            open_at=now if args.open_now else None,
            text=args.text,
            limit=args.limit,
            now=now,
        )
        results = registry.search_widening(query)
    finally:
        registry.close()
    if args.json:
        print(json.dumps(
            {"total": results.total, "widened": results.widened,
             "services": [service.to_payload() for service in results.services]},
            indent=2, ensure_ascii=False,
        ))
        return 0
    if results.widened:
        print(f"nothing matched exactly; widened: {', '.join(results.widened)}")
    print(f"{results.total} service{'s' if results.total != 1 else ''}")
    for number, service in enumerate(results.services, start=1):
        facts = [service.organization]
        if service.distance_km is not None:
            facts.append(f"{service.distance_km:.1f} km")
        elif service.is_national:
            facts.append("national")
        facts.append("open now" if service.open_now else "closed now")
        if service.sample:
            facts.append("example listing")
        print(f"{number}. {service.name} [{service.id}] ({'; '.join(facts)})")
        for phone in service.phones:
            print(f"   {phone.type}: {phone.number}" + (f" ({phone.description})" if phone.description else ""))
    return 0
