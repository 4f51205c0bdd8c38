"""The registry's tables: Open Referral HSDS 3.0 names where HSDS has the concept.

HSDS tables kept by name: organization, service, location, service_at_location, schedule,
language, phone, taxonomy_term, service_area. ``service_taxonomy`` links services to their need
categories (HSDS 3.0 does this with its generic ``attribute`` table).

Product fields HSDS lacks are plain columns (gender, faith, fees, culturally_specific,
crisis_alternative, confidentiality, sample, helpline_status) or small link tables for lists
(service_community, service_referral, organization_led_by). ``service_coverage`` holds what each
service_area entry resolves to ("la:southwark", "region:london"). Search filters and ranks on
``service_search`` and ``timetable_opening``, which every load writes from these tables (see ServiceSearch).

Ids of organizations, services and taxonomy terms are the ids in the registry file; child rows get
ids derived from their service ("<service id>/location/0") and a position that keeps the file's
order. Opening times are stored as "HH:MM" text, not SQL time, because "24:00" closes are part of
the file format.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


# tables a load of the registry file leaves as they are
KEPT_ACROSS_LOADS = ("closure_review",)


class Organization(Base):
    __tablename__ = "organization"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    description: Mapped[Optional[str]] = mapped_column(Text)
    website: Mapped[Optional[str]] = mapped_column(String(1000))
    email: Mapped[Optional[str]] = mapped_column(String(500))
    helpline_status: Mapped[Optional[str]] = mapped_column(String(20))

    led_by: Mapped[list[OrganizationLedBy]] = relationship(
        cascade="all, delete-orphan", order_by="OrganizationLedBy.position"
    )
    sources: Mapped[list[OrganizationSource]] = relationship(
        cascade="all, delete-orphan", order_by="OrganizationSource.position"
    )


class OrganizationSource(Base):
    """A public page the organization's facts come from."""

    __tablename__ = "organization_source"

    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))


class OrganizationLedBy(Base):
    __tablename__ = "organization_led_by"

    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True
    )
    led_by: Mapped[str] = mapped_column(String(20), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class Service(Base):
    __tablename__ = "service"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    description: Mapped[Optional[str]] = mapped_column(Text)
    url: Mapped[Optional[str]] = mapped_column(String(1000))
    email: Mapped[Optional[str]] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(30), index=True)
    interpretation_services: Mapped[Optional[str]] = mapped_column(Text)
    eligibility_description: Mapped[Optional[str]] = mapped_column(Text)
    minimum_age: Mapped[Optional[int]] = mapped_column(Integer)
    maximum_age: Mapped[Optional[int]] = mapped_column(Integer)
    assured_date: Mapped[Optional[date]] = mapped_column(Date, index=True)
    # product fields
    gender: Mapped[str] = mapped_column(String(10), default="any")
    faith: Mapped[Optional[str]] = mapped_column(String(100))
    fees: Mapped[Optional[str]] = mapped_column(String(20))
    culturally_specific: Mapped[bool] = mapped_column(Boolean, default=False)
    crisis_alternative: Mapped[bool] = mapped_column(Boolean, default=False)
    confidentiality: Mapped[Optional[str]] = mapped_column(Text)
    sample: Mapped[bool] = mapped_column(Boolean, default=False)
    # why the record must be checked with the service before it is relied on (due for a check)
    check_note: Mapped[Optional[str]] = mapped_column(Text)
    # true when one of its service_areas is "national": a phone or online service for everyone
    is_national: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # the order of the record in its file, so listings can follow the author's order
    position: Mapped[int] = mapped_column(Integer)

    organization: Mapped[Organization] = relationship()
    taxonomy_terms: Mapped[list[ServiceTaxonomy]] = relationship(
        cascade="all, delete-orphan", order_by="ServiceTaxonomy.position"
    )
    languages: Mapped[list[Language]] = relationship(
        cascade="all, delete-orphan", order_by="Language.position"
    )
    communities: Mapped[list[ServiceCommunity]] = relationship(
        cascade="all, delete-orphan", order_by="ServiceCommunity.position"
    )
    referrals: Mapped[list[ServiceReferral]] = relationship(
        cascade="all, delete-orphan", order_by="ServiceReferral.position"
    )
    phones: Mapped[list[Phone]] = relationship(cascade="all, delete-orphan", order_by="Phone.position")
    service_at_locations: Mapped[list[ServiceAtLocation]] = relationship(
        cascade="all, delete-orphan", order_by="ServiceAtLocation.position"
    )
    service_areas: Mapped[list[ServiceArea]] = relationship(
        cascade="all, delete-orphan", order_by="ServiceArea.position"
    )
    schedules: Mapped[list[Schedule]] = relationship(
        cascade="all, delete-orphan", order_by="Schedule.position"
    )
    sources: Mapped[list[ServiceSource]] = relationship(
        cascade="all, delete-orphan", order_by="ServiceSource.position"
    )


