"""Finding services: filters and ranking in SQL, and widening when nothing matches.

Hard filters (need, language, gender, age, cost, referral route, crisis alternative, open at,
text, place, freshness) narrow the candidates; preferences (community, faith, gender-specific,
language) and distance only order them. The database does both and returns one page with the
total, and only that page is read in full.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from typing import Callable, Optional

from sqlalchemy import Select, case, distinct, false, func, null, or_, select, true
from sqlalchemy.orm import Session, aliased

from signpost.geography import Place
from signpost.registry import freshness, schema
from signpost.registry.coverage import Gazetteer, local_authority_keys, place_keys
from signpost.registry.opening import LONDON, Schedule, is_open, open_rows_window, week_minute
from signpost.registry.reports import ClosureFlags
from signpost.registry.samples import demo_registry
from signpost.registry.views import ServiceView, load_views
from signpost.vocabulary import FEE_FILTERS as FEES
from signpost.vocabulary import GENDER_FILTERS as GENDERS
from signpost.vocabulary import FEES_ADMITTED, HELPLINE, REFERRALS_SATISFYING
NEARBY_LOCATION_KM = 25.0
NEARBY_AUTHORITY_KM = 15.0
_KM_PER_DEGREE_LATITUDE = 111.2


@dataclass
class SearchQuery:
    categories: list[str] = field(default_factory=list)  # any of these needs
    place: Optional[Place] = None
    languages: list[str] = field(default_factory=list)  # speaks one of these (ISO 639-1 or 639-3)
    communities: list[str] = field(default_factory=list)  # preference, not a filter
    gender: Optional[str] = None  # "women" | "men": excludes services for the other gender
    gender_only: bool = False  # with gender: only services for that gender
    age: Optional[int] = None
    faith: Optional[str] = None  # preference, not a filter
    fees: Optional[str] = None  # "free" | "low_cost" ("low_cost" admits free)
    referral: list[str] = field(default_factory=list)  # accepts any of these routes
    crisis_alternative: Optional[bool] = None
    open_at: Optional[datetime] = None  # aware: only services open then
    text: Optional[str] = None  # in name, description or organization name
    include_national: bool = True
    preferred: list[str] = field(default_factory=list)  # service ids ranked before the rest (an embedding host's own)
    max_distance_km: Optional[float] = None  # only services with a location this close to ``place``
    organization_ids: list[str] = field(default_factory=list)  # only services of these organizations
    assured_since: Optional[date] = None  # only services checked (assured_date) on or after this day
    include_stale: bool = False  # staff only: records not checked for SIGNPOST_STALE_MONTHS months
    crisis_flow: bool = False  # someone in crisis: no sample records unless this is a demo (signpost.registry.samples)
    limit: int = 3
    offset: int = 0
    now: Optional[datetime] = None  # for open_now and next_opening; default: the current time

    def __post_init__(self) -> None:
        if self.gender == "any":
            self.gender = None
        if self.gender not in (None, *GENDERS):
            raise ValueError(f"gender must be one of {', '.join(GENDERS)} or None, got {self.gender!r}")
        if self.fees not in (None, *FEES):
            raise ValueError(f"fees must be one of {', '.join(FEES)} or None, got {self.fees!r}")
        if self.max_distance_km is not None and self.max_distance_km <= 0:
            raise ValueError(f"max_distance_km must be positive, got {self.max_distance_km}")
        if self.limit < 0 or self.offset < 0:
            raise ValueError(f"limit and offset must not be negative, got {self.limit} and {self.offset}")


@dataclass
class SearchResults:
    services: list[ServiceView]  # the page asked for, best first
    total: int  # every match
    widened: list[str]  # the widening step that found these: "nearby", "national", "interpreters", "any_need"
    query: SearchQuery


@dataclass(frozen=True)
class _Scope:
    """Where services may be: covering one of ``area_keys`` (None: anywhere), or national, or near."""

    area_keys: Optional[frozenset[str]]
    national: bool
    near: Optional[tuple[float, float]] = None


def search(session: Session, query: SearchQuery, flags: ClosureFlags = ClosureFlags()) -> SearchResults:
    """Active services matching ``query``: stale records only when asked for, services a keeper
    confirmed closed never, services reported closed after all others; sample records never in
    the crisis flow (``crisis_flow=True``) unless this is a demo (signpost.registry.samples)."""
    return _results(session, query, _exact_scope(query), query, False, [], flags)


def search_widening(
    session: Session, query: SearchQuery, gazetteer: Callable[[], Gazetteer],
    flags: ClosureFlags = ClosureFlags(),
) -> SearchResults:
    """The exact search; when it finds nothing, the first widening step that finds something."""
    results = search(session, query, flags)
    if results.total:
        return results
    place = query.place
    # (step, where, filters, whether only services offering interpreters qualify)
    steps: list[tuple[str, _Scope, SearchQuery, bool]] = []
    if place is not None:
        nearby = _nearby_scope(place, gazetteer)
        if nearby is not None:
            steps.append(("nearby", nearby, query, False))
    if not query.include_national:
        steps.append(("national", _Scope(area_keys=frozenset(), national=True), query, False))
    if query.languages:
        scope = _Scope(area_keys=place_keys(place) if place else None, national=True)
        steps.append(("interpreters", scope, replace(query, languages=[]), True))
    if query.categories and place is not None:
        scope = _Scope(area_keys=place_keys(place), national=False)
        steps.append(("any_need", scope, replace(query, categories=[]), False))
    for step, scope, filters, interpreters in steps:
        widened = _results(session, query, scope, filters, interpreters, [step], flags)
        if widened.total:
            return widened
    return results


def _exact_scope(query: SearchQuery) -> _Scope:
    keys = place_keys(query.place) if query.place is not None else None
    return _Scope(area_keys=keys, national=query.include_national)


def _nearby_scope(place: Place, gazetteer: Callable[[], Gazetteer]) -> Optional[_Scope]:
    names = {
        nearby.name if isinstance(nearby, Place) else nearby
        for name in place.local_authorities
        for nearby in gazetteer().nearby_local_authorities(name, NEARBY_AUTHORITY_KM)
    }
    point = (place.latitude, place.longitude) if place.has_point else None
    if not names and point is None:
        return None
    return _Scope(area_keys=local_authority_keys(names), national=False, near=point)


def _results(
    session: Session,
    query: SearchQuery,
    scope: _Scope,
    filters: SearchQuery,
    require_interpreters: bool,
    widened: list[str],
    flags: ClosureFlags,
) -> SearchResults:
    """Services in ``scope`` that pass the hard filters of ``filters``, ranked for ``query``.

    The database filters and ranks service_search rows, so only the first rows reach Python, each
    with the number of services that match (counted once, in the same statement).
    """
    now = query.now or datetime.now(timezone.utc)
    point = _point(query)
    statement, grouped = _ranked(query, scope, filters, require_interpreters, now, flags, point)
    if filters.open_at is not None and not open_rows_window(filters.open_at)[3]:
        # the hour the clocks go back: the SQL window is wider than the truth, so check each in Python
        ids = list(dict.fromkeys(session.scalars(statement)))
        open_then = _open_at_confirmed(session, ids, filters.open_at) if ids else set()
        ids = [service_id for service_id in ids if service_id in open_then]
        page, total = ids[query.offset : query.offset + query.limit], len(ids)
    else:
        ids, total = _first_services(session, statement, _count(statement, grouped, filters),
                                     query.offset + query.limit)
        page = ids[query.offset : query.offset + query.limit]
    return SearchResults(
        services=load_views(session, page, now, point, flags.reported),
        total=total,
        widened=widened,
        query=query,
    )


def _first_services(session: Session, statement, count, wanted: int) -> tuple[list[str], int]:
    """At least the first ``wanted`` services of ranked rows (a service's first row is where it
    ranks), and how many services there are: ``count`` (a scalar subquery) read with the rows, or
    the services read when they are all there are. Reads twice as many rows as services wanted, more
    when the services have many rows each."""
    rows = 2 * wanted + 8
    ranked = statement.add_columns(count)
    while True:
        found = session.execute(ranked.limit(rows)).all()
        ids = list(dict.fromkeys(service_id for service_id, _ in found))
        if len(found) < rows:
            return ids, len(ids)
        if len(ids) >= wanted:
            return ids, found[0][1]
        rows *= 4


def _count(statement, grouped: bool, filters: SearchQuery):
    """How many services ``statement`` (from _ranked) ranks: a scalar subquery, to read with its rows."""
    if grouped:
        return select(func.count()).select_from(statement.order_by(None).subquery()).scalar_subquery()
    row = schema.ServiceSearch
    if len(filters.categories) == 1:
        # with one need asked for, a lone service has one row: count those, and the others' distinct ids
        counted = (func.coalesce(func.sum(case((row.lone, 1), else_=0)), 0)
                   + func.count(distinct(case((row.lone, null()), else_=row.service_id))))
    else:
        counted = func.count(distinct(row.service_id))
    return select(counted).where(statement.whereclause).correlate(None).scalar_subquery()


def _point(query: SearchQuery) -> Optional[tuple[float, float]]:
    place = query.place
    return (place.latitude, place.longitude) if place is not None and place.has_point else None


def _ranked(
    query: SearchQuery, scope: _Scope, filters: SearchQuery, require_interpreters: bool,
    now: datetime, flags: ClosureFlags, point: Optional[tuple[float, float]],
) -> tuple[Select, bool]:
    """SELECT service_id FROM service_search ... ORDER BY the ranking, and whether it is grouped by
    service (see below): reported closed last; the
    embedding host's own services first; local before national (except when only helplines are
    asked for); more preferences met (community, faith, gender, language); nearer; checked more
    recently, then name, then id (the row's rank).

    Every condition in WHERE holds for all of a service's rows or for none, except need and area,
    and a service that passes keeps its rows for every location with each area in scope. So its
    first row in this order has its nearest location and says whether it is local: services rank
    by their first row, and a service's other rows are dropped after. Only a distance limit needs
    the rows grouped per service (HAVING on the nearest location).
    """
    row = schema.ServiceSearch
    statement = select(row.service_id).where(
        *_filter_conditions(filters, require_interpreters),
        *_offered_conditions(filters, _local_day(now), flags),
        _scope_condition(scope),
    )
    grouped = point is not None and (filters.max_distance_km is not None or scope.near is not None)
    nearest = None
    if point:
        # squared degrees of latitude to the location (exact distances are worked out for the page)
        scale = math.cos(math.radians(point[0]))
        nearest = (
            (row.latitude - point[0]) * (row.latitude - point[0])
            + (row.longitude - point[1]) * scale * (row.longitude - point[1]) * scale
        )
        if grouped:
            statement, nearest = statement.group_by(row.service_id), func.min(nearest)
        if filters.max_distance_km is not None:
            statement = statement.having(nearest <= _squared_degrees(filters.max_distance_km))
        elif scope.near:
            near = [_any(_in_areas(scope.area_keys), grouped) == 1, nearest <= _squared_degrees(NEARBY_LOCATION_KM)]
            if scope.national:
                near.append(_any(row.is_national.is_(True), grouped) == 1)
            statement = statement.having(or_(*near))
    elif filters.max_distance_km is not None:
        return statement.where(false()), False  # no point to measure from: nothing is that close
    order = []
    if flags.reported:
        order.append(case((row.service_id.in_(sorted(flags.reported)), 1), else_=0))
    if query.preferred:
        order.append(case((row.service_id.in_(sorted(set(query.preferred))), 0), else_=1))
    helplines_only = bool(query.categories) and set(query.categories) == {HELPLINE}
    if query.place is not None and not helplines_only:
        order.append(_local(place_keys(query.place), scope, grouped).desc())
    facets = _facet_expressions(query)
    if facets:
        order.append(sum(_any(facet, grouped) for facet in facets).desc())
    if nearest is not None:
        order += [case((nearest.is_(None), 1), else_=0), nearest]
    order.append(func.min(row.rank) if grouped else row.rank)
    return statement.order_by(*order), grouped


def _any(condition, grouped: bool):
    """1 when ``condition`` holds (grouped: for one of the service's rows), else 0."""
    one = case((condition, 1), else_=0)
    return func.max(one) if grouped else one


def _in_areas(area_keys: Optional[frozenset[str]]):
    return schema.ServiceSearch.area_key.in_(sorted(area_keys)) if area_keys else false()


def _local(keys: frozenset[str], scope: _Scope, grouped: bool):
    """1 for a service covering one of ``keys``. When the scope lets in every row with those keys,
    the service's own rows tell; otherwise (a widened scope) service_coverage does."""
    if scope.area_keys is not None and keys <= scope.area_keys:
        return _any(_in_areas(keys), grouped)
    covering = schema.ServiceSearch.service_id.in_(
        select(schema.ServiceCoverage.service_id).where(schema.ServiceCoverage.area_key.in_(sorted(keys))))
    return case((covering, 1), else_=0)


def _squared_degrees(km: float) -> float:
    return (km / _KM_PER_DEGREE_LATITUDE) ** 2


def _listing(column, values):
    """The row's ",a,b," list ``column`` has one of ``values``."""
    return or_(*(column.contains(f",{value},", autoescape=True) for value in values))


def _filter_conditions(filters: SearchQuery, require_interpreters: bool) -> list:
    row = schema.ServiceSearch  # only active services have rows
    conditions = []
    if filters.categories:
        conditions.append(row.need.in_(filters.categories))
    if filters.languages:
        conditions.append(_speaking(filters.languages))
    if require_interpreters:
        conditions.append(row.interpreters.is_(True))
    if filters.gender:
        allowed = (filters.gender,) if filters.gender_only else ("any", filters.gender)
        conditions.append(row.gender.in_(allowed))
    if filters.age is not None:
        conditions.append(or_(row.minimum_age.is_(None), row.minimum_age <= filters.age))
        conditions.append(or_(row.maximum_age.is_(None), row.maximum_age >= filters.age))
    if filters.fees:
        conditions.append(row.fees.in_(FEES_ADMITTED[filters.fees]))
    if filters.referral:
        routes = {route for asked in filters.referral for route in REFERRALS_SATISFYING.get(asked, (asked,))}
        conditions.append(_listing(row.referrals, sorted(routes)))
    if filters.crisis_alternative is not None:
        conditions.append(row.crisis_alternative.is_(filters.crisis_alternative))
    if filters.organization_ids:
        conditions.append(row.organization_id.in_(filters.organization_ids))
    if filters.assured_since is not None:
        conditions.append(row.assured_date >= filters.assured_since)
    if filters.text:
        text = filters.text.strip().lower()
        service = schema.Service
        conditions.append(
            row.service_id.in_(
                select(service.id).where(
                    or_(
                        func.lower(service.name).contains(text, autoescape=True),
                        func.lower(service.description).contains(text, autoescape=True),
                        service.organization_id.in_(
                            select(schema.Organization.id).where(
                                func.lower(schema.Organization.name).contains(text, autoescape=True)
                            )
                        ),
                    )
                )
            )
        )
    if filters.open_at is not None:
        conditions.append(_open_at(filters.open_at))
    return conditions


def _local_day(now: datetime) -> date:
    return now.astimezone(LONDON).date() if now.tzinfo else now.date()


def _offered_conditions(filters: SearchQuery, today: date, flags: ClosureFlags) -> list:
    """What may be offered at all: fresh enough, not confirmed closed, no samples in the crisis flow."""
    row = schema.ServiceSearch
    conditions = []
    if not filters.include_stale:
        conditions.append(or_(row.assured_date.is_(None), row.assured_date >= freshness.stale_before(today)))
    if flags.closed:
        conditions.append(row.service_id.not_in(sorted(flags.closed)))
    demo = demo_registry()
    if filters.crisis_flow and demo is not True:
        if demo is False:
            conditions.append(row.sample.is_(False))
        else:  # unset: samples only in a registry with no real local service (a demo registry)
            service = schema.Service
            real_local = select(service.id).where(service.sample.is_(False), service.is_national.is_(False))
            conditions.append(or_(row.sample.is_(False), ~real_local.exists()))
    return conditions


def _scope_condition(scope: _Scope):
    row = schema.ServiceSearch
    if scope.area_keys is None and scope.near is None:
        return true() if scope.national else row.is_national.is_(False)
    keys = set(scope.area_keys or ())
    if scope.national:
        keys.add(schema.NATIONAL_AREA)
    branches = [row.area_key.in_(sorted(keys)) if keys else false()]
    if scope.near is not None:
        branches.append(_located_near(scope.near, NEARBY_LOCATION_KM))
    return or_(*branches)


def _facet_expressions(query: SearchQuery) -> list:
    row = schema.ServiceSearch
    facets = []
    if query.communities:
        facets.append(_listing(row.communities, [code.casefold() for code in query.communities]))
    if query.faith:
        facets.append(row.faith == query.faith.casefold())
    if query.gender:
        facets.append(row.gender == query.gender)
    if query.languages:
        facets.append(_speaking(query.languages))
    return facets


def _speaking(languages: list[str]):
    return _listing(schema.ServiceSearch.languages, [code.lower() for code in languages])


def _open_at(moment: datetime):
    """The row's timetable has a session open at ``moment`` (exact except in the hour the clocks go
    back; see open_rows_window): the sessions of that day that have opened by then and not closed,
    found once, not looked up for every row."""
    day, earliest, latest, _ = open_rows_window(moment)
    opening = schema.TimetableOpening
    return schema.ServiceSearch.timetable.in_(
        select(opening.timetable).where(
            opening.opens.between(week_minute(day, "00:00"), week_minute(day, latest)),
            opening.closes > week_minute(day, earliest)))


def _open_at_confirmed(session: Session, service_ids: list[str], moment: datetime) -> set[str]:
    rows = session.execute(
        select(schema.Schedule.service_id, schema.Schedule.byday, schema.Schedule.opens_at, schema.Schedule.closes_at)
        .where(schema.Schedule.service_id.in_(service_ids))
    ).all()
    schedules: dict[str, list[Schedule]] = {}
    for service_id, byday, opens_at, closes_at in rows:
        schedules.setdefault(service_id, []).append(Schedule(tuple(byday.split(",")), opens_at, closes_at))
    return {service_id for service_id, rows in schedules.items() if is_open(rows, moment)}


def _located_near(point: tuple[float, float], km: float):
    """Services with a location inside a box around ``point`` (the exact distance is checked after):
    all of their rows, so that the nearest location is worked out over every location."""
    latitude, longitude = point
    latitude_span = km / _KM_PER_DEGREE_LATITUDE
    longitude_span = km / (_KM_PER_DEGREE_LATITUDE * max(math.cos(math.radians(latitude)), 0.01))
    near = aliased(schema.ServiceSearch)
    return schema.ServiceSearch.service_id.in_(
        select(near.service_id).where(
            near.latitude.between(latitude - latitude_span, latitude + latitude_span),
            near.longitude.between(longitude - longitude_span, longitude + longitude_span),
        )
    )
