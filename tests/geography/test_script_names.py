"""Place names in other scripts: case endings, curated spellings, and GeoNames spellings that are words."""
from __future__ import annotations

import pytest

from signpost.geography import Gazetteer
from signpost.geography.data import (
    NotPlaceRecord,
    ScriptNameRecord,
    read_areas,
    read_local_authorities,
    read_postcode_districts,
    read_regions,
)
from signpost.geography.inflections import stems


def places(gazetteer, text, language=None):
    return [(mention.text, mention.place.name) for mention in gazetteer.find_in_text(text, language=language)]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("টাওয়ার হ্যামলেটসে একটা গ্রুপ", "bn", [("টাওয়ার হ্যামলেটসে", "Tower Hamlets")]),  # -e: in
        ("লন্ডনের কাছে", "bn", [("লন্ডনের", "London")]),  # -er: of
        ("হ্যারোতে থাকি", "bn", [("হ্যারোতে", "Harrow")]),  # -te after a vowel
        ("લેસ્ટરમાં રહું છું", "gu", [("લેસ્ટરમાં", "Leicester")]),  # -maa: in
        ("હેરોથી આવું છું", "gu", [("હેરોથી", "Harrow")]),  # -thi: from
        ("லண்டனில் இருக்கிறேன்", "ta", [("லண்டனில்", "London")]),  # -il replaces the virama
        ("ஹாரோவில் ஒரு குழு", "ta", [("ஹாரோவில்", "Harrow")]),  # -vil after a vowel
        ("லீட்ஸிலிருந்து வருகிறேன்", "ta", [("லீட்ஸிலிருந்து", "Leeds")]),  # -ilirundhu: from
        ("ਲੰਡਨੋਂ ਆਇਆ ਹਾਂ", "pa", [("ਲੰਡਨੋਂ", "London")]),  # -on: from
        ("أعيش بلندن", "ar", [("بلندن", "London")]),  # bi-: in
        ("وليدز أيضا", "ar", [("وليدز", "Leeds")]),  # wa-: and
        ("mieszkam w Londynie", "pl", [("Londynie", "London")]),
        ("pracuję w Manchesterze", "pl", [("Manchesterze", "Manchester")]),
        ("jestem z Bristolu", "pl", [("Bristolu", "Bristol")]),
        ("locuiesc în Birminghamul de azi", "ro", [("Birminghamul", "Birmingham")]),
    ],
)
def test_names_with_a_case_ending_or_postposition(gazetteer, text, language, expected):
    assert places(gazetteer, text, language) == expected


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("ہم لیٹن میں رہتے ہیں", "ur", "Leyton"),
        ("আমরা লেটনে থাকি", "bn", "Leyton"),
        ("ਮੈਂ ਲੇਟਨ ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ", "pa", "Leyton"),
        ("હું લેટનમાં રહું છું", "gu", "Leyton"),
        ("أسكن في ليتون", "ar", "Leyton"),
        # the spelling without the "h" sound people type as often as the full one
        ("উনি নর্থাম্পটনে থাকেন", "bn", "Northampton"),
    ],
)
def test_neighbourhoods_and_towns_as_people_spell_them(gazetteer, text, language, name):
    assert [place for _, place in places(gazetteer, text, language)] == [name]


@pytest.mark.parametrize(
    "text, language, name",
    [
        # outer London towns and the Medway towns, which GeoNames spells in no script people use
        ("أسكن في أكسبريدج", "ar", "Uxbridge"),
        ("میں اکسبرج میں رہتا ہوں", "ur", "Uxbridge"),
        ("ਮੈਂ ਹੇਜ਼ ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ", "pa", "Hayes"),
        ("ہیز میں کوئی گروپ ہے؟", "ur", "Hayes"),
        ("હું હેઝમાં રહું છું", "gu", "Hayes"),
        ("ਗਿਲਿੰਘਮ ਦੇ ਗੁਰਦੁਆਰੇ", "pa", "Gillingham"),
        ("আমি গিলিংহ্যামে থাকি", "bn", "Gillingham"),
        ("أعيش في جيلينغهام", "ar", "Gillingham"),
        ("சேத்தமில் ஒரு குழு", "ta", "Chatham"),
        ("我住在查塔姆", "zh", "Chatham"),
        ("ਐਡਮਿੰਟਨ ਵਿੱਚ", "pa", "Edmonton"),
        ("ایڈمنٹن میں میری بہن", "ur", "Edmonton"),
        ("我妈妈住在伍利奇", "zh", "Woolwich"),  # GeoNames' spelling, kept only for big towns
        ("伍利奇有冇廣東話服務", "zh", "Woolwich"),
        ("میڈوے میں", "ur", "Medway"),
        ("ਵੈਸਟ ਬ੍ਰੋਮਿਚ ਵਿੱਚ ਕੋਈ ਗਰੁੱਪ", "pa", "West Bromwich"),
        ("ویسٹ برومچ میں", "ur", "West Bromwich"),
        ("我住在奥尔德伯里", "zh", "Oldbury"),  # not 伯里, Bury
        ("我搬到了蘭卡斯特", "zh", "Lancaster"),  # Taiwan and Hong Kong write 卡 where the mainland writes 开
        ("નોર્થોલ્ટમાં રહું છું", "gu", "Northolt"),
        ("أسكن في ميدنهيد", "ar", "Maidenhead"),
        ("উইল্ডস্টোনে থাকি", "bn", "Wealdstone"),
    ],
)
def test_outer_towns_in_other_scripts(gazetteer, text, language, name):
    assert [place for _, place in places(gazetteer, text, language)] == [name]


