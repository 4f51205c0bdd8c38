"""Somali: real sentences through the real lexicon and gazetteer."""
from .languages import entity_finder
from signpost.understanding import best_reading
from signpost.understanding.language import SUPPORTED

found, values = entity_finder("so")


def test_a_word_for_a_language_and_a_people_is_read_from_its_neighbours():
    assert found("af Soomaali") == [("service_language", "so")]
    assert found("Waxaan ahay Soomaali") == [("community", "somali")]
    assert found("dadka Soomaali") == [("community", "somali")]
    assert found("koox Soomaali ah") == [
        ("need", "community_group"), ("need", "peer_support"), ("service_language", "so"), ("community", "somali"),
    ]


def test_endings_and_hyphens_are_the_forms_people_write():
    assert values("koox", "need") == values("kooxaha", "need") == values("kooxo", "need")
    assert values("la-talin", "need") == values("la talin", "need") == values("latalin", "need") == ["talking_therapy"]
    assert values("xuquuqdayda", "need") == values("xuquuqdiisa", "need") == ["advocacy"]
    assert values("ballan la'aan", "referral") == values("ballan la’aan", "referral") == ["walk_in"]


def test_shelter_is_asked_for_with_the_words_around_it():
    assert values("hoy ma haysto, xaggee la iga caawin karaa?", "need") == ["practical_advice"]
    assert values("waxaan u baahanahay hoyga", "need") == ["practical_advice"]


def test_romanised_bengali_is_not_read_as_somali_for_its_everyday_hoy():
    # "mone hoy" (it seems): a message in an undetected language is read with no lexicon's needs
    language, entities = best_reading("mone hoy kichu bhalo lagche na, ki kori bujhte parchi na", SUPPORTED)
    assert language != "so" and [e.value for e in entities if e.entity == "need"] == []
