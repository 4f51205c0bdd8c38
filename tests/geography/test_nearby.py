from __future__ import annotations

import pytest

from signpost.geography import distance_km


def test_neighbours_of_lambeth(gazetteer):
    nearby = gazetteer.nearby_local_authorities("Lambeth", km=10)
    names = [place.name for place in nearby]
    assert {"Southwark", "Wandsworth", "Westminster"} <= set(names)
    assert "Lambeth" not in names
    assert "Manchester" not in names
    assert all(place.kind == "local_authority" for place in nearby)
    lambeth = gazetteer.resolve("Lambeth")
    distances = [distance_km(lambeth.latitude, lambeth.longitude, p.latitude, p.longitude) for p in nearby]
    assert distances == sorted(distances)
    assert all(distance <= 10 for distance in distances)


def test_radius_limits_the_answer(gazetteer):
    close = gazetteer.nearby_local_authorities("Manchester", km=5)
    wide = gazetteer.nearby_local_authorities("Manchester", km=20)
    assert {place.name for place in close} < {place.name for place in wide}
    assert "Salford" in {place.name for place in close}
    assert "Stockport" in {place.name for place in wide}


def test_accepts_codes_and_aliases(gazetteer):
    assert gazetteer.nearby_local_authorities("E09000022", km=10) == gazetteer.nearby_local_authorities(
        "lambeth", km=10
    )


def test_unknown_authority_raises(gazetteer):
    with pytest.raises(ValueError, match="unknown local authority: 'Narnia'"):
        gazetteer.nearby_local_authorities("Narnia")


def test_distance_km():
    # London (Charing Cross) to Manchester (St Peter's Square): about 262 km as the crow flies.
    assert distance_km(51.5073, -0.1276, 53.4780, -2.2430) == pytest.approx(262, abs=2)
    assert distance_km(53.0, -1.0, 53.0, -1.0) == 0
    assert distance_km(51.0, 0.0, 52.0, 0.0) == pytest.approx(111.2, abs=0.1)
