"""The registry API over HTTP at /api/: Open Referral UK (HSDS 3.0) objects and pages, the
standard's parameters and signpost's own filters, and 400s that name the bad parameter."""
import urllib.error
import urllib.request

import pytest

from signpost import vocabulary
from signpost.registry.hsds import hsds_id, need_term_id
from signpost.web.api import SERVICE_PARAMETERS
from signpost.web.openapi import openapi_document


def record_ids(body):
    """The registry ids of a page's services (from their record_id attribute)."""
    return [record_id(service) for service in body["contents"]]


def record_id(service):
    return facts(service).get("record_id", [service["id"]])[0]


def facts(entity):
    """signpost attributes of a service or organization: {term code: [values]}."""
    found = {}
    for attribute in entity.get("attributes", []):
        term = attribute["taxonomy_term"]
        if term["taxonomy"] == "signpost":
            found.setdefault(term["code"], []).append(attribute.get("value"))
    return found


def needs(service):
    return [a["taxonomy_term"]["code"] for a in service.get("attributes", [])
            if a["taxonomy_term"]["taxonomy"] == "signpost-need"]


def test_api_details_at_the_root(web):
    status, headers, body = web.get("/api/")
    assert status == 200 and headers["content-type"].startswith("application/json")
    assert body == {"version": "HSDS 3.0", "profile": body["profile"], "openapi_url": web.url + "/openapi.json"}
    assert body["profile"].startswith("https://")
    status, _, _ = web.get("/api")  # without the slash: redirected to it
    assert status == 200


def test_search_by_need_and_postcode(web):
    status, _, body = web.get("/api/services?taxonomy_term_id=peer_support&postcode=BD8")
    assert status == 200
    assert record_ids(body)[0] == "test-bradford-peers"
    assert body["signpost"] == {"place": "BD8"}
    assert body["page_number"] == 1 and body["first_page"] is True and body["size"] == len(body["contents"])
    service = body["contents"][0]
    assert service["id"] == hsds_id("service", "test-bradford-peers")
    assert service["organization"]["id"] == hsds_id("organization", "test-peers")
    assert service["organization"]["name"] == "Test Peer Network"
    assert facts(service)["sample"] == ["true"] and "peer_support" in needs(service)
    address = service["service_at_locations"][0]["location"]["addresses"][0]
    assert address["postal_code"] == "BD8 7AA" and address["country"] == "GB"
    assert "ur" in [language["code"] for language in service["languages"]]
    (schedule,) = service["schedules"]
    assert {key: schedule[key] for key in ("freq", "byday", "opens_at", "closes_at")} == {
        "freq": "WEEKLY", "byday": "TU", "opens_at": "18:00", "closes_at": "20:00"}


def test_a_need_by_its_term_id_is_the_same_search(web):
    _, _, by_code = web.get("/api/services?taxonomy_term_id=peer_support&per_page=50")
    _, _, by_id = web.get(f"/api/services?taxonomy_term_id={need_term_id('peer_support')}&per_page=50")
    assert record_ids(by_code) == record_ids(by_id) and by_code["total_items"] > 0


def test_language_filter_and_several_needs(web):
    _, _, body = web.get("/api/services?taxonomy_term_id=talking_therapy,helpline&language=pa&include_national=false&postcode=Birmingham")
    assert record_ids(body) == ["test-birmingham-punjabi-counselling"]


def test_search_words_and_national_lines(web):
    _, _, body = web.get("/api/services?search=samaritans")
    assert record_ids(body) == ["samaritans"]
    service = body["contents"][0]
    assert [(p["number"], p["type"]) for p in service["phones"]] == [("116 123", "voice")]
    assert "description" not in service["phones"][0]  # absent, not null
    assert service["signpost"]["is_national"] is True


def test_no_value_anywhere_is_null(web):
    _, _, body = web.get("/api/services?per_page=50")

    def walk(value, path):
        assert value is not None, path
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]")

    walk(body, "page")


