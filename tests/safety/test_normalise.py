"""Normalisation: the one form that both messages and pattern literals are folded into."""
import pytest

from signpost.safety.normalise import fold, normalise


@pytest.mark.parametrize("typed, folded", [
    ("I DON’T want to", "i dont want to"),                # casefold, curly apostrophe
    ("don't", "dont"),
    ("can`t go on", "cant go on"),
    ("dieeeee", "die"),                                   # repeated letters collapse
    ("killl myself", "kil myself"),
    ("Ｉ　want　to　die", "i want to die"),                  # full-width letters and space (NFKC)
    ("zabić się", "zabic sie"),                           # Latin diacritics
    ("Łódź", "lodz"),
    ("să-mi iau viața", "sa mi iau viata"),               # punctuation becomes a space
    ("suïcide", "suicide"),
    ("sui\u0301cide", "suicide"),                         # a separately typed accent
    ("self\u200b-harm", "self harm"),                     # zero-width space
    ("end  it   all!!!", "end it al"),
    ("ﬁnd", "find"),                                      # ligature
])
def test_latin_folding(typed, folded):
    assert fold(typed) == folded


def test_traditional_chinese_folds_to_simplified():
    assert fold("想自殺") == fold("想自杀")
    assert fold("結束生命") == fold("结束生命")
    assert fold("我爸爸過世了") == fold("我爸爸过世了")


@pytest.mark.parametrize("variant, standard", [
    ("مجھے خودکشي کے خيال", "مجھے خودکشی کے خیال"),      # Arabic yeh for Farsi yeh
    ("كيا", "کیا"),                                       # Arabic kaf for keheh
    ("چاھتا", "چاہتا"),                                   # do-chashmi he for gol he
    ("الحياة", "الحياه"),                                 # ta marbuta
    ("أريد أن أموت", "اريد ان اموت"),                      # hamza on alif
    ("آمن", "امن"),                                       # madda
    ("نہیں", "نہیں"),
    ("اُمّی", "امی"),                                     # harakat
    ("مـــوت", "موت"),                                    # tatweel
])
def test_arabic_script_variants(variant, standard):
    assert fold(variant) == fold(standard)


@pytest.mark.parametrize("typed, standard", [
    ("ਜ਼ਿੰਦਗੀ", "ਜਿਦਗਿ"),          # Gurmukhi nukta, tippi, long i
    ("ਹੱਤਿਆ", "ਹਤਿਆ"),             # adhak
    ("বাঁচতে", "বাচতে"),           # Bengali chandrabindu
    ("বাড়িতে", "বাডিতে"),          # Bengali nukta in a precomposed letter
    ("નહીં", "નહિ"),               # Gujarati anusvara and long i
])
def test_indic_marks_people_type_inconsistently(typed, standard):
    assert fold(typed) == fold(standard)


def test_spans_map_back_to_the_original_message():
    message = "Well… I DON’T want to live!!"
    normalised = normalise(message)
    start = normalised.text.index("dont want")
    end = normalised.text.index("live") + len("live")
    a, b = normalised.span_in_original(start, end)
    assert message[a:b] == "DON’T want to live"


def test_span_covers_collapsed_letters():
    message = "ok so i wanna dieeee now"
    normalised = normalise(message)
    start = normalised.text.index("die")
    a, b = normalised.span_in_original(start, start + 3)
    assert message[a:b] == "dieeee"


def test_empty_and_punctuation_only_messages():
    assert fold("") == ""
    assert fold("?!… 🙂") == ""


def test_laughter_is_read_as_lol_only_when_asked():
    assert normalise("exam will kill me 😂😂", laughter=True).text == "exam wil kil me lol lol"
    assert normalise("mă omoară =)) zic", laughter=True).text == "ma omoara lol zic"
    assert normalise("ok :) bine", laughter=True).text == "ok bine"
    assert normalise("exam will kill me 😂").text == "exam wil kil me"


def test_laughter_maps_back_to_the_emoji():
    message = "boss 🤣 ok"
    folded = normalise(message, laughter=True)
    start = folded.text.index("lol")
    assert folded.span_in_original(start, start + 3) == (5, 6)