class ServiceSource(Base):
    """A public page the service's facts come from (checked on its assured_date)."""

    __tablename__ = "service_source"

    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))


class TaxonomyTerm(Base):
    __tablename__ = "taxonomy_term"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    code: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    description: Mapped[Optional[str]] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class ServiceTaxonomy(Base):
    __tablename__ = "service_taxonomy"

    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    taxonomy_term_id: Mapped[str] = mapped_column(
        ForeignKey("taxonomy_term.id"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class Language(Base):
    __tablename__ = "language"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    # ISO 639-1, or ISO 639-3 for a language without a two-letter code ("syl", "yue")
    code: Mapped[str] = mapped_column(String(3), index=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)


class ServiceCommunity(Base):
    __tablename__ = "service_community"

    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    community: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class ServiceReferral(Base):
    __tablename__ = "service_referral"

    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    referral: Mapped[str] = mapped_column(String(20), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class Phone(Base):
    __tablename__ = "phone"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(20))
    description: Mapped[Optional[str]] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class Location(Base):
    __tablename__ = "location"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(String(500))
    # HSDS 3.0 keeps addresses in an address table; a service location here has exactly one.
    address_1: Mapped[Optional[str]] = mapped_column(String(500))
    city: Mapped[Optional[str]] = mapped_column(String(200))
    postal_code: Mapped[Optional[str]] = mapped_column(String(20))
    latitude: Mapped[Optional[float]] = mapped_column(Float, index=True)
    longitude: Mapped[Optional[float]] = mapped_column(Float)


class ServiceAtLocation(Base):
    __tablename__ = "service_at_location"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)

    location: Mapped[Location] = relationship()


class ServiceArea(Base):
    __tablename__ = "service_area"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    # the entry as written in the file: "national", "region:London", "borough:Southwark", ...
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer)


class ServiceCoverage(Base):
    __tablename__ = "service_coverage"

    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    # "la:<local authority>" or "region:<region>", lower case (see signpost.registry.coverage)
    area_key: Mapped[str] = mapped_column(String(300), primary_key=True, index=True)


# service_search.area_key of a national service's row
NATIONAL_AREA = "national"


