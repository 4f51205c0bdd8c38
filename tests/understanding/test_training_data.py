"""data/nlu/<lang>.yml and data/lexicon/<lang>.yml keep each other honest, in every language.

Every annotated example must be annotated with exactly what extract_entities finds in it (with
the real gazetteer), so a lexicon change that breaks a training example, or an example annotated
with a value the lexicon would never produce, fails here.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from signpost.geography import load_gazetteer
from signpost.understanding import extract_entities
from signpost.understanding.vocabulary import ENTITIES

from .training_data import load_examples, parse_example, spans

ROOT = Path(__file__).resolve().parents[2]
NLU_FILES = sorted((ROOT / "data" / "nlu").glob("*.yml"))
# One example in five is held out of training (tests/nlu/<lang>.yml) to measure the model; the
# minimums below are about what was written for a language, so they count both.
HELD_OUT_DIR = ROOT / "tests" / "nlu"

INTENTS = {
    "greet", "goodbye", "thank", "affirm", "deny", "find_service", "inform", "more_results",
    "service_details", "ask_police", "ask_anonymous", "ask_referral",
    "ask_capabilities", "ask_human", "ask_clinical", "crisis", "out_of_scope",
    "start_over", "change_language",
}
MINIMUM_EXAMPLES = {"find_service": 60, "inform": 60, "crisis": 50}
# Other languages: at least 20 examples an intent, more for the ones that carry the most.
OTHER_LANGUAGE_MINIMUM_EXAMPLES = {"find_service": 40, "inform": 30, "crisis": 30}
# Everyday words that are not a risk disclosure must be taught as searches, not as crises.
FALSE_ALARM_WORDS = re.compile(r"\b(kill\w*|dying|died|dead|crisis|sectioned|a&e|suicid\w*)\b", re.I)


@pytest.fixture(scope="module", params=NLU_FILES, ids=lambda path: path.stem)
def nlu_file(request):
    return request.param


@pytest.fixture(scope="module")
def examples(nlu_file):
    return load_examples(nlu_file)


def test_the_annotation_reader_follows_rasas_grammar():
    example = parse_example(
        "inform",
        'a [group][{"entity": "need", "value": "community_group"}, {"entity": "need", "value": "peer_support"}]'
        ' in [Leeds](place) in [Urdu]{"entity": "service_language", "value": "ur"} [x](e:v)',
    )
    assert example.text == "a group in Leeds in Urdu x"
    assert example.entities == (
        ("need", "community_group", 2, 7),
        ("need", "peer_support", 2, 7),
        ("place", "Leeds", 11, 16),
        ("service_language", "ur", 20, 24),
        ("e", "v", 25, 26),
    )


def _written(examples, nlu_file):
    held_out = HELD_OUT_DIR / nlu_file.name
    return examples + (load_examples(held_out) if held_out.exists() else [])


def test_every_intent_has_enough_examples(examples, nlu_file):
    counts = Counter(example.intent for example in _written(examples, nlu_file))
    assert set(counts) == INTENTS
    minimum, default = (MINIMUM_EXAMPLES, 25) if nlu_file.stem == "en" else (OTHER_LANGUAGE_MINIMUM_EXAMPLES, 20)
    for intent in INTENTS:
        assert counts[intent] >= minimum.get(intent, default), f"{intent}: only {counts[intent]} examples"


def test_no_example_is_listed_twice(examples):
    counts = Counter(example.text.lower() for example in examples)
    assert [text for text, count in counts.items() if count > 1] == []


def test_searches_with_alarming_everyday_words_are_taught(examples, nlu_file):
    if nlu_file.stem != "en":
        pytest.skip("the alarming everyday words listed here are English")
    tricky = [e for e in _written(examples, nlu_file) if e.intent == "find_service" and FALSE_ALARM_WORDS.search(e.text)]
    assert len(tricky) >= 30


def test_annotations_name_known_entities_and_carry_no_values(examples):
    """A value in an annotation is a Rasa synonym; the lexicon is the one place values live, and the
    same words mean different values in different messages (so synonyms would conflict)."""
    problems = []
    for example in examples:
        for entity, value, start, end in example.entities:
            if entity not in ENTITIES:
                problems.append(f"{example.annotated}: unknown entity {entity!r}")
            elif value != example.text[start:end]:
                problems.append(f"{example.annotated}: {entity} carries the value {value!r} (a synonym)")
    assert problems == []


def test_no_words_are_two_synonyms_across_the_training_data():
    values: dict = {}
    for path in NLU_FILES:
        for example in load_examples(path):
            for entity, value, start, end in example.entities:
                if value != example.text[start:end]:  # Rasa reads such an annotation as a synonym
                    values.setdefault(example.text[start:end], set()).add(value)
    assert {words: found for words, found in values.items() if len(found) > 1} == {}


def test_annotations_are_what_extract_entities_finds(examples, nlu_file):
    gazetteer = load_gazetteer()
    disagreements = []
    for example in examples:
        found = spans(extract_entities(example.text, language=nlu_file.stem, gazetteer=gazetteer))
        annotated = spans(example.entities)
        if found != annotated:
            only_found = [f"{e} {example.text[s:t]!r}" for e, s, t in found if (e, s, t) not in annotated]
            only_annotated = [f"{e} {example.text[s:t]!r}" for e, s, t in annotated if (e, s, t) not in found]
            disagreements.append(
                f"[{example.intent}] {example.text}\n"
                f"    found, not annotated: {only_found}\n    annotated, not found: {only_annotated}"
            )
    assert not disagreements, f"{len(disagreements)} of {len(examples)} examples disagree:\n" + "\n".join(disagreements)


def test_reannotating_writes_what_extract_entities_finds():
    from .training_data import reannotate

    source = (
        "nlu:\n  - intent: find_service\n    examples: |\n"
        "      - a group in Leeds\n"
        "      - [counselling](need) please\n"
    )
    text, changed = reannotate(source, "en")
    assert changed == 1  # the second line already agrees and is kept byte for byte
    assert text.splitlines()[3] == "      - a [group](need) in [Leeds](place)"
    assert text.splitlines()[4] == source.splitlines()[4]
    again, changed = reannotate(text, "en")
    assert (again, changed) == (text, 0)
