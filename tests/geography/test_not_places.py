"""Words that contain a place name but name no place (not_place_words.csv), in every script."""
from __future__ import annotations

import pytest

from signpost.geography import Gazetteer
from signpost.geography.data import (
    NotPlaceRecord,
    neighbourhood_towns,
    read_areas,
    read_local_authorities,
    read_neighbourhoods,
    read_not_place_words,
    read_outcodes,
    read_postcode_districts,
    read_regions,
    read_script_names,
    read_towns,
)


def places(gazetteer, text, language=None):
    return [mention.place.name for mention in gazetteer.find_in_text(text, language=language)]


@pytest.fixture(scope="module")
def unfiltered() -> Gazetteer:
    """The shipped places without the not-place list: what the list has to stop (with the
    neighbourhoods, which script_names.csv spells too)."""
    authorities, districts = read_local_authorities(), read_postcode_districts() + read_outcodes()
    towns = read_towns() + neighbourhood_towns(read_neighbourhoods(), authorities, districts)
    return Gazetteer(authorities, read_regions(), read_areas(), districts, towns, script_names=read_script_names())


@pytest.mark.parametrize(
    "text, language",
    [
        ("I lived in New York for a year", "en"),
        ("new york was hard on me", "en"),
        ("Am locuit în New York", "ro"),
        ("Morei em Nova York", "pt"),
        ("Mieszkałem w Nowym Jorku", "pl"),
        ("Nowy Jork mnie zmęczył", "pl"),
        ("Waxaan ku noolaa New York", "so"),
        ("میں نیو یارک میں رہتا تھا", "ur"),
        ("আমি নিউ ইয়র্কে থাকতাম", "bn"),
        ("ਮੈਂ ਨਿਊ ਯੌਰਕ ਵਿੱਚ ਰਹਿੰਦਾ ਸੀ", "pa"),
        ("હું ન્યૂ યોર્કમાં રહેતો હતો", "gu"),
        ("நான் நியூ யார்க்கில் இருந்தேன்", "ta"),
        ("عشت في نيو يورك", "ar"),
        ("I read a book about Nelson Mandela", "en"),
        ("the group meets at Nelson Mandela House", "en"),
        ("نیلسن منڈیلا کی کتاب", "ur"),
        ("নেলসন ম্যান্ডেলা", "bn"),
        ("ਨੈਲਸਨ ਮੰਡੇਲਾ", "pa"),
        ("નેલ્સન મંડેલા", "gu"),
        ("நெல்சன் மண்டேலா", "ta"),
        ("نيلسون مانديلا", "ar"),
        ("哈罗", "zh"),
        ("哈罗，我想找人聊聊", "zh"),
        ("哈羅，有沒有中文熱線", "zh"),
        ("I grew up in New Hampshire", "en"),
        ("we watched Boston Legal all night", "en"),
        ("my nan made Yorkshire pudding", "en"),
        ("a film about Abraham Lincoln", "en"),
        # the game, written as the town is
        ("ਮੈਨੂੰ ਰਗਬੀ ਖੇਡਣਾ ਪਸੰਦ ਹੈ", "pa"),
        ("مجھے رگبی کھیلنا پسند ہے", "ur"),
        ("রাগবি খেলা দেখি", "bn"),
        ("મને રગ્બી ગમે છે", "gu"),
        ("ரக்பி விளையாட்டு பிடிக்கும்", "ta"),
        ("أحب لعبة رغبي كثيرا", "ar"),
    ],
)
def test_words_that_contain_a_place_name_are_no_place(gazetteer, unfiltered, text, language):
    assert places(gazetteer, text, language) == []
    assert places(unfiltered, text, language) != []  # the list is what stops it


@pytest.mark.parametrize(
    "text, language, place",
    [
        ("counselling in York", "en", "York"),
        ("I moved from New York to York, any groups?", "en", "York"),
        ("consiliere în York", "ro", "York"),
        ("terapia em York", "pt", "York"),
        ("یارک میں کونسلنگ", "ur", "York"),
        ("ইয়র্কে কাউন্সেলিং", "bn", "York"),
        ("ਯੌਰਕ ਵਿੱਚ ਮਦਦ", "pa", "York"),
        ("યોર્કમાં મદદ", "gu", "York"),
        ("யோர்க்கில் உதவி", "ta", "York"),
        ("مساعدة في يورك", "ar", "York"),
        ("我住在约克", "zh", "York"),
        ("any support in Nelson?", "en", "Nelson"),
        ("grupa wsparcia w Nelson", "pl", "Nelson"),
        ("نیلسن میں مدد", "ur", "Nelson"),
        ("நெல்சனில் உதவி", "ta", "Nelson"),
        ("a group in Harrow", "en", "Harrow"),
        ("হ্যারোতে সাহায্য", "bn", "Harrow"),
        ("ਹੈਰੋ ਵਿੱਚ ਮਦਦ", "pa", "Harrow"),
        ("હેરોમાં મદદ", "gu", "Harrow"),
        ("ஹாரோவில் உதவி", "ta", "Harrow"),
        ("مساعدة في هارو", "ar", "Harrow"),
        ("我住在哈罗", "zh", "Harrow"),
        ("哈罗附近有没有中文热线", "zh", "Harrow"),
        ("哈罗区的心理咨询", "zh", "Harrow"),
        ("去哈羅", "zh", "Harrow"),
        # the town, said to be where: by a word beside it or an ending written onto it
        ("ਅਸੀਂ ਰਗਬੀ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ", "pa", "Rugby"),
        ("ہم رگبی میں رہتے ہیں", "ur", "Rugby"),
        ("আমি রাগবিতে থাকি", "bn", "Rugby"),
        ("રગ્બીમાં કોઈ ગ્રુપ છે?", "gu", "Rugby"),
        ("ரக்பி அருகில் ஒரு குழு", "ta", "Rugby"),
        ("أسكن في رغبي", "ar", "Rugby"),
    ],
)
def test_the_places_themselves_are_still_found(gazetteer, text, language, place):
    assert places(gazetteer, text, language) == [place]


def test_every_listed_phrase_holds_a_place_name_it_hides(gazetteer, unfiltered):
    # an entry that hides nothing is dead weight, and a misspelt one would silently do nothing
    # (names people write with capitals are looked for as written so)
    written = {record.words: record.words.title() if record.words.isascii() else record.words
               for record in read_not_place_words()}
    idle = [record.words for record in read_not_place_words()
            if not places(unfiltered, written[record.words], record.language)
            or places(gazetteer, written[record.words], record.language)]
    assert idle == []


def test_a_not_place_entry_needs_a_word():
    base = (read_local_authorities(), read_regions(), read_areas(), read_postcode_districts(), [])
    with pytest.raises(ValueError, match="'--' have no word"):
        Gazetteer(*base, not_place_words=[NotPlaceRecord("--", "en", "punctuation")])
