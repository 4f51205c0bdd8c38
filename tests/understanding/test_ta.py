"""Tamil (Sri Lankan and Indian usage): real sentences through the real lexicon and gazetteer."""
from .languages import entity_finder

found, values = entity_finder("ta")


def test_a_word_for_a_language_and_a_people_is_read_from_its_neighbours():
    assert values("தமிழ் பெண்கள் குழு", "community") == ["tamil"]
    assert values("தமிழ் பெண்கள் குழு", "service_language") == []
    assert values("தமிழ் பேசும் ஆலோசகர்", "service_language") == ["ta"]
    assert values("தமிழ் பேசும் ஆலோசகர்", "community") == []
    assert values("தமிழ் கவுன்சிலர்", "service_language") == ["ta"]
    assert values("தமிழ் கவுன்சிலர்", "community") == ["tamil"]


def test_vowel_signs_typed_whole_or_in_parts_match():
    # "ோ" is U+0BCB, or U+0BC7 followed by U+0BBE.
    assert values("க\u0bcbவில்", "faith") == values("க\u0bc7\u0bbeவில்", "faith") == ["hindu"]
