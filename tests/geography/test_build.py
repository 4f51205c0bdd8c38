"""The builder that derives points and towns from GeoNames, run on a tiny made-up country."""

from __future__ import annotations

import csv

import pytest

from signpost.geography.build import BuildError, City, build, useful_alternate_names
from signpost.geography.data import (
    read_ambiguous_names,
    read_local_authorities,
    read_postcode_districts,
    read_towns,
)

CITIES = [
    City(1, "Alpha", 51.50, -0.10, 90000, ("Alpha", "ALP", "Alfa", "Альфа", "Alpha2")),
    City(2, "Beta", 51.60, -0.30, 40000, ()),
    City(3, "Betaside", 51.58, -0.28, 900, ()),  # nearest anchor: Beta
    City(4, "Gamma", 51.52, -0.12, 700, ()),  # nearest anchor: the AA1 locality, in Alpha
    City(5, "Reading", 51.45, 0.50, 5000, ()),
    City(6, "Alpha", 53.00, -2.00, 500, ()),  # a namesake far away
]


def write(path, header, rows):
    with open(path, "w", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


@pytest.fixture
def data_dir(tmp_path):
    la_header = ["code", "name", "ons_name", "region", "aliases", "anchors", "former_codes", "latitude", "longitude"]
    write(
        tmp_path / "local_authorities.csv",
        la_header,
        [
            ["E09000001", "Alphaborough", "", "London", "", "Alpha", "", "", ""],
            ["E09000002", "Betaborough", "", "London", "", "Beta", "", "", ""],
        ],
    )
    write(
        tmp_path / "postcode_districts.csv",
        ["district", "local_authorities", "locality", "latitude", "longitude", "point_source"],
        [
            ["AA1", "Alphaborough", "Alpha", "", "", ""],
            ["AA2", "Alphaborough;Betaborough", "Deltaville", "51.515", "-0.115", "estimate"],
        ],
    )
    (tmp_path / "areas.csv").write_text("key,name,aliases,local_authorities,definition\n")
    (tmp_path / "neighbourhoods.csv").write_text("name,local_authority,district\n")
    (tmp_path / "words").write_text("reading\nalpha\nBeta\n")
    return tmp_path


def test_build_fills_points_and_assigns_towns(data_dir):
    build(data_dir, cities=CITIES, wordlist=data_dir / "words")
    authorities = {record.name: record for record in read_local_authorities(data_dir)}
    assert (authorities["Alphaborough"].latitude, authorities["Alphaborough"].longitude) == (51.5, -0.1)
    districts = {record.district: record for record in read_postcode_districts(data_dir)}
    assert districts["AA1"].point_source == "geonames:1"
    assert (districts["AA2"].latitude, districts["AA2"].point_source) == (51.515, "estimate")
    towns = {town.geonameid: town for town in read_towns(data_dir)}
    assert towns[3].la_code == "E09000002"
    assert towns[4].la_code == "E09000001"
    assert towns[1].alternate_names == ("Alfa", "Альфа")
    assert [town.geonameid for town in read_towns(data_dir)][:2] == [1, 2]  # most populous first
    # "alpha" is a lowercase word in the list; "Beta" is only a proper noun there.
    assert read_ambiguous_names(data_dir) == {"alpha", "reading"}


def test_missing_anchor_is_named_with_file_and_line(data_dir):
    with open(data_dir / "local_authorities.csv", "a") as file:
        file.write("E09000003,Omegaborough,,London,,Omega,,,\n")
    with pytest.raises(
        BuildError,
        match=r"local_authorities.csv:4: GeoNames has no English place called 'Omega' \(first anchor of Omegaborough\)",
    ):
        build(data_dir, cities=CITIES, wordlist=data_dir / "words")


def test_district_without_locality_or_estimate_is_an_error(data_dir):
    with open(data_dir / "postcode_districts.csv", "a") as file:
        file.write("AA3,Betaborough,Nowhere,,,\n")
    with pytest.raises(BuildError, match=r"postcode_districts.csv:4: AA3: GeoNames has no 'Nowhere' near Betaborough"):
        build(data_dir, cities=CITIES, wordlist=data_dir / "words")


def test_useful_alternate_names_drop_codes_and_repeats():
    city = City(9, "Leeds", 53.8, -1.5, 500000, ("Leeds", "LDS", "GB-LDS", "Lidz", "lids", "Лидс", "Leeds2", "LE"))
    assert useful_alternate_names(city) == ["Lidz", "lids", "Лидс"]
