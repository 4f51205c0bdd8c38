"""Browsers on other sites cannot talk to the Rasa server: REST (CORS) and socket.io (Origin check)."""
import urllib.error
import urllib.request

import pytest

from .conftest import ALLOWED_ORIGIN

pytestmark = pytest.mark.integration


def handshake(stack, origin):
    """socket.io's first request, as a page on `origin` would send it (long-polling transport)."""
    request = urllib.request.Request(f"{stack.rasa_url}/socket.io/?EIO=4&transport=polling",
                                     headers={"Origin": origin})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def test_socketio_accepts_an_allowed_origin(stack):
    status, headers, body = handshake(stack, ALLOWED_ORIGIN)
    assert status == 200, body
    assert body.startswith("0{") and '"sid"' in body
    assert headers.get_all("Access-Control-Allow-Origin") == [ALLOWED_ORIGIN]


def test_socketio_refuses_any_other_origin(stack):
    status, headers, body = handshake(stack, "https://elsewhere.example")
    assert status == 400
    assert "not an accepted origin" in body
    assert not headers.get_all("Access-Control-Allow-Origin")


def test_rest_channel_gives_cors_only_to_the_allowed_origin(stack):
    def preflight(origin):
        request = urllib.request.Request(f"{stack.rasa_url}/webhooks/rest/webhook", method="OPTIONS", headers={
            "Origin": origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.headers.get_all("Access-Control-Allow-Origin") or []
        except urllib.error.HTTPError as error:
            return error.headers.get_all("Access-Control-Allow-Origin") or []

    assert preflight(ALLOWED_ORIGIN) == [ALLOWED_ORIGIN]
    assert preflight("https://elsewhere.example") == []
