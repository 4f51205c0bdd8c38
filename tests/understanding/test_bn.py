"""Bengali (and Sylheti written in Bengali): real sentences through the real lexicon and gazetteer."""
import pytest
import yaml

from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES


def values(text, entity):
    return [e.value for e in extract_entities(text, language="bn") if e.entity == entity]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "bn.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("আম্মার জন্য কথা বলার কেউ দরকার", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("মহিলাদের একটা সাপোর্ট গ্রুপ", "need", ["peer_support", "community_group"]),
        ("ফ্রি কাউন্সেলিং কোথায় পাব", "need", ["talking_therapy"]),
        ("বেনিফিট আর হাউজিং নিয়ে সাহায্য", "need", ["practical_advice", "practical_advice"]),
        ("হাসপাতাল ছাড়া নিরাপদ জায়গা", "need", ["crisis_alternative", "crisis_alternative"]),
        ("ভাইয়ের জন্য অ্যাডভোকেট লাগবে", "need", ["advocacy"]),
        ("আব্বা খুব একা লাগে বলেন", "need", ["befriending", "community_group"]),
        ("স্টাফদের জন্য ট্রেনিং আছে?", "need", ["staff_resources"]),
        ("উনি শুধু সিলেটি বলেন", "service_language", ["bn"]),
        ("বাংলায় কথা বলার কেউ", "service_language", ["bn"]),
        ("ইংরেজিতে লিখুন", "service_language", ["en"]),
        ("উর্দুতে হবে?", "service_language", ["ur"]),
        ("sylheti te kotha bolar keu", "service_language", ["bn"]),
        ("বাংলাদেশি পরিবারের জন্য", "community", ["bangladeshi"]),
        ("আমি শরণার্থী", "community", ["refugees_asylum_seekers"]),
        ("আমাদের সংস্কৃতি বোঝে এমন কেউ", "community", ["culturally_specific"]),
        ("শুধু মহিলাদের জন্য", "gender", ["women"]),
        ("পুরুষদের গ্রুপ", "gender", ["men"]),
        ("মসজিদে কাউন্সেলিং হয়?", "faith", ["muslim"]),
        ("মন্দিরের পুরোহিত", "faith", ["hindu", "hindu"]),
        ("এখনই কেউ আছে?", "time", ["now"]),
        ("আজ রাতে কোথায় যাব", "time", ["tonight"]),
        ("সন্ধ্যায় খোলা থাকে?", "time", ["evening"]),
        ("শনিবারে হলে ভালো", "time", ["weekend"]),
        ("বিনামূল্যে হতে হবে", "fees", ["free"]),
        ("কম খরচে থেরাপি", "fees", ["low_cost"]),
        ("অ্যাপয়েন্টমেন্ট ছাড়া যাওয়া যায়?", "referral", ["walk_in"]),
        ("নিজে রেফার করতে পারব?", "referral", ["self"]),
        ("জিপির মাধ্যমে যেতে হবে?", "referral", ["gp"]),
        ("আমার ক্লায়েন্টের জন্য খুঁজছি", "referral", ["professional"]),
        ("দ্বিতীয়টার ঠিকানা", "ordinal", ["2"]),
        ("৩ নম্বরটা কোথায়", "ordinal", ["3"]),
        ("শেষেরটা কখন খোলে", "ordinal", ["last"]),
        ("আমার বয়স ১৭", "age", ["17"]),
        ("মায়ের বয়স ৬৮", "age", ["68"]),
        ("ষোলো বছরের ছেলে", "age", ["16"]),
        ("আমি লন্ডন এ থাকি", "place", ["London"]),
        ("ম্যানচেস্টার এ কিছু আছে?", "place", ["Manchester"]),
        ("Tower Hamlets এ থাকি", "place", ["Tower Hamlets"]),
    ],
)
def test_finds(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "text, entity",
    [
        ("আমার মেয়ে স্কুলে যায়", "gender"),  # "মেয়ে" is also "daughter"
        ("আমি এখন Leeds এ থাকি", "time"),  # "এখন" is about a life, not opening hours
        ("আম্মা ইংরেজি বলতে পারেন না", "service_language"),
        ("আমি আজ সকালে ফ্রি আছি", "fees"),
        ("৩ বছর ধরে এই অবস্থা", "age"),
        ("প্রথমবার এটা ব্যবহার করছি", "ordinal"),
        ("আমি এখানে নতুন", "need"),
    ],
)
def test_does_not_find(text, entity):
    assert values(text, entity) == []


def test_a_word_for_a_language_and_a_people_is_read_from_its_neighbours():
    assert values("সোমালি মহিলাদের গ্রুপ", "community") == ["somali"]
    assert values("সোমালি মহিলাদের গ্রুপ", "service_language") == []
    assert values("সোমালি ভাষায় কাউন্সেলিং", "service_language") == ["so"]
    assert values("সোমালি ভাষায় কাউন্সেলিং", "community") == []


def test_spelling_and_typing_variants_match():
    # য় typed as one code point (U+09DF) or as য + nukta; long or short i; with or without chandrabindu.
    assert values("মে\u09dfেদের গ্রুপ", "gender") == values("মে\u09af\u09bcেদের গ্রুপ", "gender") == ["women"]
    assert values("হিন্দীতে", "service_language") == values("হিন্দিতে", "service_language") == ["hi"]
    assert values("বাংলাদেশী", "community") == ["bangladeshi"]
    assert values("হাটার গ্রুপ", "need") == ["community_group"]
