import time

import pytest

from signpost.geography.model import Place, PlaceMention
from signpost.understanding import Entity, extract_entities
from signpost.understanding.entities import only_about


class NoPlaces:
    def find_in_text(self, text, language=None):
        return []


class NamedPlaces:
    """A stand-in gazetteer that finds the given names, case-insensitively."""

    def __init__(self, *names):
        self.places = {name.lower(): Place(key=f"test:{name}", name=name, kind="local_authority") for name in names}

    def find_in_text(self, text, language=None):
        mentions = []
        lowered = text.lower()
        for key, place in self.places.items():
            start = lowered.find(key)
            if start >= 0:
                mentions.append(PlaceMention(start, start + len(key), text[start : start + len(key)], place))
        return mentions


def found(text, gazetteer=None):
    return [(e.entity, e.value, e.text) for e in extract_entities(text, gazetteer=gazetteer or NoPlaces())]


def values(text, entity, gazetteer=None):
    return [value for name, value, _ in found(text, gazetteer) if name == entity]


def test_an_entity_carries_its_span_of_the_original_text():
    text = "Any URDU speaking Counsellors?"
    entities = extract_entities(text, gazetteer=NoPlaces())
    assert entities == [
        Entity("service_language", "ur", 4, 8, "URDU"),
        Entity("need", "talking_therapy", 18, 29, "Counsellors"),
    ]
    assert all(text[e.start : e.end] == e.text for e in entities)


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("any peer support near me", "need", ["peer_support"]),
        ("is there an advocate", "need", ["advocacy"]),
        ("a crisis café please", "need", ["crisis_alternative"]),
        ("cheap counselling", "need", ["talking_therapy"]),
        ("help with universal credit", "need", ["practical_advice"]),
        ("cultural competence resources", "need", ["staff_resources"]),
        ("she only speaks Sylheti", "service_language", ["bn"]),
        ("a Cantonese or Mandarin speaker", "service_language", ["zh", "zh"]),
        ("someone who speaks Dari", "service_language", ["fa"]),
        ("for Bangladeshi families", "community", ["bangladeshi"]),
        ("Gypsy and Traveller women", "community", ["roma", "gypsy_traveller", "irish_traveller"] * 2),
        ("a group for ladies", "gender", ["women"]),
        ("a men's group", "gender", ["men"]),
        ("I'm a bloke in Salford", "gender", ["men"]),
        ("a bloke keeps following me", "gender", []),  # said of someone else: no preference
        ("a Sikh counsellor", "faith", ["sikh"]),
        ("anything open now", "time", ["now"]),
        ("something this evening", "time", ["tonight"]),
        ("on Sundays", "time", ["sunday"]),
        ("free of charge", "fees", ["free"]),
        ("on a sliding scale", "fees", ["low_cost"]),
        ("can I refer myself", "referral", ["self"]),
        ("can my GP refer me, through my GP", "referral", ["gp"]),
        ("I'm a social worker, can I refer a client", "referral", ["professional"]),
        ("the 3rd one", "ordinal", ["3"]),
        ("what about number 7", "ordinal", ["7"]),
        ("option two", "ordinal", ["2"]),
        ("the last one", "ordinal", ["last"]),
        ("I'm 17", "age", ["17"]),
        ("for my 14-year-old", "age", ["14"]),
        ("she's fifteen", "age", ["15"]),
    ],
)
def test_each_kind_of_entity(text, entity, expected):
    assert values(text, entity) == expected


def test_one_phrase_can_mean_several_values():
    assert found("someone to talk to") == [
        ("need", "befriending", "someone to talk to"),
        ("need", "talking_therapy", "someone to talk to"),
        ("need", "helpline", "someone to talk to"),
        ("need", "peer_support", "someone to talk to"),
    ]
    assert values("a group", "need") == ["community_group", "peer_support"]
    assert values("Black women", "community") == ["black_british", "african", "caribbean"]
    assert values("Mirpuri speaking", "service_language") == ["ur", "pa"]


def test_a_phrase_can_mean_values_of_several_entities():
    assert found("a drop-in") == [("need", "community_group", "drop-in"), ("referral", "walk_in", "drop-in")]
    assert found("the mosque") == [("need", "faith_support", "mosque"), ("faith", "muslim", "mosque")]
    assert found("a Sikh temple") == [("need", "faith_support", "Sikh temple"), ("faith", "sikh", "Sikh temple")]


