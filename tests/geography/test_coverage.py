"""Places people name that the gazetteer used to miss: postcode districts anywhere in England,
small towns in lower case after a locating word (in 12 languages), names that are also English
words inside other languages, and neighbourhoods GeoNames lacks."""

from __future__ import annotations

import pytest

from signpost.geography.codepoint import OUTSIDE_ENGLAND, build_outcodes, osgb36_to_wgs84
from signpost.geography.data import read_neighbourhoods, read_outcodes
from signpost.geography.names import normalise_name


def found(gazetteer, text, language=None):
    return [(mention.text, mention.place.local_authorities[0]) for mention in gazetteer.find_in_text(text, language)]


@pytest.mark.parametrize(
    "text, local_authority",
    [
        ("anything in HD1 for black men", "Kirklees"),
        ("stoke ST1", "Stoke-on-Trent"),
        ("groups near de23", "Derby"),
        ("PE1 please", "Peterborough"),
        ("she's in L8", "Liverpool"),
        ("SL1", "Slough"),
        ("RG4 6AA", "Reading"),
        ("BB3", "Blackburn with Darwen"),
        ("NR1", "Norwich"),
        ("TR1", "Cornwall"),
    ],
)
def test_postcode_districts_anywhere_in_england(gazetteer, text, local_authority):
    assert [authority for _, authority in found(gazetteer, text)][-1:] == [local_authority]


def test_every_english_postcode_area_has_districts():
    areas = {"".join(char for char in record.district[:2] if char.isalpha()) for record in read_outcodes()}
    english = "AL B BA BB BD BH BL BN BR BS CA CB CM CO CR CT CV CW DA DE DH DL DN DT DY E EC EN EX FY GL GU HA HD HG HP HR HU HX IG IP KT L LA LE LN LS LU M ME MK N NE NG NN NR NW OL OX PE PL PO PR RG RH RM S SE SG SK SL SM SN SO SP SR SS ST SW TA TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO"
    assert set(english.split()) <= areas
    assert not {"CF", "SA", "LL", "EH", "G", "AB", "BT"} & areas  # Wales, Scotland, Northern Ireland


@pytest.mark.parametrize("district", ["CF10", "LL57", "EH1", "BT1", "CH5", "NP16"])
def test_districts_outside_england_are_not_places(gazetteer, district):
    assert gazetteer.resolve(district) is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("kan fi wa2t ma kont", "ar"),  # romanised Arabic, "time"
        ("fi da3m lel ahl", "ar"),  # "support"
        ("el boyfriend ta3i 5ad tlefoni", "ar"),
        ("iza bdi wa22ef el dawa", "ar"),
        ("kan fi wa2t ma kont", None),
    ],
)
def test_romanised_arabic_words_are_not_postcodes(gazetteer, text, language):
    assert found(gazetteer, text, language) == []


def test_a_lower_case_postcode_without_its_space_still_counts_after_postcode(gazetteer):
    assert found(gazetteer, "my postcode is hd12ab") == [("hd12ab", "Kirklees")]


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("weekend mornings in darwen", "en", "darwen"),
        ("a womens group in audley", None, "audley"),
        ("lunch in toxteth", None, "toxteth"),
        ("willesden e meyeder jonno", "bn", "willesden"),
        ("willesden e meyeder jonno", None, "willesden"),
        ("darwen mein koi group hai", "ur", "darwen"),
        ("burslem ma koi group che", "gu", "burslem"),
        ("hanley ch koi group", "pa", "hanley"),
        ("wembley la tamil counsellor", "ta", "wembley"),
        ("fi darwen", "ar", "darwen"),
        ("grupa w darwen", "pl", "darwen"),
        ("un grup în darwen", "ro", "darwen"),
        ("um grupo em darwen", "pt", "darwen"),
        ("koox ku taal darwen", "so", None),  # "ku" is not next to the name: nothing
        ("waxaan ku noolahay ku darwen", "so", "darwen"),
    ],
)
def test_small_towns_in_lower_case_after_a_locating_word(gazetteer, text, language, name):
    assert [text for text, _ in found(gazetteer, text, language)] == ([name] if name else [])


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("derby mein koi urdu group?", None, "derby"),
        ("slough ma gujarati counsellor che?", "gu", "slough"),
        ("stoke vich punjabi group", None, "stoke"),
        ("hackney - grupa wsparcia po polsku", "pl", "hackney"),
        ("oxford ayaan deggannahay", "so", "oxford"),
        ("caut ajutor, locuiesc surrey", "ro", "surrey"),
        ("they'll bury me", "en", None),
        ("stoke the fire mein", "en", None),
    ],
)
def test_a_name_that_is_also_an_english_word_in_lower_case_in_another_language(gazetteer, text, language, name):
    assert [text for text, _ in found(gazetteer, text, language)] == ([name] if name else [])


