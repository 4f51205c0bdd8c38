"""Gujarati: real sentences through the real lexicon and gazetteer."""
import pytest
import yaml

from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES


def values(text, entity):
    return [e.value for e in extract_entities(text, language="gu") if e.entity == entity]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "gu.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("બા માટે કોઈની સાથે વાત કરવા માટે કંઈ છે?", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("મહિલાઓનું સપોર્ટ ગ્રુપ", "need", ["peer_support", "community_group"]),
        ("મહિલા મંડળમાં જવું છે", "need", ["community_group"]),
        ("મફત કાઉન્સેલિંગ ક્યાં મળે", "need", ["talking_therapy"]),
        ("બેનિફિટ્સ અને હાઉસિંગ માટે મદદ", "need", ["practical_advice", "practical_advice"]),
        ("હોસ્પિટલ સિવાય કોઈ સલામત જગ્યા", "need", ["crisis_alternative", "crisis_alternative"]),
        ("મારા વતી વાત કરે એવું કોઈ", "need", ["advocacy"]),
        ("પપ્પા એકલા પડી ગયા છે", "need", ["befriending", "community_group"]),
        ("સ્ટાફ માટે ટ્રેનિંગ", "need", ["staff_resources"]),
        ("ગુજરાતી બોલતા કાઉન્સેલર", "service_language", ["gu"]),
        ("ગુજરાતીમાં વાત કરો", "service_language", ["gu"]),
        ("દાદી ફક્ત કચ્છી બોલે છે", "service_language", ["gu"]),
        ("અંગ્રેજીમાં ચાલશે", "service_language", ["en"]),
        ("gujarati ma koi che?", "service_language", ["gu"]),
        ("ભારતીય પરિવારો માટે", "community", ["indian"]),
        ("હું શરણાર્થી છું", "community", ["refugees_asylum_seekers"]),
        ("આપણી સંસ્કૃતિ સમજે એવું કોઈ", "community", ["culturally_specific"]),
        ("બહેનો માટે", "gender", ["women"]),
        ("પુરુષો માટે ગ્રુપ", "gender", ["men"]),
        ("મંદિરમાં કોઈ મદદ મળે?", "faith", ["hindu"]),
        ("મસ્જિદમાં કાઉન્સેલિંગ", "faith", ["muslim"]),
        ("અત્યારે કોઈ છે?", "time", ["now"]),
        ("આજે રાત્રે ક્યાં જાઉં", "time", ["tonight"]),
        ("સાંજે ખુલ્લું હોય?", "time", ["evening"]),
        ("રવિવારે હોય તો સારું", "time", ["weekend"]),
        ("મફતમાં હોવું જોઈએ", "fees", ["free"]),
        ("ઓછા ખર્ચે થેરાપી", "fees", ["low_cost"]),
        ("એપોઇન્ટમેન્ટ વગર જઈ શકાય?", "referral", ["walk_in"]),
        ("જાતે રેફર કરી શકું?", "referral", ["self"]),
        ("જીપી દ્વારા જવું પડે?", "referral", ["gp"]),
        ("મારા ક્લાયન્ટ માટે શોધું છું", "referral", ["professional"]),
        ("ત્રીજું ક્યાં છે", "ordinal", ["3"]),
        ("2 નંબરનું સરનામું", "ordinal", ["2"]),
        ("છેલ્લું ક્યારે ખુલે", "ordinal", ["last"]),
        ("મારી ઉંમર 17 છે", "age", ["17"]),
        ("દીકરી પંદર વર્ષની છે", "age", ["15"]),
        ("અમે લંડન માં રહીએ છીએ", "place", ["London"]),
        ("બર્મિંગહામ માં કંઈ છે?", "place", ["Birmingham"]),
        ("અમે Leicester માં રહીએ છીએ", "place", ["Leicester"]),
    ],
)
def test_finds(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "text, entity",
    [
        ("બધું પૂરું કરી દેવું છે", "need"),  # "દેવું" is the verb "to give" as often as "debt"
        ("બીજું કંઈ છે?", "ordinal"),  # "બીજું" is "something else" as often as "the second"
        ("પહેલી વાર આ વાપરું છું", "ordinal"),
        ("બાને અંગ્રેજી નથી આવડતું", "service_language"),
        ("હું આજે ફ્રી છું", "fees"),
        ("5 વર્ષથી આ તકલીફ છે", "age"),
        ("જય સ્વામિનારાયણ", "faith"),  # a greeting is not a search
    ],
)
def test_does_not_find(text, entity):
    assert values(text, entity) == []


def test_a_word_for_a_language_and_a_people_is_read_from_its_neighbours():
    assert values("સોમાલી મહિલાઓ માટે", "community") == ["somali"]
    assert values("સોમાલી મહિલાઓ માટે", "service_language") == []
    assert values("સોમાલી ભાષામાં", "service_language") == ["so"]


def test_spelling_variants_match():
    # Long or short i and u are typed interchangeably.
    assert values("ગુજરાતિમાં", "service_language") == values("ગુજરાતીમાં", "service_language") == ["gu"]
    assert values("હેલ્પલાઈન", "need") == values("હેલ્પલાઇન", "need") == ["helpline"]
