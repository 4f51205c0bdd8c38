"""Service facts as the assistant says them, in the person's language.

Service names and descriptions stay as the registry gives them (a card carries the description
only when it is written in the reply's script); every other word comes from the catalogs through
signpost.i18n, and times, days, distances and lists are formatted for the language with Babel.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterable, Optional, Sequence
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton

from signpost import i18n
from signpost.i18n import t
from signpost.registry.freshness import CURRENT
from signpost.understanding.language import in_script_of
from signpost.vocabulary import GENDER_FILTERS, NO_REFERRAL_NEEDED

LONDON = ZoneInfo("Europe/London")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
EVERY_DAY = set(WEEKDAY_CODES)


def need_label(needs: Sequence[str], language: str) -> str:
    if not needs:
        return t("need.any", language)
    labels = []
    for code in needs:
        try:
            labels.append(t(f"need.{code}", language))
        except KeyError:
            labels.append(code.replace("_", " "))
    return i18n.join(labels, language, style="or")


def access_routes(referral: Iterable[str], language: str) -> str:
    return i18n.join([t(f"referral.{r}", language) for r in referral], language, style="or")


def is_always_open(schedules) -> bool:
    return any(
        set(s.byday) >= EVERY_DAY and s.opens_at == "00:00" and s.closes_at == "24:00"
        for s in schedules
    )


def opening_line(service, now: datetime, language: str) -> str:
    if is_always_open(service.schedules):
        return t("card.open_always", language)
    if service.open_now and service.next_closing:
        return t("card.open_now", language, time=i18n.format_clock(service.next_closing, language))
    if service.next_opening:
        opens = service.next_opening
        clock = i18n.format_clock(opens, language)
        if opens.date() == now.date():
            return t("card.next_open.today", language, time=clock)
        return t("card.next_open", language, day=i18n.format_weekday(opens, language), time=clock)
    return t("card.hours_unknown", language)


def who_for(service, language: str) -> str:
    group = t(f"card.for.{service.gender}", language) if service.gender in GENDER_FILTERS else None
    if service.minimum_age and service.maximum_age:
        ages = t("card.for.ages", language, minimum=service.minimum_age, maximum=service.maximum_age)
    elif service.minimum_age:
        ages = t("card.for.min_age", language, minimum=service.minimum_age)
    elif service.maximum_age:
        ages = t("card.for.max_age", language, maximum=service.maximum_age)
    else:
        ages = None
    if group and ages:
        return t("card.for.group_ages", language, group=group, ages=ages)
    return group or ages or t("card.for.everyone", language)


def contact_line(service, language: str) -> Optional[str]:
    contacts = [t(f"card.phone.{p.type}", language, number=p.number) for p in service.phones]
    if service.email:
        contacts.append(service.email)
    if service.url:
        contacts.append(service.url)
    return t("card.contact", language, contacts=i18n.join(contacts, language)) if contacts else None


def month_year(day, language: str) -> str:
    return format_skeleton("yMMMM", day, locale=i18n.locale(language))


def checked_line(service, language: str) -> Optional[str]:
    """"Last checked March 2026." for a record due for a check (or stale, on the staff page)."""
    if service.freshness == CURRENT or service.assured_date is None:
        return None
    return t("card.last_checked", language, month=month_year(service.assured_date, language))


def assured_lines(service, language: str) -> list[str]:
    """Where the details come from and when they were checked, for the details view.

    A record desk-checked against public pages (it has sources) says so and asks people to call
    before they go; one with a check note adds that some details may be out of date (the note
    itself is English free text for the people who keep the registry, never shown to residents).
    """
    lines = []
    if service.assured_date and service.sources:
        lines.append(t("details.from_sources", language, month=month_year(service.assured_date, language)))
    elif service.assured_date:
        lines.append(t("details.assured", language, date=i18n.format_long_date(service.assured_date, language)))
    if service.check_note:
        lines.append(t("details.check_note", language))
    return lines


def reported_closed_line(service, language: str) -> Optional[str]:
    return t("card.reported_closed", language) if service.reported_closed else None


def titled(title: str, service, language: str) -> str:
    return title + (" " + t("card.sample", language) if service.sample else "")


def card(service, number: int, now: datetime, language: str, described: bool = True) -> str:
    """A numbered card. The registry's description (free text, mostly English) is on it only when
    it is written in the reply's script, so a Gurmukhi or Chinese reply is not half English; every
    other line is in the person's language, and the details view still gives the description."""
    title = titled(t("card.title", language, number=number, name=service.name), service, language)
    described = described and in_script_of(service.description or "", language)
    return "\n".join([title] + card_body(service, now, language, described=described))


