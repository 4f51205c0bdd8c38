import pytest

from signpost.text.words import word_count
from signpost.understanding.text import normalize_phrase, tokenize


def norms(text):
    return [token.norm for token in tokenize(text)]


def test_tokens_keep_their_character_spans():
    text = "Any Urdu-speaking counsellor?"
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == ["Any", "Urdu", "speaking", "counsellor"]


def test_case_accents_and_apostrophe_variants_fold_away():
    assert norms("Can't CAFÉ") == ["cant", "cafe"]
    assert norms("can’t") == norms("can't") == norms("cant")
    assert norms("women‘s womens' women`s") == ["womens", "womens", "womens"]


def test_hyphens_and_punctuation_separate_words():
    assert norms("drop-in, walk-in!") == ["drop", "in", "walk", "in"]
    assert norms("A&E") == ["a", "e"]


def test_digits_are_their_own_tokens():
    assert norms("17yo") == ["17", "yo"]
    assert norms("the 3rd one") == ["the", "3", "rd", "one"]
    assert tokenize("17yo")[0].is_number and not tokenize("17yo")[1].is_number


def test_digits_of_other_scripts_are_numbers():
    assert norms("১৭") == ["17"]


def test_indic_words_keep_their_vowel_signs():
    # Bengali vowel signs are combining marks; a tokenizer that split on them would break words.
    assert norms("বাংলায় কথা") == ["বাংলায়", "কথা"]


def test_each_chinese_character_is_a_token():
    assert norms("中文热线") == ["中", "文", "热", "线"]


def test_phrases_keep_the_number_placeholder():
    assert normalize_phrase("{n} year old") == ("{n}", "year", "old")
    assert norms("{n} year old") == ["n", "year", "old"]  # in a message braces are punctuation


def test_arabic_proclitics_come_off_for_the_lexicon():
    from signpost.text.words import fold_word
    from signpost.understanding.text import arabic_clitic_stems

    assert arabic_clitic_stems(fold_word("بالعربية")) == (fold_word("العربية"),)
    assert arabic_clitic_stems(fold_word("والمسلمات")) == (fold_word("المسلمات"),)
    assert arabic_clitic_stems(fold_word("للمسلمات")) == (fold_word("المسلمات"),)  # li + al-: one alef
    assert arabic_clitic_stems(fold_word("وبالعربية")) == (fold_word("بالعربية"), fold_word("العربية"))
    assert arabic_clitic_stems(fold_word("وقت")) == ()  # too short to be a clitic and a word


def test_arabic_lexicon_words_are_found_with_their_proclitics():
    from signpost.understanding import extract_entities

    def values(text, language="ar"):
        return [(e.entity, e.value) for e in extract_entities(text, language=language)]

    assert values("بالفارسية") == [("service_language", "fa")]
    assert values("والمسلمات") == [("faith", "muslim")]
    assert values("بالفارسية", language="ur") == []  # Urdu does not write prepositions onto words


@pytest.mark.parametrize("text, words", [
    ("i want to die", 4),
    ("I'd rather be dead 😂 - ok", 5),            # emoji and dashes are not words
    ("ਮੇਰੀ ਧੀ ਕਮਰੇ ਵਿੱਚ ਬੰਦ ਹੈ", 6),              # vowel signs do not split a word
    ("ப்ளேடால கையில கீறிக்கிறேன்", 3),
    ("zaman kan 3andi afkar", 4),                 # Arabizi digits are letters of a word
    ("我不想活了", 2),                             # two Han characters count as one word
    ("想搵Newham嘅廣東話輔導", 5),
    ("", 0),
])
def test_word_count_in_every_script(text, words):
    assert word_count(text) == words