def test_the_longest_match_wins_over_shorter_overlapping_ones():
    assert found("peer support group") == [("need", "peer_support", "peer support group")]
    assert found("a crisis house") == [("need", "crisis_alternative", "crisis house")]
    assert found("a black and white photo") == []


def test_entities_come_in_text_order():
    entities = extract_entities("free Polish speaking group for women in Leeds tonight", gazetteer=NamedPlaces("Leeds"))
    assert [e.start for e in entities] == sorted(e.start for e in entities)
    assert [e.entity for e in entities] == ["fees", "service_language", "need", "need", "gender", "place", "time"]


@pytest.mark.parametrize(
    "text",
    [
        "feel free to tell me",
        "what do you do in your free time",
        "it was the first time I'd asked",
        "in the first place",
        "I know",
        "I know it's late",
        "no one understands me",
        "I'm 5 minutes away",
        "my mum doesn't speak English",
        "her English is limited",
        "it's been hard for the last few years",
        "the last time I went",
        "my brother's car",
        "not right now",
        "I have to go now",
        "how does this work",
        "line manager asked me",
        "good evening",
    ],
)
def test_everyday_words_that_mean_nothing_here(text):
    assert found(text) == []


def test_negatives_leave_the_rest_of_the_message_alone():
    assert found("feel free to say if it's free") == [("fees", "free", "free")]
    assert found("my first time, I'd like the first one") == [("ordinal", "1", "the first one")]
    assert found("my mum doesn't speak English, only Urdu") == [("service_language", "ur", "Urdu")]
    assert found("Urdu is my first language") == [("service_language", "ur", "Urdu")]


def test_now_alone_is_not_a_time_but_open_now_is():
    assert values("I live in Leeds now", "time") == []
    assert values("who's open now", "time") == ["now"]
    assert values("I need help now", "time") == ["now"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a Polish speaking counsellor", [("service_language", "pl"), ("need", "talking_therapy")]),
        ("in Polish please", [("service_language", "pl")]),
        ("switch to Polish", [("service_language", "pl")]),
        ("for Polish women", [("community", "polish"), ("gender", "women")]),
        ("talk to Somali women", [("community", "somali"), ("gender", "women")]),
        ("I'm Polish", [("community", "polish")]),
        ("a Polish counsellor", [("service_language", "pl"), ("community", "polish"), ("need", "talking_therapy")]),
    ],
)
def test_a_language_that_is_also_a_people_is_read_from_its_neighbours(text, expected):
    assert [(entity, value) for entity, value, _ in found(text)] == expected


def test_apostrophes_may_be_curly_or_missing():
    for text in ("I can't afford it", "I can’t afford it", "I cant afford it"):
        assert values(text, "fees") == ["low_cost"]
    for text in ("women's group", "women’s group", "womens group"):
        assert values(text, "gender") == ["women"]


@pytest.mark.parametrize("text, fees", [
    ("I can't pay much for a counsellor", ["low_cost"]),
    ("we're on universal credit", ["low_cost"]),
    ("there isn't much money at home, we're on a low income", ["low_cost"]),
    ("I don't mind paying if it's good", ["any"]),
    ("it doesn't have to be free", ["any"]),
    ("free please", ["free"]),
])
def test_what_someone_says_about_money_means_free_or_low_cost_and_paying_is_fine_means_any(text, fees):
    assert values(text, "fees") == fees


@pytest.mark.parametrize("text, needs", [
    ("they won't listen to me at the ward round, I need someone on my side", ["advocacy", "advocacy"]),
    ("help dealing with social services", ["advocacy"]),
    ("will they tell social services?", []),  # a question about confidentiality, not a need
    ("I can't make sense of the paperwork from the council", ["practical_advice"]),
    ("my landlord wants us out", ["practical_advice"]),
    ("is there a day centre for my dad", ["community_group"]),
    ("somewhere to go in the evening when it all gets too much", []),  # not a drop-in: the safety layer reads it
    ("somewhere we can go on Thursdays to chat to someone", ["community_group", "befriending"]),
])
def test_everyday_wording_of_advocacy_practical_advice_and_drop_ins(text, needs):
    assert values(text, "need") == needs


