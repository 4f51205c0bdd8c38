"""The find-request probe set (find_requests.yml): loading it and scoring extract_entities on it.

Scoring is per found phrase, not per value: a phrase the lexicon reads as several values of one
entity ("group" -> community_group + peer_support) is one unit, right when any of its values is
expected. An expected value is recalled when some unit carries it.

    .venv/bin/python -m tests.understanding.find_requests      # precision/recall per language
    .venv/bin/python -m tests.understanding.find_requests -v   # and every miss and false find
"""
from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Set, Tuple

import yaml

from signpost.understanding import extract_entities
from signpost.understanding.vocabulary import ENTITIES

PROBES = Path(__file__).with_name("find_requests.yml")
SCORED = ("need", "place", "service_language", "community", "gender", "faith")


@dataclass(frozen=True)
class Case:
    language: str
    text: str
    expected: Dict[str, Tuple[str, ...]]
    known_gap: str = ""

    @property
    def id(self) -> str:
        return f"{self.language}:{self.text[:40]}"


@dataclass
class Score:
    units: int = 0
    correct_units: int = 0
    expected: int = 0
    recalled: int = 0

    def add(self, other: "Score") -> None:
        self.units += other.units
        self.correct_units += other.correct_units
        self.expected += other.expected
        self.recalled += other.recalled

    @property
    def precision(self) -> float:
        return self.correct_units / self.units if self.units else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.expected if self.expected else 1.0


def load_cases(path: Path = PROBES) -> List[Case]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = []
    for number, raw in enumerate(document["cases"], 1):
        unknown = set(raw) - {"lang", "text", "known_gap", *SCORED}
        if unknown or "lang" not in raw or not isinstance(raw.get("text"), str):
            raise ValueError(f"{path}: case {number}: needs lang and text, may have {SCORED}; got {sorted(raw)}")
        languages = raw["lang"] if isinstance(raw["lang"], list) else [raw["lang"]]
        expected = {entity: tuple(str(v) for v in raw.get(entity) or ()) for entity in SCORED}
        for language in languages:
            cases.append(Case(language, raw["text"], expected, str(raw.get("known_gap") or "")))
    assert set(SCORED) <= set(ENTITIES)
    return cases


def units_of(case: Case) -> Dict[Tuple[str, int, int], Set[str]]:
    """What extract_entities finds in the case, as {(entity, start, end): values}, scored entities only."""
    units: Dict[Tuple[str, int, int], Set[str]] = defaultdict(set)
    for found in extract_entities(case.text, language=case.language):
        if found.entity in SCORED:
            units[found.entity, found.start, found.end].add(found.value)
    return units


def score(case: Case) -> Tuple[Score, List[str], List[str]]:
    """(score, expected values not found, found phrases that are wrong) for one case."""
    units = units_of(case)
    result = Score()
    wrong = []
    for (entity, start, end), values in sorted(units.items(), key=lambda item: item[0][1]):
        result.units += 1
        if values & set(case.expected[entity]):
            result.correct_units += 1
        else:
            wrong.append(f"{entity}={'|'.join(sorted(values))} {case.text[start:end]!r}")
    missed = []
    for entity, values in case.expected.items():
        carried = set().union(*(v for (e, _, _), v in units.items() if e == entity)) if units else set()
        for value in values:
            result.expected += 1
            if value in carried:
                result.recalled += 1
            else:
                missed.append(f"{entity}={value}")
    return result, missed, wrong


def report(verbose: bool = False) -> Dict[str, Score]:
    by_language: Dict[str, Score] = defaultdict(Score)
    for case in load_cases():
        result, missed, wrong = score(case)
        by_language[case.language].add(result)
        if verbose and (missed or wrong):
            print(f"[{case.language}] {case.text}\n    missed: {missed}\n    wrong:  {wrong}")
    total = Score()
    print(f"{'lang':6}{'precision':>10}{'recall':>8}{'F1':>7}   units  expected")
    for language, result in sorted(by_language.items()):
        total.add(result)
        _line(language, result)
    _line("all", total)
    return dict(by_language)


def _line(language: str, result: Score) -> None:
    p, r = result.precision, result.recall
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{language:6}{p:10.2f}{r:8.2f}{f1:7.2f}   {result.units:5}  {result.expected:8}")


if __name__ == "__main__":
    report(verbose="-v" in sys.argv[1:])
