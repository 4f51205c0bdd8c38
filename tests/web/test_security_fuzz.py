"""Every web route with random, huge and malformed input: never a 5xx, never a traceback."""
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signpost.ops.ratelimit import RateLimiter
from tests.web.test_security import own_app

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# odd Unicode: controls, combining marks, right-to-left marks, astral characters, lone surrogates
odd_text = st.text(alphabet=st.characters(codec=None, blacklist_categories=()), max_size=300)
query_value = st.one_of(odd_text, st.sampled_from(["", "0", "-1", "1e309", "NaN", "99999999999999999999",
                                                     "../../etc/passwd", "<script>", "' OR 1=1 --", "%00"]))
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | odd_text,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(odd_text, children, max_size=5),
    max_leaves=20)


def quote(text: str) -> str:
    return urllib.parse.quote(text.encode("utf-8", "surrogatepass"), safe="")


def fetch(url: str, data: bytes = None, headers: dict = None, method: str = None):
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def assert_handled(status: int, body: str, what: str):
    assert status < 500, (what, status, body[:300])
    assert "Traceback" not in body and 'File "' not in body, (what, body[:300])


@pytest.fixture(scope="module")
def unlimited(tmp_path_factory):
    """An app whose rate limit the fuzzing does not reach: the bodies are what is tested here."""
    with own_app(tmp_path_factory.mktemp("fuzz")) as (served, app):
        app.state.feedback_limiter = RateLimiter(per_second=1000, burst=1_000_000)
        yield served


GET_ROUTES = ["/", "/staff", "/embed", "/embed/preview", "/services", "/taxonomies", "/openapi.json",
              "/widget/languages.json"]
PARAMETERS = ["lang", "language", "area", "services", "title", "accent", "accent_text", "mode", "q",
              "postcode", "taxonomy_id", "language", "per_page", "page", "lat", "lon", "radius", "referral",
              "fees", "gender", "open_now", "sort"]


@FUZZ
@given(route=st.sampled_from(GET_ROUTES),
       params=st.lists(st.tuples(st.sampled_from(PARAMETERS) | odd_text, query_value), max_size=6))
def test_get_routes_with_random_query_strings(web, route, params):
    query = "&".join(f"{quote(k)}={quote(v)}" for k, v in params)
    status, body = fetch(f"{web.url}{route}?{query}")
    assert_handled(status, body, (route, params))


@FUZZ
@given(segment=odd_text.filter(lambda s: s not in ("", ".", "..")))
def test_path_parameters_with_random_text(web, segment):
    for path in (f"/services/{quote(segment)}", f"/widget/strings/{quote(segment)}.json", f"/{quote(segment)}",
                 f"/static/{quote(segment)}"):
        status, body = fetch(web.url + path)
        assert_handled(status, body, path)


@FUZZ
@given(body=st.one_of(
    json_value.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(st.sampled_from(["service_id", "reason", "extra"]), json_value, max_size=3).map(
        lambda v: json.dumps(v).encode()),
    st.binary(max_size=2000),
    odd_text.map(lambda t: t.encode("utf-8", "surrogatepass"))),
    content_type=st.sampled_from(["application/json", "application/json; charset=latin-1", "text/plain", ""]))
def test_feedback_with_random_bodies(unlimited, body, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    status, answer = fetch(unlimited.url + "/feedback", data=body, headers=headers, method="POST")
    assert_handled(status, answer, body[:100])
    assert status in (201, 400, 404, 413, 415)


def test_a_megabyte_of_json_to_every_route_is_refused_cleanly(web):
    huge = json.dumps({"service_id": "x" * 1_000_000, "reason": "wrong"}).encode()
    for route in GET_ROUTES + ["/feedback"]:
        try:
            status, body = fetch(web.url + route, data=huge, headers={"Content-Type": "application/json"},
                                 method="POST")
        except (ConnectionError, urllib.error.URLError):
            continue  # refused before it was read, connection closed: also no 5xx
        assert_handled(status, body, route)
