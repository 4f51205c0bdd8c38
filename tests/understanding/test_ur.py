"""Urdu, in Urdu script and romanised: real sentences through the real lexicon and gazetteer."""
from .languages import entity_finder

found, values = entity_finder("ur")


def test_a_word_for_a_language_and_a_people_is_read_from_its_neighbours():
    assert found("صومالی میں کونسلنگ") == [("service_language", "so"), ("need", "talking_therapy")]
    assert found("صومالی خواتین") == [("community", "somali"), ("gender", "women")]
    assert found("وہ صومالی ہے") == [("community", "somali")]
    assert values("صومالی کونسلر", "service_language") == ["so"]
    assert values("صومالی کونسلر", "community") == ["somali"]


def test_arabic_keyboard_spellings_match_urdu_ones():
    # ي for ی, ك for ک, ه for ہ and ھ, harakat and tatweel: one phrase matches them all.
    assert values("كونسلنگ", "need") == values("کونسلنگ", "need") == ["talking_therapy"]
    assert values("تنهائي", "need") == ["befriending", "community_group"]
    assert values("فوراً", "time") == values("فورا", "time") == ["now"]
    assert values("اُردو", "service_language") == values("اردـــو", "service_language") == ["ur"]
    assert values("عمر ۱۷", "age") == values("عمر ١٧", "age") == ["17"]
    # A zero-width non-joiner inside a word is dropped, not read as a space.
    assert values("ہیلپ\u200cلائن", "need") == values("ہیلپلائن", "need") == ["helpline"]


def test_a_woman_saying_what_she_is_in_romanised_urdu_asks_for_women():
    assert values("main khatoon hoon, koi group batayen", "gender") == ["women"]
