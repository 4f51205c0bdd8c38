"""The deterministic safety layer agrees with the NLU training data in every language.

The DIET classifier and detect_risk each trigger the crisis response on their own, so anything a
person could say that the training data calls a crisis must also be caught without the model:
  - every `crisis` example of data/nlu/<lang>.yml and of the held-out tests/nlu/<lang>.yml is
    found by detect_risk;
  - every `ask_clinical` example is found by detect_risk or detect_clinical_request;
  - detect_risk raises a false alarm on fewer than 3% of the examples of all other intents, and so
    does detect_clinical_request (a search wrongly refused as a clinical question gets no services).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List

import pytest
import yaml

from signpost.safety import default_lexicons
from signpost.safety.evaluate import MAX_FALSE_ALARM_RATE

ROOT = Path(__file__).resolve().parents[2]
NLU_FILES = sorted((ROOT / "data" / "nlu").glob("*.yml")) + sorted((ROOT / "tests" / "nlu").glob("*.yml"))

# Rasa's annotations: [text](entity), [text](entity:value), [text]{"entity": ...}, [text][{...}, {...}]
ENTITY_ANNOTATION = re.compile(r"\[(?P<text>[^\]]+?)\](?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\])")


def plain_text(annotated: str) -> str:
    """An annotated Rasa example as the person typed it."""
    return ENTITY_ANNOTATION.sub(lambda match: match.group("text"), annotated)


def examples_by_intent(path: Path) -> Dict[str, List[str]]:
    """Plain-text examples of every intent in a Rasa NLU file; errors name the file and block."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or not isinstance(document.get("nlu"), list):
        raise ValueError(f"{path}: expected a mapping with an 'nlu' list")
    found: Dict[str, List[str]] = {}
    for number, block in enumerate(document["nlu"], start=1):
        if not isinstance(block, dict) or "intent" not in block:
            continue  # synonym, regex and lookup blocks
        examples = block.get("examples")
        if isinstance(examples, str):
            lines = [line.strip()[2:] for line in examples.splitlines() if line.strip().startswith("- ")]
        elif isinstance(examples, list):
            lines = [item["text"] if isinstance(item, dict) else item for item in examples]
        else:
            raise ValueError(f"{path}: nlu block {number} (intent {block['intent']!r}) has no examples")
        found.setdefault(block["intent"], []).extend(plain_text(line).strip() for line in lines)
    return found


def all_examples() -> Dict[str, Dict[str, List[str]]]:
    """Per language and intent, the training and the held-out examples together."""
    merged: Dict[str, Dict[str, List[str]]] = {}
    for path in NLU_FILES:
        for intent, texts in examples_by_intent(path).items():
            merged.setdefault(path.stem, {}).setdefault(intent, []).extend(texts)
    return merged


EXAMPLES = all_examples()


def test_annotations_are_stripped_to_what_the_person_typed():
    annotated = ('a [group][{"entity": "need", "value": "community_group"}, {"entity": "need", "value": "peer_support"}]'
                 ' in [Leeds](place) in [Urdu]{"entity": "service_language", "value": "ur"} for [me](who:self)')
    assert plain_text(annotated) == "a group in Leeds in Urdu for me"


def test_examples_are_read_from_block_and_list_forms(tmp_path):
    path = tmp_path / "xx.yml"
    path.write_text('version: "3.1"\nnlu:\n'
                    '  - intent: crisis\n    examples: |\n      - i want to [die](x)\n      - second one\n'
                    '  - synonym: peer_support\n    examples: |\n      - peer\n'
                    '  - intent: greet\n    examples:\n      - text: hello\n', encoding="utf-8")
    assert examples_by_intent(path) == {"crisis": ["i want to die", "second one"], "greet": ["hello"]}


def test_training_data_is_there_to_check():
    assert "en" in EXAMPLES and len(EXAMPLES) >= 8
    for lang, intents in EXAMPLES.items():
        assert intents.get("crisis"), f"data/nlu/{lang}.yml has no crisis examples"


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_every_crisis_example_is_a_risk(lang):
    missed = [text for text in EXAMPLES[lang]["crisis"] if default_lexicons().detect_risk(text) is None]
    assert missed == [], f"{len(missed)} of {len(EXAMPLES[lang]['crisis'])} {lang} crisis examples missed"


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_every_clinical_example_is_refused(lang):
    lexicons = default_lexicons()
    clinical = EXAMPLES[lang].get("ask_clinical", [])
    missed = [text for text in clinical
              if lexicons.detect_risk(text) is None and lexicons.detect_clinical_request(text) is None]
    assert missed == [], f"{len(missed)} of {len(clinical)} {lang} ask_clinical examples missed"


def other_intents(lang: str) -> List[str]:
    return [text for intent, texts in EXAMPLES[lang].items() if intent not in ("crisis", "ask_clinical")
            for text in texts]


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_other_intents_rarely_raise_a_false_alarm(lang):
    others = other_intents(lang)
    alarms = []
    for text in others:
        signal = default_lexicons().detect_risk(text)
        if signal is not None:
            alarms.append(f"{signal.phrase_id}: {text}")
    assert others
    assert len(alarms) / len(others) < MAX_FALSE_ALARM_RATE, \
        f"{len(alarms)} false alarms in {len(others)} {lang} examples:\n" + "\n".join(alarms)


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_other_intents_are_rarely_taken_for_clinical_requests(lang):
    others = other_intents(lang)
    flagged = []
    for text in others:
        request = default_lexicons().detect_clinical_request(text)
        if request is not None:
            flagged.append(f"{request.phrase_id}: {text}")
    assert len(flagged) / len(others) < MAX_FALSE_ALARM_RATE, \
        f"{len(flagged)} of {len(others)} {lang} examples taken for clinical requests:\n" + "\n".join(flagged)
