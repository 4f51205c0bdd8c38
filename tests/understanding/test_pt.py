"""Portuguese (European and Brazilian): real sentences through the real lexicon and gazetteer."""
from .languages import entity_finder

found, values = entity_finder("pt")


def test_text_typed_without_accents_is_understood_the_same():
    assert found("psicóloga grátis, só à noite") == found("psicologa gratis, so a noite")


def test_portuguese_place_names_are_found():
    assert ("place", "London") in found("procuro um psicólogo em Londres")