@pytest.mark.parametrize("language, text", [
    # trouble with the hospital or doctors who do not listen: someone to speak up, in several languages
    ("en", "my nan has problems with the hospital, the doctors won't listen"),
    ("pt", "a minha mãe tem problemas com o hospital"),
    ("pt", "o meu irmão está internado e os médicos não o ouvem"),
    ("pl", "tata ma problemy ze szpitalem"),
    ("pl", "lekarze nie słuchają mojej siostry"),
    ("ro", "bunica are probleme cu spitalul"),
    ("ro", "medicii nu o ascultă pe sora mea"),
])
def test_trouble_with_the_hospital_asks_for_advocacy(language, text):
    assert set(e.value for e in extract_entities(text, language) if e.entity == "need") == {"advocacy"}


@pytest.mark.parametrize("language, text", [
    ("ro", "avem nevoie de ajutor cu niște scrisori de la council"),
    ("pl", "potrzebuję pomocy z listami z councilu"),
    ("pt", "preciso de ajuda com cartas do council"),
    ("ar", "بدي مساعدة بالرسائل من الكاونسل"),
    ("ur", "کونسل کے خطوں میں مدد چاہیے"),
    ("ur", "council ke letters samajhne mein madad"),
    ("bn", "কাউন্সিলের চিঠি বুঝতে সাহায্য দরকার"),
    ("zh", "搵人幫我睇council嘅信"),
])
def test_help_with_official_letters_is_practical_advice(language, text):
    assert "practical_advice" in {e.value for e in extract_entities(text, language) if e.entity == "need"}


@pytest.mark.parametrize("language, text, place", [
    # a place ruled out and said again beside another place is where the writer is, not the search
    ("en", "sorry, my mum is in Bradford not Leeds, I'm in Leeds", "Bradford"),
    ("ro", "de fapt mama stă în Luton, nu în Watford. eu sunt în Watford", "Luton"),
    ("pl", "tata mieszka w Exeter, nie w Swindon. ja jestem w Swindon", "Exeter"),
    ("pt", "é para o meu pai em Burnley, não em Doncaster; eu estou em Doncaster", "Burnley"),
])
def test_a_ruled_out_place_said_again_is_where_the_writer_is(language, text, place):
    assert [e.value for e in extract_entities(text, language) if e.entity == "place"] == [place]


def test_a_ruled_out_place_said_again_alone_is_the_place():
    # "not Leeds, I live in Leeds" names no other place: Leeds is still the place
    assert [e.value for e in extract_entities("not Leeds, I live in Leeds", "en") if e.entity == "place"] == ["Leeds"]


@pytest.mark.parametrize("text", ["wants a portuguese-speaking grp", "any grps near her?"])
def test_the_short_form_of_group(text):
    assert values(text, "need") == ["community_group", "peer_support"]


def test_help_with_universal_credit_is_still_practical_advice():
    assert values("help with my universal credit claim", "need") == ["practical_advice"]
    assert values("help with my universal credit claim", "fees") == []


@pytest.mark.parametrize("text", ["I'm only free after mass", "anything I could join after church?"])
def test_after_church_is_when_not_what(text):
    found = [(e.entity, e.value) for e in extract_entities(text)]
    assert ("time", "sunday") in found and ("need", "faith_support") not in found


def test_numbers_outside_an_entitys_range_are_not_that_entity():
    assert values("number 12", "ordinal") == []
    assert values("I'm 2", "age") == []
    assert values("she is 111", "age") == []


def test_places_come_from_the_gazetteer():
    gazetteer = NamedPlaces("Tower Hamlets", "SW9")
    assert found("a group in tower hamlets", gazetteer)[-1] == ("place", "Tower Hamlets", "tower hamlets")
    assert found("I'm in SW9", gazetteer) == [("place", "SW9", "SW9")]


def test_the_projects_gazetteer_is_used_by_default():
    entities = extract_entities("a Polish group near SW9 or in tower hamlets")
    assert [(e.entity, e.value) for e in entities if e.entity in ("place", "service_language")] == [
        ("service_language", "pl"),
        ("place", "SW9"),
        ("place", "Tower Hamlets"),
    ]


def test_a_lexicon_phrase_beats_a_place_of_the_same_length():
    assert found("Polish please", NamedPlaces("Polish")) == [("service_language", "pl", "Polish")]


def test_a_longer_place_beats_a_lexicon_phrase_inside_it():
    assert found("Black Notley", NamedPlaces("Black Notley")) == [("place", "Black Notley", "Black Notley")]


def test_text_must_be_a_string():
    with pytest.raises(TypeError, match="text must be a string, not bytes"):
        extract_entities(b"hello")