class ServiceSearch(Base):
    """What search filters and ranks on, written by every load (signpost.registry.loader.fill_search):
    one row per active service x need x covered area x location, so that the need and the place a
    search asks for are one index range, and every filter and preference a column of the row.

    ``area_key`` is a service_coverage key, NATIONAL_AREA for a national service's extra row, or ""
    for a service covering nowhere; ``location`` is the service_at_location position, or -1 for a
    service without one. Lists are written ",a,b," so a single value is found with LIKE '%,a,%'.
    ``rank`` is the service's place in the order that breaks ties in search (checked more recently
    first, then name, then id). In SQLite the table is stored in primary key order (WITHOUT ROWID), in
    PostgreSQL rows are written in that order, so one need in one place is read from adjacent pages.
    """

    __tablename__ = "service_search"
    # by area for searches without a need; (area, need) and not area alone, so that SQLite's statistics
    # show it no better than the primary key for a need in a place, which the key answers from its own rows
    # a need's rows in rank order: a search without a place, ranked by rank alone, reads its first page
    # and stops, instead of sorting every row of the need
    __table_args__ = (Index("ix_service_search_area_key_need", "area_key", "need"),
                      Index("ix_service_search_need_rank", "need", "rank"), {"sqlite_with_rowid": False})

    need: Mapped[str] = mapped_column(String(100), primary_key=True)
    area_key: Mapped[str] = mapped_column(String(300), primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), primary_key=True)
    location: Mapped[int] = mapped_column(Integer, primary_key=True)
    rank: Mapped[int] = mapped_column(Integer)
    # the service has just this one row for each of its needs (one area, at most one location)
    lone: Mapped[bool] = mapped_column(Boolean)
    latitude: Mapped[Optional[float]] = mapped_column(Float)
    longitude: Mapped[Optional[float]] = mapped_column(Float)
    is_national: Mapped[bool] = mapped_column(Boolean)
    organization_id: Mapped[str] = mapped_column(String(200))
    gender: Mapped[str] = mapped_column(String(10))
    minimum_age: Mapped[Optional[int]] = mapped_column(Integer)
    maximum_age: Mapped[Optional[int]] = mapped_column(Integer)
    fees: Mapped[Optional[str]] = mapped_column(String(20))
    faith: Mapped[Optional[str]] = mapped_column(String(100))
    crisis_alternative: Mapped[bool] = mapped_column(Boolean)
    interpreters: Mapped[bool] = mapped_column(Boolean)  # interpretation_services says something
    sample: Mapped[bool] = mapped_column(Boolean)
    assured_date: Mapped[Optional[date]] = mapped_column(Date)
    languages: Mapped[str] = mapped_column(Text)  # ",en,ur,"
    communities: Mapped[str] = mapped_column(Text)  # ",somali,"
    referrals: Mapped[str] = mapped_column(Text)  # ",self,gp,"
    # the service's weekly timetable (TimetableOpening), None for a service without schedule rows
    timetable: Mapped[Optional[int]] = mapped_column(Integer)


# the crisis flow asks for crisis alternatives in a place, whatever the need: their rows alone
Index("ix_service_search_crisis_area_key", ServiceSearch.area_key,
      sqlite_where=ServiceSearch.crisis_alternative.is_(True),
      postgresql_where=ServiceSearch.crisis_alternative.is_(True))


class TimetableOpening(Base):
    """The weekly timetables services have, each once (written with service_search): a session of
    timetable ``timetable`` per day it is open, from ``opens`` to ``closes`` in minutes of the week by
    the wall clock (opening.week_minute: Monday 00:00 is 0, Sunday 24:00 is 10080). Services with the
    same schedule rows share a timetable, so "open at" is one index range read once per search, and
    the services it lets in a comparison of service_search.timetable with what it found."""

    __tablename__ = "timetable_opening"
    __table_args__ = {"sqlite_with_rowid": False}

    opens: Mapped[int] = mapped_column(Integer, primary_key=True)
    closes: Mapped[int] = mapped_column(Integer, primary_key=True)
    timetable: Mapped[int] = mapped_column(Integer, primary_key=True)


class Schedule(Base):
    __tablename__ = "schedule"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    freq: Mapped[str] = mapped_column(String(10), default="WEEKLY")
    # comma-separated day codes as in HSDS: "MO,WE"
    byday: Mapped[str] = mapped_column(String(30))
    opens_at: Mapped[str] = mapped_column(String(5))
    closes_at: Mapped[str] = mapped_column(String(5))
    description: Mapped[Optional[str]] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class ClosureReview(Base):
    """A keeper's check of a service reported closed (signpost.registry.reports). Kept across loads:
    no foreign key, since a reload may drop the service and bring it back."""

    __tablename__ = "closure_review"

    service_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    decision: Mapped[str] = mapped_column(String(10))  # "open" | "closed"
    decided_on: Mapped[date] = mapped_column(Date)


class RegistryMeta(Base):
    """What is loaded: one row, replaced with every load."""

    __tablename__ = "registry_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_path: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
