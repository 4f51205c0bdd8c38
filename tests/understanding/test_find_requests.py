"""Every request of the find-request probe set (find_requests.yml) yields exactly its entities.

A miss (an expected need, place, language, community, gender or faith not found) or a false find
(a phrase read as a value the request does not mean) fails the case. The per-language precision and
recall: `.venv/bin/python -m tests.understanding.find_requests`.
"""
from __future__ import annotations

import pytest

from signpost.understanding.vocabulary import CLOSED_VALUES

from .find_requests import SCORED, Case, load_cases, score

CASES = load_cases()


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(reason=case.known_gap, strict=True)) if case.known_gap else case
        for case in CASES
    ],
    ids=[case.id for case in CASES],
)
def test_find_request(case: Case):
    _, missed, wrong = score(case)
    assert (missed, wrong) == ([], []), case.text


def test_every_language_is_probed_about_every_scored_entity():
    languages = {case.language for case in CASES}
    assert languages == {"en", "ur", "bn", "pa", "gu", "ta", "ar", "so", "pl", "ro", "pt", "zh"}
    for language in languages - {"en"}:
        cases = [case for case in CASES if case.language == language]
        assert len(cases) >= 5, language
        for entity in ("need", "place", "service_language", "gender"):
            assert any(case.expected[entity] for case in cases), f"{language}: no case expects {entity}"


def test_expected_values_are_real_codes():
    for case in CASES:
        for entity in SCORED:
            for value in case.expected[entity]:
                if entity in CLOSED_VALUES:
                    assert value in CLOSED_VALUES[entity], f"{case.id}: {entity} {value!r}"


def test_the_scorer_counts_misses_and_false_finds():
    right = Case("en", "a group in Leeds", {**{e: () for e in SCORED}, "need": ("peer_support",), "place": ("Leeds",)})
    result, missed, wrong = score(right)
    assert (missed, wrong, result.precision, result.recall) == ([], [], 1.0, 1.0)
    wrong_place = Case("en", "a group in Leeds", {**{e: () for e in SCORED}, "need": ("helpline",), "place": ("York",)})
    result, missed, wrong = score(wrong_place)
    assert missed == ["need=helpline", "place=York"]
    assert wrong == ["need=community_group|peer_support 'group'", "place=Leeds 'Leeds'"]
    assert (result.precision, result.recall) == (0.0, 0.0)


def test_a_malformed_probe_is_refused(tmp_path):
    path = tmp_path / "probes.yml"
    path.write_text("cases:\n  - {lang: ur, txt: typo}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="case 1: needs lang and text"):
        load_cases(path)
