"""Security headers on every page, no inline script or style, and /feedback's limits."""
import http.client
import json
import re
from contextlib import contextmanager
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from signpost.ops.ratelimit import RateLimiter
from signpost.web import FEEDBACK_BURST, FEEDBACK_MAX_BYTES, create_app
from tests.web.conftest import serve

PAGES = ["/", "/?lang=ur", "/staff", "/embed", "/embed/preview?language=en&area=Leeds", "/embed/preview?mode=inline"]
OTHER = ["/widget.js", "/widget.css", "/widget/strings/en.json", "/services?per_page=1", "/openapi.json",
         "/health", "/no-such-page", "/static/pages.css"]


def directives(policy: str) -> dict:
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


@pytest.mark.parametrize("path", PAGES + OTHER)
def test_every_response_has_the_security_headers(web, path):
    _, headers, _ = web.get(path)
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    csp = directives(headers["content-security-policy"])
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"]
    assert "'unsafe-inline'" not in headers["content-security-policy"]
    assert "'unsafe-eval'" not in headers["content-security-policy"]
    # the widget talks to the Rasa server: that origin and this one, nothing else
    assert csp["connect-src"] == ["'self'", "http://127.0.0.1:5005"]
    framed = urlsplit(path).path == "/embed/preview"
    assert csp["frame-ancestors"] == (["'self'"] if framed else ["'none'"])
    assert headers["x-frame-options"] == ("SAMEORIGIN" if framed else "DENY")


class InlineFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.problems = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        names = {name for name, _ in attrs}
        if tag == "script":
            self._in_script = "src" not in names
        if tag == "style":
            self.problems.append("<style>")
        for name in names:
            if name == "style" or name.startswith("on"):
                self.problems.append(f"<{tag} {name}=>")
        for name, value in attrs:
            if name in ("href", "src", "action") and value and value.strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}=javascript:>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.problems.append("inline <script>")


@pytest.mark.parametrize("path", PAGES)
def test_no_page_has_inline_script_or_style(web, path):
    _, _, body = web.get(path)
    finder = InlineFinder()
    finder.feed(body)
    assert finder.problems == []


def test_the_widget_injects_no_style_element_and_loads_its_own_stylesheet(web):
    _, _, script = web.get("/widget.js")
    assert 'el("style")' not in script and "createElement(\"style\")" not in script
    assert "widget.css" in script
    status, headers, css = web.get("/widget.css")
    assert status == 200 and headers["content-type"].startswith("text/css")
    assert ".sp-crisis" in css


@pytest.mark.parametrize("script", ["/widget.js", "/static/staff.js", "/static/embed.js"])
def test_no_script_keeps_anything_in_browser_storage(web, script):
    """The conversation lives in the widget's memory: storage would let the host page read it."""
    _, _, body = web.get(script)
    assert not re.search(r"\b(sessionStorage|localStorage|indexedDB|document\.cookie)\s*[.\[=]", body)


@contextmanager
def own_app(folder):
    """The web app on a port of its own, over its own databases: its rate limiter starts full
    whatever ran before. Yields (Served, the Starlette app)."""
    from signpost.geography import load_gazetteer
    from signpost.registry import Registry
    from signpost.registry.feedback import FeedbackStore
    from tests.web.conftest import TEST_REGISTRY, Served

    registry = Registry.open(f"sqlite:///{folder / 'registry.db'}", gazetteer=load_gazetteer())
    registry.load_file(TEST_REGISTRY)
    feedback = FeedbackStore(f"sqlite:///{folder / 'feedback.db'}")
    app = create_app("http://127.0.0.1:5005", registry=registry, feedback=feedback, cors_origins=[])
    server, thread, url = serve(app)
    try:
        yield Served(url, registry, feedback), app
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        registry.close()
        feedback.close()


@pytest.fixture
def limited(tmp_path):
    with own_app(tmp_path) as served_and_app:
        yield served_and_app


REPORT = {"service_id": "test-sheffield-advocacy", "reason": "wrong"}


def test_feedback_takes_only_json(limited):
    served, _ = limited
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"):
        status, _, body = served.request("/feedback", body=REPORT, headers={"Content-Type": content_type})
        assert status == 415 and body["error"] == "unsupported_media_type", content_type
    status, _, _ = served.request("/feedback", body=REPORT, headers={"Content-Type": "application/json; charset=utf-8"})
    assert status == 201


def test_feedback_over_a_kilobyte_is_refused_before_it_is_read(limited):
    served, _ = limited
    big = json.dumps({**REPORT, "padding": "x" * FEEDBACK_MAX_BYTES}).encode()
    status, _, body = served.request("/feedback", body=big, method="POST")
    assert status == 413 and body["error"] == "too_large"
    # without a Content-Length (chunked), refused once the limit is passed
    parts = urlsplit(served.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("POST", "/feedback", body=iter([big[:600], big[600:]]),
                       headers={"Content-Type": "application/json"}, encode_chunked=True)
    answer = connection.getresponse()
    assert answer.status == 413
    connection.close()
    assert served.feedback.counts() == []


def test_feedback_is_rate_limited_per_client_without_keeping_the_address(limited):
    served, app = limited
    statuses = [served.request("/feedback", body=REPORT)[0] for _ in range(FEEDBACK_BURST + 3)]
    assert statuses[:FEEDBACK_BURST] == [201] * FEEDBACK_BURST
    assert statuses[FEEDBACK_BURST:] == [429] * 3
    status, headers, body = served.request("/feedback", body=REPORT)
    assert status == 429 and int(headers["retry-after"]) >= 1 and body["error"] == "too_many_requests"
    assert served.feedback.counts()[0]["count"] == FEEDBACK_BURST
    kept = repr(app.state.feedback_limiter.__dict__)
    assert "127.0.0.1" not in kept and "127, 0, 0, 1" not in kept


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_the_rate_limiter_allows_a_burst_then_the_rate():
    clock = Clock()
    limiter = RateLimiter(per_second=2, burst=3, rotate_seconds=3600, clock=clock)
    assert [limiter.allow("203.0.113.9") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("198.51.100.7")  # another client has its own bucket
    clock.now += 0.5
    assert limiter.allow("203.0.113.9") and not limiter.allow("203.0.113.9")
    assert limiter.retry_after() == 1


def test_the_rate_limiter_keeps_no_address_and_forgets_on_rotation():
    clock = Clock()
    limiter = RateLimiter(per_second=0.01, burst=1, rotate_seconds=60, clock=clock)
    assert limiter.allow("203.0.113.9") and not limiter.allow("203.0.113.9")
    assert "203.0.113.9" not in repr(limiter.__dict__) and b"203.0.113.9" not in b"".join(limiter._buckets)
    key = limiter._key
    clock.now += 61
    assert limiter.allow("203.0.113.9")  # a new key, new counts
    assert limiter._key != key


def test_a_rate_limiter_needs_a_rate():
    with pytest.raises(ValueError, match="per_second > 0"):
        RateLimiter(per_second=0, burst=1)
