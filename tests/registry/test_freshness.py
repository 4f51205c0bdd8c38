"""Freshness: current, due for a check (6 months), stale (12 months: not offered to residents)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from signpost.conversation import render
from signpost.registry import SearchQuery, freshness
from signpost.registry.opening import LONDON

from .conftest import service

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=LONDON)


@pytest.mark.parametrize(
    "assured, expected",
    [
        (date(2026, 12, 6), freshness.CURRENT),
        (date(2026, 6, 6), freshness.CURRENT),
        (date(2026, 6, 5), freshness.DUE),
        (date(2025, 12, 6), freshness.DUE),
        (date(2025, 12, 5), freshness.STALE),
        (date(2015, 3, 1), freshness.STALE),
        (None, freshness.DUE),
    ],
)
def test_states_at_six_and_twelve_months(assured, expected):
    assert freshness.state(assured, date(2026, 12, 6)) == expected


def test_the_thresholds_are_configurable(monkeypatch):
    monkeypatch.setenv("SIGNPOST_DUE_MONTHS", "3")
    monkeypatch.setenv("SIGNPOST_STALE_MONTHS", "9")
    assert freshness.state(date(2026, 8, 1), date(2026, 12, 6)) == freshness.DUE
    assert freshness.state(date(2026, 3, 1), date(2026, 12, 6)) == freshness.STALE
    monkeypatch.setenv("SIGNPOST_STALE_MONTHS", "2")
    with pytest.raises(ValueError, match="must be more than SIGNPOST_DUE_MONTHS"):
        freshness.stale_months()


def test_months_before_keeps_to_the_end_of_short_months():
    assert freshness.months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert freshness.months_before(date(2026, 3, 15), 12) == date(2025, 3, 15)


def found(registry, **query) -> list[str]:
    return [s.id for s in registry.search(SearchQuery(limit=50, now=NOW, **query)).services]


def test_stale_records_are_not_offered_but_staff_can_see_them(load):
    registry = load(
        service("fresh", assured_date="2026-11-01"),
        service("due", assured_date="2026-03-01"),
        service("stale", assured_date="2025-06-01"),
    )
    assert set(found(registry)) == {"fresh", "due"}
    assert set(found(registry, include_stale=True)) == {"fresh", "due", "stale"}
    views = {s.id: s for s in registry.search(SearchQuery(limit=50, now=NOW, include_stale=True)).services}
    assert {key: view.freshness for key, view in views.items()} == {
        "fresh": "current", "due": "due", "stale": "stale"}
    assert views["stale"].to_payload()["freshness"] == "stale"
    assert registry.get_service("stale").freshness == "stale"  # staff look-ups still find it


def test_the_card_says_when_a_due_record_was_last_checked(load):
    registry = load(service("fresh", assured_date="2026-11-01"), service("due", assured_date="2026-03-04"))
    views = {s.id: s for s in registry.search(SearchQuery(limit=50, now=NOW)).services}
    assert "last checked" not in render.card(views["fresh"], 1, NOW, "en")
    assert "Details last checked March 2026." in render.card(views["due"], 1, NOW, "en")
    assert "2026年3月" in render.card(views["due"], 1, NOW, "zh")
    payload = render.services_payload([views["due"], views["fresh"]], "en", now=NOW)
    assert [card["checked"] for card in payload["services"]] == ["Details last checked March 2026.", None]
    assert payload["services"][0]["freshness"] == "due"
    assert payload["services"][0]["assured_date"] == "2026-03-04"


def test_due_lists_records_by_organization_with_contacts(load, capsys):
    from signpost.cli import main

    registry = load(
        service("fresh", assured_date="2026-11-01"),
        service("due-one", assured_date="2026-03-01", email="hello@example.org",
                phones=[{"number": "020 7946 0101", "type": "voice"}], sources=["https://example.org/due"]),
        service("gone-stale", assured_date="2025-06-01"),
    )
    url = registry.engine.url.render_as_string(hide_password=False)
    assert main(["registry", "due", "--db", url, "--today", "2026-12-06"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("2 records due for a check")
    assert "Test Community Trust [test-trust]" in out
    assert "Due One [due-one] (due; last checked 2026-03-01)" in out
    assert "voice: 020 7946 0101" in out and "email: hello@example.org" in out
    assert "source: https://example.org/due" in out
    assert "Gone Stale [gone-stale] (STALE; last checked 2025-06-01)" in out
    assert "[fresh]" not in out


def test_search_command_shows_stale_records_only_when_asked_and_marks_them(load, capsys):
    from signpost.cli import main

    registry = load(service("gone-stale", assured_date="2025-06-01"))
    url = registry.engine.url.render_as_string(hide_password=False)
    assert main(["registry", "search", "--db", url]) == 0
    assert "[gone-stale]" not in capsys.readouterr().out
    assert main(["registry", "search", "--db", url, "--include-stale"]) == 0
    out = capsys.readouterr().out
    assert "Gone Stale [gone-stale] (Test Community Trust;" in out and "STALE, last checked 2025-06-01" in out


def test_a_record_with_a_check_note_is_due_whatever_its_date(load, capsys):
    from signpost.cli import main

    registry = load(
        service("fresh", assured_date="2026-11-01"),
        service("noted", assured_date="2026-12-01", check_note="Hours from a 2019 page: confirm them."),
    )
    assert registry.get_service("noted").check_note == "Hours from a 2019 page: confirm them."
    assert registry.get_service("fresh").check_note is None
    url = registry.engine.url.render_as_string(hide_password=False)
    assert main(["registry", "due", "--db", url, "--today", "2026-12-06"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("1 record due for a check")
    assert "Noted [noted] (current; last checked 2026-12-01)" in out
    assert "check: Hours from a 2019 page: confirm them." in out
    assert "[fresh]" not in out
    assert main(["registry", "due", "--stale-only", "--db", url, "--today", "2026-12-06"]) == 0
    assert "[noted]" not in capsys.readouterr().out


def test_the_details_say_where_they_come_from_and_when_in_every_language(load):
    from signpost import i18n
    from signpost.understanding.language import SUPPORTED

    registry = load(
        service("plain", assured_date="2026-11-01"),
        service("sourced", assured_date="2026-11-01", sources=["https://example.org/about"]),
        service("noted", assured_date="2026-11-01", sources=["https://example.org/about"],
                check_note="Hours from a 2019 page: confirm them."),
    )
    views = {s.id: s for s in registry.search(SearchQuery(limit=50, now=NOW)).services}
    sourced = render.details(views["sourced"], NOW, "en")
    assert "Details from the service's public pages, checked November 2026: call before you go." in sourced
    assert "last checked with the service" not in sourced and "out of date" not in sourced
    assert "Details last checked with the service on" in render.details(views["plain"], NOW, "en")
    noted = render.details(views["noted"], NOW, "en")
    assert noted.endswith("call before you go.\nSome details may be out of date.")
    payload = render.services_payload([views["noted"]], "so", now=NOW)
    assert "confirm them" not in repr(payload)  # residents' cards carry no English note
    for language in SUPPORTED:
        text = render.details(views["noted"], NOW, language)
        assert "2019" not in text and "confirm" not in text  # the note itself is for staff, in English
        assert i18n.t("details.check_note", language) in text
        month = render.month_year(date(2026, 11, 1), language)
        assert i18n.t("details.from_sources", language, month=month) in text
