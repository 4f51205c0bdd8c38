from __future__ import annotations

import time

import pytest


def found(gazetteer, text):
    return [(mention.text, mention.place.key) for mention in gazetteer.find_in_text(text)]


def test_city_in_a_question(gazetteer):
    mentions = gazetteer.find_in_text("Is there Urdu speaking counselling in Manchester?")
    assert len(mentions) == 1
    mention = mentions[0]
    assert (mention.start, mention.end, mention.text) == (38, 48, "Manchester")
    assert mention.place.key == "la:E08000003"


def test_postcode_district_at_the_end(gazetteer):
    text = "somewhere to go in the evening when I can't cope, I'm in SW9"
    assert found(gazetteer, text) == [("SW9", "district:SW9")]


def test_everyday_words_are_not_places(gazetteer):
    text = "I'm dying to find a Polish speaking group in Islington"
    assert found(gazetteer, text) == [("Islington", "la:E09000019")]


@pytest.mark.parametrize(
    "text",
    [
        "I hope someone can help",
        "We meet at church on the high street",
        "There is a wing of the hospital for that",
        "Reading helps me relax",
        "I'm interested in reading groups",
        "I need a bath and some sleep",
        "Sale on at the shop",
        "I need vitamin B12 tablets",
        "I drove up the M6 yesterday",
        "In March things got worse",
        "I talked to my GP about it",
        "north west of the town centre",
    ],
)
def test_no_false_places(gazetteer, text):
    assert found(gazetteer, text) == []


@pytest.mark.parametrize(
    "text, key",
    [
        ("any groups in tower hamlets", "la:E09000030"),
        ("is there a Turkish group in hackney?", "la:E09000012"),
        ("I live in Reading", "la:E06000038"),
        ("Is there anything in Bath for carers?", "town:bath"),
        ("I live in Sale", "town:sale"),
        ("I'm in sw9", "district:SW9"),
        ("I live near m13", "district:M13"),
        ("I'm in Hope, in the Peak District", "town:hope"),
        ("support in hull please", "la:E06000010"),
        ("I moved to Greater Manchester", "area:greater-manchester"),
        ("Brixton has a group?", "town:brixton"),
        ("we are in the North West", "region:north-west"),
        ("my postcode is SE15 5AA", "district:SE15"),
        ("my postcode is se155aa", "district:SE15"),
    ],
)
def test_places_found(gazetteer, text, key):
    assert [place for _, place in found(gazetteer, text)] == [key]


def test_mentions_come_in_text_order(gazetteer):
    text = "I work in Croydon but live in SE15 and my sister is in Leeds"
    assert found(gazetteer, text) == [("Croydon", "la:E09000008"), ("SE15", "district:SE15"), ("Leeds", "la:E08000035")]


def test_a_list_of_places_keeps_its_location_word(gazetteer):
    text = "any groups in tower hamlets or hackney?"
    assert found(gazetteer, text) == [("tower hamlets", "la:E09000030"), ("hackney", "la:E09000012")]
    assert found(gazetteer, "I ride a hackney or a bus") == []


def test_longest_match_wins(gazetteer):
    assert found(gazetteer, "Greater Manchester") == [("Greater Manchester", "area:greater-manchester")]
    assert found(gazetteer, "in North West Leicestershire") == [("North West Leicestershire", "la:E07000134")]
    assert found(gazetteer, "Newcastle upon Tyne") == [("Newcastle upon Tyne", "la:E08000021")]


def test_hyphens_dots_and_ampersands_inside_names(gazetteer):
    text = "Stockton-on-Tees, St. Helens or Brighton & Hove"
    assert found(gazetteer, text) == [
        ("Stockton-on-Tees", "la:E06000004"),
        ("St. Helens", "la:E08000013"),
        ("Brighton & Hove", "la:E06000043"),
    ]


def test_full_postcode_is_one_mention(gazetteer):
    assert found(gazetteer, "Leeds LS6 3AA") == [("Leeds", "la:E08000035"), ("LS6 3AA", "district:LS6")]


def test_street_names_are_not_the_town(gazetteer):
    assert found(gazetteer, "the centre on Manchester Road in Bradford") == [("Bradford", "la:E08000032")]


