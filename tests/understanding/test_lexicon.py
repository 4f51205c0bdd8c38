import textwrap

import pytest

from signpost.understanding import Lexicon, LexiconError, extract_entities, load_lexicon, says_only
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.vocabulary import NEEDS
from signpost.understanding.vocabulary import CLOSED_VALUES


class NoPlaces:
    def find_in_text(self, text, language=None):
        return []


def write(directory, name, body):
    path = directory / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_the_english_lexicon_loads_and_is_cached():
    lexicon = load_lexicon("en")
    assert isinstance(lexicon, Lexicon)
    assert load_lexicon("en") is lexicon
    assert len(lexicon.meanings) > 500


def test_every_english_need_value_is_a_taxonomy_code():
    values = {value for pairs in load_lexicon("en").meanings.values() for entity, value in pairs if entity == "need"}
    assert values <= set(NEEDS)
    assert values == set(NEEDS)  # and every code has at least one phrase


def test_every_closed_value_can_be_said_in_english():
    said = {(e, v) for pairs in load_lexicon("en").meanings.values() for e, v in pairs}
    for entity, values in CLOSED_VALUES.items():
        missing = {value for value in values if (entity, value) not in said}
        assert not missing, f"{entity}: no English phrase for {sorted(missing)}"


def test_a_language_without_a_file_gets_english(tmp_path):
    write(tmp_path, "en.yml", "need:\n  peer support: peer_support\n")
    lexicon = load_lexicon("xx", tmp_path)
    assert lexicon.language == "xx"
    assert set(lexicon.meanings) == {("peer", "support")}


def test_a_language_file_is_laid_over_english(tmp_path):
    write(
        tmp_path,
        "en.yml",
        """\
        need:
          peer support: peer_support
          group: [community_group, peer_support]
        numbers: {one: 1}
        """,
    )
    write(
        tmp_path,
        "pl.yml",
        """\
        need:
          grupa: [community_group, peer_support]
          group: community_group
        numbers: {jeden: 1}
        """,
    )
    lexicon = load_lexicon("pl", tmp_path)
    assert lexicon.meanings[("grupa",)] == (("need", "community_group"), ("need", "peer_support"))
    assert lexicon.meanings[("group",)] == (("need", "community_group"),)
    assert lexicon.meanings[("peer", "support")] == (("need", "peer_support"),)
    assert lexicon.numbers == {"one": 1, "jeden": 1}


@pytest.mark.parametrize(
    "body, complaint",
    [
        ("needs:\n  group: community_group\n", "unknown sections ['needs']"),
        ("need:\n  group: community_groups\n", "need: 'group': 'community_groups' is not one of"),
        ("need:\n  group: peer_support\n  group: community_group\n", "'group' is listed twice"),
        ("need:\n  can't cope: crisis_alternative\n  cant cope: crisis_alternative\n", "same phrase as \"can't cope\""),
        ("need:\n  group: [peer_support, peer_support]\n", "value 'peer_support' is listed twice"),
        ("need:\n  group: []\n", "no value given"),
        ("need:\n  '...': peer_support\n", "has no words"),
        ("need: [group]\n", "need: expected a mapping"),
        ("service_language:\n  urdu: urdu\n", "'urdu' is not a valid service_language code"),
        ("community:\n  black: Black\n", "unknown community 'Black'"),
        ("age:\n  aged {n}: '17'\n", "age phrases must have the value {n}"),
        ("age:\n  aged: '{n}'\n", "the phrase has no {n}"),
        ("need:\n  '{n} groups': peer_support\n", "{n} only belongs in"),
        ("gender:\n  women: '{n}'\n", "{n} is only a value for"),
        ("need:\n  group: peer_support\nignore: [group]\n", "ignore: 'group': this phrase also has a meaning"),
        ("numbers:\n  one: first\n", "numbers: expected a mapping of word: integer"),
        ("numbers:\n  twenty one: 21\n", "a number word must be a single word"),
        ("context:\n  gender: {after: [only]}\n", "context: expected service_language: and community:"),
        ("context:\n  community: {next: [people]}\n", "expected before: and after: word lists"),
        ("only: just\n", "only: expected a list of words"),
        ("only: [3]\n", "only: phrase 3 is not a string"),
        ("- just a list\n", "expected a mapping of sections, found list"),
        ("need: {group: [}\n", "not valid YAML"),
        ("alone:\n  second: '2'\n", "alone: expected entity sections"),
        ("alone:\n  ordinal: [second]\n", "alone: ordinal: expected a mapping of phrase: value"),
        ("alone:\n  ordinal:\n    second: second\n", "'second' is not one of"),
        ("ordinal:\n  second: '2'\nalone:\n  ordinal:\n    second: '2'\n", "this phrase already means something"),
    ],
)
def test_a_bad_lexicon_file_is_refused_with_a_clear_error(tmp_path, body, complaint):
    path = write(tmp_path, "en.yml", body)
    with pytest.raises(LexiconError) as error:
        load_lexicon("en", tmp_path)
    assert str(path) in str(error.value)
    assert complaint in str(error.value)


