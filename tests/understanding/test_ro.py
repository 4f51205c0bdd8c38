"""Romanian: real sentences through the real lexicon and gazetteer."""
import pytest
import yaml

from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES


def found(text):
    return [(e.entity, e.value) for e in extract_entities(text, language="ro")]


def values(text, entity):
    return [value for name, value in found(text) if name == entity]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "ro.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("am nevoie de cineva cu care să vorbesc", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("un grup de suport pentru mame", "need", ["peer_support", "community_group"]),
        ("există o linie de ajutor?", "need", ["helpline"]),
        ("cineva care să mă reprezinte", "need", ["advocacy"]),
        ("un loc sigur în loc de spital", "need", ["crisis_alternative", "crisis_alternative"]),
        ("caut un psiholog", "need", ["talking_therapy"]),
        ("mama se simte singură", "need", ["befriending", "community_group"]),
        ("ajutor cu chiria și datoriile", "need", ["practical_advice", "practical_advice"]),
        ("un preot la biserică", "need", ["faith_support", "faith_support"]),
        ("training pentru personal", "need", ["staff_resources"]),
        ("un psiholog care vorbește română", "service_language", ["ro"]),
        ("terapie in romana", "service_language", ["ro"]),
        ("vorbește doar românește", "service_language", ["ro"]),
        ("mama vrea în maghiară", "service_language", ["hu"]),
        ("comunitatea română din Harrow", "community", ["romanian"]),
        ("suntem români", "community", ["romanian"]),  # "români" is not the English "Romani"
        ("grup pentru romi", "community", ["gypsy_roma_traveller"]),
        ("sunt moldovean", "community", ["moldovan"]),
        ("pentru refugiați", "community", ["refugees_asylum_seekers"]),
        ("cineva care înțelege cultura mea", "community", ["culturally_specific"]),
        ("doar pentru femei", "gender", ["women"]),
        ("vreau o psihologă", "gender", ["women"]),
        ("grup pentru bărbați", "gender", ["men"]),
        ("un preot ortodox", "faith", ["christian", "christian"]),
        ("o consilieră musulmană", "faith", ["muslim"]),
        ("ceva deschis acum", "time", ["now"]),
        ("unde pot merge diseară", "time", ["tonight"]),
        ("doar seara", "time", ["evening"]),
        ("sâmbătă sau duminică", "time", ["weekend", "weekend"]),
        ("terapie gratuită", "fees", ["free"]),
        ("nu îmi permit", "fees", ["free"]),
        ("ceva mai ieftin", "fees", ["low_cost"]),
        ("se poate fără programare?", "referral", ["walk_in"]),
        ("e terapie fără trimitere?", "referral", ["self"]),
        ("trimitere de la medicul de familie", "referral", ["gp"]),
        ("pentru clienta mea", "referral", ["professional"]),
        ("al doilea", "ordinal", ["2"]),
        ("a treia", "ordinal", ["3"]),
        ("ultimul", "ordinal", ["last"]),
        ("fiul meu are 16 ani", "age", ["16"]),
        ("am 25 de ani", "age", ["25"]),
        ("am șaptesprezece ani", "age", ["17"]),
    ],
)
def test_each_kind_of_entity(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "text",
    [
        "deși e greu",  # "deși" (although) is not the English "desi"
        "bună seara",
        "e prima dată când scriu",
        "a doua zi",
        "locuiesc aici de 5 ani",
        "nu sunt în criză",
        "nu vorbesc engleza",
        "bărbatul meu",
    ],
)
def test_everyday_romanian_that_means_nothing_here(text):
    assert found(text) == []


def test_text_typed_without_diacritics_is_understood_the_same():
    assert found("grup de sprijin gratuit pentru bărbați, în română") == found("grup de sprijin gratuit pentru barbati, in romana")
    assert found("ţigani") == found("țigani") == [("community", "gypsy_roma_traveller")]  # cedilla or comma below


def test_romanian_place_names_are_found():
    assert ("place", "London") in found("caut un psiholog în Londra")
