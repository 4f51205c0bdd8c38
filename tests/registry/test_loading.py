from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
import yaml

from signpost.registry import Registry, RegistryValidationError, default_database_url, default_registry_path
from signpost.registry import loader
from signpost.registry.opening import Schedule

from .conftest import FIXTURE_REGISTRY, PROJECT_REGISTRY, days_ago, document, national_line, service, write_yaml


def test_fixture_registry_loads_unchanged(registry):
    source = yaml.safe_load(FIXTURE_REGISTRY.read_text(encoding="utf-8"))
    report = registry.load_file(FIXTURE_REGISTRY)
    assert report.services == len(source["services"]) == registry.count_services()
    assert report.organizations == len(source["organizations"])
    assert all(warning.severity == "warning" for warning in report.warnings)
    assert [term.code for term in registry.taxonomy()] == [term["code"] for term in source["taxonomy"]]
    for record in source["services"]:
        view = registry.get_service(record["id"])
        assert view.name == record["name"]
        assert list(view.languages) == record["languages"]
        assert list(view.service_areas) == record["service_areas"]
        assert view.is_national == (record["service_areas"] == ["national"])
        assert view.sample == record.get("sample", False)
    leeds = registry.get_service("dev-leeds-survivor-crisis-house")
    assert leeds.schedules == (
        Schedule(byday=("FR", "SA", "SU", "MO"), opens_at="18:00", closes_at="24:00"),
        Schedule(byday=("SA", "SU", "MO", "TU"), opens_at="00:00", closes_at="02:00"),
    )


def test_project_registry_loads(registry):
    if not PROJECT_REGISTRY.exists():
        pytest.skip("services.yml is not written yet")
    source = yaml.safe_load(PROJECT_REGISTRY.read_text(encoding="utf-8"))
    report = registry.load_file(PROJECT_REGISTRY, allow_samples=True)
    assert report.services == len(source["services"]) == registry.count_services()
    for record in source["services"]:
        if record["service_areas"] == ["national"]:  # national lines carry their real public numbers
            assert registry.get_service(record["id"]).phones or record.get("url")


def test_service_view_carries_every_field(load):
    record = service(
        "full",
        description="Plain words about the circle.",
        categories=["peer_support", "community_group"],
        languages=["en", "so", "ar"],
        interpretation_services="Telephone interpreters on request",
        communities=["African", "caribbean"],
        culturally_specific=True,
        gender="women",
        minimum_age=18,
        maximum_age=65,
        faith="Muslim",
        eligibility_description="Women of African and Caribbean heritage.",
        fees="low_cost",
        referral=["self", "walk_in"],
        crisis_alternative=False,
        confidentiality="Shares nothing without consent.",
        phones=[{"number": "020 7946 0000", "type": "voice", "description": "Helpline"},
                {"number": "07700 900000", "type": "text"}],
        email="hello@example.org",
        url="https://example.org/circle",
        service_areas=["borough:Southwark", "borough:Lambeth"],
        schedules=[{"freq": "WEEKLY", "byday": ["MO", "WE"], "opens_at": "18:00", "closes_at": "20:00"},
                   {"byday": "SA", "opens_at": "9:30", "closes_at": "12:00"}],
        sample=True,
    )
    registry = load(record)
    view = registry.get_service("full", now=datetime(2026, 11, 23, 19, 0, tzinfo=timezone.utc))
    assert view.organization == "Test Community Trust" and view.organization_id == "test-trust"
    assert view.led_by == ("bme_led",)
    assert view.categories == ("peer_support", "community_group")
    assert view.languages == ("en", "so", "ar")
    assert view.communities == ("african", "caribbean")
    assert view.faith == "muslim"
    assert (view.gender, view.minimum_age, view.maximum_age, view.fees) == ("women", 18, 65, "low_cost")
    assert view.referral == ("self", "walk_in")
    assert [(phone.number, phone.type, phone.description) for phone in view.phones] == [
        ("020 7946 0000", "voice", "Helpline"), ("07700 900000", "text", None)]
    assert view.locations[0].postal_code == "SE5 8AA" and view.locations[0].latitude == pytest.approx(51.474)
    assert view.schedules == (Schedule(("MO", "WE"), "18:00", "20:00"), Schedule(("SA",), "09:30", "12:00"))
    assert view.assured_date == date.fromisoformat(days_ago(30))
    assert view.open_now  # Monday 19:00 GMT
    assert view.next_closing.astimezone(timezone.utc) == datetime(2026, 11, 23, 20, 0, tzinfo=timezone.utc)
    payload = view.to_payload()
    assert json.loads(json.dumps(payload)) == payload
    assert payload["id"] == "full" and payload["sample"] is True and payload["open_now"] is True
    assert payload["next_opening"] == view.next_opening.isoformat()


def test_get_service_returns_any_status_and_none_for_unknown(load):
    registry = load(service("closed", status="defunct"))
    assert registry.get_service("closed").status == "defunct"
    assert registry.get_service("never-was") is None


def test_loading_replaces_the_previous_content(load):
    load(service("old-one"), service("kept"))
    registry = load(service("kept"), service("new-one"))
    assert registry.count_services() == 2
    assert registry.get_service("old-one") is None
    assert registry.get_service("new-one") is not None


