"""Gujarati: real sentences through the real lexicon and gazetteer."""
from .languages import entity_finder

found, values = entity_finder("gu")


def test_a_word_for_a_language_and_a_people_is_read_from_its_neighbours():
    assert values("સોમાલી મહિલાઓ માટે", "community") == ["somali"]
    assert values("સોમાલી મહિલાઓ માટે", "service_language") == []
    assert values("સોમાલી ભાષામાં", "service_language") == ["so"]


def test_spelling_variants_match():
    # Long or short i and u are typed interchangeably.
    assert values("ગુજરાતિમાં", "service_language") == values("ગુજરાતીમાં", "service_language") == ["gu"]
    assert values("હેલ્પલાઈન", "need") == values("હેલ્પલાઇન", "need") == ["helpline"]


def test_a_woman_saying_what_she_is_in_romanised_gujarati_asks_for_women():
    assert values("mafat joie, hu stree chu", "gender") == ["women"]
    assert values("hu bairu chu ane mane koi saathe vaat karvi che", "gender") == ["women"]
    assert values("mafat joie, hu stree chu", "fees") == ["free"]
