from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "name",
    [
        "Southwark",
        "Lambeth",
        "Islington",
        "Tower Hamlets",
        "Wandsworth",
        "Croydon",
        "Hackney",
        "Newham",
        "Manchester",
        "Leeds",
        "Birmingham",
        "Wolverhampton",
        "Sheffield",
        "Middlesbrough",
        "Bradford",
        "Leicester",
    ],
)
def test_local_authorities_resolve_to_themselves(gazetteer, name):
    place = gazetteer.resolve(name)
    assert place.kind == "local_authority"
    assert place.name == name
    assert place.local_authorities == (name,)
    assert place.has_point


@pytest.mark.parametrize(
    "name",
    ["Southwark", "Lambeth", "Islington", "Tower Hamlets", "Wandsworth", "Croydon", "Hackney", "Newham"],
)
def test_london_boroughs_are_in_the_london_region(gazetteer, name):
    place = gazetteer.resolve(name)
    assert place.region == "London"
    assert place.key.startswith("la:E09")


@pytest.mark.parametrize(
    "name, region",
    [
        ("Manchester", "North West"),
        ("Leeds", "Yorkshire and The Humber"),
        ("Birmingham", "West Midlands"),
        ("Wolverhampton", "West Midlands"),
        ("Sheffield", "Yorkshire and The Humber"),
        ("Middlesbrough", "North East"),
        ("Bradford", "Yorkshire and The Humber"),
        ("Leicester", "East Midlands"),
    ],
)
def test_cities_carry_their_region(gazetteer, name, region):
    assert gazetteer.resolve(name).region == region


def test_teesside_is_its_four_boroughs(gazetteer):
    place = gazetteer.resolve("Teesside")
    assert place.kind == "area"
    assert set(place.local_authorities) == {"Middlesbrough", "Stockton-on-Tees", "Redcar and Cleveland", "Hartlepool"}
    assert place.region == "North East"
    assert place.has_point


@pytest.mark.parametrize(
    "district, authority",
    [
        ("SW9", "Lambeth"),
        ("SE5", "Southwark"),
        ("SE15", "Southwark"),
        ("E1", "Tower Hamlets"),
        ("N7", "Islington"),
        ("M13", "Manchester"),
        ("LS6", "Leeds"),
        ("B21", "Birmingham"),
        ("S4", "Sheffield"),
        ("TS1", "Middlesbrough"),
        ("CR0", "Croydon"),
        # cities with few GeoNames places, where Code-Point's nearest-place authorities go astray
        ("NE6", "Newcastle upon Tyne"),
        ("HU6", "Kingston upon Hull"),
        ("HU7", "Kingston upon Hull"),
    ],
)
def test_postcode_districts_resolve_to_their_main_authority(gazetteer, district, authority):
    place = gazetteer.resolve(district)
    assert place.kind == "postcode_district"
    assert place.key == f"district:{district}"
    assert place.local_authorities[0] == authority
    assert place.has_point


@pytest.mark.parametrize("text", ["SW9 8AA", "sw9 8aa", "sw98aa", " SW9  8AA ", "Sw9 8aA"])
def test_full_postcodes_resolve_to_their_district(gazetteer, text):
    assert gazetteer.resolve(text).key == "district:SW9"


def test_full_postcode_in_manchester(gazetteer):
    place = gazetteer.resolve("M13 0AA")
    assert place.key == "district:M13"
    assert place.local_authorities == ("Manchester",)


def test_sub_district_postcodes_resolve(gazetteer):
    assert gazetteer.resolve("EC1A 1BB").local_authorities == ("City of London",)
    assert gazetteer.resolve("SW1A 2AA").local_authorities == ("Westminster",)
    # SW1P has a row of its own; SW1Z has none, so its parent district answers.
    assert gazetteer.resolve("SW1Z 1AA").key == "district:SW1"


def test_unknown_district_in_a_known_area_resolves_to_the_postcode_area(gazetteer):
    place = gazetteer.resolve("SW99 9ZZ")
    assert place.key == "postcode_area:SW"
    assert place.kind == "area"
    assert place.region == "London"
    assert "Wandsworth" in place.local_authorities


