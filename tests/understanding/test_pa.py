"""Punjabi, in Gurmukhi, Shahmukhi and romanised: real sentences through the real lexicon and gazetteer."""
from .languages import entity_finder

found, values = entity_finder("pa")


def test_a_word_for_a_language_and_a_people_is_read_from_its_neighbours():
    assert found("ਸੋਮਾਲੀ ਵਿੱਚ ਕਾਊਂਸਲਿੰਗ") == [("service_language", "so"), ("need", "talking_therapy")]
    assert found("ਸੋਮਾਲੀ ਔਰਤਾਂ") == [("community", "somali"), ("gender", "women")]
    assert values("ਸੋਮਾਲੀ ਕਾਊਂਸਲਰ", "service_language") == ["so"]
    assert values("ਸੋਮਾਲੀ ਕਾਊਂਸਲਰ", "community") == ["somali"]


def test_marks_typed_inconsistently_match():
    # Nukta, tippi or bindi, adhak, and long or short i/u: people type them every which way.
    assert values("ਮੁਫ਼ਤ", "fees") == values("ਮੁਫਤ", "fees") == ["free"]
    assert values("ਪੰਜਾਬੀ", "service_language") == values("ਪਂਜਾਬਿ", "service_language") == ["pa"]
    assert values("ਗਰੁੱਪ", "need") == values("ਗਰੁਪ", "need") == ["community_group", "peer_support"]
    # ਸ਼ typed as one code point or as ਸ + nukta.
    assert values("\u0a36\u0a3e\u0a2e \u0a28\u0a42\u0a70", "time") == ["evening"]
    assert values("\u0a38\u0a3c\u0a3e\u0a2e \u0a28\u0a42\u0a70", "time") == ["evening"]


def test_a_woman_saying_what_she_is_in_romanised_punjabi_asks_for_women():
    assert values("main ikk janani haan, koi group hai?", "gender") == ["women"]
    assert values("meri bhua zanani hai te akeli hai", "gender") == ["women"]


def test_men_said_colloquially_as_bande_ask_for_men():
    assert values("Leicester vich bandeyan layi koi group hai?", "gender") == ["men"]
    assert values("ਬੰਦਿਆਂ ਲਈ ਕੋਈ ਗੱਲਬਾਤ ਵਾਲਾ ਗਰੁੱਪ", "gender") == ["men"]
