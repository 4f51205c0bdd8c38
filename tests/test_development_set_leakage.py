"""No training or lexicon data copies a development or evaluation message (tests/leakage.py says how)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
import yaml

from signpost.safety.risk_data import read_fresh_set
from tests.leakage import (CONVERSATION_SETS, FRESH_RISK_SET, case_messages, comparable, copied,
                           development_fingerprints, fingerprint)
from tests.understanding.training_data import ENTITY_ANNOTATION

ROOT = Path(__file__).resolve().parents[1]
# What trains or tunes anything: the training data, lexicons and risk data under data/, and the
# crisis set the safety layers were developed on.
DATA_FILES = sorted((ROOT / "data").rglob("*.yml")) + [ROOT / "tests" / "safety" / "crisis_eval.yml"]


def strings(node) -> Iterator[str]:
    """Every string in a YAML document; Rasa's example blocks ("- text" lines) one line at a time."""
    if isinstance(node, str):
        for line in node.splitlines():
            line = line.strip()
            yield line[2:] if line.startswith("- ") else line
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def plain(text: str) -> str:
    """An annotated example as it reads: "[Leeds](place)" -> "Leeds"."""
    return ENTITY_ANNOTATION.sub(lambda m: m.group("entity_text"), text)


def test_the_fingerprint_file_covers_both_development_sets():
    assert len(development_fingerprints()) >= 150


def test_fingerprints_ignore_case_spacing_and_punctuation():
    assert fingerprint("Is there a group in Leeds?") == fingerprint("is  there a GROUP in leeds")
    assert fingerprint("hi there") is None


# A lexicon lists the words people use ("is it free", "એ મફત છે"): a three-word question that equals
# one of its cue phrases is the vocabulary, not a copied case, so lexicons are compared from 4 words.
LEXICON_DIRECTORY = ROOT / "data" / "lexicon"
LEXICON_MINIMUM_WORDS = 4


def compared(path: Path, texts: Iterator[str]) -> Iterator[str]:
    if path.parent != LEXICON_DIRECTORY:
        return texts
    return (text for text in texts if len(comparable(text).split()) >= LEXICON_MINIMUM_WORDS)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_data_file_copies_a_development_message(path):
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert copied(compared(path, (plain(text) for text in strings(document)))) == []


def test_a_lexicon_cue_phrase_is_compared_only_from_four_words():
    lexicon = LEXICON_DIRECTORY / "en.yml"
    assert list(compared(lexicon, iter(["is it free", "is it free on sundays"]))) == ["is it free on sundays"]
    assert list(compared(ROOT / "data" / "nlu" / "en.yml", iter(["is it free"]))) == ["is it free"]


def test_the_evaluation_sets_in_this_repository_are_covered():
    known = development_fingerprints()
    for path in CONVERSATION_SETS:
        assert all(fingerprint(m) in known for m in case_messages(path) if fingerprint(m)), path
    assert all(fingerprint(m["text"]) in known for m in read_fresh_set(FRESH_RISK_SET) if fingerprint(m["text"]))