def card_body(service, now: datetime, language: str, checked: bool = True, described: bool = True) -> list[str]:
    """``checked``: say "last checked <month year>" when the record is due for a check.
    ``described``: include the registry's own description, which is free text in the service's
    language (mostly English); the other lines are the person's language."""
    lines = [service.description or ""] if described else []
    facts = [t("card.for", language, who=who_for(service, language))]
    if service.languages:
        names = [i18n.language_name(code, language) for code in service.languages]
        facts.append(t("card.languages", language, languages=i18n.join(names, language)))
    if service.fees:
        facts.append(t(f"fees.{service.fees}", language) + ".")
    if service.referral:
        facts.append(t("card.access", language, routes=access_routes(service.referral, language)))
    lines.append(" ".join(facts))
    lines.append(opening_line(service, now, language))
    if service.is_national:
        lines.append(t("card.national", language))
    elif service.distance_km is not None:
        lines.append(t("card.distance", language, distance=i18n.format_distance(service.distance_km, language)))
    lines.append(contact_line(service, language) or "")
    lines.append((checked_line(service, language) if checked else None) or "")
    lines.append(reported_closed_line(service, language) or "")
    return [line for line in lines if line]


def schedule_lines(service, language: str) -> str:
    if is_always_open(service.schedules):
        return t("details.hours.always", language)
    sessions = []
    for s in service.schedules:
        days = i18n.weekday_names([WEEKDAY_CODES.index(d) for d in s.byday], language)
        sessions.append(
            t("details.hours.session", language, days=i18n.join(days, language),
              opens=s.opens_at, closes=s.closes_at)
        )
    return "; ".join(sessions)


def details(service, now: datetime, language: str) -> str:
    # the details give the full assured date at the end instead of the month
    parts = [titled(service.name, service, language)] + card_body(service, now, language, checked=False)
    if service.organization:
        parts.append(t("card.by", language, organization=service.organization))
    if service.eligibility_description:
        parts.append(t("details.eligibility", language, eligibility=service.eligibility_description))
    if service.interpretation_services:
        parts.append(t("card.interpreters", language, interpretation=service.interpretation_services))
    if service.faith:
        parts.append(t("details.faith", language, faith=_label("faith", service.faith, language)))
    if service.confidentiality:
        parts.append(t("details.confidentiality", language, confidentiality=service.confidentiality))
    for location in service.locations:
        address = ", ".join(p for p in (location.name, location.address_1, location.city, location.postal_code) if p)
        parts.append(t("details.address", language, address=address))
    if service.schedules:
        parts.append(t("details.hours", language, hours=schedule_lines(service, language)))
    parts.extend(assured_lines(service, language))
    return "\n".join(parts)


def cost_answer(service, language: str) -> str:
    """What a service costs, as its record says ("Free."), or that the record does not say."""
    if service.fees:
        return t(f"fees.{service.fees}", language) + "."
    return t("answer.cost.unknown", language)


def hours_answer(service, now: datetime, language: str) -> str:
    """When a service is open: whether it is open now or when it next opens, then its hours."""
    parts = [opening_line(service, now, language)]
    if service.schedules and not is_always_open(service.schedules):
        parts.append(t("details.hours", language, hours=schedule_lines(service, language)))
    return " ".join(parts)


def service_answer(service, now: datetime, language: str, cost: bool, hours: bool) -> str:
    """"<name>: Free. Open now until 21:00." answering what a service costs and/or when it is open."""
    facts = ([cost_answer(service, language)] if cost else []) + ([hours_answer(service, now, language)] if hours else [])
    return t("answer.service", language, name=service.name, answer=" ".join(facts))


def _label(prefix: str, code: str, language: str) -> str:
    try:
        return t(f"{prefix}.{code}", language)
    except KeyError:
        return code


def services_payload(services: Sequence, language: str, kind: str = "services",
                     now: Optional[datetime] = None) -> dict:
    """The `services` custom payload the widget draws as cards: the registry's facts, plus the
    sentences (opening, who it is for, how to get in) already said in the person's language."""
    now = now or datetime.now(LONDON)
    return {
        "kind": kind,
        "language": language,
        "direction": i18n.direction(language),
        "services": [
            {
                **s.to_payload(),
                "opening": opening_line(s, now, language),
                "who": who_for(s, language),
                "access": t("card.access", language, routes=access_routes(s.referral, language)) if s.referral else None,
                "checked": checked_line(s, language),
                "reported_closed_note": reported_closed_line(s, language),
            }
            for s in services
        ],
    }


def soonest_first(services: Sequence) -> list:
    """Open now first, then by next opening; self-referral and walk-in before referral-only."""
    far_future = datetime.max

    def key(s):
        opening = s.next_opening.replace(tzinfo=None) if s.next_opening else far_future
        self_referral = bool(set(NO_REFERRAL_NEEDED) & set(s.referral))
        return (not s.open_now, opening, not self_referral, s.distance_km if s.distance_km is not None else 1e9)

    return sorted(services, key=key)

