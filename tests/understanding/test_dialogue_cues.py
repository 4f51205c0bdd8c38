"""What a message does to the conversation: what it rules out, corrects, declines or asks of the chat
(data/lexicon/<lang>.yml `cues:`, signpost.understanding.dialogue)."""
import pytest

from signpost.understanding import extract_entities, load_lexicon
from signpost.understanding.dialogue import cues, misspelling_is_certain, service_named
from signpost.understanding.lexicon import LexiconError


def places(text, language="en", keep_negated=True):
    return [(e.value, e.negated) for e in extract_entities(text, language, keep_negated=keep_negated)
            if e.entity == "place"]


@pytest.mark.parametrize("language, text, kept, ruled_out", [
    ("en", "Bradford, not Leeds", "Bradford", "Leeds"),
    ("en", "actually Sheffield instead of Bradford", "Sheffield", "Bradford"),
    ("en", "somewhere in Leicester rather than Leeds", "Leicester", "Leeds"),
    ("ur", "لیڈز نہیں، بریڈفورڈ", "Bradford", "Leeds"),
    ("ur", "Leeds ke bajaye Bradford", "Bradford", "Leeds"),
    ("pl", "zamiast Leeds to Bradford", "Bradford", "Leeds"),
    ("pt", "em vez de Leeds, Bradford", "Bradford", "Leeds"),
    ("ro", "în loc de Leeds, Bradford", "Bradford", "Leeds"),
    ("so", "Leeds maaha, Bradford", "Bradford", "Leeds"),
    ("zh", "不是利兹，是布拉德福德", "Bradford", "Leeds"),
    ("ta", "Leeds வேண்டாம், Bradford", "Bradford", "Leeds"),
])
def test_what_a_message_rules_out_is_marked_and_left_out(language, text, kept, ruled_out):
    assert (kept, False) in places(text, language) and (ruled_out, True) in places(text, language)
    assert places(text, language, keep_negated=False) == [(kept, False)]


@pytest.mark.parametrize("language, text, wanted", [
    ("ta", "appa ku english theriyadhu, tamil pesura counsellor venum", "ta"),
    ("ta", "paatti ku english varaathu; tamil la oru group", "ta"),
    ("gu", "dadi ne english nathi avadtu, gujarati bolta koi", "gu"),
    ("gu", "દાદીને અંગ્રેજી નથી આવડતું, ગુજરાતી બોલતા કોઈ જોઈએ", "gu"),
    ("en", "my gran doesn't understand English, she needs someone in Punjabi", "pa"),
    ("en", "he does not know english at all, only bengali", "bn"),
])
def test_a_language_the_person_does_not_know_is_not_asked_for(language, text, wanted):
    languages = [e.value for e in extract_entities(text, language) if e.entity == "service_language"]
    assert languages == [wanted]


@pytest.mark.parametrize("text", ["No, Leeds", "not sure, maybe Leeds", "Leeds"])
def test_punctuation_or_distance_closes_a_negation(text):
    assert places(text) == [("Leeds", False)]


def test_other_values_are_ruled_out_too():
    found = [(e.entity, e.value, e.negated) for e in extract_entities("I don't want a group, just someone to ring",
                                                                        keep_negated=True)]
    assert ("need", "community_group", True) in found and ("need", "helpline", False) in found


@pytest.mark.parametrize("language, text, correction, no_answer, switch, about_place", [
    ("en", "sorry, I meant Lambeth", True, False, False, False),
    ("en", "I'd rather not say where I live", False, True, False, True),
    ("en", "can we continue in Urdu?", False, False, True, False),
    ("en", "Gujarati please", False, False, False, False),
    ("ur", "میں اپنا علاقہ نہیں بتانا چاہتی", False, True, False, True),
    ("pl", "nie wiem", False, True, False, False),
    ("pt", "na verdade, Lambeth", True, False, False, False),
    ("zh", "可以说中文吗", False, False, True, False),
])
def test_cues(language, text, correction, no_answer, switch, about_place):
    said = cues(text, language)
    assert (said.correction, said.no_answer, said.switch_language, said.about_place) == (
        correction, no_answer, switch, about_place)


@pytest.mark.parametrize("text, place", [
    ("any urdu speaking counselling in manchster", "Manchester"),
    ("who can help her with her rights in birmigham", "Birmingham"),
    ("refugee drop in middlesborough?", "Middlesbrough"),
    ("is there a counsellor in Wolverhamton", "Wolverhampton"),
])
def test_a_misspelt_place_after_a_place_word_is_found(text, place):
    assert places(text) == [(place, False)]