def test_postcode_in_an_area_without_data_resolves_to_none(gazetteer):
    assert gazetteer.resolve("AB10 1AA") is None


@pytest.mark.parametrize("text", ["SW9 8CA", "SW9 8A", "9SW 8AA", "SW9 8AAA"])
def test_malformed_postcodes_are_not_places(gazetteer, text):
    assert gazetteer.resolve(text) is None


def test_towns_resolve_to_their_authority(gazetteer):
    brixton = gazetteer.resolve("Brixton")
    assert brixton.kind == "town"
    assert brixton.local_authorities == ("Lambeth",)
    assert brixton.region == "London"
    assert gazetteer.resolve("Peckham").local_authorities == ("Southwark",)
    assert gazetteer.resolve("Whitechapel").local_authorities == ("Tower Hamlets",)
    assert gazetteer.resolve("Longsight").local_authorities == ("Manchester",)
    assert gazetteer.resolve("Burngreave").local_authorities == ("Sheffield",)
    assert gazetteer.resolve("Scarborough").local_authorities == ("North Yorkshire",)
    assert gazetteer.resolve("Bath").local_authorities == ("Bath and North East Somerset",)


def test_neighbourhoods_gazetteer_lacks_come_from_district_localities(gazetteer):
    handsworth = gazetteer.resolve("Handsworth")
    assert handsworth.kind == "town"
    assert handsworth.local_authorities == ("Birmingham",)


def test_local_authority_name_wins_over_a_town_of_the_same_name(gazetteer):
    # GeoNames lists Lambeth, Islington and Croydon as towns too.
    for name in ("Lambeth", "Islington", "Croydon", "Manchester", "Leeds"):
        assert gazetteer.resolve(name).kind == "local_authority"


@pytest.mark.parametrize(
    "text", ["Tower Hamlets", "tower hamlets", "TOWER HAMLETS", "Tower-Hamlets", "  tower   hamlets "]
)
def test_names_are_case_space_and_punctuation_insensitive(gazetteer, text):
    assert gazetteer.resolve(text).key == "la:E09000030"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Newcastle", "Newcastle upon Tyne"),
        ("Hull", "Kingston upon Hull"),
        ("Kingston upon Hull, City of", "Kingston upon Hull"),
        ("St. Helens", "St Helens"),
        ("Stockton on Tees", "Stockton-on-Tees"),
        ("Brighton & Hove", "Brighton and Hove"),
        ("London Borough of Lambeth", "Lambeth"),
        ("Southwark Council", "Southwark"),
        ("Brixton, London", "Brixton"),
        ("the Wirral", "Wirral"),
    ],
)
def test_aliases_and_official_forms(gazetteer, text, expected):
    assert gazetteer.resolve(text).name == expected


def test_regions_list_all_their_authorities(gazetteer):
    london = gazetteer.resolve("London")
    assert london.kind == "region"
    assert len(london.local_authorities) == 33
    assert gazetteer.resolve("Greater London") == london
    north_west = gazetteer.resolve("North West")
    assert north_west.kind == "region"
    assert {"Manchester", "Liverpool", "Cumberland", "Blackpool"} <= set(north_west.local_authorities)
    assert "Leeds" not in north_west.local_authorities


def test_west_midlands_is_the_region_and_the_county_has_its_own_name(gazetteer):
    region = gazetteer.resolve("West Midlands")
    county = gazetteer.resolve("West Midlands county")
    assert region.kind == "region"
    assert county.kind == "area"
    assert set(county.local_authorities) < set(region.local_authorities)
    assert "Shropshire" in region.local_authorities and "Shropshire" not in county.local_authorities


def test_non_latin_names_resolve(gazetteer):
    assert gazetteer.resolve("مانچسٹر").name == "Manchester"
    assert gazetteer.resolve("曼彻斯特").name == "Manchester"
    assert gazetteer.resolve("Лондон").name == "London"


@pytest.mark.parametrize("text", ["nowhere-ville", "", "   ", "Narnia", "Wales"])
def test_unknown_places_resolve_to_none(gazetteer, text):
    assert gazetteer.resolve(text) is None


