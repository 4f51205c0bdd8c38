"""HSDS 3.0 interchange: the mapping, export (schema-valid, stable ids, nothing null), import of HSDS
JSON files and ORUK APIs (through the same validator as services.yml), dry runs, and round trips."""
from __future__ import annotations

import copy
import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from signpost.registry import interchange
from signpost.registry.hsds import NAMESPACE, TaxonomyMap, hsds_id, need_term_id
from signpost.registry.synthetic import generate_registry
from tests.openreferral import EXAMPLES, example, hsds_service_errors, oruk_errors

from .conftest import PROJECT_REGISTRY, close_test_registry, document, national_line, open_test_registry, service, write_yaml
from .test_cli import run

EXAMPLE_MAP = Path(__file__).resolve().parents[1] / "openreferral" / "example_taxonomy_map.yml"


@pytest.fixture
def second_registry(database, tmp_path, gazetteer):
    folder = tmp_path / "second"
    folder.mkdir()
    opened = open_test_registry(database, folder, gazetteer)
    yield opened
    close_test_registry(opened)


def export(registry, path: Path) -> list[dict]:
    interchange.write_hsds(registry, path)
    return json.loads(path.read_text(encoding="utf-8"))


def import_file(registry, path, **options):
    prepared = interchange.prepare(str(path), registry, **options)
    return prepared, (interchange.load(registry, prepared) if not prepared.parsed.errors else None)


def nulls(value, path="") -> list[str]:
    if value is None:
        return [path]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in nulls(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in nulls(item, f"{path}[{index}]")]
    return []


def test_ids_are_uuid5_of_the_record_ids_and_uuids_stay():
    assert hsds_id("service", "samaritans") == str(uuid.uuid5(NAMESPACE, "service:samaritans"))
    assert hsds_id("service", "samaritans") != hsds_id("organization", "samaritans")
    foreign = "ac148810-d857-441c-9679-408f346de14b"
    assert hsds_id("service", foreign) == foreign


def test_the_project_registry_exports_valid_hsds_and_round_trips_identically(registry, second_registry, tmp_path):
    registry.load_file(PROJECT_REGISTRY)
    first = export(registry, tmp_path / "first.json")
    assert len(first) == registry.count_services() > 50
    for item in first:
        assert hsds_service_errors(item) == [], item["name"]
        assert oruk_errors("service", item) == [], item["name"]
    assert nulls(first) == []
    assert len({item["id"] for item in first}) == len(first)

    prepared, report = import_file(second_registry, tmp_path / "first.json")
    assert prepared.parsed.errors == [] and report.services == len(first)
    assert prepared.report.lines() == []  # nothing signpost wrote is unmappable to it
    # the import restores every record exactly as services.yml had it
    assert interchange.difference(registry, prepared.parsed).lines() == [
        f"{kind} {change}: 0" for kind in ("services", "organizations") for change in ("added", "changed", "removed")]
    second = export(second_registry, tmp_path / "second.json")
    assert (tmp_path / "second.json").read_bytes() == (tmp_path / "first.json").read_bytes()
    assert second == first