@pytest.mark.parametrize("language, text", [
    ("en", "my dad passed away in march"),       # a name that is a word first
    ("en", "can you find things in other languages"),  # a word one letter from a village
    ("pt", "és uma pessoa de carne e osso?"),     # a word of the language
    ("en", "counselling for my son"),            # no place word before it
])
def test_words_are_not_taken_for_misspelt_places(language, text):
    assert places(text, language) == []


def test_a_misspelling_is_certain_when_one_letter_off_a_long_name():
    assert misspelling_is_certain("manchster", "Manchester")
    assert misspelling_is_certain("Leeds", "Leeds")
    assert not misspelling_is_certain("Birmignam", "Birmingham")  # two letters off


@pytest.mark.parametrize("language, text", [
    ("en", "I look after my husband, he has schizophrenia"),
    ("ur", "میں اپنی والدہ کی دیکھ بھال کرتی ہوں"),
    ("bn", "আমি আমার মায়ের দেখাশোনা করি"),
    ("pl", "Opiekuję się synem, który ma depresję"),
    ("so", "Waxaan daryeelaa walaashay"),
    ("zh", "我在照顾我的儿子"),
    ("pt", "cuido da minha mãe"),
    ("ta", "என் அம்மாவை நான் பார்த்துக்கொள்கிறேன்"),
])
def test_carers_support_is_a_need_in_every_language(language, text):
    needs = {e.value for e in extract_entities(text, language) if e.entity == "need"}
    assert {"peer_support", "talking_therapy", "befriending"} <= needs


def test_an_unknown_cue_kind_is_refused_with_the_file_named(tmp_path):
    (tmp_path / "en.yml").write_text("cues:\n  negations: [not]\n")
    with pytest.raises(LexiconError, match=r"en\.yml: cues: expected sections among"):
        load_lexicon("en", directory=tmp_path)


def test_a_phrase_in_two_kinds_of_question_about_a_service_is_refused_with_the_file_named(tmp_path):
    (tmp_path / "en.yml").write_text('cues:\n  details: [address, "opening hours"]\n  asks_hours: ["opening hours"]\n')
    with pytest.raises(LexiconError, match=r"en\.yml: cues: details: 'opening hours' is also in cues: asks_hours"):
        load_lexicon("en", directory=tmp_path)


@pytest.mark.parametrize("language, text", [
    ("en", "what are their opening hours?"),
    ("pl", "jakie są godziny otwarcia?"),
    ("pt", "qual é o horário?"),
    ("ro", "care e programul?"),
    ("ur", "ان کے اوقات کیا ہیں؟"),
    ("zh", "开放时间是几点？"),
])
def test_asking_opening_hours_asks_the_hours_not_every_detail(language, text):
    said = cues(text, language)
    assert said.asks_hours and not said.asks_details


@pytest.mark.parametrize("language, text, time", [
    ("en", "anything open tonight in Leeds?", "tonight"),
    ("en", "is there somewhere i can go tonight?", "tonight"),
    ("ro", "caut un grup în Harrow, seara dacă se poate", "evening"),
    ("en", "work was awful today. any befriending in Leicester?", None),
    ("zh", "今天加班累死了，有没有说中文的心理热线？", None),
    ("ar", "اليوم كان صعب جدا، في مجموعة دعم في شيفيلد؟", None),
    # said "for" a time, in a clause before the place, it is still the time wanted
    ("en", "it's for sunday evening. I'm near Bolton, any group?", "sunday evening"),
    ("en", "only for tomorrow, we're in Luton - somewhere quiet to talk", "tomorrow"),
])
def test_a_time_counts_only_when_it_is_about_when_help_is_wanted(language, text, time):
    found = [e.value for e in extract_entities(text, language) if e.entity == "time"]
    assert found == ([time] if time else [])


# --- which shown service a message names (service_named)

SHOWN = [("a", "Thornton Heath Temple Listening Service"), ("b", "Croydon Tamil Listening Service"),
         ("c", "South Norwood Carers Café")]


@pytest.mark.parametrize("text, expected", [
    ("tell me more about the temple one", "a"),
    ("what about the carers cafe?", "c"),            # accents fold: "Café" is "cafe"
    ("Croydon Tamil Listening Service please", "b"),  # the whole name
    ("the listening service", None),                  # a word two names share names neither
    ("tell me more about the first one", None),       # no name word: the ordinal decides elsewhere
    ("the tam one", None),                            # a fragment of a word is not the word
])
def test_a_shown_service_is_named_by_a_word_only_its_name_has(text, expected):
    assert service_named(text, SHOWN) == expected


