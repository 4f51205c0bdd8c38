"""Somali: real sentences through the real lexicon and gazetteer."""
import pytest
import yaml
from babel.messages.pofile import read_po

from signpost.rasa_domain import GREETING_BUTTONS
from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES

TRANSLATIONS = LEXICON_DIR.parents[1] / "translations"


def found(text, language="so"):
    return [(e.entity, e.value) for e in extract_entities(text, language=language)]


def values(text, entity):
    return [value for name, value in found(text) if name == entity]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "so.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("Waxaan u baahanahay qof aan la hadlo", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("Hooyaday waxay rabtaa qof i dhageysta", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("Kooxda taageerada haweenka", "need", ["peer_support", "community_group"]),
        ("La-talin ma jirtaa?", "need", ["talking_therapy"]),
        ("Meel ammaan ah oo aan isbitaal ahayn", "need", ["crisis_alternative", "crisis_alternative"]),
        ("Walaalkay wuxuu u baahan yahay u doode", "need", ["advocacy"]),
        ("Aabbahay kalinimo ayuu dareemaa", "need", ["befriending", "community_group"]),
        ("Deynta iyo kirada ayaa i haysta", "need", ["practical_advice", "practical_advice"]),
        ("Imaamka masaajidka", "need", ["faith_support", "faith_support"]),
        ("Tababarka shaqaalaha", "need", ["staff_resources"]),
        ("Qof ku hadla af Soomaali", "service_language", ["so"]),
        ("La taliye Soomaali ku hadla", "service_language", ["so"]),
        ("Carabi ma ku hadashaa?", "service_language", ["ar"]),
        ("Bulshada Soomaaliyeed", "community", ["somali"]),
        ("Waxaan ahay qaxooti", "community", ["refugees_asylum_seekers"]),
        ("Qof dhaqankayga fahma", "community", ["culturally_specific"]),
        ("Koox haweenka kaliya ah", "gender", ["women"]),
        ("Gabdhaha dhallinyarada ah", "gender", ["women"]),
        ("Ragga Soomaaliyeed", "gender", ["men"]),
        ("Masaajidka ma bixiyaa la talin?", "faith", ["muslim"]),
        ("Kaniisadda ku taal", "faith", ["christian"]),
        ("Ma jiraa wax hadda furan?", "time", ["now"]),
        ("Caawa xaggee aadaa?", "time", ["tonight"]),
        ("Fiidkii ma furan yihiin?", "time", ["evening"]),
        ("Sabtida ayaa ii fiican", "time", ["weekend"]),
        ("Berri subaxda", "time", ["tomorrow"]),
        ("Waa inay bilaash ahaato", "fees", ["free"]),
        ("Lacag ma haysto", "fees", ["free"]),
        ("Qiimo jaban", "fees", ["low_cost"]),
        ("Ballan la'aan ma tagi karaa?", "referral", ["walk_in"]),
        ("Ma sameyn karaa is-gudbin?", "referral", ["self"]),
        ("Ma waajib baa in loo marayo dhakhtarka?", "referral", ["gp"]),
        ("Macmiilkayga ayaan u raadinayaa", "referral", ["professional"]),
        ("Kan labaad wax iga sheeg", "ordinal", ["2"]),
        ("Lambarka saddex xagee ku yaal?", "ordinal", ["3"]),
        ("Midka u dambeeya goorma ayuu furmaa?", "ordinal", ["last"]),
        ("Wiilkaygu waa 16 jir", "age", ["16"]),
        ("Hooyaday waa toddobaatan sano jir", "age", ["70"]),
        ("Da'daydu waa 19", "age", ["19"]),
        ("Waxaan ku noolahay Bristol", "place", ["Bristol"]),
        ("Tower Hamlets ayaan joogaa", "place", ["Tower Hamlets"]),
    ],
)
def test_finds(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Fiid wanaagsan", "time"),
        ("Hooyaday Ingiriis ma taqaan", "service_language"),
        ("Hadda waxaan ku noolahay Leeds", "time"),
        ("Saddex sano ayay sidan ahayd", "age"),
        ("Toddobaadkan waan xanuunsanaa", "ordinal"),
        ("Qof dhab ah ma la hadli karaa?", "need"),
        ("Ninkayga ayaa i caawiya", "gender"),
        ("Waan kaligay", "need"),
    ],
)
def test_does_not_find(text, entity):
    assert values(text, entity) == []


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


def test_the_greeting_buttons_mean_what_the_english_ones_mean():
    catalogs = {}
    for language in ("en", "so"):
        with (TRANSLATIONS / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            catalogs[language] = read_po(handle)
    for key in GREETING_BUTTONS:
        english, somali = catalogs["en"][key].string, catalogs["so"][key].string
        assert sorted(found(somali)) == sorted(found(english, "en")), f"{key}: {somali!r} vs {english!r}"
