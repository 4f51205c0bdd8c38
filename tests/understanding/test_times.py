"""Days of the week and parts of days, in every language: "Friday night" is one time."""
import pytest

from signpost.understanding import extract_entities
from signpost.understanding.vocabulary import day_and_part, joined_time


def times(text, language):
    return [e.value for e in extract_entities(text, language) if e.entity == "time"]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "is anything open Friday night in Leeds?", "friday night"),
    ("en", "a group this Saturday please", "saturday"),
    ("en", "somewhere on Sunday afternoon", "sunday afternoon"),
    ("en", "on Sunday in the afternoon", "sunday afternoon"),
    ("en", "something after work tomorrow", "tomorrow evening"),
    ("en", "tomorrow evening if possible", "tomorrow evening"),
    ("en", "next Monday morning", "monday morning"),
    ("en", "today in the afternoon", "today"),
    ("en", "saturday or sunday", "weekend"),
    ("en", "anything fri night?", "friday night"),
    ("ur", "جمعہ کی رات کو کوئی جگہ کھلی ہے؟", "friday evening"),
    ("ur", "اتوار کی دوپہر کوئی گروپ", "sunday afternoon"),
    ("ur", "پیر کی صبح", "monday morning"),
    ("ur", "jumma raat ko koi group hai?", "friday evening"),
    ("ur", "jumme ki raat koi jagah khuli hai?", "friday night"),
    ("bn", "শুক্রবার রাতে কোনো গ্রুপ আছে?", "friday night"),
    ("bn", "রবিবার দুপুরে", "sunday afternoon"),
    ("pa", "ਸ਼ੁੱਕਰਵਾਰ ਰਾਤ ਨੂੰ ਕੋਈ ਗਰੁੱਪ", "friday evening"),
    ("pa", "ਐਤਵਾਰ ਦੁਪਹਿਰ", "sunday afternoon"),
    ("gu", "શુક્રવારે રાત્રે કોઈ ગ્રુપ", "friday night"),
    ("gu", "કાલે સવારે", "tomorrow morning"),
    ("ta", "வெள்ளிக்கிழமை இரவு ஏதாவது குழு", "friday night"),
    ("ta", "ஞாயிற்றுக்கிழமை மதியம்", "sunday afternoon"),
    ("ar", "هل هناك شيء مفتوح يوم الجمعة مساء؟", "friday evening"),
    ("ar", "مساء الجمعة", "friday evening"),
    ("ar", "الأحد بعد الظهر", "sunday afternoon"),
    ("so", "habeenka jimcaha ma jiraa koox?", "friday night"),
    ("so", "berri subax", "tomorrow morning"),
    ("pl", "czy coś jest otwarte w piątek wieczorem?", "friday evening"),
    ("pl", "w niedzielę po południu", "sunday afternoon"),
    ("pl", "jutro rano", "tomorrow morning"),
    ("ro", "e ceva deschis vineri seara?", "friday evening"),
    ("ro", "duminică după-amiază", "sunday afternoon"),
    ("ro", "mâine seară", "tomorrow evening"),
    ("ro", "luni dimineață", "monday morning"),
    ("pt", "há alguma coisa aberta sexta à noite?", "friday evening"),
    ("pt", "domingo à tarde", "sunday afternoon"),
    ("pt", "na segunda-feira de manhã", "monday morning"),
    ("zh", "周五晚上有没有开放的小组", "friday evening"),
    ("zh", "星期天下午", "sunday afternoon"),
    ("zh", "下周一早上", "monday morning"),
    ("zh", "明天上午", "tomorrow morning"),
])
def test_a_day_and_a_part_of_it_are_one_time(language, text, expected):
    assert times(text, language) == [expected]


@pytest.mark.parametrize("language, text", [
    ("en", "good morning"), ("en", "I work nights"), ("en", "in the morning I feel awful"),
    ("ur", "صبح بخیر"), ("bn", "শুভ সকাল"), ("ta", "காலை வணக்கம்"), ("ar", "صباح الخير"),
    ("so", "subax wanaagsan"), ("ro", "bună dimineața"), ("ro", "de două luni mă simt rău"),
    ("pt", "boa tarde"), ("pt", "a segunda opção"), ("zh", "早上好"), ("zh", "下午好"), ("pl", "całą noc nie spałam"),
])
def test_greetings_and_a_part_of_a_day_alone_are_no_time(language, text):
    assert times(text, language) == []


