"""Arabic, standard and colloquial: real sentences through the real lexicon and gazetteer."""
import pytest
import yaml
from babel.messages.pofile import read_po

from signpost.rasa_domain import GREETING_BUTTONS
from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES

TRANSLATIONS = LEXICON_DIR.parents[1] / "translations"


def found(text, language="ar"):
    return [(e.entity, e.value) for e in extract_entities(text, language=language)]


def values(text, entity):
    return [value for name, value in found(text) if name == entity]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "ar.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("بدي حدا احكي معه", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("عايز حد أتكلم معاه", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("مجموعة دعم للأمهات", "need", ["peer_support", "community_group"]),
        ("أبحث عن مستشارة نفسية", "need", ["talking_therapy"]),
        ("مكان آمن بدل المستشفى", "need", ["crisis_alternative", "crisis_alternative"]),
        ("أحتاج مناصر لأخي", "need", ["advocacy"]),
        ("أمي وحيدة", "need", ["befriending", "community_group"]),
        ("مشاكل السكن والديون", "need", ["practical_advice", "practical_advice"]),
        ("هل يمكن أن أتحدث مع إمام المسجد", "need", ["faith_support", "faith_support"]),
        ("تدريب الموظفين على الكفاءة الثقافية", "need", ["staff_resources", "staff_resources"]),
        ("مستشار يتكلم الكردية", "service_language", ["ku"]),
        ("بالعربي لو سمحت", "service_language", ["ar"]),
        ("بغيت بالدارجة", "service_language", ["ar"]),
        ("أنا سوري", "community", ["arab"]),
        ("أبحث عن مجموعة للاجئين", "community", ["refugees_asylum_seekers"]),
        ("شخص يفهم ثقافتي", "community", ["culturally_specific"]),
        ("مجموعة نسائية", "gender", ["women"]),
        ("فقط للنساء", "gender", ["women"]),
        ("نادي للرجال", "gender", ["men"]),
        ("هل في الكنيسة مرشد؟", "faith", ["christian"]),
        ("معالج مسلم", "faith", ["muslim"]),
        ("هل في شي مفتوح الآن", "time", ["now"]),
        ("وين أروح الليلة", "time", ["tonight"]),
        ("جلسات مسائية", "time", ["evening"]),
        ("يوم السبت أحسن", "time", ["weekend"]),
        ("بكرة الصبح", "time", ["tomorrow"]),
        ("لازم يكون مجاني", "fees", ["free"]),
        ("ما معي مصاري", "fees", ["free"]),
        ("علاج رخيص", "fees", ["low_cost"]),
        ("فيني روح بدون موعد؟", "referral", ["walk_in"]),
        ("فيني أحيل نفسي؟", "referral", ["self"]),
        ("لازم عن طريق الطبيب العام؟", "referral", ["gp"]),
        ("أبحث لعميلي", "referral", ["professional"]),
        ("خبرني عن الثاني", "ordinal", ["2"]),
        ("رقم ثلاثة وين؟", "ordinal", ["3"]),
        ("آخر واحد شو بيعمل", "ordinal", ["last"]),
        ("عمري 17 سنة", "age", ["17"]),
        ("أبي عمره سبعين", "age", ["70"]),
        ("ابني يبلغ من العمر ١٤", "age", ["14"]),
        ("أعيش في مانشستر", "place", ["Manchester"]),
        ("قريب من برمينغهام", "place", ["Birmingham"]),
        ("في Tower Hamlets", "place", ["Tower Hamlets"]),
    ],
)
def test_finds(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "text, entity",
    [
        ("مساء الخير", "time"),
        ("من الأول", "ordinal"),
        ("في الآونة الأخيرة تعبت", "ordinal"),
        ("للمرة الأولى أكتب هنا", "ordinal"),
        ("أمي ما بتحكي انجليزي", "service_language"),
        ("لغتي الأولى العربية", "ordinal"),
        ("أعيش في لندن الآن", "time"),
        ("كان عندي سؤال", "place"),  # "كان" (was) is a GeoNames spelling of Calne
        ("هل لي أن أسأل", "place"),  # "لي" (for me) is a GeoNames spelling of Leigh
        ("لو سمحت", "place"),  # "لو" (if) is a GeoNames spelling of Looe
    ],
)
def test_does_not_find(text, entity):
    assert values(text, entity) == []


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


def test_the_greeting_buttons_mean_what_the_english_ones_mean():
    catalogs = {}
    for language in ("en", "ar"):
        with (TRANSLATIONS / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            catalogs[language] = read_po(handle)
    for key in GREETING_BUTTONS:
        english, arabic = catalogs["en"][key].string, catalogs["ar"][key].string
        assert sorted(found(arabic)) == sorted(found(english, "en")), f"{key}: {arabic!r} vs {english!r}"
