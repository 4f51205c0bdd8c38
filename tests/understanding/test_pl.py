"""Polish: real sentences through the real lexicon and gazetteer."""
from signpost.understanding.text import tokenize

from .languages import entity_finder

found, values = entity_finder("pl")


def test_text_typed_without_diacritics_is_understood_the_same():
    assert found("bezpłatna grupa wsparcia dla mężczyzn") == found("bezplatna grupa wsparcia dla mezczyzn")
    assert [t.norm for t in tokenize("Łódź bezpłatny")] == ["lodz", "bezplatny"]


def test_english_place_names_are_found_in_polish_sentences():
    assert ("place", "Leeds") in found("szukam psychologa w Leeds")
    assert ("place", "London") in found("terapia w Londyn")
