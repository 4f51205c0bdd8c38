"""Urdu, in Urdu script and romanised: real sentences through the real lexicon and gazetteer."""
import pytest
import yaml
from babel.messages.pofile import read_po

from signpost.rasa_domain import GREETING_BUTTONS
from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES

TRANSLATIONS = LEXICON_DIR.parents[1] / "translations"


def found(text, language="ur"):
    return [(e.entity, e.value) for e in extract_entities(text, language=language)]


def values(text, entity):
    return [value for name, value in found(text) if name == entity]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "ur.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("امی کو کسی سے بات کرنی ہے", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("mujhe kisi se baat karni hai", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("خواتین کا سپورٹ گروپ", "need", ["peer_support", "community_group"]),
        ("مفت کونسلنگ کہاں ملے گی", "need", ["talking_therapy"]),
        ("ہسپتال کے بجائے کوئی محفوظ جگہ", "need", ["crisis_alternative", "crisis_alternative"]),
        ("بھائی کے لیے ایڈووکیٹ چاہیے", "need", ["advocacy"]),
        ("ابو بہت تنہا ہیں", "need", ["befriending", "community_group"]),
        ("بینیفٹس اور قرضے کا مسئلہ", "need", ["practical_advice", "practical_advice"]),
        ("مسجد کے امام صاحب", "need", ["faith_support", "faith_support"]),
        ("عملے کی تربیت کا مواد", "need", ["staff_resources"]),
        ("وہ صرف پنجابی بولتی ہیں", "service_language", ["pa"]),
        ("urdu mein baat ho sakti hai?", "service_language", ["ur"]),
        ("ابو پہاڑی بولتے ہیں", "service_language", ["ur", "pa"]),
        ("ہم پاکستانی ہیں", "community", ["pakistani"]),
        ("میں پناہ گزین ہوں", "community", ["refugees_asylum_seekers"]),
        ("ہماری ثقافت سمجھنے والا", "community", ["culturally_specific"]),
        ("صرف خواتین کے لیے", "gender", ["women"]),
        ("aurton ka group", "gender", ["women"]),
        ("مردوں کا گروپ", "gender", ["men"]),
        ("مندر میں بات ہو سکتی ہے؟", "faith", ["hindu"]),
        ("ابھی کھلی ہوئی جگہ", "time", ["now"]),
        ("آج رات کہاں جاؤں", "time", ["tonight"]),
        ("شام کو کھلا ہے؟", "time", ["evening"]),
        ("ویک اینڈ پر ہو تو بہتر", "time", ["weekend"]),
        ("مفت ہونا چاہیے", "fees", ["free"]),
        ("sasti therapy", "fees", ["low_cost"]),
        ("بغیر اپائنٹمنٹ جا سکتے ہیں؟", "referral", ["walk_in"]),
        ("کیا میں خود ریفر کر سکتی ہوں", "referral", ["self"]),
        ("جی پی کے ذریعے جانا ہوگا؟", "referral", ["gp"]),
        ("میرے کلائنٹ کے لیے", "referral", ["professional"]),
        ("دوسری والی کا پتہ", "ordinal", ["2"]),
        ("نمبر 3 کب کھلتا ہے", "ordinal", ["3"]),
        ("آخری والا کہاں ہے", "ordinal", ["last"]),
        ("میں 17 سال کی ہوں", "age", ["17"]),
        ("ابو ساٹھ سال کے ہیں", "age", ["60"]),
        ("umar 45 hai", "age", ["45"]),
        ("میں مانچسٹر میں رہتا ہوں", "place", ["Manchester"]),
        ("لیڈز کے قریب", "place", ["Leeds"]),
        ("Tower Hamlets میں", "place", ["Tower Hamlets"]),
    ],
)
def test_finds(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وہ کل آئیں گے", "community"),  # the future ending "گے" is not "gay"
        ("بے چینی بہت ہے", "service_language"),  # "بے چینی" is unease, not Chinese
        ("اور کیا ہے", "place"),  # "اور" (and) is a GeoNames spelling of Iver
        ("یہ بری بات ہے", "place"),  # "بری" (bad) is a GeoNames spelling of Bury
        ("امی کو انگریزی نہیں آتی", "service_language"),
        ("آج کل بہت پریشان ہوں", "time"),
        ("تفصیلات دینی ہوں گی؟", "need"),  # "دینی" is also "to give"
        ("میں فری ہوں", "fees"),
        ("3 سال سے یہی حال ہے", "age"),
        ("20 سال کا تجربہ ہے", "age"),  # "of 20 years", not an age
        ("پہلی بار یہ استعمال کر رہی ہوں", "ordinal"),
        ("دو نمبر کام", "ordinal"),
        ("میں ابھی Leeds میں رہتا ہوں", "time"),
    ],
)
def test_does_not_find(text, entity):
    assert values(text, entity) == []


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


def test_the_greeting_buttons_mean_what_the_english_ones_mean():
    catalogs = {}
    for language in ("en", "ur"):
        with (TRANSLATIONS / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            catalogs[language] = read_po(handle)
    for key in GREETING_BUTTONS:
        english, urdu = catalogs["en"][key].string, catalogs["ur"][key].string
        assert sorted(found(urdu)) == sorted(found(english, "en")), f"{key}: {urdu!r} vs {english!r}"
