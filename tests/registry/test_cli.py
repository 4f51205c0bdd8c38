from __future__ import annotations

import argparse
import json

import pytest

from signpost.registry.cli import register

from .conftest import document, national_line, service, write_yaml


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="signpost")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return args.func(args)


@pytest.fixture
def registry_file(tmp_path):
    return write_yaml(tmp_path / "services.yml", document(
        service("circle", categories=["peer_support"], languages=["en", "so"]),
        service("therapy", categories=["talking_therapy"]),
        national_line("line"),
    ))


def test_validate_prints_every_issue_and_fails(tmp_path, capsys):
    bad = write_yaml(tmp_path / "bad.yml", document(service("one", languages=["xx"], fees="donation", colour="red")))
    assert run("registry", "validate", str(bad)) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any("service 'one' field 'languages': 'xx' is not an ISO 639-1 or ISO 639-3 code" in line for line in lines)
    assert any("service 'one' field 'fees': unknown fees 'donation'" in line for line in lines)
    assert any("warning: service 'one' field 'colour'" in line for line in lines)
    assert lines[-1] == f"{bad}: 2 errors, 1 warning"


def test_validate_passes_a_good_file(registry_file, capsys):
    assert run("registry", "validate", str(registry_file)) == 0
    assert capsys.readouterr().out.strip() == f"{registry_file}: 0 errors, 0 warnings"


def test_validate_a_missing_file(tmp_path, capsys):
    assert run("registry", "validate", str(tmp_path / "nothing.yml")) == 1
    assert "cannot read" in capsys.readouterr().err


def test_load_then_search(registry_file, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert run("registry", "load", str(registry_file), "--db", db) == 0
    assert "loaded 3 services from 2 organizations" in capsys.readouterr().out

    assert run("registry", "search", "--need", "peer_support", "--place", "Southwark", "--json", "--db", db) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [found["id"] for found in payload["services"]] == ["circle"]
    assert payload["total"] == 1 and payload["widened"] == []

    assert run("registry", "search", "--language", "so", "--db", db) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "1 service"
    assert "[circle]" in out

    assert run("registry", "search", "--need", "crisis_alternative", "--place", "Southwark", "--db", db) == 0
    out = capsys.readouterr().out
    assert "widened: any_need" in out


def test_load_refuses_an_invalid_file(tmp_path, capsys):
    bad = write_yaml(tmp_path / "bad.yml", document(service("one", organization="nobody")))
    assert run("registry", "load", str(bad), "--db", f"sqlite:///{tmp_path / 'cli.db'}") == 1
    assert "service 'one' field 'organization': unknown organization 'nobody'" in capsys.readouterr().err


def test_search_an_unknown_place(registry_file, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    run("registry", "load", str(registry_file), "--db", db)
    assert run("registry", "search", "--place", "Xyzzyville", "--db", db) == 1
    assert "unknown place 'Xyzzyville'" in capsys.readouterr().err