def test_it_is_fast_enough_for_every_message():
    message = "Is there a free Somali speaking women's group near Southwark that's open now? My mum is 70"
    extract_entities(message)
    started = time.perf_counter()
    for _ in range(500):
        extract_entities(message)
    assert (time.perf_counter() - started) / 500 < 0.01  # well under 10 ms a message


def test_a_message_of_unknown_language_is_read_with_the_lexicon_that_explains_most_of_it():
    from signpost.understanding.language import SUPPORTED
    from signpost.understanding import best_reading

    language, entities = best_reading("grupa wsparcia w Leeds", SUPPORTED)
    assert language == "pl"
    assert {(e.entity, e.value) for e in entities} == {("need", "peer_support"), ("need", "community_group"),
                                                      ("place", "Leeds")}
    assert best_reading("Leeds", SUPPORTED)[0] == "en"  # a tie goes to the preferred language
    assert best_reading("Leeds", SUPPORTED, preferred="ur")[0] == "ur"
    assert best_reading("ok", SUPPORTED) == ("en", [])


def languages(text, language="en"):
    return [e.value for e in extract_entities(text, language=language, gazetteer=NoPlaces())
            if e.entity == "service_language"]


@pytest.mark.parametrize("text, expected", [
    ("a counsellor who speaks Panjaby", []),           # the last letter wrong: not taken
    ("anyone speaking Gujarti near me", ["gu"]),
    ("a Portugese speaking group", ["pt"]),
    ("counselling in Bengalli please", ["bn"]),
    ("help in Somalli for my mum", ["so"]),
    ("someone who talks Mandrin", ["zh"]),
    ("is there a Romainan speaker", ["ro"]),
    ("a therapist in Arbic", []),                      # five letters: too short to guess at
])
def test_a_misspelt_language_name_is_read_as_the_language(text, expected):
    assert languages(text) == expected


@pytest.mark.parametrize("text", ["my parents came from Romania", "we are from Somalia", "family from Punjab",
                                  "he grew up in Bengal", "she lived in Arabia", "a trench coat"])
def test_a_country_or_everyday_word_is_not_taken_for_a_misspelt_language(text):
    assert languages(text) == []


def test_a_misspelt_language_next_to_a_people_word_is_the_community():
    found = [(e.entity, e.value) for e in extract_entities("a group for Somalli women", gazetteer=NoPlaces())]
    assert ("community", "somali") in found and ("service_language", "so") not in found


@pytest.mark.parametrize("language, text, expected", [
    ("en", "My English is fine, though I'd prefer someone who speaks Tamil", ["ta"]),
    ("en", "I can speak English but Bengali feels easier", ["bn"]),
    ("en", "I understand English; Urdu would be better for counselling", ["ur"]),
    ("en", "a group, not in English, in Arabic", ["ar"]),
    ("pl", "znam angielski, ale wolę rozmawiać po polsku", ["pl"]),
    ("pt", "entendo inglês, mas prefiro falar em português", ["pt"]),
    ("ro", "vorbesc englezește, dar aș vrea pe cineva în română", ["ro"]),
    ("zh", "我懂英语，不过更想找说中文的", ["zh"]),
    ("ur", "meri angrezi theek hai magar Punjabi mein baat karna asaan hai", ["pa"]),
])
def test_a_language_the_person_already_manages_is_not_asked_for(language, text, expected):
    assert languages(text, language) == expected


@pytest.mark.parametrize("language, text, only", [
    ("en", "my sister will only talk to a lady counsellor", False),
    ("en", "only a female therapist please", False),
    ("en", "a woman counsellor, at a women only centre", True),
    ("en", "women only group please", True),
    ("zh", "我只想要女咨询师", False),
    ("zh", "只要女性", True),
    ("pt", "só quero uma psicóloga mulher", False),
    ("pl", "chcę tylko terapeutkę kobietę", False),
    ("ro", "vreau doar o consilieră femeie", False),
    ("ro", "doar pentru femei", True),
    ("ar", "أريد مستشارة امرأة فقط", False),
    ("ur", "مجھے صرف خاتون کونسلر چاہیے", False),
    ("ur", "صرف خواتین کا گروپ", True),
    ("pa", "ਸਿਰਫ਼ ਔਰਤ ਕਾਉਂਸਲਰ", False),
])
def test_a_gender_said_of_the_person_who_helps_is_a_preference(language, text, only):
    assert only_about(text, language, "gender") is only


