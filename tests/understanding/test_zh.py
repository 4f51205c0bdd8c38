"""Chinese, Simplified and Traditional: real sentences through the real lexicon and gazetteer."""
import pytest

from signpost.understanding.text import normalize_phrase, tokenize

from .languages import entity_finder

found, values = entity_finder("zh")


def norms(text):
    return [token.norm for token in tokenize(text)]


@pytest.mark.parametrize(
    "simplified, traditional",
    [
        ("有没有免费的中文热线", "有沒有免費的中文熱線"),
        ("想找会说广东话的辅导员", "想找會說廣東話的輔導員"),
        ("我儿子十六岁，需要心理咨询", "我兒子十六歲，需要心理諮詢"),
        ("第二个", "第二個"),
        ("只限女性的互助小组", "只限女性的互助小組"),
    ],
)
def test_traditional_characters_are_understood_like_simplified(simplified, traditional):
    assert found(traditional) == found(simplified) != []


def test_each_chinese_character_folds_to_its_simplified_form():
    assert norms("熱線輔導") == norms("热线辅导") == ["热", "线", "辅", "导"]
    assert normalize_phrase("心理諮詢") == normalize_phrase("心理咨询")


@pytest.mark.parametrize(
    "numerals, value",
    [("七", "7"), ("十", "10"), ("十七", "17"), ("二十", "20"), ("七十二", "72"), ("一百零五", "105"), ("兩", "2"), ("二五", "25")],
)
def test_a_run_of_chinese_numerals_is_one_number(numerals, value):
    tokens = tokenize(f"我{numerals}岁")
    assert [t.norm for t in tokens] == ["我", value, "岁"]
    assert tokens[1].is_number and (tokens[1].start, tokens[1].end) == (1, 1 + len(numerals))


def test_chinese_place_names_are_found():
    assert ("place", "Manchester") in found("我在曼彻斯特")
    assert ("place", "London") in found("倫敦有沒有")
    assert ("place", "Leeds") in found("我住在 Leeds")