def test_endings_are_undone_only_where_they_belong(gazetteer):
    # Latin endings only for the language they belong to, and only on a capitalised word.
    assert places(gazetteer, "w Londynie", "en") == []
    assert places(gazetteer, "w londynie", "pl") == []
    # An Arabic prefix only in Arabic: Urdu does not write "in" onto a word.
    assert places(gazetteer, "بلندن", "ur") == []
    # Indic scripts belong to one language each, so their endings need no language.
    assert places(gazetteer, "লন্ডনে") == [("লন্ডনে", "London")]


def test_a_stem_keeps_a_few_letters():
    assert stems("বে", "বে", "bn") == ()  # one letter left: no stem
    assert stems("লন্ডনে", "লন্ডনে", "bn") == ("লন্ডন",)
    assert stems("london", "London", "en") == ()
    assert stems("yorku", "Yorku", "pl") == ("york",)
    assert stems("ryeu", "Ryeu", "pl") == ()  # three letters left: too little to trust


def test_a_tamil_name_whose_final_consonant_doubles_before_the_ending():
    # "ஹீத்" + "இல்" is written "ஹீத்தில்", "கென்ட்" + "இல்" "கென்ட்டில்": the doubled consonant comes off too
    assert "ஹீத்" in stems("ஹீத்தில்", "ஹீத்தில்", "ta")
    assert "கென்ட்" in stems("கென்ட்டில்", "கென்ட்டில்", "ta")
    assert "லண்டன்" in stems("லண்டனில்", "லண்டனில்", "ta")  # no doubling: as before


@pytest.mark.parametrize(
    "text, name",
    [
        ("برمنگھم میں", "Birmingham"),  # Urdu spelling GeoNames lacks (it has Persian برمنگم)
        ("ٹاور ہیملیٹس میں", "Tower Hamlets"),  # a borough: GeoNames has towns only
        ("নিউহ্যামে", "Newham"),
        ("ਵੁਲਵਰਹੈਂਪਟਨ ਵਿੱਚ", "Wolverhampton"),
        ("ميدلزبره", "Middlesbrough"),
        ("紐卡斯爾的小組", "Newcastle upon Tyne"),  # Traditional characters read as Simplified
        ("曼城", "Manchester"),
        ("كونسلنگ برمنغهام", "Birmingham"),
    ],
)
def test_curated_spellings(gazetteer, text, name):
    assert [place for _, place in places(gazetteer, text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "آپ اور کون سی زبانیں بولتے ہیں؟",  # اور 'and': GeoNames' Iver
        "یہ بری بات ہے",  # بری 'bad': Bury
        "عربي لو سمحت",  # لو 'if': Looe
        "وين ما كان",  # كان 'was': Calne
        "گولیاں کھا لی ہیں",  # لی 'took': Leigh
        "میرا ہوم ورک",  # ورک 'work': Warwick
        "我想去塞尔维亚",  # 塞尔 starts Serbia: GeoNames' Sale
        "我喜欢林肯的演讲",  # Abraham Lincoln
        "我怕我会伤害我的宝宝",  # 宝: Bow
    ],
)
def test_common_words_that_geonames_spells_as_places(gazetteer, text):
    assert places(gazetteer, text) == []