@pytest.mark.parametrize(
    "text, name",
    [
        ("my aunt lives darwen way and rarely goes out", "darwen"),
        ("we're based Burslem way", "Burslem"),
        ("he's staying toxteth way for now", "toxteth"),
        ("I live London Road", None),  # a street
        ("she lives alone", None),
    ],
)
def test_where_someone_lives_said_without_in(gazetteer, text, name):
    assert [text for text, _ in found(gazetteer, text)] == ([name] if name else [])


@pytest.mark.parametrize(
    "text",
    [
        "i was in reading a book",
        "in bath time she cries",
        "i live in hope",
        "in hope things get better",
        "interested in reading",
        "support in reading and writing",
        "my supervisor's gonna bury me",
        "help me",
        "Reading is hard for me",
    ],
)
def test_everyday_words_stay_words(gazetteer, text):
    assert found(gazetteer, text) == []


@pytest.mark.parametrize(
    "text, language, local_authority",
    [
        ("Slough ayaan joogaa", "so", "Slough"),
        ("Reading有冇廣東話心理輔導", "zh", "Reading"),
        ("Reading有冇廣東話心理輔導", None, "Reading"),
        ("Slough میں کوئی گروپ", None, "Slough"),
        ("Reading la tamil sangam irukka", "ta", "Reading"),
        ("Bath w pobliżu", "pl", "Bath and North East Somerset"),
        ("need counselling in reading but im on universal credit", None, "Reading"),
        ("any therapists in slough", None, "Slough"),
        ("we live in bath", None, "Bath and North East Somerset"),
    ],
)
def test_names_that_are_english_words_elsewhere(gazetteer, text, language, local_authority):
    assert [authority for _, authority in found(gazetteer, text, language)] == [local_authority]


@pytest.mark.parametrize(
    "text, local_authority",
    [
        ("groups in Hanley", "Stoke-on-Trent"),
        ("near caversham", "Reading"),
        ("Osmaston", "Derby"),
        ("in burslem", "Stoke-on-Trent"),
        ("Savile Town", "Kirklees"),
        ("Moss Side", "Manchester"),
        ("Garston", "Liverpool"),  # was given to Knowsley before Liverpool had more anchors
        ("anything near Wolverton?", "Milton Keynes"),
    ],
)
def test_neighbourhoods(gazetteer, text, local_authority):
    assert [authority for _, authority in found(gazetteer, text)] == [local_authority]


@pytest.mark.parametrize(
    "text, language, local_authority",
    [
        ("somewhere to chat to people my age, I live in Dalston", None, "Hackney"),
        ("Dalston e amar ammar jonno kono carer group ache?", "bn", "Hackney"),
        ("搬嚟Dalston之後好孤單", "zh", "Hackney"),
        ("waxaan degganahay Easton", "so", "Bristol"),
        ("grupa w Clapham", "pl", "Lambeth"),
        ("near Kennington please", None, "Lambeth"),
        ("Vauxhall mein koi group", "ur", "Lambeth"),
    ],
)
def test_city_neighbourhoods_win_over_villages_of_the_same_name(gazetteer, text, language, local_authority):
    """Dalston (Hackney) over Dalston (Cumbria, 1,300 people), Easton (Bristol) over Easton (Dorset)."""
    assert [authority for _, authority in found(gazetteer, text, language)] == [local_authority]


