"""Bengali (and Sylheti written in Bengali): real sentences through the real lexicon and gazetteer."""
from .languages import entity_finder

found, values = entity_finder("bn")


def test_a_word_for_a_language_and_a_people_is_read_from_its_neighbours():
    assert values("সোমালি মহিলাদের গ্রুপ", "community") == ["somali"]
    assert values("সোমালি মহিলাদের গ্রুপ", "service_language") == []
    assert values("সোমালি ভাষায় কাউন্সেলিং", "service_language") == ["so"]
    assert values("সোমালি ভাষায় কাউন্সেলিং", "community") == []


def test_spelling_and_typing_variants_match():
    # য় typed as one code point (U+09DF) or as য + nukta; long or short i; with or without chandrabindu.
    assert values("মে\u09dfেদের গ্রুপ", "gender") == values("মে\u09af\u09bcেদের গ্রুপ", "gender") == ["women"]
    assert values("হিন্দীতে", "service_language") == values("হিন্দিতে", "service_language") == ["hi"]
    assert values("বাংলাদেশী", "community") == ["bangladeshi"]
    assert values("হাটার গ্রুপ", "need") == ["community_group"]


def test_tonight_in_romanised_bengali():
    assert values("aaj raate kothao jete pari?", "time") == ["tonight"]
    assert values("aj raate kew ache kotha bolar?", "time") == ["tonight"]
