from __future__ import annotations

import argparse
import json

from signpost.geography.cli import register

from .onspd_files import ONSPD_HEADER, onspd_row, write_csv


def run(argv):
    parser = argparse.ArgumentParser(prog="signpost")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


def test_resolve_prints_json(capsys, monkeypatch):
    monkeypatch.delenv("SIGNPOST_POSTCODES", raising=False)
    assert run(["geography", "resolve", "SE15"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["key"] == "district:SE15"
    assert printed["local_authorities"] == ["Southwark"]
    assert printed["region"] == "London"


def test_resolve_unknown_place_fails(capsys):
    assert run(["geography", "resolve", "nowhere-ville"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) is None
    assert "no place found for 'nowhere-ville'" in captured.err


def test_import_onspd(tmp_path, capsys):
    path = write_csv(tmp_path / "onspd.csv", ONSPD_HEADER, [onspd_row("SW9 8AA", "E09000022", "51.4667", "-0.1139")])
    out = tmp_path / "postcodes.sqlite"
    assert run(["geography", "import-onspd", str(path), str(out)]) == 0
    assert "wrote 1 live postcodes" in capsys.readouterr().out
    assert out.exists()


def test_import_onspd_reports_bad_rows(tmp_path, capsys):
    path = write_csv(tmp_path / "onspd.csv", ONSPD_HEADER, [onspd_row("SW9 8AA", "E09000022", "x", "-0.1139")])
    assert run(["geography", "import-onspd", str(path), str(tmp_path / "out.sqlite")]) == 1
    assert f"error: {path}:2: lat/long are not numbers" in capsys.readouterr().err
