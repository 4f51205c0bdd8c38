"""The web app's pages, the widget asset and its strings, listing feedback and CORS."""
import pytest

from signpost import i18n
from signpost.ops.stack import Stack
from signpost.web.strings import SHARED_KEYS, WIDGET_KEYS
from tests.web.conftest import ALLOWED_ORIGIN


@pytest.mark.parametrize("path, words", [
    ("/", 'data-container="#chat"'),
    ("/staff", "Service lookup"),
    ("/embed", "Put the chat on your group"),
])
def test_pages_are_served(web, path, words):
    status, headers, body = web.get(path)
    assert status == 200 and words in body
    assert headers["referrer-policy"] == "no-referrer"


def test_the_demo_page_embeds_the_widget_in_the_language_asked_for(web):
    _, _, body = web.get("/?lang=ur")
    assert 'data-language="ur"' in body and 'href="/?lang=en"' in body and 'href="/?lang=ur"' not in body
    _, _, fallback = web.get("/?lang=xx")
    assert 'data-language="en"' in fallback


def test_the_widget_is_small_and_knows_the_rasa_server(web):
    status, headers, body = web.get("/widget.js")
    assert status == 200 and headers["content-type"].startswith("text/javascript")
    assert '"http://127.0.0.1:5005"' in body and "{{RASA_URL}}" not in body
    size, encoding = web.transferred("/widget.js")
    assert encoding == "gzip" and size < 12_000, size


@pytest.mark.parametrize("language", i18n.available_languages())
def test_widget_strings_come_from_each_catalog(web, language):
    status, _, body = web.get(f"/widget/strings/{language}.json")
    assert status == 200 and body["language"] == language
    assert body["direction"] == ("rtl" if language in ("ur", "ar") else "ltr")
    assert set(body["strings"]) == set(WIDGET_KEYS + SHARED_KEYS)
    assert body["strings"]["widget.quick_exit"] == i18n.t("widget.quick_exit", language)
    assert "{number}" in body["strings"]["widget.call"]


def test_unknown_widget_language_is_a_404_naming_it(web):
    status, _, body = web.get("/widget/strings/klingon.json")
    assert status == 404 and body["parameter"] == "language" and "klingon" in body["message"]


def test_the_embedding_preview_escapes_what_it_is_given(web):
    _, _, body = web.get('/embed/preview?language=ar&area=Leeds&mode=inline&title=%22%3E%3Cscript%3Ealert(1)%3C/script%3E')
    assert 'data-title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in body
    assert "<script>alert(1)" not in body
    assert 'data-language="ar"' in body and 'data-area="Leeds"' in body and 'id="signpost-chat"' in body


def test_feedback_is_kept_as_anonymous_daily_counts(web):
    before = {(r["service_id"], r["reason"]): r["count"] for r in web.feedback.counts()}
    for _ in range(2):
        status, _, body = web.request("/feedback", body={"service_id": "test-sheffield-advocacy", "reason": "closed"})
        assert status == 201 and body == {"status": "recorded"}
    rows = [r for r in web.feedback.counts() if r["service_id"] == "test-sheffield-advocacy" and r["reason"] == "closed"]
    assert len(rows) == 1 and rows[0]["count"] == before.get(("test-sheffield-advocacy", "closed"), 0) + 2
    assert set(rows[0]) == {"service_id", "reason", "day", "count"}


@pytest.mark.parametrize("body, status, parameter", [
    ({"service_id": "test-sheffield-advocacy", "reason": "rude"}, 400, "reason"),
    ({"service_id": "", "reason": "wrong"}, 400, "service_id"),
    ({"service_id": "no-such-service", "reason": "wrong"}, 404, "service_id"),
    ({"service_id": "test-sheffield-advocacy", "reason": "wrong", "comment": "my name is"}, 400, "comment"),
])
def test_bad_feedback_is_refused_naming_the_field(web, body, status, parameter):
    got, _, answer = web.request("/feedback", body=body)
    assert got == status and answer["parameter"] == parameter


def test_feedback_must_be_json(web):
    status, _, answer = web.request("/feedback", body=b"service_id=x", method="POST")
    assert status == 400 and answer["error"] == "bad_body"


def test_cors_answers_only_allowed_origins(web):
    preflight = {"Origin": ALLOWED_ORIGIN, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"}
    status, headers, _ = web.request("/feedback", method="OPTIONS", headers=preflight)
    assert status == 200 and headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    status, headers, _ = web.request("/feedback", method="OPTIONS",
                                     headers={**preflight, "Origin": "https://elsewhere.example"})
    assert status == 400 and "access-control-allow-origin" not in headers
    _, headers, _ = web.get("/widget/languages.json", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in headers


def test_the_stack_allows_only_its_own_web_app_unless_configured(monkeypatch):
    monkeypatch.delenv("SIGNPOST_CORS_ORIGINS", raising=False)
    assert Stack(web_port=8123).cors_origins() == ["http://127.0.0.1:8123", "http://localhost:8123"]
    assert Stack(web_port=None).cors_origins() == []
    monkeypatch.setenv("SIGNPOST_CORS_ORIGINS", "https://a.example, https://b.example")
    assert Stack(web_port=8123).cors_origins() == ["https://a.example", "https://b.example"]
    assert Stack(env={"SIGNPOST_CORS_ORIGINS": "https://c.example"}).cors_origins() == ["https://c.example"]
