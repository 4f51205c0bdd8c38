"""A card's words are in the person's language: the registry's own description (free text, mostly
English) is on the card only when it is written in the reply's script; the details keep it."""
from __future__ import annotations

from datetime import datetime

import pytest

from signpost.conversation import render
from signpost.registry import SearchQuery
from signpost.registry.opening import LONDON
from signpost.understanding.language import in_script_of

from .conftest import service

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=LONDON)
ENGLISH = "Tea and talk on Thursdays, with a volunteer who listens."
PUNJABI = "ਵੀਰਵਾਰ ਨੂੰ ਚਾਹ ਅਤੇ ਗੱਲਬਾਤ।"


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (ENGLISH, "en", True),
        (ENGLISH, "pl", True),  # the script cannot tell English from Polish
        (ENGLISH, "pa", False),
        (ENGLISH, "zh", False),
        (ENGLISH, "ur", False),
        (PUNJABI, "pa", True),
        (PUNJABI, "en", False),
        ("每周四喝茶聊天，有志愿者倾听（Tea and talk）", "zh", True),
        ("每周四 tea and talk", "zh", False),
        ("جمعرات کو چائے اور باتیں", "ar", True),  # Urdu and Arabic share a script
        ("", "en", False),
    ],
)
def test_whether_text_is_in_the_script_of_a_language(text, language, expected):
    assert in_script_of(text, language) is expected


def views(load, **fields):
    registry = load(service("tea", **fields))
    return registry.search(SearchQuery(limit=5, now=NOW)).services[0]


@pytest.mark.parametrize("language", ["pa", "gu", "zh", "ar"])
def test_an_english_description_is_left_off_a_card_in_another_script(load, language):
    view = views(load, description=ENGLISH)
    assert ENGLISH not in render.card(view, 1, NOW, language)
    assert view.name in render.card(view, 1, NOW, language)  # the service itself is still shown
    assert ENGLISH in render.details(view, NOW, language)


@pytest.mark.parametrize("language", ["en", "pl", "so"])
def test_an_english_description_stays_on_a_latin_script_card(load, language):
    assert ENGLISH in render.card(views(load, description=ENGLISH), 1, NOW, language)


def test_a_description_in_the_reply_language_stays(load):
    view = views(load, description=PUNJABI)
    assert PUNJABI in render.card(view, 1, NOW, "pa")
    assert PUNJABI not in render.card(view, 1, NOW, "gu")