def test_a_curated_name_must_be_a_known_place_in_another_script():
    base = (read_local_authorities(), read_regions(), read_areas(), read_postcode_districts(), [])
    with pytest.raises(ValueError, match="'Atlantis' .* is not a known place"):
        Gazetteer(*base, script_names=[ScriptNameRecord("Atlantis", "ur", ("اٹلانٹس",))])
    with pytest.raises(ValueError, match="is Latin"):
        Gazetteer(*base, script_names=[ScriptNameRecord("Leeds", "pl", ("Lidsie",))])
    built = Gazetteer(*base, script_names=[ScriptNameRecord("Leeds", "ur", ("لیڈز",))], not_place_words=[NotPlaceRecord("لیڈز", "ur", "a test")])
    assert built.find_in_text("لیڈز") == []  # a listed word is never reported, even when curated


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("szukam terapeuty w Readingu", "pl", "Reading"),  # "Reading" needs a location word
        # "hull" in lower case is a place only after a location word
        ("grupa wsparcia w hull", "pl", "Kingston upon Hull"),
        ("consiliere din hull", "ro", "Kingston upon Hull"),
        ("apoio em hull", "pt", "Kingston upon Hull"),
    ],
)
def test_location_words_of_other_languages(gazetteer, text, language, name):
    assert [place for _, place in places(gazetteer, text, language)] == [name]
    assert places(gazetteer, text, "en") == []  # "w", "în", "em" are not English location words


def test_the_curated_file_names_each_place_once_per_language_and_each_spelling_once():
    from collections import Counter

    from signpost.geography.data import read_script_names
    from signpost.geography.inflections import fold
    from signpost.geography.names import normalise_name

    records = read_script_names()
    rows = Counter((record.place, record.language) for record in records)
    assert [row for row, count in rows.items() if count > 1] == []
    places_of = {}
    for record in records:
        for name in record.names:
            places_of.setdefault(fold(normalise_name(name)), set()).add(record.place)
    assert {name: places for name, places in places_of.items() if len(places) > 1} == {}


def test_a_curated_name_is_found_where_geonames_would_find_a_shorter_one(gazetteer):
    # "伯里" is Bury; inside "什鲁斯伯里" (Shrewsbury) the longer curated name wins.
    assert [place for _, place in places(gazetteer, "我在什鲁斯伯里")] == ["Shrewsbury"]


def test_a_borrowed_english_word_is_not_the_town_it_spells(gazetteer):
    assert places(gazetteer, "ریڈنگ میں دل نہیں لگتا") == []  # "I can't concentrate on reading"
    assert [place for _, place in places(gazetteer, "雷丁有中文热线吗")] == ["Reading"]


def test_urdu_spellings_meet_persian_ones_by_their_skeleton(gazetteer):
    from signpost.geography.inflections import arabic_skeleton, fold

    assert arabic_skeleton(fold("برمنگھم")) == arabic_skeleton(fold("برمنگم"))  # do-chashmi he
    assert arabic_skeleton(fold("منزفیلڈ")) == arabic_skeleton(fold("منزفیلد"))  # retroflex d
    assert [place for _, place in places(gazetteer, "منزفیلڈ میں")] == ["Mansfield"]  # GeoNames: منزفیلد
    # GeoNames' "لنکن، انگلستان" (Lincoln, England) is also kept as its name alone
    assert [place for _, place in places(gazetteer, "لنکن میں")] == ["Lincoln"]


SCRIPT_LANGUAGES = ("ur", "bn", "pa", "gu", "ta", "ar", "zh")


def test_every_curated_place_is_spelled_in_every_script_language():
    from signpost.geography.data import read_script_names

    languages_of = {}
    for record in read_script_names():
        languages_of.setdefault(record.place, set()).add(record.language)
    missing = {place: sorted(set(SCRIPT_LANGUAGES) - languages) for place, languages in languages_of.items()}
    assert {place: languages for place, languages in missing.items() if languages} == {}
    assert {"Southampton", "Solihull", "Wirral", "City of London", "Kingston upon Hull"} <= set(languages_of)


