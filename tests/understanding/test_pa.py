"""Punjabi, in Gurmukhi, Shahmukhi and romanised: real sentences through the real lexicon and gazetteer."""
import pytest
import yaml
from babel.messages.pofile import read_po

from signpost.rasa_domain import GREETING_BUTTONS
from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES

TRANSLATIONS = LEXICON_DIR.parents[1] / "translations"


def found(text, language="pa"):
    return [(e.entity, e.value) for e in extract_entities(text, language=language)]


def values(text, entity):
    return [value for name, value in found(text) if name == entity]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "pa.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("ਬਾਪੂ ਜੀ ਨੂੰ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("mainu kise naal gal karni aa", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("ਔਰਤਾਂ ਦਾ ਸਪੋਰਟ ਗਰੁੱਪ", "need", ["peer_support", "community_group"]),
        ("ਮੁਫ਼ਤ ਕਾਊਂਸਲਿੰਗ ਕਿੱਥੇ ਮਿਲੂ", "need", ["talking_therapy"]),
        ("ਹਸਪਤਾਲ ਦੀ ਬਜਾਏ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ", "need", ["crisis_alternative", "crisis_alternative"]),
        ("ਭਰਾ ਲਈ ਐਡਵੋਕੇਟ ਚਾਹੀਦਾ", "need", ["advocacy"]),
        ("ਮਾਂ ਨੂੰ ਬਹੁਤ ਇਕੱਲਾਪਣ ਹੈ", "need", ["befriending", "community_group"]),
        ("ਕਰਜ਼ੇ ਤੇ ਕਿਰਾਏ ਦੀ ਸਮੱਸਿਆ", "need", ["practical_advice", "practical_advice"]),
        ("ਗੁਰਦੁਆਰੇ ਦੇ ਗ੍ਰੰਥੀ ਜੀ", "need", ["faith_support", "faith_support"]),
        ("ਸਟਾਫ਼ ਦੀ ਸਿਖਲਾਈ ਲਈ", "need", ["staff_resources"]),
        ("کسے نال گل کرنی اے", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("ਉਹ ਸਿਰਫ਼ ਪੰਜਾਬੀ ਬੋਲਦੇ ਨੇ", "service_language", ["pa"]),
        ("پنجابی وچ", "service_language", ["pa"]),
        ("ਬਾਪੂ ਜੀ ਮੀਰਪੁਰੀ ਬੋਲਦੇ ਨੇ", "service_language", ["ur", "pa"]),
        ("ਅਸੀਂ ਭਾਰਤੀ ਹਾਂ", "community", ["indian"]),
        ("ਮੈਂ ਸ਼ਰਨਾਰਥੀ ਹਾਂ", "community", ["refugees_asylum_seekers"]),
        ("ਸਾਡਾ ਸੱਭਿਆਚਾਰ ਸਮਝਣ ਵਾਲਾ", "community", ["culturally_specific"]),
        ("ਸਿਰਫ਼ ਔਰਤਾਂ ਲਈ", "gender", ["women"]),
        ("ਜ਼ਨਾਨੀਆਂ ਦਾ ਗਰੁੱਪ", "gender", ["women"]),
        ("ਮਰਦਾਂ ਦਾ ਗਰੁੱਪ", "gender", ["men"]),
        ("ਗੁਰਦੁਆਰੇ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ?", "faith", ["sikh"]),
        ("ਮੰਦਰ ਵਾਲੇ ਪੰਡਿਤ ਜੀ", "faith", ["hindu", "hindu"]),
        ("ਇਸ ਵੇਲੇ ਕੋਈ ਹੈ?", "time", ["now"]),
        ("ਅੱਜ ਰਾਤ ਕਿੱਥੇ ਜਾਵਾਂ", "time", ["tonight"]),
        ("ਸ਼ਾਮ ਨੂੰ ਖੁੱਲ੍ਹਾ ਹੈ?", "time", ["evening"]),
        ("ਐਤਵਾਰ ਨੂੰ ਹੋਵੇ ਤਾਂ ਚੰਗਾ", "time", ["weekend"]),
        ("ਮੁਫ਼ਤ ਹੋਣਾ ਚਾਹੀਦਾ", "fees", ["free"]),
        ("ਸਸਤੀ ਥੈਰੇਪੀ", "fees", ["low_cost"]),
        ("ਬਿਨਾਂ ਅਪੌਇੰਟਮੈਂਟ ਜਾ ਸਕਦੇ ਹਾਂ?", "referral", ["walk_in"]),
        ("ਕੀ ਮੈਂ ਖ਼ੁਦ ਰੈਫ਼ਰ ਕਰ ਸਕਦੀ ਹਾਂ", "referral", ["self"]),
        ("ਜੀਪੀ ਰਾਹੀਂ ਜਾਣਾ ਪਊ?", "referral", ["gp"]),
        ("ਮੇਰੇ ਕਲਾਇੰਟ ਲਈ", "referral", ["professional"]),
        ("ਦੂਜੀ ਵਾਲੀ ਦਾ ਪਤਾ", "ordinal", ["2"]),
        ("ਨੰਬਰ ਤਿੰਨ ਕਦੋਂ ਖੁੱਲ੍ਹਦਾ", "ordinal", ["3"]),
        ("ਅਖੀਰਲਾ ਕਿੱਥੇ ਹੈ", "ordinal", ["last"]),
        ("ਮੈਂ 17 ਸਾਲ ਦੀ ਹਾਂ", "age", ["17"]),
        ("ਬਾਪੂ ਜੀ ਸੱਤਰ ਸਾਲਾਂ ਦੇ ਨੇ", "age", ["70"]),
        ("ਉਮਰ ੪੫ ਸਾਲ", "age", ["45"]),
        ("ਮੈਂ ਸਾਊਥਾਲ ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ", "place", ["Southall"]),
        ("ਲੰਡਨ ਦੇ ਨੇੜੇ", "place", ["London"]),
        ("Wolverhampton ਵਿੱਚ", "place", ["Wolverhampton"]),
    ],
)
def test_finds(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "text, entity",
    [
        ("ਨੰਬਰ ਦੱਸ ਦਿਓ", "ordinal"),  # "ਦੱਸ" (tell) folds to "ਦਸ" (ten)
        ("ਪਹਿਲਾਂ ਮੈਂ ਡਾਕਟਰ ਕੋਲ ਗਈ", "ordinal"),
        ("ਮਾਂ ਨੂੰ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਆਉਂਦੀ", "service_language"),
        ("ਅੱਜ ਕੱਲ੍ਹ ਬਹੁਤ ਪਰੇਸ਼ਾਨ ਹਾਂ", "time"),
        ("ਮੈਂ ਹੁਣ Leeds ਰਹਿੰਦਾ ਹਾਂ", "time"),
        ("3 ਸਾਲ ਤੋਂ ਇਹੀ ਹਾਲ ਹੈ", "age"),
        ("20 ਸਾਲ ਦਾ ਤਜਰਬਾ", "age"),  # "of 20 years", not an age
        ("ਕਿਸੇ ਇਨਸਾਨ ਨਾਲ ਗੱਲ ਕਰਵਾਓ", "need"),
        ("ਅਸਲੀ ਬੰਦੇ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ", "gender"),
        ("ਮੈਂ ਠੀਕ ਹਾਂ اور ਤੁਸੀਂ", "place"),  # "اور" (and) is a GeoNames spelling of Iver
    ],
)
def test_does_not_find(text, entity):
    assert values(text, entity) == []


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


def test_the_greeting_buttons_mean_what_the_english_ones_mean():
    catalogs = {}
    for language in ("en", "pa"):
        with (TRANSLATIONS / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            catalogs[language] = read_po(handle)
    for key in GREETING_BUTTONS:
        english, punjabi = catalogs["en"][key].string, catalogs["pa"][key].string
        assert sorted(found(punjabi)) == sorted(found(english, "en")), f"{key}: {punjabi!r} vs {english!r}"
