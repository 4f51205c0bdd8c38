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
