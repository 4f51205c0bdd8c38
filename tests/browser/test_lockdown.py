"""The widget when the assistant fails it, and what it and the staff page make links of. The
Rasa webhook (or the registry API) is intercepted: these are the answers a broken or hostile
server could give."""
import json
import re
import time

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.integration  # the web app of the running stack

OFFLINE_LINES = {"Call 116 123": "tel:116123", "Text 85258": re.compile("^sms:85258"),
                 "Call 999": "tel:999", "Call 111": "tel:111"}


def say(page, text):
    box = page.get_by_label("Your message")
    box.fill(text)
    box.press("Enter")


def answer_webhook(page, site, status=200, body="[]", hang=False):
    def handle(route):
        if route.request.method != "POST":
            return route.continue_()
        if hang:
            return  # never answered
        route.fulfill(status=status, content_type="application/json", body=body,
                      headers={"access-control-allow-origin": site.web_url})
    page.route(site.rasa_url + "/webhooks/rest/webhook", handle)


def expect_offline_panel(page, timeout=5_000):
    panel = page.locator(".sp-crisis").last
    expect(panel).to_be_visible(timeout=timeout)
    for name, href in OFFLINE_LINES.items():
        expect(panel.get_by_role("link", name=name)).to_have_attribute("href", href)
    expect(panel).to_contain_text("can't be reached")


@pytest.mark.parametrize("status, body", [(200, "[]"), (500, "{}"), (503, "oops"), (200, "{\"not\": \"a list\"}")])
def test_an_empty_or_failed_answer_shows_the_crisis_lines(page, site, status, body):
    answer_webhook(page, site, status=status, body=body)
    page.goto(site.web_url + "/")
    say(page, "hello")
    expect_offline_panel(page)
    expect(page.get_by_role("status")).to_have_text("")


def test_no_answer_within_15_seconds_shows_the_crisis_lines(page, site):
    answer_webhook(page, site, hang=True)
    page.goto(site.web_url + "/")
    say(page, "hello")
    started = time.monotonic()
    expect(page.get_by_role("status")).not_to_have_text("")
    expect_offline_panel(page, timeout=25_000)
    assert 14 <= time.monotonic() - started < 22


HOSTILE_SERVICE = {
    "id": "x-hostile", "name": "Hostile Listing", "organization": "Nobody", "languages": ["en"],
    "phones": [{"number": "0113 496 0000", "type": "voice"}], "email": "a@example.org",
    "url": "javascript:alert(document.domain)", "locations": [],
}


def test_the_widget_links_only_with_safe_schemes(page, site):
    replies = [
        {"text": "Here is one:"},
        {"custom": {"kind": "services", "language": "en", "direction": "ltr", "services": [HOSTILE_SERVICE]}},
        {"custom": {"kind": "crisis", "language": "en", "direction": "ltr", "lines": [
            {"text": "A line", "number": "116 123", "type": "voice", "href": "javascript:alert(1)"},
            {"text": "", "number": "999", "type": "voice", "href": "tel:999"}]}},
    ]
    answer_webhook(page, site, body=json.dumps(replies))
    page.goto(site.web_url + "/")
    say(page, "hello")
    card = page.locator(".sp-card", has_text="Hostile Listing")
    expect(card).to_be_visible()
    expect(card.get_by_role("link", name="Call 0113 496 0000")).to_have_attribute("href", "tel:01134960000")
    expect(card.get_by_role("link", name=re.compile("Email"))).to_have_attribute("href", "mailto:a@example.org")
    expect(card.get_by_role("link", name=re.compile("Website"))).to_have_count(0)
    hrefs = page.eval_on_selector_all(".sp a[href]", "links => links.map(a => a.getAttribute('href'))")
    assert hrefs and all(re.match(r"^(https?|tel|sms|mailto):", h) for h in hrefs), hrefs
    expect(page.locator(".sp-crisis").get_by_text("Call 116 123")).to_be_visible()  # said, not linked


def test_the_staff_page_links_only_to_web_addresses(page, site):
    def hostile(route):
        real = route.fetch()
        body = real.json()
        for service in body.get("contents", []):
            service["url"] = "javascript:alert(document.domain)"
        route.fulfill(response=real, body=json.dumps(body))
    page.route(re.compile(r".*/services\?.*"), hostile)
    page.goto(site.web_url + "/staff?postcode=Bradford")
    result = page.locator(".service").first
    expect(result).to_be_visible()
    expect(result).to_contain_text("javascript:alert")  # shown as text
    hrefs = page.eval_on_selector_all(".service a[href]", "links => links.map(a => a.getAttribute('href'))")
    assert all(re.match(r"^(https?|tel|sms|mailto):", h) for h in hrefs), hrefs


@pytest.mark.parametrize("path", ["/", "/staff", "/embed", "/embed/preview?language=en&area=Leeds"])
def test_pages_run_under_their_content_security_policy(page, site, path):
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(site.web_url + path)
    page.wait_for_load_state("networkidle")
    if path != "/staff" and path != "/embed":
        # the widget's stylesheet applied: its launcher or panel has the accent colour
        expect(page.locator(".sp-panel")).to_have_css("border-top-style", "solid")
    assert refused == []


def test_the_conversation_is_in_no_browser_storage(page, site):
    page.goto(site.web_url + "/")
    say(page, "peer support in Bradford")
    expect(page.locator(".sp-card", has_text="Bradford Peer Circle")).to_be_visible()
    stored = page.evaluate("JSON.stringify([Object.keys(sessionStorage), Object.keys(localStorage), document.cookie])")
    assert stored == '[[],[],""]'
