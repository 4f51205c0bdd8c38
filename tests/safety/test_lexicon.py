"""Loading lexicon files: the shipped data, and clear errors for broken files."""
import textwrap

import pytest

from signpost.safety import DATA_DIR, SafetyLexicons, default_lexicons
from signpost.text.folding import TRADITIONAL_TO_SIMPLIFIED
from signpost.safety.lexicon import LANGUAGE_ORDER, RISK_KINDS, LexiconError, load_directory

SUPPORTED = {"en", "ur", "bn", "pa", "gu", "ta", "ar", "so", "pl", "ro", "pt", "zh", "ur-Latn", "pa-Latn"}


def test_every_supported_language_has_risk_and_clinical_lexicons():
    lexicons = SafetyLexicons(DATA_DIR)
    risk = {lexicon.language for lexicon in lexicons.risk.lexicons}
    clinical = {lexicon.language for lexicon in lexicons.clinical.lexicons}
    assert risk == SUPPORTED
    assert clinical == SUPPORTED
    assert set(LANGUAGE_ORDER) == SUPPORTED


def test_every_risk_lexicon_covers_every_kind():
    for lexicon in default_lexicons().risk.lexicons:
        assert {phrase.kind for phrase in lexicon.phrases} == RISK_KINDS, lexicon.language


def test_traditional_table_maps_only_to_simplified():
    assert not set(TRADITIONAL_TO_SIMPLIFIED) & set(TRADITIONAL_TO_SIMPLIFIED.values())


def write(directory, name, body):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_text(textwrap.dedent(body), encoding="utf-8")


VALID_RISK = """
    language: en
    entries:
      - id: want-to-die
        kind: suicide
        patterns: ["want to die"]
"""


def test_a_small_lexicon_directory_works_end_to_end(tmp_path):
    write(tmp_path / "risk", "en.yml", VALID_RISK)
    write(tmp_path / "clinical", "en.yml", """
        language: en
        entries:
          - id: dose
            kind: medication
            patterns: ["what dose"]
    """)
    lexicons = SafetyLexicons(tmp_path)
    assert lexicons.detect_risk("I want to die").phrase_id == "en.want-to-die"
    assert lexicons.detect_clinical_request("what dose?").kind == "medication"
    assert lexicons.detect_risk("what dose?") is None


@pytest.mark.parametrize("name, body, complaint", [
    ("en.yml", "language: pl\nentries: []\n", "does not match the file name"),
    ("en.yml", "language: english\n", "ISO 639-1"),
    ("en.yml", "language: en\nentries:\n  - {id: a, kind: sadness, patterns: [x]}\n", "kind must be one of"),
    ("en.yml", "language: en\nentries:\n  - {id: a, kind: suicide, patterns: [x]}\n  - {id: a, kind: suicide, patterns: [y]}\n",
     "'a': duplicate id"),
    ("en.yml", "language: en\nentries:\n  - {id: Bad_Id, kind: suicide, patterns: [x]}\n", "lower-case"),
    ("en.yml", "language: en\nentries:\n  - {id: a, kind: suicide, patterns: ['(x']}\n", "entries 'a' pattern 1"),
    ("en.yml", "language: en\nentries:\n  - {id: a, kind: suicide, patterns: ['{nope} x']}\n", "unknown list {nope}"),
    ("en.yml", "language: en\nentries:\n  - {id: a, kind: suicide, pattern: [x]}\n", "unknown keys"),
    ("en.yml", "language: en\nentries: [\n", "not valid YAML"),
    ("en.yml", "language: en\n", "no entries"),
    ("en.yml", "language: en\nentries:\n  - {id: a, kind: suicide, patterns: [x]}\nexceptions:\n  - {id: b, reason: vibes, patterns: [y]}\n",
     "reason must be one of"),
])
def test_broken_files_name_the_file_and_the_fault(tmp_path, name, body, complaint):
    (tmp_path / name).write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_directory(tmp_path, RISK_KINDS)
    assert str(tmp_path / name) in str(error.value)
    assert complaint in str(error.value)


def test_missing_directory_is_named(tmp_path):
    with pytest.raises(LexiconError) as error:
        load_directory(tmp_path / "nowhere", RISK_KINDS)
    assert "nowhere" in str(error.value)


def test_shared_lists_are_available_to_every_lexicon(tmp_path):
    write(tmp_path, "medications.yml", "lists:\n  medication: [sertraline, lustral]\n")
    write(tmp_path / "clinical", "en.yml", """
        language: en
        entries:
          - id: stop
            kind: medication
            patterns: ["stop ~2 {medication}"]
    """)
    write(tmp_path / "risk", "en.yml", """
        language: en
        entries:
          - id: saving
            kind: suicide
            patterns: ["saving up ~1 {medication}"]
    """)
    lexicons = SafetyLexicons(tmp_path)
    assert lexicons.detect_clinical_request("should I stop my Lustral").kind == "medication"
    assert lexicons.detect_risk("saving up my sertraline").kind == "suicide"


def test_a_file_cannot_redefine_a_shared_list(tmp_path):
    write(tmp_path, "medications.yml", "lists:\n  medication: [sertraline]\n")
    write(tmp_path / "risk", "en.yml", "language: en\nlists:\n  medication: [x]\nentries:\n  - {id: a, kind: suicide, patterns: [x]}\n")
    with pytest.raises(LexiconError) as error:
        SafetyLexicons(tmp_path)
    assert "already defined" in str(error.value)