def test_organization_and_modified_after_filters(web):
    _, _, body = web.get("/api/services?organization_id=test-peers&per_page=50")
    assert body["total_items"] > 0
    assert {service["organization"]["name"] for service in body["contents"]} == {"Test Peer Network"}
    _, _, by_uuid = web.get(f"/api/services?organization_id={hsds_id('organization', 'test-peers')}&per_page=50")
    assert record_ids(by_uuid) == record_ids(body)
    _, _, everything = web.get("/api/services?per_page=50")
    _, _, none = web.get("/api/services?modified_after=2999-01-01")
    assert none["total_items"] == 0 and none["empty"] is True
    _, _, all_ = web.get("/api/services?modified_after=2000-01-01T00:00:00Z&per_page=50")
    assert all_["total_items"] == sum(1 for s in everything["contents"] if "assured_date" in s)


def test_crisis_alternatives_only(web):
    _, _, body = web.get("/api/services?crisis_alternative=true")
    assert record_ids(body) == ["test-lambeth-crisis-cafe"]
    _, _, without = web.get("/api/services?crisis_alternative=false&per_page=50")
    assert "test-lambeth-crisis-cafe" not in record_ids(without) and without["total_items"] >= 5


def test_proximity_in_metres_from_a_postcode(web):
    _, _, near = web.get("/api/services?postcode=LS7&proximity=2000")
    assert record_ids(near) == ["test-leeds-womens-group"]
    assert near["contents"][0]["signpost"]["distance_km"] < 2
    _, _, far = web.get("/api/services?postcode=LS1&proximity=500")
    assert far["total_items"] == 0 and far["empty"] is True


def test_fees_referral_gender_and_open_now_filter(web):
    _, _, paid_out = web.get("/api/services?postcode=Leicester&include_national=false&fees=free&per_page=50")
    _, _, all_ = web.get("/api/services?postcode=Leicester&include_national=false&per_page=50")
    assert set(record_ids(paid_out)) < set(record_ids(all_))
    _, _, gp = web.get("/api/services?referral=gp&include_national=false&per_page=50")
    assert "test-birmingham-punjabi-counselling" in record_ids(gp) and "test-bradford-peers" not in record_ids(gp)
    _, _, men = web.get("/api/services?gender=men&postcode=Leeds&include_national=false")
    assert "test-leeds-womens-group" not in record_ids(men)
    _, _, open_now = web.get("/api/services?open_now=true&per_page=50")
    assert all(s["signpost"]["open_now"] for s in open_now["contents"]) and "samaritans" in record_ids(open_now)