def test_signpost_fields_travel_as_attributes_and_come_back(registry, second_registry, tmp_path):
    rich = service(
        "rich", communities=["somali", "refugees_asylum_seekers"], culturally_specific=True, gender="women",
        faith="muslim", fees="low_cost", referral=["self", "gp"], crisis_alternative=True,
        confidentiality="We do not share what you tell us.", sample=True, languages=["so", "ar"],
        minimum_age=16, maximum_age=25, phones=[{"number": "020 7946 0000", "type": "voice", "description": "Office"},
                                                {"number": "85258", "type": "text"}],
        categories=["crisis_alternative", "peer_support"], check_note="Hours from a 2019 page: confirm them.",
    )
    registry.load_file(write_yaml(tmp_path / "services.yml", document(rich, national_line("line", minimum_age=0))))
    (exported, line) = export(registry, tmp_path / "out.json")
    values = {}
    for attribute in exported["attributes"]:
        term = attribute["taxonomy_term"]
        values.setdefault((term["taxonomy"], term["code"]), []).append(attribute.get("value"))
    assert values == {
        ("signpost-need", "crisis_alternative"): [None], ("signpost-need", "peer_support"): [None],
        ("signpost", "record_id"): ["rich"], ("signpost", "community"): ["somali", "refugees_asylum_seekers"],
        ("signpost", "culturally_specific"): ["true"], ("signpost", "gender"): ["women"],
        ("signpost", "faith"): ["muslim"], ("signpost", "fees"): ["low_cost"], ("signpost", "referral"): ["self", "gp"],
        ("signpost", "crisis_alternative"): ["true"],
        ("signpost", "confidentiality"): ["We do not share what you tell us."], ("signpost", "sample"): ["true"],
        ("signpost", "check_note"): ["Hours from a 2019 page: confirm them."],
    }
    organization = {a["taxonomy_term"]["code"]: a["value"] for a in exported["organization"]["attributes"]}
    assert organization == {"record_id": "test-trust", "led_by": "bme_led", "helpline_status": "unofficial"}
    assert exported["attributes"][0]["taxonomy_term_id"] == need_term_id("crisis_alternative")
    assert [a["value"] for a in line["attributes"] if a["taxonomy_term"]["code"] == "gender"] == []  # "any": absent

    prepared, _ = import_file(second_registry, tmp_path / "out.json")
    assert interchange.difference(registry, prepared.parsed).changed == []
    assert second_registry.get_service("rich").check_note == "Hours from a 2019 page: confirm them."
    assert interchange.difference(second_registry, prepared.parsed).lines()[:3] == [
        "services added: 0", "services changed: 0", "services removed: 0"]


def test_an_address_without_a_postcode_exports_valid_hsds_and_comes_back_without_one(
        registry, second_registry, tmp_path):
    registry.load_file(write_yaml(tmp_path / "services.yml", document(service(
        "no-postcode", locations=[{"name": "Cafe", "address_1": "London Road"}]))))
    (exported,) = export(registry, tmp_path / "out.json")
    assert hsds_service_errors(exported) == []
    address = exported["service_at_locations"][0]["location"]["addresses"][0]
    assert (address["address_1"], address["city"], address["postal_code"]) == ("London Road", "", "")
    prepared, _ = import_file(second_registry, tmp_path / "out.json")
    assert prepared.parsed.services[0]["locations"] == [
        {"name": "Cafe", "address_1": "London Road", "city": None, "postal_code": None,
         "latitude": None, "longitude": None}]


def test_a_generated_registry_of_thousands_round_trips(registry, second_registry, tmp_path):
    registry.load_file(write_yaml(tmp_path / "synthetic.yml", generate_registry(2_000, seed=3)))
    first = export(registry, tmp_path / "first.json")
    assert len(first) == 2_000
    for item in first[:200]:
        assert hsds_service_errors(item) == []
    import_file(second_registry, tmp_path / "first.json")
    export(second_registry, tmp_path / "second.json")
    assert (tmp_path / "second.json").read_bytes() == (tmp_path / "first.json").read_bytes()


def test_the_specification_examples_load_with_a_mapping_for_their_placeholder_term(registry, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'examples.db'}"
    full = EXAMPLES / "service_full.json"
    assert run("registry", "load", str(full), "--db", db, "--taxonomy-map", str(EXAMPLE_MAP),
               "--area", "borough:Southwark") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == f"{full}: loaded 1 services from 1 organizations"
    assert "unmappable field service.alternate_name: in 1 record" in out
    assert "unmappable field service.service_at_locations[].location.addresses[].state_province: in 1 record" in out
    assert "coordinates 100, 101 (not a point on Earth)" in out
    assert "service area 'The service is available to all residents" in out

    from signpost.registry import Registry

    loaded = Registry.open(db)
    try:
        record = loaded.get_service("ac148810-d857-441c-9679-408f346de14b")
        assert record.name == "Community Counselling" and record.organization == "Example Organization Inc."
        assert record.categories == ("talking_therapy",) and record.languages == ("ur",)
        assert [(p.number, p.type) for p in record.phones] == [("+44 1234 234567", "voice")]
        assert [(s.byday, s.opens_at, s.closes_at) for s in record.schedules] == [(("TH", "FR"), "10:00", "18:00")]
        location = record.locations[0]
        assert (location.name, location.address_1, location.postal_code, location.latitude) == (
            "MyCity Civic Center", "1-30 Main Street", "ABC 1234", None)
        assert record.service_areas == ("borough:Southwark",)
        assert (record.minimum_age, record.maximum_age, str(record.assured_date)) == (12, 100, "2005-01-01")
    finally:
        loaded.close()

    organization = EXAMPLES / "organization_full.json"
    assert run("registry", "load", str(organization), "--db", db, "--taxonomy-map", str(EXAMPLE_MAP),
               "--area", "borough:Southwark", "--dry-run") == 0
    assert "dry run, nothing changed; 1 services, 0 errors" in capsys.readouterr().out