def test_invalid_file_changes_nothing(load, tmp_path):
    registry = load(service("good"), national_line("line"))
    bad = write_yaml(tmp_path / "bad.yml", document(service("replacement", languages=["xx"]), service("another")))
    with pytest.raises(RegistryValidationError) as raised:
        registry.load_file(bad)
    assert "service 'replacement' field 'languages': 'xx' is not an ISO 639-1 or ISO 639-3 code" in str(raised.value)
    assert registry.count_services() == 2
    assert registry.get_service("good") is not None and registry.get_service("another") is None
    assert registry.loaded_from()[0] == str(tmp_path / "services.yml")


def test_failure_part_way_through_loading_rolls_back(load, tmp_path, monkeypatch):
    registry = load(service("good"))
    real_rows = loader._rows

    def rows_then_a_clash(parsed):
        rows = real_rows(parsed)
        # two phones with one id: the database refuses the insert after the deletes have run
        return [(table, table_rows * 2 if table.name == "phone" else table_rows) for table, table_rows in rows]

    monkeypatch.setattr(loader, "_rows", rows_then_a_clash)
    with pytest.raises(Exception):
        registry.load_file(write_yaml(tmp_path / "next.yml", document(service("next", phones=[{"number": "1"}]))))
    assert registry.count_services() == 1
    assert registry.get_service("good") is not None


def test_sync_file_skips_an_unchanged_file(load, tmp_path):
    path = write_yaml(tmp_path / "sync.yml", document(service("a"), service("b")))
    registry = load(service("something-else"))
    report = registry.sync_file(path)
    assert report is not None and report.services == 2
    _, sha256, loaded_at = registry.loaded_from()
    assert registry.sync_file(path) is None
    assert registry.loaded_from() == (str(path), sha256, loaded_at)

    write_yaml(path, document(service("a"), service("b"), service("c")))
    assert registry.sync_file(path).services == 3
    assert registry.loaded_from()[1] != sha256


def test_sync_file_refuses_samples_already_loaded_when_samples_are_not_allowed(load, tmp_path):
    registry = load(service("illustration", sample=True))
    with pytest.raises(RegistryValidationError, match="service 'illustration' field 'sample'"):
        registry.sync_file(tmp_path / "services.yml", allow_samples=False)


def test_load_refuses_samples_when_not_allowed(load, tmp_path, monkeypatch):
    registry = load(service("real"))
    monkeypatch.setenv("SIGNPOST_ALLOW_SAMPLES", "0")
    with pytest.raises(RegistryValidationError, match="sample records are not allowed"):
        registry.load_file(write_yaml(tmp_path / "s.yml", document(service("illustration", sample=True))))
    assert registry.get_service("real") is not None


def test_unknown_fields_load_and_come_back_as_warnings(registry, tmp_path):
    path = write_yaml(tmp_path / "extra.yml", document(service("extra", colour="green")))
    report = registry.load_file(path)
    assert report.services == 1
    assert [str(warning) for warning in report.warnings] == [
        f"{path}: warning: service 'extra' field 'colour': not a registry field; ignored (line {warning.line})"
        for warning in report.warnings
    ]


def test_default_locations_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("SIGNPOST_DATABASE_URL", raising=False)
    monkeypatch.delenv("SIGNPOST_REGISTRY", raising=False)
    assert default_database_url() == f"sqlite:///{PROJECT_REGISTRY.parent / 'var' / 'signpost.db'}"
    assert default_registry_path() == PROJECT_REGISTRY
    monkeypatch.setenv("SIGNPOST_REGISTRY", str(tmp_path / "mine.yml"))
    assert default_registry_path() == tmp_path / "mine.yml"
    url = f"sqlite:///{tmp_path / 'deep' / 'er' / 'signpost.db'}"
    monkeypatch.setenv("SIGNPOST_DATABASE_URL", url)
    opened = Registry.open()
    try:
        assert opened.count_services() == 0
        assert (tmp_path / "deep" / "er" / "signpost.db").exists()
    finally:
        opened.close()


def test_the_configured_registry_is_opened_and_synced_once(monkeypatch, tmp_path):
    """What the action server and the web app open: the configured database, loaded from the
    configured file the first time and left as it is while the file is unchanged."""
    monkeypatch.setenv("SIGNPOST_DATABASE_URL", f"sqlite:///{tmp_path / 'signpost.db'}")
    monkeypatch.setenv("SIGNPOST_REGISTRY", str(FIXTURE_REGISTRY))
    first = Registry.open_configured()
    try:
        loaded = first.count_services()
        assert loaded > 0
        assert first.sync_file(FIXTURE_REGISTRY) is None
    finally:
        first.close()
    again = Registry.open_configured()
    try:
        assert again.count_services() == loaded
    finally:
        again.close()


def test_a_database_written_by_an_older_schema_is_rebuilt_and_reloaded(tmp_path, gazetteer):
    from sqlalchemy import create_engine, text

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE service (id VARCHAR PRIMARY KEY, name VARCHAR)"))
        connection.execute(text("INSERT INTO service VALUES ('ghost', 'From an old version')"))
    engine.dispose()
    registry = Registry.open(url, gazetteer=gazetteer)
    try:
        assert registry.count_services() == 0
        path = write_yaml(tmp_path / "services.yml", document(service("fresh")))
        assert registry.sync_file(path).services == 1
        assert registry.get_service("fresh") is not None
    finally:
        registry.close()