def test_pages(web):
    _, _, first = web.get("/api/services?per_page=2")
    _, _, second = web.get("/api/services?per_page=2&page=2")
    assert first["total_pages"] == -(-first["total_items"] // 2)
    assert len(first["contents"]) == 2 and not set(record_ids(first)) & set(record_ids(second))
    assert second["first_page"] is False
    _, _, minimal = web.get("/api/services?per_page=2&minimal=true")
    assert [set(s) for s in minimal["contents"]] == [{"id", "name", "status"}] * 2


def test_widen_finds_nearby_when_nothing_matches_exactly(web):
    _, _, exact = web.get("/api/services?taxonomy_term_id=advocacy&postcode=Leeds&include_national=false")
    assert exact["total_items"] == 0 and "widened" not in exact["signpost"]
    _, _, widened = web.get("/api/services?taxonomy_term_id=advocacy&postcode=Leeds&include_national=false&widen=true")
    assert widened["signpost"]["widened"] and widened["total_items"] > 0


def test_one_service_by_uuid_or_registry_id_and_unknown_ids(web):
    status, _, by_uuid = web.get(f"/api/services/{hsds_id('service', 'test-sheffield-advocacy')}")
    assert status == 200 and by_uuid["name"] == "Sheffield Rights Advocacy"
    assert facts(by_uuid)["confidentiality"][0].startswith("Independent of the NHS")
    status, _, by_slug = web.get("/api/services/test-sheffield-advocacy")
    assert status == 200 and by_slug["id"] == by_uuid["id"]
    status, _, body = web.get("/api/services/no-such-service")
    assert status == 404 and body["parameter"] == "id" and "no-such-service" in body["message"]


def test_organizations(web):
    _, _, page = web.get("/api/organizations?per_page=50")
    names = [organization["name"] for organization in page["contents"]]
    assert names == sorted(names) and "Test Peer Network" in names
    assert all(organization["description"] for organization in page["contents"])  # ORUK requires one
    _, _, found = web.get("/api/organizations?search=peer")
    assert [o["name"] for o in found["contents"]] == ["Test Peer Network"]
    status, _, one = web.get(f"/api/organizations/{hsds_id('organization', 'test-peers')}")
    assert status == 200 and one["name"] == "Test Peer Network"
    assert "test-bradford-peers" in [record_id(service) for service in one["services"]]
    assert web.get("/api/organizations/nobody")[0] == 404


def test_service_at_locations(web):
    _, _, page = web.get("/api/service_at_locations?per_page=50")
    assert page["total_items"] == len(page["contents"]) > 0
    first = page["contents"][0]
    assert first["service"]["id"] == first["service_id"] and first["location"]["id"] == first["location_id"]
    status, _, one = web.get(f"/api/service_at_locations/{first['id']}")
    assert status == 200 and one == first
    _, _, peers = web.get("/api/service_at_locations?taxonomy_term_id=peer_support&per_page=50")
    assert 0 < peers["total_items"] < page["total_items"]
    assert all("peer_support" in needs(item["service"]) for item in peers["contents"])
    assert web.get("/api/service_at_locations/nowhere")[0] == 404


def test_taxonomies_and_terms(web):
    _, _, taxonomies = web.get("/api/taxonomies")
    assert [t["name"] for t in taxonomies["contents"]] == ["signpost-need", "signpost"]
    status, _, need = web.get("/api/taxonomies/signpost-need")
    assert status == 200 and "peer_support" in [term["code"] for term in need["taxonomy_terms"]]
    _, _, terms = web.get("/api/taxonomy_terms?taxonomy_id=signpost-need&per_page=50")
    assert {"peer_support", "helpline"} <= {term["code"] for term in terms["contents"]}
    assert {term["taxonomy"] for term in terms["contents"]} == {"signpost-need"}
    _, _, facets = web.get("/api/taxonomy_terms?taxonomy_id=signpost&per_page=50")
    assert {"community", "gender", "faith", "crisis_alternative", "referral", "culturally_specific", "fees",
            "led_by", "helpline_status", "sample", "record_id"} <= {term["code"] for term in facets["contents"]}
    status, _, term = web.get(f"/api/taxonomy_terms/{need_term_id('peer_support')}")
    assert status == 200 and term["name"] == "Peer support"
    assert web.get("/api/taxonomy_terms/yoga")[0] == 404


@pytest.mark.parametrize("query, parameter, words", [
    ("taxonmy_term_id=peer_support", "taxonmy_term_id", "unknown parameter"),
    ("taxonomy_term_id=yoga", "taxonomy_term_id", "unknown taxonomy_term_id 'yoga'"),
    ("taxonomy_id=nope", "taxonomy_id", "unknown taxonomy_id 'nope'"),
    ("postcode=Atlantis", "postcode", "no place in England matches 'Atlantis'"),
    ("proximity=1000", "proximity", "needs a postcode"),
    ("postcode=LS7&proximity=far", "proximity", "whole number"),
    ("language=urdu", "language", "ISO 639-1"),
    ("gender=other", "gender", "women, men"),
    ("gender_only=true", "gender_only", "needs gender"),
    ("fees=cheap", "fees", "free, low_cost"),
    ("referral=self,friend", "referral", "'friend'"),
    ("open_now=maybe", "open_now", "true or false"),
    ("page=0", "page", "from 1"),
    ("per_page=500", "per_page", "1 to 50"),
    ("age=abc", "age", "whole number"),
    ("modified_after=yesterday", "modified_after", "date"),
    ("format=ndjson", "format", "json"),
])
def test_bad_parameters_are_400s_naming_the_parameter(web, query, parameter, words):
    status, headers, body = web.get(f"/api/services?{query}")
    assert status == 400 and headers["content-type"].startswith("application/json")
    assert body["error"] == "bad_parameter" and body["parameter"] == parameter
    assert words in body["message"]


def codes(listed):
    return tuple(value["code"] for value in listed)


def test_the_vocabulary_is_the_modules_code_lists_named_in_english(web):
    status, _, body = web.get("/api/vocabulary")
    assert status == 200
    parameters, attributes = body["parameters"], body["attributes"]
    assert codes(parameters["gender"]) == vocabulary.GENDER_FILTERS
    assert codes(parameters["fees"]) == vocabulary.FEE_FILTERS
    assert codes(parameters["referral"]) == codes(attributes["referral"]) == vocabulary.REFERRALS
    assert codes(parameters["faith"]) == codes(attributes["faith"]) == vocabulary.FAITHS
    assert codes(parameters["community"]) == codes(attributes["community"]) == vocabulary.COMMUNITIES
    assert codes(attributes["fees"]) == vocabulary.FEES
    assert codes(attributes["led_by"]) == vocabulary.LED_BY
    # names are the assistant's own words (the English catalog) where it has them
    assert {"code": "low_cost", "name": "free or low cost"} in parameters["fees"]
    assert {"code": "paid", "name": "Paid"} in attributes["fees"]
    assert {"code": "walk_in", "name": "walk in"} in parameters["referral"]
    assert {"code": "black_british", "name": "black british"} in parameters["community"]
    # the languages the test registry's services speak, by name
    assert {"code": "ur", "name": "Urdu"} in parameters["language"]
    names = [language["name"] for language in parameters["language"]]
    assert names == sorted(names)
    status, _, body = web.get("/api/vocabulary?per_page=5")
    assert status == 400 and body["parameter"] == "per_page"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_the_old_addresses_redirect_to_the_api(web):
    opener = urllib.request.build_opener(NoRedirect)
    for old, new in (("/services?taxonomy_id=peer_support&text=peer", "/api/services?taxonomy_term_id=peer_support&search=peer"),
                     ("/services/samaritans", "/api/services/samaritans"),
                     ("/taxonomies", "/api/taxonomies")):
        try:
            opener.open(web.url + old, timeout=10)
            raise AssertionError(f"{old} was not redirected")
        except urllib.error.HTTPError as moved:
            assert moved.code == 308 and moved.headers["location"] == new
    status, _, body = web.get("/services?taxonomy_id=peer_support&postcode=BD8")  # followed
    assert status == 200 and record_ids(body)[0] == "test-bradford-peers"


def test_the_api_is_open_to_every_origin_and_the_rest_is_not(web):
    _, headers, _ = web.get("/api/services?per_page=1", headers={"Origin": "https://elsewhere.example"})
    assert headers["access-control-allow-origin"] == "*"
    preflight = {"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"}
    status, headers, _ = web.request("/api/taxonomies", method="OPTIONS", headers=preflight)
    assert status == 200 and headers["access-control-allow-origin"] == "*"
    status, headers, _ = web.request("/feedback", method="OPTIONS",
                                     headers={**preflight, "Access-Control-Request-Method": "POST"})
    assert status == 400 and "access-control-allow-origin" not in headers


def test_openapi_documents_every_parameter_and_path(web):
    status, _, served = web.get("/openapi.json")
    assert status == 200 and served == openapi_document()
    assert served["openapi"].startswith("3.")
    documented = {p["name"] for p in served["paths"]["/api/services"]["get"]["parameters"]}
    assert documented == set(SERVICE_PARAMETERS)
    assert {"search", "taxonomy_term_id", "organization_id", "modified_after", "page", "per_page"} <= documented
    own = {p["name"] for p in served["paths"]["/api/services"]["get"]["parameters"]
           if p["description"].startswith("signpost:")}
    assert {"language", "community", "gender", "crisis_alternative", "open_now", "widen"} <= own
    for path in ("/api/", "/api/services", "/api/services/{id}", "/api/organizations", "/api/organizations/{id}",
                 "/api/service_at_locations", "/api/service_at_locations/{id}", "/api/taxonomies",
                 "/api/taxonomies/{id}", "/api/taxonomy_terms", "/api/taxonomy_terms/{id}", "/api/vocabulary",
                 "/feedback"):
        assert path in served["paths"]
    assert "400" in served["paths"]["/api/services"]["get"]["responses"]
    status, _, answer = web.request("/feedback", body=b"service_id=x", method="POST")
    assert status == 400 and answer["error"] == "bad_body"
