"""Polish: real sentences through the real lexicon and gazetteer."""
import pytest
import yaml

from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.text import tokenize
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES


def found(text):
    return [(e.entity, e.value) for e in extract_entities(text, language="pl")]


def values(text, entity):
    return [value for name, value in found(text) if name == entity]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "pl.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("potrzebuję kogoś do rozmowy", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("szukam grupy wsparcia", "need", ["peer_support", "community_group"]),
        ("czy jest jakaś grupa dla mam", "need", ["community_group", "peer_support"]),
        ("numer na telefon zaufania", "need", ["helpline"]),
        ("brat potrzebuje rzecznika", "need", ["advocacy"]),
        ("bezpieczne miejsce zamiast szpitala", "need", ["crisis_alternative", "crisis_alternative"]),
        ("szukam psychologa", "need", ["talking_therapy"]),
        ("mama jest bardzo samotna", "need", ["befriending", "community_group"]),
        ("pomoc z zasiłkiem i długami", "need", ["practical_advice"]),
        ("ksiądz w polskiej parafii", "need", ["faith_support", "faith_support"]),
        ("szkolenie dla personelu", "need", ["staff_resources"]),
        ("mówi tylko po polsku", "service_language", ["pl"]),
        ("terapia w języku polskim", "service_language", ["pl"]),
        ("psycholog mówiący po ukraińsku", "service_language", ["uk"]),
        ("czy jest ktoś kto mówi polski", "service_language", ["pl"]),
        ("grupa dla Polek", "community", ["polish"]),
        ("jestem z Polski", "community", ["polish"]),
        ("polskie kobiety w Ealing", "community", ["polish"]),
        ("jestem uchodźcą", "community", ["refugees_asylum_seekers"]),
        ("dla uchodźców z Ukrainy", "community", ["refugees_asylum_seekers", "eastern_european"]),
        ("ktoś kto rozumie moją kulturę", "community", ["culturally_specific"]),
        ("grupa tylko dla kobiet", "gender", ["women"]),
        ("szukam psycholożki", "gender", ["women"]),
        ("grupa dla mężczyzn", "gender", ["men"]),
        ("katolicki ksiądz", "faith", ["christian", "christian"]),
        ("muzułmańska terapeutka", "faith", ["muslim"]),
        ("coś otwarte teraz", "time", ["now"]),
        ("gdzie pójść dziś wieczorem", "time", ["tonight"]),
        ("tylko wieczorami", "time", ["evening"]),
        ("w sobotę albo w niedzielę", "time", ["weekend", "weekend"]),
        ("bezpłatna terapia", "fees", ["free"]),
        ("nie stać mnie na prywatnie", "fees", ["free"]),
        ("coś taniej", "fees", ["low_cost"]),
        ("czy można bez umawiania", "referral", ["walk_in"]),
        ("czy mogę zgłosić się sama", "referral", ["self"]),
        ("skierowanie od lekarza rodzinnego", "referral", ["gp"]),
        ("szukam czegoś dla mojej klientki", "referral", ["professional"]),
        ("ten drugi", "ordinal", ["2"]),
        ("opcja 3", "ordinal", ["3"]),
        ("ten ostatni", "ordinal", ["last"]),
        ("syn ma 16 lat", "age", ["16"]),
        ("mam siedemnaście lat", "age", ["17"]),
        ("dla 15-letniej córki", "age", ["15"]),
    ],
)
def test_each_kind_of_entity(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pierwszy raz tutaj",  # the first time is not the first result
        "ostatni raz byłam tam rok temu",
        "nie jestem w kryzysie",
        "małe dzieci w domu",  # "małe" (small) is not the English "male"
        "mieszkam tu od 5 lat",  # a number of years is not an age
        "nie mówię po angielsku",  # the language someone does NOT speak
        "zrobiłam to wczoraj w nocy",
    ],
)
def test_everyday_polish_that_means_nothing_here(text):
    assert found(text) == []


def test_text_typed_without_diacritics_is_understood_the_same():
    assert found("bezpłatna grupa wsparcia dla mężczyzn") == found("bezplatna grupa wsparcia dla mezczyzn")
    assert [t.norm for t in tokenize("Łódź bezpłatny")] == ["lodz", "bezplatny"]


def test_english_place_names_are_found_in_polish_sentences():
    assert ("place", "Leeds") in found("szukam psychologa w Leeds")
    assert ("place", "London") in found("terapia w Londyn")