def test_every_curated_spelling_alone_is_found_as_its_own_place(gazetteer):
    # A spelling another place's name would shadow, or that is only part of a longer name, fails here;
    # words listed in not_place_words.csv are the deliberate exceptions (resolve() still knows them).
    from signpost.geography.data import read_not_place_words, read_script_names
    from signpost.geography.inflections import fold
    from signpost.geography.names import normalise_name

    not_places = {fold(normalise_name(record.words)) for record in read_not_place_words()}
    wrong = []
    for record in read_script_names():
        place = gazetteer.resolve(record.place).name
        for name in record.names:
            if fold(normalise_name(name)) in not_places:
                assert gazetteer.resolve(name).name == place
                continue
            found = [found_place for _, found_place in places(gazetteer, name)]
            if found != [place]:
                wrong.append((record.language, name, place, found))
    assert wrong == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("ਸਾਊਥੈਂਪਟਨ ਵਿੱਚ ਕੋਈ ਸੇਵਾ ਹੈ?", "Southampton"),
        ("ਸਾਊਥੈਪਟਨ", "Southampton"),  # without the nasal mark
        ("ਪੋਰਟਸਮਾਊਥ ਵਿੱਚ", "Portsmouth"),
        ("સાઉધમ્પ્ટનમાં રહું છું", "Southampton"),
        ("சவுத்தாம்ப்டனில் ஒரு குழு", "Southampton"),
        ("ওয়েম্বলিতে থাকি", "Wembley"),
        ("سولیہل میں", "Solihull"),
        ("سولیھل", "Solihull"),  # do-chashmi he
        ("كوفنتري", "Coventry"),
        ("أعيش في تشيلمسفورد", "Chelmsford"),
        ("曼城有华人辅导吗", "Manchester"),
        ("曼彻斯特", "Manchester"),
        ("我住在北泰恩赛德", "North Tyneside"),
        ("伦敦金融城", "City of London"),  # not London
        ("سٹی آف لندن میں کام کرتا ہوں", "City of London"),
        ("赫尔河畔金斯顿", "Kingston upon Hull"),  # not Kingston upon Thames
        ("کنگسٹن اپون ہل", "Kingston upon Hull"),
        ("杜斯伯里", "Dewsbury"),  # not 伯里, Bury
        ("ਰੈਡਿੰਗ ਵਿੱਚ", "Reading"),  # the town is said "Redding"
        ("রেডিংয়ে", "Reading"),
    ],
)
def test_spellings_added_for_every_script_language(gazetteer, text, name):
    assert [place for _, place in places(gazetteer, text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "ਮੈਨੂੰ ਇਸ ਮੁਸ਼ਕਲ ਦਾ ਹੱਲ ਨਹੀਂ ਮਿਲਦਾ",  # ਹੱਲ 'solution': Hull is written in full
        "ਦੰਦਾਂ ਵਿੱਚ ਵਿਰਲ ਹੈ",  # ਵਿਰਲ 'gap': Wirral is ਵਿਰਾਲ
        "ਰੀਡਿੰਗ ਵਿੱਚ ਦਿਲ ਨਹੀਂ ਲੱਗਦਾ",  # 'reading' borrowed; the town is ਰੈਡਿੰਗ
        "આ વિરલ તક છે",  # વિરલ 'rare'
        "સ્લો ઇન્ટરનેટ અને સ્ટોક માર્કેટ",  # 'slow' (Slough), 'stock' (Stoke)
        "આનો હલ શું છે",  # હલ 'solution'
        "என் விரல் வலிக்கிறது",  # விரல் 'finger'
        "আমি হাল ছেড়ে দিয়েছি",  # হাল 'helm': 'I have given up'
        "বাইরে বেরিয়ে গেলাম",  # বেরিয়ে 'went out' would stem to a Bury spelling
        "我在读巴金的小说",  # 巴金, the writer, not Barking
        "圣海伦火山",  # Mount St Helens
        "纳尔逊·曼德拉",  # Nelson, Lancashire is 纳尔逊镇
    ],
)
def test_words_the_new_spellings_avoid(gazetteer, text):
    assert places(gazetteer, text) == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("ਵੁਲਵਰਹੈਂਪਟਨ। ਕੋਈ ਗਰੁੱਪ?", "pa", "Wolverhampton"),
        ("ব্র্যাডফোর্ড। কেউ আছে?", "bn", "Bradford"),
        ("ਘਰ ਬੈਠੇ ਹਾਂ॥ ਲੈਸਟਰ॥", "pa", "Leicester"),
    ],
)
def test_a_danda_ends_the_name_before_it(gazetteer, text, language, expected):
    assert [name for _, name in places(gazetteer, text, language)] == [expected]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # the neighbourhoods where the independent sets' community services are, as people write them
        ("ਹੈਂਡਸਵਰਥ ਗੁਰਦੁਆਰੇ ਵਿੱਚ ਕੋਈ ਸੇਵਾ ਹੈ?", "pa", "Handsworth"),
        ("ہینڈزورتھ میں کوئی گروپ", "ur", "Handsworth"),
        ("মিচামে কোনো গ্রুপ আছে?", "bn", "Mitcham"),
        ("ميتشام فيه مركز؟", "ar", "Mitcham"),
        ("میننگھم میں خواتین کا گروپ", "ur", "Manningham"),
        ("曼宁厄姆有没有中文服务", "zh", "Manningham"),
        ("હેરહિલ્સમાં કોઈ ગ્રુપ", "gu", "Harehills"),
        ("பெல்கிரேவ்ல ஏதாவது இருக்கா", "ta", "Belgrave"),
        # the neighbourhoods of Nottingham, Coventry, Oldham, Luton, Sheffield and Croydon with community services
        ("ਹਾਇਸਨ ਗ੍ਰੀਨ ਵਿੱਚ ਕੋਈ ਗਰੁੱਪ ਹੈ?", "pa", "Hyson Green"),
        ("হাইসন গ্রিনে থাকি", "bn", "Hyson Green"),
        ("ફોલ્સ હિલમાં કોઈ સેવા", "gu", "Foleshill"),
        ("فولزہل میں کوئی سینٹر", "ur", "Foleshill"),
        ("தார்ன்டன் ஹீத்துக்கு போகலாமா", "ta", "Thornton Heath"),
        ("桑顿希思有没有中文小组", "zh", "Thornton Heath"),
        ("ਸਨੇਂਟਨ ਵਿੱਚ", "pa", "Sneinton"),
        ("غلودويك فيه مجموعة؟", "ar", "Glodwick"),
        ("বারি পার্কে কোনো গ্রুপ", "bn", "Bury Park"),
        ("டார்னல்ல ஏதாவது இருக்கா", "ta", "Darnall"),
        ("پیج ہال میں", "ur", "Page Hall"),
        ("ઇસ્ટ હામમાં કોઈ ગ્રુપ", "gu", "East Ham"),
        # Urdu writers spell Hounslow with ز as often as with س
        ("ہاؤنزلو میں کوئی کونسلر", "ur", "Hounslow"),
        ("ہنزلو میں", "ur", "Hounslow"),
    ],
)
def test_neighbourhood_spellings_in_other_scripts(gazetteer, text, language, expected):
    assert [place for _, place in places(gazetteer, text, language)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("மிச்சம் பக்கத்துல இன்னைக்கு ராத்திரி உட்கார இடம் இருக்கா?", ["Mitcham"]),
        ("நான் மிச்சம் ஃபேர் கிரீன் பக்கம் இருக்கேன்", ["Mitcham"]),
        ("மிட்சம்ல ஏதாவது குழு இருக்கா?", ["Mitcham"]),
        ("மிச்சம் சாப்பாடு இருக்கு", []),  # "there is food left over"
    ],
)
def test_tamil_mitcham_is_also_the_word_for_left_over(gazetteer, text, expected):
    assert [place for _, place in places(gazetteer, text, "ta")] == expected