@pytest.mark.parametrize("language, text", [
    ("en", "is that one free or do I have to pay?"),
    ("ur", "kya ye muft hai ya paise lagenge?"),
    ("bn", "খরচ কত পড়বে?"),
    ("pa", "ਫ਼ੀਸ ਕਿੰਨੀ ਹੈ?"),
    ("gu", "એની ફી કેટલી છે?"),
    ("ta", "செலவு எவ்வளவு ஆகும்?"),
    ("ar", "بكم الجلسة؟"),
    ("so", "Qiimaha waa meeqa?"),
    ("pl", "Czy trzeba płacić za wizytę?"),
    ("ro", "Trebuie să plătesc ceva?"),
    ("pt", "Tenho de pagar alguma coisa?"),
    ("zh", "收費多少？"),
])
def test_asking_what_a_service_costs_is_a_cue_in_every_language(language, text):
    said = cues(text, language)
    assert said.asks_cost and not said.asks_hours


@pytest.mark.parametrize("language, text", [
    ("en", "what time do they close on Fridays?"),
    ("ur", "kab tak khula hota hai?"),
    ("bn", "কখন খোলে?"),
    ("pa", "ਇਹ ਕਦੋਂ ਤੱਕ ਖੁੱਲ੍ਹਾ ਰਹਿੰਦਾ?"),
    ("gu", "એ ક્યારે ખુલે છે?"),
    ("ta", "எப்போது திறக்கும்?"),
    ("ar", "ما هي ساعات العمل؟"),
    ("so", "Ilaa goorma ayay furan yihiin?"),
    ("pl", "W jakich godzinach jest czynne?"),
    ("ro", "Când se deschide dimineața?"),
    ("pt", "Até que horas está aberto?"),
    ("zh", "營業時間是什麼？"),
])
def test_asking_when_a_service_is_open_is_a_cue_in_every_language(language, text):
    said = cues(text, language)
    assert said.asks_hours and not said.asks_cost


@pytest.mark.parametrize("language, text", [
    ("en", "which days do they meet?"),
    ("so", "maalmaha ay furan yihiin?"),
    ("ur", "ye kis din khula hota hai?"),
    ("pa", "ਇਹ ਕਿਹੜੇ ਦਿਨ ਖੁੱਲ੍ਹਦਾ ਹੈ?"),
    ("bn", "এটা কোন কোন দিন খোলা থাকে?"),
    ("gu", "એ કયા દિવસે ખુલે છે?"),
    ("ta", "எந்த நாட்கள் திறந்திருக்கும்?"),
    ("ar", "في أي يوم يفتحون؟"),
    ("pl", "W jakie dni się spotykają?"),
    ("ro", "În ce zile e deschis?"),
    ("pt", "Em que dias funciona?"),
    ("zh", "星期幾開?"),
])
def test_asking_which_days_a_service_is_open_is_a_cue_in_every_language(language, text):
    said = cues(text, language)
    assert said.asks_hours and not said.asks_cost


@pytest.mark.parametrize("language, text", [
    ("en", "any free groups near me?"),
    ("en", "I can't afford much, something low cost"),
    ("ar", "أريد خدمة مجانية فقط"),
    ("pl", "szukam darmowej grupy wsparcia"),
    ("zh", "有免费的辅导吗"),
    ("en", "open tonight in Leeds"),
])
def test_asking_for_free_or_open_services_is_no_question_about_one_shown(language, text):
    said = cues(text, language)
    assert not said.asks_cost and not said.asks_hours


@pytest.mark.parametrize("language, text, nearest", [
    ("en", "which one is closest?", True),
    ("ur", "کون سا سب سے قریب ہے؟", True),
    ("bn", "কোনটা সবচেয়ে কাছে?", True),
    ("pa", "ਸਭ ਤੋਂ ਨੇੜੇ ਕਿਹੜੀ ਹੈ?", True),
    ("gu", "સૌથી નજીક કયું છે?", True),
    ("ta", "எது பக்கத்துல இருக்கு?", True),
    ("ar", "أيهم أقرب لي؟", True),
    ("so", "kan ugu dhow waa kee?", True),
    ("pl", "który jest najbliżej?", True),
    ("ro", "care e cel mai aproape?", True),
    ("pt", "qual fica mais perto?", True),
    ("zh", "边个最近？", True),
    ("zh", "最近心情唔好", False),  # 最近 alone is "lately"
    ("en", "a group near Leeds", False),
])
def test_asking_which_is_nearest(language, text, nearest):
    assert cues(text, language).asks_nearest is nearest
