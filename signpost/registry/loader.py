"""Loading a checked registry file into the database, replacing what was there.

Everything happens in one transaction: the old rows are deleted and the new ones inserted, so a
reader sees either the old registry or the new one, and a failure part-way leaves the old one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import String, and_, case, delete, exists, func, insert, literal, null, select, text, union_all
from sqlalchemy.engine import Connection

from signpost.registry import schema
from signpost.registry.iso639 import language_name
from signpost.registry.opening import DAY_CODES, week_minute_sql
from signpost.registry.validation import ParsedRegistry, RegistryValidationError, ValidationIssue


@dataclass(frozen=True)
class LoadReport:
    services: int
    organizations: int
    warnings: list[ValidationIssue] = field(default_factory=list)


def load_parsed(connection: Connection, parsed: ParsedRegistry) -> LoadReport:
    """Replace the registry's content with a parsed file, inside the caller's transaction."""
    if parsed.errors:
        raise RegistryValidationError(parsed.errors)
    for table in reversed(schema.Base.metadata.sorted_tables):
        if table.name not in schema.KEPT_ACROSS_LOADS:
            connection.execute(delete(table))
    for table, rows in _rows(parsed):
        if rows:
            connection.execute(insert(table), rows)
    fill_search(connection)
    return LoadReport(
        services=len(parsed.services),
        organizations=len(parsed.organizations),
        warnings=parsed.warnings,
    )


def _rows(parsed: ParsedRegistry) -> list[tuple]:
    """(table, rows) in an order that satisfies the foreign keys."""
    tables: dict[str, list[dict]] = {table.name: [] for table in schema.Base.metadata.sorted_tables}
    for position, term in enumerate(parsed.taxonomy):
        tables["taxonomy_term"].append(
            {"id": term["code"], "code": term["code"], "name": term["name"],
             "description": term["description"], "position": position}
        )
    for organization in parsed.organizations:
        tables["organization"].append(
            {key: organization[key] for key in ("id", "name", "description", "website", "email", "helpline_status")}
        )
        for position, led_by in enumerate(organization["led_by"]):
            tables["organization_led_by"].append(
                {"organization_id": organization["id"], "led_by": led_by, "position": position}
            )
        for position, url in enumerate(organization["sources"]):
            tables["organization_source"].append(
                {"organization_id": organization["id"], "position": position, "url": url}
            )
    for position, service in enumerate(parsed.services):
        service_id = service["id"]
        tables["service"].append(
            {
                "id": service_id,
                "organization_id": service["organization"],
                "position": position,
                "is_national": "national" in service["service_areas"],
                **{
                    key: service[key]
                    for key in (
                        "name", "description", "url", "email", "status", "interpretation_services",
                        "eligibility_description", "minimum_age", "maximum_age", "assured_date",
                        "gender", "faith", "fees", "culturally_specific", "crisis_alternative",
                        "confidentiality", "sample", "check_note",
                    )
                },
            }
        )
        for index, code in enumerate(service["categories"]):
            tables["service_taxonomy"].append(
                {"service_id": service_id, "taxonomy_term_id": code, "position": index}
            )
        for index, code in enumerate(service["languages"]):
            tables["language"].append(
                {"id": f"{service_id}/language/{index}", "service_id": service_id, "code": code,
                 "name": language_name(code), "position": index}
            )
        for index, community in enumerate(service["communities"]):
            tables["service_community"].append(
                {"service_id": service_id, "community": community, "position": index}
            )
        for index, referral in enumerate(service["referral"]):
            tables["service_referral"].append(
                {"service_id": service_id, "referral": referral, "position": index}
            )
        for index, phone in enumerate(service["phones"]):
            tables["phone"].append(
                {"id": f"{service_id}/phone/{index}", "service_id": service_id, "position": index, **phone}
            )
        for index, location in enumerate(service["locations"]):
            location_id = f"{service_id}/location/{index}"
            tables["location"].append({"id": location_id, **location})
            tables["service_at_location"].append(
                {"id": f"{service_id}/at/{index}", "service_id": service_id,
                 "location_id": location_id, "position": index}
            )
        for index, area in enumerate(service["service_areas"]):
            tables["service_area"].append(
                {"id": f"{service_id}/area/{index}", "service_id": service_id, "name": area,
                 "position": index}
            )
        for index, url in enumerate(service["sources"]):
            tables["service_source"].append({"service_id": service_id, "position": index, "url": url})
        for area_key in sorted(service["coverage"]):
            tables["service_coverage"].append({"service_id": service_id, "area_key": area_key})
        for index, row in enumerate(service["schedules"]):
            tables["schedule"].append(
                {
                    "id": f"{service_id}/schedule/{index}",
                    "service_id": service_id,
                    "freq": row["freq"],
                    "byday": ",".join(row["byday"]),
                    "opens_at": row["opens_at"],
                    "closes_at": row["closes_at"],
                    "description": row["description"],
                    "position": index,
                }
            )
    tables["registry_meta"].append(
        {"id": 1, "source_path": str(parsed.path), "content_sha256": parsed.sha256,
         "loaded_at": datetime.now(timezone.utc)}
    )
    return [(schema.Base.metadata.tables[name], rows) for name, rows in tables.items()]


def refill_search(connection: Connection) -> None:
    """Write service_search and timetable_opening again from the registry's other tables."""
    connection.execute(delete(schema.TimetableOpening))
    connection.execute(delete(schema.ServiceSearch))
    fill_search(connection)


