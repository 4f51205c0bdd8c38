"""Tamil (Sri Lankan and Indian usage): real sentences through the real lexicon and gazetteer."""
import pytest
import yaml

from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES


def values(text, entity):
    return [e.value for e in extract_entities(text, language="ta") if e.entity == entity]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "ta.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("அம்மாவுக்கு பேச யாராவது வேணும்", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("யாரோடாவது கதைக்க வேணும்", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("பெண்களுக்கான ஆதரவுக் குழு", "need", ["peer_support", "community_group"]),
        ("குழுவில் சேர விருப்பம்", "need", ["community_group", "peer_support"]),
        ("கவுன்சிலரிடம் போக வேண்டும்", "need", ["talking_therapy"]),
        ("கடன் பிரச்சனைக்கு உதவி", "need", ["practical_advice"]),
        ("மருத்துவமனைக்கு பதிலாக எங்கே போகலாம்", "need", ["crisis_alternative"]),
        ("எனக்காக பேச ஒரு ஆள்", "need", ["advocacy"]),
        ("அப்பா தனிமையாக இருக்கிறார்", "need", ["befriending", "community_group"]),
        ("ஊழியர்களுக்கான பயிற்சி", "need", ["staff_resources"]),
        ("தமிழில் கதைக்கலாமா", "service_language", ["ta"]),
        ("தமிழ் பேசும் கவுன்சிலர்", "service_language", ["ta"]),
        ("சிங்களத்தில் முடியுமா", "service_language", ["si"]),
        ("tamil la pesa oruvar", "service_language", ["ta"]),
        ("இலங்கைத் தமிழர் குடும்பங்களுக்கு", "community", ["sri_lankan", "tamil"]),
        ("நான் ஒரு அகதி", "community", ["refugees_asylum_seekers"]),
        ("நம்ம கலாச்சாரம் தெரிந்த ஒருவர்", "community", ["culturally_specific"]),
        ("பெண்கள் மட்டும்", "gender", ["women"]),
        ("ஆண்களுக்கு ஏதாவது", "gender", ["men"]),
        ("கோயிலில் உதவி கிடைக்குமா", "faith", ["hindu"]),
        ("தேவாலயத்தில் கவுன்சிலிங்", "faith", ["christian"]),
        ("இப்பவே யாராவது வேணும்", "time", ["now"]),
        ("இன்றிரவு எங்கே போவது", "time", ["tonight"]),
        ("பின்னேரத்தில் திறந்திருக்குமா", "time", ["evening"]),
        ("சனிக்கிழமை என்றால் நல்லது", "time", ["weekend"]),
        ("இலவசமாக வேண்டும்", "fees", ["free"]),
        ("குறைந்த கட்டணத்தில் தெரபி", "fees", ["low_cost"]),
        ("அப்பாயிண்ட்மெண்ட் இல்லாமல் போகலாமா", "referral", ["walk_in"]),
        ("நானே ரெஃபர் பண்ணலாமா", "referral", ["self"]),
        ("GP ஊடாக போக வேண்டுமா", "referral", ["gp"]),
        ("என் கிளையன்ட் க்காக தேடுகிறேன்", "referral", ["professional"]),
        ("இரண்டாவதின் முகவரி", "ordinal", ["2"]),
        ("3வது எங்கே", "ordinal", ["3"]),
        ("கடைசியானது எப்போது திறக்கும்", "ordinal", ["last"]),
        ("எனக்கு 17 வயது", "age", ["17"]),
        ("மகளுக்கு பதினைந்து வயது", "age", ["15"]),
        ("நான் இலண்டன் ல இருக்கிறேன்", "place", ["London"]),
        ("பர்மிங்காம் ல ஏதாவது இருக்கா", "place", ["Birmingham"]),
        ("நான் Harrow-ல இருக்கிறேன்", "place", ["Harrow"]),
    ],
)
def test_finds(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "text, entity",
    [
        ("என் பெண் பள்ளிக்குப் போகிறாள்", "gender"),  # "என் பெண்" is "my daughter"
        ("அம்மாவுக்கு ஆங்கிலம் தெரியாது", "service_language"),
        ("இப்போது நான் Leeds-ல இருக்கிறேன்", "time"),  # "இப்போது" is about a life, not opening hours
        ("இன்று வரை யாரிடமும் சொல்லவில்லை", "time"),
        ("முதலாவது முறை இதைப் பாவிக்கிறேன்", "ordinal"),
        ("3 வருடமாக இப்படி இருக்கிறது", "age"),
        ("நான் ஃப்ரீயா இருக்கேன்", "fees"),
    ],
)
def test_does_not_find(text, entity):
    assert values(text, entity) == []


def test_a_word_for_a_language_and_a_people_is_read_from_its_neighbours():
    assert values("தமிழ் பெண்கள் குழு", "community") == ["tamil"]
    assert values("தமிழ் பெண்கள் குழு", "service_language") == []
    assert values("தமிழ் பேசும் ஆலோசகர்", "service_language") == ["ta"]
    assert values("தமிழ் பேசும் ஆலோசகர்", "community") == []
    assert values("தமிழ் கவுன்சிலர்", "service_language") == ["ta"]
    assert values("தமிழ் கவுன்சிலர்", "community") == ["tamil"]


def test_vowel_signs_typed_whole_or_in_parts_match():
    # "ோ" is U+0BCB, or U+0BC7 followed by U+0BBE.
    assert values("க\u0bcbவில்", "faith") == values("க\u0bc7\u0bbeவில்", "faith") == ["hindu"]
