from __future__ import annotations

import pytest

from signpost.geography.postcodes import (
    Postcode,
    normalise_postcode,
    parent_district,
    parse_outward,
    parse_postcode,
    postcode_area,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SW9 8AA", ("SW9", "8AA")),
        ("sw98aa", ("SW9", "8AA")),
        ("M13 0AA", ("M13", "0AA")),
        ("EC1A 1BB", ("EC1A", "1BB")),
        ("W1A 0AX", ("W1A", "0AX")),
        ("CR0 2AA", ("CR0", "2AA")),
        (" ts1 3aa ", ("TS1", "3AA")),
    ],
)
def test_parse_postcode(text, expected):
    assert parse_postcode(text) == Postcode(*expected)


@pytest.mark.parametrize("text", ["SW9", "SW9 8CA", "SW9 8AAA", "SW 8AA", "1SW 8AA", "hello", ""])
def test_not_postcodes(text):
    assert parse_postcode(text) is None


def test_outward_codes_and_areas():
    assert parse_outward(" se15 ") == "SE15"
    assert parse_outward("SE15 5AA") is None
    assert postcode_area("SE15") == "SE"
    assert postcode_area("M13") == "M"
    assert parent_district("EC1A") == "EC1"
    assert parent_district("SW9") is None


def test_normalise_postcode_names_bad_input():
    assert normalise_postcode("sw98aa") == "SW9 8AA"
    with pytest.raises(ValueError, match="not a UK postcode: 'SW9'"):
        normalise_postcode("SW9")
