"""The semantic risk layer's training data (data/safety/risk_training) and its loader."""
from pathlib import Path

import pytest
import yaml

from signpost.safety import DATA_DIR
from signpost.safety.risk_data import CLASSES, RiskDataError, directory_fingerprint, load_directory, load_file, training_directory
from signpost.understanding.language import SUPPORTED

REPO = Path(__file__).resolve().parents[2]


def test_every_language_has_every_class():
    data = load_directory(training_directory(DATA_DIR))
    assert set(data) == set(SUPPORTED)
    for language, examples in data.items():
        assert {label for _, label in examples} == set(CLASSES), language


def test_training_data_shares_no_message_with_the_development_set():
    """The fresh set was written independently; the three short plain phrases it shares with the
    training data by coincidence ("quero morrer") are left out of its figures by bench.safety_eval."""
    held_out = {m["text"].strip().casefold()
                for m in yaml.safe_load((REPO / "tests/safety/crisis_eval.yml").read_text(encoding="utf-8"))["messages"]}
    training = {text.casefold() for examples in load_directory(training_directory(DATA_DIR)).values() for text, _ in examples}
    assert training & held_out == set()


@pytest.mark.parametrize("content, message", [
    ("self: [a]\n", "needs a `language:`"),
    ("language: en\nworried: [a]\n", "unknown class ['worried']"),
    ("language: en\nself: a\n", "`self` must be a list"),
    ("language: en\nnone: ['']\n", "`none` item 1 is not a message"),
])
def test_a_malformed_file_names_the_file_and_the_problem(tmp_path, content, message):
    path = tmp_path / "xx.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RiskDataError) as error:
        load_file(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_the_fingerprint_changes_with_the_data(tmp_path):
    (tmp_path / "en.yml").write_text("language: en\nself: [a]\n", encoding="utf-8")
    before = directory_fingerprint(tmp_path)
    (tmp_path / "en.yml").write_text("language: en\nself: [b]\n", encoding="utf-8")
    assert directory_fingerprint(tmp_path) != before
