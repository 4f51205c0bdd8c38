"""Romanian: real sentences through the real lexicon and gazetteer."""
from .languages import entity_finder

found, values = entity_finder("ro")


def test_text_typed_without_diacritics_is_understood_the_same():
    assert found("grup de sprijin gratuit pentru bărbați, în română") == found("grup de sprijin gratuit pentru barbati, in romana")
    assert found("ţigani") == found("țigani") == [("community", "roma"), ("community", "gypsy_traveller"), ("community", "irish_traveller")]  # cedilla or comma below


def test_romanian_place_names_are_found():
    assert ("place", "London") in found("caut un psiholog în Londra")
