"""Closure and wrong-information reports reach the people who keep the registry."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from signpost.cli import main
from signpost.conversation import render
from signpost.registry import Registry, SearchQuery, reports
from signpost.registry.feedback import FeedbackStore, listing_feedback
from signpost.registry.opening import LONDON

from .conftest import service, write_yaml, document

TODAY = date.today()
NOW = datetime.now(LONDON)


@pytest.fixture
def store(tmp_path):
    opened = FeedbackStore(f"sqlite:///{tmp_path / 'feedback.db'}")
    yield opened
    opened.close()


@pytest.fixture
def reported(registry, store, tmp_path, gazetteer):
    """The test registry with three services, reopened to read closure reports from ``store``."""
    registry.load_file(write_yaml(tmp_path / "services.yml", document(
        service("alpha", name="A first"), service("bravo", name="B second"), service("charlie", name="C third"))))
    url = registry.engine.url.render_as_string(hide_password=False)
    return Registry.open(url, gazetteer=gazetteer, feedback_url=str(store.engine.url))


def report(store, service_id, reason, times, days_ago=0):
    for _ in range(times):
        store.record(service_id, reason, TODAY - timedelta(days=days_ago))


def found(registry) -> list[str]:
    return [s.id for s in registry.search(SearchQuery(limit=10, now=NOW)).services]


def test_repeated_closure_reports_flag_a_service_and_rank_it_last(reported, store):
    assert found(reported) == ["alpha", "bravo", "charlie"]
    report(store, "alpha", "closed", reports.CLOSURE_REPORTS - 1)
    report(store, "bravo", "wrong", 5)
    reported.refresh_closure_flags()
    assert found(reported) == ["alpha", "bravo", "charlie"]  # below the threshold, and wrong-info does not count
    report(store, "alpha", "closed", 1, days_ago=3)
    reported.refresh_closure_flags()
    assert found(reported) == ["bravo", "charlie", "alpha"]
    alpha = reported.get_service("alpha")
    assert alpha.reported_closed and alpha.to_payload()["reported_closed"] is True
    assert "Reported as closed: we are checking this." in render.card(alpha, 1, NOW, "en")


def test_reports_older_than_the_period_do_not_flag(reported, store):
    report(store, "alpha", "closed", reports.CLOSURE_REPORTS, days_ago=reports.CLOSURE_PERIOD_DAYS)
    reported.refresh_closure_flags()
    assert not reported.closure_flags().reported


def test_a_review_clears_or_confirms_the_flag_and_survives_a_reload(reported, store, tmp_path):
    report(store, "alpha", "closed", reports.CLOSURE_REPORTS)
    reported.refresh_closure_flags()
    assert found(reported)[-1] == "alpha"
    reported.review("alpha", "open")
    assert found(reported) == ["alpha", "bravo", "charlie"]
    reported.review("bravo", "closed")
    assert found(reported) == ["alpha", "charlie"]
    reported.load_file(tmp_path / "services.yml")  # the keepers' reviews are not part of the file
    assert reported.reviews()["bravo"][0] == "closed"
    assert found(reported) == ["alpha", "charlie"]
    with pytest.raises(KeyError):
        reported.review("nobody", "open")
    with pytest.raises(ValueError):
        reported.review("alpha", "maybe")


def test_nothing_about_the_reporter_is_kept(store):
    assert set(listing_feedback.c.keys()) == {"service_id", "reason", "day", "count"}


def test_reports_command_lists_per_organization_and_service(reported, store, capsys):
    report(store, "alpha", "closed", reports.CLOSURE_REPORTS)
    report(store, "bravo", "wrong", 2, days_ago=1)
    url = reported.engine.url.render_as_string(hide_password=False)
    assert main(["registry", "reports", "--db", url, "--feedback-db", str(store.engine.url)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("reports since ")
    assert "2 services" in out.splitlines()[0]
    assert "Test Community Trust [test-trust]" in out
    assert "A first [alpha] REPORTED CLOSED, BEING CHECKED (closed: 3; wrong information: 0;" in out
    assert "B second [bravo] (closed: 0; wrong information: 2;" in out

    assert main(["registry", "review", "alpha", "open", "--db", url]) == 0
    assert "alpha: reviewed open" in capsys.readouterr().out
    assert main(["registry", "reports", "--db", url, "--feedback-db", str(store.engine.url)]) == 0
    out = capsys.readouterr().out
    assert "REPORTED CLOSED" not in out and f"reviewed open on {TODAY.isoformat()}" in out
    assert main(["registry", "review", "nobody", "open", "--db", url]) == 1


def test_reading_a_missing_store_creates_nothing(tmp_path):
    assert reports.read_reports(f"sqlite:///{tmp_path / 'none.db'}") == []
    assert not (tmp_path / "none.db").exists()
