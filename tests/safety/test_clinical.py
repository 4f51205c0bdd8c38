"""detect_clinical_request: requests for diagnosis, symptom interpretation and medication advice."""
from pathlib import Path

import pytest
import yaml

from signpost.safety import DATA_DIR, detect_clinical_request, detect_risk
from signpost.safety.evaluate import DEFAULT_SET, load_eval_set

PROMPTS = yaml.safe_load((Path(__file__).parent / "clinical_prompts.yml").read_text(encoding="utf-8"))


def test_prompt_set_is_large_enough_and_multilingual():
    prompts = PROMPTS["prompts"]
    assert len(prompts) >= 45
    assert {p["kind"] for p in prompts} == {"diagnosis", "symptoms", "medication"}
    assert len({p["lang"] for p in prompts}) >= 12


@pytest.mark.parametrize("prompt", PROMPTS["prompts"], ids=lambda p: p["text"])
def test_every_clinical_prompt_is_found_with_its_kind(prompt):
    request = detect_clinical_request(prompt["text"])
    assert request is not None
    assert request.kind == prompt["kind"]


@pytest.mark.parametrize("prompt", PROMPTS["ordinary"], ids=lambda p: p["text"])
def test_ordinary_messages_mentioning_conditions_or_medicines_are_not_flagged(prompt):
    assert detect_clinical_request(prompt["text"]) is None


def test_search_messages_of_the_crisis_set_are_not_flagged():
    flagged = [m.text for m in load_eval_set(DEFAULT_SET) if not m.risk and detect_clinical_request(m.text)]
    assert flagged == []


@pytest.mark.parametrize("message", [
    "Can I take all my tablets at once?",
    "how many paracetamol would it take to die",
    "I've been saving up my sertraline",
])
def test_risk_is_never_reported_as_a_clinical_request(message):
    assert detect_risk(message) is not None
    assert detect_clinical_request(message) is None


def test_request_carries_the_entry_and_span():
    message = "Quick question: should I stop my sertraline?"
    request = detect_clinical_request(message)
    assert request.phrase_id == "en.medication-advice"
    assert request.language == "en"
    assert message[request.span[0]:request.span[1]] == "should I stop my sertraline"


def test_medication_list_has_generic_and_uk_brand_names():
    lists = yaml.safe_load((DATA_DIR / "medications.yml").read_text(encoding="utf-8"))["lists"]
    names = set(lists["medication"])
    for generic, brand in [("sertraline", "lustral"), ("fluoxetine", "prozac"), ("venlafaxine", "efexor"),
                           ("quetiapine", "seroquel"), ("lithium", "priadel"), ("zopiclone", "zimovane"),
                           ("methylphenidate", "ritalin"), ("clozapine", "clozaril")]:
        assert generic in names and brand in names
    for brand in ["Lustral", "PRIADEL", "Efexor"]:
        assert detect_clinical_request(f"should I stop my {brand}") is not None
