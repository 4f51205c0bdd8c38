"""Browser tests: Debian's headless Chromium, driven by Playwright, against the running stack
(Rasa server, action server and web app on free ports, over the test registry).

Never `playwright install`: the browser is /usr/bin/chromium from apt (`.ci/run` installs it).
The only thing mocked is the outside world: quick exit's neutral site is answered locally.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from signpost.ops.stack import MODEL, Stack, free_port

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("SIGNPOST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EXIT_SITE = "https://www.bbc.co.uk/weather"
SERIOUS = ("serious", "critical")


@pytest.fixture(scope="package")
def site(tmp_path_factory):
    """The whole stack with its web app, stopped when the browser tests are done."""
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: `make test` trains it first")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (see .ci/run)")
    work = tmp_path_factory.mktemp("browser-stack")
    stack = Stack(
        rasa_port=free_port(), action_port=free_port(), web_port=free_port(), with_actions=True,
        env={"SIGNPOST_REGISTRY": str(ROOT / "tests" / "data" / "registry.yml"),
             "SIGNPOST_DATABASE_URL": f"sqlite:///{work / 'registry.db'}",
             "SIGNPOST_FEEDBACK_DATABASE_URL": f"sqlite:///{work / 'feedback.db'}"},
        log_dir=work,
    )
    stack.start()
    stack.feedback_db = work / "feedback.db"
    yield stack
    stack.stop()


@pytest.fixture(scope="package")
def browser():
    """Package-scoped: Playwright's sync API keeps an event loop running while it is open, which
    would break asyncio.run() in the test packages collected after this one."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def context(browser, site):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="en-GB",
                                  reduced_motion="reduce")
    context.set_default_timeout(15_000)
    context.route(EXIT_SITE + "*", lambda route: route.fulfill(
        status=200, content_type="text/html", body="<!doctype html><title>Weather</title><h1>Weather</h1>"))
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


def serious_violations(page) -> list[dict]:
    """axe-core (bundled by axe-playwright-python) over the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"],
         "targets": [node["target"] for node in v["nodes"]][:5]}
        for v in results.response["violations"] if v["impact"] in SERIOUS
    ]


def feedback_rows(site) -> list[tuple]:
    if not site.feedback_db.exists():
        return []
    with sqlite3.connect(site.feedback_db) as connection:
        return connection.execute("select service_id, reason, count from listing_feedback").fetchall()