@pytest.mark.parametrize(
    "text, language, places",
    [
        ("Tooting ma gujarati ma koi sathe vaat kari shakay?", "gu", [("Tooting", "Wandsworth")]),
        ("Tooting mein koi Tamil group hai?", "ur", [("Tooting", "Wandsworth")]),
        ("Tooting ch koi Punjabi sangat?", "pa", [("Tooting", "Wandsworth")]),
        ("honestly Tooting me along is all she does", "en", []),
        ("I Hope me and mum can go", "en", []),
    ],
)
def test_an_everyday_word_place_before_a_romanised_postposition(gazetteer, text, language, places):
    """A small place or neighbourhood whose name is an English word is the place right before
    "ma", "mein", "ch" (which no English sentence has after a word), as it is after "in"."""
    assert found(gazetteer, text, language) == places


def test_caversham_is_no_misspelling_of_caterham(gazetteer):
    assert gazetteer.resolve("Caversham").local_authorities == ("Reading",)


def test_every_neighbourhood_is_a_name_of_its_own(gazetteer):
    """A row whose name another place already has would never be found: none may be dead."""
    for record in read_neighbourhoods():
        place = gazetteer.resolve(record.name)
        assert place is not None and place.kind == "town", record
        assert place.local_authorities == (record.local_authority,), record
        assert normalise_name(place.name) == normalise_name(record.name), record


def test_grid_references_convert_to_wgs84():
    # SW1A 1AA (Buckingham Palace) in Code-Point Open, and its published WGS84 point
    latitude, longitude = osgb36_to_wgs84(529090, 179645)
    assert latitude == pytest.approx(51.501009, abs=0.00002)
    assert longitude == pytest.approx(-0.141588, abs=0.00002)


def test_outcodes_take_the_nearest_places_authorities_and_leave_out_other_countries():
    # two places 30 km apart on the grid; XX1 mostly near the English one, YY1 mostly near the other
    places = [(*osgb36_to_wgs84(400000, 300000), "E00000001"), (*osgb36_to_wgs84(430000, 300000), OUTSIDE_ENGLAND)]
    postcodes = [("XX1", 400100, 300100)] * 8 + [("XX1", 429000, 300000)] * 2 + [("YY1", 429500, 300000)] * 3
    postcodes += [("YY1", 400000, 300500)]
    rows = build_outcodes(postcodes, places, {"E00000001": "Alpha"})
    assert [(row["district"], row["local_authorities"], row["postcodes"]) for row in rows] == [("XX1", "Alpha", 10)]
    assert float(rows[0]["latitude"]) == pytest.approx(osgb36_to_wgs84(406080, 300080)[0], abs=0.0001)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("வில்ஸ்டன்ல தமிழ் counsellor இருக்காங்களா", "ta", "Willesden"),  # spoken Tamil "-ல": in
        ("லண்டன்ல இருக்கேன்", None, "London"),
        ("வெம்ப்ளில ஒரு குழு", "ta", "Wembley"),
        ("ولزڈن میں خواتین کا گروپ", "ur", "Willesden"),
        ("উইলসডেনে মেয়েদের জন্য", "bn", "Willesden"),
        ("ਟੋਟਨਹੈਮ ਵਿੱਚ ਕੋਈ ਗਰੁੱਪ", "pa", "Tottenham"),
        ("બ્રિક્સ્ટનમાં કોઈ જૂથ", "gu", "Brixton"),
        ("أبحث عن مجموعة في بريكستون", "ar", "Brixton"),
        ("我住在斯特拉特福", "zh", "Stratford"),
        ("upton park la oru group", "ta", "Upton Park"),
    ],
)
def test_london_neighbourhoods_in_other_scripts(gazetteer, text, language, name):
    assert [mention.place.name for mention in gazetteer.find_in_text(text, language)] == [name]


@pytest.mark.parametrize("text", ["நல்ல விஷயம்", "இல்ல", "எல்லாம் சரி"])
def test_tamil_words_ending_in_la_are_not_places(gazetteer, text):
    assert found(gazetteer, text, "ta") == []
