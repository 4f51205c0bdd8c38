"""Portuguese (European and Brazilian): real sentences through the real lexicon and gazetteer."""
import pytest
import yaml

from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES


def found(text):
    return [(e.entity, e.value) for e in extract_entities(text, language="pt")]


def values(text, entity):
    return [value for name, value in found(text) if name == entity]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "pt.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("preciso de alguém com quem falar", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("só queria desabafar", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("há algum grupo de apoio?", "need", ["peer_support", "community_group"]),
        ("uma linha de apoio", "need", ["helpline"]),
        ("alguém que fale por mim no hospital", "need", ["advocacy"]),
        ("um lugar seguro em vez do hospital", "need", ["crisis_alternative", "crisis_alternative"]),
        ("procuro um psicólogo", "need", ["talking_therapy"]),
        ("a minha mãe sente-se sozinha", "need", ["befriending", "community_group"]),
        ("ajuda com dívidas e habitação", "need", ["practical_advice", "practical_advice"]),
        ("o padre da igreja", "need", ["faith_support", "faith_support"]),
        ("formação para a equipa", "need", ["staff_resources"]),
        ("um psicólogo que fale português", "service_language", ["pt"]),
        ("em portugues por favor", "service_language", ["pt"]),
        ("a minha mãe lê em espanhol", "service_language", ["es"]),
        ("grupo para brasileiros", "community", ["brazilian"]),
        ("a comunidade portuguesa", "community", ["portuguese"]),
        ("mulheres angolanas", "community", ["african"]),
        ("para refugiados", "community", ["refugees_asylum_seekers"]),
        ("alguém que entenda a minha cultura", "community", ["culturally_specific"]),
        ("só para mulheres", "gender", ["women"]),
        ("prefiro uma psicóloga", "gender", ["women"]),
        ("grupo de homens", "gender", ["men"]),
        ("padre católico", "faith", ["christian", "christian"]),
        ("sou muçulmana", "faith", ["muslim"]),
        ("algo aberto agora", "time", ["now"]),
        ("para onde vou hoje à noite", "time", ["tonight"]),
        ("só à noite", "time", ["evening"]),
        ("ao fim de semana", "time", ["weekend"]),
        ("terapia gratuita", "fees", ["free"]),
        ("não tenho dinheiro", "fees", ["free"]),
        ("psicólogo com valor social", "fees", ["low_cost"]),
        ("posso ir sem marcação?", "referral", ["walk_in"]),
        ("sem encaminhamento do médico", "referral", ["self"]),
        ("através do médico de família", "referral", ["gp"]),
        ("para o meu utente", "referral", ["professional"]),
        ("o segundo", "ordinal", ["2"]),
        ("opção 3", "ordinal", ["3"]),
        ("o último", "ordinal", ["last"]),
        ("o meu filho tem 16 anos", "age", ["16"]),
        ("tenho dezassete anos", "age", ["17"]),
        ("tenho dezessete anos", "age", ["17"]),
    ],
)
def test_each_kind_of_entity(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "text",
    [
        "vamos tomar um café",  # coffee, not a place to meet
        "boa noite",
        "é a primeira vez",
        "na segunda-feira",
        "moro cá há 5 anos",
        "não estou em crise",
        "não falo inglês",
        "a minha mulher",
    ],
)
def test_everyday_portuguese_that_means_nothing_here(text):
    assert found(text) == []


def test_text_typed_without_accents_is_understood_the_same():
    assert found("psicóloga grátis, só à noite") == found("psicologa gratis, so a noite")


def test_portuguese_place_names_are_found():
    assert ("place", "London") in found("procuro um psicólogo em Londres")
