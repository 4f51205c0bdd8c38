"""The chat widget in a real browser, holding real conversations with the running stack."""
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import EXIT_SITE, feedback_rows, serious_violations

pytestmark = pytest.mark.integration  # every test here needs the running stack


def say(page, text):
    box = page.get_by_label("Your message")
    box.fill(text)
    box.press("Enter")


def test_a_conversation_gives_service_cards_and_a_reload_forgets_it(page, site):
    page.goto(site.web_url + "/")
    log = page.get_by_role("log", name="Conversation")
    expect(log).to_contain_text("Hello")
    expect(page.get_by_role("button", name="Peer support")).to_be_visible()
    say(page, "any punjabi speaking counselling in Birmingham?")
    card = page.locator(".sp-card", has_text="Sangat Counselling").first
    expect(card).to_be_visible()
    expect(card).to_contain_text("example listing")
    expect(card).to_contain_text("Punjabi")
    expect(card.get_by_role("link", name="Call 0121 496 0101")).to_have_attribute("href", "tel:01214960101")
    expect(card.get_by_role("link", name=re.compile("^Map: "))).to_have_attribute("href", re.compile("openstreetmap.org/.*52.505"))
    # the card replaces the numbered text listing: the name is not said twice
    expect(log.get_by_text("1. Sangat Counselling")).to_have_count(0)
    assert page.evaluate("document.activeElement.getAttribute('aria-label') || document.activeElement.id").endswith("-in")

    card.get_by_role("button", name="This information is wrong or the service has closed").click()
    card.get_by_role("button", name="The service has closed", exact=True).click()
    expect(card).to_contain_text("Thank you. Someone will check this listing.")
    page.wait_for_timeout(300)
    assert ("test-birmingham-punjabi-counselling", "closed", 1) in feedback_rows(site)
    assert serious_violations(page) == []

    # the conversation lives in the widget's memory only (docs/privacy.md): a reload starts afresh
    page.reload()
    expect(page.get_by_role("log", name="Conversation")).to_contain_text("Hello")
    expect(page.locator(".sp-user")).to_have_count(0)
    expect(page.locator(".sp-card")).to_have_count(0)


def test_a_narrow_embedding_still_gets_the_crisis_lines_by_keyboard_alone(page, site):
    """A host page scoped to one Leeds group: a risk message still gets the national lines."""
    requests = []
    page.on("request", lambda r: requests.append(r.post_data_json) if r.url.endswith("/webhooks/rest/webhook") else None)
    page.goto(site.web_url + "/embed/preview?language=en&area=Leeds&services=test-leeds-womens-group&title=Chapeltown+chat")
    launcher = page.get_by_role("button", name="Find support: chat")
    expect(page.get_by_role("heading", name="Chapeltown chat")).to_be_visible()
    page.get_by_role("button", name="Close chat").click()
    expect(launcher).to_be_focused()
    launcher.press("Enter")
    expect(page.get_by_label("Your message")).to_be_focused()
    page.keyboard.type("I want to end my life")
    page.keyboard.press("Enter")
    crisis = page.locator(".sp-crisis").first
    expect(crisis).to_be_visible()
    expect(crisis.get_by_role("heading", name="Help right now")).to_be_visible()
    expect(crisis.get_by_role("link", name="Call 116 123")).to_have_attribute("href", "tel:116123")
    expect(crisis.get_by_role("link", name="Call 999")).to_have_attribute("href", "tel:999")
    expect(crisis.get_by_role("link", name="Text 85258")).to_have_attribute("href", re.compile("^sms:85258"))
    assert requests[-1]["metadata"] == {"language": "en", "embed": {"area": "Leeds", "services": ["test-leeds-womens-group"]}}
    assert serious_violations(page) == []


