"""The test sets (tests/nlu, the held-out split; tests/nlu_fresh, written after training froze) stay
apart from the training data (data/nlu)."""
from pathlib import Path

import pytest

from tests.understanding.training_data import load_examples

ROOT = Path(__file__).resolve().parent.parent
TRAINING = {p.stem: p for p in sorted((ROOT / "data" / "nlu").glob("*.yml"))}
HELD_OUT = {p.stem: p for p in sorted((ROOT / "tests" / "nlu").glob("*.yml"))}
FRESH = {p.stem: p for p in sorted((ROOT / "tests" / "nlu_fresh").glob("*.yml"))}
TEST_SETS = [(path, lang) for sets in (HELD_OUT, FRESH) for lang, path in sets.items()]


def normalised(texts):
    return {" ".join(t.casefold().split()) for t in texts}


def test_every_language_has_training_and_held_out_examples():
    assert len(TRAINING) == 12
    assert set(HELD_OUT) == set(TRAINING)


def test_the_fresh_test_set_covers_every_language():
    assert set(FRESH) == set(TRAINING)


@pytest.mark.parametrize("path, lang", TEST_SETS, ids=[f"{p.parent.name}/{lang}" for p, lang in TEST_SETS])
def test_no_test_example_is_trained_on(path, lang):
    trained = normalised(e.text for e in load_examples(TRAINING[lang]))
    leaked = sorted(normalised(e.text for e in load_examples(path)) & trained)
    assert leaked == [], f"{path.relative_to(ROOT)} examples also in data/nlu/{lang}.yml: {leaked}"


@pytest.mark.parametrize("path, lang", TEST_SETS, ids=[f"{p.parent.name}/{lang}" for p, lang in TEST_SETS])
def test_tested_intents_are_ones_the_model_learns(path, lang):
    unknown = {e.intent for e in load_examples(path)} - {e.intent for e in load_examples(TRAINING[lang])}
    assert not unknown, f"{path.relative_to(ROOT)} has intents with no training examples: {sorted(unknown)}"
