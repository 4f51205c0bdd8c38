"""`signpost registry ...`: validate, load, export and search the registry, and keep it: what is due for a
check (`due`), what residents and staff reported (`reports`), and a keeper's check of a service
reported closed (`review`)."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path

from signpost.registry import freshness, interchange, reports
from signpost.registry.database import Registry, default_registry_path
from signpost.registry.samples import demo_notice
from signpost.registry.search import SearchQuery
from signpost.registry.validation import RegistryValidationError, validate_file
from signpost.vocabulary import GENDER_FILTERS, REFERRALS


def register(subparsers) -> None:
    registry = subparsers.add_parser("registry", help="validate, load and search the service registry")
    commands = registry.add_subparsers(dest="registry_command", required=True)

    validate = commands.add_parser("validate", help="check a registry file and print every problem")
    validate.add_argument("file", type=Path)
    validate.set_defaults(func=validate_command)

    load = commands.add_parser(
        "load", help="replace the registry's content with a registry file, an HSDS 3.0 JSON file or an ORUK API")
    load.add_argument("file", nargs="?", metavar="SOURCE",
                      help="services.yml-style file, HSDS 3.0 .json file, or an Open Referral API base URL "
                           "(default: $SIGNPOST_REGISTRY or services.yml)")
    load.add_argument("--db", help="database URL (default: $SIGNPOST_DATABASE_URL or var/signpost.db)")
    load.add_argument("--if-changed", action="store_true", help="skip the load when the file is unchanged since the last one")
    load.add_argument("--dry-run", action="store_true",
                      help="report what would be added, changed and removed, and every unmappable field; change nothing")
    load.add_argument("--taxonomy-map", type=Path, metavar="FILE",
                      help="HSDS import: which signpost needs other taxonomies' terms mean "
                           "(default: signpost/registry/taxonomy_map.yml)")
    load.add_argument("--area", metavar="ENTRY",
                      help="HSDS import: service area for records whose own areas signpost cannot place, "
                           "e.g. borough:Southwark")
    load.set_defaults(func=load_command)

    export = commands.add_parser("export", help="write the loaded registry in an interchange format")
    export.add_argument("--format", choices=("hsds",), required=True, help="hsds: a JSON list of HSDS 3.0 services")
    export.add_argument("out", type=Path, metavar="OUT")
    export.add_argument("--db", help="database URL (default: $SIGNPOST_DATABASE_URL or var/signpost.db)")
    export.set_defaults(func=export_command)

    search = commands.add_parser("search", help="search the loaded registry")
    search.add_argument("--need", action="append", default=[], metavar="CODE", help="taxonomy code (repeatable)")
    search.add_argument("--place", metavar="TEXT", help="a place name, postcode or area")
    search.add_argument("--language", action="append", default=[], metavar="CODE", help="ISO 639-1 or 639-3 code (repeatable)")
    search.add_argument("--community", action="append", default=[], metavar="CODE")
    search.add_argument("--gender", choices=GENDER_FILTERS)
    search.add_argument("--faith")
    search.add_argument("--free", action="store_true", help="only free services")
    search.add_argument("--referral", action="append", default=[], choices=REFERRALS)
    search.add_argument("--open-now", action="store_true")
    search.add_argument("--crisis-alternative", action="store_true")
    search.add_argument("--text")
    search.add_argument("--include-stale", action="store_true",
                        help="also records not checked for SIGNPOST_STALE_MONTHS months (marked STALE)")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true", help="print the results as JSON")
    search.add_argument("--db", help="database URL (default: $SIGNPOST_DATABASE_URL or var/signpost.db)")
    search.set_defaults(func=search_command)

    due = commands.add_parser(
        "due", help="records due for a check (or stale, or with a check note), by organization, with contact details")
    due.add_argument("--stale-only", action="store_true", help="only records not offered any more (stale)")
    due.add_argument("--no-samples", action="store_true", help="leave out sample records")
    due.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    due.add_argument("--db", help="database URL (default: $SIGNPOST_DATABASE_URL or var/signpost.db)")
    due.set_defaults(func=due_command)

    listed = commands.add_parser(
        "reports", help="closure and wrong-information reports per organization and service")
    listed.add_argument("--days", type=int, default=90, help="reports from the last DAYS days (default 90)")
    listed.add_argument("--feedback-db", help="feedback store URL (default: $SIGNPOST_FEEDBACK_DATABASE_URL or var/feedback.db)")
    listed.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    listed.add_argument("--db", help="database URL (default: $SIGNPOST_DATABASE_URL or var/signpost.db)")
    listed.set_defaults(func=reports_command)

    review = commands.add_parser(
        "review", help="record a check of a service reported closed: open (clears the flag) or closed")
    review.add_argument("service_id")
    review.add_argument("decision", choices=reports.REVIEW_DECISIONS)
    review.add_argument("--db", help="database URL (default: $SIGNPOST_DATABASE_URL or var/signpost.db)")
    review.set_defaults(func=review_command)


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
    if args.dry_run or interchange.is_url(str(path)) or interchange.is_hsds_file(str(path)):
        return _load_source(args, str(path))
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
    else:
        for warning in report.warnings:
            print(warning)
        print(f"{path}: loaded {report.services} services from {report.organizations} organizations")
    registry = Registry.open(args.db)
    try:
        samples, services = registry.sample_count(), registry.count_services()
    finally:
        registry.close()
    if samples:
        print(demo_notice(samples, services))
    return 0


def _load_source(args: argparse.Namespace, source: str) -> int:
    """An HSDS file or ORUK API, or any source with --dry-run."""
    registry = Registry.open(args.db)
    try:
        prepared = interchange.prepare(source, registry, taxonomy_map=args.taxonomy_map, default_area=args.area)
        if args.if_changed and not args.dry_run:
            loaded = registry.loaded_from()
            if loaded is not None and loaded[1] == prepared.parsed.sha256:
                print(f"{source}: unchanged since the last load")
                return 0
        for line in prepared.report.lines() if prepared.report else []:
            print(f"{source}: {line}")
        for warning in prepared.parsed.warnings:
            print(warning)
        if args.dry_run:
            for issue in prepared.parsed.errors:
                print(issue)
            for line in interchange.difference(registry, prepared.parsed).lines():
                print(f"{source}: would have {line}")
            errors = len(prepared.parsed.errors)
            print(f"{source}: dry run, nothing changed; {len(prepared.parsed.services)} services, "
                  f"{errors} error{'s' if errors != 1 else ''}" + (" (a load would be refused)" if errors else ""))
            return 1 if errors else 0
        report = interchange.load(registry, prepared)
    except RegistryValidationError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{source}: cannot read: {getattr(error, 'strerror', None) or error}", file=sys.stderr)
        return 1
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        registry.close()
    print(f"{source}: loaded {report.services} services from {report.organizations} organizations")
    return 0


def export_command(args: argparse.Namespace) -> int:
    registry = Registry.open(args.db)
    try:
        count = interchange.write_hsds(registry, args.out)
    except OSError as error:
        print(f"{args.out}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        registry.close()
    print(f"{args.out}: wrote {count} services as HSDS 3.0 JSON")
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
            include_stale=args.include_stale,
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
        if service.freshness != freshness.CURRENT:
            checked = service.assured_date.isoformat() if service.assured_date else "never"
            label = "STALE" if service.freshness == freshness.STALE else "due for a check"
            facts.append(f"{label}, last checked {checked}")
        if service.reported_closed:
            facts.append("REPORTED CLOSED, BEING CHECKED")
        print(f"{number}. {service.name} [{service.id}] ({'; '.join(facts)})")
        for phone in service.phones:
            print(f"   {phone.type}: {phone.number}" + (f" ({phone.description})" if phone.description else ""))
    return 0


def due_command(args: argparse.Namespace) -> int:
    today = args.today or freshness.today()
    states = (freshness.STALE,) if args.stale_only else (freshness.DUE, freshness.STALE)
    registry = Registry.open(args.db)
    try:
        views = registry.services_by_freshness(states, today, include_samples=not args.no_samples)
        contacts = registry.organization_contacts()
    finally:
        registry.close()
    print(f"{len(views)} record{'s' if len(views) != 1 else ''} due for a check "
          f"(not checked since {freshness.due_before(today).isoformat()}; stale, and not offered, "
          f"before {freshness.stale_before(today).isoformat()})")
    organization = None
    for view in views:
        if view.organization_id != organization:
            organization = view.organization_id
            contact = contacts[organization]
            print(f"\n{contact['name']} [{organization}]")
            for label in ("website", "email"):
                if contact[label]:
                    print(f"  {label}: {contact[label]}")
        state = freshness.state(view.assured_date, today)
        checked = view.assured_date.isoformat() if view.assured_date else "never"
        marks = [state.upper() if state == freshness.STALE else state, f"last checked {checked}"]
        if view.sample:
            marks.append("sample")
        print(f"  - {view.name} [{view.id}] ({'; '.join(marks)})")
        if view.check_note:
            print(f"      check: {view.check_note}")
        for phone in view.phones:
            print(f"      {phone.type}: {phone.number}")
        for label, value in (("email", view.email), ("url", view.url)):
            if value:
                print(f"      {label}: {value}")
        for source in view.sources:
            print(f"      source: {source}")
    return 0


def reports_command(args: argparse.Namespace) -> int:
    from signpost.registry.feedback import default_feedback_url

    today = args.today or freshness.today()
    since = date.fromordinal(today.toordinal() - args.days + 1)
    registry = Registry.open(args.db)
    try:
        counts = reports.read_reports(args.feedback_db or default_feedback_url(), since=since)
        gathered = reports.by_service(counts, registry.reviews(), today)
        views = {service_id: registry.get_service(service_id) for service_id in gathered}
    finally:
        registry.close()
    print(f"reports since {since.isoformat()}: {len(gathered)} service{'s' if len(gathered) != 1 else ''} "
          f"(flagged \"reported closed, being checked\" at {reports.CLOSURE_REPORTS} closure reports "
          f"within {reports.CLOSURE_PERIOD_DAYS} days)")
    by_organization: dict[str, list] = {}
    for service_id, entry in gathered.items():
        view = views[service_id]
        key = (view.organization, view.organization_id) if view else ("(no longer in the registry)", "")
        by_organization.setdefault(key, []).append((view, entry))
    for (name, organization_id), entries in sorted(by_organization.items(), key=lambda item: item[0][0].casefold()):
        print(f"\n{name}" + (f" [{organization_id}]" if organization_id else ""))
        entries.sort(key=lambda pair: (not pair[1].flagged, -pair[1].closed, -pair[1].wrong, pair[1].service_id))
        for view, entry in entries:
            facts = [f"closed: {entry.closed}", f"wrong information: {entry.wrong}",
                     f"{entry.first_day.isoformat()} to {entry.last_day.isoformat()}"]
            if entry.review:
                facts.append(f"reviewed {entry.review[0]} on {entry.review[1].isoformat()}")
            flag = " REPORTED CLOSED, BEING CHECKED" if entry.flagged else ""
            title = view.name if view else entry.service_id
            print(f"  - {title} [{entry.service_id}]{flag} ({'; '.join(facts)})")
            if view:
                for phone in view.phones:
                    print(f"      {phone.type}: {phone.number}")
    return 0


def review_command(args: argparse.Namespace) -> int:
    registry = Registry.open(args.db)
    try:
        registry.review(args.service_id, args.decision)
    except KeyError:
        print(f"no service with id {args.service_id!r}", file=sys.stderr)
        return 1
    finally:
        registry.close()
    meaning = ("its closure reports so far no longer count" if args.decision == "open"
               else "it is not offered until it is reviewed open again")
    print(f"{args.service_id}: reviewed {args.decision}; {meaning}")
    return 0