@pytest.mark.parametrize(
    "text, language",
    [
        # Burton upon Trent by its short name, which shares its consonants with Brighton and Bretton
        ("ਬਰਟਨ", "pa"),
        ("ਮੇਰੇ ਪਿਤਾ ਜੀ ਬਰਟਨ ਵਿੱਚ ਰਹਿੰਦੇ ਨੇ", "pa"),
        ("ہم برٹن میں رہتے ہیں", "ur"),
        ("আমরা বার্টনে থাকি", "bn"),
        ("હું બર્ટનમાં રહું છું", "gu"),
        ("நான் பர்டனில் இருக்கிறேன்", "ta"),
        ("أسكن في بيرتون", "ar"),
        ("我住在伯顿", "zh"),
    ],
)
def test_burton_in_every_script_is_burton_upon_trent(gazetteer, text, language):
    assert [place for _, place in places(gazetteer, text, language)] == ["Burton upon Trent"]


def test_brighton_in_gurmukhi_is_still_brighton(gazetteer):
    assert [place for _, place in places(gazetteer, "ਮੈਂ ਬ੍ਰਾਈਟਨ ਵਿੱਚ ਹਾਂ", "pa")] == ["Brighton"]


@pytest.mark.parametrize(
    "text, language, name",
    [
        # London neighbourhoods GeoNames gives no population, so no sound match reaches them
        ("هل في مركز بهندن؟", "ar", "Hendon"),  # not Honiton, which shares its consonants
        ("ہینڈن میں کوئی گروپ؟", "ur", "Hendon"),
        ("ਹੈਂਡਨ ਵਿੱਚ ਕੋਈ ਗਰੁੱਪ?", "pa", "Hendon"),
        ("চার্চ স্ট্রিটে একটা গ্রুপ", "bn", "Church Street"),  # the street's name, not the church
        ("چرچ سٹریٹ کے پاس", "ur", "Church Street"),
    ],
)
def test_london_neighbourhoods_without_a_population_by_their_script_spellings(gazetteer, text, language, name):
    assert [place for _, place in places(gazetteer, text, language)] == [name]