def test_without_a_mapping_rule_a_service_is_skipped_and_named(registry, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'skip.db'}"
    page = EXAMPLES / "service_list.json"
    assert run("registry", "load", str(page), "--db", db, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "skipped: service 'Community Counselling': no taxonomy term maps to a signpost need" in out
    assert "dry run, nothing changed; 0 services, 0 errors" in out


def test_a_dry_run_reports_changes_and_changes_nothing(registry, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'dry.db'}"
    original = write_yaml(tmp_path / "services.yml", document(service("one"), service("two"), national_line("line")))
    assert run("registry", "load", str(original), "--db", db) == 0
    assert run("registry", "export", "--format", "hsds", str(tmp_path / "out.json"), "--db", db) == 0
    exported = json.loads((tmp_path / "out.json").read_text())
    exported[0]["name"] = "One, renamed"
    exported[0]["languages"].append({"id": str(uuid.uuid4()), "code": "so", "name": "Somali", "note": "on Tuesdays"})
    del exported[1]
    added = copy.deepcopy(exported[0])
    added["id"] = "11111111-2222-4333-8444-555555555555"
    added["attributes"] = [a for a in added["attributes"] if a["taxonomy_term"]["code"] != "record_id"]
    added["alternate_name"] = "Three"
    exported.append(added)
    (tmp_path / "changed.json").write_text(json.dumps(exported))
    capsys.readouterr()

    assert run("registry", "load", str(tmp_path / "changed.json"), "--db", db, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "would have services added: 1 (11111111-2222-4333-8444-555555555555)" in out
    assert "would have services changed: 1 (one)" in out
    assert "would have services removed: 1 (two)" in out
    assert "unmappable field service.alternate_name: in 1 record" in out
    assert "unmappable field service.languages[].note: in 2 records" in out
    assert run("registry", "export", "--format", "hsds", str(tmp_path / "after.json"), "--db", db) == 0
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "out.json").read_bytes()  # unchanged

    assert run("registry", "load", str(original), "--db", db, "--dry-run") == 0  # a registry file too
    assert "would have services changed: 0" in capsys.readouterr().out


def test_imported_records_go_through_the_registry_validator(registry, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'bad.db'}"
    assert run("registry", "load", str(write_yaml(tmp_path / "services.yml", document(service("one")))), "--db", db) == 0
    assert run("registry", "export", "--format", "hsds", str(tmp_path / "out.json"), "--db", db) == 0
    bad = json.loads((tmp_path / "out.json").read_text())
    bad[0]["status"] = "open"
    bad[0]["maximum_age"] = 300
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    capsys.readouterr()
    assert run("registry", "load", str(tmp_path / "bad.json"), "--db", db) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'bad.json'}: 2 errors, nothing loaded" in err
    assert "service 'one' field 'status': unknown status 'open'" in err
    assert "service 'one' field 'maximum_age'" in err
    assert run("registry", "export", "--format", "hsds", str(tmp_path / "after.json"), "--db", db) == 0
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "out.json").read_bytes()


@pytest.mark.parametrize("content, words", [
    ("{not json", "not JSON"),
    ('{"hello": 1}', "not HSDS 3.0 services"),
])
def test_a_file_that_is_not_hsds_is_a_clear_error(tmp_path, capsys, content, words):
    (tmp_path / "feed.json").write_text(content)
    assert run("registry", "load", str(tmp_path / "feed.json"), "--db", f"sqlite:///{tmp_path / 'x.db'}") == 1
    err = capsys.readouterr().err
    assert str(tmp_path / "feed.json") in err and words in err