def test_non_latin_names_in_text(gazetteer):
    assert found(gazetteer, "我住在曼彻斯特") == [("曼彻斯特", "la:E08000003")]
    assert found(gazetteer, "میں مانچسٹر میں رہتا ہوں") == [("مانچسٹر", "la:E08000003")]


def test_empty_text(gazetteer):
    assert gazetteer.find_in_text("") == []


def test_fast_enough_for_every_message(gazetteer):
    text = "somewhere to go in the evening when I can't cope, I'm in SW9 near Brixton, or Southwark"
    gazetteer.find_in_text(text)
    runs = 500
    started = time.perf_counter()
    for _ in range(runs):
        gazetteer.find_in_text(text)
    per_call_ms = (time.perf_counter() - started) / runs * 1000
    assert per_call_ms < 1.0, f"find_in_text took {per_call_ms:.3f} ms per sentence"


def test_names_in_scripts_with_vowel_signs(gazetteer):
    assert found(gazetteer, "मैं मैन्चेस्टर में रहता हूँ") == [("मैन्चेस्टर", "la:E08000003")]
    assert found(gazetteer, "আমি ম্যানচেস্টারে থাকি") == [("ম্যানচেস্টারে", "la:E08000003")]  # "in Manchester"


def test_an_english_name_written_against_chinese_characters_is_found():
    from signpost.geography import load_gazetteer

    gazetteer = load_gazetteer()
    assert [m.place.name for m in gazetteer.find_in_text("我住在Watford附近", language="zh")] == ["Watford"]
    assert [m.text for m in gazetteer.find_in_text("在Croydon有没有中文小组", language="zh")] == ["Croydon"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("my flat is just off Edgware Road", "en"),
        ("Edgware Road side, near the market", "en"),
        ("mieszkam blisko Edgware Road", "pl"),
        ("hooyaday waxay joogtaa Edgware Road", "so"),
        ("ana sakna fi Edgware Road", "ar"),
    ],
)
def test_a_london_street_people_name_as_their_area(gazetteer, text, language):
    mentions = gazetteer.find_in_text(text, language=language)
    assert [(mention.text, mention.place.local_authorities) for mention in mentions] == [
        ("Edgware Road", ("Westminster",))
    ]


@pytest.mark.parametrize("text", ["we walked down the road to the shops", "the road was closed at Edgware"])
def test_a_street_area_is_not_any_road(gazetteer, text):
    assert all(mention.place.key != "town:edgware-road" for mention in gazetteer.find_in_text(text))


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("mummy plaistow ma rahe che", "gu", "Plaistow"),
        ("ana sakin bi plaistow w badawwir 3ala group", "ar", "Plaistow"),
        ("mama rehti hai tooting mein", "ur", "Tooting"),
        ("waxaan joogaa Plaistow hadda", "so", "Plaistow"),
        ("abtigay wuxuu ku noolahay Tooting", "so", "Tooting"),
        ("我妈妈住Tooting，想找个中文小组", "zh", "Tooting"),
    ],
)
def test_a_neighbourhood_in_another_language_needs_no_english_cue(gazetteer, text, language, name):
    assert name in [m.place.name for m in gazetteer.find_in_text(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("i hope it goes ok", "en"),  # English: a small place that is a word still needs "in Hope"
        ("there is hope in streatham", "en"),
        ("we did it with no hope", "en"),
    ],
)
def test_a_neighbourhood_in_english_still_needs_its_cue(gazetteer, text, language):
    names = [m.place.name for m in gazetteer.find_in_text(text, language=language)]
    assert "Hope" not in names


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("skegness: caut un psiholog care vorbeste romana", "ro", "Skegness"),
        ("wisbech, szukam kogos kto mowi po polsku", "pl", "Wisbech"),
        ("no sorry, i meant barnstaple not exeter", "en", "Barnstaple"),
    ],
)
def test_a_small_town_in_lower_case_heading_a_message_or_put_right_is_the_place(gazetteer, text, language, name):
    assert name in [m.place.name for m in gazetteer.find_in_text(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("skegness is where i grew up", "en"),  # English: a lower-case small town still needs its cue
        ("salut, caut un grup", "ro"),           # a greeting heading a message is no place
        ("witam, szukam grupy wsparcia", "pl"),
    ],
)
def test_a_lower_case_word_heading_a_message_is_a_place_only_when_it_is_one(gazetteer, text, language):
    names = [m.place.name for m in gazetteer.find_in_text(text, language=language)]
    assert names == []