@pytest.mark.parametrize("language, text", [
    # a town said beside a local authority it is not in is that authority's neighbourhood of the same name
    ("en", "any mens group in Normanton, Derby on a Friday?"),
    ("en", "I live in Derby Normanton, somewhere to talk?"),
    ("ur", "Derby ke Normanton mein koi markaz hai?"),
    ("pl", "czy jest grupa w Normanton w Derby"),
])
def test_a_town_beside_an_authority_it_is_not_in_is_that_authoritys_neighbourhood(language, text):
    assert [e.value for e in extract_entities(text, language) if e.entity == "place"] == ["Derby"]


@pytest.mark.parametrize("language, text, places", [
    ("en", "a group in Normanton please", ["Normanton"]),  # alone: the town GeoNames knows
    ("en", "Normanton, Wakefield", ["Normanton", "Wakefield"]),  # beside its own authority
    ("en", "I work in Derby. Is there a group in Normanton?", ["Derby", "Normanton"]),  # another sentence
])
def test_a_town_alone_or_beside_its_own_authority_is_kept(language, text, places):
    assert [e.value for e in extract_entities(text, language) if e.entity == "place"] == places


@pytest.mark.parametrize("language, text", [
    # one gender made a requirement and the other named as who the person will not see
    ("en", "only a woman please, my sister won't talk to a man"),
    ("en", "women only - she freezes up around men"),
    ("ur", "صرف خاتون چاہیے، وہ مرد سے بات نہیں کرتی"),
    ("bn", "শুধু মহিলা দরকার, মা পুরুষের সামনে কিছু বলবে না"),
])
def test_the_other_gender_beside_an_only_one_is_who_they_will_not_see(language, text):
    assert [e.value for e in extract_entities(text, language) if e.entity == "gender"] == ["women"]
    ruled_out = [e.value for e in extract_entities(text, language, keep_negated=True) if e.negated]
    assert "men" in ruled_out


@pytest.mark.parametrize("language, text, genders", [
    ("en", "a men's group and a women's group", ["men", "women"]),  # no only-word: both asked about
    ("en", "only men, I'm a man myself", ["men", "men"]),  # one gender, said twice
])
def test_genders_without_one_made_a_requirement_stay(language, text, genders):
    assert [e.value for e in extract_entities(text, language) if e.entity == "gender"] == genders


@pytest.mark.parametrize("language, text, needs", [
    # someone to deal with the doctors, the council or housing for a relative is an advocate
    ("en", "my gran needs someone to speak to the doctors for her", {"advocacy"}),
    ("en", "someone to deal with the council for my uncle", {"advocacy", "practical_advice"}),
    ("so", "Abtigay wuxuu u baahan yahay qof la hadla dhakhtarka", {"advocacy"}),
    ("so", "Walaashay waxay rabtaa qof la hadla golaha", {"advocacy", "practical_advice"}),
])
def test_someone_to_deal_with_doctors_or_the_council_for_them_is_advocacy(language, text, needs):
    assert {e.value for e in extract_entities(text, language) if e.entity == "need"} == needs


@pytest.mark.parametrize("language, text", [
    # somewhere to go and talk: in person, so no phone line
    ("en", "is there somewhere to talk in Oldham"),
    ("gu", "લેસ્ટરમાં ક્યાંક વાત કરી શકું?"),
    ("gu", "મમ્મી માટે વાત કરવાની જગ્યા જોઈએ"),
    ("pa", "ਲੈਸਟਰ ਵਿੱਚ ਗੱਲ ਕਰਨ ਦੀ ਜਗ੍ਹਾ ਹੈ?"),
])
def test_somewhere_to_talk_is_in_person_support(language, text):
    needs = {e.value for e in extract_entities(text, language) if e.entity == "need"}
    assert needs == {"befriending", "talking_therapy", "peer_support", "community_group"}


@pytest.mark.parametrize("text, language, place", [
    ("Sottan Cauldfild", "en", "Sutton Coldfield"),
    ("Newcastel apon tyne", "ur", "Newcastle upon Tyne"),
    ("Stackton an Tiis", "pl", "Stockton-on-Tees"),
])
def test_a_message_that_is_only_a_misspelt_name_of_several_words_names_that_place(text, language, place):
    assert [(e.entity, e.value) for e in extract_entities(text, language)] == [("place", place)]


def test_a_message_of_several_words_that_is_no_place_stays_what_it_says():
    assert [(e.entity, e.value) for e in extract_entities("peer support group", "en")] == [("need", "peer_support")]
