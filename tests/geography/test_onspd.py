from __future__ import annotations

import sqlite3

import pytest

from signpost.geography import Gazetteer, import_onspd
from signpost.geography import gazetteer as gazetteer_module
from signpost.geography.onspd import PostcodeStore

from .onspd_files import ONSPD_HEADER, onspd_row, write_csv


@pytest.fixture
def onspd_csv(tmp_path):
    return write_csv(
        tmp_path / "ONSPD_TEST_UK.csv",
        ONSPD_HEADER,
        [
            onspd_row("SW9 8AA", "E09000022", "51.466710", "-0.113910"),
            onspd_row("SE15 5AA", "E09000028", "51.470210", "-0.069000"),
            onspd_row("M13 0AA", "E08000003", "53.459800", "-2.219500"),
            onspd_row("S4 7AA", "E08000019", "53.397000", "-1.458000"),  # Sheffield's pre-2025 code
            onspd_row("SW9 9ZZ", "E09000022", "51.460000", "-0.110000", doterm="200512"),  # terminated
            onspd_row("M60 1AA", "E08000003", "99.999999", "0.000000"),  # no grid reference
        ],
    )


def test_import_keeps_live_postcodes_with_a_point(onspd_csv, tmp_path):
    out = tmp_path / "postcodes.sqlite"
    assert import_onspd(onspd_csv, out) == 4
    rows = (
        sqlite3.connect(out)
        .execute("SELECT postcode, latitude, longitude, lad_code FROM postcodes ORDER BY postcode")
        .fetchall()
    )
    assert rows == [
        ("M13 0AA", 53.4598, -2.2195, "E08000003"),
        ("S4 7AA", 53.397, -1.458, "E08000019"),
        ("SE15 5AA", 51.47021, -0.069, "E09000028"),
        ("SW9 8AA", 51.46671, -0.11391, "E09000022"),
    ]


def test_newer_lad_column_names(tmp_path):
    header = ["pcd7", "pcd8", "pcds", "dointr", "doterm", "lad23cd", "lad25cd", "lat", "long"]
    path = write_csv(
        tmp_path / "new.csv",
        header,
        [["N7 6AA", "N7  6AA", "N7 6AA", "198001", "", "E09000019", "E09000019", "51.553", "-0.117"]],
    )
    out = tmp_path / "new.sqlite"
    assert import_onspd(path, out) == 1
    assert PostcodeStore(out).lookup("N7 6AA") == (51.553, -0.117, "E09000019")


@pytest.mark.parametrize(
    "row, message",
    [
        (lambda: onspd_row("SW9 8AA", "E09000022", "north", "-0.11"), "lat/long are not numbers"),
        (lambda: onspd_row("NOT A CODE", "E09000022", "51.4", "-0.11"), "not a UK postcode: 'NOT A CODE'"),
        (lambda: onspd_row("SW9 8AA", "E09000022", "40.0", "-0.11"), "outside the UK"),
        (lambda: onspd_row("SW9 8AA", "E09000022", "51.4", "-0.11")[:10], "expected 53 fields, found 10"),
    ],
)
def test_malformed_row_names_file_and_line(tmp_path, row, message):
    good = onspd_row("SE15 5AA", "E09000028", "51.47", "-0.069")
    path = write_csv(tmp_path / "bad.csv", ONSPD_HEADER, [good, good, row()])
    out = tmp_path / "out.sqlite"
    out.write_text("previous contents")
    with pytest.raises(ValueError) as raised:
        import_onspd(path, out)
    assert str(raised.value).startswith(f"{path}:4: ")
    assert message in str(raised.value)
    assert out.read_text() == "previous contents"
    assert not list(tmp_path.glob("*.partial"))


def test_file_that_is_not_onspd(tmp_path):
    path = write_csv(tmp_path / "other.csv", ["postcode", "latitude"], [["SW9 8AA", "51.4"]])
    with pytest.raises(
        ValueError,
        match=r"other.csv:1: not an ONSPD header, missing column\(s\) pcds, oslaua or lad<yy>cd, lat, long, doterm",
    ):
        import_onspd(path, tmp_path / "out.sqlite")


def test_gazetteer_uses_the_exact_point_when_it_has_one(onspd_csv, tmp_path):
    out = tmp_path / "postcodes.sqlite"
    import_onspd(onspd_csv, out)
    gazetteer = Gazetteer.from_files(postcodes_path=out)
    place = gazetteer.resolve("sw9 8aa")
    assert place.kind == "postcode"
    assert place.key == "postcode:SW9 8AA"
    assert place.local_authorities == ("Lambeth",)
    assert place.region == "London"
    assert (place.latitude, place.longitude) == (51.46671, -0.11391)
    assert gazetteer.resolve("S4 7AA").local_authorities == ("Sheffield",)
    # Not in the file (terminated): the district answers, as without the file.
    assert gazetteer.resolve("SW9 9ZZ").key == "district:SW9"
    assert [m.place.key for m in gazetteer.find_in_text("I'm at M13 0AA")] == ["postcode:M13 0AA"]


def test_load_gazetteer_reads_signpost_postcodes(onspd_csv, tmp_path, monkeypatch):
    out = tmp_path / "postcodes.sqlite"
    import_onspd(onspd_csv, out)
    monkeypatch.setenv("SIGNPOST_POSTCODES", str(out))
    assert gazetteer_module.load_gazetteer().resolve("SE15 5AA").kind == "postcode"
    monkeypatch.delenv("SIGNPOST_POSTCODES")
    assert gazetteer_module.load_gazetteer().resolve("SE15 5AA").kind == "postcode_district"


def test_missing_postcode_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothere.sqlite does not exist"):
        PostcodeStore(tmp_path / "nothere.sqlite")
