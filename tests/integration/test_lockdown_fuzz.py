"""The REST webhook with random messages, metadata and bodies: never a 5xx, never a traceback."""
import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_lockdown import call

pytestmark = pytest.mark.integration

FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
odd_text = st.text(alphabet=st.characters(codec=None, blacklist_categories=()), max_size=400)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | odd_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(odd_text, children, max_size=4),
    max_leaves=12)


def assert_handled(status, text, what):
    assert isinstance(status, int) and status < 500, (what, status, text[:300])
    assert "Traceback" not in text and 'File "' not in text, (what, text[:300])


@FUZZ
@given(message=odd_text, metadata=st.none() | st.dictionaries(
    st.sampled_from(["language", "embed", "x"]), json_value, max_size=3))
def test_random_messages_and_metadata(stack, message, metadata):
    body = {"sender": "fuzz-" + uuid.uuid4().hex, "message": message}
    if metadata is not None:
        body["metadata"] = metadata
    status, text = call(stack.rasa_url + "/webhooks/rest/webhook", json.dumps(body).encode())
    assert_handled(status, text, body)
    if status == 200:
        assert isinstance(json.loads(text), list)


@FUZZ
@given(body=st.one_of(json_value.map(lambda v: json.dumps(v).encode()), st.binary(max_size=3000),
                      odd_text.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       path=st.sampled_from(["/webhooks/rest/webhook", "/webhooks/rest/forget"]))
def test_random_bodies(stack, body, path):
    status, text = call(stack.rasa_url + path, body)
    assert_handled(status, text, body[:100])


def test_deep_and_huge_json(stack):
    for body in (b"[" * 15_000 + b"]" * 15_000, b"[" * 20_000 + b"]" * 20_000, json.dumps({"sender": "s", "message": "x" * 30_000}).encode(),
                 b'{"sender": "s", "message": "' + b"\\ud800" * 4000 + b'"}'):
        status, text = call(stack.rasa_url + "/webhooks/rest/webhook", body)
        assert_handled(status, text, body[:60])
        assert status in (400, 413)
