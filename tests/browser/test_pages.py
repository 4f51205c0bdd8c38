"""The staff lookup page and the embedding page in a real browser, over the running web app."""
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from signpost import vocabulary
from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.integration  # every test here needs the running stack


def test_staff_filters_share_copy_and_name_a_bad_place(context, page, site):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.web_url)
    page.goto(site.web_url + "/staff")
    expect(page.get_by_label("Need")).to_contain_text("Peer support")
    page.get_by_label("Need").select_option("peer_support")
    page.get_by_label("Place").fill("Bradford")
    page.get_by_label("Language spoken").select_option("ur")
    page.get_by_label("Walk in").check()
    page.get_by_role("button", name="Search").click()
    result = page.locator(".service", has_text="Bradford Peer Circle")
    expect(result).to_be_visible()
    expect(result).to_contain_text("example listing")
    expect(result).to_contain_text("Manningham Hall")
    expect(page.get_by_role("status").first).to_contain_text("in or covering Bradford")
    query = parse_qs(urlparse(page.url).query)
    assert query == {"taxonomy_term_id": ["peer_support"], "postcode": ["Bradford"], "language": ["ur"], "referral": ["walk_in"]}

    result.get_by_role("button", name="Copy contact details").click()
    expect(result.get_by_role("button", name="Copied")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Bradford Peer Circle (example listing") and "BD8 7AA" in copied
    assert serious_violations(page) == []

    shared = context.new_page()  # the address is the search
    shared.goto(page.url)
    expect(shared.locator(".service", has_text="Bradford Peer Circle")).to_be_visible()
    expect(shared.get_by_label("Walk in")).to_be_checked()

    page.get_by_label("Need").select_option("")
    page.get_by_label("Language spoken").select_option("")
    page.get_by_label("Walk in").uncheck()
    page.get_by_label("Place").fill("SW9")
    page.get_by_label("Crisis alternatives (crisis cafes, safe havens, crisis houses)").check()
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".service")).to_have_count(1)
    expect(page.locator(".service").first).to_contain_text("Stockwell Crisis Cafe")
    expect(page.locator(".service").first).to_contain_text("Crisis alternative")

    page.get_by_label("Place").fill("Atlantis")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("alert")).to_contain_text("no place in England matches 'Atlantis'")
    expect(page.get_by_label("Place")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Place")).to_be_focused()
    assert serious_violations(page) == []


def test_the_staff_pages_lists_are_the_vocabulary_from_the_api(page, site):
    """The page writes no code list of its own: its options are the module's, through /api/vocabulary."""
    page.goto(site.web_url + "/staff")
    expect(page.get_by_label("Need")).to_contain_text("Peer support")

    def values(selector):
        return tuple(page.eval_on_selector_all(selector, "found => found.map(e => e.value).filter(Boolean)"))

    assert values("#f-gender option") == vocabulary.GENDER_FILTERS
    assert values("#f-fees option") == vocabulary.FEE_FILTERS
    assert values("#f-faith option") == vocabulary.FAITHS
    assert values("input[name=referral]") == vocabulary.REFERRALS
    assert values("#communities option") == vocabulary.COMMUNITIES
    spoken = page.request.get(site.web_url + "/api/vocabulary").json()["parameters"]["language"]
    assert values("#f-language option") == tuple(language["code"] for language in spoken)
    expect(page.get_by_label("Cost")).to_contain_text("Free or low cost")
    expect(page.get_by_label("Refer yourself")).to_be_visible()


def test_embedding_page_builds_the_snippet_and_a_live_preview(page, site):
    page.goto(site.web_url + "/embed")
    page.get_by_label("Language").select_option("so")
    page.get_by_label("Area").fill("Leeds")
    page.get_by_label("Area").press("Tab")
    expect(page.locator("#e-area-msg")).to_contain_text("Found: Leeds")
    page.get_by_label("Your services").fill("Chapeltown")
    page.get_by_role("button", name="Add Chapeltown Women's Wellbeing Group").click()
    expect(page.get_by_role("list", name="Services shown first")).to_contain_text("Chapeltown Women's Wellbeing Group")
    snippet = page.locator("#snippet")
    expect(snippet).to_contain_text('data-services="test-leeds-womens-group"')
    expect(snippet).to_contain_text('data-language="so"')
    expect(snippet).to_contain_text('data-area="Leeds"')
    expect(snippet).to_contain_text(site.web_url + "/widget.js")
    preview = page.frame_locator("iframe.preview")
    expect(preview.get_by_role("button", name="Ka bax dhakhso")).to_be_visible()
    page.get_by_label("Area").fill("Atlantis")
    page.get_by_label("Area").press("Tab")
    expect(page.locator("#e-area-msg")).to_contain_text("no place in England matches 'Atlantis'")
    assert serious_violations(page) == []
