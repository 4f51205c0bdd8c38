"""The held-out NLU examples (tests/nlu) stay apart from the training data (data/nlu)."""
from pathlib import Path

import pytest

from tests.safety.test_training_examples import examples_by_intent

ROOT = Path(__file__).resolve().parent.parent
TRAINING = {p.stem: p for p in sorted((ROOT / "data" / "nlu").glob("*.yml"))}
HELD_OUT = {p.stem: p for p in sorted((ROOT / "tests" / "nlu").glob("*.yml"))}


def normalised(texts):
    return {" ".join(t.casefold().split()) for t in texts}


def test_every_language_has_training_and_held_out_examples():
    assert len(TRAINING) == 12
    assert set(HELD_OUT) == set(TRAINING)


@pytest.mark.parametrize("lang", sorted(HELD_OUT))
def test_no_held_out_example_is_trained_on(lang):
    trained = normalised(t for texts in examples_by_intent(TRAINING[lang]).values() for t in texts)
    held_out = examples_by_intent(HELD_OUT[lang])
    leaked = sorted(normalised(t for texts in held_out.values() for t in texts) & trained)
    assert leaked == [], f"tests/nlu/{lang}.yml examples also in data/nlu/{lang}.yml: {leaked}"


@pytest.mark.parametrize("lang", sorted(HELD_OUT))
def test_held_out_intents_are_ones_the_model_learns(lang):
    unknown = set(examples_by_intent(HELD_OUT[lang])) - set(examples_by_intent(TRAINING[lang]))
    assert not unknown, f"tests/nlu/{lang}.yml has intents with no training examples: {sorted(unknown)}"
