"""What holds in every language with a lexicon of its own: every entity and need is covered, the
phrases of entity_cases/<lang>.yml yield their values and its everyday text yields none, and the
greeting buttons (where translated) mean what the English ones mean."""
from __future__ import annotations

import pytest
import yaml
from babel.messages.pofile import read_po

from signpost.conversation.rasa_domain import GREETING_BUTTONS
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.vocabulary import NEEDS
from signpost.understanding.vocabulary import LEXICON_ENTITIES

from .languages import CASES_DIR, entity_finder, load_entity_cases

TRANSLATIONS = LEXICON_DIR.parents[1] / "translations"
LANGUAGES = sorted(path.stem for path in LEXICON_DIR.glob("*.yml") if path.stem != "en")


def _rows(kind):
    rows = []
    for language in LANGUAGES:
        finds, not_found = load_entity_cases(CASES_DIR / f"{language}.yml")
        for row in finds if kind == "finds" else not_found:
            rows.append(pytest.param(language, *row, id=f"{language}:{row[0][:30]}"))
    return rows


def test_every_language_has_its_cases():
    assert sorted(path.stem for path in CASES_DIR.glob("*.yml")) == LANGUAGES
    assert len(LANGUAGES) == 11


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_lexicon_covers_every_entity_and_every_need(language):
    lexicon = yaml.safe_load((LEXICON_DIR / f"{language}.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {v for values in lexicon["need"].values() for v in (values if isinstance(values, list) else [values])}
    assert needs == set(NEEDS)


@pytest.mark.parametrize("language, text, entity, expected", _rows("finds"))
def test_finds(language, text, entity, expected):
    _, values = entity_finder(language)
    assert values(text, entity) == expected


@pytest.mark.parametrize("language, text, entity", _rows("not_found"))
def test_does_not_find(language, text, entity):
    found, values = entity_finder(language)
    assert (values(text, entity) if entity else found(text)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_greeting_buttons_mean_what_the_english_ones_mean(language):
    found, _ = entity_finder(language)
    catalogs = {}
    for code in ("en", language):
        with (TRANSLATIONS / code / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            catalogs[code] = read_po(handle)
    for key in GREETING_BUTTONS:
        english, translated = catalogs["en"][key].string, catalogs[language][key].string
        assert sorted(found(translated)) == sorted(found(english, "en")), f"{key}: {translated!r} vs {english!r}"


def test_a_malformed_case_file_is_refused(tmp_path):
    path = tmp_path / "xx.yml"
    path.write_text("finds:\n  - [just text]\nnot_found: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="finds row 1: expected"):
        load_entity_cases(path)