def test_quick_exit_leaves_at_once_and_forgets_the_chat(page, site):
    from signpost.conversation.rest import RestConversation

    senders = []
    page.on("request", lambda r: senders.append(r.post_data_json["sender"]) if r.url.endswith("/webhooks/rest/webhook") else None)
    page.goto(site.web_url + "/")
    say(page, "peer support in Bradford")
    expect(page.locator(".sp-card", has_text="Bradford Peer Circle")).to_be_visible()
    page.get_by_role("button", name="Quick exit").click()
    page.wait_for_url(EXIT_SITE)
    page.go_back()  # location.replace left no history entry for the chat page to go back to
    assert page.url == "about:blank"
    # the server has forgotten the conversation too: nothing is left to forget
    assert RestConversation(site.rasa_url, sender=senders[-1]).forget() is False
    page.goto(site.web_url + "/")
    expect(page.get_by_role("log")).to_contain_text("Hello")
    expect(page.locator(".sp-user")).to_have_count(0)
    assert page.evaluate("sessionStorage.length + localStorage.length") == 0
    page.keyboard.press("Escape")
    page.wait_for_url(EXIT_SITE)


def test_urdu_is_right_to_left_and_in_urdu(page, site):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site.web_url + "/?lang=ur")
    widget = page.locator(".sp")
    expect(widget).to_have_attribute("dir", "rtl")
    expect(widget).to_have_attribute("lang", "ur")
    expect(page.get_by_role("button", name="فوری باہر نکلیں")).to_be_visible()
    expect(page.get_by_label("آپ کا پیغام")).to_be_visible()
    expect(page.get_by_role("log", name="گفتگو")).to_be_visible()
    assert serious_violations(page) == []


def test_the_page_language_goes_with_the_first_message_only(page, site):
    """An Urdu page: after the first message the conversation keeps its own language, so a bare
    place name is answered in Urdu, and a switch to English is not pulled back by the page."""
    requests = []
    page.on("request", lambda r: requests.append(r.post_data_json) if r.url.endswith("/webhooks/rest/webhook") else None)
    page.goto(site.web_url + "/?lang=ur")
    box = page.get_by_label("آپ کا پیغام")
    box.fill("مجھے کونسلنگ چاہیے")
    box.press("Enter")
    expect(page.locator(".sp-bot").last).to_contain_text(re.compile("[\u0600-\u06FF]{3}"))
    box.fill("Birmingham")
    box.press("Enter")
    expect(page.locator(".sp-card", has_text="Sangat Counselling").first).to_be_visible()
    assert requests[0]["metadata"].get("language") == "ur"
    assert "language" not in requests[1]["metadata"]
    assert re.search("[\u0600-\u06FF]{3}", page.locator(".sp-bot").last.inner_text())


def test_the_widget_s_own_words_follow_the_conversation_into_urdu(page, site):
    page.goto(site.web_url + "/")
    say(page, "مجھے برمنگھم میں پنجابی بولنے والا کونسلر چاہیے")
    expect(page.locator(".sp-card", has_text="Sangat Counselling").first).to_be_visible()
    widget = page.locator(".sp")
    expect(widget).to_have_attribute("dir", "rtl")
    expect(widget).to_have_attribute("lang", "ur")
    expect(page.get_by_label("آپ کا پیغام")).to_be_focused()
    expect(page.locator(".sp-card", has_text="Sangat Counselling").first).to_be_visible()  # redrawn, not lost
    assert serious_violations(page) == []
    page.reload()  # nothing is kept across a reload, the language included: the page's again
    expect(page.get_by_role("button", name="Quick exit")).to_be_visible()


def test_the_rasa_server_answers_only_allowed_origins(site):
    import urllib.request

    def preflight(origin):
        request = urllib.request.Request(site.rasa_url + "/webhooks/rest/webhook", method="OPTIONS", headers={
            "Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers.get("access-control-allow-origin")

    assert preflight(site.web_url) == site.web_url
    assert preflight("https://elsewhere.example") is None


def test_no_embedding_metadata_can_switch_the_crisis_response_off(site):
    """Whatever a page sends as metadata, a risk message gets the national lines at once."""
    from signpost.conversation.rest import RestConversation

    hostile = {"language": "en", "crisis": False, "safety": "off",
               "embed": {"area": "Leeds", "services": ["test-leeds-womens-group"], "crisis": False,
                         "safety_layer": "disabled", "national_lines": []}}
    replies = RestConversation(site.rasa_url).say("I don't want to be alive anymore", metadata=hostile)
    crisis = [m["custom"] for m in replies if isinstance(m.get("custom"), dict) and m["custom"].get("kind") == "crisis"]
    assert crisis, replies
    numbers = {line["number"] for line in crisis[0]["lines"]}
    assert {"999", "111", "116 123", "85258"} <= numbers
