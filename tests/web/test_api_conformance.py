"""Conformance: every endpoint of /api/, every page of the test registry, checked with jsonschema
against the Open Referral UK validator's schemas (tests/openreferral/oruk/), and every service
against the HSDS 3.0 compiled service schema. Zero errors is the only pass."""
from tests.openreferral import ENDPOINT_SCHEMAS, hsds_service_errors, walk_api


def test_every_endpoint_and_page_has_zero_oruk_schema_errors(web):
    found = walk_api(web.get, "/api", per_page=3)
    assert set(found) == set(ENDPOINT_SCHEMAS)
    assert {endpoint: entry["first_errors"] for endpoint, entry in found.items() if entry["errors"]} == {}
    assert found["/services"]["requests"] > 1 and found["/services/{id}"]["requests"] > 3  # really paged


def test_every_service_validates_against_the_hsds_service_schema(web):
    _, _, page = web.get("/api/services?per_page=50&include_national=true")
    assert page["total_items"] == len(page["contents"]) > 0
    for service in page["contents"]:
        _, _, one = web.get(f"/api/services/{service['id']}")
        assert hsds_service_errors(one) == [], one["name"]
        assert hsds_service_errors(service) == [], service["name"]


def test_the_api_imports_back_as_the_registry_it_serves(web, tmp_path):
    """signpost reading its own feed as an ORUK API gets every listed service back unchanged."""
    from signpost.registry import Registry, interchange

    copy = Registry.open(f"sqlite:///{tmp_path / 'copy.db'}", gazetteer=web.registry.gazetteer)
    try:
        prepared = interchange.prepare(web.url + "/api", copy)
        assert prepared.parsed.errors == [] and prepared.report.lines() == []
        difference = interchange.difference(web.registry, prepared.parsed)
        assert difference.added == [] and difference.changed == []
        listed = {service["id"] for service in prepared.parsed.services}
        assert set(difference.removed) == {  # /api/services lists active services only
            service_id for service_id in difference.removed if web.registry.get_service(service_id).status != "active"}
        assert len(listed) == web.get("/api/services")[2]["total_items"] > 5
    finally:
        copy.close()