def test_local_authority_by_code_and_former_code(gazetteer):
    assert gazetteer.local_authority("E09000022").name == "Lambeth"
    # Sheffield was recoded from E08000019 to E08000039 in April 2025; ONSPD files use either.
    assert gazetteer.local_authority("E08000019").name == "Sheffield"
    assert gazetteer.local_authority("E08000039").name == "Sheffield"
    assert gazetteer.local_authority("Nowhere") is None


def test_local_authorities_lists_every_authority_once(gazetteer):
    authorities = gazetteer.local_authorities()
    assert len(authorities) == 296
    assert len({place.key for place in authorities}) == 296
    assert [place.name for place in authorities] == sorted(place.name for place in authorities)


@pytest.mark.parametrize(
    "answer, name",
    [
        ("Shefiild", "Sheffield"),   # two letters wrong in a long name
        ("Manchestr", "Manchester"),
        ("Bradfrod", "Bradford"),    # swapped letters
        ("Leicster", "Leicester"),
        ("Croydn", "Croydon"),       # the borough, not Croyde in Devon
        ("tower hamlet", "Tower Hamlets"),
        ("Wolverhamton", "Wolverhampton"),
        ("Lodnon", "London"),
        ("Newcastel", "Newcastle upon Tyne"),
        # a name of several words written as it sounds: a vowel off in every word
        ("Sottan Cauldfild", "Sutton Coldfield"),
        ("Stackton an Tiis", "Stockton-on-Tees"),
        # one long word written as it sounds: every consonant kept, two vowels off
        ("Baltan", "Bolton"),
        ("Plimuth", "Plymouth"),
    ],
)
def test_a_misspelt_answer_resolves_to_the_place_it_most_likely_means(gazetteer, answer, name):
    assert gazetteer.resolve(answer) is None
    assert gazetteer.resolve_misspelt(answer).name == name


@pytest.mark.parametrize(
    "answer",
    [
        "Seeds",      # the first letter must be right
        "Harow",      # Harrow and Harlow are both one letter away
        "Lnodno",     # too far from any name
        "Leeds1",     # not letters
        "please",
        "anywhere",
        "Derb",       # too short to guess
        "مانچسٹر",    # other scripts are matched exactly, not guessed
    ],
)
def test_no_guess_when_the_answer_is_not_clearly_one_place(gazetteer, answer):
    assert gazetteer.resolve_misspelt(answer) is None


def test_consonants_changed_in_a_name_of_several_words_are_no_misspelling(gazetteer):
    assert gazetteer.resolve_misspelt("Sotton Gouldfild") is None


@pytest.mark.parametrize(
    "short, text, language, name",
    [
        ("Ashton", "I live in Ashton and need a group", "en", "Ashton-under-Lyne"),  # not the smaller Ashton-in-Makerfield
        ("Bognor", "Bognor mein koi group hai?", "ur", "Bognor Regis"),
        ("Hemel", "szukam pomocy w Hemel", "pl", "Hemel Hempstead"),
        # a village of that very name, a tenth the size or less, does not keep the short form
        ("Burton", "is there a carers group in Burton?", "en", "Burton upon Trent"),
        ("Welwyn", "Welwyn mein koi group hai?", "ur", "Welwyn Garden City"),
    ],
)
def test_a_town_is_found_by_the_first_word_of_its_name(gazetteer, short, text, language, name):
    assert gazetteer.resolve(short).name == name
    assert [mention.place.name for mention in gazetteer.find_in_text(text, language)] == [name]


def test_the_first_word_of_a_town_that_is_also_a_name_needs_a_place_word(gazetteer):
    assert gazetteer.find_in_text("I asked Ross about it", "en") == []


def test_an_authority_keeps_its_name_when_a_bigger_town_starts_with_it(gazetteer):
    # Sutton Coldfield is far bigger than any town called Sutton, but Sutton is a London borough
    assert gazetteer.resolve("Sutton").kind == "local_authority"
    assert gazetteer.resolve("Sutton").name == "Sutton"
