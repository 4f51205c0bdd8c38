"""Arabic, standard and colloquial: real sentences through the real lexicon and gazetteer."""
import pytest

from .languages import entity_finder

found, values = entity_finder("ar")


def test_like_me_is_not_read_as_gay():
    # "مثلي" is "like me" as often as it is "gay": only unambiguous forms mean lgbtq.
    assert found("ناس مثلي") == [("need", "peer_support"), ("community", "culturally_specific")]
    assert values("مجموعة للمثليين", "community") == ["lgbtq"]


def test_a_word_for_a_language_and_a_people_is_read_from_its_neighbours():
    assert found("يتكلم صومالي") == [("service_language", "so")]
    assert found("أنا صومالي") == [("community", "somali")]
    assert found("للجالية الصومالية") == [("community", "somali")]
    assert found("اللغة الصومالية") == [("service_language", "so")]
    assert found("مستشار نفسي صومالي") == [
        ("need", "talking_therapy"), ("service_language", "so"), ("community", "somali"),
    ]
    assert values("مجموعة عربية", "service_language") == ["ar"]
    assert values("مجموعة عربية", "community") == ["arab"]


def test_letter_variants_and_harakat_match():
    # أ/إ/ا, ة/ه, ى/ي, harakat and tatweel: people type them every which way.
    assert values("مجموعه", "need") == values("مجموعة", "need") == ["community_group", "peer_support"]
    assert values("الاقران", "need") == values("الأقران", "need") == ["peer_support"]
    assert values("مَجَّانِيّ", "fees") == values("مجـــاني", "fees") == ["free"]
    assert values("عمري ١٧", "age") == values("عمري 17", "age") == ["17"]


@pytest.mark.parametrize("text, time", [
    ("هل يوجد شيء مفتوح ليلة الجمعة؟", "thursday night"),  # the night before Friday
    ("أبحث عن مجموعة ليلة السبت", "friday night"),
    ("مساء الجمعة", "friday evening"),
    ("يوم الجمعة", "friday"),
])
def test_the_night_of_a_day_is_the_night_before_it(text, time):
    assert values(text, "time") == [time]
