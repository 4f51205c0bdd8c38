"""Whatever fresh set is put in tests/safety/fresh/ (its README's format) is read, or none at all,
and a malformed one is named by file and item (signpost.safety.risk_data, which bench.safety_eval uses)."""
import pytest

from signpost.safety.risk_data import read_fresh_set, without_copies

FRESH = """language: en
risk:
  - text: "i wont be around after friday"
    class: self
  - text: "my flatmate said goodbye and went quiet"
    class: someone_else
safe:
  - text: "this commute is killing me"
    class: idiom
"""


def test_a_fresh_set_in_the_readme_format_is_read(tmp_path):
    (tmp_path / "en.yaml").write_text(FRESH, encoding="utf-8")
    (tmp_path / "README.md").write_text("# not a set", encoding="utf-8")
    messages = read_fresh_set(tmp_path)
    assert [(m["language"], m["risk"], m["class"]) for m in messages] == [
        ("en", True, "self"), ("en", True, "someone_else"), ("en", False, "idiom")]


def test_a_message_the_training_data_contains_is_left_out(tmp_path):
    (tmp_path / "en.yaml").write_text(FRESH, encoding="utf-8")
    messages, _ = without_copies(read_fresh_set(tmp_path), seen={"this commute is killing me"})
    assert [m["text"] for m in messages if not m["risk"]] == []


def test_no_fresh_set_is_an_empty_set(tmp_path):
    assert read_fresh_set(tmp_path / "missing") == []
    assert read_fresh_set(tmp_path) == []


@pytest.mark.parametrize("content, problem", [
    ("risk: []\n", "expected `language`"),
    ("language: en\nrisk:\n  - text: a\n    class: worried\n", "`risk` item 1 has class 'worried'"),
    ("language: en\nsafe:\n  - class: idiom\n", "`safe` item 1 has no `text`"),
    ("language: en\nsafe: hello\n", "`safe` must be a list"),
])
def test_a_malformed_fresh_file_names_the_file_and_the_item(tmp_path, content, problem):
    path = tmp_path / "en.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as error:
        read_fresh_set(tmp_path)
    assert str(path) in str(error.value) and problem in str(error.value)