def test_a_bad_language_file_names_that_file(tmp_path):
    write(tmp_path, "en.yml", "need:\n  group: peer_support\n")
    path = write(tmp_path, "so.yml", "need:\n  koox: groups\n")
    with pytest.raises(LexiconError, match=f"{path}: need: 'koox'"):
        load_lexicon("so", tmp_path)


def test_a_missing_english_lexicon_is_an_error(tmp_path):
    with pytest.raises(LexiconError, match="the English lexicon is missing"):
        load_lexicon("en", tmp_path)


@pytest.mark.parametrize("language", ["", "EN", "en-GB", "../en", "english", None])
def test_the_language_must_be_a_code(language):
    with pytest.raises(ValueError, match="ISO 639 code"):
        load_lexicon(language)


def test_the_default_directory_is_the_projects_data():
    assert (LEXICON_DIR / "en.yml").exists()
    assert LEXICON_DIR.parent.name == "data"


def test_extract_entities_uses_the_language_file(tmp_path, monkeypatch):
    write(tmp_path, "en.yml", "need:\n  group: [community_group, peer_support]\n")
    write(tmp_path, "so.yml", "need:\n  koox: [community_group, peer_support]\n")
    monkeypatch.setattr("signpost.understanding.lexicon.LEXICON_DIR", tmp_path)
    found = extract_entities("koox or group", language="so", gazetteer=NoPlaces())
    assert [(e.text, e.value) for e in found] == [
        ("koox", "community_group"),
        ("koox", "peer_support"),
        ("group", "community_group"),
        ("group", "peer_support"),
    ]


@pytest.mark.parametrize(
    "language, requirement, preference",
    [
        ("en", "only women please", "women would be better"),
        ("ur", "صرف خواتین کے لیے", "خواتین کے لیے"),
        ("pa", "ਸਿਰਫ਼ ਔਰਤਾਂ ਲਈ", "ਔਰਤਾਂ ਲਈ"),
        ("bn", "শুধু মহিলাদের জন্য", "মহিলাদের জন্য"),
        ("gu", "ફક્ત સ્ત્રીઓ માટે", "સ્ત્રીઓ માટે"),
        ("ta", "பெண்களுக்கு மட்டும்", "பெண்களுக்கு"),
        ("ar", "للنساء فقط", "للنساء"),
        ("so", "haweenka oo keliya", "haweenka"),
        ("pl", "tylko dla kobiet", "dla kobiet"),
        ("ro", "doar pentru femei", "pentru femei"),
        ("pt", "só para mulheres", "para mulheres"),
        ("zh", "只要女性", "女性更好"),
        ("zh", "僅限女性", "女性員工"),
    ],
)
def test_only_words_make_a_facet_a_requirement_in_every_language(language, requirement, preference):
    assert says_only(requirement, language)
    assert not says_only(preference, language)


def test_a_language_keeps_the_english_only_words(tmp_path):
    write(tmp_path, "en.yml", "only: [only]\n")
    write(tmp_path, "pl.yml", "only: [tylko]\n")
    lexicon = load_lexicon("pl", tmp_path)
    assert lexicon.only == {("only",), ("tylko",)}


def test_a_community_a_record_cannot_hold_fails_on_load_with_the_code_it_may_mean(tmp_path):
    """The conversation asks for the registry's own community codes (signpost/vocabulary/__init__.py)."""
    write(tmp_path, "en.yml", "community:\n  somali: somalli\n")
    with pytest.raises(LexiconError, match="did you mean 'somali'"):
        load_lexicon("en", tmp_path)