@pytest.mark.parametrize("language, text, expected", [
    # the short forms of days and parts of a day people type in a hurry
    ("en", "wed eve ok for her?", "wednesday evening"),
    ("en", "anything thu morn", "thursday morning"),
    ("en", "is tue arvo any good", "tuesday afternoon"),
    ("en", "sat eve?", "saturday evening"),
    ("pl", "czy w śr wieczorem coś jest?", "wednesday evening"),
    ("pl", "czw rano", "thursday morning"),
    ("pl", "w ndz po południu", "sunday afternoon"),
    ("ro", "mier seara e bine?", "wednesday evening"),
    ("pt", "sáb de manhã", "saturday morning"),
])
def test_short_forms_of_days(language, text, expected):
    assert times(text, language) == [expected]


@pytest.mark.parametrize("language, text", [
    ("en", "Eve from the group said to ask"),  # a name, not an evening
    ("en", "we need help over Christmas Eve"),
    ("en", "I sat with her all day"),
])
def test_short_forms_that_are_other_words(language, text):
    assert times(text, language) == []


def test_a_day_said_apart_from_a_part_of_a_day_is_the_day_alone():
    assert times("Friday. I get home late in the evening", "en") == ["friday", "evening"]


def test_joined_times_read_back():
    assert day_and_part(joined_time("friday", "night")) == ("friday", "night")
    assert joined_time("today", "night") == "tonight"
    assert day_and_part("sunday") == ("sunday", None)
    assert day_and_part("weekend") == (None, None)
    assert day_and_part(joined_time("weekend", "night")) == ("weekend", "night")
    with pytest.raises(ValueError, match="cannot join time values 'now' and 'night'"):
        joined_time("now", "night")


@pytest.mark.parametrize("language, text, expected", [
    ("en", "any weekday mornings?", "weekdays morning"),
    ("en", "weekend mornings in darwen", "weekend morning"),
    ("en", "any groups on weeknights?", "weekdays evening"),
    ("en", "only free on weekdays", "weekdays"),
    ("ur", "کام کے دنوں میں صبح کوئی گروپ", "weekdays morning"),
    ("pl", "grupa w dni powszednie rano", "weekdays morning"),
    ("pt", "um grupo nos dias de semana de manhã", "weekdays morning"),
    ("pt", "fim de semana de manhã", "weekend morning"),
    ("ro", "în zilele lucrătoare seara", "weekdays evening"),
    ("zh", "工作日上午有没有小组", "weekdays morning"),
    ("zh", "周末下午有什么活动", "weekend afternoon"),
])
def test_weekdays_and_the_weekend_join_a_part_of_the_day(language, text, expected):
    assert times(text, language) == [expected]


@pytest.mark.parametrize("language, text", [
    ("en", "I can't sleep at night, any counselling in Leeds?"),
    ("ur", "ویزا کی فکر میں رات کو نیند نہیں آتی، لیسٹر میں کوئی مدد؟"),
    ("ur", "raat ko neend nahi aati, koi group hai Bradford mein?"),
    ("pa", "ਰਾਤ ਨੂੰ ਨੀਂਦ ਨਹੀਂ ਆਉਂਦੀ, ਬਰਮਿੰਘਮ ਵਿੱਚ ਕੋਈ ਗਰੁੱਪ?"),
    ("ar", "ما بقدر نام بالليل من الهم، في مجموعة دعم في لستر؟"),
    ("pl", "nie mogę spać w nocy, czy jest grupa wsparcia w Leeds?"),
    ("ro", "nu pot dormi noaptea, există consiliere în Leeds?"),
    ("pt", "não consigo dormir à noite, há apoio em Londres?"),
    ("zh", "晚上睡不着，伦敦有没有中文辅导？"),
    ("so", "habeenkii ma seexan karo, ma jiraa koox Leeds?"),
])
def test_a_night_without_sleep_is_no_time_to_search_for(language, text):
    # "can't sleep at night" says when it hurts, not when they can go: no evening-only filter
    assert times(text, language) == []


@pytest.mark.parametrize("language, text", [
    ("ur", "رات کو کوئی جگہ کھلی ہے؟"),
    ("pa", "ਰਾਤ ਨੂੰ ਕੋਈ ਗਰੁੱਪ"),
    ("ar", "في مكان مفتوح بالليل؟"),
    ("pl", "czy coś jest otwarte w nocy?"),
    ("pt", "há algum sítio aberto à noite?"),
    ("zh", "晚上有没有开放的地方"),
    # "at night" alone joins a day in these ("শুক্রবার রাতে"); open at night is a time of its own
    ("bn", "ব্র্যাডফোর্ডে রাতে খোলা থাকে এমন কোনো জায়গা আছে?"),
    ("gu", "લેસ્ટરમાં રાત્રે ખુલ્લી હોય એવી કોઈ જગ્યા છે?"),
    ("ta", "லண்டனில் இரவில் திறந்திருக்கும் இடம் இருக்கா?"),
])
def test_a_night_asked_for_is_still_a_time(language, text):
    assert times(text, language) == ["evening"]
