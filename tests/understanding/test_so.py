"""Somali: real sentences through the real lexicon and gazetteer."""
from .languages import entity_finder

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