def fill_search(connection: Connection) -> None:
    """Write service_search and timetable_opening (see schema.ServiceSearch), which must be empty,
    from the registry's other tables, which must be complete: INSERT ... SELECT, so the rows never
    pass through Python. Fresh statistics first, so the planner joins the new rows by index (without
    them SQLite may join two subqueries by scanning one for every row of the other), and after, so
    that each search starts from its most selective condition."""
    connection.execute(text("ANALYZE"))
    service, search = schema.Service, schema.ServiceSearch
    coverage, taxonomy, schedule = schema.ServiceCoverage, schema.ServiceTaxonomy, schema.Schedule
    at, location = schema.ServiceAtLocation, schema.Location
    postgresql = connection.dialect.name == "postgresql"
    name = func.lower(service.name)
    if postgresql:
        name = name.collate("C")  # code-point order, as in SQLite, whatever the database's locale
    areas = union_all(
        select(coverage.service_id, coverage.area_key),
        select(service.id, literal(schema.NATIONAL_AREA, String)).where(service.is_national.is_(True)),
        select(service.id, literal("", String)).where(
            service.is_national.is_(False), ~exists().where(coverage.service_id == service.id)),
    ).subquery("areas")
    spread = select(areas.c.service_id, func.count().label("areas")).group_by(areas.c.service_id).subquery("spread")
    located = select(at.service_id, func.count().label("locations")).group_by(at.service_id).subquery("located")
    lone = case((and_(spread.c.areas == 1, func.coalesce(located.c.locations, 0) <= 1), True), else_=False)
    lists = [
        _listed(schema.Language.service_id, schema.Language.code, "languages"),
        _listed(schema.ServiceCommunity.service_id, schema.ServiceCommunity.community, "communities"),
        _listed(schema.ServiceReferral.service_id, schema.ServiceReferral.referral, "referrals"),
    ]
    # a service's schedule rows written out in one string: services whose strings are equal have the
    # same rows and share a timetable (in whatever order the rows were joined: equal rows may then get
    # two timetables, which costs a little room and is never wrong)
    written = func.aggregate_strings(schedule.byday + " " + schedule.opens_at + "-" + schedule.closes_at, ";")
    if postgresql:
        written = written.collate("C")  # numbered by bytes: quicker than the locale's rules, and as good
    keyed = select(schedule.service_id, written.label("written")).group_by(schedule.service_id).subquery("keyed")
    ranked = (
        select(
            service,
            func.row_number().over(order_by=(
                case((service.assured_date.is_(None), 1), else_=0), service.assured_date.desc(), name, service.id,
            )).label("rank"),
            case((keyed.c.written.is_(None), null()),
                 else_=func.dense_rank().over(order_by=keyed.c.written)).label("timetable"),
        )
        .outerjoin(keyed, keyed.c.service_id == service.id)
        .where(service.status == "active")
        .subquery("ranked")
    )
    need = func.coalesce(taxonomy.taxonomy_term_id, "")
    position = func.coalesce(at.position, -1)
    rows = (
        select(
            need, areas.c.area_key, ranked.c.id, position, ranked.c.rank, lone, location.latitude, location.longitude,
            ranked.c.is_national, ranked.c.organization_id, ranked.c.gender, ranked.c.minimum_age,
            ranked.c.maximum_age, ranked.c.fees, ranked.c.faith, ranked.c.crisis_alternative,
            case((and_(ranked.c.interpretation_services.is_not(None), ranked.c.interpretation_services != ""),
                  True), else_=False),
            ranked.c.sample, ranked.c.assured_date,
            *(literal(",", String) + func.coalesce(listed.c.listed + ",", "") for listed in lists),
            ranked.c.timetable,
        )
        .select_from(ranked)
        .join(areas, areas.c.service_id == ranked.c.id)
        .join(spread, spread.c.service_id == ranked.c.id)
        .outerjoin(located, located.c.service_id == ranked.c.id)
        .outerjoin(taxonomy, taxonomy.service_id == ranked.c.id)
        .outerjoin(at, at.service_id == ranked.c.id)
        .outerjoin(location, location.id == at.location_id)
    )
    for listed in lists:
        rows = rows.outerjoin(listed, listed.c.service_id == ranked.c.id)
    columns = [
        "need", "area_key", "service_id", "location", "rank", "lone", "latitude", "longitude", "is_national",
        "organization_id", "gender", "minimum_age", "maximum_age", "fees", "faith", "crisis_alternative",
        "interpreters", "sample", "assured_date", "languages", "communities", "referrals", "timetable",
    ]
    # in key order, so PostgreSQL keeps each need's rows in one place, on adjacent pages
    connection.execute(insert(search).from_select(
        columns, rows.order_by(need, areas.c.area_key, ranked.c.id, position)))
    # each timetable's sessions, from the schedule rows of one service that has it
    days = union_all(*(select(literal(day, String).label("day"), literal(index).label("day_index"))
                       for index, day in enumerate(DAY_CODES))).subquery("days")
    one = (select(search.timetable, func.min(search.service_id).label("service_id"))
           .where(search.timetable.is_not(None)).group_by(search.timetable).subquery("one"))
    connection.execute(insert(schema.TimetableOpening).from_select(
        ["opens", "closes", "timetable"],
        select(week_minute_sql(days.c.day_index, schedule.opens_at),
               week_minute_sql(days.c.day_index, schedule.closes_at), one.c.timetable).distinct()
        .select_from(one)
        .join(schedule, schedule.service_id == one.c.service_id)
        .join(days, schedule.byday.contains(days.c.day))))
    connection.execute(text(f"ANALYZE {search.__tablename__}"))
    connection.execute(text(f"ANALYZE {schema.TimetableOpening.__tablename__}"))


def _listed(service_id, value, name: str):
    """service_id -> "a,b" for one of a service's lists."""
    return (
        select(service_id.label("service_id"), func.aggregate_strings(value, ",").label("listed"))
        .group_by(service_id)
        .subquery(name)
    )
