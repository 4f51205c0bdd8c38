"""The shipped data files: complete, consistent, and covering what the product needs."""

from __future__ import annotations

from collections import Counter

import pytest

from signpost.geography.build import REACH_KM
from signpost.geography.data import (
    read_areas,
    read_local_authorities,
    read_postcode_districts,
    read_regions,
    read_towns,
)
from signpost.geography.distance import distance_km

LOCAL_AUTHORITIES = read_local_authorities()
DISTRICTS = read_postcode_districts()
BY_NAME = {record.name: record for record in LOCAL_AUTHORITIES}


def districts(area, numbers):
    return {f"{area}{number}" for number in numbers}


# Every geographic district the product promises to cover (non-geographic ones such as
# M60, B99, LS98 carry no homes and are left out).
REQUIRED_DISTRICTS = (
    districts("E", [*range(1, 19), 20])
    | {"E1W"}
    | districts("EC", range(1, 5))
    | districts("N", range(1, 23))
    | districts("NW", range(1, 12))
    | districts("SE", range(1, 29))
    | districts("SW", range(1, 21))
    | districts("W", range(1, 15))
    | districts("WC", range(1, 3))
    | districts("BR", range(1, 9))
    | districts("CR", [0, *range(2, 10)])
    | districts("DA", range(1, 19))
    | districts("EN", range(1, 12))
    | districts("HA", range(0, 10))
    | districts("IG", range(1, 12))
    | districts("KT", range(1, 25))
    | districts("RM", range(1, 21))
    | districts("SM", range(1, 8))
    | districts("TW", [*range(1, 6), *range(7, 21)])
    | districts("UB", range(1, 12))
    | districts("M", [*range(1, 10), *range(11, 36), 38, 40, 41, 43, 44, 45, 46, 50, 90])
    | districts("B", [*range(1, 22), *range(23, 39), 40, *range(42, 51), *range(60, 81), *range(90, 99)])
    | districts("LS", range(1, 30))
    | districts(
        "S",
        [*range(1, 15), 17, 18, 20, 21, 25, 26, 32, 33, 35, 36, *range(40, 46), *range(60, 67), *range(70, 76), 80, 81],
    )
    | districts("BD", range(1, 25))
    | districts("LE", [*range(1, 20), 65, 67])
    | districts("WV", range(1, 17))
    | districts("TS", range(1, 30))
)


def test_all_english_local_authorities():
    assert len(LOCAL_AUTHORITIES) == 296
    assert len({record.code for record in LOCAL_AUTHORITIES}) == 296
    assert len(BY_NAME) == 296
    assert Counter(record.code[:3] for record in LOCAL_AUTHORITIES) == {"E06": 63, "E07": 164, "E08": 36, "E09": 33}


def test_london_boroughs_are_the_london_region():
    london = {record.code for record in LOCAL_AUTHORITIES if record.region == "London"}
    assert london == {record.code for record in LOCAL_AUTHORITIES if record.code.startswith("E09")}


def test_regions_are_the_nine_ons_regions():
    regions = {region.name for region in read_regions()}
    assert len(regions) == 9
    assert {record.region for record in LOCAL_AUTHORITIES} == regions


def test_no_name_or_alias_names_two_authorities():
    names = Counter(
        name.casefold() for record in LOCAL_AUTHORITIES for name in {record.name, record.ons_name, *record.aliases}
    )
    assert [name for name, count in names.items() if count > 1] == []


def test_required_postcode_districts_are_present():
    shipped = {record.district for record in DISTRICTS}
    assert sorted(REQUIRED_DISTRICTS - shipped) == []
    assert len(shipped) == len(DISTRICTS)


@pytest.mark.parametrize("record", DISTRICTS, ids=lambda record: record.district)
def test_district_points_lie_near_their_main_authority(record):
    authority = BY_NAME[record.local_authorities[0]]
    assert all(name in BY_NAME for name in record.local_authorities)
    distance = distance_km(record.latitude, record.longitude, authority.latitude, authority.longitude)
    assert distance <= REACH_KM[authority.code[:3]]
    assert record.point_source == "estimate" or record.point_source.startswith("geonames:")


def test_areas_name_known_authorities():
    for area in read_areas():
        assert all(name in BY_NAME for name in area.local_authorities), area.key


def test_towns_belong_to_known_authorities():
    towns = read_towns()
    codes = {record.code for record in LOCAL_AUTHORITIES}
    assert len(towns) > 4000
    assert all(town.la_code in codes for town in towns)
    populations = [town.population for town in towns]
    assert populations == sorted(populations, reverse=True)