@pytest.mark.parametrize("rules, words", [
    ("rules:\n  - {name: Counselling, needs: [yoga]}\n", "unknown signpost need 'yoga'"),
    ("rules:\n  - {name: Counselling, code: c, needs: [helpline]}\n", "rules[0]: give exactly one of id, code or name"),
    ("rules:\n  - {name: Counselling}\n", "rules[0]: needs must be a list"),
    ("rules:\n  - {nmae: Counselling, needs: [helpline]}\n", "unknown field 'nmae'"),
    ("rulez: []\n", "unknown top-level field 'rulez'"),
])
def test_a_bad_taxonomy_map_names_the_file_and_rule(tmp_path, capsys, rules, words):
    (tmp_path / "map.yml").write_text(rules)
    feed = copy.deepcopy(example("service_full"))
    feed["attributes"][0]["taxonomy_term"]["name"] = "Counselling"
    (tmp_path / "feed.json").write_text(json.dumps(feed))
    code = run("registry", "load", str(tmp_path / "feed.json"), "--db", f"sqlite:///{tmp_path / 'x.db'}",
               "--taxonomy-map", str(tmp_path / "map.yml"), "--dry-run")
    err = capsys.readouterr().err
    assert code == 1 and str(tmp_path / "map.yml") in err and words in err


def test_the_shipped_taxonomy_map_names_only_known_needs():
    shipped = TaxonomyMap.load()
    codes = {need for rule_needs in [*shipped._by_name.values(), *shipped._by_code.values(), *shipped._by_id.values()]
             for need in rule_needs}
    import yaml

    project = {term["code"] for term in yaml.safe_load(PROJECT_REGISTRY.read_text())["taxonomy"]}
    assert codes and codes <= project
    assert shipped.needs({"name": "counselling"}) == ["talking_therapy"]


class FeedHandler(BaseHTTPRequestHandler):
    """An ORUK API on loopback serving the specification's example pages: /services in two pages
    (the first page's item in the list form, so the importer fetches /services/{id} in full)."""

    pages: dict = {}
    records: dict = {}
    asked: list = []

    def do_GET(self):
        url = urlsplit(self.path)
        self.asked.append(self.path)
        if url.path == "/oruk/services":
            body = self.pages.get(int(parse_qs(url.query).get("page", ["1"])[0]))
        elif url.path.startswith("/oruk/services/"):
            body = self.records.get(url.path.rsplit("/", 1)[1])
        else:
            body = None
        raw = json.dumps(body).encode()
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args):
        pass


@pytest.fixture
def feed():
    first_page = copy.deepcopy(example("service_list"))
    first_page["total_pages"] = 2
    full = example("service_full")
    second = copy.deepcopy(full)
    second["id"] = "0b6f8f9e-9d1e-4c3b-8a55-3f1e2d4c5b6a"
    second["name"] = "Community Counselling, evenings"
    second_page = dict(first_page, page_number=2, first_page=False, last_page=True, contents=[second])
    FeedHandler.pages = {1: first_page, 2: second_page}
    FeedHandler.records = {full["id"]: full}
    FeedHandler.asked = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/oruk"
    server.shutdown()
    server.server_close()


def test_an_oruk_api_is_followed_page_by_page(feed, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'feed.db'}"
    assert run("registry", "load", feed, "--db", db, "--taxonomy-map", str(EXAMPLE_MAP),
               "--area", "borough:Southwark") == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"{feed}: loaded 2 services from 1 organizations"
    assert FeedHandler.asked == ["/oruk/services?page=1", "/oruk/services/ac148810-d857-441c-9679-408f346de14b",
                                 "/oruk/services?page=2"]


def test_an_unreachable_api_is_a_clear_error(tmp_path, capsys):
    assert run("registry", "load", "http://127.0.0.1:9/api", "--db", f"sqlite:///{tmp_path / 'x.db'}") == 1
    assert "http://127.0.0.1:9/api/services?page=1" in capsys.readouterr().err


@pytest.mark.parametrize("name, services", [
    ("service_full", 1), ("organization_full", 1), ("service_at_location_full", 1),
    ("service_list", 0), ("service_at_location_list", 0),  # list forms without attributes: skipped
])
def test_every_form_of_the_examples_reads_as_services(registry, name, services):
    prepared = interchange.prepare(str(EXAMPLES / f"{name}.json"), registry, taxonomy_map=EXAMPLE_MAP,
                                   default_area="borough:Southwark")
    assert prepared.parsed.errors == [] and len(prepared.parsed.services) == services
    assert len(prepared.report.skipped) == 1 - services


@pytest.mark.parametrize("name", ["organization_list", "taxonomy_term_list", "taxonomy_list"])
def test_lists_of_other_things_are_refused_by_name(registry, name):
    with pytest.raises(ValueError, match="not HSDS 3.0 services.*found an object with"):
        interchange.prepare(str(EXAMPLES / f"{name}.json"), registry)
