"""The registry API over HTTP: Open Referral UK style parameters, HSDS-shaped services, and
400s that name the bad parameter."""
import pytest

from signpost.web.openapi import openapi_document
from signpost.web.api import PARAMETERS


def ids(body):
    return [s["id"] for s in body["contents"]]


def test_search_by_need_and_postcode(web):
    status, _, body = web.get("/services?taxonomy_id=peer_support&postcode=BD8")
    assert status == 200
    assert ids(body)[0] == "test-bradford-peers"
    assert body["place"] == "BD8" and body["page_number"] == 1 and body["first_page"] is True
    service = body["contents"][0]
    assert service["organization"] == {"id": "test-peers", "name": "Test Peer Network"}
    assert service["sample"] is True and service["locations"][0]["postal_code"] == "BD8 7AA"
    assert {"code": "ur"} in service["languages"]
    assert service["schedules"] == [{"freq": "WEEKLY", "byday": "TU", "opens_at": "18:00", "closes_at": "20:00"}]


def test_language_filter_and_several_needs(web):
    _, _, body = web.get("/services?taxonomy_id=talking_therapy,helpline&language=pa&include_national=false&postcode=Birmingham")
    assert ids(body) == ["test-birmingham-punjabi-counselling"]


def test_text_search_and_national_lines(web):
    _, _, body = web.get("/services?text=samaritans")
    assert ids(body) == ["samaritans"]
    assert body["contents"][0]["phones"] == [{"number": "116 123", "type": "voice", "description": None}]
    assert body["contents"][0]["is_national"] is True


def test_crisis_alternatives_only(web):
    _, _, body = web.get("/services?crisis_alternative=true")
    assert ids(body) == ["test-lambeth-crisis-cafe"]
    _, _, without = web.get("/services?crisis_alternative=false&per_page=50")
    assert "test-lambeth-crisis-cafe" not in ids(without) and without["total_items"] >= 5


def test_proximity_in_metres_from_a_postcode(web):
    _, _, near = web.get("/services?postcode=LS7&proximity=2000")
    assert ids(near) == ["test-leeds-womens-group"]
    _, _, far = web.get("/services?postcode=LS1&proximity=500")
    assert far["total_items"] == 0 and far["empty"] is True


def test_fees_referral_gender_and_open_now_filter(web):
    _, _, paid_out = web.get("/services?postcode=Leicester&include_national=false&fees=free&per_page=50")
    _, _, all_ = web.get("/services?postcode=Leicester&include_national=false&per_page=50")
    assert set(ids(paid_out)) < set(ids(all_))
    _, _, gp = web.get("/services?referral=gp&include_national=false&per_page=50")
    assert "test-birmingham-punjabi-counselling" in ids(gp) and "test-bradford-peers" not in ids(gp)
    _, _, men = web.get("/services?gender=men&postcode=Leeds&include_national=false")
    assert "test-leeds-womens-group" not in ids(men)
    _, _, open_now = web.get("/services?open_now=true&per_page=50")
    assert all(s["open_now"] for s in open_now["contents"]) and "samaritans" in ids(open_now)


def test_pages(web):
    _, _, first = web.get("/services?per_page=2")
    _, _, second = web.get("/services?per_page=2&page=2")
    assert first["total_pages"] == -(-first["total_items"] // 2)
    assert len(first["contents"]) == 2 and not set(ids(first)) & set(ids(second))
    assert second["first_page"] is False


def test_widen_finds_nearby_when_nothing_matches_exactly(web):
    _, _, exact = web.get("/services?taxonomy_id=advocacy&postcode=Leeds&include_national=false")
    assert exact["total_items"] == 0
    _, _, widened = web.get("/services?taxonomy_id=advocacy&postcode=Leeds&include_national=false&widen=true")
    assert widened["widened"] and widened["total_items"] > 0


def test_one_service_by_id_and_unknown_ids(web):
    status, _, body = web.get("/services/test-sheffield-advocacy")
    assert status == 200 and body["name"] == "Sheffield Rights Advocacy"
    assert body["confidentiality"].startswith("Independent of the NHS")
    status, _, body = web.get("/services/no-such-service")
    assert status == 404 and body["parameter"] == "id" and "no-such-service" in body["message"]


@pytest.mark.parametrize("query, parameter, words", [
    ("taxonmy_id=peer_support", "taxonmy_id", "unknown parameter"),
    ("taxonomy_id=yoga", "taxonomy_id", "unknown taxonomy_id 'yoga'"),
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
])
def test_bad_parameters_are_400s_naming_the_parameter(web, query, parameter, words):
    status, headers, body = web.get(f"/services?{query}")
    assert status == 400 and headers["content-type"].startswith("application/json")
    assert body["error"] == "bad_parameter" and body["parameter"] == parameter
    assert words in body["message"]


def test_taxonomies(web):
    _, _, body = web.get("/taxonomies")
    assert {"id": "peer_support", "name": "Peer support", "vocabulary": "signpost-need"} in body["contents"]


def test_openapi_documents_every_parameter_and_path(web):
    status, _, served = web.get("/openapi.json")
    assert status == 200 and served == openapi_document()
    assert served["openapi"].startswith("3.")
    documented = {p["name"] for p in served["paths"]["/services"]["get"]["parameters"]}
    assert documented == set(PARAMETERS)
    assert {"/services", "/services/{id}", "/taxonomies", "/feedback"} <= set(served["paths"])
    assert "400" in served["paths"]["/services"]["get"]["responses"]
