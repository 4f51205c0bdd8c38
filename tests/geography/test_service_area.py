from __future__ import annotations

import pytest


def test_national_covers_everywhere(gazetteer):
    assert gazetteer.service_area("national") is None
    assert gazetteer.service_area(" National ") is None


def test_borough(gazetteer):
    place = gazetteer.service_area("borough:Southwark")
    assert place.key == "la:E09000028"
    assert gazetteer.service_area("borough:Tower Hamlets").local_authorities == ("Tower Hamlets",)


@pytest.mark.parametrize(
    "entry, key",
    [
        ("city:Manchester", "la:E08000003"),
        ("city:Leeds", "la:E08000035"),
        ("city:Birmingham", "la:E08000025"),
        ("city:Sheffield", "la:E08000039"),
        ("city:Middlesbrough", "la:E06000002"),
        ("city:London", "region:london"),
        ("city:Bath", "town:bath"),
        ("city:Teesside", "area:teesside"),
    ],
)
def test_city(gazetteer, entry, key):
    assert gazetteer.service_area(entry).key == key


def test_region(gazetteer):
    assert gazetteer.service_area("region:London").kind == "region"
    assert gazetteer.service_area("region:North West").name == "North West"
    assert gazetteer.service_area("region:yorkshire and the humber").name == "Yorkshire and The Humber"


def test_every_area_in_the_example_registry_resolves(gazetteer):
    entries = [
        "national",
        "borough:Southwark",
        "borough:Lambeth",
        "city:Manchester",
        "city:Leeds",
        "borough:Tower Hamlets",
        "city:Birmingham",
        "borough:Islington",
        "borough:Croydon",
        "city:Sheffield",
        "city:Middlesbrough",
    ]
    for entry in entries:
        gazetteer.service_area(entry)  # raises if unknown


@pytest.mark.parametrize(
    "entry, message",
    [
        ("borough:Narnia", "no borough called 'Narnia'"),
        ("region:Southwark", "no region called 'Southwark'"),
        ("city:Atlantis", "no city called 'Atlantis'"),
        ("county:Kent", "unknown kind 'county'"),
        ("Southwark", "expected national, region:<name>, borough:<name> or city:<name>"),
        ("borough:", "expected national"),
    ],
)
def test_unknown_entries_raise_naming_the_entry(gazetteer, entry, message):
    with pytest.raises(ValueError) as raised:
        gazetteer.service_area(entry)
    assert repr(entry) in str(raised.value)
    assert message in str(raised.value)
